"""Bundled country outlines (Natural Earth 1:50m admin-0, public domain) for report maps.

Built by scripts/build_boundaries.py; read lazily from package data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Outline:
    iso2: str
    name: str
    rings: tuple[tuple[tuple[float, float], ...], ...]  # (lon, lat) rings, outer and holes


@cache
def country_outlines() -> tuple[Outline, ...]:
    raw = resources.files("marsad.data.boundaries").joinpath("countries.geojson").read_text("utf-8")
    data = json.loads(raw)
    out = []
    for feature in data["features"]:
        rings = tuple(
            tuple((float(x), float(y)) for x, y in ring)
            for polygon in feature["geometry"]["coordinates"]
            for ring in polygon
        )
        out.append(
            Outline(iso2=feature["properties"]["iso2"], name=feature["properties"]["name"], rings=rings)
        )
    return tuple(out)
