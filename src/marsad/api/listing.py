"""Event listings for the API and the dashboard: flat columns straight from the ``events`` table.

Reading the indexed columns (not the JSON record) keeps the events endpoint fast on large stores;
the filter semantics are the store's own (:func:`marsad.store.queries.event_conditions`).
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from fastapi import Query

from marsad.api.schemas import EventSummary
from marsad.errors import ConfigError
from marsad.store.queries import event_conditions, event_order
from marsad.store.records import EventFilter
from marsad.store.schema import events
from marsad.store.store import Store
from marsad.vocab import Certainty, EventType

__all__ = ["MAX_PAGE", "count", "event_filter", "page"]

MAX_PAGE = 5000
"""Largest page (the map asks for many events at once; tables use 50)."""

_COLUMNS = tuple(EventSummary.model_fields)


def _enums(cls: type[EventType] | type[Certainty], values: list[str], name: str) -> list[str]:
    out = []
    for value in values:
        for part in value.split(","):
            part = part.strip()
            if not part:
                continue
            try:
                out.append(cls(part).value)
            except ValueError:
                raise ConfigError(f"{name} {part!r} is unknown",
                                  hint="choose from " + ", ".join(m.value for m in cls)) from None
    return out


def _date(value: str, name: str) -> date | None:
    """An empty value (a blank form field) means no bound."""
    if not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ConfigError(f"{name} {value!r} is not a date", hint="write it as YYYY-MM-DD") from None


def event_filter(
    date_from: str = Query("", alias="from", max_length=10, description="Earliest event date (YYYY-MM-DD)."),
    date_to: str = Query("", alias="to", max_length=10, description="Latest event date (YYYY-MM-DD)."),
    types: list[str] = Query([], alias="type", description="Event types (repeat, or comma-separated)."),
    actor: str = Query("", max_length=200, description="Perpetrator or target contains this text."),
    area: str = Query("", max_length=200, description="Governorate, district or place contains this."),
    certainty: list[str] = Query([], description="Certainties (repeat, or comma-separated)."),
    include_rejected: bool = Query(False, description="Also list events analysts rejected."),
    limit: int = Query(50, ge=1, le=MAX_PAGE, description="Events per page."),
    offset: int = Query(0, ge=0, le=10_000_000, description="Skip this many events."),
) -> EventFilter:
    """The same filters as ``marsad events``, as query parameters."""
    return EventFilter(
        date_from=_date(date_from, "from"), date_to=_date(date_to, "to"),
        event_types=[EventType(v) for v in _enums(EventType, types, "type")],
        actor=actor, area=area,
        certainties=[Certainty(v) for v in _enums(Certainty, certainty, "certainty")],
        include_rejected=include_rejected, limit=limit, offset=offset,
    )  # fmt: skip


def page(store: Store, f: EventFilter) -> list[EventSummary]:
    """One page of matching events, newest first (the store's order)."""
    stmt = (sa.select(*(events.c[name] if name != "id" else events.c.id for name in _COLUMNS))
            .where(*event_conditions(f)).order_by(*event_order()).limit(f.limit).offset(f.offset))
    with store.engine.connect() as conn:
        rows = conn.execute(stmt).all()
    return [EventSummary.model_construct(**dict(zip(_COLUMNS, row, strict=True))) for row in rows]


def count(store: Store, f: EventFilter) -> int:
    return store.count_events(f)
