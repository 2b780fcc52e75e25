"""The JSON shape of an extraction (``marsad extract --json``): plain dicts of strings and numbers."""

from __future__ import annotations

from typing import Any

from marsad.model import EventReport, Evidence, Extraction, TallyClaim


def _ev(ev: Evidence | None) -> dict[str, Any] | None:
    return None if ev is None else {"start": ev.span.start, "end": ev.span.end, "quote": ev.quote}


def report_view(r: EventReport) -> dict[str, Any]:
    evidence: dict[str, Any] = {"trigger": _ev(r.trigger), "sentence": _ev(r.sentence)}
    if r.certainty_evidence is not None:
        evidence["certainty"] = _ev(r.certainty_evidence)
    if r.perpetrator is not None:
        evidence["perpetrator"] = _ev(r.perpetrator.evidence)
    if r.target is not None:
        evidence["target"] = _ev(r.target.evidence)
    for c in r.casualties:
        evidence.setdefault(c.kind.value, _ev(c.evidence))
    if r.date is not None and r.date.evidence is not None:
        evidence["date"] = _ev(r.date.evidence)
    if r.places:
        evidence["places"] = [_ev(p.evidence) for p in r.places]
    source = next((a for a in r.attributions), None)
    if source is not None:
        evidence["source"] = _ev(source.evidence)
    return {
        "id": r.id,
        "event_type": r.event_type.value,
        "sub_event_type": r.acled_sub_event_type,
        "acled_event_type": r.acled_event_type,
        "mode": r.mode.value,
        "plover": r.plover,
        "certainty": r.certainty.value,
        "perpetrator": (r.perpetrator.name or r.perpetrator.text) if r.perpetrator else None,
        "target": (r.target.name or r.target.text) if r.target else None,
        "killed": r.killed,
        "injured": r.injured,
        "date": r.date.start.isoformat() if r.date else None,
        "date_end": r.date.end.isoformat() if r.date else None,
        "time_precision": r.date.precision.value if r.date else None,
        "date_resolved_from": r.date.resolved_from if r.date else None,
        "places": [p.text for p in r.places],
        "source": source.source if source else None,
        "attributions": [{"kind": a.kind.value, "source": a.source} for a in r.attributions],
        "evidence": evidence,
    }


def tally_view(t: TallyClaim) -> dict[str, Any]:
    evidence: dict[str, Any] = {"count": _ev(t.evidence)}
    if t.source_evidence is not None:
        evidence["source"] = _ev(t.source_evidence)
    return {
        "count": t.count,
        "period": t.period,
        "area": t.area,
        "categories": list(t.categories),
        "category_counts": dict(t.category_counts),
        "source": t.source,
        "evidence": evidence,
    }


def extraction_view(ex: Extraction) -> dict[str, Any]:
    return {
        "document_id": ex.document_id,
        "status": ex.status.value,
        "events": [report_view(r) for r in ex.reports],
        "tallies": [tally_view(t) for t in ex.tallies],
        "places": [p.text for p in ex.places],
        "attributions": [
            {"kind": a.kind.value, "source": a.source, "quote": a.evidence.quote} for a in ex.attributions
        ],
        "notes": list(ex.notes),
    }
