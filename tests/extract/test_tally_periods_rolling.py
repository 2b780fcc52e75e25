"""Tally periods over rolling windows and in sentences with no event word (invented places, people and
figures). A rolling window is no calendar month or year: its label is "", its range counts back from
the publication date (2024-05-10 here)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.vocab import Language

from .sentence_helpers import extract_text

PUB = date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "language", "count", "period", "first", "last"),
    [
        ("Activists recorded 11 attacks in Tel Warda over the past week.", Language.EN, 11, "",
         date(2024, 5, 3), PUB),
        ("The monitor documented 23 kidnappings in Kafr Samra in the past 30 days.", Language.EN, 23, "",
         date(2024, 4, 10), PUB),
        ("Local officials counted 17 attacks on checkpoints near Tel Warda during the last two months.",
         Language.EN, 17, "", date(2024, 3, 11), PUB),
        ("The group recorded 9 assassinations in Kafr Samra in recent weeks.", Language.EN, 9, "",
         date(2024, 4, 12), PUB),
        ("Activists have documented 31 attacks in Tel Warda so far this year.", Language.EN, 31, "2024",
         date(2024, 1, 1), PUB),
        ("Activists recorded 8 attacks in Tel Warda since the beginning of the month.", Language.EN, 8,
         "2024-05", date(2024, 5, 1), PUB),
        ("Activists recorded 12 attacks in Tel Warda in the first half of 2023.", Language.EN, 12, "2023",
         date(2023, 1, 1), date(2023, 6, 30)),
        ("وثق المرصد 14 عملية اغتيال في ريف تل وردة خلال الأيام العشرة الماضية.", Language.AR, 14, "",
         date(2024, 4, 30), PUB),
        ("سجل ناشطون 6 عمليات خطف في كفر سمرة خلال الشهرين الماضيين.", Language.AR, 6, "",
         date(2024, 3, 11), PUB),
        ("وثق المرصد 19 هجوما في تل وردة في الأسابيع الأخيرة.", Language.AR, 19, "", date(2024, 4, 12), PUB),
        ("وثق المرصد 7 هجمات في تل وردة منذ بداية الشهر الجاري.", Language.AR, 7, "2024-05",
         date(2024, 5, 1), PUB),
    ],
)
def test_tally_over_a_window_takes_its_range_and_a_calendar_label_only_for_a_calendar_period(  # type: ignore[no-untyped-def]
    text: str, language: Language, count: int, period: str, first: date, last: date, resources
) -> None:
    ex = extract_text(text, language, resources)
    assert [(t.count, t.period, t.period_start, t.period_end) for t in ex.tallies] == [
        (count, period, first, last)
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Activists recorded 5 attacks in Tel Warda last week.", Language.EN),
        ("وثق المرصد 5 هجمات في تل وردة خلال الأسبوع الماضي.", Language.AR),
    ],
)
def test_tally_over_last_week_has_no_calendar_label(  # type: ignore[no-untyped-def]
    text: str, language: Language, resources
) -> None:
    ex = extract_text(text, language, resources)
    assert [(t.count, t.period, t.period_end) for t in ex.tallies] == [(5, "", date(2024, 5, 9))]


def test_calendar_month_before_publication_keeps_its_month_label(resources) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("وثق المرصد 16 هجوما في تل وردة خلال الشهر الماضي.", Language.AR, resources)
    assert [(t.count, t.period) for t in ex.tallies] == [(16, "2024-04")]


def test_ordinal_statistic_without_an_event_word_is_a_tally_and_no_event(resources) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gunmen shot dead a village elder near Tel Warda on Tuesday, police said. "
        "It was the third attempt on the life of a village elder in the district this year."
    )
    ex = extract_text(text, Language.EN, resources)
    assert [(t.count, t.period) for t in ex.tallies] == [(3, "2024")]
    assert len(ex.reports) == 1


def test_ordinal_with_an_event_noun_but_no_period_is_no_tally(resources) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gunmen shot dead a village elder near Tel Warda on Tuesday, police said. "
        "It was the third attempt on the life of the elder."
    )
    ex = extract_text(text, Language.EN, resources)
    assert ex.tallies == ()


def test_window_incident_sentence_keeps_its_event(resources) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gunmen killed two farmers near Tel Warda on Tuesday, the second attack in the area in the past week."
    )
    ex = extract_text(text, Language.EN, resources)
    assert len(ex.reports) == 1
    assert [(t.count, t.period, t.period_start) for t in ex.tallies] == [(2, "", date(2024, 5, 3))]


def test_count_over_a_window_of_hours_does_not_drop_the_incident(resources) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen killed two farmers near Tel Warda on Tuesday, the second attack in the past 24 hours."
    ex = extract_text(text, Language.EN, resources)
    assert len(ex.reports) == 1
    assert [(t.count, t.period, t.period_start) for t in ex.tallies] == [(2, "", date(2024, 5, 9))]


def test_recorded_count_over_a_window_of_hours_is_a_statistic(resources) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("وثق المرصد 4 هجمات في تل وردة خلال الـ48 ساعة الماضية.", Language.AR, resources)
    assert [(t.count, t.period, t.period_start) for t in ex.tallies] == [(4, "", date(2024, 5, 8))]
