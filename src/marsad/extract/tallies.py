"""Tally claims: "27 attacks were recorded in April, according to an observatory".

A number followed within two words by an event noun (اعتداء, هجمات, attacks, incidents) in a sentence
that also counts (a recording verb, a period word or a month/week/year date) is a statistic, not
that many events. The claim keeps the count, the period (from the sentence's dates, resolved from the
publication date), the area (place mentions), the categories listed right after the count (mapped to
EventType values) and the source (the sentence's attribution).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from marsad.extract.context import SentenceContext
from marsad.extract.cues import CueLexicon
from marsad.extract.triggers import TriggerHit, clause_breaks
from marsad.model import Attribution, PlaceMention, TallyClaim, content_hash
from marsad.text.match import Match
from marsad.vocab import TimePrecision

PRODUCER = "extract.tallies.v1"

_GAP = re.compile(r"^[\s\W]{0,3}$")
_LIST_START = re.compile(r"[\s,:;-]*(?:بين|منها|من بينها|تتوزع|including|among them)?")


@dataclass(frozen=True, slots=True)
class Count:
    """A number in the sentence (sentence offsets) — what :mod:`marsad.text.numbers` finds."""

    start: int
    end: int
    value: int

    def shifted(self, by: int) -> Count:
        return Count(start=self.start + by, end=self.end + by, value=self.value)


@dataclass(frozen=True, slots=True)
class Period:
    """A date range in the sentence with its precision (sentence offsets)."""

    start: int
    end: int
    start_date: date
    end_date: date
    precision: TimePrecision
    relative: bool = False

    def shifted(self, by: int) -> Period:
        return Period(
            start=self.start + by, end=self.end + by, start_date=self.start_date, end_date=self.end_date,
            precision=self.precision, relative=self.relative,
        )


def find_tally(
    ctx: SentenceContext,
    *,
    lexicon: CueLexicon,
    counts: Sequence[Count],
    periods: Sequence[Period],
    triggers: Sequence[TriggerHit],
    attributions: Sequence[Attribution],
    places: Sequence[PlaceMention],
    nouns: list[Match[str]] | None = None,
) -> TallyClaim | None:
    """The sentence's tally claim, or None when it does not count events. ``nouns``: the sentence's
    tally nouns when the caller has read them already (``lexicon.tally_nouns.find_in``)."""
    ntext = ctx.ntext
    doc_text = ctx.doc.norm.text
    if nouns is None:
        nouns = lexicon.tally_nouns.find_in(doc_text, ctx.nstart, ctx.nend)
    if not nouns:
        return None
    wide_periods = [
        p for p in periods if p.precision in (TimePrecision.MONTH, TimePrecision.WEEK, TimePrecision.YEAR)
    ]
    has_context = bool(lexicon.tally_context.find_in(doc_text, ctx.nstart, ctx.nend)) or bool(wide_periods)
    if not has_context:
        return None
    for count in counts:
        if count.value < 2 or 1900 <= count.value <= 2100:
            continue
        noun = next(
            (n for n in nouns if n.start >= count.end and _GAP.match(ntext[count.end : n.start])), None
        )
        if noun is None:
            continue
        return _claim(ctx, count, noun.end, wide_periods, triggers, attributions, places)
    return None


def _claim(
    ctx: SentenceContext,
    count: Count,
    noun_end: int,
    periods: Sequence[Period],
    triggers: Sequence[TriggerHit],
    attributions: Sequence[Attribution],
    places: Sequence[PlaceMention],
) -> TallyClaim:
    ntext = ctx.ntext
    lead = _LIST_START.match(ntext, noun_end)
    list_start = lead.end() if lead else noun_end
    breaks = clause_breaks(ntext)
    categories: list[str] = []
    for _ in range(2):  # the list may follow a period phrase: "31 attacks in April, among them ..."
        list_end = next((s for s, _ in breaks if s > list_start), len(ntext))
        for h in triggers:
            rel = h.nstart - ctx.nstart
            if list_start <= rel < list_end and h.event_type.value not in categories:
                categories.append(h.event_type.value)
        if categories or list_end >= len(ntext):
            break
        nxt = _LIST_START.match(ntext, list_end)
        if nxt is None or nxt.end() <= list_end + 1:
            break  # the next clause does not open a list
        list_start = nxt.end()
    if not categories:
        categories = [h.event_type.value for h in triggers if h.nstart - ctx.nstart >= count.end][:1]
    period = min(periods, key=lambda p: abs(p.start - count.start)) if periods else None
    source = _best_source(attributions)
    evidence = ctx.doc.evidence(ctx.nstart + count.start, ctx.nstart + noun_end, PRODUCER)
    return TallyClaim(
        id=content_hash(ctx.doc.document_id, str(evidence.span.start), prefix="tal_"),
        document_id=ctx.doc.document_id,
        count=count.value,
        evidence=evidence,
        period=_period_label(period) if period else "",
        period_start=period.start_date if period else None,
        period_end=period.end_date if period else None,
        area="; ".join(dict.fromkeys(p.text for p in places)),
        categories=tuple(categories),
        source=source.source if source else "",
        source_evidence=source.evidence if source else None,
    )


def _best_source(attributions: Sequence[Attribution]) -> Attribution | None:
    if not attributions:
        return None
    # A named source (an observatory, an agency) beats a generic one ("reports", "sources").
    generic = {"reports", "sources", "media"}
    known = [a for a in attributions if a.source != a.evidence.quote]  # canonical names from the list
    named = [a for a in known if a.source not in generic]
    return (named or known or list(attributions))[0]


def _period_label(p: Period) -> str:
    if p.precision is TimePrecision.MONTH:
        return p.start_date.strftime("%Y-%m")
    if p.precision is TimePrecision.YEAR:
        return str(p.start_date.year)
    if p.precision is TimePrecision.WEEK:
        iso = p.start_date.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    return p.start_date.isoformat()
