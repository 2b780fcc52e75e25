"""Arabic casualty forms: "لقي X حتفه" with a singular person, a toll rise told as a masdar, and the
dead of a later death as victims (invented people, places and incidents)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from marsad.extract.casualties import find_casualties
from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document
from marsad.vocab import CasualtyKind, EventType, Language
from tests.extract.sentence_helpers import sentence


def _figures(text: str) -> list[tuple[CasualtyKind, int]]:
    return [(f.kind, f.value) for f in find_casualties(sentence(text, Language("ar")))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("لقي شاب حتفه طعناً بسكين إثر مشاجرة في حي الشهباء.", [(CasualtyKind.KILLED, 1)]),
        ("ولقيت امرأة مصرعها بقصف مدفعي على قرية الزيدية.", [(CasualtyKind.KILLED, 1)]),
        ("لقي مواطن حتفه وأصيب اثنان آخران بانفجار لغم.",
         [(CasualtyKind.KILLED, 1), (CasualtyKind.INJURED, 2)]),
        # the dual pronoun carries its own count: two, not one more
        ("لقي مدنيان حتفهما في قصف على قرية الزيدية.", [(CasualtyKind.KILLED, 2)]),
        # a name: a first word without the article
        ("لقي سامر الفلاني حتفه برصاص مجهولين في قرية الزيدية.", [(CasualtyKind.KILLED, 1)]),
    ],
)
def test_met_death_with_a_singular_person_is_one_killed(
    text: str, expected: list[tuple[CasualtyKind, int]]
) -> None:
    assert _figures(text) == expected


def test_met_death_without_a_person_gives_no_figure() -> None:
    assert _figures("لقي القرار حتفه في البرلمان.") == []


def test_a_toll_rise_told_as_a_masdar_replaces_the_first_figure(resources: ExtractionResources) -> None:
    text = (
        "قتل أربعة جنود بتفجير انتحاري عند حاجز في بلدة الرمانة. "
        "وأعلنت مصادر طبية ارتفاع حصيلة قتلى التفجير إلى ستة بعد وفاة جنديين متأثرين بجروحهما."
    )
    doc = Document.create(text=text, published=datetime(2024, 4, 15, 9, tzinfo=UTC))
    found = [r for r in extract_document(doc, resources).reports if r.event_type is EventType.SUICIDE_ATTACK]
    assert len(found) == 1
    assert found[0].killed == 6
    assert found[0].perpetrator is None  # "وفاة جنديين": the dead soldiers are victims, not the bombers
