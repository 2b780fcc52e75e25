"""A small quasi-Poisson GLM (log link, IRLS) and ordinary least squares, in numpy.

Written here rather than taken from statsmodels so that a claim test stays fast enough to validate on
thousands of simulated series, and marsad needs only numpy and scipy. tests/analyze checks both
against statsmodels when it is installed.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import stats

__all__ = ["FitResult", "ols", "quasi_poisson"]

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True, kw_only=True)
class FitResult:
    coef: FloatArray
    se: FloatArray
    df_resid: int
    rss: float  # OLS: residual sum of squares; GLM: Pearson chi-square
    scale: float  # OLS: sigma^2; GLM: dispersion (1 = Poisson)
    converged: bool = True

    def t(self, i: int) -> float:
        return float(self.coef[i] / self.se[i]) if self.se[i] > 0 else 0.0

    def p(self, i: int) -> float:
        """Two-sided p-value of coefficient ``i`` (t distribution with the residual df)."""
        return float(2 * stats.t.sf(abs(self.t(i)), max(self.df_resid, 1)))

    def ci(self, i: int, level: float = 0.95) -> tuple[float, float]:
        q = float(stats.t.ppf(0.5 + level / 2, max(self.df_resid, 1)))
        return float(self.coef[i] - q * self.se[i]), float(self.coef[i] + q * self.se[i])


def ols(y: FloatArray, x: FloatArray) -> FitResult:
    """Least squares of ``y`` on the columns of ``x`` (include a constant column yourself)."""
    n, k = x.shape
    coef = np.asarray(np.linalg.lstsq(x, y, rcond=None)[0], dtype=np.float64)
    resid = y - x @ coef
    rss = float(resid @ resid)
    df = n - k
    sigma2 = rss / df if df > 0 else float("nan")
    xtx_inv = np.linalg.pinv(x.T @ x)
    se = np.sqrt(np.clip(np.diag(xtx_inv) * sigma2, 0, None))
    return FitResult(coef=coef, se=se, df_resid=df, rss=rss, scale=sigma2)


def quasi_poisson(
    y: FloatArray, x: FloatArray, *, max_iter: int = 50, tol: float = 1e-8, hac_lags: int = 0,
) -> FitResult:
    """Poisson regression with a log link, standard errors scaled by the Pearson dispersion.

    Quasi-Poisson gives the same coefficients as Poisson and honest (wider) intervals when counts vary
    more than Poisson allows, which conflict counts always do. With ``hac_lags > 0`` the covariance is
    a Newey-West sandwich (Bartlett weights), robust to residual autocorrelation up to that lag as well;
    it is never allowed to be narrower than the quasi-Poisson one.
    """
    n, k = x.shape
    mean_y = max(float(np.mean(y)), 1e-3)
    coef = np.zeros(k)
    const = np.flatnonzero(np.all(x == 1.0, axis=0))
    if const.size:
        coef[const[0]] = np.log(mean_y)
    eta = np.asarray(x @ coef, dtype=np.float64)
    converged = False
    for _ in range(max_iter):
        mu = np.exp(np.clip(eta, -30, 30))
        z = eta + (y - mu) / mu
        w = mu
        xw = x * w[:, None]
        new = np.asarray(np.linalg.lstsq(xw.T @ x, xw.T @ z, rcond=None)[0], dtype=np.float64)
        if np.max(np.abs(new - coef)) < tol * (1 + np.max(np.abs(coef))):
            coef = new
            converged = True
            break
        coef = new
        eta = np.asarray(x @ coef, dtype=np.float64)
    mu = np.exp(np.clip(x @ coef, -30, 30))
    df = n - k
    pearson = float(np.sum((y - mu) ** 2 / mu))
    scale = max(pearson / df, 1e-12) if df > 0 else float("nan")
    bread = np.linalg.pinv((x * mu[:, None]).T @ x)
    cov = bread * scale
    if hac_lags > 0 and df > 0:
        scores = x * (y - mu)[:, None]
        meat = scores.T @ scores
        for lag in range(1, hac_lags + 1):
            bartlett = 1.0 - lag / (hac_lags + 1)
            gamma = scores[lag:].T @ scores[:-lag]
            meat += bartlett * (gamma + gamma.T)
        sandwich = bread @ meat @ bread * (n / df)
        diag = np.maximum(np.diag(cov), np.diag(sandwich))
        se = np.sqrt(np.clip(diag, 0, None))
    else:
        se = np.sqrt(np.clip(np.diag(cov), 0, None))
    return FitResult(coef=coef, se=se, df_resid=df, rss=pearson, scale=scale, converged=converged)
