"""Write steps the :class:`~marsad.store.store.Store` runs inside its transactions.

Each function takes an open connection in a transaction and never commits: the caller's transaction
makes a whole call atomic.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from marsad.errors import NotFoundError
from marsad.model import Event
from marsad.store.codec import to_json
from marsad.store.queries import chunks, insert_for
from marsad.store.schema import documents, history, reports
from marsad.vocab import DocumentStatus

__all__ = ["Change", "assign_reports", "existing_ids", "set_document_status", "stored_records",
           "upsert_records"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Change:
    """Who changed a record and why, as written to ``history``."""

    actor: str
    reason: str
    at: datetime


def stored_records(conn: Connection, table: sa.Table, ids: Sequence[str]) -> dict[str, Any]:
    """id -> stored ``record`` JSON for those of ``ids`` that exist."""
    out: dict[str, Any] = {}
    for part in chunks(ids):
        for row in conn.execute(sa.select(table.c.id, table.c.record).where(table.c.id.in_(part))):
            out[row.id] = row.record
    return out


def existing_ids(conn: Connection, table: sa.Table, ids: Sequence[str]) -> set[str]:
    out: set[str] = set()
    for part in chunks(ids):
        out.update(conn.execute(sa.select(table.c.id).where(table.c.id.in_(part))).scalars())
    return out


def upsert_records(
    conn: Connection,
    table: sa.Table,
    entity: str,
    records: Sequence[Any],
    to_row: Callable[[Any, dict[str, Any]], dict[str, Any]],
    change: Change,
    *,
    insert_only: dict[str, Any] | None = None,
) -> None:
    """Insert new records, update changed ones (a ``history`` row each), leave equal ones alone.

    ``to_row(record, encoded)`` gives the row; ``insert_only`` columns are set on insert and never
    updated (``created_at``, ``event_id``).
    """
    if not records:
        return
    stored = stored_records(conn, table, [r.id for r in records])
    new_rows, changed = [], []
    for record in records:
        encoded = to_json(record)
        old = stored.get(record.id)
        if old is None:
            new_rows.append({**to_row(record, encoded), **(insert_only or {})})
        elif old != encoded:
            changed.append((to_row(record, encoded), old, encoded))
    if new_rows:
        conn.execute(insert_for(conn, table).on_conflict_do_nothing(index_elements=["id"]), new_rows)
    for row, _, _ in changed:
        conn.execute(table.update().where(table.c.id == row["id"]).values(row))
    if changed:
        conn.execute(history.insert(), [
            {"entity": entity, "entity_id": row["id"], "action": "update", "old": old, "new": new,
             "actor": change.actor, "reason": change.reason, "at": change.at}
            for row, old, new in changed
        ])  # fmt: skip


def assign_reports(conn: Connection, events_: Sequence[Event]) -> None:
    """Point each event's reports at it; unassign reports an event held and no longer lists."""
    wanted = {rid: ev.id for ev in events_ for rid in ev.report_ids}
    known = existing_ids(conn, reports, list(wanted))
    missing = [rid for rid in wanted if rid not in known]
    if missing:
        raise NotFoundError(
            f"{len(missing)} report id(s) of these events are not stored, e.g. {missing[0]!r}",
            hint="save the extractions holding those reports first; nothing from this call was saved",
        )
    current: dict[str, str | None] = {}
    for part in chunks([e.id for e in events_]):
        stmt = sa.select(reports.c.id, reports.c.event_id).where(reports.c.event_id.in_(part))
        current.update({r.id: r.event_id for r in conn.execute(stmt)})
    for part in chunks(list(wanted)):
        stmt = sa.select(reports.c.id, reports.c.event_id).where(reports.c.id.in_(part))
        current.update({r.id: r.event_id for r in conn.execute(stmt)})
    updates = [{"rid": rid, "eid": wanted.get(rid)} for rid, eid in current.items() if wanted.get(rid) != eid]
    if updates:
        conn.execute(
            reports.update().where(reports.c.id == sa.bindparam("rid")).values(event_id=sa.bindparam("eid")),
            updates,
        )


def set_document_status(
    conn: Connection, document_id: str, status: DocumentStatus, *, processed_at: datetime | None
) -> None:
    result = conn.execute(documents.update().where(documents.c.id == document_id)
                          .values(status=status.value, processed_at=processed_at))
    if result.rowcount == 0:
        raise NotFoundError(f"no document {document_id!r}", hint="check the id")
