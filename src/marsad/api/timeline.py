"""The dashboard timeline: events per week (or month, for long spans) as bar heights for an SVG."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.analyze.periods import Period, period_key_start, period_label, period_starts
from marsad.store.analytics import EventQuery, tally_rows
from marsad.store.records import EventFilter
from marsad.store.store import Store

__all__ = ["Bar", "timeline"]

HEIGHT = 80.0
"""Height of the tallest bar in SVG units (the template draws a 100-unit-high box)."""
MAX_BARS = 104


@dataclass(frozen=True, slots=True, kw_only=True)
class Bar:
    label: str
    count: int
    x: float
    width: float
    height: float


def timeline(store: Store, f: EventFilter, width: float = 1000.0) -> list[Bar]:
    """Bars for the filtered events (undated ones left out), oldest first."""
    query = EventQuery(date_from=f.date_from, date_to=f.date_to, event_types=tuple(f.event_types),
                       certainties=tuple(f.certainties), actor=f.actor, area=f.area,
                       include_rejected=f.include_rejected)  # fmt: skip
    rows = tally_rows(store.engine, query, ("week",))
    period = Period.WEEK
    if len(rows) > MAX_BARS:
        rows, period = tally_rows(store.engine, query, ("month",)), Period.MONTH
    counts = {start: r.events for r in rows if (start := period_key_start(r.key[0], period)) is not None}
    if not counts:
        return []
    starts = period_starts(min(counts), max(counts), period)[-MAX_BARS:]
    dated = [(start, counts.get(start, 0)) for start in starts]  # quiet periods show as gaps of height 0
    top = max(c for _, c in dated) or 1
    step = width / len(dated)
    return [Bar(label=period_label(start, period), count=c, x=i * step, width=max(step * 0.8, 1.0),
                height=HEIGHT * c / top) for i, (start, c) in enumerate(dated)]  # fmt: skip
