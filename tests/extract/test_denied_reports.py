"""A denial of news denies the incident the news tells of (invented bodies, places and incidents)."""

from __future__ import annotations

from datetime import UTC, datetime

from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document
from marsad.vocab import Certainty, EventType


def _clash_certainty(text: str, resources: ExtractionResources) -> Certainty:
    doc = Document.create(text=text, published=datetime(2024, 4, 15, 9, tzinfo=UTC))
    found = [r for r in extract_document(doc, resources).reports if r.event_type is EventType.ARMED_CLASH]
    assert len(found) == 1, found
    return found[0].certainty


def test_denied_news_of_a_clash_past_commas_and_a_relative_clause(resources: ExtractionResources) -> None:
    text = (
        "نفى مجلس الخرزة المحلي، مساء اليوم، الأنباء التي نشرتها حسابات على مواقع التواصل عن وقوع "
        "اشتباكات بين عناصر الحراسة ومسلحين في قرية الصفصافة."
    )
    assert _clash_certainty(text, resources) is Certainty.DENIED


def test_news_of_a_clash_without_a_denial_stays_asserted(resources: ExtractionResources) -> None:
    text = (
        "نقلت وسائل إعلام محلية، مساء اليوم، الأنباء التي نشرتها حسابات على مواقع التواصل عن وقوع "
        "اشتباكات بين عناصر الحراسة ومسلحين في قرية الصفصافة."
    )
    assert _clash_certainty(text, resources) is not Certainty.DENIED
