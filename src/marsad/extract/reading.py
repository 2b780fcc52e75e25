"""Reading one sentence: triggers, their clusters, each cluster's certainty, and detector features.

Shared by the document pipeline and the sentence-level evaluation, so both score the same logic.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from marsad.extract.certainty import CertaintyDecision, decide_certainty, find_cues, has_pluperfect
from marsad.extract.context import SentenceContext
from marsad.extract.cues import CertaintyCue, CueLexicon
from marsad.extract.detect import LinearModel, stem, text_features
from marsad.extract.triggers import (
    TriggerCluster,
    TriggerHit,
    TriggerLexicon,
    clause_breaks,
    cluster_triggers,
    find_triggers,
    group_of,
    split_coordinated,
    split_sequences,
)
from marsad.text.match import Match
from marsad.vocab import Certainty, EventType

_RECENT = re.compile(
    r"(?:^|\s)[وف]?(?:امس|اليوم|فجر|صباح|مساء|ليل|الليله|yesterday|today|overnight"
    r"|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
)
_DIGIT = re.compile(r"\d")
_TOKEN = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)

# Which evaluation task a trigger group serves.
TASK_GROUP = {"assault": "violence", "protest": "protest"}


@dataclass(frozen=True, slots=True)
class ClusterReading:
    cluster: TriggerCluster
    certainty: CertaintyDecision
    # the part of the sentence (sentence offsets) that is this incident's when the sentence tells two
    # or more ("... an ambush near A on Monday and a drone strike in B on Tuesday"); None: all of it
    segment: tuple[int, int] | None = None
    # one of the incidents a coordinator separates (:func:`split_incidents`): coreference never merges
    # it into another incident of its sentence, even when told by its weapon ("while a roadside bomb
    # wounded three soldiers in B")
    coordinated: bool = False

    @property
    def event_type(self) -> EventType:
        return self.cluster.event_type


@dataclass(frozen=True, slots=True, eq=False)
class SentenceReading:
    ctx: SentenceContext
    hits: tuple[TriggerHit, ...]
    clusters: tuple[ClusterReading, ...]
    cue_kinds: frozenset[Certainty]
    # the sentence's clause breaks (triggers.clause_breaks), read once for every stage (empty: no hits)
    breaks: list[tuple[int, int]] = field(default_factory=list)
    cues: tuple[Match[CertaintyCue], ...] = ()  # the sentence's certainty cues (sentence offsets)

    def cluster_for(self, group: str) -> ClusterReading | None:
        return next((c for c in self.clusters if group_of(c.event_type) == group), None)


def read_sentence(ctx: SentenceContext, triggers: TriggerLexicon, cues: CueLexicon) -> SentenceReading:
    ntext = ctx.ntext
    hits = find_triggers(ctx, triggers)
    if not hits:
        return SentenceReading(ctx=ctx, hits=(), clusters=(), cue_kinds=frozenset())
    cue_hits = find_cues(ntext, cues, doc_text=ctx.doc.norm.text, nstart=ctx.nstart)
    breaks = clause_breaks(ntext)
    clusters, connectives = split_sequences(cluster_triggers(hits, triggers), ctx.doc.norm.text, triggers)
    if connectives:  # "The thwarted attack came weeks after a bomber blew himself up": two clauses
        breaks = sorted(breaks + [(a - ctx.nstart, b - ctx.nstart) for a, b in connectives])
    readings = []
    for cluster in clusters:
        decision = decide_certainty(
            cluster,
            ntext=ntext,
            sentence_nstart=ctx.nstart,
            breaks=breaks,
            cues=cue_hits,
            lexicon=cues,
            published=ctx.doc.published,
        )
        segment = _between(connectives, cluster, ctx) if connectives else None
        readings.append(ClusterReading(cluster, decision, segment))
    return SentenceReading(
        ctx=ctx,
        hits=tuple(hits),
        clusters=tuple(readings),
        cue_kinds=frozenset(m.payload.certainty for m in cue_hits),
        breaks=breaks,
        cues=tuple(cue_hits),
    )


def _between(
    connectives: list[tuple[int, int]], cluster: TriggerCluster, ctx: SentenceContext
) -> tuple[int, int]:
    """The sentence part (sentence offsets) between the connectives around the cluster."""
    start = max((b for a, b in connectives if b <= cluster.nstart), default=ctx.nstart)
    end = min((a for a, b in connectives if a >= cluster.nend), default=ctx.nend)
    return start - ctx.nstart, end - ctx.nstart


def split_incidents(
    reading: SentenceReading,
    triggers: TriggerLexicon,
    cues: CueLexicon,
    separate: Callable[[tuple[int, int], tuple[int, int]], str],
) -> SentenceReading:
    """The reading with each violence cluster split into the incidents a coordinator or contrast marker
    separates (:func:`marsad.extract.triggers.split_coordinated`; ``separate`` (sentence offsets):
    "day" when each side has its own day, "place" when each has its own place, "" when neither). Each
    part keeps its segment and its own certainty, the coordinator a clause break. The document
    pipeline reads it; the incident detector's features do not (they come from
    :func:`read_sentence`)."""
    ctx = reading.ctx
    if triggers.coordination is None or not reading.clusters:
        return reading
    text = ctx.doc.norm.text
    n0 = ctx.nstart

    def separate_doc(left: tuple[int, int], right: tuple[int, int]) -> str:
        return separate((left[0] - n0, left[1] - n0), (right[0] - n0, right[1] - n0))

    split: list[tuple[ClusterReading, list[tuple[TriggerCluster, tuple[int, int]]]]] = []
    for cr in reading.clusters:
        seg = cr.segment or (0, ctx.nend - n0)
        parts = split_coordinated(cr.cluster, text, triggers, (seg[0] + n0, seg[1] + n0), separate_doc)
        split.append((cr, parts))
    if all(len(parts) == 1 for _, parts in split):
        return reading
    cuts = sorted({b[0] - n0 for _, parts in split if len(parts) > 1 for _, b in parts[1:]})
    # the coordinator is a clause break (an empty span: "and", "و" stay words of the new clause)
    breaks = sorted(reading.breaks + [(c, c) for c in cuts])
    readings: list[ClusterReading] = []
    for cr, parts in split:
        if len(parts) == 1:
            readings.append(cr)
            continue
        readings += [part_reading(reading, c, (a - n0, b - n0), breaks, cues) for c, (a, b) in parts]
    readings.sort(key=lambda r: r.cluster.nstart)
    return replace(reading, clusters=tuple(readings), breaks=breaks)


def part_reading(
    reading: SentenceReading,
    cluster: TriggerCluster,
    segment: tuple[int, int],
    breaks: list[tuple[int, int]],
    cues: CueLexicon,
) -> ClusterReading:
    """One of the incidents a split sentence tells (``segment``: its part, sentence offsets), with the
    certainty its own words give it (``breaks`` include the split points)."""
    ctx = reading.ctx
    decision = decide_certainty(
        cluster,
        ntext=ctx.ntext,
        sentence_nstart=ctx.nstart,
        breaks=breaks,
        cues=list(reading.cues),
        lexicon=cues,
        published=ctx.doc.published,
    )
    return ClusterReading(cluster, decision, segment, coordinated=True)


def detector_features(reading: SentenceReading, group: str) -> list[str]:
    """Features for the incident model: word n-grams plus what the rules read in the sentence."""
    ntext = reading.ctx.ntext
    feats = text_features(ntext)
    cr = reading.cluster_for(group)
    if cr is not None:
        feats.append(f"A:{cr.event_type.value}")
        feats.append(f"C:{cr.certainty.certainty.value}")
        feats.append("S:strong" if cr.cluster.strong else "S:weak")
        feats.append(f"N:{min(len(cr.cluster.hits), 4)}")
        rel = cr.cluster.anchor.nstart - reading.ctx.nstart
        feats.append(f"P:{min(4, rel * 5 // max(1, len(ntext)))}")
        for h in cr.cluster.hits:
            feats += _context_features(reading.ctx, h)
    feats += [f"T:{h.event_type.value}" for h in reading.hits]
    feats += [f"Q:{c.value}" for c in reading.cue_kinds]
    if _RECENT.search(ntext):
        feats.append("R:recent")
    if _DIGIT.search(ntext):
        feats.append("R:digit")
    if has_pluperfect(ntext):
        feats.append("R:pluperfect")
    return feats


def _context_features(ctx: SentenceContext, hit: TriggerHit) -> list[str]:
    """The trigger word itself and its neighbouring word stems (voice, predicate position)."""
    before = ctx.doc.norm.text[max(ctx.nstart, hit.nstart - 40) : hit.nstart]
    after = ctx.doc.norm.text[hit.nend : min(ctx.nend, hit.nend + 40)]
    prev = _TOKEN.findall(before)
    nxt = _TOKEN.findall(after)
    word = ctx.doc.norm.text[hit.nstart : hit.nend]
    out = [f"H:{hit.pattern}", f"HW:{word}"]
    out.append(f"HP:{stem(prev[-1]) if prev else '^'}")
    out.append(f"HN:{stem(nxt[0]) if nxt else '$'}")
    if not prev or len(prev) <= 1:
        out.append(f"HS:{hit.event_type.value}")
    return out


def is_incident(reading: SentenceReading, group: str, model: LinearModel | None) -> bool:
    """The sentence reports an incident of the group: a trigger, and the model (if any) agrees."""
    cr = reading.cluster_for(group)
    if cr is None:
        return False
    if model is None:
        return cr.certainty.certainty is Certainty.ASSERTED
    return model.probability(detector_features(reading, group)) >= model.threshold
