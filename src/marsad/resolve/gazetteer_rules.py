"""Area names and cue words (``data/areas.toml``): what "ريف X الشرقي", "near X" or "X province" mean."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from marsad.errors import GazetteerError
from marsad.text.normalize import normalize_str
from marsad.vocab import GeoPrecision


@dataclass(frozen=True, slots=True, kw_only=True)
class AreaName:
    """A named area ("وادي الخابور") mapped to gazetteer ids; the first target is the default."""

    names: tuple[str, ...]
    targets: tuple[str, ...]
    precision: GeoPrecision


@dataclass(frozen=True, slots=True, kw_only=True)
class Cues:
    """Normalized cue phrases, longest first so "بالقرب من" wins over "قرب"."""

    countryside_before: tuple[str, ...]
    countryside_after: tuple[str, ...]
    near_before: tuple[str, ...]
    direction_after: tuple[str, ...]
    near_after: tuple[str, ...]
    admin1_before: tuple[str, ...]
    admin1_after: tuple[str, ...]
    between: tuple[str, ...]
    place_words: tuple[str, ...]
    town_before: tuple[str, ...]
    common_words: frozenset[str]


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceRules:
    areas: tuple[AreaName, ...]
    cues: Cues


def _phrases(section: dict[str, Any], *keys: str) -> tuple[str, ...]:
    out = {" ".join(normalize_str(p).split()) for key in keys for p in section.get(key, [])}
    return tuple(sorted((p for p in out if p), key=lambda p: (-len(p), p)))


def parse_rules(data: dict[str, Any], *, source: str = "areas.toml") -> PlaceRules:
    try:
        areas = tuple(
            AreaName(
                names=tuple(a["names"]),
                targets=tuple(a["targets"]),
                precision=GeoPrecision(int(a.get("precision", 3))),
            )
            for a in data.get("area", [])
        )
        c = data["cues"]
        s = data["scan"]
    except (KeyError, TypeError, ValueError) as exc:
        raise GazetteerError(
            f"malformed place rules: {exc}",
            context=source,
            hint="compare with src/marsad/resolve/data/areas.toml",
        ) from exc
    cues = Cues(
        countryside_before=_phrases(c, "countryside_before_ar", "countryside_before_en"),
        countryside_after=_phrases(c, "countryside_after_en"),
        near_before=_phrases(c, "near_before_ar", "near_before_en"),
        direction_after=_phrases(c, "direction_after_ar"),
        near_after=_phrases(c, "near_after_en"),
        admin1_before=_phrases(c, "admin1_before_ar", "admin1_before_en"),
        admin1_after=_phrases(c, "admin1_after_en"),
        between=_phrases(c, "between_ar", "between_en"),
        place_words=_phrases(s, "place_words_ar", "place_words_en"),
        town_before=_phrases(s, "town_before_ar", "town_before_en"),
        common_words=frozenset(_phrases(s, "common_words_ar", "common_words_en")),
    )
    return PlaceRules(areas=areas, cues=cues)


@cache
def bundled_rules() -> PlaceRules:
    raw = resources.files("marsad.resolve").joinpath("data/areas.toml").read_text("utf-8")
    return parse_rules(tomllib.loads(raw))
