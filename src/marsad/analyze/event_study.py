"""Event study: what happens to the effect series around periods when the cause series jumps?"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

__all__ = ["EventStudyResult", "event_study", "trigger_periods"]

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True, kw_only=True)
class EventStudyResult:
    """Mean effect count at offsets ``-window..window`` around trigger periods.

    ``difference`` = mean after (offsets 1..window) minus mean before (-window..-1); ``p`` from
    circular-shift placebos (the triggers moved to random other periods, keeping their spacing).
    """

    triggers: tuple[int, ...]
    offsets: tuple[int, ...]
    mean_profile: tuple[float, ...]
    before: float
    after: float
    difference: float
    ratio: float
    p: float
    n_placebos: int


def trigger_periods(cause: FloatArray, quantile: float = 0.75) -> IntArray:
    """Periods where the cause count is at or above its upper quartile (and above zero)."""
    x = np.asarray(cause, dtype=np.float64)
    if not np.any(x > 0):
        return np.zeros(0, dtype=np.int64)
    threshold = max(float(np.quantile(x, quantile)), 1.0)
    return np.flatnonzero(x >= threshold).astype(np.int64)


def _difference(effect: FloatArray, triggers: IntArray, window: int) -> tuple[float, float, FloatArray]:
    n = len(effect)
    keep = triggers[(triggers >= window) & (triggers + window < n)]
    if keep.size == 0:
        return float("nan"), float("nan"), np.zeros(2 * window + 1)
    idx = keep[:, None] + np.arange(-window, window + 1)[None, :]
    windows = effect[idx]
    profile = windows.mean(axis=0)
    return float(profile[:window].mean()), float(profile[window + 1 :].mean()), profile


def event_study(
    cause: FloatArray, effect: FloatArray, *, window: int = 4, n_placebos: int = 499, seed: int = 0,
    triggers: IntArray | None = None,
) -> EventStudyResult | None:
    """None when there are no usable trigger periods."""
    y = np.asarray(effect, dtype=np.float64)
    n = len(y)
    trig = trigger_periods(cause) if triggers is None else np.asarray(triggers, dtype=np.int64)
    before, after, profile = _difference(y, trig, window)
    if np.isnan(before) or n <= 2 * window + 2:
        return None
    diff = after - before
    rng = np.random.default_rng(seed)
    shifts = rng.integers(window + 1, n - window, size=n_placebos)
    hits = 0
    for s in shifts:
        b, a, _ = _difference(y, (trig + s) % n, window)
        if not np.isnan(b) and abs(a - b) >= abs(diff) - 1e-12:
            hits += 1
    return EventStudyResult(
        triggers=tuple(int(t) for t in trig), offsets=tuple(range(-window, window + 1)),
        mean_profile=tuple(float(v) for v in profile), before=before, after=after, difference=diff,
        ratio=after / before if before > 0 else float("inf") if after > 0 else 1.0,
        p=(1 + hits) / (1 + n_placebos), n_placebos=n_placebos,
    )
