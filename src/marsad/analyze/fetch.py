"""Count series straight from a store's engine (one GROUP BY each), for trends and claim tests."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy.engine import Engine

from marsad.analyze.periods import Period, period_key_start
from marsad.analyze.series import CountSeries, keyed_counts, series_from_counts, series_from_rows
from marsad.store.analytics import EventQuery, document_counts, tally_rows

__all__ = ["count_series", "date_span", "split_series", "volume_series"]


def date_span(engine: Engine, queries: Sequence[EventQuery]) -> tuple[date, date] | None:
    """First and last counting date over the union of the queries (None when nothing matches)."""
    days: list[date] = []
    for q in queries:
        for row in tally_rows(engine, q, ("day",)):
            start = period_key_start(row.key[0], Period.DAY)
            if start is not None:
                days.append(start)
    return (min(days), max(days)) if days else None


def count_series(
    engine: Engine, query: EventQuery, period: Period, first: date, last: date, *, name: str,
) -> CountSeries:
    q = replace(query, date_from=first if query.date_from is None else max(first, query.date_from),
                date_to=last if query.date_to is None else min(last, query.date_to))
    return series_from_rows(name, period, tally_rows(engine, q, (period.value,)), first, last)


def split_series(
    engine: Engine, query: EventQuery, period: Period, dimension: str, first: date, last: date,
) -> list[CountSeries]:
    """One series per value of ``dimension`` (e.g. one per event type), from a single query."""
    q = replace(query, date_from=first, date_to=last)
    grouped: dict[str, dict[object, int]] = {}
    for row in tally_rows(engine, q, (period.value, dimension)):
        grouped.setdefault(str(row.key[1] or "(none)"), {})[row.key[0]] = row.events
    return [series_from_counts(f"{dimension}={value}", period, keyed_counts(keyed, period), first, last)
            for value, keyed in sorted(grouped.items())]


def volume_series(engine: Engine, period: Period, first: date, last: date) -> CountSeries:
    """Documents per period (by publication date): the reporting volume."""
    keyed = document_counts(engine, period.value, date_from=first, date_to=last)
    return series_from_counts("documents", period, keyed_counts(keyed, period), first, last)
