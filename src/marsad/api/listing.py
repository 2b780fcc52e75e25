"""Event listings for the API and the dashboard: flat columns straight from the ``events`` table.

Reading the indexed columns (not the JSON record) keeps the events endpoint fast on large stores;
the filter semantics are the store's own (:func:`marsad.store.queries.event_conditions`).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import Query

from marsad.api.schemas import EventSummary
from marsad.api.state import AppState
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
                raise ConfigError(
                    f"{name} {part!r} is unknown", hint="choose from " + ", ".join(m.value for m in cls)
                ) from None
    return out


def _date(value: str, name: str) -> date | None:
    """An empty value (a blank form field) means no bound."""
    if not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ConfigError(f"{name} {value!r} is not a date", hint="write it as YYYY-MM-DD") from None


async def event_filter(
    date_from: Annotated[
        str, Query(alias="from", max_length=10, description="Earliest event date (YYYY-MM-DD).")
    ] = "",
    date_to: Annotated[
        str, Query(alias="to", max_length=10, description="Latest event date (YYYY-MM-DD).")
    ] = "",
    types: Annotated[
        list[str] | None, Query(alias="type", description="Event types (repeat, or comma-separated).")
    ] = None,
    actor: Annotated[
        str, Query(max_length=200, description="Perpetrator or target contains this text.")
    ] = "",
    area: Annotated[
        str, Query(max_length=200, description="Governorate, district or place contains this.")
    ] = "",
    certainty: Annotated[
        list[str] | None, Query(description="Certainties (repeat, or comma-separated).")
    ] = None,
    include_rejected: Annotated[bool, Query(description="Also list events analysts rejected.")] = False,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Events per page.")] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="Skip this many events.")] = 0,
) -> EventFilter:
    """The same filters as ``marsad events``, as query parameters (async: pure parsing, so FastAPI
    runs it on the event loop instead of sending it to the thread pool)."""
    return EventFilter(
        date_from=_date(date_from, "from"), date_to=_date(date_to, "to"),
        event_types=[EventType(v) for v in _enums(EventType, types or [], "type")],
        actor=actor, area=area,
        certainties=[Certainty(v) for v in _enums(Certainty, certainty or [], "certainty")],
        include_rejected=include_rejected, limit=limit, offset=offset,
    )  # fmt: skip


def page(store: Store, f: EventFilter) -> list[dict[str, Any]]:
    """One page of matching events, newest first (the store's order), as JSON-ready
    :class:`EventSummary` dicts (dates as ISO strings; built directly: this is the hot path)."""
    stmt = (
        sa.select(*(events.c[name] for name in _COLUMNS))
        .where(*event_conditions(f))
        .order_by(*event_order())
        .limit(f.limit)
        .offset(f.offset)
    )
    with store.engine.connect() as conn:
        rows = conn.execute(stmt).all()
    out = []
    for row in rows:
        item = dict(zip(_COLUMNS, row, strict=True))
        for name in ("date_start", "date_end"):
            if item[name] is not None:
                item[name] = item[name].isoformat()
        item["rejected"] = bool(item["rejected"])
        out.append(item)
    return out


def count(state: AppState, f: EventFilter) -> int:
    """How many events match (cached for a moment: see :mod:`marsad.api.cache`)."""
    key = (f.date_from, f.date_to, tuple(f.event_types), f.actor, f.area, tuple(f.certainties),
           f.include_rejected)  # fmt: skip
    return state.counts.get_or_compute(key, lambda: state.store.count_events(f))
