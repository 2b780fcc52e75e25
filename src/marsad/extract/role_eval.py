"""Actor-span evaluation on the annotated GSR sentences, with two anchors.

- ``anchor="gold"``: the event is anchored on the annotators' verb (``verb_gold``, else the first
  coder's verb), so the score measures the role grammar alone;
- ``anchor="pipeline"``: the anchor is our own trigger cluster's (what ``marsad evaluate gsr`` reports).

``span_rows`` returns one row per sentence (gold, predicted, per-side F1) for error analysis.

Role rules are developed on one half of the span sentences and checked on the other
(:func:`span_half`: the first byte of the sentence text's SHA-1, even = ``"develop"``, odd = ``"check"``);
read the develop half only, and measure the check half as an aggregate.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from marsad.extract.actor_eval import (
    SpanGold,
    SpanScore,
    evaluate_actor_spans,
    load_span_gold,
    span_tokens,
    token_prf,
    widen_to_tokens,
)
from marsad.extract.actors import ActorFinder, load_actor_catalog
from marsad.extract.context import SentenceContext
from marsad.extract.cues import cue_lexicon
from marsad.extract.evaluate_gsr import sentence_context
from marsad.extract.reading import TASK_GROUP, read_sentence
from marsad.extract.triggers import group_of, trigger_lexicon
from marsad.text.normalize import normalize_str
from marsad.vocab import EventType

SPAN_FILES = {"assault": "assault_spans.json", "protest": "protest_spans.json"}
Anchor = Literal["gold", "pipeline"]
_DEFAULT_TYPE = {"violence": EventType.ARMED_ATTACK, "protest": EventType.PROTEST}


@dataclass(frozen=True, slots=True, kw_only=True)
class RoleRow:
    item: SpanGold
    group: str
    predicted_source: str | None
    predicted_target: str | None
    source_f1: float
    target_f1: float
    anchor_text: str


def span_half(text: str) -> Literal["develop", "check"]:
    """The half a span sentence belongs to: the first byte of the SHA-1 of its text, even = develop."""
    return "develop" if hashlib.sha1(text.encode("utf-8")).digest()[0] % 2 == 0 else "check"


def load_items(folder: Path) -> list[tuple[SpanGold, str]]:
    """(annotated sentence, trigger group) for every span file in ``folder``."""
    out: list[tuple[SpanGold, str]] = []
    for task, name in SPAN_FILES.items():
        path = folder / name
        if path.is_file():
            out.extend((item, TASK_GROUP[task]) for item in load_span_gold(path))
    return out


def gold_anchor(ctx: SentenceContext, item: SpanGold) -> tuple[int, int] | None:
    """Normalized offsets of the annotators' verb in the sentence (its first whole-token occurrence):
    the coders' common verb, else the verb most coders marked."""
    ntext = ctx.ntext
    best: tuple[int, int] | None = None
    verb = item.verb_gold
    if not verb.strip() and item.coder_verbs:
        counts: dict[str, int] = {}
        for v in item.coder_verbs:
            for w in v.split():
                counts[w] = counts.get(w, 0) + 1
        top = max(counts.values(), default=0)
        verb = " ".join(w for w, c in counts.items() if c == top)
    for word in verb.split():
        w = normalize_str(word).strip("«»\"'.,،")
        if not w:
            continue
        m = re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", ntext)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.end())
    return None if best is None else (ctx.nstart + best[0], ctx.nstart + best[1])


def predict_roles(finder: ActorFinder, item: SpanGold, group: str, anchor: Anchor) -> tuple[
        str | None, str | None, str]:
    ctx = sentence_context(item.text, item.id)
    reading = read_sentence(ctx, trigger_lexicon("ar"), cue_lexicon("ar"))
    cr = reading.cluster_for(group) or (reading.clusters[0] if reading.clusters else None)
    span: tuple[int, int] | None
    event_type: EventType
    if anchor == "gold":
        span = gold_anchor(ctx, item)
        if span is None:
            return None, None, ""
        hit = next((h for h in reading.hits if h.nstart < span[1] and span[0] < h.nend), None)
        if hit is not None and group_of(hit.event_type) == group:
            event_type = hit.event_type
        elif cr is not None and group_of(cr.event_type) == group:
            event_type = cr.event_type
        else:
            event_type = _DEFAULT_TYPE[group]
    else:
        if cr is None:
            return None, None, ""
        span = (cr.cluster.anchor.nstart, cr.cluster.anchor.nend)
        event_type = cr.event_type
    roles = finder.roles(ctx, span, event_type)
    anchor_text = ctx.doc.norm.text[span[0]:span[1]]
    return (roles.perpetrator.evidence.quote if roles.perpetrator else None,
            roles.target.evidence.quote if roles.target else None, anchor_text)


def span_rows(folder: Path, anchor: Anchor, finder: ActorFinder | None = None) -> list[RoleRow]:
    finder = finder or ActorFinder(load_actor_catalog())
    rows = []
    for item, group in load_items(folder):
        src, tgt, anchor_text = predict_roles(finder, item, group, anchor)
        rows.append(RoleRow(
            item=item, group=group, predicted_source=src, predicted_target=tgt,
            source_f1=_f1(src, item.source_gold, item.text), target_f1=_f1(tgt, item.target_gold, item.text),
            anchor_text=anchor_text))
    return rows


def _f1(predicted: str | None, gold: str, text: str) -> float:

    pred = span_tokens(widen_to_tokens(text, predicted)) if predicted else []
    return token_prf(pred, span_tokens(gold))[2]


def evaluate_roles(folder: Path, anchor: Anchor, finder: ActorFinder | None = None) -> dict[str, SpanScore]:
    """Source and target token F1 over the annotated sentences with the given anchor."""
    finder = finder or ActorFinder(load_actor_catalog())
    pairs = load_items(folder)
    groups = {id(item): group for item, group in pairs}
    items: Sequence[SpanGold] = [item for item, _ in pairs]

    def predict(item: SpanGold) -> tuple[str | None, str | None]:
        src, tgt, _ = predict_roles(finder, item, groups[id(item)], anchor)
        return src, tgt

    return evaluate_actor_spans(items, predict)
