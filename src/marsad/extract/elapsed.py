"""Incidents an interval apart ("a week after a roadside bomb killed two soldiers", "بعد يومين من قصف
مسيّرة ...", "two days before a bomb ...", "Two days later, ...", "وفي اليوم التالي، ..."): each its own
incident, dated from the other (:mod:`marsad.text.intervals` for the phrases and their kinds).

- :func:`split_at_intervals`: a cluster whose words stand both inside the words an ``earlier``, ``prior`` or
  ``later`` phrase governs and outside them is two incidents ("قتل مسلحون مختار القرية يوم الاثنين، بعد
  أسبوع من مقتل جنديين بانفجار عبوة ناسفة" is a killing on Monday and a bombing a week before), each with
  its part of the sentence.
- :func:`elapsed_date`: the governed incident's day is the other's day minus (``earlier``) or plus
  (``later``) the interval; the words before a ``prior`` phrase ("a man who had been abducted a week
  earlier", "جثة رجل اختطف قبل أسبوع") are an incident the interval before the day the sentence tells the
  other incident on (else the document's, else publication); a ``sequel`` clause's incident is the interval
  after the incident told before it (a date earlier in the sentence or document, never the publication day);
  a day its own words name stands; none when the interval is vague ("days after": the text names no day for
  it); a day after publication is never computed.

The document pipeline applies both; the incident detector's features never see the split.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import accumulate

from marsad.extract.context import SentenceContext
from marsad.extract.coreference import definite_at
from marsad.extract.cues import CueLexicon
from marsad.extract.reading import ClusterReading, SentenceReading, part_reading
from marsad.extract.triggers import EVENT, TriggerHit, TriggerLexicon, cluster_triggers
from marsad.model import ActorMention, EventDate, EventReport
from marsad.text.intervals import ElapsedInterval, shifted_range
from marsad.vocab import Certainty

PRODUCER = "extract.elapsed.v1"

# (normalized document start, end) -> whether a date there may date the incident
DateKeep = Callable[[int, int], bool]
# the pipeline's date finder: (anchor, certainty, keep) -> the date it would give
DateFinder = Callable[[int, Certainty, DateKeep], EventDate | None]


class Governed:
    """A sentence's interval phrases (sentence offsets, in order) and the words each governs, with the
    lookups the pipeline needs (earlier, later and sequel phrases by binary search)."""

    def __init__(self, sctx: SentenceContext, intervals: Sequence[ElapsedInterval]) -> None:
        self.sctx = sctx
        # phrases that govern another incident's words (earlier, later), prior words, and sequel clauses
        self.intervals = [iv for iv in intervals if iv.kind in ("earlier", "later")]
        self.priors = [iv for iv in intervals if iv.kind == "prior"]
        self.sequels = sorted((iv for iv in intervals if iv.kind == "sequel"), key=lambda iv: iv.scope_start)
        self._starts = [iv.start for iv in self.intervals]
        self._ends = [iv.end for iv in self.intervals]
        self._sequel_starts = [iv.scope_start for iv in self.sequels]
        # the governed words in original offsets, with the running farthest end (scopes may overlap)
        spans = sorted((sctx.doc.evidence(sctx.nstart + iv.scope_start, sctx.nstart + iv.scope_end,
                                          PRODUCER).span for iv in self.intervals + self.priors),
                       key=lambda sp: sp.start)
        self._span_starts = [sp.start for sp in spans]
        self._reach = list(accumulate((sp.end for sp in spans), max))

    def around(self, start: int, end: int) -> list[ElapsedInterval]:
        """The phrases a cluster spanning sentence offsets [start, end) may straddle: those that open
        inside it, and a fronted phrase whose governed words end inside it."""
        priors = [iv for iv in self.priors if start < max(iv.end, iv.scope_end) and iv.scope_start < end]
        if not self.intervals:
            return priors
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        found = self.intervals[lo:hi]
        first = self.intervals[0]
        if lo > 0 and start < first.scope_end <= end:
            found.insert(0, first)
        return found + priors

    def governing(self, at: int) -> ElapsedInterval | None:
        """The phrase that dates a trigger at sentence offset ``at``: the nearest earlier or later phrase
        before it whose governed words hold it, else a prior phrase's words, else the sequel clause."""
        i = bisect_right(self._ends, at) - 1
        if i >= 0 and at < self.intervals[i].scope_end:
            return self.intervals[i]
        prior = next((iv for iv in self.priors if iv.scope_start <= at < iv.scope_end), None)
        if prior is not None:
            return prior
        k = bisect_right(self._sequel_starts, at) - 1
        sequel = self.sequels[k] if k >= 0 else None
        if sequel is not None and at < sequel.scope_end and not sequel.start <= at < sequel.end:
            return sequel
        return None

    def sequel_of(self, cr: ClusterReading) -> bool:
        """Whether the cluster tells a sequel's incident ("Two days later, a roadside bomb ..."): it stands
        in a sequel clause and names an incident of its own (an event or weapon word)."""
        iv = self.governing(cr.cluster.anchor.nstart - self.sctx.nstart)
        return iv is not None and iv.kind == "sequel" and _names_incident(cr, self.sctx.doc.norm.text)

    def tells_another_time(self, cr: ClusterReading) -> bool:
        """Whether the cluster stands in the words an earlier, later or prior phrase governs ("Gunmen killed a
        shepherd a week after the attack"): another incident than the rest of its sentence, at another
        time, whatever its wording (coreference never merges it into its sentence's other incidents)."""
        iv = self.governing(cr.cluster.anchor.nstart - self.sctx.nstart)
        return iv is not None and iv.kind != "sequel"

    def holds(self, actor: ActorMention | None) -> bool:
        """Whether an actor was read from the words an earlier, later or prior phrase governs."""
        if actor is None or not self._span_starts:
            return False
        i = bisect_right(self._span_starts, actor.evidence.span.start) - 1
        return i >= 0 and actor.evidence.span.start < self._reach[i]


