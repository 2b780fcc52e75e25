"""Casualty figures: number forms, duals, vague quantities, breakdowns (invented places)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.extract.casualties import find_casualties
from marsad.vocab import CasualtyKind, Language

from .sentence_helpers import sentence

K, INJ, A, R = CasualtyKind.KILLED, CasualtyKind.INJURED, CasualtyKind.ABDUCTED, CasualtyKind.ARRESTED


def _figures(text: str, language: Language = Language.UNKNOWN) -> list[tuple[CasualtyKind, int, bool]]:
    return [(f.kind, f.value, f.approximate) for f in find_casualties(sentence(text, language))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ما أدى إلى مقتل 3 مدنيين وإصابة 5 آخرين", [(K, 3, False), (INJ, 5, False)]),
        ("مقتل ٣ مدنيين وإصابة ٥ آخرين في قرية تل جمعة", [(K, 3, False), (INJ, 5, False)]),
        ("مقتل ثلاثة أشخاص وجرح سبعة آخرين", [(K, 3, False), (INJ, 7, False)]),
        ("مقتل عنصرين وإصابة طفلين", [(K, 2, False), (INJ, 2, False)]),
        ("أسفر الانفجار عن سقوط قتيلين", [(K, 2, False)]),
        ("أصيب عشرات المدنيين", [(INJ, 10, True)]),
        ("مقتل مئات المدنيين", [(K, 100, True)]),
        ("قتل شاب برصاص مجهولين في بلدة المروج", [(K, 1, False)]),
        ("خطف 4 رعاة في بادية قرية الحمام", [(A, 4, False)]),
        ("اعتقلت قوات الأمن 12 شخصا", [(R, 12, False)]),
        ("استشهاد خمسة مواطنين", [(K, 5, False)]),
        ("لقي 7 أشخاص مصرعهم", [(K, 7, False)]),
        ("5 قتلى و 8 جرحى في قصف", [(K, 5, False), (INJ, 8, False)]),
        ("مقتل نحو عشرين عنصرا", [(K, 20, True)]),
    ],
)
def test_casualties_arabic_forms(text: str, expected: list[tuple[CasualtyKind, int, bool]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed two soldiers and injured five civilians.", [(K, 2, False), (INJ, 5, False)]),
        ("Two people were killed and dozens wounded.", [(K, 2, False), (INJ, 12, True)]),
        ("The blast killed 3, including a child.", [(K, 3, False)]),
        ("Hundreds were arrested.", [(R, 100, True)]),
        ("Kidnappers abducted 4 shepherds near Tel Bayda.", [(A, 4, False)]),
        ("A drone strike killed a teacher.", [(K, 1, False)]),
        ("The attack left 12 dead.", [(K, 12, False)]),
    ],
)
def test_casualties_english_forms(text: str, expected: list[tuple[CasualtyKind, int, bool]]) -> None:
    assert _figures(text, Language.EN) == expected


def test_casualties_breakdown_is_not_double_counted() -> None:
    assert _figures("مقتل 5 بينهم امرأة وطفل") == [(K, 5, False)]
    assert _figures("مقتل 6 أشخاص بينهم 3 أطفال وإصابة 4 آخرين") == [(K, 6, False), (INJ, 4, False)]


def test_casualties_ignore_years_ages_and_distances() -> None:
    assert _figures("مقتل رجل يبلغ 40 عاما على بعد 50 كلم من البلدة عام 2019") == [(K, 1, False)]


def test_casualties_none_without_a_count_or_a_victim() -> None:
    assert _figures("لم يسفر الانفجار عن وقوع أي إصابات") == []
    assert _figures("") == []


def test_casualties_evidence_quotes_original_text() -> None:
    text = "أدّى القصف إلى مقتلِ ٣ مدنيّين"
    ctx = sentence(text)
    figures = find_casualties(ctx)
    assert len(figures) == 1
    ev = figures[0].evidence
    assert text[ev.span.start : ev.span.end] == ev.quote == "مقتلِ ٣"
    assert ev.producer == "extract.casualties.v1"


_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@given(killed=st.integers(min_value=1, max_value=5000), injured=st.integers(min_value=1, max_value=5000))
def test_casualties_equal_across_digit_systems(killed: int, injured: int) -> None:
    template = "ما أدى إلى مقتل {k} مدنيين وإصابة {i} آخرين"
    ascii_text = template.format(k=killed, i=injured)
    results = {
        tuple((f.kind, f.value) for f in find_casualties(sentence(t)))
        for t in (ascii_text, ascii_text.translate(_INDIC), ascii_text.translate(_PERSIAN))
    }
    assert results == {((K, killed), (INJ, injured))}


def test_casualties_long_text_is_linear() -> None:
    text = "مقتل 3 مدنيين " + "كلمة " * 50000
    assert _figures(text) == [(K, 3, False)]
