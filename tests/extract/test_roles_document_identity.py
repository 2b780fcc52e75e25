"""Document-level perpetrators from a later sentence that says who the attackers were (invented
people, places and incidents)."""

from __future__ import annotations

from datetime import UTC, datetime

from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document, EventReport
from marsad.vocab import EventType


def _perp(text: str, resources: ExtractionResources, event_type: EventType) -> str | None:
    doc = Document.create(text=text, published=datetime(2024, 4, 15, 9, tzinfo=UTC))
    reports = extract_document(doc, resources).reports
    found: list[EventReport] = [r for r in reports if r.event_type is event_type]
    assert len(found) == 1, found
    return found[0].perpetrator.actor_id if found[0].perpetrator else None


def test_the_attackers_were_members_of_a_named_group(resources: ExtractionResources) -> None:
    text = (
        "Gunmen attacked a police checkpoint near the village of Tal Sabeen on Monday, killing two "
        "policemen. The attackers were members of Islamic State, the interior ministry said."
    )
    assert _perp(text, resources, EventType.ARMED_ATTACK) == "islamic_state"


def test_arabic_gunmen_belong_to_a_named_group(resources: ExtractionResources) -> None:
    text = (
        "هاجم مسلحون مجهولون حاجزاً للشرطة قرب قرية الرويضة، مساء أمس، ما أدى إلى مقتل عنصرين. "
        "وقالت مصادر محلية إن المسلحين ينتمون إلى تنظيم داعش."
    )
    assert _perp(text, resources, EventType.ARMED_ATTACK) == "islamic_state"


def test_a_group_named_in_another_clause_is_not_the_attackers_identity(
    resources: ExtractionResources,
) -> None:
    text = (
        "Gunmen attacked a police checkpoint near the village of Tal Sabeen on Monday, killing two "
        "policemen. The attackers were members of a local clan, while the SDF said it was investigating."
    )
    assert _perp(text, resources, EventType.ARMED_ATTACK) != "sdf"
