"""Analyst decisions as pure functions on events: merge two, split a report off, reject one.

Each returns the new event records; the caller stores them and logs the decision (who, when, why).
Automatic clustering respects the outcome: existing events are never merged or split automatically,
a rejected event absorbs nothing, and a split report never rejoins the event it left.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from marsad.errors import DecisionError
from marsad.model import Event, EventReport, Membership, content_hash
from marsad.resolve.cluster_reconcile import reconcile

__all__ = ["merge_events", "reject_event", "split_event", "split_event_id"]


def _members(event: Event, reports: Sequence[EventReport]) -> list[Membership]:
    known = {m.report_id: m for m in event.members}
    return [known.get(r.id) or Membership(report_id=r.id, decided_by="legacy") for r in reports]


def _usable(event: Event, what: str) -> None:
    if event.merged_into:
        raise DecisionError(
            f"event {event.id} was merged into {event.merged_into}",
            hint=f"{what} {event.merged_into} instead",
        )


def merge_events(
    keep: Event,
    keep_reports: Sequence[EventReport],
    other: Event,
    other_reports: Sequence[EventReport],
    sources: dict[str, str],
    *,
    actor: str,
    reason: str,
) -> tuple[Event, Event]:
    """``other``'s reports join ``keep`` (which keeps its id). Returns the merged event and ``other``
    as an empty, rejected shell whose ``merged_into`` points at ``keep``."""
    if keep.id == other.id:
        raise DecisionError("an event cannot be merged with itself", hint="give two different event ids")
    _usable(keep, "merge into")
    _usable(other, "merge")
    for e in (keep, other):
        if e.rejected:
            raise DecisionError(f"event {e.id} is rejected (not an event)", hint="merge only live events")
    moved = [
        replace(m, decided_by=f"analyst:{actor}", note=f"merged from {other.id}: {reason}".rstrip(": "))
        for m in _members(other, other_reports)
    ]
    merged = reconcile(
        keep.id, [*keep_reports, *other_reports], sources,
        members=[*_members(keep, keep_reports), *moved],
    )  # fmt: skip
    shell = replace(other, report_ids=(), members=(), ledger=(), support=(), sources=(),
                    rejected=True, merged_into=keep.id)  # fmt: skip
    return merged, shell


def split_event_id(event_id: str, report_id: str) -> str:
    """The id of the event a split report moves to (never the id of the event it left)."""
    return content_hash(report_id, "split", event_id, prefix="evt_")


def split_event(
    event: Event,
    reports: Sequence[EventReport],
    report_id: str,
    sources: dict[str, str],
    *,
    actor: str,
    reason: str,
) -> tuple[Event, Event]:
    """Move one report out of ``event`` into a new event of its own; returns (remaining, new)."""
    _usable(event, "split")
    ids = [r.id for r in reports]
    if report_id not in ids:
        raise DecisionError(
            f"report {report_id} is not in event {event.id}",
            hint=f"list the event's reports with `marsad show {event.id}`",
        )
    if len(ids) == 1:
        raise DecisionError(
            f"report {report_id} is the only report of event {event.id}",
            hint="to say it is not an event, use `marsad reject`",
        )
    rest = [r for r in reports if r.id != report_id]
    moved = next(r for r in reports if r.id == report_id)
    remaining = reconcile(event.id, rest, sources, members=_members(event, rest), rejected=event.rejected)
    note = f"split from {event.id}: {reason}".rstrip(": ")
    new = reconcile(
        split_event_id(event.id, report_id), [moved], sources,
        members=[Membership(report_id=report_id, decided_by=f"analyst:{actor}", note=note)],
    )  # fmt: skip
    return remaining, new


def reject_event(event: Event) -> Event:
    """The event marked rejected (not an event): it keeps its reports and absorbs no new ones."""
    _usable(event, "reject")
    if event.rejected:
        raise DecisionError(f"event {event.id} is already rejected", hint="nothing to do")
    return replace(event, rejected=True)