def _names_incident(cr: ClusterReading, ntext: str) -> bool:
    """The cluster names an incident of its own: an event or weapon word, its anchor no definite noun
    that tells the incident before again ("Two days later, the death toll of the attack rose to five")."""
    anchor = cr.cluster.anchor
    if anchor.mention == EVENT and definite_at(ntext, anchor.nstart, anchor.nend):
        return False
    return any(h.head for h in cr.cluster.hits)


def _inside(iv: ElapsedInterval, hit: TriggerHit, n0: int) -> bool:
    return iv.scope_start <= hit.nstart - n0 < iv.scope_end


def _region(iv: ElapsedInterval) -> tuple[int, int]:
    """The phrase with the words it governs (before it for a prior phrase, after it for the others)."""
    return min(iv.start, iv.scope_start), max(iv.end, iv.scope_end)


def split_at_intervals(
    reading: SentenceReading,
    governed: Governed,
    triggers: TriggerLexicon,
    cues: CueLexicon,
) -> SentenceReading:
    """The reading with each cluster that straddles an interval phrase split into the earlier incident
    (the governed words, which must hold a strong event or weapon word) and the later one (the words
    before the phrase, or after the governed clause when the phrase is fronted)."""
    if not (governed.intervals or governed.priors) or not reading.clusters:
        return reading  # (a sequel clause is one incident: nothing to split)
    ctx = reading.ctx
    n0 = ctx.nstart
    readings: list[ClusterReading] = []
    cuts: list[tuple[int, int]] = []
    parts: list[tuple[ClusterReading, list[tuple[list[TriggerHit], tuple[int, int]]]]] = []
    for cr in reading.clusters:
        seg = cr.segment or (0, ctx.nend - n0)
        split = None
        for iv in governed.around(cr.cluster.nstart - n0, cr.cluster.nend - n0):
            lo, hi = _region(iv)
            inner = [h for h in cr.cluster.hits if _inside(iv, h, n0)]
            outer = [h for h in cr.cluster.hits if not lo <= h.nstart - n0 < hi]
            if not any(h.head for h in inner) or not outer:
                continue
            if iv.kind == "prior":  # told around the earlier clause ("The body of a man kidnapped ... was
                later = seg  # found"): the later incident keeps the whole part
            elif all(h.nstart - n0 < lo for h in outer):
                later = (seg[0], max(seg[0], min(seg[1], lo)))
            elif all(h.nstart - n0 >= hi for h in outer):
                later = (min(seg[1], hi), seg[1])
            else:
                continue  # words of the later incident on both sides: leave the cluster whole
            split = [(outer, later), (inner, (max(seg[0], lo), min(seg[1], hi)))]
            cuts.append((iv.start, iv.end))
            break
        parts.append((cr, split or []))
    if not cuts:
        return reading
    breaks = sorted(reading.breaks + cuts)
    for cr, split in parts:
        if not split:
            readings.append(cr)
            continue
        for hits, segment in split:
            clusters = cluster_triggers(hits, triggers)
            readings += [part_reading(reading, c, segment, breaks, cues) for c in clusters]
    readings.sort(key=lambda r: r.cluster.nstart)
    return replace(reading, clusters=tuple(readings), breaks=breaks)


