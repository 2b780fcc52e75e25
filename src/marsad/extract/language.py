"""Which language a document is in, for choosing lexicons: Arabic, English, or unsupported."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

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
        # short wire sentences may hold none of the above ("A roadside bomb killed two soldiers near
        # X."): more function words that French, Spanish or German prose rarely uses
        "an",
        "near",
        "after",
        "his",
        "their",
        "they",
        "he",
        "she",
        "its",
        "this",
        "who",
        "which",
        "been",
        "had",
        "will",
        "would",
        "into",
        "against",
        "during",
    ]
)
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_SAMPLE = 20_000
_ARABIC_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFEFF))
_ASCII_LETTER_BYTES = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))
_OUTSIDE = re.compile("[^\x00-\x7f" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _ARABIC_BLOCKS) + "]")


@dataclass(frozen=True, slots=True)
class _LetterClasses:
    arabic_letters: re.Pattern[str]  # runs of letters (str.isalpha) of the Arabic blocks


@cache
def _letter_classes() -> _LetterClasses:
    return _LetterClasses(
        arabic_letters=re.compile(
            "["
            + "".join(
                re.escape(chr(cp)) for a, b in _ARABIC_BLOCKS for cp in range(a, b + 1) if chr(cp).isalpha()
            )
            + "]+"
        )
    )


def detect_language(text: str, declared: Language = Language.UNKNOWN) -> Language:
    """The declared language when it is Arabic or English; otherwise judged from the script.

    Arabic when at least a fifth of the letters are Arabic; English when Latin letters dominate and
    English function words occur; :attr:`Language.OTHER` for anything else (Cyrillic, French...).
    Only the first 20,000 characters are read, so the cost is bounded.
    """
    if declared in (Language.AR, Language.EN):
        return declared
    sample = text[:_SAMPLE]
    # ASCII letters counted on the UTF-8 bytes (an ASCII byte never occurs inside a longer character)
    raw = sample.encode("utf-8", "surrogatepass")
    latin = len(raw) - len(raw.translate(None, _ASCII_LETTER_BYTES))
    # only the few characters outside ASCII and the Arabic blocks are looked at one by one
    other = sum(1 for ch in _OUTSIDE.findall(sample) if ch.isalpha())
    arabic_letters = _letter_classes().arabic_letters
    if latin == other == 0:  # every letter is Arabic (the usual Arabic article): is there any?
        return Language.AR if arabic_letters.search(sample) else Language.OTHER
    arabic = len(sample) - len(arabic_letters.sub("", sample))
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
