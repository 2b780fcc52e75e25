"""Aggregate queries over the ``events`` table for tallies, time series and reports (read only).

Everything here is one SQL ``GROUP BY`` (SQLAlchemy Core, the same on SQLite and PostgreSQL), so a
tally over a million events never builds a million Python objects.

Counting rules the queries apply (the analysis layer states them to readers):

- an event is counted once, in the period that holds its first date (``date_start``); undated events
  fall in the period key ``None``;
- rejected events are left out unless ``include_rejected``;
- killed/injured sums add each event's lowest (``*_min``) and highest (``*_max``) reported figure, so
  the pair is the range of the total; events without a figure add nothing;
- ``reports`` is the sum of ``n_reports``: how many extracted reports back the counted events.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from marsad.errors import ConfigError, StoreError
from marsad.store.schema import documents, events
from marsad.vocab import Certainty, EventType

__all__ = [
    "DIMENSIONS",
    "EventQuery",
    "EventRow",
    "TallyRow",
    "document_counts",
    "event_ids",
    "event_rows",
    "tally_rows",
]

DIMENSIONS = ("day", "week", "month", "year", "type", "certainty", "actor", "target", "admin1", "admin2")
"""What a tally can be grouped by. ``actor`` is the perpetrator; ``week`` keys are ISO-week Mondays."""

PERIOD_DIMENSIONS = ("day", "week", "month", "year")


@dataclass(frozen=True, slots=True, kw_only=True)
class EventQuery:
    """Which events an aggregate counts. Empty criteria match everything.

    ``date_from``/``date_to`` are inclusive and apply to ``date_start`` (the counting date), unlike
    :class:`~marsad.store.records.EventFilter`, which matches overlapping ranges. ``perpetrator``,
    ``target`` and ``actor`` (either role) are case-insensitive substrings, as is ``area`` (admin1,
    admin2 or the place text).
    """

    date_from: date | None = None
    date_to: date | None = None
    event_types: tuple[EventType, ...] = ()
    certainties: tuple[Certainty, ...] = ()
    perpetrator: str = ""
    target: str = ""
    actor: str = ""
    area: str = ""
    include_rejected: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class TallyRow:
    """One group: its key (one value per dimension, in order) and its measures."""

    key: tuple[Any, ...]
    events: int
    reports: int
    killed_min: int
    killed_max: int
    injured_min: int
    injured_max: int
    with_killed_figure: int


@dataclass(frozen=True, slots=True, kw_only=True)
class EventRow:
    """The flat columns a report lists for one event."""

    id: str
    event_type: str
    certainty: str
    date_start: date | None
    date_end: date | None
    time_precision: str | None
    place_text: str
    admin1: str
    admin2: str
    latitude: float | None
    longitude: float | None
    perpetrator: str
    target: str
    killed_min: int | None
    killed_max: int | None
    injured_min: int | None
    injured_max: int | None
    n_reports: int


def _contains(column: sa.ColumnElement[str], needle: str) -> sa.ColumnElement[bool]:
    return column.icontains(needle.strip(), autoescape=True)


INDEXED_RANGE_DAYS = 92
"""On SQLite, a date range up to this long may use the date index; a longer one scans the table."""


def _col(name: str, dialect: str, *, force: bool = False) -> sa.ColumnElement[Any]:
    """A column; on SQLite as ``+events.col`` so the planner does not walk a low-selectivity index
    (type, certainty, a long date range) row by row with a table lookup each, which is several times
    slower than one sequential scan for aggregates over much of the table. Short date ranges (a
    month's report) keep the date index."""
    column = events.c[name]
    if dialect == "sqlite" and (name != "date_start" or force):
        return sa.literal_column(f"+events.{name}", type_=column.type)
    return column


def conditions(q: EventQuery, dialect: str = "") -> list[sa.ColumnElement[bool]]:
    def c(name: str) -> sa.ColumnElement[Any]:
        return _col(name, dialect)

    out: list[sa.ColumnElement[bool]] = []
    narrow = (q.date_from is not None and q.date_to is not None
              and (q.date_to - q.date_from).days <= INDEXED_RANGE_DAYS)
    day = events.c.date_start if narrow or dialect != "sqlite" else _col("date_start", dialect, force=True)
    if q.date_from is not None:
        out.append(day >= q.date_from)
    if q.date_to is not None:
        out.append(day <= q.date_to)
    if q.event_types:
        out.append(c("event_type").in_([t.value for t in q.event_types]))
    if q.certainties:
        out.append(c("certainty").in_([x.value for x in q.certainties]))
    if q.perpetrator.strip():
        out.append(_contains(c("perpetrator"), q.perpetrator))
    if q.target.strip():
        out.append(_contains(c("target"), q.target))
    if q.actor.strip():
        out.append(sa.or_(_contains(c("perpetrator"), q.actor), _contains(c("target"), q.actor)))
    if q.area.strip():
        out.append(sa.or_(_contains(c("admin1"), q.area), _contains(c("admin2"), q.area),
                          _contains(c("place_text"), q.area)))
    if not q.include_rejected:
        out.append(c("rejected").is_(False) if dialect != "sqlite" else c("rejected") == 0)
    return out


def period_expr(column: sa.ColumnElement[Any], period: str, dialect: str) -> sa.ColumnElement[Any]:
    """The start of the period holding ``column`` (a date): a ``date`` for day/week, text for month/year."""
    if dialect == "sqlite":  # dates are ISO text: substr is far cheaper than strftime
        if period == "day":
            return sa.func.substr(column, 1, 10, type_=sa.Date)
        if period == "week":  # 'weekday 0' moves to the next Sunday (or stays); 6 days back is Monday
            return sa.func.date(column, "weekday 0", "-6 days", type_=sa.Date)
        return sa.func.substr(column, 1, 7 if period == "month" else 4, type_=sa.String)
    if dialect == "postgresql":
        if period == "day":
            return sa.cast(column, sa.Date)
        if period == "week":
            return sa.cast(sa.func.date_trunc("week", column), sa.Date)
        return sa.func.to_char(column, "YYYY-MM" if period == "month" else "YYYY", type_=sa.String)
    raise StoreError(f"the {dialect!r} database is not supported", hint="use SQLite or PostgreSQL")


def dimension_expr(name: str, dialect: str) -> sa.ColumnElement[Any]:
    if name in PERIOD_DIMENSIONS:
        return period_expr(events.c.date_start, name, dialect)
    columns = {"type": "event_type", "certainty": "certainty", "actor": "perpetrator", "target": "target",
               "admin1": "admin1", "admin2": "admin2"}
    if name not in columns:
        raise ConfigError(f"cannot group by {name!r}", hint="choose from " + ", ".join(DIMENSIONS))
    return _col(columns[name], dialect)


def _fetch(engine: Engine, stmt: sa.Executable) -> list[Any]:
    try:
        conn: Connection
        with engine.connect() as conn:
            return list(conn.execute(stmt).all())
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(
            f"analytics query failed: {exc.__class__.__name__}: {str(exc).splitlines()[0]}",
            hint="check that the database is reachable and migrated (marsad init)",
        ) from exc


def tally_rows(engine: Engine, query: EventQuery, by: Sequence[str]) -> list[TallyRow]:
    """Counts and casualty sums of the matching events grouped by ``by`` (any of :data:`DIMENSIONS`).

    Rows come ordered by key (empty keys last). With ``by=()`` there is exactly one row (the total).
    """
    dialect = engine.dialect.name
    keys = [dimension_expr(name, dialect).label(f"k{i}") for i, name in enumerate(by)]
    c = events.c
    measures = [
        sa.func.count().label("events"),
        sa.func.coalesce(sa.func.sum(c.n_reports), 0).label("reports"),
        sa.func.coalesce(sa.func.sum(c.killed_min), 0).label("killed_min"),
        sa.func.coalesce(sa.func.sum(c.killed_max), 0).label("killed_max"),
        sa.func.coalesce(sa.func.sum(c.injured_min), 0).label("injured_min"),
        sa.func.coalesce(sa.func.sum(c.injured_max), 0).label("injured_max"),
        sa.func.count(c.killed_min).label("with_killed"),
    ]
    stmt = sa.select(*keys, *measures).select_from(events).where(*conditions(query, dialect))
    if keys:
        order = [k.element.asc().nulls_last() for k in keys]
        stmt = stmt.group_by(*[k.element for k in keys]).order_by(*order)
    result = _fetch(engine, stmt)
    n = len(keys)
    return [
        TallyRow(key=tuple(r[:n]), events=int(r[n]), reports=int(r[n + 1]), killed_min=int(r[n + 2]),
                 killed_max=int(r[n + 3]), injured_min=int(r[n + 4]), injured_max=int(r[n + 5]),
                 with_killed_figure=int(r[n + 6]))
        for r in result
    ]


def _cell_conditions(dialect: str, by: Sequence[str], key: Sequence[Any]) -> list[sa.ColumnElement[bool]]:
    if len(by) != len(key):
        raise ConfigError("a cell key needs one value per dimension", hint=f"dimensions: {list(by)}")
    out: list[sa.ColumnElement[bool]] = []
    for name, value in zip(by, key, strict=True):
        expr = dimension_expr(name, dialect)
        out.append(expr.is_(None) if value is None else expr == value)
    return out


def event_ids(
    engine: Engine, query: EventQuery, by: Sequence[str] = (), key: Sequence[Any] = (), *,
    limit: int | None = None,
) -> list[str]:
    """Ids of the events behind one tally cell (``by``/``key`` as in :class:`TallyRow`), oldest first."""
    rows = event_rows(engine, query, by, key, limit=limit)
    return [r.id for r in rows]


def event_rows(
    engine: Engine, query: EventQuery, by: Sequence[str] = (), key: Sequence[Any] = (), *,
    limit: int | None = None,
) -> list[EventRow]:
    """The events behind one tally cell (or all matching events), oldest first, then by id."""
    c = events.c
    cols = [c.id, c.event_type, c.certainty, c.date_start, c.date_end, c.time_precision, c.place_text,
            c.admin1, c.admin2, c.latitude, c.longitude, c.perpetrator, c.target, c.killed_min,
            c.killed_max, c.injured_min, c.injured_max, c.n_reports]
    stmt = (sa.select(*cols).where(*conditions(query, engine.dialect.name),
                             *_cell_conditions(engine.dialect.name, by, key))
            .order_by(c.date_start.asc().nulls_last(), c.id.asc()))
    if limit is not None:
        stmt = stmt.limit(limit)
    return [EventRow(**r._asdict()) for r in _fetch(engine, stmt)]


def document_counts(
    engine: Engine, period: str, *, date_from: date | None = None, date_to: date | None = None,
) -> dict[Any, int]:
    """Documents per period of their publication date: the reporting volume a claim test controls for.

    Keys are as in :func:`tally_rows` for the same period; documents without a date are left out.
    """
    dialect = engine.dialect.name
    published = documents.c.published
    day = sa.func.date(published, type_=sa.Date) if dialect == "sqlite" else sa.cast(published, sa.Date)
    key = period_expr(day, period, dialect).label("k")
    stmt = sa.select(key, sa.func.count()).where(published.is_not(None)).group_by(key.element)
    if date_from is not None:
        stmt = stmt.where(day >= date_from)
    if date_to is not None:
        stmt = stmt.where(day <= date_to)
    return {r[0]: int(r[1]) for r in _fetch(engine, stmt)}
