"""A threat told by a circumstantial participle ("مهدداً") (invented statements)."""

from __future__ import annotations

from datetime import UTC, datetime

from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document
from marsad.vocab import Certainty, EventType


def test_a_speaker_threatening_in_a_participle_clause_is_a_threat(resources: ExtractionResources) -> None:
    text = (
        "قال وزير الدفاع التركي في كلمة أمام نواب حزبه إن بلاده لن تقبل بأي تهديد على حدودها، مهدداً بشن "
        "عملية عسكرية جديدة ضد قوات سوريا الديمقراطية في بلدة الخرزة."
    )
    doc = Document.create(text=text, published=datetime(2024, 4, 15, 9, tzinfo=UTC))
    threats = [r for r in extract_document(doc, resources).reports if r.event_type is EventType.THREATEN]
    assert len(threats) == 1
    threat = threats[0]
    assert threat.certainty is Certainty.THREATENED
    assert threat.perpetrator is not None and threat.perpetrator.actor_id == "turkish_armed_forces"
    assert threat.target is not None and threat.target.actor_id == "sdf"


def test_a_place_under_threat_is_not_a_threat(resources: ExtractionResources) -> None:
    text = "قالت مصادر محلية إن المنازل في قرية الصفصافة باتت مهددة بالانهيار بعد الفيضانات."
    doc = Document.create(text=text, published=datetime(2024, 4, 15, 9, tzinfo=UTC))
    assert not [r for r in extract_document(doc, resources).reports if r.event_type is EventType.THREATEN]


def test_the_anadolu_letters_for_the_ypg_name_the_target(resources: ExtractionResources) -> None:
    text = "قال وزير الدفاع التركي اليوم، متوعداً بشن عملية جديدة ضد تنظيم ي ب ك في بلدة الخرزة."
    doc = Document.create(text=text, published=datetime(2024, 4, 15, 9, tzinfo=UTC))
    threats = [r for r in extract_document(doc, resources).reports if r.event_type is EventType.THREATEN]
    assert len(threats) == 1
    assert threats[0].target is not None and threats[0].target.actor_id == "ypg"
