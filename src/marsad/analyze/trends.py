"""Surge and decline detection: each recent period against a rolling baseline of the periods before it.

For period t the baseline is the mean of the ``window`` periods before it (no seasonality assumed).
Over-dispersion is estimated from the baseline window (method of moments, negative binomial), and the
observed count gets an upper-tail (surge) or lower-tail (decline) p-value under that distribution.
p-values are Benjamini-Hochberg corrected over every (series, period) tested, so the share of false
alerts among the alerts is controlled.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

import numpy as np
from scipy import stats

from marsad.analyze.multitest import benjamini_hochberg
from marsad.analyze.series import CountSeries

__all__ = ["Change", "Direction", "detect_changes"]


class Direction(StrEnum):
    SURGE = "surge"
    DECLINE = "decline"


@dataclass(frozen=True, slots=True, kw_only=True)
class Change:
    """One tested period of one series (an alert when ``alert``)."""

    series: str
    period_start: date
    label: str
    observed: int
    baseline: float
    direction: Direction
    ratio: float  # observed / baseline
    difference: float  # observed - baseline
    p: float
    q: float  # Benjamini-Hochberg adjusted
    alert: bool


def _tail_p(observed: float, mean: float, var: float, direction: Direction) -> float:
    if mean <= 0:
        return 1.0 if direction is Direction.DECLINE or observed == 0 else 0.0
    if var > mean * 1.0001:  # negative binomial with the same mean and variance
        size = mean * mean / (var - mean)
        prob = size / (size + mean)
        dist = stats.nbinom(size, prob)
    else:
        dist = stats.poisson(mean)
    if direction is Direction.SURGE:
        return float(dist.sf(observed - 1))
    return float(dist.cdf(observed))


def detect_changes(
    series: Sequence[CountSeries], *, window: int = 8, last: int = 4, alpha: float = 0.05,
    min_count: int = 3,
) -> list[Change]:
    """Test the last ``last`` periods of every series; alerts where q < alpha.

    A surge needs at least ``min_count`` events in the period; a decline needs a baseline of at least
    ``min_count`` per period (fewer is too little to tell a drop from noise).
    """
    tested: list[tuple[str, date, str, int, float, Direction, float]] = []
    for s in series:
        n = len(s)
        for t in range(max(window, n - last), n):
            base = s.counts[t - window : t]
            mean = float(np.mean(base))
            var = float(np.var(base, ddof=1)) if window > 1 else mean
            obs = int(s.counts[t])
            direction = Direction.SURGE if obs >= mean else Direction.DECLINE
            too_small = obs < min_count if direction is Direction.SURGE else mean < min_count
            p = 1.0 if too_small else _tail_p(obs, mean, var, direction)
            tested.append((s.name, s.starts[t], s.labels[t], obs, mean, direction, p))
    qs = benjamini_hochberg([row[6] for row in tested])
    return [
        Change(series=name, period_start=start, label=label, observed=obs, baseline=mean,
               direction=direction, ratio=obs / mean if mean > 0 else float("inf") if obs else 1.0,
               difference=obs - mean, p=p, q=q, alert=q < alpha)
        for (name, start, label, obs, mean, direction, p), q in zip(tested, qs, strict=True)
    ]
