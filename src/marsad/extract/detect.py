"""Incident detection: does a sentence report a specific, recent incident, or something else?

The rules find the triggers (type and span) and the certainty; a small logistic model over
normalized word n-grams and rule features decides "incident vs not" for the sentence (a killing
years ago, a definition, commentary, a metaphor). Weights are a JSON package file built by
``scripts/train_detector.py``; inference is a dictionary lookup and a sum (no numpy, no sklearn).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

from marsad.errors import ConfigError

_TOKEN = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_PREFIXES = ("وبال", "فبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
_SUFFIXES = ("هما", "ها", "هم", "ات", "ون", "ين", "ه", "ي")
MODEL_FILE = "detector.json"


def stem(token: str) -> str:
    """A light stem: strip one run of clitic prefixes and one suffix, keeping at least 3 letters."""
    for p in _PREFIXES:
        if token.startswith(p) and len(token) - len(p) >= 3:
            token = token[len(p) :]
            break
    for s in _SUFFIXES:
        if token.endswith(s) and len(token) - len(s) >= 3:
            token = token[: -len(s)]
            break
    return token


def text_features(ntext: str, max_tokens: int = 200) -> list[str]:
    """Word stem unigrams and bigrams of a normalized sentence (first ``max_tokens`` tokens)."""
    toks = [("#" if t.isdigit() else stem(t)) for t in _TOKEN.findall(ntext)[:max_tokens]]
    feats = [f"w:{t}" for t in toks]
    feats += [f"b:{a}_{b}" for a, b in pairwise(toks)]
    return feats


@dataclass(frozen=True, slots=True)
class LinearModel:
    """A logistic model: ``p = sigmoid(bias + sum(weights[f]))`` over binary features."""

    bias: float
    weights: Mapping[str, float]
    threshold: float

    def probability(self, features: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in set(features))
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> dict[str, object]:
        return {
            "bias": round(self.bias, 6),
            "threshold": round(self.threshold, 4),
            "weights": {k: round(v, 5) for k, v in sorted(self.weights.items()) if abs(v) >= 1e-4},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> LinearModel:
        weights = data["weights"]
        if not isinstance(weights, dict):
            raise ConfigError("detector weights are malformed", hint="rebuild with scripts/train_detector.py")
        return cls(
            bias=float(data["bias"]),  # type: ignore[arg-type]
            weights={str(k): float(v) for k, v in weights.items()},
            threshold=float(data["threshold"]),  # type: ignore[arg-type]
        )


@cache
def load_detectors() -> dict[str, LinearModel]:
    """The packaged models by task ("assault", "protest"); empty when no model file ships."""
    path = resources.files("marsad.extract").joinpath("lexicons", MODEL_FILE)
    if not path.is_file():
        return {}
    data = json.loads(path.read_text("utf-8"))
    return {task: LinearModel.from_json(spec) for task, spec in data["models"].items()}
