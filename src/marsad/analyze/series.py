"""Count series: tally rows (one per period) -> a complete, zero-filled series of counts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import numpy.typing as npt

from marsad.analyze.periods import Period, period_key_start, period_label, period_starts
from marsad.store.analytics import TallyRow

__all__ = ["CountSeries", "series_from_counts", "series_from_rows"]

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True, kw_only=True)
class CountSeries:
    """Counts per period, zero-filled: ``starts[i]`` is the first day of period ``i``."""

    name: str
    period: Period
    starts: tuple[date, ...]
    counts: FloatArray

    def __post_init__(self) -> None:
        if len(self.starts) != len(self.counts):
            raise ValueError("starts and counts differ in length")

    @property
    def labels(self) -> list[str]:
        return [period_label(s, self.period) for s in self.starts]

    def __len__(self) -> int:
        return len(self.starts)


def series_from_counts(
    name: str, period: Period, counts: Mapping[date, float], first: date, last: date,
) -> CountSeries:
    starts = period_starts(first, last, period)
    values = np.array([float(counts.get(s, 0.0)) for s in starts], dtype=np.float64)
    return CountSeries(name=name, period=period, starts=tuple(starts), counts=values)


def keyed_counts(keyed: Mapping[Any, int], period: Period) -> dict[date, float]:
    """Store period keys -> period start dates (undated keys dropped)."""
    out: dict[date, float] = {}
    for key, n in keyed.items():
        start = period_key_start(key, period)
        if start is not None:
            out[start] = out.get(start, 0.0) + float(n)
    return out


def series_from_rows(
    name: str, period: Period, rows: Sequence[TallyRow], first: date, last: date,
) -> CountSeries:
    """Rows grouped by exactly one period dimension -> a series from ``first`` to ``last``."""
    counts = keyed_counts({r.key[0]: r.events for r in rows}, period)
    return series_from_counts(name, period, counts, first, last)
