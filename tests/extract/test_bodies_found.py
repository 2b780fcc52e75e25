"""A body found with the weapon that killed it is an incident (its victim was found, no weapon was
seized); weapons found alone stay a seizure. Invented people, places and incidents."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document
from marsad.vocab import CasualtyKind, EventType

PUBLISHED = datetime(2024, 5, 10, 9, tzinfo=UTC)


def _found(text: str, resources: ExtractionResources) -> list[tuple[EventType, int | None]]:
    doc = Document.create(text=text, published=PUBLISHED)
    return [(r.event_type, r.casualty(CasualtyKind.KILLED)) for r in extract_document(doc, resources).reports]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("عثر الأهالي على جثة شاب مقتولاً بطلق ناري في الرأس قرب قرية تل قسوة، أول أمس.",
         [(EventType.SHOOTING, 1)]),
        ("عثر على جثة شاب مقتولا برصاص مجهولين قرب قرية تل قسوة.", [(EventType.SHOOTING, 1)]),
        ("Police found the bodies of two men riddled with bullets near Tell Qaswa.",
         [(EventType.SHOOTING, 2)]),
        # weapons found alone: a seizure, no incident
        ("عثرت قوات الأمن على مخزن أسلحة وذخائر وعبوات ناسفة في قرية تل قسوة.", []),
        ("Police found a cache of rockets and bullets near Tell Qaswa.", []),
    ],
)
def test_a_body_found_with_its_weapon_is_an_incident(
    text: str, expected: list[tuple[EventType, int | None]], resources: ExtractionResources
) -> None:
    assert _found(text, resources) == expected
