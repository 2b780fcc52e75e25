"""The report's words in Arabic and English (data in templates/labels.toml, read lazily once)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from marsad.analyze.rules import COUNTING_RULES
from marsad.errors import ConfigError

__all__ = ["LANGUAGES", "Labels", "labels"]

LANGUAGES = ("ar", "en")


@dataclass(frozen=True, slots=True, kw_only=True)
class Labels:
    lang: str
    words: dict[str, str]
    types: dict[str, str]
    certainties: dict[str, str]
    rules: tuple[str, ...]

    def __getitem__(self, key: str) -> str:
        return self.words[key]

    def type_name(self, value: str) -> str:
        return self.types.get(value, value)

    def certainty_name(self, value: str) -> str:
        return self.certainties.get(value, value)


@cache
def _data() -> dict[str, object]:
    text = resources.files("marsad.reports").joinpath("templates/labels.toml").read_text("utf-8")
    return tomllib.loads(text)


def labels(lang: str) -> Labels:
    if lang not in LANGUAGES:
        raise ConfigError(f"no report language {lang!r}", hint="use --lang ar or --lang en")
    section = _data()[lang]
    assert isinstance(section, dict)
    words = {k: str(v) for k, v in section.items() if isinstance(v, str)}
    rules = tuple(section.get("rules_list", COUNTING_RULES))
    return Labels(lang=lang, words=words, types=dict(section["types"]),
                  certainties=dict(section["certainties"]), rules=rules)
