"""An incident told as the earlier one of two, an interval apart ("a week after a roadside bomb killed two
soldiers", "بعد يومين من قصف مسيّرة ..."): its own incident, dated from the later one.

- :func:`split_at_intervals`: a cluster whose words stand both inside the words an interval phrase governs
  and outside them is two incidents ("قتل مسلحون مختار القرية يوم الاثنين، بعد أسبوع من مقتل جنديين بانفجار
  عبوة ناسفة" is a killing on Monday and a bombing a week before), each with its part of the sentence.
- :func:`elapsed_date`: the governed incident's day is the later incident's day minus the interval
  (:func:`marsad.text.intervals.earlier_range`), unless its own words name a day; none when the interval
  is vague ("days after": the text names no day for it).

The document pipeline applies both; the incident detector's features never see the split.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import accumulate

from marsad.extract.context import SentenceContext
from marsad.extract.cues import CueLexicon
from marsad.extract.reading import ClusterReading, SentenceReading, part_reading
from marsad.extract.triggers import EVENT, INSTRUMENT, TriggerHit, TriggerLexicon, cluster_triggers
from marsad.model import ActorMention, EventDate, EventReport
from marsad.text.intervals import ElapsedInterval, earlier_range
from marsad.vocab import Certainty

PRODUCER = "extract.elapsed.v1"

# (normalized document start, end) -> whether a date there may date the incident
DateKeep = Callable[[int, int], bool]
# the pipeline's date finder: (anchor, certainty, keep) -> the date it would give
DateFinder = Callable[[int, Certainty, DateKeep], EventDate | None]


class Governed:
    """A sentence's interval phrases (sentence offsets, in order) and the words each governs, with the
    lookups the pipeline needs done by binary search (a long sentence with many phrases stays linear)."""

    def __init__(self, sctx: SentenceContext, intervals: Sequence[ElapsedInterval]) -> None:
        self.sctx = sctx
        self.intervals = list(intervals)
        self._starts = [iv.start for iv in self.intervals]
        self._ends = [iv.end for iv in self.intervals]
        # the governed words in original offsets, with the running farthest end (scopes may overlap)
        spans = [sctx.doc.evidence(sctx.nstart + iv.end, sctx.nstart + iv.scope_end, PRODUCER).span
                 for iv in self.intervals]
        self._span_starts = [sp.start for sp in spans]
        self._reach = list(accumulate((sp.end for sp in spans), max))

    def around(self, start: int, end: int) -> list[ElapsedInterval]:
        """The phrases a cluster spanning sentence offsets [start, end) may straddle: those that open
        inside it, and a fronted phrase whose governed words end inside it."""
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        found = self.intervals[lo:hi]
        first = self.intervals[0]
        if lo > 0 and start < first.scope_end <= end:
            found.insert(0, first)
        return found

    def governing(self, at: int) -> ElapsedInterval | None:
        """The nearest phrase before sentence offset ``at`` whose governed words hold it."""
        i = bisect_right(self._ends, at) - 1
        if i >= 0 and at < self.intervals[i].scope_end:
            return self.intervals[i]
        return None

    def holds(self, actor: ActorMention | None) -> bool:
        """Whether an actor was read from governed words."""
        if actor is None:
            return False
        i = bisect_right(self._span_starts, actor.evidence.span.start) - 1
        return i >= 0 and actor.evidence.span.start < self._reach[i]


def _inside(iv: ElapsedInterval, hit: TriggerHit, n0: int) -> bool:
    return iv.end <= hit.nstart - n0 < iv.scope_end


def split_at_intervals(
    reading: SentenceReading,
    governed: Governed,
    triggers: TriggerLexicon,
    cues: CueLexicon,
) -> SentenceReading:
    """The reading with each cluster that straddles an interval phrase split into the earlier incident
    (the governed words, which must hold a strong event or weapon word) and the later one (the words
    before the phrase, or after the governed clause when the phrase is fronted)."""
    if not governed.intervals or not reading.clusters:
        return reading
    ctx = reading.ctx
    n0 = ctx.nstart
    readings: list[ClusterReading] = []
    cuts: list[tuple[int, int]] = []
    parts: list[tuple[ClusterReading, list[tuple[list[TriggerHit], tuple[int, int]]]]] = []
    for cr in reading.clusters:
        seg = cr.segment or (0, ctx.nend - n0)
        split = None
        for iv in governed.around(cr.cluster.nstart - n0, cr.cluster.nend - n0):
            inner = [h for h in cr.cluster.hits if _inside(iv, h, n0)]
            outer = [h for h in cr.cluster.hits if not iv.start <= h.nstart - n0 < iv.scope_end]
            heads = [h for h in inner if h.strong and h.mention in (EVENT, INSTRUMENT)]
            if not heads or not outer:
                continue
            if all(h.nstart - n0 < iv.start for h in outer):
                later = (seg[0], max(seg[0], min(seg[1], iv.start)))
            elif all(h.nstart - n0 >= iv.scope_end for h in outer):
                later = (min(seg[1], iv.scope_end), seg[1])
            else:
                continue  # words of the later incident on both sides: leave the cluster whole
            split = [(outer, later), (inner, (max(seg[0], iv.start), min(seg[1], iv.scope_end)))]
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
    words the phrase governs ("a day after gunmen kidnapped ..."): the later incident's day (the date
    outside the governed words nearest the phrase, else the document's or the publication day) minus
    the interval. A day named inside the governed words stands.

    Actors: the later incident's perpetrator and target never come from the governed words ("The protest
    came a day after gunmen kidnapped a pharmacist": the gunmen did not protest). The earlier incident
    keeps what the role reading gives it, from outside the governed words too: its victims and agents
    are often the later one's, named once ("قُتل ... بعد يومين من اختطافه", "killed two days after
    kidnapping him")."""
    sctx = governed.sctx
    n0 = sctx.nstart
    iv = governed.governing(cr.cluster.anchor.nstart - n0)
    if iv is None:  # the later incident: no actor of the governed words
        if not governed.holds(report.perpetrator) and not governed.holds(report.target):
            return report
        return replace(
            report,
            perpetrator=None if governed.holds(report.perpetrator) else report.perpetrator,
            target=None if governed.holds(report.target) else report.target,
        )
    a, b = n0 + iv.end, n0 + iv.scope_end
    own = find_date(cr.cluster.anchor.nstart, report.certainty, lambda s, e: a <= s and e <= b)
    if own is not None and own.resolved_from in ("explicit", "relative"):
        return replace(report, date=own)
    later = find_date(n0 + iv.start, Certainty.ASSERTED, lambda s, e: not (a <= s < b))
    found = None if later is None else earlier_range(later.start, later.end, later.precision, iv)
    if found is None:
        return replace(report, date=None)
    start, end, precision = found
    evidence = sctx.doc.evidence(n0 + iv.start, n0 + iv.end, PRODUCER)
    day = EventDate(start=start, end=end, precision=precision, evidence=evidence, resolved_from="relative")
    return replace(report, date=day)
