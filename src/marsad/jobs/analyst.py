"""Analyst control over events: merge, split, reject, each stored with an append-only decision log.

The event records change in one transaction (``Store.save_events``, which writes ``history`` rows for
changed records), then the decision (who, when, why) is appended to ``decisions`` and ``history``.
"""

from __future__ import annotations

import getpass
from collections.abc import Sequence

from marsad.model import Event, EventReport
from marsad.resolve.cluster_analyst import merge_events, reject_event, split_event
from marsad.store.decisions import DecisionAction, record_decision
from marsad.store.store import Store

__all__ = ["default_actor", "merge", "reject", "report_sources", "split"]


def default_actor() -> str:
    """The OS user name (``unknown`` when it cannot be found)."""
    try:
        return getpass.getuser() or "unknown"
    except (KeyError, OSError):
        return "unknown"


def report_sources(store: Store, reports: Sequence[EventReport]) -> dict[str, str]:
    """Report id -> the source (outlet, else URL, else document id) of its document."""
    docs: dict[str, str] = {}
    out = {}
    for r in reports:
        if r.document_id not in docs:
            doc = store.get_document(r.document_id)
            docs[doc.id] = doc.source or doc.url or doc.id
        out[r.id] = docs[r.document_id]
    return out


def merge(store: Store, keep_id: str, other_id: str, *, actor: str, reason: str) -> Event:
    """Merge event ``other_id`` into ``keep_id`` (which keeps its id); returns the merged event."""
    keep, other = store.get_event(keep_id), store.get_event(other_id)
    keep_reports, other_reports = store.reports_for_event(keep_id), store.reports_for_event(other_id)
    sources = report_sources(store, [*keep_reports, *other_reports])
    merged, shell = merge_events(
        keep, keep_reports, other, other_reports, sources, actor=actor, reason=reason
    )
    store.save_events([shell, merged], actor=actor, reason=f"merge {other_id} into {keep_id}: {reason}")
    record_decision(store, DecisionAction.MERGE, event_id=keep_id, other_event_id=other_id,
                    actor=actor, reason=reason, detail={"moved": list(other.report_ids)})  # fmt: skip
    return merged


def split(store: Store, event_id: str, report_id: str, *, actor: str, reason: str) -> tuple[Event, Event]:
    """Move a report out of an event into a new one; returns (remaining event, new event)."""
    event = store.get_event(event_id)
    reports = store.reports_for_event(event_id)
    sources = report_sources(store, reports)
    remaining, new = split_event(event, reports, report_id, sources, actor=actor, reason=reason)
    store.save_events([remaining, new], actor=actor, reason=f"split {report_id} from {event_id}: {reason}")
    record_decision(store, DecisionAction.SPLIT, event_id=event_id, other_event_id=new.id,
                    report_id=report_id, actor=actor, reason=reason)  # fmt: skip
    return remaining, new


def reject(store: Store, event_id: str, *, actor: str, reason: str) -> Event:
    """Mark an event as not an event; it keeps its reports and absorbs nothing from now on."""
    rejected = reject_event(store.get_event(event_id))
    store.save_events([rejected], actor=actor, reason=f"reject: {reason}")
    record_decision(store, DecisionAction.REJECT, event_id=event_id, actor=actor, reason=reason)
    return rejected
