"""Clustering weights and thresholds, read once from ``resolve/data/clustering.toml``."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, replace
from importlib.resources import files
from typing import Any

from marsad.errors import ConfigError
from marsad.vocab import TimePrecision

__all__ = ["ClusterConfig", "load_cluster_config"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ClusterConfig:
    threshold: float
    min_link: float
    cell_degrees: float
    margin_days: tuple[tuple[TimePrecision, int], ...]
    lsh_bands: int
    lsh_rows: int
    date: dict[str, float]
    place: dict[str, float]
    actors: dict[str, float]
    casualties: dict[str, float]
    text: dict[str, float]
    type_same: float

    def margin(self, precision: TimePrecision) -> int:
        return dict(self.margin_days).get(precision, 0)

    def with_threshold(self, threshold: float) -> ClusterConfig:
        return replace(self, threshold=threshold)


def _floats(table: Any, where: str) -> dict[str, float]:
    if not isinstance(table, dict):
        raise ConfigError(f"clustering.toml: [{where}] must be a table", hint="restore the packaged file")
    return {str(k): float(v) for k, v in table.items()}


@functools.cache
def load_cluster_config() -> ClusterConfig:
    """The packaged clustering configuration (cached; the file is read on first use)."""
    raw = tomllib.loads((files("marsad.resolve") / "data" / "clustering.toml").read_text("utf-8"))
    try:
        blocking = raw["blocking"]
        return ClusterConfig(
            threshold=float(raw["threshold"]),
            min_link=float(raw["min_link"]),
            cell_degrees=float(blocking["cell_degrees"]),
            margin_days=tuple((TimePrecision(k), int(v)) for k, v in blocking["margin_days"].items()),
            lsh_bands=int(blocking["lsh_bands"]),
            lsh_rows=int(blocking["lsh_rows"]),
            date=_floats(raw["date"], "date"),
            place=_floats(raw["place"], "place"),
            actors=_floats(raw["actors"], "actors"),
            casualties=_floats(raw["casualties"], "casualties"),
            text=_floats(raw["text"], "text"),
            type_same=float(raw["type"]["same"]),
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise ConfigError(
            f"clustering.toml is incomplete or malformed: {exc}", hint="restore the packaged file"
        ) from exc
