"""Calendar periods: keys, labels and complete ranges for day, week (ISO, Monday first), month, year."""

from __future__ import annotations

import re
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from marsad.errors import ConfigError

__all__ = [
    "Period",
    "month_bounds",
    "parse_period_label",
    "period_key_start",
    "period_label",
    "period_start",
    "period_starts",
]


class Period(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


def period_start(d: date, period: Period) -> date:
    """The first day of the period holding ``d``."""
    if period is Period.DAY:
        return d
    if period is Period.WEEK:
        return d - timedelta(days=d.weekday())
    if period is Period.MONTH:
        return d.replace(day=1)
    return d.replace(month=1, day=1)


def next_start(start: date, period: Period) -> date:
    if period is Period.DAY:
        return start + timedelta(days=1)
    if period is Period.WEEK:
        return start + timedelta(days=7)
    if period is Period.MONTH:
        return date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return date(start.year + 1, 1, 1)


def period_starts(first: date, last: date, period: Period) -> list[date]:
    """Every period start from the period of ``first`` to the period of ``last`` (inclusive)."""
    out: list[date] = []
    cur, end = period_start(first, period), period_start(last, period)
    while cur <= end:
        out.append(cur)
        cur = next_start(cur, period)
    return out


def period_label(start: date, period: Period) -> str:
    """``2024-04-03``, ``2024-W14``, ``2024-04`` or ``2024``."""
    if period is Period.DAY:
        return start.isoformat()
    if period is Period.WEEK:
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if period is Period.MONTH:
        return f"{start.year:04d}-{start.month:02d}"
    return f"{start.year:04d}"


def period_key_start(key: Any, period: Period) -> date | None:
    """The start date of a store period key (a date for day/week, ``YYYY-MM``/``YYYY`` text otherwise)."""
    if key is None:
        return None
    if isinstance(key, date):
        return key
    text = str(key)
    if period is Period.MONTH:
        return date(int(text[:4]), int(text[5:7]), 1)
    if period is Period.YEAR:
        return date(int(text[:4]), 1, 1)
    return date.fromisoformat(text[:10])


def month_bounds(month: str) -> tuple[date, date]:
    """``"2024-04"`` -> (2024-04-01, 2024-04-30)."""
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", month.strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ConfigError(f"{month!r} is not a month", hint="write it as YYYY-MM, e.g. 2024-04")
    start = date(int(m.group(1)), int(m.group(2)), 1)
    return start, next_start(start, Period.MONTH) - timedelta(days=1)


def parse_period_label(label: str) -> tuple[date, date] | None:
    """The inclusive date range of ``2024``, ``2024-04``, ``2024-W15`` or ``2024-04-03``; None if unknown."""
    text = label.strip()
    if m := re.fullmatch(r"(\d{4})-W(\d{1,2})", text):
        start = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return start, start + timedelta(days=6)
    if re.fullmatch(r"\d{4}-\d{1,2}", text):
        return month_bounds(text)
    if re.fullmatch(r"\d{4}", text):
        return date(int(text), 1, 1), date(int(text), 12, 31)
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return None
    return day, day
