from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pytest

from marsad.analyze.explain import CAVEATS, explain_link
from marsad.analyze.lagged import granger, lagged_count_regression, prewhitened_ccf
from marsad.analyze.link import Verdict, assess_link
from marsad.analyze.periods import Period
from marsad.analyze.series import CountSeries
from marsad.analyze.simulate import simulate_pair
from marsad.errors import ConfigError


def _series(name: str, counts: np.ndarray, start: date = date(2023, 1, 2)) -> CountSeries:
    starts = tuple(start + timedelta(weeks=i) for i in range(len(counts)))
    return CountSeries(name=name, period=Period.WEEK, starts=starts, counts=counts.astype(float))


def test_regression_finds_the_true_lag_of_a_strong_effect() -> None:
    pair = simulate_pair(np.random.default_rng(5), rate_ratio=1.6, lag=3)
    result = lagged_count_regression(pair.cause.counts, pair.effect.counts, 8, volume=pair.volume.counts)
    best = result.best()
    assert best is not None and best.lag == 3
    assert best.rate_ratio > 1.3 and best.ci_low > 1.0 and best.p_adj < 0.01
    assert "log documents" in result.controls


def test_prewhitening_removes_the_correlation_of_two_independent_smooth_series() -> None:
    rng = np.random.default_rng(11)
    hits_raw, hits_whitened = 0, 0
    for _ in range(40):
        walk_a = np.exp(np.cumsum(rng.normal(0, 0.15, 104)))
        walk_b = np.exp(np.cumsum(rng.normal(0, 0.15, 104)))
        x, y = rng.poisson(3 * walk_a).astype(float), rng.poisson(3 * walk_b).astype(float)
        hits_raw += abs(np.corrcoef(x[:-2], y[2:])[0, 1]) > 1.96 / np.sqrt(102)
        hits_whitened += min(prewhitened_ccf(x, y, 4).p_holm) < 0.05
    assert hits_raw >= 15  # independent trending series look "related" most of the time
    assert hits_whitened <= 6


def test_granger_sees_a_lagged_effect_and_not_its_absence() -> None:
    strong = simulate_pair(np.random.default_rng(2), rate_ratio=1.7, lag=1)
    none = simulate_pair(np.random.default_rng(2), rate_ratio=1.0, lag=1)
    assert granger(strong.cause.counts, strong.effect.counts, 6, volume=strong.volume.counts).p < 0.01
    assert granger(none.cause.counts, none.effect.counts, 6, volume=none.volume.counts).p > 0.05


def test_assess_link_supports_a_real_effect_and_explains_it() -> None:
    pair = simulate_pair(np.random.default_rng(7), rate_ratio=1.6, lag=2)
    result = assess_link(pair.cause, pair.effect, volume=pair.volume, max_lag=8)
    assert result.verdict is Verdict.SUPPORTED
    assert result.decisive is not None and result.decisive.lag == 2
    assert result.event_study is not None and result.event_study.after > result.event_study.before
    text = " ".join(explain_link(result, cause_name="threats", effect_name="attacks"))
    assert "support the claim" in text and "Holm" in text and "rate ratio" in text
    assert any("coordination" in c for c in CAVEATS) and any("Reporting bias" in c for c in CAVEATS)


def test_assess_link_does_not_support_a_claim_without_effect() -> None:
    pair = simulate_pair(np.random.default_rng(8), rate_ratio=1.0, lag=2)
    result = assess_link(pair.cause, pair.effect, volume=pair.volume, max_lag=8)
    assert result.verdict is Verdict.NOT_SUPPORTED
    text = " ".join(explain_link(result, cause_name="threats", effect_name="attacks"))
    assert "not proof of none" in text


def test_same_week_association_is_only_co_movement() -> None:
    rng = np.random.default_rng(4)
    x = rng.poisson(4, 104).astype(float)
    y = rng.poisson(2 + 1.5 * x).astype(float)
    result = assess_link(_series("x", x), _series("y", y), max_lag=4, with_event_study=False)
    assert result.verdict is Verdict.CO_MOVEMENT
    assert any("reporting volume" in n for n in result.notes)  # no documents given


def test_too_short_series_are_insufficient() -> None:
    x = np.ones(20)
    result = assess_link(_series("x", x), _series("y", x), max_lag=8)
    assert result.verdict is Verdict.INSUFFICIENT
    assert "Too little data" in result.notes[-1]


def test_misaligned_series_are_refused() -> None:
    a = _series("a", np.ones(60))
    b = replace(a, starts=tuple(s + timedelta(days=7) for s in a.starts))
    with pytest.raises(ConfigError):
        assess_link(a, b)


def test_event_study_can_centre_on_a_chosen_trigger_type() -> None:
    pair = simulate_pair(np.random.default_rng(9), rate_ratio=1.0, lag=2)
    effect = pair.effect.counts.copy()
    marks = np.zeros(len(effect))
    marks[[20, 45, 70]] = 1
    for t in (20, 45, 70):
        effect[t + 1 : t + 4] += 12  # the effect jumps right after each trigger
    trigger = replace(pair.cause, name="trigger", counts=marks)
    result = assess_link(pair.cause, replace(pair.effect, counts=effect), volume=pair.volume, trigger=trigger)
    assert result.event_study is not None
    assert result.event_study.triggers == (20, 45, 70)
    assert result.event_study.after > result.event_study.before + 5
