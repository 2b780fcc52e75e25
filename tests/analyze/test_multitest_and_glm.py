from __future__ import annotations

import numpy as np
import pytest

from marsad.analyze.glm import ols, quasi_poisson
from marsad.analyze.multitest import benjamini_hochberg, holm


def test_holm_matches_hand_computation() -> None:
    assert holm([0.01, 0.04, 0.03, 0.5]) == pytest.approx([0.04, 0.09, 0.09, 0.5])


def test_benjamini_hochberg_matches_hand_computation() -> None:
    assert benjamini_hochberg([0.01, 0.04, 0.03, 0.5]) == pytest.approx([0.04, 0.0533333, 0.0533333, 0.5])


def test_corrections_never_lower_a_p_value() -> None:
    p = list(np.random.default_rng(0).uniform(size=30))
    assert all(a >= b for a, b in zip(holm(p), p, strict=True))
    assert all(a >= b for a, b in zip(benjamini_hochberg(p), p, strict=True))


def _poisson_data(seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = np.column_stack([np.ones(300), rng.normal(size=300), rng.normal(size=300)])
    y = rng.negative_binomial(4, 4 / (4 + np.exp(x @ np.array([1.0, 0.3, -0.2])))).astype(float)
    return x, y


def test_quasi_poisson_recovers_known_coefficients() -> None:
    x, y = _poisson_data()
    fit = quasi_poisson(y, x)
    assert fit.converged
    assert fit.coef == pytest.approx([1.0, 0.3, -0.2], abs=0.1)
    assert fit.scale > 1.2  # over-dispersed data are seen as such


def test_quasi_poisson_and_ols_match_statsmodels() -> None:
    sm = pytest.importorskip("statsmodels.api")
    x, y = _poisson_data(2)
    ours = quasi_poisson(y, x)
    ref = sm.GLM(y, x, family=sm.families.Poisson()).fit(scale="X2")
    assert ours.coef == pytest.approx(ref.params, rel=1e-6)
    assert ours.se == pytest.approx(ref.bse, rel=1e-4)
    lin = ols(y, x)
    ref_ols = sm.OLS(y, x).fit()
    assert lin.coef == pytest.approx(ref_ols.params, rel=1e-8)
    assert lin.se == pytest.approx(ref_ols.bse, rel=1e-8)


def test_newey_west_errors_are_never_narrower() -> None:
    x, y = _poisson_data(3)
    plain, hac = quasi_poisson(y, x), quasi_poisson(y, x, hac_lags=3)
    assert np.all(hac.se >= plain.se - 1e-12)
