"""Analyst decisions on events (merge, split, reject): an append-only log clustering reads back.

Functions over a :class:`~marsad.store.store.Store` (the ``decisions`` table, migration 0002). Each
decision also goes to ``history`` (entity ``event``), so ``Store.history(event_id)`` shows it next to
the record changes it caused.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from marsad.errors import StoreError
from marsad.model import EventReport
from marsad.resolve.cluster_index import Constraints
from marsad.store.codec import from_json
from marsad.store.engine import WRITE
from marsad.store.queries import chunks
from marsad.store.schema import decisions, history, reports
from marsad.store.store import Store

__all__ = [
    "DecisionAction",
    "DecisionRecord",
    "cluster_constraints",
    "decisions_for",
    "record_decision",
    "reports_for_events",
]


class DecisionAction(StrEnum):
    MERGE = "merge"  # other_event_id was merged into event_id
    SPLIT = "split"  # report_id was split from event_id into other_event_id
    REJECT = "reject"  # event_id is not an event


@dataclass(frozen=True, slots=True, kw_only=True)
class DecisionRecord:
    id: int
    action: DecisionAction
    event_id: str
    other_event_id: str
    report_id: str
    actor: str
    reason: str
    at: datetime


@contextmanager
def _write(store: Store) -> Iterator[Connection]:
    try:
        with store.engine.connect() as conn:
            conn.execution_options(**{WRITE: True})
            with conn.begin():
                yield conn
    except SQLAlchemyError as exc:
        raise StoreError(
            f"could not record the decision: {exc.__class__.__name__}: {str(exc).splitlines()[0]}",
            hint="nothing from this call was saved; fix the cause and run it again",
            context=store.url,
        ) from exc


def record_decision(
    store: Store,
    action: DecisionAction | str,
    *,
    event_id: str,
    other_event_id: str = "",
    report_id: str = "",
    actor: str,
    reason: str,
    detail: dict[str, Any] | None = None,
) -> int:
    """Append a decision (and its ``history`` row) in one transaction; returns the decision id."""
    act = DecisionAction(action)
    now = datetime.now(UTC)
    values = {"action": act.value, "event_id": event_id, "other_event_id": other_event_id,
              "report_id": report_id, "actor": actor, "reason": reason, "at": now}  # fmt: skip
    with _write(store) as conn:
        new_id = int(conn.execute(decisions.insert().values(values).returning(decisions.c.id)).scalar_one())
        conn.execute(history.insert().values(
            entity="event", entity_id=event_id, action=act.value, old=None,
            new={"decision": new_id, "other_event_id": other_event_id, "report_id": report_id,
                 **(detail or {})},
            actor=actor, reason=reason, at=now,
        ))  # fmt: skip
    return new_id


def _record(row: Any) -> DecisionRecord:
    return DecisionRecord(
        id=row.id, action=DecisionAction(row.action), event_id=row.event_id,
        other_event_id=row.other_event_id, report_id=row.report_id, actor=row.actor,
        reason=row.reason, at=row.at,
    )  # fmt: skip


def decisions_for(store: Store, event_id: str | None = None) -> list[DecisionRecord]:
    """Decisions, oldest first; those naming ``event_id`` (either side) when given."""
    stmt = sa.select(decisions).order_by(decisions.c.id)
    if event_id is not None:
        stmt = stmt.where(sa.or_(decisions.c.event_id == event_id, decisions.c.other_event_id == event_id))
    with store.engine.connect() as conn:
        return [_record(r) for r in conn.execute(stmt)]


def cluster_constraints(store: Store, report_ids: Iterable[str] | None = None) -> Constraints:
    """What automatic clustering must respect: every split (of the given reports, or all)."""
    stmt = sa.select(decisions.c.report_id, decisions.c.event_id).where(
        decisions.c.action == DecisionAction.SPLIT.value
    )
    pairs: set[tuple[str, str]] = set()
    with store.engine.connect() as conn:
        if report_ids is None:
            pairs.update((r.report_id, r.event_id) for r in conn.execute(stmt))
        else:
            for part in chunks(list(dict.fromkeys(report_ids))):
                rows = conn.execute(stmt.where(decisions.c.report_id.in_(part)))
                pairs.update((r.report_id, r.event_id) for r in rows)
    return Constraints(split_from=frozenset(pairs))


def reports_for_events(store: Store, event_ids: Sequence[str]) -> dict[str, list[EventReport]]:
    """The reports of many events in a few queries (``{event_id: reports by id}``)."""
    out: dict[str, list[EventReport]] = {e: [] for e in event_ids}
    with store.engine.connect() as conn:
        for part in chunks(list(out)):
            stmt = (sa.select(reports.c.event_id, reports.c.record)
                    .where(reports.c.event_id.in_(part)).order_by(reports.c.id))  # fmt: skip
            for row in conn.execute(stmt):
                out[row.event_id].append(from_json(EventReport, row.record))
    return out
