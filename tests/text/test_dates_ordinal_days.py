"""A day named with its month's position ("15 نيسان الماضي", "3 أيار الجاري"), an Arabic ordinal day
("الثالث من أيار", "الخامس عشر من الشهر الجاري"), a bare English ordinal ("on the 12th", "on the 3rd of
this month") and "last year" after a month ("April 15 last year")."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.text.dates import find_dates
from marsad.text.normalize import normalize

PUB = date(2024, 5, 10)  # a Friday


def _days(text: str, language: str = "ar") -> list[tuple[date, date, str]]:
    norm = normalize(text)
    return [(m.start_date, m.end_date, m.precision.value)
            for m in find_dates(norm, published=PUB, language=language)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("قتل جندي في ١٥ نيسان الماضي", date(2024, 4, 15)),
        ("في 15 أبريل الماضي", date(2024, 4, 15)),
        # the month's last occurrence before the publication month
        ("يوم 15 أيار الماضي", date(2023, 5, 15)),
        ("في 3 أيار الجاري", date(2024, 5, 3)),
        ("في الثالث من أيار الجاري", date(2024, 5, 3)),
        ("في الثالث من الشهر الجاري", date(2024, 5, 3)),
        ("الخامس عشر من نيسان الماضي", date(2024, 4, 15)),
        ("الحادي والعشرين من الشهر الماضي", date(2024, 4, 21)),
        ("في الثاني من آب 2023", date(2023, 8, 2)),
    ],
)
def test_arabic_days_with_their_month(text: str, day: date) -> None:
    assert _days(text) == [(day, day, "day")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The bodies were found on the 12th, residents said.", date(2024, 4, 12)),
        ("Gunmen shot a teacher on the 3rd in Tell Qaswa.", date(2024, 5, 3)),
        ("It happened on the 3rd of this month.", date(2024, 5, 3)),
        ("It happened on the 21st of last month.", date(2024, 4, 21)),
        ("Gunmen attacked a checkpoint on April 15 last year.", date(2023, 4, 15)),
        ("Gunmen attacked a checkpoint on 12 April last year.", date(2023, 4, 12)),
    ],
)
def test_english_ordinal_days_and_last_year(text: str, day: date) -> None:
    assert _days(text, "en") == [(day, day, "day")]


@pytest.mark.parametrize(
    "text",
    [
        "الأول من نوعه في المنطقة",  # an ordinal before "من" and no month
        "المؤتمر الثاني من أجل السلام",
    ],
)
def test_arabic_ordinals_without_a_month_are_no_dates(text: str) -> None:
    assert _days(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The blast hit a flat on the 12th floor.",
        "They marked the 3rd anniversary of the battle.",  # no "on the"
        "on the 3rd anniversary of the battle",
    ],
)
def test_english_ordinals_of_other_things_are_no_dates(text: str) -> None:
    assert _days(text, "en") == []


def test_a_month_last_year_is_the_year_before() -> None:
    assert _days("Gunmen attacked a checkpoint in April last year.", "en") == [
        (date(2023, 4, 1), date(2023, 4, 30), "month")
    ]


@pytest.mark.parametrize(
    ("text", "language", "first"),
    [
        ("في آذار من العام الماضي", "ar", date(2023, 3, 1)),
        ("في شهر آذار من العام الجاري", "ar", date(2024, 3, 1)),
        ("in March of last year", "en", date(2023, 3, 1)),
    ],
)
def test_a_month_of_a_relative_year(text: str, language: str, first: date) -> None:
    found = _days(text, language)
    assert [(a, p) for a, _, p in found] == [(first, "month")]
