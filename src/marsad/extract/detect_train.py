"""Training and cross-validating the incident detector (build time and evaluation only).

scikit-learn is imported inside the functions that need it, so nothing here costs anything at run
time and the package never needs it to extract. The recipe (``TRAIN_OPTIONS``): rows are the binary
features of a sentence; an L2-regularized logistic regression (liblinear, fixed ``random_state``) per
task. The row layout is chosen among ``rule_scales`` and the decision threshold among
``THRESHOLD_GRID`` by the F1 of out-of-fold probabilities *of the training data only* (nested), so a
test fold never picks its own layout or threshold:

- scale ``0``: the whole row (character n-grams and rule features) is L2-normalized together;
- scale ``s > 0``: the character n-grams are L2-normalized on their own and the rule features (names
  with a colon) are appended with value ``s`` (``LinearModel.rules_apart``).

Measured (nested, grouped 5-fold, GSR dev half): docs/dev/detector-experiments.md.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from marsad.errors import ConfigError
from marsad.extract.detect import LinearModel

# Per task: inverse regularization strength C, whether classes are re-weighted (PROTEST has 7%
# positives among its triggered sentences), and the rule-block scales the inner folds choose from
# (listed first wins a tie). PROTEST keeps the joint layout only: with the choice open its nested F1
# stayed 0.40 but recall fell 0.51 -> 0.43 (precision 0.33 -> 0.37), below the recorded recall floor.
TRAIN_OPTIONS: dict[str, dict[str, Any]] = {
    "assault": {"C": 10.0, "balanced": False, "rule_scales": [0.0, 0.1, 0.3]},
    "protest": {"C": 3.0, "balanced": True, "rule_scales": [0.0]},
}
THRESHOLD_GRID = [round(0.05 + 0.01 * i, 2) for i in range(91)]
SEED = 0


def _need_sklearn() -> None:
    try:
        import sklearn  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ConfigError(
            "training the incident detector needs scikit-learn",
            hint="install it for training only: .venv/bin/pip install scikit-learn",
        ) from exc


class Design:
    """The feature matrix of a fixed list of samples, vectorized once and re-laid out per rule scale
    (rows are sliced for folds; a column absent from the training rows gets weight 0)."""

    def __init__(self, samples: Sequence[Sequence[str]]) -> None:
        _need_sklearn()
        from sklearn.feature_extraction import DictVectorizer

        self.samples = samples
        dv = DictVectorizer()
        self._binary = dv.fit_transform([dict.fromkeys(s, 1) for s in samples]).tocsr()
        self.names = [str(n) for n in dv.get_feature_names_out()]
        self._rule = [":" in n for n in self.names]
        self._layouts: dict[float, Any] = {}

    def matrix(self, scale: float) -> Any:
        """The rows laid out for ``scale`` (see the module docstring)."""
        if scale not in self._layouts:
            from scipy import sparse
            from sklearn.preprocessing import normalize

            x = self._binary
            if not scale:
                self._layouts[scale] = normalize(x)
            else:
                rule_cols = [i for i, r in enumerate(self._rule) if r]
                text_cols = [i for i, r in enumerate(self._rule) if not r]
                scaled = sparse.hstack([normalize(x[:, text_cols]), x[:, rule_cols] * scale]).tocsr()
                order = text_cols + rule_cols  # back to the vectorizer's column order
                inverse = [0] * len(order)
                for pos, col in enumerate(order):
                    inverse[col] = pos
                self._layouts[scale] = scaled[:, inverse]
        return self._layouts[scale]

    def fit(self, rows: Sequence[int], labels: Sequence[bool], task: str, scale: float) -> LinearModel:
        """Fit the task's model on the given rows (threshold 0.5; see ``choose_threshold``)."""
        from sklearn.linear_model import LogisticRegression

        opts = TRAIN_OPTIONS[task]
        m = LogisticRegression(
            C=float(opts["C"]),
            solver="liblinear",
            class_weight="balanced" if opts["balanced"] else None,
            random_state=SEED,
            max_iter=1000,
        ).fit(self.matrix(scale)[list(rows)], list(labels))
        weights = {}
        for n, w, rule in zip(self.names, m.coef_[0], self._rule, strict=True):
            w = float(w) * (scale if scale and rule else 1.0)
            if abs(w) >= 1e-4:
                weights[n] = w
        return LinearModel(
            bias=float(m.intercept_[0]), weights=weights, threshold=0.5, l2=True, rules_apart=bool(scale)
        )


def fit(
    samples: Sequence[Sequence[str]], labels: Sequence[bool], task: str, scale: float = 0.0
) -> LinearModel:
    """Fit the task's model on feature lists (threshold 0.5; see ``choose_threshold``)."""
    return Design(samples).fit(range(len(samples)), labels, task, scale)


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


def _out_of_fold(
    design: Design, labels: Sequence[bool], fold: Sequence[int], task: str, scale: float
) -> list[float]:
    probs = [math.nan] * len(labels)
    for k in sorted(set(fold)):
        train = [i for i, f in enumerate(fold) if f != k]
        model = design.fit(train, [labels[i] for i in train], task, scale)
        for i, f in enumerate(fold):
            if f == k:
                probs[i] = model.probability(design.samples[i])
    return probs


def out_of_fold(
    samples: Sequence[Sequence[str]],
    labels: Sequence[bool],
    fold: Sequence[int],
    task: str,
    scale: float = 0.0,
) -> list[float]:
    """Probabilities of each sample from the model trained without its fold."""
    return _out_of_fold(Design(samples), labels, fold, task, scale)


def tuned_model(
    samples: Sequence[Sequence[str]], labels: Sequence[bool], fold: Sequence[int], task: str, missed: int = 0
) -> LinearModel:
    """A model fit on all given samples whose rule scale and threshold come from out-of-fold
    probabilities over ``fold`` (grouped folds of these same samples)."""
    design = Design(samples)
    best: tuple[float, float, float] | None = None  # (f1, threshold, scale)
    for scale in TRAIN_OPTIONS[task]["rule_scales"]:
        probs = _out_of_fold(design, labels, fold, task, float(scale))
        cut = choose_threshold(probs, labels, missed)
        f1 = counts_at(probs, labels, cut, missed).f1
        if best is None or f1 > best[0]:
            best = (f1, cut, float(scale))
    assert best is not None
    _, cut, scale = best
    model = design.fit(range(len(samples)), labels, task, scale)
    return LinearModel(
        bias=model.bias, weights=model.weights, threshold=cut, l2=True, rules_apart=model.rules_apart
    )
