"""Testing a claim of linked violence ("whenever Turkish threats rise, ISIS attacks rise").

:func:`assess_link` runs the three lagged analyses of :mod:`marsad.analyze.lagged` and an event study
on aligned count series, and reaches a verdict from the primary test only (the count regression with
p-values corrected over the lags tried), so that running several methods does not give several
chances of a false positive. The other analyses are reported as corroboration.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from marsad.analyze.event_study import EventStudyResult, event_study
from marsad.analyze.lagged import (
    CcfResult,
    GrangerResult,
    LagEffect,
    RegressionResult,
    granger,
    lagged_count_regression,
    prewhitened_ccf,
)
from marsad.analyze.series import CountSeries
from marsad.errors import ConfigError

__all__ = ["LinkResult", "Verdict", "assess_link", "decide", "min_periods"]

MIN_EVENTS = 10


class Verdict(StrEnum):
    SUPPORTED = "supported"  # the effect rises after the cause rises, beyond chance after correction
    CO_MOVEMENT = "co_movement"  # only same-period association: direction cannot be told
    OPPOSITE = "opposite"  # the effect falls after the cause rises
    NOT_SUPPORTED = "not_supported"  # no association beyond chance at this data size
    INSUFFICIENT = "insufficient_data"  # too few periods or events to test


@dataclass(frozen=True, slots=True, kw_only=True)
class LinkResult:
    cause: CountSeries
    effect: CountSeries
    volume: CountSeries | None
    max_lag: int
    alpha: float
    verdict: Verdict
    decisive: LagEffect | None
    regression: RegressionResult | None
    ccf: CcfResult | None
    granger: GrangerResult | None
    event_study: EventStudyResult | None
    notes: tuple[str, ...]


def min_periods(max_lag: int) -> int:
    return 3 * max_lag + 12


def decide(regression: RegressionResult, alpha: float) -> tuple[Verdict, LagEffect | None]:
    """The verdict from the count regression alone (see module docstring).

    Every lag 0..max_lag is tested two-sided and the p-values are Holm-corrected over all of them.
    Supported: a lag 1..max_lag is significant with a rate ratio above 1. Opposite: significant lags
    1..max_lag all point down. Co-movement: only lag 0 (the same period) is significant.
    """
    lagged = [e for e in regression.effects if e.lag >= 1]
    significant = [e for e in lagged if e.p_adj < alpha]
    rises = [e for e in significant if e.rate_ratio > 1]
    if rises:
        return Verdict.SUPPORTED, min(rises, key=lambda e: (e.p_adj, e.lag))
    if significant:
        return Verdict.OPPOSITE, min(significant, key=lambda e: (e.p_adj, e.lag))
    same = [e for e in regression.effects if e.lag == 0 and e.p_adj < alpha]
    if same:
        return Verdict.CO_MOVEMENT, same[0]
    return Verdict.NOT_SUPPORTED, regression.best()


def assess_link(
    cause: CountSeries, effect: CountSeries, *, volume: CountSeries | None = None, max_lag: int = 8,
    alpha: float = 0.05, with_event_study: bool = True, seed: int = 0, trigger: CountSeries | None = None,
) -> LinkResult:
    """Test whether ``effect`` rises after ``cause`` rises. Series must share period and starts.

    The event study is centred on the periods where ``trigger`` (e.g. one chosen event type) has any
    event, or by default on the periods where the cause is in its upper quartile.
    """
    others = [s for s in (volume, trigger) if s is not None]
    if cause.starts != effect.starts or any(s.starts != cause.starts for s in others):
        raise ConfigError("the series are not aligned", hint="build them over the same periods")
    if max_lag < 1:
        raise ConfigError("--max-lag must be at least 1", hint="try --max-lag 8 for weekly data")
    notes: list[str] = []
    vol = volume.counts if volume is not None and float(np.sum(volume.counts)) > 0 else None
    if vol is None:
        notes.append("No reporting volume (documents per period with a publication date) was available; "
                     "the test cannot separate real change from changes in how much was reported.")
    n = len(cause)
    if n < min_periods(max_lag) or cause.counts.sum() < MIN_EVENTS or effect.counts.sum() < MIN_EVENTS:
        notes.append(f"Too little data: {n} periods (need {min_periods(max_lag)} for max lag {max_lag}), "
                     f"{int(cause.counts.sum())} cause and {int(effect.counts.sum())} effect events "
                     f"(need {MIN_EVENTS} each).")
        return LinkResult(cause=cause, effect=effect, volume=volume, max_lag=max_lag, alpha=alpha,
                          verdict=Verdict.INSUFFICIENT, decisive=None, regression=None, ccf=None,
                          granger=None, event_study=None, notes=tuple(notes))
    regression = lagged_count_regression(cause.counts, effect.counts, max_lag, volume=vol)
    if not regression.effects:
        notes.append("The cause or effect series is constant; nothing to test.")
        verdict, decisive = Verdict.INSUFFICIENT, None
    else:
        verdict, decisive = decide(regression, alpha)
    ccf = prewhitened_ccf(cause.counts, effect.counts, max_lag, volume=vol)
    gr = granger(cause.counts, effect.counts, max_lag, volume=vol)
    trigger_idx = np.flatnonzero(trigger.counts > 0).astype(np.int64) if trigger is not None else None
    study = (event_study(cause.counts, effect.counts, window=min(4, max_lag), seed=seed, triggers=trigger_idx)
             if with_event_study else None)
    return LinkResult(cause=cause, effect=effect, volume=volume, max_lag=max_lag, alpha=alpha,
                      verdict=verdict, decisive=decisive, regression=regression, ccf=ccf, granger=gr,
                      event_study=study, notes=tuple(notes))
