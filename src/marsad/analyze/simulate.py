"""Simulated cause/effect series with a known lagged effect (or none), to validate the claim test.

The generator is built to be *hard* in the ways real data are: both series come in waves
(autocorrelated rates), both are over-dispersed, and both rise and fall with a shared reporting
volume, so a naive correlation finds a "link" where there is none. A good test keeps its false
positive rate at the nominal level under these conditions and still finds a moderate real effect.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import numpy.typing as npt
from scipy import stats

from marsad.analyze.lagged import granger, lagged_count_regression, prewhitened_ccf
from marsad.analyze.link import Verdict, decide
from marsad.analyze.periods import Period
from marsad.analyze.series import CountSeries

__all__ = ["MODERATE_RATE_RATIO", "SimulatedPair", "ValidationResult", "simulate_pair", "validate"]

FloatArray = npt.NDArray[np.float64]

MODERATE_RATE_RATIO = 1.35
"""A "moderate" effect: one standard deviation more cause events raises the expected effect count by
35% at the true lag. With the default rates this is a correlation of about 0.3 between the cause and
the lagged effect (Cohen's "medium")."""


@dataclass(frozen=True, slots=True, kw_only=True)
class SimulatedPair:
    cause: CountSeries
    effect: CountSeries
    volume: CountSeries
    rate_ratio: float
    lag: int


def _ar1(rng: np.random.Generator, n: int, phi: float, sigma: float) -> FloatArray:
    out = np.empty(n)
    out[0] = rng.normal(0, sigma / np.sqrt(1 - phi**2))
    for t in range(1, n):
        out[t] = phi * out[t - 1] + rng.normal(0, sigma)
    return out


def simulate_pair(
    rng: np.random.Generator, *, n_periods: int = 104, rate_ratio: float = 1.0, lag: int = 2,
    cause_rate: float = 3.0, effect_rate: float = 4.0, volume_rate: float = 60.0, dispersion_k: float = 5.0,
    volume_share: float = 0.6, latent_reporting: bool = False, start: date = date(2023, 1, 2),
) -> SimulatedPair:
    """Weekly series: documents V, cause X (waves + reporting), effect Y ~ NegBin(mean mu, size k) with
    ``log mu = log effect_rate + waves + reporting + log(rate_ratio) * z(X[t - lag])``.

    ``reporting`` is ``volume_share * log(V / volume_rate)``: events are extracted from the documents,
    so more documents means more events of every kind. With ``latent_reporting`` it is instead a hidden
    media-attention factor of which V is only a noisy (Poisson) measurement: a harder case in which
    no control can fully remove the shared reporting swings.
    """
    n = n_periods + lag
    latent = _ar1(rng, n, 0.6, 0.25)
    volume = rng.poisson(volume_rate * np.exp(latent))
    v = latent if latent_reporting else np.log(np.maximum(volume, 1) / volume_rate)
    x = rng.poisson(cause_rate * np.exp(_ar1(rng, n, 0.7, 0.35) + volume_share * v)).astype(np.float64)
    sd = float(np.std(x)) or 1.0
    z = (x - float(np.mean(x))) / sd
    drive = np.zeros(n)
    drive[lag:] = np.log(rate_ratio) * z[:-lag] if lag > 0 else np.log(rate_ratio) * z
    mu = effect_rate * np.exp(_ar1(rng, n, 0.5, 0.2) + volume_share * v + drive)
    y = rng.negative_binomial(dispersion_k, dispersion_k / (dispersion_k + mu)).astype(np.float64)
    starts = tuple(start + timedelta(weeks=i) for i in range(n_periods))

    def series(name: str, values: FloatArray) -> CountSeries:
        return CountSeries(name=name, period=Period.WEEK, starts=starts, counts=values[lag:].astype(float))

    return SimulatedPair(cause=series("cause", x), effect=series("effect", y),
                         volume=series("documents", volume.astype(float)), rate_ratio=rate_ratio, lag=lag)


@dataclass(frozen=True, slots=True, kw_only=True)
class ValidationResult:
    """Share of simulations each method called significant (alpha), with and without a true effect."""

    n_simulations: int
    n_periods: int
    max_lag: int
    rate_ratio: float
    lag: int
    alpha: float
    power: float  # primary test (verdict "supported") under the effect
    false_positive_rate: float  # primary test under no effect
    granger_power: float
    granger_fpr: float
    ccf_power: float
    ccf_fpr: float
    naive_fpr: float  # plain Pearson correlation at the true lag, no controls, under no effect


def _one(pair: SimulatedPair, max_lag: int, alpha: float) -> tuple[bool, bool, bool, bool]:
    x, y, v = pair.cause.counts, pair.effect.counts, pair.volume.counts
    verdict, _ = decide(lagged_count_regression(x, y, max_lag, volume=v), alpha)
    g = granger(x, y, max_lag, volume=v).p < alpha
    c = min(prewhitened_ccf(x, y, max_lag, volume=v).p_holm) < alpha
    a, b = x[: len(x) - pair.lag], y[pair.lag :]
    r = float(np.corrcoef(a, b)[0, 1])
    naive = abs(r) * np.sqrt(len(a) - 2) / np.sqrt(max(1 - r * r, 1e-12))
    naive_sig = float(2 * stats.t.sf(naive, len(a) - 2)) < alpha
    return verdict is Verdict.SUPPORTED, g, c, naive_sig


def validate(
    *, n_simulations: int = 200, seed: int = 20240401, n_periods: int = 104, max_lag: int = 8,
    rate_ratio: float = MODERATE_RATE_RATIO, lag: int = 2, alpha: float = 0.05,
    latent_reporting: bool = False,
) -> ValidationResult:
    """Power under a moderate effect at ``lag`` and false-positive rate under none, same generator."""
    rng = np.random.default_rng(seed)
    with_effect = [_one(simulate_pair(rng, n_periods=n_periods, rate_ratio=rate_ratio, lag=lag,
                                      latent_reporting=latent_reporting),
                        max_lag, alpha) for _ in range(n_simulations)]
    without = [_one(simulate_pair(rng, n_periods=n_periods, rate_ratio=1.0, lag=lag,
                                   latent_reporting=latent_reporting), max_lag, alpha)
               for _ in range(n_simulations)]

    def share(rows: list[tuple[bool, bool, bool, bool]], i: int) -> float:
        return sum(r[i] for r in rows) / len(rows)

    return ValidationResult(
        n_simulations=n_simulations, n_periods=n_periods, max_lag=max_lag, rate_ratio=rate_ratio, lag=lag,
        alpha=alpha, power=share(with_effect, 0), false_positive_rate=share(without, 0),
        granger_power=share(with_effect, 1), granger_fpr=share(without, 1),
        ccf_power=share(with_effect, 2), ccf_fpr=share(without, 2), naive_fpr=share(without, 3),
    )
