"""Group EventReports into Events: deterministic, incremental, explainable (backbone version).

Reports join an event when they share the event family, the event day and the place (resolved place
id, else the normalized place text); reports without a place only group within their own document.
Event ids are stable: an event keeps the id derived from the report that founded it.
Reconciliation: type and actors by majority (ties go to the earliest report), certainty by the
strongest claim (asserted > alleged > threatened > ...), and the casualty ledger keeps every report's
figure with its source.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from marsad.model import CasualtyLedgerEntry, Event, EventReport, content_hash
from marsad.text.normalize import normalize_str
from marsad.vocab import EVENT_TYPE_INFO, ActorType, Certainty

_CERTAINTY_RANK = {
    Certainty.ASSERTED: 0,
    Certainty.ALLEGED: 1,
    Certainty.THREATENED: 2,
    Certainty.DENIED: 3,
    Certainty.HYPOTHETICAL: 4,
    Certainty.HISTORICAL: 5,
    Certainty.NEGATED: 6,
}


def place_key(report: EventReport) -> str:
    for mention in report.places:
        if mention.place is not None:
            return mention.place.id
    if report.places:
        return "text:" + " ".join(normalize_str(report.places[0].text).split())
    return ""


def block_key(report: EventReport) -> str:
    """Reports can only share an event when their block keys are equal."""
    family = EVENT_TYPE_INFO[report.event_type].family
    day = report.date.start.isoformat() if report.date is not None else "undated"
    place = place_key(report) or f"doc:{report.document_id}"
    return f"{family}|{day}|{place}"


def event_id_for(founder: EventReport) -> str:
    return content_hash(founder.id, prefix="evt_")


def _majority(names: Sequence[tuple[str, ActorType]]) -> tuple[str, ActorType | None]:
    counted = Counter(name for name, _ in names if name)
    if not counted:
        return "", None
    best = max(counted.values())
    return next((name, kind) for name, kind in names if counted.get(name) == best)


def reconcile(event_id: str, reports: Sequence[EventReport], sources: dict[str, str]) -> Event:
    """Build the Event for a set of reports (the first report is the founder)."""
    types = Counter(r.event_type for r in reports)
    top = max(types.values())
    event_type = next(r.event_type for r in reports if types[r.event_type] == top)
    certainty = min((r.certainty for r in reports), key=_CERTAINTY_RANK.__getitem__)
    dated = [r.date for r in reports if r.date is not None]
    date = min(dated, key=lambda d: (d.end - d.start, d.start)) if dated else None
    place = next((m.place for r in reports for m in r.places if m.place is not None), None)
    place_text = next((m.text for r in reports for m in r.places), "")
    perpetrator, perpetrator_type = _majority(
        [
            (r.perpetrator.name or r.perpetrator.text, r.perpetrator.actor_type)
            for r in reports
            if r.perpetrator is not None
        ]
    )
    target, target_type = _majority(
        [(r.target.name or r.target.text, r.target.actor_type) for r in reports if r.target is not None]
    )
    ledger = tuple(
        CasualtyLedgerEntry(
            report_id=r.id, source=sources.get(r.id, r.document_id), kind=c.kind, value=c.value
        )
        for r in reports
        for c in r.casualties
    )
    return Event(
        id=event_id,
        event_type=event_type,
        certainty=certainty,
        report_ids=tuple(r.id for r in reports),
        date=date,
        place=place,
        place_text=place_text,
        perpetrator=perpetrator,
        perpetrator_type=perpetrator_type,
        target=target,
        target_type=target_type,
        ledger=ledger,
        sources=tuple(dict.fromkeys(s for r in reports if (s := sources.get(r.id, "")))),
        summary=reports[0].sentence.quote[:500],
    )


def assign_events(
    new_reports: Sequence[EventReport],
    existing: Sequence[tuple[Event, Sequence[EventReport]]],
    sources: dict[str, str],
) -> list[Event]:
    """Place new reports into existing events or new ones; return every event that changed.

    Deterministic: new reports are taken in id order, so the result does not depend on input order.
    Rejected events never absorb reports (an analyst said they are not events).
    """
    members: dict[str, list[EventReport]] = {}
    by_block: dict[str, str] = {}
    known: set[str] = set()
    for event, reports in existing:
        members[event.id] = list(reports)
        known.update(r.id for r in reports)
        if not event.rejected:
            for r in reports:
                by_block.setdefault(block_key(r), event.id)
    changed: set[str] = set()
    for report in sorted(new_reports, key=lambda r: r.id):
        if report.id in known:
            continue
        known.add(report.id)
        key = block_key(report)
        event_id = by_block.get(key)
        if event_id is None:
            event_id = event_id_for(report)
            by_block[key] = event_id
            members[event_id] = []
        members[event_id].append(report)
        changed.add(event_id)
    return [reconcile(event_id, members[event_id], sources) for event_id in sorted(changed)]
