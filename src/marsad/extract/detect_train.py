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
# (listed first wins a tie), and the targets they choose from ("hard": yes vs no; "soft": annotator
# agreement, with the ambiguous sentences as training-only rows; see ``Layout``). PROTEST keeps the
# joint layout: with the scale open its nested F1 stayed 0.40 but recall fell 0.51 -> 0.43, below the
# recorded recall floor. ASSAULT does not offer "soft" (nested F1 0.677 with it, 0.693 without).
TRAIN_OPTIONS: dict[str, dict[str, Any]] = {
    "assault": {"C": 10.0, "balanced": False, "rule_scales": [0.0, 0.1, 0.3]},
    "protest": {"C": 3.0, "balanced": True, "rule_scales": [0.0], "targets": ["hard", "soft"]},
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

    def fit(
        self,
        rows: Sequence[int],
        labels: Sequence[bool],
        task: str,
        scale: float,
        agreement: Sequence[float] | None = None,
    ) -> LinearModel:
        """Fit the task's model on the given rows (threshold 0.5; see ``choose_threshold``). With
        ``agreement`` (per given row, the share of annotators who accepted the event type) the target
        is soft: each row counts as positive with that weight and as negative with the rest."""
        from sklearn.linear_model import LogisticRegression

        opts = TRAIN_OPTIONS[task]
        x = self.matrix(scale)[list(rows)]
        weights: Any = None
        if agreement is None:
            y: list[bool] = list(labels)
            balanced: str | None = "balanced" if opts["balanced"] else None
        else:
            from scipy import sparse

            pos = [float(a) for a in agreement]
            neg = [1.0 - a for a in pos]
            keep = [i for i, w in enumerate(pos + neg) if w > 0]
            y = [i < len(pos) for i in keep]
            weights = [(pos + neg)[i] for i in keep]
            if opts["balanced"]:  # the weighted classes count the same in all
                wp = sum(w for w, t in zip(weights, y, strict=True) if t)
                wn = sum(w for w, t in zip(weights, y, strict=True) if not t)
                weights = [w * (wp + wn) / (2 * (wp if t else wn)) for w, t in zip(weights, y, strict=True)]
            x = sparse.vstack([x, x]).tocsr()[keep]
            balanced = None
        m = LogisticRegression(
            C=float(opts["C"]),
            solver="liblinear",
            class_weight=balanced,
            random_state=SEED,
            max_iter=1000,
        ).fit(x, y, sample_weight=weights)
        coef = {}
        for n, w, rule in zip(self.names, m.coef_[0], self._rule, strict=True):
            w = float(w) * (scale if scale and rule else 1.0)
            if abs(w) >= 1e-4:
                coef[n] = w
        return LinearModel(
            bias=float(m.intercept_[0]), weights=coef, threshold=0.5, l2=True, rules_apart=bool(scale)
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


@dataclass(frozen=True, slots=True)
class Layout:
    """One training recipe the inner folds may choose: the rule-block scale and the target (``hard``:
    the scored rows' yes/no; ``soft``: every row, training-only ones included, weighted by its
    annotators' agreement)."""

    scale: float
    target: str


def _layouts(task: str) -> list[Layout]:
    opts = TRAIN_OPTIONS[task]
    return [Layout(float(s), t) for t in opts.get("targets", ["hard"]) for s in opts["rule_scales"]]


def _fit_layout(
    design: Design,
    rows: Sequence[int],
    labels: Sequence[bool],
    agreement: Sequence[float] | None,
    scored: Sequence[bool],
    task: str,
    layout: Layout,
) -> LinearModel:
    if layout.target == "soft":
        if agreement is None:
            raise ConfigError("a soft target needs the annotators' agreement", hint="pass agreement=")
        return design.fit(rows, [], task, layout.scale, [agreement[i] for i in rows])
    hard = [i for i in rows if scored[i]]
    return design.fit(hard, [labels[i] for i in hard], task, layout.scale)


def _out_of_fold(
    design: Design,
    labels: Sequence[bool],
    fold: Sequence[int],
    task: str,
    layout: Layout,
    agreement: Sequence[float] | None = None,
    scored: Sequence[bool] | None = None,
) -> list[float]:
    """Out-of-fold probabilities of the scored rows (nan for training-only rows)."""
    scored = scored if scored is not None else [True] * len(labels)
    probs = [math.nan] * len(labels)
    for k in sorted(set(fold)):
        train = [i for i, f in enumerate(fold) if f != k]
        model = _fit_layout(design, train, labels, agreement, scored, task, layout)
        for i, f in enumerate(fold):
            if f == k and scored[i]:
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
    return _out_of_fold(Design(samples), labels, fold, task, Layout(scale, "hard"))


def tuned_model(
    samples: Sequence[Sequence[str]],
    labels: Sequence[bool],
    fold: Sequence[int],
    task: str,
    missed: int = 0,
    *,
    agreement: Sequence[float] | None = None,
    scored: Sequence[bool] | None = None,
) -> LinearModel:
    """A model fit on all given samples whose layout (``TRAIN_OPTIONS``) and threshold come from
    out-of-fold probabilities over ``fold`` (grouped folds of these same samples). ``scored`` marks
    the rows whose yes/no counts (default all); the others (``ambiguous`` sentences) only train soft
    layouts, which read each row's ``agreement``."""
    scored = scored if scored is not None else [True] * len(samples)
    design = Design(samples)
    best: tuple[float, float, Layout] | None = None  # (f1, threshold, layout)
    for layout in _layouts(task):
        probs = _out_of_fold(design, labels, fold, task, layout, agreement, scored)
        kept = [i for i, s in enumerate(scored) if s]
        p, y = [probs[i] for i in kept], [labels[i] for i in kept]
        cut = choose_threshold(p, y, missed)
        f1 = counts_at(p, y, cut, missed).f1
        if best is None or f1 > best[0]:
            best = (f1, cut, layout)
    assert best is not None
    _, cut, layout = best
    model = _fit_layout(design, range(len(samples)), labels, agreement, scored, task, layout)
    return LinearModel(
        bias=model.bias,
        weights=model.weights,
        threshold=cut,
        l2=True,
        rules_apart=model.rules_apart,
        cv={"layout": f"{layout.target}/{layout.scale:g}"},
    )
