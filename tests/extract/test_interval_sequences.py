"""A stated interval before 'after' ('a week after', 'two days after') separates two incidents in time
(triggers.SequenceCue.intervals): the earlier one is neither merged into the later one nor typed with it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document
from marsad.vocab import CasualtyKind, EventType


def extract(text: str, resources: ExtractionResources) -> list[tuple[EventType, int | None]]:
    doc = Document.create(text=text, published=datetime(2024, 5, 8, 9, tzinfo=UTC))
    return [(r.event_type, r.casualty(CasualtyKind.KILLED)) for r in extract_document(doc, resources).reports]


@pytest.mark.parametrize(
    "text",
    [
        # a retelling that names the earlier incident by its weapon
        "Gunmen shot dead a village elder in Tell Wardan on Monday. The killing came a week after a "
        "roadside bomb killed two soldiers near the same village.",
        # no determiner before the first incident word
        "Gunmen shot dead a village elder in Tell Wardan on Monday, a week after a roadside bomb killed two "
        "soldiers near the village.",
        "Gunmen shot dead a village elder in Tell Wardan on Monday, two days after a roadside bomb killed "
        "two soldiers near the village.",
    ],
)
def test_an_interval_after_keeps_the_earlier_incident_apart(
    text: str, resources: ExtractionResources
) -> None:
    assert sorted(extract(text, resources), key=lambda e: e[0].value) == [
        (EventType.MINE_IED, 2),
        (EventType.SHOOTING, 1),
    ]


def test_after_without_an_interval_still_tells_one_incident(resources: ExtractionResources) -> None:
    text = "Gunmen shot dead a village elder in Tell Wardan on Monday after storming his house."
    assert extract(text, resources) == [(EventType.SHOOTING, 1)]


def test_an_interval_before_no_incident_word_splits_nothing(resources: ExtractionResources) -> None:
    text = "A roadside bomb killed two soldiers near Tell Wardan on Monday, hours after gunmen were seen."
    assert extract(text, resources) == [(EventType.MINE_IED, 2)]
