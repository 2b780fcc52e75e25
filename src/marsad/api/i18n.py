"""Arabic and English UI messages, read from ``marsad.web`` package data (``i18n/<lang>.toml``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib.resources import files

__all__ = ["LANGUAGES", "Catalogs", "load_catalogs"]

LANGUAGES = ("ar", "en")
"""UI languages; the first is the default. Arabic pages are right-to-left."""


@dataclass(frozen=True, slots=True)
class Catalogs:
    messages: dict[str, dict[str, str]]
    labels: dict[str, dict[str, str]]

    def gettext(self, lang: str) -> dict[str, str]:
        """The messages of ``lang`` with English filling any gap."""
        return {**self.messages["en"], **self.messages.get(lang, {})}

    def labelled(self, lang: str) -> dict[str, str]:
        """Event types and certainties by value, in ``lang`` (English, then the value, filling gaps)."""
        return {**self.labels["en"], **self.labels.get(lang, {})}

    @staticmethod
    def direction(lang: str) -> str:
        return "rtl" if lang == "ar" else "ltr"


def load_catalogs() -> Catalogs:
    root = files("marsad.web") / "i18n"
    messages, labels = {}, {}
    for lang in LANGUAGES:
        data = tomllib.loads((root / f"{lang}.toml").read_text("utf-8"))
        messages[lang] = {str(k): str(v) for k, v in data.items() if not isinstance(v, dict)}
        labels[lang] = {str(k): str(v) for k, v in data.get("labels", {}).items()}
    return Catalogs(messages=messages, labels=labels)
