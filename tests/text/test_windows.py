"""Rolling windows counted back from the publication date (invented sentences)."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.text.dates import find_dates
from marsad.text.normalize import normalize
from marsad.text.windows import find_windows
from marsad.vocab import TimePrecision

PUB = date(2024, 6, 12)


def _windows(text: str, language: str = "any") -> list[tuple[str, date, date, TimePrecision, bool]]:
    norm = normalize(text).text
    return [
        (norm[w.start : w.end], w.start_date, w.end_date, w.precision, w.rolling)
        for w in find_windows(norm, published=PUB, language=language)
    ]


@pytest.mark.parametrize(
    ("text", "quote", "first", "precision"),
    [
        ("attacks over the past week", "the past week", date(2024, 6, 5), TimePrecision.WEEK),
        ("in the past 30 days", "the past 30 days", date(2024, 5, 13), TimePrecision.DAY),
        ("during the last two months", "the last two months", date(2024, 4, 13), TimePrecision.MONTH),
        ("in recent weeks", "recent weeks", date(2024, 5, 15), TimePrecision.WEEK),
        ("over the past few days", "the past few days", date(2024, 6, 5), TimePrecision.DAY),
        ("خلال الأيام العشرة الماضية", "الايام العشره الماضيه", date(2024, 6, 2), TimePrecision.DAY),
        ("خلال الشهرين الماضيين", "الشهرين الماضيين", date(2024, 4, 13), TimePrecision.MONTH),
        ("في الأسابيع الأخيرة", "الاسابيع الاخيره", date(2024, 5, 15), TimePrecision.WEEK),
        ("خلال الأشهر الستة الماضية", "الاشهر السته الماضيه", date(2023, 12, 15), TimePrecision.MONTH),
        ("خلال الـ30 يوما الماضية", "ال30 يوما الماضيه", date(2024, 5, 13), TimePrecision.DAY),
        ("خلال الأسبوع الأخير", "الاسبوع الاخير", date(2024, 6, 5), TimePrecision.WEEK),
        ("in the past 24 hours", "the past 24 hours", date(2024, 6, 11), TimePrecision.DAY),
        ("خلال الـ48 ساعة الماضية", "ال48 ساعه الماضيه", date(2024, 6, 10), TimePrecision.DAY),
        ("over the past fortnight", "the past fortnight", date(2024, 5, 29), TimePrecision.WEEK),
        ("خلال الساعات الماضية", "الساعات الماضيه", date(2024, 6, 11), TimePrecision.DAY),
        ("in recent hours", "recent hours", date(2024, 6, 11), TimePrecision.DAY),
        ("خلال السنة الأخيرة", "السنه الاخيره", date(2023, 6, 13), TimePrecision.YEAR),
    ],
)
def test_window_ends_on_publication_and_counts_back_its_units(
    text: str, quote: str, first: date, precision: TimePrecision
) -> None:
    assert _windows(text) == [(quote, first, PUB, precision, True)]


def test_so_far_this_year_is_the_calendar_year_to_date() -> None:
    expected = ("so far this year", date(2024, 1, 1), PUB, TimePrecision.YEAR, False)
    assert _windows("so far this year") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "last week",  # the date reader's week
        "الأسبوع الماضي",
        "الشهر الماضي",  # the calendar month before publication
        "the last two attacks",
        "in the last week of April",
        "في الشهر الأخير من العام",  # the last month of the year
        "في اليوم الأخير",
        "in the past 40 years",  # history, no window
        "the past",
        "last two",
    ],
)
def test_no_window_in_calendar_periods_or_other_words(text: str) -> None:
    assert _windows(text) == []


def test_language_picks_the_vocabulary() -> None:
    assert _windows("the past week", "ar") == []
    assert _windows("الشهرين الماضيين", "en") == []


def test_no_window_without_a_publication_date() -> None:
    assert find_windows(normalize("over the past week").text, published=None) == []


def test_date_reader_is_unchanged_on_window_phrases() -> None:
    norm = normalize("so far this year, in the past 30 days")
    found = find_dates(norm, published=PUB, language="en")
    assert [(norm.text[d.start : d.end], d.precision) for d in found] == [("this year", TimePrecision.YEAR)]


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz 0123456789اليومشهرينالماضية", max_size=80))
def test_windows_are_ordered_disjoint_and_end_on_publication(text: str) -> None:
    norm = normalize(text).text
    found = find_windows(norm, published=PUB, language="any")
    assert all(a.end <= b.start for a, b in pairwise(found))
    assert all(w.start_date <= w.end_date == PUB for w in found)
