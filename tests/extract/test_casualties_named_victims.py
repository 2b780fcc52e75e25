"""One victim named without a count: a singular pronoun on a killing cue ("ما أدى إلى مقتله"), the dead
man's state ("أرداه قتيلاً"), "was found shot dead", more person nouns after a lethal verb, and "killing
both" (invented people, places and incidents)."""

from __future__ import annotations

import pytest

from marsad.extract.casualties import find_casualties
from marsad.vocab import CasualtyKind, Language
from tests.extract.sentence_helpers import sentence

K = CasualtyKind.KILLED


def _figures(text: str, lang: str) -> list[tuple[CasualtyKind, int]]:
    return [(f.kind, f.value) for f in find_casualties(sentence(text, Language(lang)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أطلق مسلحون النار على سامر الفلاني في قرية تل قسوة، ما أدى إلى مقتله على الفور.", [(K, 1)]),
        ("استهدف مجهولون الناشطة ريم العلي بعبوة لاصقة أدت إلى مقتلها.", [(K, 1)]),
        ("انفجرت عبوة لاصقة بسيارة سامر الفلاني، ما أدى إلى مصرعه.", [(K, 1)]),
        ("أردى مسلح مجهول الشاب سامر الفلاني قتيلاً في بلدة تل قسوة.", [(K, 1)]),
        # the victim is counted once however often the sentence names his death
        ("قتل شاب برصاص مسلحين في تل قسوة، ما أدى إلى مقتله.", [(K, 1)]),
        # a count in the sentence wins over the pronoun's one
        ("أطلق مسلحون النار على ثلاثة رعاة، ما أدى إلى مقتل اثنين منهم.", [(K, 2)]),
        # the dual pronoun keeps its own count
        ("أطلق مسلحون النار على شابين في تل قسوة، ما أدى إلى مقتلهما.", [(K, 2)]),
        # the plural pronoun counts nobody
        ("أطلق مسلحون النار على عائلة في تل قسوة، ما أدى إلى مقتلهم.", []),
    ],
)
def test_arabic_singular_victims_named_without_a_count(
    text: str, expected: list[tuple[CasualtyKind, int]]
) -> None:
    assert _figures(text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A female resident was found shot dead in her tent in Tell Qaswa.", [(K, 1)]),
        ("Gunmen shot dead a local councillor in Tell Qaswa on Monday.", [(K, 1)]),
        ("Police shot dead a gunman at a checkpoint in Tell Qaswa.", [(K, 1)]),
        ("A drone struck a car carrying two militiamen near Tell Qaswa, killing both.", [(K, 2)]),
        ("A drone struck a car carrying two militiamen near Tell Qaswa, killing both, a monitor said.",
         [(K, 2)]),
        # "both" before a noun is no pronoun for two victims
        ("The shelling hit a market, killing both men and women.", []),
    ],
)
def test_english_singular_victims_and_both(text: str, expected: list[tuple[CasualtyKind, int]]) -> None:
    assert _figures(text, "en") == expected
