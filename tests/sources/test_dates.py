"""parse_datetime: ISO 8601, RFC 2822 and YYYY-MM-DD to aware UTC; junk to None, never an error."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import format_datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.sources.dates import parse_datetime

OFFSETS = st.integers(min_value=-14 * 60, max_value=14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
MOMENTS = st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(2200, 12, 30))


@given(MOMENTS, OFFSETS)
def test_iso_8601_with_offset_round_trips_to_utc(moment: datetime, tz: timezone) -> None:
    aware = moment.replace(tzinfo=tz)
    parsed = parse_datetime(aware.isoformat())
    assert parsed == aware
    assert parsed is not None and parsed.utcoffset() == timedelta(0)


@given(MOMENTS)
def test_naive_iso_is_taken_as_utc(moment: datetime) -> None:
    assert parse_datetime(moment.isoformat()) == moment.replace(tzinfo=UTC)


@given(MOMENTS.map(lambda d: d.replace(microsecond=0)), OFFSETS)
def test_rfc_2822_round_trips(moment: datetime, tz: timezone) -> None:
    aware = moment.replace(tzinfo=tz)
    assert parse_datetime(format_datetime(aware)) == aware


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_plain_date_is_midnight_utc(day: date) -> None:
    assert parse_datetime(day.isoformat()) == datetime(day.year, day.month, day.day, tzinfo=UTC)


@given(st.text())
def test_junk_never_raises(text: str) -> None:
    result = parse_datetime(text)
    assert result is None or result.tzinfo is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-04-02T09:30:00Z", datetime(2024, 4, 2, 9, 30, tzinfo=UTC)),
        ("Tue, 02 Apr 2024 09:30:00 +0300", datetime(2024, 4, 2, 6, 30, tzinfo=UTC)),
        ("Tue, 02 Apr 2024 09:30:00 GMT", datetime(2024, 4, 2, 9, 30, tzinfo=UTC)),
        ("2024/4/2", datetime(2024, 4, 2, tzinfo=UTC)),
        ("", None),
        ("yesterday", None),
        ("2024-13-40", None),
    ],
)
def test_known_formats(text: str, expected: datetime | None) -> None:
    assert parse_datetime(text) == expected
