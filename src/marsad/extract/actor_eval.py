"""Token-overlap scoring of actor spans against the Arabic event GSR gold (shared/eval/README.md).

How it scores (one definition for every caller, ``marsad evaluate gsr`` included):

- Gold and predicted spans are split into word tokens after normalization (alef/ya/ta-marbuta
  folding, diacritics removed); punctuation tokens are dropped on both sides. Gold strings in
  ``source_gold``/``target_gold`` are the coders' common core as a space-joined token list (its
  order is not meaningful), so tokens are compared as multisets.
- A predicted span is widened to the whitespace tokens it touches (:func:`covering_text`, applied by
  :func:`evaluate_actor_spans` to each predicted quote found in the sentence), since the gold marks
  whole tokens with their clitics ("لداعش", "للقوات"): a correct "داعش" must not score 0.
- Per sentence: precision = shared / predicted, recall = shared / gold, F1 their harmonic mean; a
  missing prediction scores 0.
- The figure is the mean per-sentence F1 over the sentences whose gold span is non-empty (an empty
  gold means the coders did not agree, so it cannot judge a prediction). How often a prediction was made
  where the gold is empty is reported separately (``predicted_on_empty``).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from marsad.text.normalize import normalize_str

_WORD = re.compile(r"\w+")


def span_tokens(text: str) -> list[str]:
    """Normalized word tokens of a span (punctuation dropped)."""
    return _WORD.findall(normalize_str(text))


def covering_text(text: str, start: int, end: int) -> str:
    """The whitespace tokens of ``text`` that overlap ``[start, end)``: annotators mark whole tokens,
    so a predicted span that leaves out a clitic ("داعش" in "لداعش") is compared as the whole token."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


def widen_to_tokens(text: str, predicted: str) -> str:
    """``predicted`` (a quote of ``text``) widened to the whitespace tokens it touches in ``text``; the
    quote itself when it is not found there."""
    at = text.find(predicted)
    if at < 0 or not predicted:
        return predicted
    return covering_text(text, at, at + len(predicted))


def token_prf(predicted: Sequence[str], gold: Sequence[str]) -> tuple[float, float, float]:
    """Multiset token precision, recall and F1 of one predicted span against one gold span."""
    if not predicted or not gold:
        return 0.0, 0.0, 0.0
    shared = sum((Counter(predicted) & Counter(gold)).values())
    if shared == 0:
        return 0.0, 0.0, 0.0
    p = shared / len(predicted)
    r = shared / len(gold)
    return p, r, 2 * p * r / (p + r)


@dataclass(frozen=True, slots=True, kw_only=True)
class SpanScore:
    precision: float  # mean per-sentence token precision (sentences with a gold span)
    recall: float
    f1: float
    n: int  # sentences with a non-empty gold span
    predicted_on_empty: int  # predictions made where the gold span is empty
    n_empty: int

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "n": self.n, "predicted_on_empty": self.predicted_on_empty,
                "n_empty": self.n_empty}


def score_actor_spans(pairs: Iterable[tuple[str | None, str]]) -> SpanScore:
    """Score (predicted span text or None, gold span string) pairs; see the module doc for the rules."""
    ps: list[float] = []
    rs: list[float] = []
    fs: list[float] = []
    on_empty = 0
    n_empty = 0
    for predicted, gold in pairs:
        gold_tokens = span_tokens(gold)
        pred_tokens = span_tokens(predicted) if predicted else []
        if not gold_tokens:
            n_empty += 1
            on_empty += bool(pred_tokens)
            continue
        p, r, f = token_prf(pred_tokens, gold_tokens)
        ps.append(p)
        rs.append(r)
        fs.append(f)
    n = len(fs)

    def mean(xs: list[float]) -> float:
        return sum(xs) / n if n else 0.0

    return SpanScore(precision=mean(ps), recall=mean(rs), f1=mean(fs), n=n, predicted_on_empty=on_empty,
                     n_empty=n_empty)


@dataclass(frozen=True, slots=True, kw_only=True)
class SpanGold:
    """One annotated sentence of ``*_spans.json``."""

    id: str
    event_type: str
    text: str
    source_gold: str
    target_gold: str
    verb_gold: str
    coder_verbs: tuple[str, ...] = ()  # every coder's verb tokens, space-joined, in coder order


def load_span_gold(path: Path) -> list[SpanGold]:
    rows = json.loads(path.read_text("utf-8"))
    return [
        SpanGold(id=str(r.get("source", r.get("_id", ""))), event_type=str(r.get("event_type", "")),
                 text=str(r["text"]), source_gold=str(r.get("source_gold", "")),
                 target_gold=str(r.get("target_gold", "")), verb_gold=str(r.get("verb_gold", "")),
                 coder_verbs=tuple(" ".join(str(t) for t in s.get("verb", [])) for s in r.get("spans", [])))
        for r in rows
    ]


Predictor = Callable[[SpanGold], tuple[str | None, str | None]]


def evaluate_actor_spans(items: Sequence[SpanGold], predict: Predictor) -> dict[str, SpanScore]:
    """Run ``predict`` (sentence -> (perpetrator text, target text)) and score source and target."""
    predictions = [tuple(widen_to_tokens(item.text, p) if p else p for p in predict(item)) for item in items]
    pairs = list(zip(predictions, items, strict=True))
    return {
        "source": score_actor_spans((pred[0], item.source_gold) for pred, item in pairs),
        "target": score_actor_spans((pred[1], item.target_gold) for pred, item in pairs),
    }
