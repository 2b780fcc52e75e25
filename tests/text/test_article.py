"""A whole invented Arabic news report: the text layer end to end, checked against a golden table."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from marsad.text.dates import find_dates
from marsad.text.normalize import normalize
from marsad.text.numbers import find_dual_nouns, find_numbers
from marsad.text.sentences import split_sentences

ARTICLE = (Path(__file__).parent / "data" / "article_ar.txt").read_text(encoding="utf-8")
PUB = date(2024, 4, 17)  # a Wednesday

EXPECTED_DATES = [
    ("فجر اليوم الأربعاء", date(2024, 4, 17), date(2024, 4, 17), "day"),
    ("مساء الاثنين الماضي", date(2024, 4, 15), date(2024, 4, 15), "day"),
    ("12 نيسان/أبريل 2024", date(2024, 4, 12), date(2024, 4, 12), "day"),
    ("منذ مطلع العام الجاري", date(2024, 1, 1), PUB, "year"),  # since the start of the year: to publication
    ("عام 2019", date(2019, 1, 1), date(2019, 12, 31), "year"),
    ("أمس", date(2024, 4, 16), date(2024, 4, 16), "day"),
    ("الأسبوع المقبل", date(2024, 4, 18), date(2024, 4, 24), "week"),
    ("الشهر الماضي", date(2024, 3, 1), date(2024, 3, 31), "month"),
    ("آذار الماضي", date(2024, 3, 1), date(2024, 3, 31), "month"),
    ("صباح اليوم", date(2024, 4, 17), date(2024, 4, 17), "day"),
]

EXPECTED_NUMBERS = [
    ("ثلاثة", 3), ("١٢", 12), ("أربعة", 4), ("أحد", 1), ("عشرات", 10), ("واحد", 1), ("خمسة", 5),
    ("12", 12), ("2024", 2024), ("ألفين وخمسمئة", 2500), ("مئات", 100), ("1,200", 1200), ("٣٤٠", 340),
    ("عشرات الآلاف", 10000), ("2019", 2019), ("٢٠", 20),
]  # fmt: skip


def test_article_dates_match_the_golden_table() -> None:
    norm = normalize(ARTICLE)
    found = [(norm.quote(m.start, m.end), m.start_date, m.end_date, m.precision.value)
             for m in find_dates(norm, published=PUB)]  # fmt: skip
    assert found == EXPECTED_DATES


def test_article_numbers_match_the_golden_table() -> None:
    norm = normalize(ARTICLE)
    assert [(norm.quote(m.start, m.end), m.value) for m in find_numbers(norm)] == EXPECTED_NUMBERS


def test_article_duals_are_found() -> None:
    norm = normalize(ARTICLE)
    assert [norm.quote(m.start, m.end) for m in find_dual_nouns(norm)] == [
        "طفلان",
        "امرأتين",
        "وعنصرين",
        "جنديين",
    ]


def test_article_sentences_are_its_paragraphs_and_full_stops() -> None:
    spans = split_sentences(ARTICLE)
    assert len(spans) == 11  # every paragraph is one sentence ending in a full stop
    assert all(s.of(ARTICLE).endswith(".") for s in spans)
