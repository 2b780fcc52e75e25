"""A ranking of a statistic is no incident (invented places and figures)."""

from __future__ import annotations

from datetime import UTC, datetime

from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document


def _reports(text: str, resources: ExtractionResources) -> int:
    doc = Document.create(text=text, published=datetime(2024, 4, 15, 9, tzinfo=UTC))
    return len(extract_document(doc, resources).reports)


def test_an_area_topping_a_list_of_the_dead_is_no_incident(resources: ExtractionResources) -> None:
    text = "وتصدرت بلدة الخرزة القائمة بـ 11 قتيلاً، تلتها قرية الصفصافة ثم مدينة الزوراء."
    assert _reports(text, resources) == 0


def test_a_killing_in_a_town_of_that_name_stays_an_incident(resources: ExtractionResources) -> None:
    text = "قتل شاب برصاص مسلحين مجهولين في بلدة الخرزة مساء أمس."
    assert _reports(text, resources) == 1
