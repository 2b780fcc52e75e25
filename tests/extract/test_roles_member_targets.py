"""Targets named through their members (invented people, places and incidents): "عنصر في قوات X",
"ثلاثة من مقاتلي X" and an object after a time adverbial in verb-subject-object order."""

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


def test_a_member_in_a_named_force_makes_the_force_the_target(resources: ExtractionResources) -> None:
    text = "قُتل عنصر في قوات سوريا الديمقراطية، مساء أمس، برصاص مسلحين مجهولين قرب قرية الزعيلة."
    assert _ids(_one(text, resources, EventType.SHOOTING)) == ("unidentified_gunmen", "sdf")


def test_a_dual_member_noun_in_a_named_unit_is_that_unit(resources: ExtractionResources) -> None:
    text = "أصيب مقاتلان في وحدات حماية الشعب بجروح إثر انفجار لغم أرضي قرب قرية تل شعير."
    assert _ids(_one(text, resources, EventType.MINE_IED))[1] == "ypg"


def test_a_member_in_a_place_is_not_a_named_body(resources: ExtractionResources) -> None:
    text = "قُتل عنصر في بلدة الغرانيج برصاص مسلحين مجهولين."
    assert _ids(_one(text, resources, EventType.SHOOTING))[1] != "sdf"


def test_killed_members_counted_with_a_partitive_beat_the_post_attacked(
    resources: ExtractionResources,
) -> None:
    text = "قُتل ثلاثة من مقاتلي قوات سوريا الديمقراطية في هجوم لمسلحين على نقطة عسكرية قرب بلدة المركدة."
    assert _ids(_one(text, resources, EventType.ARMED_ATTACK))[1] == "sdf"


def test_the_object_after_a_time_adverbial_is_the_target_not_the_wounded_count(
    resources: ExtractionResources,
) -> None:
    text = (
        "استهدف مجهولون بقنبلة يدوية، ليل أمس، عناصر من قوات الأسايش على حاجز عند مدخل بلدة العريشة، "
        "ما أدى إلى إصابة عنصرين بجروح طفيفة."
    )
    assert _ids(_one(text, resources, EventType.MINE_IED)) == ("unidentified_gunmen", "asayish")


def test_the_wounded_after_a_passive_verb_is_never_the_agent(resources: ExtractionResources) -> None:
    text = ("قُتلت امرأة وأصيبت مقاتلة أخرى، ظهر اليوم، إثر استهداف سيارتهما بطائرة مسيّرة تركية "
            "قرب بلدة كركي لكي.")
    perp, _ = _ids(_one(text, resources, EventType.DRONE_STRIKE))
    assert perp == "turkish_armed_forces"


def test_a_nationality_on_the_trigger_beats_a_generic_agent_elsewhere(resources: ExtractionResources) -> None:
    text = "نجا مقاتلون من قصف تركي استهدف قرية الخالدية بريف عين عيسى."
    perp, _ = _ids(_one(text, resources, EventType.SHELLING))
    assert perp == "turkish_armed_forces"


def test_an_aircraft_with_its_adjective_belonging_to_a_force_names_the_force(
    resources: ExtractionResources,
) -> None:
    text = "استهدفت طائرة مسيّرة تابعة للجيش التركي، بعد ظهر أمس، سيارة مدنية على طريق قرية تل جمال."
    perp, _ = _ids(_one(text, resources, EventType.DRONE_STRIKE))
    assert perp == "turkish_armed_forces"


def test_gunmen_before_a_convoy_belonging_to_a_force_stay_the_agents(resources: ExtractionResources) -> None:
    text = "استهدف مسلحون مجهولون رتلا تابعا للقوات الروسية قرب بلدة تل السمن."
    assert _ids(_one(text, resources, EventType.ARMED_ATTACK))[0] == "unidentified_gunmen"


def test_the_side_the_detained_are_charged_with_is_not_the_arrester(resources: ExtractionResources) -> None:
    text = (
        "شنت قوات سوريا الديمقراطية، فجر اليوم، حملة مداهمات في بلدة الكشمة، بمساندة مروحيات التحالف "
        "الدولي، اعتقلت خلالها خمسة أشخاص بتهمة الانتماء لخلايا تنظيم داعش."
    )
    perp, target = _ids(_one(text, resources, EventType.ARREST))
    assert perp != "islamic_state_cells"
    assert target != "international_coalition"


def test_bodies_of_named_fighters_at_a_funeral_name_the_target(resources: ExtractionResources) -> None:
    text = (
        "شيّع الأهالي جثامين أربعة من مقاتلي قوات سوريا الديمقراطية فقدوا حياتهم في هجوم لخلايا داعش "
        "على نقطة عسكرية قرب بلدة العزبة ليلة أمس."
    )
    assert _ids(_one(text, resources, EventType.ARMED_ATTACK))[1] == "sdf"


def test_the_neutralised_named_by_the_turkish_ministry_are_the_target(resources: ExtractionResources) -> None:
    text = ("أعلنت وزارة الدفاع التركية، الخميس، تحييد 7 إرهابيين من تنظيم بي كي كي في غارات جوية "
            "على منطقة زاب.")
    perp, target = _ids(_one(text, resources, EventType.AIR_STRIKE))
    assert target == "pkk"
    assert perp != "pkk"
