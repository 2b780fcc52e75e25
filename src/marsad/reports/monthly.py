"""The monthly report's content: every number with the ids of the events behind it.

:func:`build_monthly` runs a handful of GROUP BY queries for one month (and optionally one area)
and returns a :class:`MonthlyReport`; :mod:`marsad.reports.render` turns it into Markdown and HTML.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy.engine import Engine

from marsad.analyze.fetch import split_series
from marsad.analyze.periods import Period, month_bounds
from marsad.analyze.rules import COUNTED_CERTAINTIES
from marsad.analyze.tally import ClaimComparison, claim_query, compare_claim
from marsad.analyze.trends import Change, detect_changes
from marsad.model import TallyClaim
from marsad.store.analytics import EventQuery, EventRow, TallyRow, event_rows, tally_rows

__all__ = ["Cell", "MonthlyReport", "build_monthly"]

TOP_ACTORS = 10
BASELINE_MONTHS = 6


@dataclass(frozen=True, slots=True, kw_only=True)
class Cell:
    """One number in the report: its label, its measures and the events behind it (``anchor``)."""

    key: str
    events: int
    killed_min: int
    killed_max: int
    injured_min: int
    injured_max: int
    anchor: str
    event_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class MonthlyReport:
    month: str
    start: date
    end: date
    area: str
    generated: datetime
    total: Cell
    previous_total: int
    by_type: tuple[Cell, ...]
    by_actor: tuple[Cell, ...]
    by_area: tuple[Cell, ...]
    by_day: tuple[tuple[date, int], ...]
    alerts: tuple[Change, ...]
    claims: tuple[ClaimComparison, ...]
    events: tuple[EventRow, ...]


def _anchor(prefix: str, key: str = "") -> str:
    """An HTML id: readable for ASCII keys, with a short hash so Arabic names never collide."""
    readable = re.sub(r"[^0-9A-Za-z_]+", "_", key).strip("_")[:40]
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:6] if key else ""
    return "-".join(p for p in ("n", prefix, readable, digest) if p)


def _cells(prefix: str, rows: Sequence[TallyRow], members: dict[str, list[str]]) -> tuple[Cell, ...]:
    out = []
    for r in sorted(rows, key=lambda r: (-r.events, str(r.key[0]))):
        key = str(r.key[0] or "")
        out.append(Cell(key=key, events=r.events, killed_min=r.killed_min, killed_max=r.killed_max,
                        injured_min=r.injured_min, injured_max=r.injured_max,
                        anchor=_anchor(prefix, key), event_ids=tuple(members.get(key, []))))
    return tuple(out)


def _overlaps(claim: TallyClaim, start: date, end: date) -> bool:
    q = claim_query(claim, EventQuery())
    return q is not None and q.date_from is not None and q.date_to is not None and \
        q.date_from <= end and q.date_to >= start


def build_monthly(
    engine: Engine, claims: Sequence[TallyClaim], *, month: str, area: str = "",
    generated: datetime | None = None,
) -> MonthlyReport:
    start, end = month_bounds(month)
    query = EventQuery(date_from=start, date_to=end, area=area, certainties=COUNTED_CERTAINTIES)
    events = event_rows(engine, query)
    members: dict[str, dict[str, list[str]]] = {"type": {}, "actor": {}, "admin1": {}}
    for ev in events:
        members["type"].setdefault(ev.event_type, []).append(ev.id)
        members["actor"].setdefault(ev.perpetrator, []).append(ev.id)
        members["admin1"].setdefault(ev.admin1, []).append(ev.id)
    total_row = tally_rows(engine, query, ())[0]
    total = Cell(key="total", events=total_row.events, killed_min=total_row.killed_min,
                 killed_max=total_row.killed_max, injured_min=total_row.injured_min,
                 injured_max=total_row.injured_max, anchor=_anchor("all"),
                 event_ids=tuple(e.id for e in events))
    prev_end = start - timedelta(days=1)
    prev = tally_rows(engine, replace(query, date_from=prev_end.replace(day=1), date_to=prev_end), ())[0]
    by_day = {}
    for r in tally_rows(engine, query, ("day",)):
        if r.key[0] is not None:
            by_day[r.key[0]] = r.events
    days = tuple((start + timedelta(days=i), by_day.get(start + timedelta(days=i), 0))
                 for i in range((end - start).days + 1))
    first = start
    for _ in range(BASELINE_MONTHS):
        first = (first - timedelta(days=1)).replace(day=1)
    unbounded = replace(query, date_from=None, date_to=None)
    series = split_series(engine, unbounded, Period.MONTH, "type", first, end)
    alerts = tuple(c for c in detect_changes(series, window=BASELINE_MONTHS, last=1) if c.alert)
    comparisons = []
    for claim in claims:
        if not _overlaps(claim, start, end):
            continue
        cq = claim_query(claim, replace(query, date_from=None, date_to=None))
        ours = tally_rows(engine, cq, ())[0].events if cq is not None else None
        comparisons.append(compare_claim(claim, cq, ours))
    return MonthlyReport(
        month=month, start=start, end=end, area=area, generated=generated or datetime.now().astimezone(),
        total=total, previous_total=prev.events,
        by_type=_cells("type", tally_rows(engine, query, ("type",)), members["type"]),
        by_actor=_cells("actor", tally_rows(engine, query, ("actor",)), members["actor"])[:TOP_ACTORS],
        by_area=_cells("area", tally_rows(engine, query, ("admin1",)), members["admin1"]),
        by_day=days, alerts=alerts, claims=tuple(comparisons), events=tuple(events),
    )
