"""A modal verb in a reported or relative clause does not make the main clause's event hypothetical."""

from __future__ import annotations

from datetime import UTC, datetime

from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document
from marsad.vocab import Certainty


def certainties(text: str, resources: ExtractionResources) -> list[Certainty]:
    doc = Document.create(text=text, published=datetime(2024, 4, 15, 9, tzinfo=UTC))
    return [r.certainty for r in extract_document(doc, resources).reports]


def test_modal_in_a_reported_clause_leaves_the_arrest_asserted(resources: ExtractionResources) -> None:
    text = "Police detained seven men in the town of Fictown on Monday and said they would be tried."
    assert certainties(text, resources) == [Certainty.ASSERTED]


def test_modal_in_a_relative_clause_leaves_the_attack_asserted(resources: ExtractionResources) -> None:
    text = "Gunmen attacked a checkpoint near Fictown on Monday, which could reopen next week."
    assert Certainty.ASSERTED in certainties(text, resources)


def test_modal_in_the_reported_event_clause_still_counts(resources: ExtractionResources) -> None:
    text = "Officials said militants could attack the town of Fictown in the coming days."
    assert certainties(text, resources) == [Certainty.HYPOTHETICAL]
