"""Cut a report's source sentence into plain and highlighted pieces for the event page.

Every piece is text of the original document (templates escape it); highlighted pieces name what
they are evidence of (trigger, actor, place, date, casualty, source, certainty).
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.model import EventReport, Evidence

__all__ = ["Piece", "evidence_spans", "sentence_pieces"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Piece:
    text: str
    kind: str = ""  # "" for plain text
    note: str = ""  # the producer, shown as a tooltip


def evidence_spans(report: EventReport) -> list[tuple[str, Evidence]]:
    """Every piece of evidence in the report with what it supports (trigger first)."""
    out: list[tuple[str, Evidence]] = [("trigger", report.trigger)]
    for actor in (report.perpetrator, report.target):
        if actor is not None:
            out.append(("actor", actor.evidence))
    out += [("place", p.evidence) for p in report.places]
    if report.date is not None and report.date.evidence is not None:
        out.append(("date", report.date.evidence))
    out += [("casualty", c.evidence) for c in report.casualties]
    out += [("source", a.evidence) for a in report.attributions]
    if report.certainty_evidence is not None:
        out.append(("certainty", report.certainty_evidence))
    return out


def sentence_pieces(report: EventReport, document_text: str) -> list[Piece]:
    """The sentence as pieces; evidence spans inside it are highlighted, overlaps go to the earlier
    (then longer) span. When the stored text does not match the quote, the quote is shown plain."""
    s = report.sentence.span
    if document_text[s.start : s.end] != report.sentence.quote:
        return [Piece(text=report.sentence.quote)]
    spans = sorted(
        ((ev.span.start, ev.span.end, kind, ev.producer) for kind, ev in evidence_spans(report)
         if s.start <= ev.span.start and ev.span.end <= s.end and ev.span.end > ev.span.start),
        key=lambda t: (t[0], -(t[1] - t[0])),
    )  # fmt: skip
    pieces: list[Piece] = []
    pos = s.start
    for start, end, kind, producer in spans:
        if start < pos:
            continue  # overlaps a span already shown
        if start > pos:
            pieces.append(Piece(text=document_text[pos:start]))
        pieces.append(Piece(text=document_text[start:end], kind=kind, note=producer))
        pos = end
    if pos < s.end:
        pieces.append(Piece(text=document_text[pos : s.end]))
    return pieces
