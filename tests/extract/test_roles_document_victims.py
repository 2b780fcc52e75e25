"""Document-level targets: the side of the dead and wounded (invented people, places and incidents)."""

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


def _ids(report: EventReport) -> tuple[str | None, str | None]:
    return (
        report.perpetrator.actor_id if report.perpetrator else None,
        report.target.actor_id if report.target else None,
    )


def test_victims_named_in_the_next_sentence_are_the_target_of_the_strike(
    resources: ExtractionResources,
) -> None:
    text = (
        "نفذت طائرة حربية تابعة للتحالف الدولي، ليل السبت، غارة جوية على موقع في بادية الحمرا الشرقية. "
        "وقال التحالف في بيان إن الغارة أسفرت عن مقتل قيادي في تنظيم داعش يدعى أبو سالم الحمداني."
    )
    assert _ids(_one(text, resources, EventType.AIR_STRIKE)) == ("international_coalition", "islamic_state")


def test_soldiers_counted_among_the_wounded_are_not_the_bombers(resources: ExtractionResources) -> None:
    text = (
        "A roadside bomb struck an army patrol near the village of Tal Ghazal on Wednesday, leaving two "
        "soldiers dead, security sources said. The blast also wounded three other soldiers. No group "
        "claimed the bombing, but Islamic State cells remain active in the area."
    )
    perp, _ = _ids(_one(text, resources, EventType.MINE_IED))
    assert perp is None


def test_an_actor_after_a_verb_in_the_figure_is_still_the_killer(resources: ExtractionResources) -> None:
    text = (
        "عثر أهالي قرية الزهيرية صباح اليوم على جثة شاب أعدمه مسلحون رمياً بالرصاص. "
        "وقالت مصادر محلية إن الشاب كان قد اختطف قبل يومين."
    )
    perp, _ = _ids(_one(text, resources, EventType.EXECUTION))
    assert perp == "unidentified_gunmen"


def test_wounded_in_a_named_groups_attack_keeps_the_group_as_perpetrator(
    resources: ExtractionResources,
) -> None:
    text = (
        "A Peshmerga fighter was killed and two others were wounded in an Islamic State attack on their "
        "position in the Qara Tepe area on Sunday night, the ministry said."
    )
    assert _ids(_one(text, resources, EventType.ARMED_ATTACK)) == ("islamic_state", "peshmerga")
