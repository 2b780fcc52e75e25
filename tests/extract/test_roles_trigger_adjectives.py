"""Adjectives inside a trigger or after an actor's alias (invented people, places and incidents)."""

from __future__ import annotations

from datetime import UTC, datetime

from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document, EventReport
from marsad.vocab import EventType


def _one(text: str, resources: ExtractionResources, event_type: EventType) -> EventReport:
    doc = Document.create(text=text, published=datetime(2024, 4, 15, 9, tzinfo=UTC))
    found = [r for r in extract_document(doc, resources).reports if r.event_type is event_type]
    assert len(found) == 1, found
    return found[0]


def test_the_drones_nationality_names_the_agent_not_the_struck_post(resources: ExtractionResources) -> None:
    text = (
        "وكانت مسيّرة تركية قد استهدفت، أمس، نقطة لقوات سوريا الديمقراطية قرب قرية الخرزة، ما أسفر "
        "عن إصابة مقاتلين اثنين."
    )
    report = _one(text, resources, EventType.DRONE_STRIKE)
    assert report.perpetrator is not None and report.perpetrator.actor_id == "turkish_armed_forces"


def test_military_after_the_police_is_their_adjective_not_a_second_side(
    resources: ExtractionResources,
) -> None:
    text = "اعتقلت الشرطة العسكرية، مساء اليوم، تاجراً من أهالي بلدة الصفصافة."
    report = _one(text, resources, EventType.ARREST)
    assert report.perpetrator is not None and report.perpetrator.actor_id == "police"
    assert report.target is not None and report.target.actor_id == "civilians"


def test_a_clash_between_two_named_factions_has_one_on_each_side(resources: ExtractionResources) -> None:
    text = "اندلعت، ظهر اليوم، اشتباكات عنيفة بين فصيلي فرقة الحمزة وفرقة السلطان مراد في قرية الخرزة."
    report = _one(text, resources, EventType.ARMED_CLASH)
    sides = {
        report.perpetrator.actor_id if report.perpetrator else None,
        report.target.actor_id if report.target else None,
    }
    assert sides == {"hamza_division", "sultan_murad_division"}


def test_factions_loyal_to_the_shelling_force_are_on_its_side(resources: ExtractionResources) -> None:
    text = (
        "قصفت القوات التركية والفصائل الموالية لها، صباح اليوم، بالمدفعية الثقيلة منازل الأهالي في قرية "
        "الخرزة."
    )
    report = _one(text, resources, EventType.SHELLING)
    assert report.perpetrator is not None and report.perpetrator.actor_id == "turkish_armed_forces"
    assert "الموالية لها" in report.perpetrator.text
    assert report.target is None or report.target.actor_id != "militants"


def test_a_post_read_as_the_object_names_its_owner(resources: ExtractionResources) -> None:
    text = "هاجم مسلحون مجهولون نقطة عسكرية لقوات سوريا الديمقراطية في قرية الخرزة بالأسلحة الرشاشة."
    report = _one(text, resources, EventType.ARMED_ATTACK)
    assert report.target is not None and report.target.actor_id == "sdf"
