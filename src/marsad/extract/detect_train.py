"""Training and cross-validating the incident detector (build time and evaluation only).

scikit-learn is imported inside the functions that need it, so nothing here costs anything at run
time and the package never needs it to extract. The recipe (``TRAIN_OPTIONS``): rows are the binary
features of a sentence, L2-normalized; an L2-regularized logistic regression (liblinear, fixed
``random_state``) per task; the decision threshold is the one that maximizes F1 over out-of-fold
probabilities *of the training data only* (nested), so a test fold never picks its own threshold.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from marsad.errors import ConfigError
from marsad.extract.detect import LinearModel

# Per task: inverse regularization strength C and whether classes are re-weighted (PROTEST has 7%
# positives among its triggered sentences; re-weighting raised its cross-validated F1).
TRAIN_OPTIONS: dict[str, dict[str, Any]] = {
    "assault": {"C": 10.0, "balanced": False},
    "protest": {"C": 3.0, "balanced": True},
}
THRESHOLD_GRID = [round(0.05 + 0.01 * i, 2) for i in range(91)]
SEED = 0


def fit(samples: Sequence[Sequence[str]], labels: Sequence[bool], task: str) -> LinearModel:
    """Fit the task's model on feature lists (threshold 0.5; see ``choose_threshold``)."""
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.preprocessing import normalize
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ConfigError(
            "training the incident detector needs scikit-learn",
            hint="install it for training only: .venv/bin/pip install scikit-learn",
        ) from exc
    opts = TRAIN_OPTIONS[task]
    dv = DictVectorizer()
    x = normalize(dv.fit_transform([dict.fromkeys(s, 1) for s in samples]))
    m = LogisticRegression(
        C=float(opts["C"]),
        solver="liblinear",
        class_weight="balanced" if opts["balanced"] else None,
        random_state=SEED,
        max_iter=1000,
    ).fit(x, list(labels))
    names = dv.get_feature_names_out()
    weights = {str(n): float(w) for n, w in zip(names, m.coef_[0], strict=True) if abs(w) >= 1e-4}
    return LinearModel(bias=float(m.intercept_[0]), weights=weights, threshold=0.5, l2=True)


@dataclass(frozen=True, slots=True)
class Counts:
    tp: int
    fp: int
    fn: int

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


def counts_at(probs: Sequence[float], labels: Sequence[bool], cut: float, missed: int) -> Counts:
    """Confusion counts at ``cut``; ``missed`` positives had no trigger (always false negatives)."""
    tp = sum(1 for p, y in zip(probs, labels, strict=True) if y and p >= cut)
    fp = sum(1 for p, y in zip(probs, labels, strict=True) if not y and p >= cut)
    fn = sum(labels) - tp + missed
    return Counts(tp, fp, fn)


def choose_threshold(probs: Sequence[float], labels: Sequence[bool], missed: int = 0) -> float:
    """The grid threshold with the best F1 (ties: the higher, more precise threshold)."""
    best = max(THRESHOLD_GRID, key=lambda c: (counts_at(probs, labels, c, missed).f1, c))
    return best


def out_of_fold(
    samples: Sequence[Sequence[str]], labels: Sequence[bool], fold: Sequence[int], task: str
) -> list[float]:
    """Probabilities of each sample from the model trained without its fold."""
    probs = [math.nan] * len(samples)
    for k in sorted(set(fold)):
        train = [i for i, f in enumerate(fold) if f != k]
        model = fit([samples[i] for i in train], [labels[i] for i in train], task)
        for i, f in enumerate(fold):
            if f == k:
                probs[i] = model.probability(samples[i])
    return probs


def tuned_model(
    samples: Sequence[Sequence[str]], labels: Sequence[bool], fold: Sequence[int], task: str, missed: int = 0
) -> LinearModel:
    """A model fit on all given samples whose threshold comes from out-of-fold probabilities over
    ``fold`` (grouped folds of these same samples)."""
    cut = choose_threshold(out_of_fold(samples, labels, fold, task), labels, missed)
    model = fit(samples, labels, task)
    return LinearModel(bias=model.bias, weights=model.weights, threshold=cut, l2=True)
