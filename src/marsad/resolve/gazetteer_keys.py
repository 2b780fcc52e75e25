"""Lookup keys that let spelling variants of one place name meet.

- :func:`arabic_key`: normalized Arabic (alef, ta marbuta, alef maqsura, diacritics) with the article
  ال dropped from each word, so "رأس العين", "راس عين" and "رأس العين" share a key.
- :func:`latin_key`: a transliteration skeleton: diacritics folded, apostrophes and articles
  (al-/el-/ad-/ar-/ez-...) dropped, doubled letters collapsed, vowels and a few consonant pairs
  merged (ou/u, e/a, o/u, y/i, q/k, kh/k, sh/s...), so "Ra's al 'Ayn" and "Ras al-Ain" share a key,
  and "Deir ez-Zor" meets "Dayr az Zawr".
"""

from __future__ import annotations

import re
import unicodedata

from marsad.text.normalize import normalize_str

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LATIN = re.compile(r"[a-z]")
_ARTICLES = frozenset(
    {"al", "el", "ad", "ar", "as", "at", "az", "ash", "an", "ed", "er", "es", "et", "ez", "ul", "l", "the"}
)
_APOSTROPHES = re.compile(r"['`\u02bf\u02be\u02bb\u02bc\u2018\u2019\u00b4]")
_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_FUSED_ARTICLE = re.compile(r"^[ae]([dtrzsnl])\1")  # "ezzor" -> "zor", "arraqqa" -> "raqqa"
_PAIRS = (
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ei", "ai"),
    ("ey", "ai"),
    ("ay", "ai"),
    ("aw", "u"),
    ("ow", "u"),
    ("kh", "k"),
    ("gh", "g"),
    ("sh", "s"),
    ("dh", "d"),
    ("th", "t"),
    ("ph", "f"),
)
_LETTERS = str.maketrans({"q": "k", "e": "a", "o": "u", "y": "i", "x": "k", "c": "j", "w": "u"})
_DOUBLE = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"(?<=[aiu])h$")


def is_arabic(text: str) -> bool:
    return _ARABIC.search(text) is not None


def arabic_key(text: str) -> str:
    """Normalized Arabic with the article dropped from every word (for lookups, not for scanning)."""
    words = []
    for word in normalize_str(text).split():
        if word.startswith("ال") and len(word) > 3:
            word = word[2:]
        words.append(word)
    return " ".join(words)


def fold_latin(text: str) -> str:
    """Case-folded, diacritics stripped ("Ḩasakah" -> "hasakah"); cheap for ASCII input."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))


def latin_key(text: str) -> str:
    """A transliteration skeleton of a Latin-script name (empty when nothing Latin is left)."""
    folded = _APOSTROPHES.sub("", fold_latin(text))
    folded = _NON_WORD.sub(" ", folded.replace("-", " ").replace("_", " "))
    words = [w for w in folded.split() if w not in _ARTICLES]
    words = [_FUSED_ARTICLE.sub(r"\1", w) if len(w) > 4 else w for w in words]
    skeleton = "".join(words)
    for old, new in _PAIRS:
        skeleton = skeleton.replace(old, new)
    skeleton = _DOUBLE.sub(r"\1", skeleton.translate(_LETTERS))
    return _FINAL_H.sub("", skeleton)


def name_key(text: str) -> str:
    """The key for any name: Arabic key for Arabic script, the Latin skeleton otherwise."""
    return arabic_key(text) if is_arabic(text) else latin_key(text)
