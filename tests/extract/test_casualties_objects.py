"""Victims named as the object of a casualty word without a count of their own: a singular pronoun on or
after an injury or killing word ("ما أدى إلى إصابتها", "wounding him"), an age modifier ("a 12-year-old
boy"), a counted group joined to a person ("a farmer and his two sons"), and an Arabic object after a
subject of two words ("أعدم تنظيم الدولة شابا", "اغتال مسلحون مجهولون القيادي"). Invented people, places
and incidents."""

from __future__ import annotations

import pytest

from marsad.extract.casualties import find_casualties
from marsad.vocab import CasualtyKind, Language
from tests.extract.sentence_helpers import sentence

K = CasualtyKind.KILLED
W = CasualtyKind.INJURED


def _figures(text: str, lang: str) -> list[tuple[CasualtyKind, int]]:
    return [(f.kind, f.value) for f in find_casualties(sentence(text, Language(lang)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("طعن شخص امرأة بسكين في حي تل قسوة، ما أدى إلى إصابتها بجروح بليغة.", [(W, 1)]),
        ("استهدف مسلحون سيارة المختار في تل قسوة، ما أدى إلى إصابته.", [(W, 1)]),
        # he is the dead man: his injury is how he died, no wounded
        ("لقي شاب حتفه بعد إصابته برصاصة في الرأس في تل قسوة.", [(K, 1)]),
        # a count wins over the pronoun's one
        ("سقطت قذيفة على منزل في تل قسوة، ما أدى إلى إصابة ثلاثة من سكانه وإصابته.", [(W, 3)]),
        ("أعدم تنظيم الدولة شابا ذبحا في بادية تل قسوة.", [(K, 1)]),
        ("اغتال مسلحون مجهولون القيادي سامر الفلاني قرب منزله في تل قسوة.", [(K, 1)]),
        ("قتل مسلحون شابا في تل قسوة.", [(K, 1)]),
        # a subject of three words is too far: no object is guessed
        ("أعدم عناصر تنظيم الدولة هناك شابا في تل قسوة.", []),
    ],
)
def test_arabic_objects_named_without_a_count(text: str, expected: list[tuple[CasualtyKind, int]]) -> None:
    assert _figures(text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen opened fire on a tribal elder in Tell Qaswa, wounding him seriously.", [(W, 1)]),
        ("Gunmen shot a shepherd near Tell Qaswa, killing him.", [(K, 1)]),
        ("Gunmen shot a shepherd near Tell Qaswa, killing him and wounding his son.", [(W, 1), (K, 1)]),
        ("A sniper shot dead a 12-year-old boy in Tell Qaswa on Saturday.", [(K, 1)]),
        ("A shell killed a five-year-old girl and her mother in Tell Qaswa.", [(K, 2)]),
        ("A roadside bomb wounded a farmer and his two sons near Tell Qaswa.", [(W, 3)]),
        ("A landmine exploded near Tell Qaswa, wounding a shepherd and three children.", [(W, 4)]),
        # a group of things is no victims
        ("A drone hit a car near Tell Qaswa, wounding a farmer and his two cars.", [(W, 1)]),
        # "him" as the object of a later verb is not the cue's
        ("The blast wounded a guard, police said, sending him to hospital.", [(W, 1)]),
    ],
)
def test_english_objects_named_without_a_count(text: str, expected: list[tuple[CasualtyKind, int]]) -> None:
    assert _figures(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man stabbed his wife to death in Tell Qaswa on Wednesday.", [(K, 1)]),
        ("Gunmen beat a farmer and his son to death near Tell Qaswa.", [(K, 2)]),
        ("Gunmen beat two shepherds to death near Tell Qaswa.", [(K, 2)]),
        ("A man was stabbed to death in Tell Qaswa.", [(K, 1)]),
        # a verdict is no killing
        ("A court in Tell Qaswa sentenced a man to death on Monday.", []),
    ],
)
def test_english_victims_before_to_death(text: str, expected: list[tuple[CasualtyKind, int]]) -> None:
    assert _figures(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the deaths told before the rise explain it; the figure after the rise is the total
        ("Two soldiers died of their wounds on Tuesday, raising the death toll from Sunday's ambush near "
         "Tell Qaswa to six.", "en", [(K, 6)]),
        ("A wounded guard died on Monday, bringing the death toll from the bombing in Tell Qaswa to four.",
         "en", [(K, 4)]),
        ("توفي شاب متأثرا بجراحه لترتفع حصيلة قتلى التفجير في تل قسوة إلى خمسة.", "ar", [(K, 5)]),
        ("ارتفعت حصيلة قتلى التفجير في تل قسوة إلى سبعة بعد وفاة امرأة متأثرة بجراحها.", "ar", [(K, 7)]),
    ],
)
def test_a_rising_toll_after_the_deaths_that_raise_it(
    text: str, lang: str, expected: list[tuple[CasualtyKind, int]]
) -> None:
    assert [(k, v) for k, v in _figures(text, lang) if k is K] == expected
