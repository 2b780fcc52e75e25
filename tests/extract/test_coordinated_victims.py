"""Singular victims joined by "و" after a modifier of the first (invented people, places and incidents)."""

from __future__ import annotations

from datetime import UTC, datetime

from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document, EventReport
from marsad.vocab import CasualtyKind, EventType


def _one(text: str, resources: ExtractionResources, event_type: EventType) -> EventReport:
    doc = Document.create(text=text, published=datetime(2024, 4, 15, 9, tzinfo=UTC))
    found = [r for r in extract_document(doc, resources).reports if r.event_type is event_type]
    assert len(found) == 1, found
    return found[0]


def _count(report: EventReport, kind: CasualtyKind) -> int | None:
    return next((c.value for c in report.casualties if c.kind is kind), None)


def test_an_officer_with_his_rank_and_a_soldier_are_two_killed(resources: ExtractionResources) -> None:
    text = (
        "أفاد مصدر أمني، الليلة الماضية، بمقتل ضابط برتبة نقيب وجندي وإصابة اثنين آخرين بانفجار عبوة "
        "ناسفة استهدفت دورية للجيش العراقي قرب قرية البوزيدان."
    )
    report = _one(text, resources, EventType.MINE_IED)
    assert _count(report, CasualtyKind.KILLED) == 2
    assert _count(report, CasualtyKind.INJURED) == 2


def test_the_soldier_joined_to_the_dead_officer_is_not_the_bomber(resources: ExtractionResources) -> None:
    text = (
        "أفاد مصدر أمني، الليلة الماضية، بمقتل ضابط برتبة نقيب وجندي بانفجار عبوة ناسفة في ناحية "
        "الخضيرات."
    )
    report = _one(text, resources, EventType.MINE_IED)
    assert report.perpetrator is None


def test_a_victim_then_a_new_figure_is_not_a_second_victim(resources: ExtractionResources) -> None:
    text = "قتل شاب من أهالي قرية الزويرة وأصيب طفل بانفجار لغم أرضي صباح اليوم."
    report = _one(text, resources, EventType.MINE_IED)
    assert _count(report, CasualtyKind.KILLED) == 1
    assert _count(report, CasualtyKind.INJURED) == 1


def test_a_person_after_the_agents_words_is_not_added_to_the_dead(resources: ExtractionResources) -> None:
    text = "قتل شاب برصاص قناص وجندي في قرية الزويرة مساء أمس."
    report = next(iter(extract_document(
        Document.create(text=text, published=datetime(2024, 4, 15, 9, tzinfo=UTC)), resources).reports))
    assert _count(report, CasualtyKind.KILLED) == 1


def test_a_place_named_like_an_actor_after_its_head_is_no_actor(resources: ExtractionResources) -> None:
    text = "قتل جندي بانفجار عبوة ناسفة استهدفت دورية للجيش العراقي في ناحية المعتصم شمال مدينة الزوراء."
    report = _one(text, resources, EventType.MINE_IED)
    assert report.perpetrator is None
    assert report.target is not None and report.target.actor_id == "iraqi_security_forces"
