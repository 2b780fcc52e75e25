"""A small, deterministic logistic-regression trainer (pure Python), used by
``scripts/train_detector.py`` and by ``marsad evaluate gsr --cv`` for grouped cross-validation.

Training: AdaGrad over binary features with L2 shrinkage, a fixed seeded order, fixed epochs.
Sparse features make this fast enough for a few thousand sentences.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from marsad.extract.detect import LinearModel


def train_logistic(
    samples: Sequence[Sequence[str]],
    labels: Sequence[bool],
    *,
    l2: float = 1e-3,
    epochs: int = 25,
    rate: float = 0.5,
    min_count: int = 2,
    positive_weight: float = 1.0,
    seed: int = 13,
) -> LinearModel:
    """Fit weights on feature lists; features seen fewer than ``min_count`` times are ignored."""
    counts: dict[str, int] = {}
    for feats in samples:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    rows = [[f for f in set(feats) if counts[f] >= min_count] for feats in samples]
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    bias = 0.0
    bias_g2 = 1e-8
    order = list(range(len(rows)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            feats = rows[i]
            z = bias + sum(w.get(f, 0.0) for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            y = 1.0 if labels[i] else 0.0
            scale = positive_weight if labels[i] else 1.0
            grad = (p - y) * scale
            bias_g2 += grad * grad
            bias -= rate * grad / math.sqrt(bias_g2)
            for f in feats:
                wf = w.get(f, 0.0)
                gf = grad + l2 * wf
                acc = g2.get(f, 1e-8) + gf * gf
                g2[f] = acc
                w[f] = wf - rate * gf / math.sqrt(acc)
    return LinearModel(bias=bias, weights=w, threshold=0.5)
