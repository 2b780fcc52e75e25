"""Tally claims: every statistic of a sentence or paragraph, breakdowns counted once, ordinals,
English statistics, and incident sentences left alone (invented places and figures)."""

from __future__ import annotations

import pytest

from marsad.model import Extraction
from marsad.vocab import Language

from .sentence_helpers import extract_text

OBSERVATORY = "Syrian Observatory for Human Rights"


def _tallies(ex: Extraction) -> list[tuple[int, str, tuple[str, ...]]]:
    return [(t.count, t.period, t.categories) for t in ex.tallies]


def test_every_statistic_of_a_sentence_is_a_tally(resources) -> None:  # type: ignore[no-untyped-def]
    text = (
        "وثق المرصد السوري لحقوق الإنسان خمس عشرة عملية اغتيال خلال شهر نيسان الماضي في ريف تل وردة، "
        "كما سجل 8 عمليات خطف في المنطقة ذاتها."
    )
    ex = extract_text(text, Language.AR, resources)
    assert _tallies(ex) == [(15, "2024-04", ("assassination",)), (8, "2024-04", ("abduction",))]
    assert {t.source for t in ex.tallies} == {OBSERVATORY}
    assert ex.reports == ()
    for t in ex.tallies:
        assert text[t.evidence.span.start : t.evidence.span.end] == t.evidence.quote


def test_breakdown_is_one_tally_with_counted_categories(resources) -> None:  # type: ignore[no-untyped-def]
    text = (
        "سجل المرصد السوري لحقوق الإنسان 27 هجوماً خلال شهر آذار في كفر سمرة، "
        "بينها 9 اغتيالات و6 تفجيرات بعبوات ناسفة."
    )
    ex = extract_text(text, Language.AR, resources)
    assert len(ex.tallies) == 1, _tallies(ex)
    tally = ex.tallies[0]
    assert (tally.count, tally.period, tally.source) == (27, "2024-03", OBSERVATORY)
    assert tally.categories == ("assassination", "mine_ied")
    assert tally.category_counts == (("assassination", 9), ("mine_ied", 6))


def test_english_statistic_with_including(resources) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Syrian Observatory for Human Rights recorded 40 attacks in April in the Tel Warda countryside, "
        "including 12 assassinations and 8 bombings."
    )
    ex = extract_text(text, Language.EN, resources)
    assert [(t.count, t.period, t.category_counts) for t in ex.tallies] == [
        (40, "2024-04", (("assassination", 12), ("mine_ied", 8)))
    ]
    assert ex.reports == ()


def test_english_count_with_modifiers_and_year_so_far(resources) -> None:  # type: ignore[no-untyped-def]
    text = "The council counted 21 Turkish drone strikes on Tel Warda since the start of the year."
    ex = extract_text(text, Language.EN, resources)
    assert _tallies(ex) == [(21, "2024", ("drone_strike",))]


def test_later_sentence_of_a_paragraph_takes_its_period_and_source(resources) -> None:  # type: ignore[no-untyped-def]
    text = (
        "وثق المرصد السوري لحقوق الإنسان خلال نيسان 15 عملية اغتيال في ريف تل وردة. "
        "كما سجل 8 حالات خطف.\nوفي تقرير آخر، سجل ناشطون 4 هجمات."
    )
    ex = extract_text(text, Language.AR, resources)
    got = [(t.count, t.period, t.source) for t in ex.tallies]
    assert got[:2] == [(15, "2024-04", OBSERVATORY), (8, "2024-04", OBSERVATORY)]
    # a new paragraph inherits nothing
    assert all(t.period == "" for t in ex.tallies[2:])


@pytest.mark.parametrize(
    ("text", "language", "count", "period"),
    [
        ("وهي ثاني محاولة اغتيال تطال أعضاء المجلس في كفر سمرة منذ مطلع آذار.", Language.AR, 2, "2024-03"),
        ("ويعد هذا الهجوم الثالث من نوعه في تل وردة منذ مطلع نيسان الجاري.", Language.AR, 3, "2024-04"),
        ("It was the fourth such attack on the Tel Warda post since early April.", Language.EN, 4, "2024-04"),
    ],
)
def test_ordinal_with_a_period_is_a_tally(  # type: ignore[no-untyped-def]
    text: str, language: Language, count: int, period: str, resources
) -> None:
    ex = extract_text(text, language, resources)
    assert [(t.count, t.period) for t in ex.tallies] == [(count, period)]


