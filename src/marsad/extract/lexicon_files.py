"""Loading of the extraction lexicons (TOML data files in ``marsad/extract/lexicons``), cached."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

from marsad.errors import ConfigError
from marsad.vocab import Language


def lexicon_language(language: Language) -> str:
    """The lexicon suffix for a document language: Arabic lexicons for Arabic, English otherwise."""
    return "ar" if language is Language.AR else "en"


@cache
def load_lexicon(name: str) -> dict[str, Any]:
    """Parse ``lexicons/<name>.toml``; raises :class:`ConfigError` when missing or malformed."""
    try:
        raw = resources.files("marsad.extract").joinpath("lexicons", f"{name}.toml").read_text("utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"lexicon {name!r} not found", hint="reinstall marsad; lexicons ship as package data"
        ) from None
    try:
        return tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"lexicon {name!r} is not valid TOML: {exc}", hint="fix the data file") from None
