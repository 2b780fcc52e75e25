"""The claim test on simulated series (2 years weekly, waves, over-dispersion, shared reporting volume):
power for a moderate lagged effect and false-positive rate without one. Full figures: docs/analysis.md."""

from __future__ import annotations

from marsad.analyze.simulate import MODERATE_RATE_RATIO, validate


def test_claim_test_has_power_for_a_moderate_effect_and_few_false_positives() -> None:
    result = validate(n_simulations=150, seed=1, n_periods=104, max_lag=8, rate_ratio=MODERATE_RATE_RATIO)
    assert result.power >= 0.8, result
    assert result.false_positive_rate <= 0.05, result