def test_ordinal_tally_leaves_the_incident_of_its_sentence(resources) -> None:  # type: ignore[no-untyped-def]
    text = "قتل مسلحون مجهولون شابا في كفر سمرة أمس، في ثالث هجوم من نوعه منذ مطلع الشهر الجاري."
    ex = extract_text(text, Language.AR, resources)
    assert [t.count for t in ex.tallies] == [3]
    assert ex.reports, "the killing itself is still reported"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # an ordinal without a period is another incident, not a statistic
        ("وفي الهجوم الثاني، قتل مسلحون شابا قرب تل وردة.", Language.AR),
        # one incident told in the plural (a weak noun with no period)
        ("نفذت طائرات مسيرة ثلاث ضربات على قرية تل وردة أمس، ما أدى إلى مقتل شخصين.", Language.AR),
        ("Warplanes carried out 3 strikes on Tel Warda on Monday, killing two people.", Language.EN),
        # a weak noun or a count with modifiers without a week, month or year
        ("نفذت طائرات مسيرة ثلاث ضربات على قرية تل وردة منذ صباح اليوم، ما أدى إلى مقتل شخصين.", Language.AR),
        ("Gunmen carried out two simultaneous attacks in Tel Warda on Monday, killing a man.", Language.EN),
        # a month name with an ordinal in it
        ("قتل شاب في كفر سمرة في الثاني من كانون الثاني.", Language.AR),
    ],
)
def test_incident_sentences_are_no_tallies(text: str, language: Language, resources) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text(text, language, resources)
    assert ex.tallies == ()
    assert ex.reports


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("ارتفع عدد الهجمات في ريف تل وردة إلى 15 منذ مطلع العام.", Language.AR, 15),
        ("The council said the number of attacks on officials in Tel Warda rose to 11.", Language.EN, 11),
    ],
)
def test_number_of_events_takes_the_count_after_it(  # type: ignore[no-untyped-def]
    text: str, language: Language, count: int, resources
) -> None:
    ex = extract_text(text, language, resources)
    assert [t.count for t in ex.tallies] == [count]


def test_number_of_tally_leaves_the_incident_of_its_sentence(resources) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen shot dead a mukhtar in Tel Warda on Monday, bringing the number of attacks to 11."
    ex = extract_text(text, Language.EN, resources)
    assert [t.count for t in ex.tallies] == [11]
    assert [(r.event_type.value, r.killed) for r in ex.reports] == [("shooting", 1)]


def test_breakdown_count_is_no_tally_of_its_own(resources) -> None:  # type: ignore[no-untyped-def]
    text = "Activists documented 18 attacks in Tel Warda in March, of which 5 were bombings."
    ex = extract_text(text, Language.EN, resources)
    assert [t.count for t in ex.tallies] == [18]


def test_vague_counts_are_no_tallies(resources) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("شهدت منطقة تل وردة عشرات الهجمات خلال شهر آذار.", Language.AR, resources)
    assert ex.tallies == ()
    ex = extract_text("The monitor recorded dozens of attacks in Tel Warda in March.", Language.EN, resources)
    assert ex.tallies == ()


def test_a_statistic_told_twice_is_one_tally(resources) -> None:  # type: ignore[no-untyped-def]
    text = (
        "وثق المرصد السوري لحقوق الإنسان 12 هجوماً في ريف تل وردة خلال آذار. "
        "وكان المرصد قد سجل 12 هجوماً في المنطقة خلال آذار."
    )
    ex = extract_text(text, Language.AR, resources)
    assert [t.count for t in ex.tallies] == [12]


def test_english_statistics_paragraph(resources) -> None:  # type: ignore[no-untyped-def]
    text = (
        "According to the Tel Warda Monitor, armed groups carried out 52 attacks in the province during the "
        "first quarter of 2024, including 19 assassinations and 11 IED explosions. The monitor also "
        "documented 23 kidnappings in the same period, and said 6 of the victims were later found dead. "
        "In March alone, 9 drone strikes hit villages near the border."
    )
    ex = extract_text(text, Language.EN, resources)
    got = [(t.count, t.period, t.categories[:1], t.category_counts) for t in ex.tallies]
    assert got == [
        (52, "2024", ("assassination",), (("assassination", 19), ("mine_ied", 11))),
        (23, "2024", ("abduction",), ()),
        (9, "2024-03", ("drone_strike",), ()),
    ]
    assert len({t.source for t in ex.tallies}) == 1
    assert not [r for r in ex.reports if r.certainty.value == "asserted"]
