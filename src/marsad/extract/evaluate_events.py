"""``marsad evaluate events``: document-level event scores against hand-made gold (eval/events/).

What a user sees per article: how many events the extractor reports for it, and whether each one's
type, certainty, perpetrator, target, killed, injured, date and places are right.

Gold: JSONL, one document per line, ``{"id", "language", "published", "text", "gold": {"events",
"tallies"}}``; the format and the annotation guidelines are in ``eval/events/README.md``. A gold value
may be a list of acceptable values (the first is the preferred one); ``null`` means "not stated".

Predictions are the events of ``marsad extract --json`` (:func:`marsad.extract.jsonview.report_view`)
plus the catalogued actor ids of the perpetrator and target.

Alignment, per document, one-to-one, greedy:

1. *Trigger overlap*: a predicted trigger span that overlaps the gold trigger (rank 0) or one of the
   gold event's ``mentions`` (rank 1). Pairs are taken best first by rank, then same type family
   (:data:`marsad.vocab.EVENT_TYPE_INFO` ``family``) before different family, then the distance
   between the trigger starts.
2. *Same family, nearest position*: a remaining prediction of the same type family as one of the gold
   event's acceptable types, whose trigger lies in a sentence holding the gold trigger or a mention;
   nearest first. A prediction whose trigger overlaps the trigger or a mention of an event matched in
   step 1 takes no part (it names that event again).

A prediction left unaligned whose trigger lies in a sentence that holds the trigger or a mention of a
*matched* gold event is a **duplicate** (the same incident reported again: a weapon noun, a casualty
verb, "the attack" in a claim); any other unaligned prediction is **spurious**. Both are false
positives.

Scores:

- ``detection.all``: precision/recall/F1 over every event; ``detection.countable``: only events a count
  would include (certainty ``asserted``): a true positive is a matched pair where the gold's preferred
  certainty and the prediction are both asserted; a predicted asserted event matched to a gold event
  whose preferred certainty is not asserted but which lists ``asserted`` as acceptable is left out of
  the counts (neither right nor wrong).
- ``type_accuracy``, ``family_accuracy``, ``certainty_accuracy``: on matched pairs, the predicted value
  is among the acceptable gold values.
- ``fields``: per field, on matched pairs, ``accuracy`` (``null`` gold and ``null`` prediction count as
  correct) and ``accuracy_when_stated`` (only pairs whose preferred gold value is not null):
  ``perpetrator``/``target``: the predicted mention's catalogued actor id (``null`` when the mention
  has none or there is no mention) is among the gold values; ``killed``/``injured``: the predicted
  figure is among the gold values; ``date``: the predicted start day is among the gold days, and when
  the gold allows ``null`` a date filled in from the publication date (``date_resolved_from ==
  "publication"``) also counts, since that is the system saying "no date stated"; ``places``: both
  lists empty, or at least one predicted place name and one gold place name contain each other after
  normalization (so "ريف دير الزور الشرقي" matches "دير الزور").
- ``documents``: mean gold and predicted events per document, the share of documents whose predicted
  event count equals the gold count, mean absolute difference, duplicates per document.
- ``tallies``: a predicted tally matches a gold tally with the same count (one-to-one); precision,
  recall, F1 and period accuracy on matched tallies.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from marsad.errors import ConfigError
from marsad.extract.jsonview import report_view, tally_view
from marsad.extract.pipeline import ExtractionResources, extract_document, load_resources
from marsad.model import Document, Extraction
from marsad.text.normalize import normalize_str
from marsad.text.sentences import split_sentences
from marsad.vocab import EVENT_TYPE_INFO, Certainty, EventType, Language

Span = tuple[int, int]
Scalar = str | int | None
FIELDS = ("perpetrator", "target", "killed", "injured", "date", "places")
_ASSERTED = Certainty.ASSERTED.value


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldEvent:
    event_types: tuple[str, ...]
    certainties: tuple[str, ...]
    trigger: str
    trigger_span: Span
    mention_spans: tuple[Span, ...] = ()
    perpetrators: tuple[Scalar, ...] = (None,)
    targets: tuple[Scalar, ...] = (None,)
    killed: tuple[Scalar, ...] = (None,)
    injured: tuple[Scalar, ...] = (None,)
    dates: tuple[Scalar, ...] = (None,)
    time_precision: str | None = None
    places: tuple[str, ...] = ()

    @property
    def countable(self) -> bool:
        return self.certainties[0] == _ASSERTED

    @property
    def spans(self) -> tuple[Span, ...]:
        return (self.trigger_span, *self.mention_spans)


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldTally:
    count: int
    period: str = ""
    categories: tuple[str, ...] = ()
    source: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldDocument:
    id: str
    language: str
    published: datetime | None
    text: str
    events: tuple[GoldEvent, ...] = ()
    tallies: tuple[GoldTally, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class PredEvent:
    """One predicted event: the ``marsad extract --json`` view plus the actor ids."""

    view: dict[str, Any]
    trigger_span: Span
    perpetrator_id: str | None = None
    target_id: str | None = None

    @property
    def event_type(self) -> str:
        return str(self.view["event_type"])

    @property
    def certainty(self) -> str:
        return str(self.view["certainty"])


@dataclass(frozen=True, slots=True, kw_only=True)
class Alignment:
    pairs: tuple[tuple[int, int], ...]  # (predicted index, gold index)
    duplicates: tuple[int, ...]  # predicted indices
    spurious: tuple[int, ...]
    missed: tuple[int, ...]  # gold indices


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentResult:
    gold: GoldDocument
    predicted: tuple[PredEvent, ...]
    tallies: tuple[dict[str, Any], ...]
    alignment: Alignment


# ---------------------------------------------------------------------------------------------- gold


def _values(raw: Any) -> tuple[Scalar, ...]:
    values = tuple(raw) if isinstance(raw, list) else (raw,)
    return values or (None,)


def _span(text: str, quote: str, start: Any, where: str) -> Span:
    if not isinstance(start, int) or text[start : start + len(quote)] != quote or not quote:
        raise ConfigError(
            f"{where}: quote {quote!r} is not at offset {start!r}",
            hint="give the exact quote and its character offset in text",
        )
    return (start, start + len(quote))


def _gold_event(text: str, raw: dict[str, Any], where: str) -> GoldEvent:
    types = tuple(str(t) for t in _values(raw.get("event_type")))
    certainties = tuple(str(c) for c in _values(raw.get("certainty", _ASSERTED)))
    known_types = {t.value for t in EventType}
    known_certainties = {c.value for c in Certainty}
    if not set(types) <= known_types or not set(certainties) <= known_certainties:
        raise ConfigError(
            f"{where}: unknown event_type {types} or certainty {certainties}",
            hint="use marsad.vocab EventType and Certainty values",
        )
    trigger = str(raw.get("trigger", ""))
    mentions = tuple(
        _span(text, str(m.get("quote", "")), m.get("start"), f"{where} mention")
        for m in raw.get("mentions", [])
    )
    places = tuple(str(p) for p in raw.get("places", []))
    for p in places:
        if p not in text:
            raise ConfigError(f"{where}: place {p!r} is not in the text", hint="quote place names exactly")
    return GoldEvent(
        event_types=types,
        certainties=certainties,
        trigger=trigger,
        trigger_span=_span(text, trigger, raw.get("trigger_start"), f"{where} trigger"),
        mention_spans=mentions,
        perpetrators=_values(raw.get("perpetrator")),
        targets=_values(raw.get("target")),
        killed=_values(raw.get("killed")),
        injured=_values(raw.get("injured")),
        dates=_values(raw.get("date")),
        time_precision=raw.get("time_precision"),
        places=places,
    )


def _published(raw: Any) -> datetime | None:
    if not raw:
        return None
    value = datetime.fromisoformat(str(raw).replace("Z", "+00:00"))
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def parse_gold_line(line: str, where: str) -> GoldDocument:
    """One JSONL line of gold, validated (every quote must sit at its offset in the text)."""
    try:
        raw = json.loads(line)
        text = str(raw["text"])
        gold = raw.get("gold", {})
        published = _published(raw.get("published"))
    except (ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"{where}: not a gold document ({exc})", hint="see eval/events/README.md") from None
    events = tuple(_gold_event(text, e, f"{where} event {i}") for i, e in enumerate(gold.get("events", [])))
    tallies = tuple(
        GoldTally(
            count=int(t["count"]),
            period=str(t.get("period", "")),
            categories=tuple(t.get("categories", [])),
            source=str(t.get("source", "")),
        )
        for t in gold.get("tallies", [])
    )
    return GoldDocument(
        id=str(raw.get("id", where)),
        language=str(raw.get("language", "")),
        published=published,
        text=text,
        events=events,
        tallies=tallies,
    )


def load_gold(path: Path) -> list[GoldDocument]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror}", hint="check the path") from None
    return [parse_gold_line(line, f"{path.name}:{n}") for n, line in enumerate(lines, 1) if line.strip()]


# ---------------------------------------------------------------------------------------- prediction


def predicted_events(extraction: Extraction) -> tuple[PredEvent, ...]:
    return tuple(
        PredEvent(
            view=report_view(r),
            trigger_span=(r.trigger.span.start, r.trigger.span.end),
            perpetrator_id=r.perpetrator.actor_id if r.perpetrator else None,
            target_id=r.target.actor_id if r.target else None,
        )
        for r in extraction.reports
    )


def run_document(gold: GoldDocument, resources: ExtractionResources) -> DocumentResult:
    language = Language(gold.language) if gold.language in ("ar", "en") else Language.UNKNOWN
    doc = Document.create(text=gold.text, published=gold.published, language=language, source=gold.id)
    extraction = extract_document(doc, resources)
    predicted = predicted_events(extraction)
    return DocumentResult(
        gold=gold,
        predicted=predicted,
        tallies=tuple(tally_view(t) for t in extraction.tallies),
        alignment=align(gold.text, predicted, gold.events),
    )


# ----------------------------------------------------------------------------------------- alignment


def _family(event_type: str) -> str:
    return EVENT_TYPE_INFO[EventType(event_type)].family


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _sentence_of(sentences: Sequence[Span], pos: int) -> Span:
    for s in sentences:
        if s[0] <= pos < s[1]:
            return s
    return (pos, pos + 1)


def _greedy(candidates: list[tuple[tuple[int, ...], int, int]], used_p: set[int], used_g: set[int]) -> list[
    tuple[int, int]
]:
    pairs: list[tuple[int, int]] = []
    for _, p, g in sorted(candidates):
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            pairs.append((p, g))
    return pairs


def align(text: str, predicted: Sequence[PredEvent], gold: Sequence[GoldEvent]) -> Alignment:
    """One-to-one alignment of predicted to gold events (see the module docstring)."""
    sentences = [(s.start, s.end) for s in split_sentences(text)] if text.strip() else []
    gold_sentences = [{_sentence_of(sentences, sp[0]) for sp in g.spans} for g in gold]
    used_p: set[int] = set()
    used_g: set[int] = set()
    first: list[tuple[tuple[int, ...], int, int]] = []
    for pi, p in enumerate(predicted):
        for gi, g in enumerate(gold):
            rank = 0 if _overlaps(p.trigger_span, g.trigger_span) else (
                1 if any(_overlaps(p.trigger_span, m) for m in g.mention_spans) else -1
            )
            if rank >= 0:
                same = _family(p.event_type) in {_family(t) for t in g.event_types}
                first.append(((rank, 0 if same else 1, abs(p.trigger_span[0] - g.trigger_span[0])), pi, gi))
    pairs = _greedy(first, used_p, used_g)
    taken = [sp for _, g in pairs for sp in gold[g].spans]
    second: list[tuple[tuple[int, ...], int, int]] = []
    for pi, p in enumerate(predicted):
        if pi in used_p or any(_overlaps(p.trigger_span, sp) for sp in taken):
            continue  # it names an event already matched: a duplicate, not another event
        sentence = _sentence_of(sentences, p.trigger_span[0])
        for gi, g in enumerate(gold):
            if gi in used_g or sentence not in gold_sentences[gi]:
                continue
            if _family(p.event_type) in {_family(t) for t in g.event_types}:
                distance = min(abs(p.trigger_span[0] - sp[0]) for sp in g.spans)
                second.append(((distance,), pi, gi))
    pairs += _greedy(second, used_p, used_g)
    matched_sentences = set().union(*(gold_sentences[g] for _, g in pairs)) if pairs else set()
    duplicates: list[int] = []
    spurious: list[int] = []
    for pi, p in enumerate(predicted):
        if pi not in used_p:
            in_matched = _sentence_of(sentences, p.trigger_span[0]) in matched_sentences
            (duplicates if in_matched else spurious).append(pi)
    return Alignment(
        pairs=tuple(sorted(pairs)),
        duplicates=tuple(duplicates),
        spurious=tuple(spurious),
        missed=tuple(gi for gi in range(len(gold)) if gi not in used_g),
    )


# ------------------------------------------------------------------------------------------- scoring


def _place_key(name: str) -> str:
    return normalize_str(name).casefold().strip()


def places_match(predicted: Iterable[str], gold: Iterable[str]) -> bool:
    """Both empty, or some predicted and some gold name contain one another after normalization."""
    pk = [k for k in (_place_key(p) for p in predicted) if len(k) >= 3]
    gk = [k for k in (_place_key(g) for g in gold) if len(k) >= 3]
    if not pk and not gk:
        return True
    return any(p in g or g in p for p in pk for g in gk)


def field_correct(name: str, pred: PredEvent, gold: GoldEvent) -> bool:
    view = pred.view
    if name == "perpetrator":
        return pred.perpetrator_id in gold.perpetrators
    if name == "target":
        return pred.target_id in gold.targets
    if name in ("killed", "injured"):
        values = gold.killed if name == "killed" else gold.injured
        return view.get(name) in values
    if name == "date":
        if view.get("date") in gold.dates:
            return True
        return None in gold.dates and view.get("date_resolved_from") == "publication"
    if name == "places":
        return places_match(view.get("places") or [], gold.places)
    raise ValueError(f"unknown field {name}")


def _stated(name: str, gold: GoldEvent) -> bool:
    first: dict[str, Scalar] = {
        "perpetrator": gold.perpetrators[0],
        "target": gold.targets[0],
        "killed": gold.killed[0],
        "injured": gold.injured[0],
        "date": gold.dates[0],
        "places": gold.places[0] if gold.places else None,
    }
    return first[name] is not None


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "predicted": n_pred, "gold": n_gold, "precision": round(p, 3), "recall": round(r, 3),
            "f1": round(f, 3)}


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


@dataclass(slots=True)
class _Counts:
    """Running totals while scoring (local to one :func:`score` call)."""

    n_pred: int = 0
    n_gold: int = 0
    tp: int = 0
    pred_c: int = 0
    gold_c: int = 0
    tp_c: int = 0
    type_ok: int = 0
    family_ok: int = 0
    certainty_ok: int = 0
    duplicates: int = 0
    spurious: int = 0
    docs_with_duplicates: int = 0
    exact_count_docs: int = 0
    exact_countable_docs: int = 0
    abs_diff: int = 0
    fields: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0, 0] for f in FIELDS})
    tally_pred: int = 0
    tally_gold: int = 0
    tally_tp: int = 0
    tally_period_ok: int = 0


def _score_pairs(c: _Counts, r: DocumentResult) -> None:
    for pi, gi in r.alignment.pairs:
        p, g = r.predicted[pi], r.gold.events[gi]
        pred_asserted = p.certainty == _ASSERTED
        if g.countable and pred_asserted:
            c.tp_c += 1
        elif pred_asserted and _ASSERTED in g.certainties:
            c.pred_c -= 1  # gold allows asserted as a second reading: neither right nor wrong
        c.type_ok += p.event_type in g.event_types
        c.family_ok += _family(p.event_type) in {_family(t) for t in g.event_types}
        c.certainty_ok += p.certainty in g.certainties
        for name in FIELDS:
            ok = field_correct(name, p, g)
            totals = c.fields[name]
            totals[0] += ok
            if _stated(name, g):
                totals[1] += ok
                totals[2] += 1


def _match_tallies(c: _Counts, r: DocumentResult) -> None:
    c.tally_pred += len(r.tallies)
    c.tally_gold += len(r.gold.tallies)
    used: set[int] = set()
    for t in r.gold.tallies:
        for i, pt in enumerate(r.tallies):
            if i not in used and pt.get("count") == t.count:
                used.add(i)
                c.tally_tp += 1
                c.tally_period_ok += str(pt.get("period", "")) == t.period
                break


def score(results: Sequence[DocumentResult]) -> dict[str, Any]:
    """Every figure of the module docstring over a set of documents."""
    c = _Counts()
    for r in results:
        a = r.alignment
        n_gold_c = sum(g.countable for g in r.gold.events)
        n_pred_c = sum(p.certainty == _ASSERTED for p in r.predicted)
        c.n_pred += len(r.predicted)
        c.n_gold += len(r.gold.events)
        c.tp += len(a.pairs)
        c.pred_c += n_pred_c
        c.gold_c += n_gold_c
        c.duplicates += len(a.duplicates)
        c.spurious += len(a.spurious)
        c.docs_with_duplicates += bool(a.duplicates)
        c.exact_count_docs += len(r.predicted) == len(r.gold.events)
        c.exact_countable_docs += n_pred_c == n_gold_c
        c.abs_diff += abs(len(r.predicted) - len(r.gold.events))
        _score_pairs(c, r)
        _match_tallies(c, r)
    n_docs = len(results)
    matched = c.tp
    return {
        "documents": {
            "count": n_docs,
            "gold_events_per_doc": _ratio(c.n_gold, n_docs),
            "predicted_events_per_doc": _ratio(c.n_pred, n_docs),
            "exact_event_count_share": _ratio(c.exact_count_docs, n_docs),
            "exact_countable_count_share": _ratio(c.exact_countable_docs, n_docs),
            "mean_abs_count_error": _ratio(c.abs_diff, n_docs),
            "duplicates": c.duplicates,
            "duplicates_per_doc": _ratio(c.duplicates, n_docs),
            "docs_with_duplicates": c.docs_with_duplicates,
            "spurious": c.spurious,
        },
        "detection": {"all": prf(c.tp, c.n_pred, c.n_gold), "countable": prf(c.tp_c, c.pred_c, c.gold_c)},
        "matched": matched,
        "type_accuracy": _ratio(c.type_ok, matched),
        "family_accuracy": _ratio(c.family_ok, matched),
        "certainty_accuracy": _ratio(c.certainty_ok, matched),
        "fields": {
            name: {
                "accuracy": _ratio(t[0], matched),
                "accuracy_when_stated": _ratio(t[1], t[2]),
                "stated": t[2],
            }
            for name, t in c.fields.items()
        },
        "tallies": {
            **prf(c.tally_tp, c.tally_pred, c.tally_gold),
            "period_accuracy": _ratio(c.tally_period_ok, c.tally_tp),
        },
    }


# ------------------------------------------------------------------------------------------- details


def _brief(p: PredEvent) -> dict[str, Any]:
    v = p.view
    keys = ("event_type", "certainty", "killed", "injured", "date", "places")
    return {"trigger": v["evidence"]["trigger"]["quote"], **{k: v.get(k) for k in keys},
            "perpetrator": p.perpetrator_id or v.get("perpetrator"), "target": p.target_id or v.get("target")}


def _gold_brief(g: GoldEvent) -> dict[str, Any]:
    return {"trigger": g.trigger, "event_type": g.event_types[0], "certainty": g.certainties[0]}


def document_details(r: DocumentResult) -> dict[str, Any]:
    """Per-document alignment and the field errors on each matched pair."""
    pairs = []
    for pi, gi in r.alignment.pairs:
        p, g = r.predicted[pi], r.gold.events[gi]
        wrong = [name for name in FIELDS if not field_correct(name, p, g)]
        if p.event_type not in g.event_types:
            wrong.insert(0, "event_type")
        if p.certainty not in g.certainties:
            wrong.insert(0, "certainty")
        pairs.append({"gold": _gold_brief(g), "predicted": _brief(p), "wrong": wrong})
    return {
        "id": r.gold.id,
        "language": r.gold.language,
        "gold_events": len(r.gold.events),
        "predicted_events": len(r.predicted),
        "pairs": pairs,
        "missed": [_gold_brief(r.gold.events[i]) for i in r.alignment.missed],
        "duplicates": [_brief(r.predicted[i]) for i in r.alignment.duplicates],
        "spurious": [_brief(r.predicted[i]) for i in r.alignment.spurious],
        "tallies": {
            "gold": [t.count for t in r.gold.tallies],
            "predicted": [t.get("count") for t in r.tallies],
        },
    }


def evaluate_events(
    path: Path,
    *,
    by_language: bool = False,
    details: bool = False,
    resources: ExtractionResources | None = None,
) -> dict[str, Any]:
    """Run the extractor on every gold document of ``path`` and score it (one JSON-able dict)."""
    docs = load_gold(path)
    res = resources if resources is not None else load_resources()
    results = [run_document(d, res) for d in docs]
    out: dict[str, Any] = {"file": str(path), **score(results)}
    if by_language:
        langs = sorted({r.gold.language for r in results})
        out["by_language"] = {lang: score([r for r in results if r.gold.language == lang]) for lang in langs}
    if details:
        out["details"] = [document_details(r) for r in results]
    return out
