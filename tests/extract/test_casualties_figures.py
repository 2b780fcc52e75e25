"""Casualty figures told without a plain "cue + number": coordinated victims, duals, passive subjects,
rising tolls, "died of wounds", bullets, and figures in a later sentence (invented people and places)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from marsad.extract.casualties import combine_casualties, find_casualties
from marsad.extract.pipeline import extract_document, load_resources
from marsad.model import Document
from marsad.vocab import CasualtyKind, Language

from .sentence_helpers import sentence

K, INJ, A, R = CasualtyKind.KILLED, CasualtyKind.INJURED, CasualtyKind.ABDUCTED, CasualtyKind.ARRESTED


def _figures(text: str, language: Language = Language.UNKNOWN) -> list[tuple[CasualtyKind, int]]:
    return [(f.kind, f.value) for f in find_casualties(sentence(text, language))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count before a long subject, parentheses included
        ("Three fighters of the Northern Shield Brigade (NSB) were killed early on Sunday.", [(K, 3)]),
        ("Two Iraqi army soldiers were wounded when a bomb went off near Tel Warda.", [(INJ, 2)]),
        # coordinated singulars as the subject of a plural passive
        ("An army officer and a soldier were killed in the ambush near Tel Warda.", [(K, 2)]),
        # a singular subject with no number: one victim
        ("A tribal elder was shot dead on Monday in Kafr Samra.", [(K, 1)]),
        ("The monitor said a fourth passenger was seriously wounded.", [(INJ, 1)]),
        ("He was abducted from his shop in Kafr Samra.", [(A, 1)]),
        # nobody hurt is a stated zero (eval/events/README.md: 0 only when the text says so); no person
        ("No one was hurt in the blast near Tel Warda.", [(K, 0), (INJ, 0)]),
        ("A cache of rifles was seized near Tel Warda.", []),
        # coordinated objects of an active cue
        ("The drone strike killed a shepherd and a boy near Tel Warda.", [(K, 2)]),
        # a number already taken by an earlier cue is not the passive subject's
        ("Gunmen killed two guards and three civilians were wounded.", [(K, 2), (INJ, 3)]),
        # "a number of" gives no defensible figure
        ("The strikes killed a number of fighters near Tel Warda.", []),
        # persons joined by "and", whatever their articles
        ("A child and his mother were wounded by shrapnel near Tel Warda.", [(INJ, 2)]),
        # an adverb between the auxiliary and the cue
        ("Two of the attackers were also killed, the source said.", [(K, 2)]),
        # the commas around a breakdown do not end the subject
        ("Four people, including two children, were killed near Tel Warda.", [(K, 4)]),
        # a casualty noun whose count follows it
        ("The bodies of two men were found near Tel Warda.", [(K, 2)]),
    ],
)
def test_casualties_english_subjects_and_coordination(
    text: str, expected: list[tuple[CasualtyKind, int]]
) -> None:
    assert _figures(text, Language.EN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attached dual pronoun: two victims however the subject is told
        ("لقي راعي أغنام وطفل كان يرافقه مصرعهما قرب قرية تل وردة", [(K, 2)]),
        # a dual subject before حتف
        ("لقي مدنيان حتفهما في قصف على قرية تل وردة", [(K, 2)]),
        # an ordinal standing for one more person
        ("قُتل عنصران من لواء الدرع (لدرع) وأصيب ثالث بجروح", [(K, 2), (INJ, 1)]),
        # coordinated person nouns after the cue
        ("قتل رجل وامرأة برصاص مجهولين في قرية كفر سمرة", [(K, 2)]),
        # a bare indefinite singular casualty noun
        ("عثر الأهالي على جثة شاب قرب قرية تل وردة", [(K, 1)]),
        # a singular verb phrase naming one wounded man
        ("وقالت المصادر إن المختار، ويدعى سالم الوردي، أصيب بجروح طفيفة", [(INJ, 1)]),
        # bullets are counted on one victim, not people
        ("وقالت المصادر إن القتيل أصيب بعدة طلقات في الرأس وفارق الحياة", []),
        # "died of his wounds" is how he died, not an injured person
        ("وتوفي رجل متأثرا بجروحه في مشفى كفر سمرة", [(K, 1)]),
        # "the number of the wounded reached 15"
        ("وأشارت المصادر إلى أن عدد الجرحى بلغ ١٥ شخصاً، بينهم أربعة أطفال", [(INJ, 15)]),
        # a casualty noun whose count follows it (the construct dual "جثتي")
        ("عثر على جثتي شابين قرب قرية تل وردة", [(K, 2)]),
        ("عثر الأهالي على جثث 4 أشخاص مجهولي الهوية قرب كفر سمرة", [(K, 4)]),
        # "عدد من" gives no defensible figure
        ("أسفرت الغارات عن مقتل عدد من عناصر التنظيم", []),
    ],
)
def test_casualties_arabic_duals_ordinals_and_singulars(
    text: str, expected: list[tuple[CasualtyKind, int]]
) -> None:
    assert _figures(text) == expected


def test_casualties_rising_toll_keeps_the_new_total_only() -> None:
    text = "ارتفعت حصيلة ضحايا انفجار سوق كفر سمرة إلى ستة قتلى، بعد وفاة امرأة متأثرة بجروحها"
    figures = find_casualties(sentence(text))
    assert [(f.kind, f.value, f.update) for f in figures] == [(K, 6, True)]
    rose = "The death toll rose to 7 after a woman died of her wounds."
    english = find_casualties(sentence(rose, Language.EN))
    assert [(f.kind, f.value, f.update) for f in english] == [(K, 7, True)]


def test_combine_casualties_update_replaces_and_repeats_are_not_added() -> None:
    first = find_casualties(sentence("مقتل 3 مدنيين وإصابة 5 آخرين"))
    repeat = find_casualties(sentence("مقتل ثلاثة مدنيين"))
    update = find_casualties(sentence("ارتفعت حصيلة القتلى إلى 7"))
    arrested = find_casualties(sentence("اعتقلت الشرطة 4 أشخاص"))
    assert [(f.kind, f.value) for f in combine_casualties(tuple(first), repeat)] == [(K, 3), (INJ, 5)]
    assert [(f.kind, f.value) for f in combine_casualties(tuple(first), update)] == [(INJ, 5), (K, 7)]
    assert combine_casualties(tuple(first), arrested) == tuple(first)


def _extract(text: str, language: Language) -> list[tuple[str, int | None, int | None]]:
    doc = Document.create(text=text, published=datetime(2024, 5, 10, tzinfo=UTC), language=language)
    ex = extract_document(doc, load_resources())
    return [(r.event_type.value, r.killed, r.injured) for r in ex.reports]


def test_pipeline_attaches_figures_of_a_later_sentence_without_incident() -> None:
    text = (
        "Warplanes struck a grain silo near Tel Warda on Wednesday night. "
        "According to the council, two guards were wounded and taken to hospital."
    )
    assert _extract(text, Language.EN) == [("air_strike", None, 2)]


def test_pipeline_rising_toll_in_a_later_sentence_replaces_the_first_figure() -> None:
    text = (
        "انفجرت سيارة مفخخة في سوق بلدة كفر سمرة أمس، ما أدى إلى مقتل خمسة أشخاص. "
        "وأشارت المصادر إلى أن عدد الجرحى بلغ ١٢ شخصاً."
    )
    got = _extract(text, Language.AR)
    assert got[0][1:] == (5, 12)


def test_pipeline_statistic_sentence_gives_no_figures_to_the_last_incident() -> None:
    text = (
        "Gunmen shot dead a shepherd near Tel Warda on Monday. "
        "In the first half of 2024, 112 people were killed across the province."
    )
    got = _extract(text, Language.EN)
    assert got[0][1] == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل مسلحون شابا في قرية كفر سمرة", [(K, 1)]),  # accusative ending
        ("ما أدى إلى مقتل رجل وإصابة شقيقه", [(K, 1), (INJ, 1)]),  # a relative with a possessive
    ],
)
def test_casualties_arabic_person_endings(text: str, expected: list[tuple[CasualtyKind, int]]) -> None:
    assert _figures(text) == expected


def test_pipeline_toll_brought_up_in_a_later_sentence() -> None:
    text = (
        "Gunmen shot dead a farmer in Tel Warda on Monday. "
        "His brother later died of his wounds, bringing the death toll to two."
    )
    assert [k for _, k, _ in _extract(text, Language.EN)] == [2]
    arabic = "قتل مسلحون شابا في كفر سمرة أمس. ولترتفع حصيلة القتلى إلى 3 بعد وفاة شقيقه متأثرا بجروحه."
    assert [(k, i) for _, k, i in _extract(arabic, Language.AR)] == [(3, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal or "another" after a verb is one more victim ...
        ("قتل رجل في كفر سمرة وقتل آخر في القصف ذاته", [(K, 1), (K, 1)]),
        # ... but after an event noun it counts incidents, not people
        ("وهي محاولة اغتيال أخرى تطال أعضاء المجلس في كفر سمرة", []),
        ("ويعد هذا الاغتيال الثالث في البلدة منذ مطلع الشهر", []),
    ],
)
def test_casualties_another_victim_only_after_a_verb(
    text: str, expected: list[tuple[CasualtyKind, int]]
) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A soldier was wounded by a sniper near Tel Warda.", [(INJ, 1)]),
        # a preposition is no modifier of a victim
        ("Dozens of shells were fired and one man killed in the village of Tel Warda.", [(K, 1)]),
    ],
)
def test_casualties_english_victims_after_the_cue(
    text: str, expected: list[tuple[CasualtyKind, int]]
) -> None:
    assert _figures(text, Language.EN) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the toll word far before the verb that says what it reached
        ("The death toll from the car bombing at the Tel Warda market rose to 9.", Language.EN, [(K, 9)]),
        ("The number of wounded in the shelling of the Kafr Samra bakery has risen to 14.", Language.EN,
         [(INJ, 14)]),
        # Arabic: the verb opens the phrase and the figure follows "إلى"
        ("وارتفعت حصيلة قتلى التفجير الذي ضرب سوق المواشي في تل وردة إلى 9 أشخاص.", Language.AR, [(K, 9)]),
        # no rising toll: a far number is not the toll ("at least 9 cars" is no figure either way)
        ("The death toll from the bombing of the Tel Warda market was not given by 9 pm.", Language.EN, []),
    ],
)
def test_a_rising_toll_reaches_the_figure_after_its_verb(
    text: str, language: Language, expected: list[tuple[CasualtyKind, int]]
) -> None:
    assert _figures(text, language) == expected
