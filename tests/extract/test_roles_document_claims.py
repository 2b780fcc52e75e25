"""Document-level perpetrators from claims and accusations (invented people, places and incidents)."""

from __future__ import annotations

from datetime import UTC, datetime

from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document, EventReport
from marsad.vocab import AttributionKind, EventType


def _reports(text: str, resources: ExtractionResources) -> list[EventReport]:
    doc = Document.create(text=text, published=datetime(2024, 4, 15, 9, tzinfo=UTC))
    return list(extract_document(doc, resources).reports)


def _one(text: str, resources: ExtractionResources, event_type: EventType) -> EventReport:
    found = [r for r in _reports(text, resources) if r.event_type is event_type]
    assert len(found) == 1, found
    return found[0]


def _perp(report: EventReport) -> str | None:
    return report.perpetrator.actor_id if report.perpetrator else None


def test_claim_in_a_relative_clause_names_the_perpetrator_of_a_bomber(resources: ExtractionResources) -> None:
    text = (
        "A suicide bomber blew himself up at a checkpoint in the village of Tal Warda on Saturday, "
        "killing three policemen. Five other people were wounded in the attack, which Islamic State "
        "claimed on Sunday."
    )
    r = _one(text, resources, EventType.SUICIDE_ATTACK)
    assert _perp(r) == "islamic_state"
    # the claim stays the claimant's: recorded as a claim of responsibility, not made the writer's
    assert any(
        a.kind is AttributionKind.CLAIMS_RESPONSIBILITY and a.actor_id == "islamic_state"
        for a in r.attributions
    )


def test_arabic_claim_after_the_incident_names_the_claimant(resources: ExtractionResources) -> None:
    text = (
        "انفجرت عبوة ناسفة بدورية عسكرية قرب قرية الغدير الوسطى، صباح أمس، ما أدى إلى مقتل عنصرين. "
        "وتبنى تنظيم داعش الهجوم عبر معرفاته الرسمية."
    )
    r = _one(text, resources, EventType.MINE_IED)
    assert _perp(r) == "islamic_state"
    assert any(a.kind is AttributionKind.CLAIMS_RESPONSIBILITY for a in r.attributions)


def test_a_denied_claim_names_nobody(resources: ExtractionResources) -> None:
    text = (
        "A roadside bomb killed two farmers near the village of Kafr Sallum on Tuesday, a local official "
        "said. No group claimed the bombing, but Islamic State cells remain active in the area."
    )
    r = _one(text, resources, EventType.MINE_IED)
    assert _perp(r) != "islamic_state"


def test_sides_that_traded_accusations_are_not_the_perpetrator(resources: ExtractionResources) -> None:
    text = (
        "A car bomb exploded near a bakery in the town of Umm Shajar on Thursday, killing four civilians. "
        "The SDF and Turkish-backed factions traded accusations over the blast."
    )
    r = _one(text, resources, EventType.CAR_BOMB)
    assert r.perpetrator is None


def test_the_accuser_is_not_the_perpetrator_the_accused_is(resources: ExtractionResources) -> None:
    text = "The SDF accused Islamic State of the bombing of a checkpoint near the village of Tal Jedid."
    reports = _reports(text, resources)
    assert reports
    assert all(_perp(r) != "sdf" for r in reports)


def test_an_accusation_in_a_clause_about_the_victims_keeps_the_perpetrator(
    resources: ExtractionResources,
) -> None:
    text = (
        "Islamic State militants executed three men they accused of spying for the SDF in the village of "
        "Ruwaysat al-Qasr, the group said on Sunday."
    )
    r = _one(text, resources, EventType.EXECUTION)
    assert _perp(r) == "islamic_state"
