from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.analyze.periods import (
    Period,
    month_bounds,
    next_start,
    parse_period_label,
    period_key_start,
    period_label,
    period_start,
    period_starts,
)
from marsad.errors import ConfigError


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 1)), st.sampled_from(list(Period)))
def test_every_day_lies_in_its_period(day: date, period: Period) -> None:
    start = period_start(day, period)
    assert start <= day < next_start(start, period)
    assert period_start(start, period) == start


def test_weeks_start_on_monday_and_are_labelled_iso() -> None:
    assert period_start(date(2024, 4, 7), Period.WEEK) == date(2024, 4, 1)  # a Sunday
    assert period_label(date(2024, 4, 1), Period.WEEK) == "2024-W14"
    assert period_label(date(2024, 12, 30), Period.WEEK) == "2025-W01"


def test_period_starts_cover_the_range_without_gaps() -> None:
    starts = period_starts(date(2024, 1, 31), date(2024, 4, 2), Period.MONTH)
    assert starts == [date(2024, 1, 1), date(2024, 2, 1), date(2024, 3, 1), date(2024, 4, 1)]


def test_month_bounds_and_bad_month() -> None:
    assert month_bounds("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    with pytest.raises(ConfigError):
        month_bounds("2024-13")


@pytest.mark.parametrize(("label", "expected"), [
    ("2024", (date(2024, 1, 1), date(2024, 12, 31))),
    ("2024-04", (date(2024, 4, 1), date(2024, 4, 30))),
    ("2024-W15", (date(2024, 4, 8), date(2024, 4, 14))),
    ("2024-04-03", (date(2024, 4, 3), date(2024, 4, 3))),
    ("last spring", None),
])
def test_parse_period_label(label: str, expected: tuple[date, date] | None) -> None:
    assert parse_period_label(label) == expected


def test_store_keys_become_period_starts() -> None:
    assert period_key_start("2024-04", Period.MONTH) == date(2024, 4, 1)
    assert period_key_start(date(2024, 4, 1), Period.WEEK) == date(2024, 4, 1)
    assert period_key_start("2024-04-03", Period.DAY) == date(2024, 4, 3)
    assert period_key_start(None, Period.DAY) is None
