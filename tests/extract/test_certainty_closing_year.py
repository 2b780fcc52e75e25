"""A short time phrase closing the sentence after a comma dates its clause: a year two or more years
before publication there makes the incident historical, as a fronted one does. Invented incidents."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document
from marsad.vocab import Certainty

PUBLISHED = datetime(2024, 5, 10, 9, tzinfo=UTC)


def _certainties(text: str, resources: ExtractionResources) -> list[Certainty]:
    doc = Document.create(text=text, published=PUBLISHED)
    return [r.certainty for r in extract_document(doc, resources).reports]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل ١٢ عنصرا في هجوم على حافلة عسكرية في بادية تل قسوة، خلال شهر شباط من عام 2022.",
         [Certainty.HISTORICAL]),
        ("Gunmen killed a village elder in Tell Qaswa, in March 2021.", [Certainty.HISTORICAL]),
        # a recent year closing the sentence changes nothing
        ("Gunmen killed a village elder in Tell Qaswa, in March 2024.", [Certainty.ASSERTED]),
        # a long closing clause is another clause, not the incident's time
        ("Gunmen killed a village elder in Tell Qaswa, a man whose brother had been a judge there until "
         "2020.", [Certainty.ASSERTED]),
    ],
)
def test_a_closing_year_dates_the_clause(
    text: str, expected: list[Certainty], resources: ExtractionResources
) -> None:
    assert _certainties(text, resources) == expected
