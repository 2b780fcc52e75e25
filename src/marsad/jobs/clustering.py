"""Cluster newly extracted reports into stored events (the clustering step of ``marsad run``).

Candidates are the stored events the new reports could join: events of the same event families whose
dates overlap the reports' dates widened by the largest blocking margin, plus the events already
holding reports of the same documents (for undated reports) or these very reports (re-extraction).
Analyst splits come back as constraints.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

import sqlalchemy as sa

from marsad.model import Document, Event, EventReport
from marsad.resolve.cluster import assign_events, load_cluster_config
from marsad.store.decisions import cluster_constraints, reports_for_events
from marsad.store.queries import chunks
from marsad.store.records import EventFilter
from marsad.store.schema import reports as reports_table
from marsad.store.store import Store
from marsad.vocab import EVENT_TYPE_INFO, EventType

__all__ = ["candidate_events", "cluster_new_reports"]


def _events_holding(store: Store, column: sa.Column[str], values: Sequence[str]) -> set[str]:
    out: set[str] = set()
    with store.engine.connect() as conn:
        for part in chunks(list(values)):
            held = reports_table.c.event_id.is_not(None)
            stmt = sa.select(reports_table.c.event_id).where(column.in_(part), held)
            out.update(eid for eid in conn.execute(stmt).scalars() if eid)
    return out


def candidate_events(store: Store, reports: Sequence[EventReport]) -> list[tuple[Event, list[EventReport]]]:
    """Stored events (rejected ones included: they must still block) the reports could join."""
    margin = max((m for _, m in load_cluster_config().margin_days), default=1) + 1
    families = {EVENT_TYPE_INFO[r.event_type].family for r in reports}
    types = sorted(t for t in EventType if EVENT_TYPE_INFO[t].family in families)
    events: dict[str, Event] = {}
    dated = [r.date for r in reports if r.date is not None]
    if dated:
        flt = EventFilter(
            date_from=min(d.start for d in dated) - timedelta(days=margin),
            date_to=max(d.end for d in dated) + timedelta(days=margin),
            event_types=types, include_rejected=True, limit=None,
        )  # fmt: skip
        events.update((e.id, e) for e in store.query_events(flt))
    undated_docs = sorted({r.document_id for r in reports if r.date is None})
    extra = _events_holding(store, reports_table.c.document_id, undated_docs)
    # reports already in an event (a re-extracted document) must be seen as known, wherever it is
    extra |= _events_holding(store, reports_table.c.id, [r.id for r in reports])
    for eid in sorted(extra - set(events)):
        events[eid] = store.get_event(eid)
    members = reports_for_events(store, sorted(events))
    return [(events[eid], members[eid]) for eid in sorted(events)]


def cluster_new_reports(
    store: Store, reports: Sequence[EventReport], documents: dict[str, Document]
) -> int:
    """Assign reports to events (joining stored ones where they match); returns events changed."""
    if not reports:
        return 0
    existing = candidate_events(store, reports)
    every = [*reports, *(m for _, ms in existing for m in ms)]
    sources: dict[str, str] = {}
    for r in every:
        doc = documents.get(r.document_id)
        if doc is None:
            doc = documents[r.document_id] = store.get_document(r.document_id)
        sources[r.id] = doc.source or doc.url or doc.id
    constraints = cluster_constraints(store, [r.id for r in reports])
    events = assign_events(reports, existing, sources, constraints)
    store.save_events(events, actor="marsad run", reason="automatic clustering")
    return len(events)
