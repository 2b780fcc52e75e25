""""May" the month is no modal ("on May 2" leaves an incident asserted, "the toll may rise" still
doubts), "a captured soldier" names a captive, not an arrest, and a knife names a stabbing. Invented
people, places and incidents."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document
from marsad.vocab import Certainty, EventType

PUBLISHED = datetime(2024, 5, 10, 9, tzinfo=UTC)


def _events(text: str, resources: ExtractionResources) -> list[tuple[EventType, Certainty]]:
    doc = Document.create(text=text, published=PUBLISHED)
    return [(r.event_type, r.certainty) for r in extract_document(doc, resources).reports]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire on a tribal elder in Tell Qaswa on May 2, wounding him.",
        "Gunmen opened fire on a tribal elder in Tell Qaswa on 2 May, wounding him.",
        "In early May, gunmen attacked a checkpoint in Tell Qaswa.",
        "Gunmen attacked a checkpoint in Tell Qaswa in mid-May.",
        "Gunmen attacked a checkpoint in Tell Qaswa, residents said on May 4.",
    ],
)
def test_the_month_may_is_no_doubt(text: str, resources: ExtractionResources) -> None:
    assert [c for _, c in _events(text, resources)] == [Certainty.ASSERTED]


def test_the_modal_may_still_doubts(resources: ExtractionResources) -> None:
    found = _events("Officials said militants may attack the checkpoint in Tell Qaswa.", resources)
    assert [c for _, c in found] == [Certainty.HYPOTHETICAL]


def test_a_captured_soldier_is_no_arrest(resources: ExtractionResources) -> None:
    found = _events("Militants executed a captured soldier near Tell Qaswa on Monday.", resources)
    assert found == [(EventType.EXECUTION, Certainty.ASSERTED)]


def test_captured_as_a_verb_stays_an_arrest(resources: ExtractionResources) -> None:
    found = _events("Security forces captured two suspects in Tell Qaswa on Monday.", resources)
    assert found == [(EventType.ARREST, Certainty.ASSERTED)]


def test_a_knife_names_a_stabbing(resources: ExtractionResources) -> None:
    found = _events("A man wounded three people with a knife in Tell Qaswa on Friday.", resources)
    assert found == [(EventType.STABBING, Certainty.ASSERTED)]


def test_knives_seized_are_no_stabbing(resources: ExtractionResources) -> None:
    found = _events("Police seized knives and pistols in a raid in Tell Qaswa.", resources)
    assert EventType.STABBING not in [t for t, _ in found]
