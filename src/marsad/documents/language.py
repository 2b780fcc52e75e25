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
import unicodedata

from marsad.vocab import Language

SORANI_LETTERS = frozenset("ەێۆڵڕ")
PERSIAN_LETTERS = frozenset("پچژگکی")
ARABIC_ONLY_LETTERS = frozenset("كيةى")
KURMANJI_LETTERS = frozenset("êîûşçÊÎÛŞÇ")
TURKISH_LETTERS = frozenset("ıığöüĞÖÜİ")
KURMANJI_WORDS = frozenset({
    "û", "li", "ji", "di", "bi", "ku", "ew", "vê", "wê", "yên", "hat", "hatin", "kir", "kirin",
    "ye", "bû", "in", "ên", "ya", "jî", "ev", "têkildar", "herêma", "navçeya",
})
ENGLISH_WORDS = frozenset({
    "the", "and", "of", "to", "in", "is", "was", "for", "on", "that", "with", "by", "said", "were",
    "at", "from", "it", "as", "are", "have", "has", "this", "been", "which", "after", "their",
})
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

MIN_SHARE = 0.05
"""A word-list or letter signal counts when it covers this share of words (or letters)."""


def _is_arabic_script(ch: str) -> bool:
    code = ord(ch)
    return (
        0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF
    )


def _is_latin(ch: str) -> bool:
    return ch.isascii() or "LATIN" in unicodedata.name(ch, "")


def detect_language(text: str) -> Language:
    arabic = latin = 0
    for ch in text:
        if not ch.isalpha():
            continue
        if _is_arabic_script(ch):
            arabic += 1
        elif _is_latin(ch):
            latin += 1
    if arabic == 0 and latin == 0:
        return Language.UNKNOWN if not any(ch.isalpha() for ch in text) else Language.OTHER
    if arabic >= latin:
        return _arabic_script_language(text, arabic)
    return _latin_language(text)


def _arabic_script_language(text: str, letters: int) -> Language:
    sorani = sum(1 for ch in text if ch in SORANI_LETTERS)
    if sorani / letters >= 0.02:
        return Language.KU
    persian = sum(1 for ch in text if ch in PERSIAN_LETTERS)
    arabic_only = sum(1 for ch in text if ch in ARABIC_ONLY_LETTERS)
    if persian / letters >= MIN_SHARE and arabic_only < persian / 4:
        return Language.OTHER
    return Language.AR


def _latin_language(text: str) -> Language:
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return Language.OTHER
    total = len(words)
    letters = sum(len(w) for w in words)
    turkish = sum(1 for ch in text if ch in TURKISH_LETTERS)
    kurmanji_letters = sum(1 for ch in text if ch in KURMANJI_LETTERS)
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
