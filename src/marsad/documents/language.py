"""Language identification by script and a few very common words: Arabic, English, Kurdish.

* Arabic script dominant: Arabic, unless Sorani Kurdish letters (ە ێ ۆ ڵ ڕ) are frequent (Kurdish)
  or Persian letters (پ چ ژ گ ک ی) are frequent and Arabic ك / ي rare (other).
* Latin script dominant: Kurmanji Kurdish when its letters (ê î û ş ç) and words (û, li, ji...) are
  frequent and Turkish-only letters (ı ğ ö ü) are not; English when English stopwords are frequent;
  otherwise other.
* No letters at all: unknown.
"""

from __future__ import annotations

import re

from marsad.vocab import Language

SORANI_LETTERS = frozenset("ەێۆڵڕ")
PERSIAN_LETTERS = frozenset("پچژگکی")
ARABIC_ONLY_LETTERS = frozenset("كيةى")
KURMANJI_LETTERS = frozenset("êîûşçÊÎÛŞÇ")
TURKISH_LETTERS = frozenset("ıığöüĞÖÜİ")
KURMANJI_WORDS = frozenset(
    {
        "û",
        "li",
        "ji",
        "di",
        "bi",
        "ku",
        "ew",
        "vê",
        "wê",
        "yên",
        "hat",
        "hatin",
        "kir",
        "kirin",
        "ye",
        "bû",
        "in",
        "ên",
        "ya",
        "jî",
        "ev",
        "têkildar",
        "herêma",
        "navçeya",
    }
)
ENGLISH_WORDS = frozenset(
    {
        "the",
        "and",
        "of",
        "to",
        "in",
        "is",
        "was",
        "for",
        "on",
        "that",
        "with",
        "by",
        "said",
        "were",
        "at",
        "from",
        "it",
        "as",
        "are",
        "have",
        "has",
        "this",
        "been",
        "which",
        "after",
        "their",
    }
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

MIN_SHARE = 0.05
"""A word-list or letter signal counts when it covers this share of words (or letters)."""


# Letter classes as regular expressions, so counting runs in C (ingest calls this per document).
_ARABIC_LETTER = re.compile(
    "[\u0620-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
    "\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdfb\ufe70-\ufefc]"
)
_LATIN_LETTER = re.compile("[A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")
_ANY_LETTER = re.compile(r"[^\W\d_]")


def _class(chars: frozenset[str]) -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(sorted(chars))) + "]")


_CLASSES = {
    name: _class(chars)
    for name, chars in (
        ("sorani", SORANI_LETTERS),
        ("persian", PERSIAN_LETTERS),
        ("arabic_only", ARABIC_ONLY_LETTERS),
        ("kurmanji", KURMANJI_LETTERS),
        ("turkish", TURKISH_LETTERS),
    )
}


def _count(name: str, text: str) -> int:
    return len(_CLASSES[name].findall(text))


def detect_language(text: str) -> Language:
    arabic = len(_ARABIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    if arabic == 0 and latin == 0:
        return Language.UNKNOWN if _ANY_LETTER.search(text) is None else Language.OTHER
    if arabic >= latin:
        return _arabic_script_language(text, arabic)
    return _latin_language(text)


def _arabic_script_language(text: str, letters: int) -> Language:
    sorani = _count("sorani", text)
    if sorani / letters >= 0.02:
        return Language.KU
    persian = _count("persian", text)
    arabic_only = _count("arabic_only", text)
    if persian / letters >= MIN_SHARE and arabic_only < persian / 4:
        return Language.OTHER
    return Language.AR


def _latin_language(text: str) -> Language:
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return Language.OTHER
    total = len(words)
    letters = sum(len(w) for w in words)
    turkish = _count("turkish", text)
    kurmanji_letters = _count("kurmanji", text)
    kurmanji_words = sum(1 for w in words if w in KURMANJI_WORDS)
    english = sum(1 for w in words if w in ENGLISH_WORDS)
    kurmanji_score = kurmanji_words / total
    english_score = english / total
    if (
        kurmanji_score >= MIN_SHARE
        and kurmanji_letters / letters >= 0.005
        and kurmanji_score > english_score
        and turkish < kurmanji_letters / 4
    ):
        return Language.KU
    if english_score >= MIN_SHARE * 2:
        return Language.EN
    return Language.OTHER