def elapsed_date(
    report: EventReport, cr: ClusterReading, governed: Governed, find_date: DateFinder
) -> EventReport:
    """``report`` dated from the incident an interval phrase ties it to, when its trigger stands in the
    words the phrase governs ("a day after gunmen kidnapped ..."): the other incident's day (the date
    outside the governed words nearest the phrase, else the document's or the publication day) minus
    or plus the interval; in a sequel clause ("Two days later, a roadside bomb ..."), the day of the
    incident told before plus the interval. A day named inside the governed words stands.

    Actors: the later incident's perpetrator and target never come from the governed words ("The protest
    came a day after gunmen kidnapped a pharmacist": the gunmen did not protest). The earlier incident
    keeps what the role reading gives it, from outside the governed words too: its victims and agents
    are often the later one's, named once ("قُتل ... بعد يومين من اختطافه", "killed two days after
    kidnapping him")."""
    sctx = governed.sctx
    n0 = sctx.nstart
    anchor = cr.cluster.anchor.nstart
    iv = governed.governing(anchor - n0)
    if iv is None:  # the other incident: no actor of the governed words
        if not governed.holds(report.perpetrator) and not governed.holds(report.target):
            return report
        return replace(
            report,
            perpetrator=None if governed.holds(report.perpetrator) else report.perpetrator,
            target=None if governed.holds(report.target) else report.target,
        )
    sequel = iv.kind == "sequel"
    if sequel and not _names_incident(cr, sctx.doc.norm.text):
        return report  # casualty or weapon words only: they tell the earlier incident's outcome
    a, b = n0 + iv.scope_start, n0 + iv.scope_end
    p, q = n0 + iv.start, n0 + iv.end  # the phrase names no day of its own ("اليوم" of "اليوم التالي")
    own = find_date(anchor, report.certainty, lambda s, e: a <= s and e <= b and not (p <= s < q))
    if own is not None and own.resolved_from in ("explicit", "relative"):
        return replace(report, date=own)
    if sequel:  # the incident told before: a date before the clause, else the document's
        ref = find_date(anchor, Certainty.ASSERTED, lambda s, e: e <= a and not (p <= s < q))
        if ref is None or ref.resolved_from == "publication":
            return report  # no day to count from
    else:  # the incident it is tied to: a day outside the governed words, else the document's
        ref = find_date(p, Certainty.ASSERTED, lambda s, e: not (a <= s < b) and not (p <= s < q))
    found = None if ref is None else shifted_range(ref.start, ref.end, ref.precision, iv)
    if found is None:
        return replace(report, date=None)
    start, end, precision = found
    published = sctx.doc.published
    if published is not None and start > published:
        return report  # never a day after publication
    evidence = sctx.doc.evidence(p, q, PRODUCER)
    day = EventDate(start=start, end=end, precision=precision, evidence=evidence, resolved_from="relative")
    return replace(report, date=day)
