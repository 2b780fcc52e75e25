"""Incident detection: does a sentence report a specific, recent incident, or something else?

The rules find the triggers (type and span) and the certainty; a logistic model over character
n-grams of the normalized sentence plus rule features (``reading.detector_features``) decides
"incident vs not" for the sentence (a killing years ago, a definition, commentary, a metaphor).
Rule features carry a ``KIND:`` prefix (``C:asserted``, ``H:...``); character n-grams never contain
a colon (they are cut from letter and digit runs), so the two blocks are told apart by the name.
Weights are a gzipped JSON package file built by ``scripts/train_detector.py`` (scikit-learn at build
time only); inference is a set of dictionary lookups and a sum (no numpy, no sklearn at run time).
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import repeat
from typing import Any

from marsad.errors import ConfigError

_TOKEN = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_PREFIXES = ("وبال", "فبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
_SUFFIXES = ("هما", "ها", "هم", "ات", "ون", "ين", "ه", "ي")
MODEL_FILE = "detector.json.gz"
# Character n-gram sizes, taken inside " word " (word boundaries marked by spaces).
NGRAM_MIN, NGRAM_MAX = 2, 5


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
    """Character 2-5-grams inside word boundaries of a normalized sentence (first ``max_tokens``
    tokens; every digit run reads as ``0``). Clitics, broken plurals and verb templates share
    n-grams, so no stemmer decides what a word is."""
    out: list[str] = []
    seen: set[str] = set()
    for tok in _TOKEN.findall(ntext)[:max_tokens]:
        word = " 0 " if tok.isdigit() else f" {tok} "
        if word in seen:  # a repeated word adds no new binary feature
            continue
        seen.add(word)
        size = len(word)
        for n in range(NGRAM_MIN, min(NGRAM_MAX, size) + 1):
            out.extend(word[i : i + n] for i in range(size - n + 1))
    return out


@dataclass(frozen=True, slots=True)
class LinearModel:
    """A logistic model over binary features: ``p = sigmoid(bias + sum(weights[f]) / norm)``, where
    ``norm`` is the square root of the number of distinct features when ``l2`` is set (the row was
    L2-normalized in training) and 1 otherwise.

    With ``rules_apart`` the rule features (names with a colon) stay out of the normalization: the
    score is ``bias + sum(text weights) / sqrt(#text features) + sum(rule weights)`` (the rule
    block's scale is folded into its weights at training). A lone rule feature in a row of ~500
    character n-grams then keeps its say instead of being divided by ~22."""

    bias: float
    weights: Mapping[str, float]
    threshold: float
    l2: bool = False
    rules_apart: bool = False
    cv: Mapping[str, Any] = field(default_factory=dict)

    def score(self, features: Iterable[str]) -> float:
        """The linear score ``bias + sum / norm``."""
        distinct = features if isinstance(features, (set, frozenset)) else set(features)
        if self.rules_apart:
            text = [f for f in distinct if ":" not in f]
            rules = sum(self.weights.get(f, 0.0) for f in distinct if ":" in f)
            total = sum(map(self.weights.get, text, repeat(0.0)))
            if self.l2 and text:
                total /= math.sqrt(len(text))
            return self.bias + total + rules
        total = sum(map(self.weights.get, distinct, repeat(0.0)))
        if self.l2 and distinct:
            total /= math.sqrt(len(distinct))
        return self.bias + total

    def probability(self, features: Iterable[str]) -> float:
        z = self.score(features)
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def accepts(self, features: Iterable[str]) -> bool:
        return self.probability(features) >= self.threshold

    def to_json(self) -> dict[str, object]:
        return {
            "bias": round(self.bias, 6),
            "threshold": round(self.threshold, 4),
            "l2": self.l2,
            "rules_apart": self.rules_apart,
            "cv": dict(self.cv),
            "weights": {k: round(v, 4) for k, v in sorted(self.weights.items()) if abs(v) >= 1e-4},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> LinearModel:
        weights = data["weights"]
        cv = data.get("cv", {})
        if not isinstance(weights, dict) or not isinstance(cv, dict):
            raise ConfigError("detector weights are malformed", hint="rebuild with scripts/train_detector.py")
        return cls(
            bias=float(data["bias"]),  # type: ignore[arg-type]
            weights={str(k): float(v) for k, v in weights.items()},
            threshold=float(data["threshold"]),  # type: ignore[arg-type]
            l2=bool(data.get("l2", False)),
            rules_apart=bool(data.get("rules_apart", False)),
            cv=cv,
        )


@cache
def load_detector_file() -> dict[str, Any]:
    """The packaged model file as a dict (``models``, ``corpus_sha256``, ``cv``, ``trainer``); empty when
    none ships."""
    path = resources.files("marsad.extract").joinpath("lexicons", MODEL_FILE)
    if not path.is_file():
        return {}
    data: dict[str, Any] = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    return data


@cache
def load_detectors() -> dict[str, LinearModel]:
    """The packaged models by task ("assault", "protest"); empty when no model file ships."""
    data = load_detector_file()
    return {task: LinearModel.from_json(spec) for task, spec in data.get("models", {}).items()}
