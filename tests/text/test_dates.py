"""Dates: explicit, partial and relative, resolved against the publication date."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.text.dates import DateMention, find_dates
from marsad.text.normalize import normalize
from marsad.vocab import TimePrecision

DAY, WEEK, MONTH, YEAR = TimePrecision.DAY, TimePrecision.WEEK, TimePrecision.MONTH, TimePrecision.YEAR
PUB = date(2024, 4, 17)  # a Wednesday


def _found(
    text: str, published: date | None = PUB, language: str = "ar"
) -> list[tuple[str, date, date, str, bool]]:
    norm = normalize(text)
    return [
        (norm.quote(m.start, m.end), m.start_date, m.end_date, m.precision.value, m.relative)
        for m in find_dates(norm, published=published, language=language)
    ]


def _one(text: str, published: date | None = PUB, language: str = "ar") -> tuple[str, date, date, str, bool]:
    found = _found(text, published, language)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "quote", "day"),
    [
        ("قتل في 12 نيسان 2024 شخص", "12 نيسان 2024", date(2024, 4, 12)),
        ("في ١٢ نيسان/أبريل ٢٠٢٤", "١٢ نيسان/أبريل ٢٠٢٤", date(2024, 4, 12)),
        ("في 3 كانون الثاني 2023", "3 كانون الثاني 2023", date(2023, 1, 3)),
        ("في 30 تشرين الأول 2022", "30 تشرين الأول 2022", date(2022, 10, 30)),
        ("في 1 آب 2021", "1 آب 2021", date(2021, 8, 1)),
        ("في 5 من يونيو عام 2020", "5 من يونيو عام 2020", date(2020, 6, 5)),
        ("يوم 9 يوليه 2019م", "9 يوليه 2019م", date(2019, 7, 9)),
        ("في 2024/4/12", "2024/4/12", date(2024, 4, 12)),
        ("في 12-04-2024", "12-04-2024", date(2024, 4, 12)),
        ("في 12.04.2024", "12.04.2024", date(2024, 4, 12)),
        ("في 04/13/2024", "04/13/2024", date(2024, 4, 13)),  # month first only when day first fails
        ("يوم الاثنين 15 نيسان 2024", "يوم الاثنين 15 نيسان 2024", date(2024, 4, 15)),
        ("الاثنين الموافق 15/4/2024", "الاثنين الموافق 15/4/2024", date(2024, 4, 15)),
    ],
)
def test_find_dates_reads_explicit_arabic_dates(text: str, quote: str, day: date) -> None:
    assert _one(text) == (quote, day, day, "day", False)


@pytest.mark.parametrize(
    ("text", "quote", "day"),
    [
        ("on April 12, 2024 a", "April 12, 2024", date(2024, 4, 12)),
        ("on 12 April 2024", "12 April 2024", date(2024, 4, 12)),
        ("April 12th, 2023", "April 12th, 2023", date(2023, 4, 12)),
        ("the 3rd of May 2022", "3rd of May 2022", date(2022, 5, 3)),
    ],
)
def test_find_dates_reads_explicit_english_dates(text: str, quote: str, day: date) -> None:
    assert _one(text, language="en") == (quote, day, day, "day", False)


@pytest.mark.parametrize(
    ("text", "quote", "first", "last", "precision", "relative"),
    [
        ("نيسان 2023", "نيسان 2023", date(2023, 4, 1), date(2023, 4, 30), "month", False),
        ("نيسان (أبريل) 2023", "نيسان (أبريل) 2023", date(2023, 4, 1), date(2023, 4, 30), "month", False),
        ("في شهر نيسان", "شهر نيسان", date(2024, 4, 1), date(2024, 4, 30), "month", True),
        ("في شهر أيار", "شهر أيار", date(2023, 5, 1), date(2023, 5, 31), "month", True),
        ("في شهر آب", "شهر آب", date(2023, 8, 1), date(2023, 8, 31), "month", True),
        ("بنيسان", "بنيسان", date(2024, 4, 1), date(2024, 4, 30), "month", True),
        ("أبريل/نيسان الماضي", "أبريل/نيسان الماضي", date(2023, 4, 1), date(2023, 4, 30), "month", True),
        ("آذار الماضي", "آذار الماضي", date(2024, 3, 1), date(2024, 3, 31), "month", True),
        ("أيار المنصرم", "أيار المنصرم", date(2023, 5, 1), date(2023, 5, 31), "month", True),
        ("الشهر الماضي", "الشهر الماضي", date(2024, 3, 1), date(2024, 3, 31), "month", True),
        ("مطلع الشهر الجاري", "مطلع الشهر الجاري", date(2024, 4, 1), date(2024, 4, 30), "month", True),
        ("عام 2019", "عام 2019", date(2019, 1, 1), date(2019, 12, 31), "year", False),
        ("وفي 2019 قتل", "2019", date(2019, 1, 1), date(2019, 12, 31), "year", False),
        ("العام الماضي", "العام الماضي", date(2023, 1, 1), date(2023, 12, 31), "year", True),
        ("الأسبوع الماضي", "الأسبوع الماضي", date(2024, 4, 10), date(2024, 4, 16), "week", True),
        ("هذا الأسبوع", "هذا الأسبوع", date(2024, 4, 15), date(2024, 4, 21), "week", True),
        ("خلال الأسبوع المقبل", "الأسبوع المقبل", date(2024, 4, 18), date(2024, 4, 24), "week", True),
    ],
)
def test_find_dates_reads_months_years_and_periods(
    text: str, quote: str, first: date, last: date, precision: str, relative: bool
) -> None:
    assert _one(text) == (quote, first, last, precision, relative)


@pytest.mark.parametrize(
    ("text", "quote", "day"),
    [
        ("أمس", "أمس", date(2024, 4, 16)),
        ("وأمس", "وأمس", date(2024, 4, 16)),
        ("بالأمس", "بالأمس", date(2024, 4, 16)),
        ("البارحة", "البارحة", date(2024, 4, 16)),
        ("أول أمس", "أول أمس", date(2024, 4, 15)),
        ("أول من أمس", "أول من أمس", date(2024, 4, 15)),
        ("اليوم", "اليوم", PUB),
        ("فجر اليوم", "فجر اليوم", PUB),
        ("صباح اليوم", "صباح اليوم", PUB),
        ("مساء اليوم", "مساء اليوم", PUB),
        ("الليلة الماضية", "الليلة الماضية", date(2024, 4, 16)),
        ("ليلة أمس", "ليلة أمس", date(2024, 4, 16)),
        ("منذ يومين", "منذ يومين", date(2024, 4, 15)),
        ("قبل ثلاثة أيام", "قبل ثلاثة أيام", date(2024, 4, 14)),
        ("قبل 5 أيام", "قبل 5 أيام", date(2024, 4, 12)),
        ("يوم الاثنين", "يوم الاثنين", date(2024, 4, 15)),
        ("صباح الإثنين", "صباح الإثنين", date(2024, 4, 15)),
        ("الخميس", "الخميس", date(2024, 4, 11)),
        ("والجمعة", "والجمعة", date(2024, 4, 12)),
        ("الأربعاء", "الأربعاء", PUB),  # publication day itself
        ("الأربعاء الماضي", "الأربعاء الماضي", date(2024, 4, 10)),
        ("الأحد", "الأحد", date(2024, 4, 14)),
        ("السبت", "السبت", date(2024, 4, 13)),
        ("الثلاثاء", "الثلاثاء", date(2024, 4, 16)),
    ],
)
def test_find_dates_resolves_relative_arabic_days(text: str, quote: str, day: date) -> None:
    assert _one(text) == (quote, day, day, "day", True)


@pytest.mark.parametrize(
    ("text", "quote", "first", "last", "precision"),
    [
        ("yesterday", "yesterday", date(2024, 4, 16), date(2024, 4, 16), "day"),
        ("today", "today", PUB, PUB, "day"),
        ("last night", "last night", date(2024, 4, 16), date(2024, 4, 16), "day"),
        ("this morning", "this morning", PUB, PUB, "day"),
        ("two days ago", "two days ago", date(2024, 4, 15), date(2024, 4, 15), "day"),
        ("on Monday", "Monday", date(2024, 4, 15), date(2024, 4, 15), "day"),
        ("last Friday", "last Friday", date(2024, 4, 12), date(2024, 4, 12), "day"),
        ("on April 12", "April 12", date(2024, 4, 12), date(2024, 4, 12), "day"),
        ("last week", "last week", date(2024, 4, 10), date(2024, 4, 16), "week"),
        ("last month", "last month", date(2024, 3, 1), date(2024, 3, 31), "month"),
        ("in April", "April", date(2024, 4, 1), date(2024, 4, 30), "month"),
        ("in May", "May", date(2023, 5, 1), date(2023, 5, 31), "month"),
    ],
)
def test_find_dates_resolves_relative_english(
    text: str, quote: str, first: date, last: date, precision: str
) -> None:
    assert _one(text, language="en") == (quote, first, last, precision, True)


@pytest.mark.parametrize(
    "text",
    [
        "قتل الاثنين",  # "the two", not Monday
        "أب الشهيد",  # father, not August
        "مارس الضغط",  # "he exerted", not March
        "قتل 2019 شخصا",  # a bare number is no year
        "عام 3000",  # out of range
        "في 31/02/2024",  # no such day
    ],
)
def test_find_dates_ignores_lookalikes(text: str) -> None:
    assert _found(text) == []


def test_find_dates_skips_modal_may_in_english() -> None:
    assert _found("it may rain", language="en") == []


@pytest.mark.parametrize(
    "text", ["أمس", "يوم الخميس", "الشهر الماضي", "في شهر نيسان", "منذ يومين", "12 نيسان"]
)
def test_find_dates_does_not_guess_relative_dates_without_publication(text: str) -> None:
    assert _found(text, published=None) == []


def test_find_dates_accepts_a_timestamp_as_publication() -> None:
    norm = normalize("أمس")
    (m,) = find_dates(norm, published=datetime(2024, 4, 17, 23, 59))
    assert (m.start_date, type(m.start_date)) == (date(2024, 4, 16), date)


def test_find_dates_keeps_explicit_dates_without_publication() -> None:
    assert _one("12 نيسان 2024", published=None)[1] == date(2024, 4, 12)


def test_find_dates_day_month_without_year_is_latest_not_after_publication() -> None:
    assert _one("في 12 نيسان")[1] == date(2024, 4, 12)
    assert _one("في 20 نيسان")[1] == date(2023, 4, 20)  # after publication: the year before


def test_find_dates_prefers_the_longest_match_and_never_overlaps() -> None:
    text = "قتل يوم الاثنين 15 نيسان 2024 ثم أمس في شهر آذار الماضي"
    found = _found(text)
    assert [q for q, *_ in found] == ["يوم الاثنين 15 نيسان 2024", "أمس", "شهر آذار الماضي"]
    norm = normalize(text)
    mentions = find_dates(norm, published=PUB)
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


def test_find_dates_joins_a_relative_day_and_its_weekday() -> None:
    assert _one("فجر اليوم الأربعاء") == ("فجر اليوم الأربعاء", PUB, PUB, "day", True)
    assert _one("أمس الثلاثاء") == ("أمس الثلاثاء", date(2024, 4, 16), date(2024, 4, 16), "day", True)
    # a weekday that contradicts the relative word stays a separate mention
    assert len(_found("أمس الخميس")) == 2


def test_find_dates_returns_normalized_offsets() -> None:
    norm = normalize("وقُتِلَ أمسِ")
    (m,) = find_dates(norm, published=PUB)
    assert isinstance(m, DateMention)
    assert norm.text[m.start : m.end] == "امس"
    assert norm.quote(m.start, m.end) == "أمسِ"


def test_find_dates_language_picks_vocabulary() -> None:
    assert _found("yesterday", language="ar") == []
    assert _found("أمس", language="en") == []
    assert len(_found("أمس yesterday", language="any")) == 2


_MONTHS = {
    1: ["كانون الثاني", "يناير"],
    2: ["شباط", "فبراير"],
    3: ["آذار", "مارس"],
    4: ["نيسان", "أبريل", "ابريل", "إبريل"],
    5: ["أيار", "مايو"],
    6: ["حزيران", "يونيو", "يونيه"],
    7: ["تموز", "يوليو", "يوليه"],
    8: ["آب", "أغسطس"],
    9: ["أيلول", "سبتمبر"],
    10: ["تشرين الأول", "أكتوبر"],
    11: ["تشرين الثاني", "نوفمبر"],
    12: ["كانون الأول", "ديسمبر"],
}
_DIGITS = [
    str.maketrans("", ""),
    str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
    str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"),
]


@given(
    st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
    st.integers(min_value=0, max_value=3),
    st.sampled_from(_DIGITS),
    st.sampled_from(["", "في ", "يوم ", "بتاريخ "]),
    st.sampled_from([None, PUB]),
)
def test_find_dates_reads_rendered_arabic_dates(
    d: date, which: int, digits: dict[int, int], lead: str, published: date | None
) -> None:
    names = _MONTHS[d.month]
    text = f"{lead}{str(d.day).translate(digits)} {names[which % len(names)]} {str(d.year).translate(digits)}"
    assert _found(text, published) == [(text[len(lead) :], d, d, "day", False)]


@given(
    st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
    st.sampled_from(_DIGITS),
    st.booleans(),
)
def test_find_dates_reads_numeric_dates_in_any_digits(
    d: date, digits: dict[int, int], year_first: bool
) -> None:
    raw = f"{d.year}/{d.month}/{d.day}" if year_first else f"{d.day:02d}-{d.month:02d}-{d.year}"
    found = _found(raw.translate(digits))
    assert [(f[1], f[3]) for f in found] == [(d, "day")]


@given(
    st.dates(min_value=date(2000, 1, 8), max_value=date(2090, 12, 31)), st.integers(min_value=0, max_value=6)
)
def test_find_dates_weekday_is_never_after_publication(published: date, wd: int) -> None:
    names = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
    (_, day, _, _, _) = _one(f"يوم {names[wd]}", published)
    assert day.weekday() == wd
    assert 0 <= (published - day).days <= 6


@pytest.mark.parametrize(
    ("text", "language", "quote", "first", "last", "precision"),
    [
        ("قتل 5 منذ مطلع العام الجاري", "ar", "منذ مطلع العام الجاري", date(2024, 1, 1), PUB, "year"),
        ("منذ بداية العام", "ar", "منذ بداية العام", date(2024, 1, 1), PUB, "year"),
        ("ومنذ بداية السنة الحالية", "ar", "ومنذ بداية السنة الحالية", date(2024, 1, 1), PUB, "year"),
        ("منذ مطلع آذار", "ar", "منذ مطلع آذار", date(2024, 3, 1), PUB, "month"),
        ("منذ بداية الشهر", "ar", "منذ بداية الشهر", date(2024, 4, 1), PUB, "month"),
        ("منذ مطلع أبريل الجاري", "ar", "منذ مطلع أبريل الجاري", date(2024, 4, 1), PUB, "month"),
        ("منذ كانون الثاني", "ar", "منذ كانون الثاني", date(2024, 1, 1), PUB, "year"),
        ("since the start of the year", "en", "since the start of the year", date(2024, 1, 1), PUB, "year"),
        ("since the beginning of this year", "en", "since the beginning of this year", date(2024, 1, 1), PUB,
         "year"),
        ("since early March", "en", "since early March", date(2024, 3, 1), PUB, "month"),
        ("since the start of the month", "en", "since the start of the month", date(2024, 4, 1), PUB,
         "month"),
        ("since early December", "en", "since early December", date(2023, 12, 1), PUB, "month"),
    ],
)
def test_find_dates_reads_since_the_start_of_a_period_up_to_publication(
    text: str, language: str, quote: str, first: date, last: date, precision: str
) -> None:
    assert _one(text, language=language) == (quote, first, last, precision, True)


@pytest.mark.parametrize(
    ("text", "language", "quote", "first", "last", "relative"),
    [
        ("خلال الربع الأول من عام 2024", "ar", "الربع الأول من عام 2024", date(2024, 1, 1), date(2024, 3, 31),
         False),
        ("في الربع الثاني من 2023", "ar", "الربع الثاني من 2023", date(2023, 4, 1), date(2023, 6, 30), False),
        ("الربع الأخير لعام 2022", "ar", "الربع الأخير لعام 2022", date(2022, 10, 1), date(2022, 12, 31),
         False),
        ("في الربع الثالث من العام الماضي", "ar", "الربع الثالث من العام الماضي", date(2023, 7, 1),
         date(2023, 9, 30), True),
        ("النصف الأول من العام", "ar", "النصف الأول من العام", date(2024, 1, 1), date(2024, 6, 30), True),
        ("والنصف الثاني من 2021", "ar", "والنصف الثاني من 2021", date(2021, 7, 1), date(2021, 12, 31), False),
        ("in the first quarter of 2024", "en", "first quarter of 2024", date(2024, 1, 1), date(2024, 3, 31),
         False),
        ("during the fourth quarter of last year", "en", "fourth quarter of last year", date(2023, 10, 1),
         date(2023, 12, 31), True),
        ("in the first half of 2024", "en", "first half of 2024", date(2024, 1, 1), date(2024, 6, 30), False),
    ],
)
def test_find_dates_reads_quarters_and_halves_of_a_year(
    text: str, language: str, quote: str, first: date, last: date, relative: bool
) -> None:
    assert _one(text, language=language) == (quote, first, last, "year", relative)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("منذ مطلع العام", "ar"),
        ("since early March", "en"),
        ("النصف الأول من العام", "ar"),
    ],
)
def test_find_dates_does_not_resolve_periods_to_date_without_publication(text: str, language: str) -> None:
    assert _found(text, published=None, language=language) == []


def test_find_dates_needs_a_year_after_a_quarter() -> None:
    assert _found("الربع الأول من المباراة") == []
    assert _found("the first half of the match", language="en") == []


@given(
    st.integers(min_value=2000, max_value=2030),
    st.integers(min_value=1, max_value=4),
    st.sampled_from([("ar", ["الربع الأول", "الربع الثاني", "الربع الثالث", "الربع الرابع"], "من عام "),
                     ("en", ["first quarter", "second quarter", "third quarter", "fourth quarter"], "of ")]),
)
def test_find_dates_quarter_is_three_months_inside_its_year(
    year: int, quarter: int, words: tuple[str, list[str], str]
) -> None:
    language, names, link = words
    (_, first, last, precision, _) = _one(f"{names[quarter - 1]} {link}{year}", language=language)
    assert (first.year, last.year, precision) == (year, year, "year")
    assert first.day == 1 and first.month == 3 * quarter - 2
    assert last.month - first.month == 2 and (last + timedelta(days=1)).day == 1


@pytest.mark.parametrize(
    ("text", "language", "quote", "first", "last"),
    [
        # counted back from publication (Wednesday 2024-04-17), about that week: three days either side
        ("قبل أسبوع", "ar", "قبل أسبوع", date(2024, 4, 7), date(2024, 4, 13)),
        ("منذ أسبوعين", "ar", "منذ أسبوعين", date(2024, 3, 31), date(2024, 4, 6)),
        ("قبل ثلاثة أسابيع", "ar", "قبل ثلاثة أسابيع", date(2024, 3, 24), date(2024, 3, 30)),
        ("two weeks ago", "en", "two weeks ago", date(2024, 3, 31), date(2024, 4, 6)),
    ],
)
def test_weeks_ago_are_about_that_week(text: str, language: str, quote: str, first: date, last: date) -> None:
    assert _one(text, language=language) == (quote, first, last, "week", True)
