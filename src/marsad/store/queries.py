"""Portable SQL pieces shared by the store: dialect-specific INSERT, filters, chunked IN lists."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from marsad.errors import StoreError
from marsad.store.records import EventFilter
from marsad.store.schema import events

__all__ = ["chunks", "event_conditions", "event_order", "insert_for"]

T = TypeVar("T")

IN_CHUNK = 500
"""Ids per ``IN (...)`` list: far below SQLite's and PostgreSQL's parameter limits."""


def insert_for(conn: Connection, table: sa.Table) -> Any:
    """The dialect's INSERT (it has ``on_conflict_do_nothing`` / ``on_conflict_do_update``)."""
    name = conn.dialect.name
    if name == "postgresql":
        return postgresql.insert(table)
    if name == "sqlite":
        return sqlite.insert(table)
    raise StoreError(
        f"the {name!r} database is not supported",
        hint="use SQLite (a file path) or PostgreSQL (postgresql+psycopg://...)",
    )


def chunks(items: Sequence[T], size: int = IN_CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def event_conditions(f: EventFilter) -> list[sa.ColumnElement[bool]]:
    """WHERE conditions for an :class:`EventFilter` (see its docstring for the semantics)."""
    c = events.c
    out: list[sa.ColumnElement[bool]] = []
    if f.date_from is not None:
        out.append(sa.func.coalesce(c.date_end, c.date_start) >= f.date_from)
    if f.date_to is not None:
        out.append(c.date_start <= f.date_to)
    if f.event_types:
        out.append(c.event_type.in_([str(t) for t in f.event_types]))
    if f.certainties:
        out.append(c.certainty.in_([str(t) for t in f.certainties]))
    if f.actor.strip():
        needle = f.actor.strip()
        out.append(sa.or_(c.perpetrator.icontains(needle, autoescape=True),
                          c.target.icontains(needle, autoescape=True)))
    if f.area.strip():
        needle = f.area.strip()
        out.append(sa.or_(c.admin1.icontains(needle, autoescape=True),
                          c.admin2.icontains(needle, autoescape=True),
                          c.place_text.icontains(needle, autoescape=True)))
    if not f.include_rejected:
        out.append(c.rejected.is_(False))
    return out


def event_order() -> list[sa.UnaryExpression[Any]]:
    """Newest first (undated last), then id: a stable order for pagination."""
    return [events.c.date_start.desc().nulls_last(), events.c.id.asc()]
