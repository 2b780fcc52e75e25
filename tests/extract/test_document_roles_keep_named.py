"""Document-level passes keep a named, catalogued actor found in the sentence (invented incidents)."""

from __future__ import annotations

from datetime import UTC, datetime

from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document
from marsad.vocab import EventType


def test_a_retelling_with_a_class_of_victims_keeps_the_named_target(resources: ExtractionResources) -> None:
    text = (
        "الخرزة - استهدفت طائرة مسيّرة تركية، صباح اليوم، سيارة تقل عناصر من قوى الأمن الداخلي "
        "(الأسايش) قرب قرية الصفصافة، ما أدى إلى مقتل عنصرين. وقال مصدر أمني إن المسيّرة أطلقت صاروخاً "
        "على السيارة أثناء قيام العناصر بمهامهم. وأسفر الاستهداف عن مقتل عنصرين من قوات الأمن."
    )
    doc = Document.create(text=text, published=datetime(2024, 4, 15, 9, tzinfo=UTC))
    strikes = [r for r in extract_document(doc, resources).reports if r.event_type is EventType.DRONE_STRIKE]
    assert len(strikes) == 1
    assert strikes[0].target is not None and strikes[0].target.actor_id == "asayish"
    assert strikes[0].perpetrator is not None and strikes[0].perpetrator.actor_id == "turkish_armed_forces"
