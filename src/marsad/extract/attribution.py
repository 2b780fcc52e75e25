"""Attribution: who reports, claims, accuses or denies, read from one sentence.

- Prepositions (حسب, بحسب, وفقا ل, "according to") take the words after them as the source.
- Reporting verbs (قال, أفاد, أكد) take their subject: in Arabic the words after the verb up to
  إن/أن (verb-subject order), in English the words before "said" (subject-verb order).
- The source words are looked up in the known-source list (observatory, agencies, "sources",
  "analysts"); otherwise the mention text itself is the source.
- The kind is CLAIMS_RESPONSIBILITY with a claim cue, DENIES with a denial, ACCUSES when the sentence
  carries an accusation, else REPORTS.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice
from typing import Any

from marsad.extract.context import SentenceContext
from marsad.extract.cues import CueLexicon
from marsad.model import Attribution
from marsad.text.match import Match
from marsad.vocab import AttributionKind, Certainty

PRODUCER = "extract.attribution.v1"

_WORD = re.compile(r"\w+", re.UNICODE)
_STOP_AR = frozenset(
    {
        "ان",
        "انه",
        "انها",
        "بان",
        "بانه",
        "بانها",
        "لان",
        "امس",
        "اليوم",
        "في",
        "عن",
        "من",
        "الي",
        "علي",
        "ل",
        "بهذا",
        "الشان",
        "ايضا",
    }
)
_STOP_EN = frozenset(
    {"that", "on", "in", "yesterday", "today", "the", "a", "an", "also", "it", "he", "she", "they"}
)
_BREAK = re.compile(r"[,;:.!?\"«»()\n]")
_MAX_WORDS = 6


@dataclass(frozen=True, slots=True)
class SourceSpan:
    """A source mention: canonical name ("" when unknown) and sentence offsets."""

    name: str
    start: int
    end: int


def find_attributions(
    ctx: SentenceContext, lexicon: CueLexicon, *, stance: Certainty | None = None, arabic: bool = True
) -> list[Attribution]:
    """Every attribution in the sentence. ``stance`` (the sentence's certainty for its events) turns
    plain reporting into ACCUSES (alleged) or DENIES (denied)."""
    doc_text = ctx.doc.norm.text
    stance_hits = lexicon.stance.find_in(doc_text, ctx.nstart, ctx.nend)
    claimers = [m for m in stance_hits if m.payload is AttributionKind.CLAIMS_RESPONSIBILITY]
    anchors: list[Match[Any]] = lexicon.reporting.find_in(doc_text, ctx.nstart, ctx.nend)
    if not anchors and not claimers:
        return []  # no reporting verb and no claim: nothing to attribute (most sentences)
    ntext = ctx.ntext
    out: list[Attribution] = []
    seen: set[tuple[str, int]] = set()
    kind = _kind_for(ntext, stance_hits, stance)
    if kind is AttributionKind.CLAIMS_RESPONSIBILITY:
        anchors += claimers
    for m in sorted(anchors, key=lambda a: a.start):
        if m.payload in ("prep", AttributionKind.CLAIMS_RESPONSIBILITY) or arabic:
            span = _window_after(ntext, m.end)
        else:
            span = _window_before(ntext, m.start)
        if span is None:
            continue
        src = _name_source(ntext, span[0], span[1], lexicon, arabic, doc_text, ctx.nstart)
        if src is None or (src.name, src.start) in seen:
            continue
        seen.add((src.name, src.start))
        ev = ctx.doc.evidence(ctx.nstart + src.start, ctx.nstart + src.end, PRODUCER)
        out.append(Attribution(kind=kind, source=src.name or ev.quote, evidence=ev))
    return out


_CLAIM_OBJECT = re.compile(
    r"^\W*(?:\w+\W+){0,3}?\w*(?:مسوولي|هجوم|هجمات|عملي|تفجير|اعتداء|اغتيال|attack|bombing)"
)


def _kind_for(
    ntext: str, stance_hits: list[Match[AttributionKind]], stance: Certainty | None
) -> AttributionKind:
    kinds: set[AttributionKind] = set()
    for m in stance_hits:
        # bare "تبنى" (adopted) claims only with an attack noun or "responsibility" right after it
        if (
            m.payload is AttributionKind.CLAIMS_RESPONSIBILITY
            and " " not in m.pattern
            and m.pattern.startswith("تبن")
            and not _CLAIM_OBJECT.match(ntext[m.end : m.end + 60])
        ):
            continue
        kinds.add(m.payload)
    if AttributionKind.CLAIMS_RESPONSIBILITY in kinds:
        return AttributionKind.CLAIMS_RESPONSIBILITY
    if AttributionKind.DENIES in kinds or stance is Certainty.DENIED:
        return AttributionKind.DENIES
    if AttributionKind.ACCUSES in kinds or stance is Certainty.ALLEGED:
        return AttributionKind.ACCUSES
    return AttributionKind.REPORTS


def _window_after(ntext: str, pos: int) -> tuple[int, int] | None:
    stop = _BREAK.search(ntext, pos, min(len(ntext), pos + 120))
    limit = stop.start() if stop else min(len(ntext), pos + 120)
    words = islice(_WORD.finditer(ntext, pos, limit), _MAX_WORDS)
    kept: list[re.Match[str]] = []
    for w in words:
        if w.group() in _STOP_AR and kept:
            break
        if w.group() in _STOP_AR:
            continue
        kept.append(w)
    if not kept:
        return None
    return kept[0].start(), kept[-1].end()


def _window_before(ntext: str, pos: int) -> tuple[int, int] | None:
    lo = max(0, pos - 120)
    breaks = list(_BREAK.finditer(ntext, lo, pos))
    start = breaks[-1].end() if breaks else lo
    words = [w for w in _WORD.finditer(ntext, start, pos) if w.group() not in _STOP_EN][-_MAX_WORDS:]
    if not words:
        return None
    return words[0].start(), words[-1].end()


def _name_source(
    ntext: str, start: int, end: int, lexicon: CueLexicon, arabic: bool, doc_text: str, nstart: int
) -> SourceSpan | None:
    window = ntext[start:end]
    hits = lexicon.sources.find_in(doc_text, nstart + start, nstart + end)
    if hits:
        best = max(hits, key=lambda h: (h.stem_end - h.stem_start, -h.start))
        return SourceSpan(best.payload, start + best.start, start + best.end)
    words = list(_WORD.finditer(window))[: 4 if arabic else _MAX_WORDS]
    if not words:
        return None
    s, e = start + words[0].start(), start + words[-1].end()
    return SourceSpan("", s, e)  # unknown source: the caller quotes the original text
