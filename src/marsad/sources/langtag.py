"""Language tags found in source metadata (``ar``, ``ar-SY``, ``English``, ``ckb``...) to Language."""

from __future__ import annotations

from marsad.vocab import Language

_TAGS: dict[str, Language] = {
    "ar": Language.AR,
    "ara": Language.AR,
    "arabic": Language.AR,
    "عربي": Language.AR,
    "العربية": Language.AR,
    "en": Language.EN,
    "eng": Language.EN,
    "english": Language.EN,
    "ku": Language.KU,
    "kur": Language.KU,
    "kurdish": Language.KU,
    "kmr": Language.KU,  # Northern Kurdish (Kurmanji)
    "ckb": Language.KU,  # Central Kurdish (Sorani)
    "sdh": Language.KU,  # Southern Kurdish
    "kurdî": Language.KU,
    "کوردی": Language.KU,
    "unknown": Language.UNKNOWN,
    "und": Language.UNKNOWN,  # BCP 47 "undetermined"
}


def language_from_tag(tag: str | None) -> Language:
    """``Language`` for a tag; empty gives UNKNOWN, anything unrecognised gives OTHER."""
    if tag is None:
        return Language.UNKNOWN
    text = tag.strip().lower().replace("_", "-")
    if not text:
        return Language.UNKNOWN
    if text in _TAGS:
        return _TAGS[text]
    primary = text.split("-", 1)[0]
    return _TAGS.get(primary, Language.OTHER)
