"""Which language a document is in, for choosing lexicons: Arabic, English, or unsupported."""

from __future__ import annotations

import re

from marsad.vocab import Language

_EN_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "was",
        "were",
        "is",
        "are",
        "said",
        "on",
        "by",
        "for",
        "with",
        "at",
        "from",
        "that",
        "has",
        "have",
    ]
)
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_SAMPLE = 20_000


def detect_language(text: str, declared: Language = Language.UNKNOWN) -> Language:
    """The declared language when it is Arabic or English; otherwise judged from the script.

    Arabic when at least a fifth of the letters are Arabic; English when Latin letters dominate and
    English function words occur; :attr:`Language.OTHER` for anything else (Cyrillic, French...).
    Only the first 20,000 characters are read, so the cost is bounded.
    """
    if declared in (Language.AR, Language.EN):
        return declared
    sample = text[:_SAMPLE]
    arabic = latin = other = 0
    for ch in sample:
        if not ch.isalpha():
            continue
        if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufeff":
            arabic += 1
        elif ch.isascii():
            latin += 1
        else:
            other += 1
    letters = arabic + latin + other
    if letters == 0:
        return Language.OTHER
    if arabic * 5 >= letters:
        return Language.AR
    if latin * 2 >= letters:
        words = [w.lower() for w in _LATIN_WORD.findall(sample)]
        hits = sum(1 for w in words if w in _EN_FUNCTION_WORDS)
        if words and (hits >= 1 and hits * 25 >= len(words)):
            return Language.EN
    return Language.OTHER
