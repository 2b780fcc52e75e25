"""Tally periods read by the date reader: quarters, halves and "since the start of" ranges (invented
places and figures)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.vocab import Language

from .sentence_helpers import extract_text


@pytest.mark.parametrize(
    ("text", "language", "count", "period", "first", "last"),
    [
        ("وثق المرصد 12 عملية اغتيال في ريف تل وردة خلال الربع الأول من عام 2024.", Language.AR, 12, "2024",
         date(2024, 1, 1), date(2024, 3, 31)),
        ("سجل ناشطون 9 هجمات في كفر سمرة خلال النصف الثاني من العام الماضي.", Language.AR, 9, "2023",
         date(2023, 7, 1), date(2023, 12, 31)),
        ("وثق المرصد 7 عمليات خطف في تل وردة منذ مطلع العام الجاري.", Language.AR, 7, "2024",
         date(2024, 1, 1), date(2024, 5, 10)),
        ("Activists recorded 14 attacks in Tel Warda in the first quarter of 2024.", Language.EN, 14, "2024",
         date(2024, 1, 1), date(2024, 3, 31)),
        ("Activists recorded 6 kidnappings in Tel Warda since early April.", Language.EN, 6, "2024-04",
         date(2024, 4, 1), date(2024, 5, 10)),
    ],
)
def test_tally_takes_the_range_and_label_of_a_period_expression(  # type: ignore[no-untyped-def]
    text: str, language: Language, count: int, period: str, first: date, last: date, resources
) -> None:
    ex = extract_text(text, language, resources)
    assert [(t.count, t.period, t.period_start, t.period_end) for t in ex.tallies] == [
        (count, period, first, last)
    ]
