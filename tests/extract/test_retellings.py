"""One incident retold in other words some sentences later is one event; a new scene, another means or
"also" keeps a second incident apart (invented wire-style paragraphs, invented people and villages)."""

from __future__ import annotations

from datetime import UTC, datetime

from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document, EventReport
from marsad.vocab import CasualtyKind, EventType


def events(text: str, resources: ExtractionResources) -> list[EventReport]:
    doc = Document.create(text=text, published=datetime(2024, 5, 15, 9, tzinfo=UTC))
    return list(extract_document(doc, resources).reports)


def types(reports: list[EventReport]) -> list[EventType]:
    return [r.event_type for r in reports]


# --- a retelling two or three sentences later joins the incident -----------------------------------


def test_shooting_retold_after_background_sentences_is_one_event_english(
    resources: ExtractionResources,
) -> None:
    text = (
        "Gunmen shot dead a local council member in the town of Sabhan on Tuesday, a war monitor said. "
        "Karim Dalu, 45, was a member of the town's civil council. "
        "Residents said he had received threats in recent weeks. "
        "Two men on a motorcycle opened fire on him outside his home, the monitor said."
    )
    reports = events(text, resources)
    assert types(reports) == [EventType.SHOOTING]
    assert reports[0].casualty(CasualtyKind.KILLED) == 1


def test_kidnapping_retold_two_sentences_later_is_one_event_english(resources: ExtractionResources) -> None:
    text = (
        "Armed men kidnapped a pharmacist in the town of Sarmada on Sunday evening, his relatives said. "
        "The family has received no ransom demand. "
        "Hamid Nasri was abducted from his shop by four masked men, a cousin said."
    )
    assert types(events(text, resources)) == [EventType.ABDUCTION]


def test_detention_retold_after_the_family_account_is_one_event_english(
    resources: ExtractionResources,
) -> None:
    text = (
        "Security forces detained three men in the village of Tell Ward on Monday, relatives said. "
        "The men were taken from their homes at dawn. "
        "Their families said they had no idea where the men were held. "
        "The Asayish arrested the three on suspicion of links to a rival party, a source said."
    )
    assert types(events(text, resources)) == [EventType.ARREST]


def test_shelling_told_by_its_shell_then_by_the_verb_is_one_event_english(
    resources: ExtractionResources,
) -> None:
    text = (
        "A mortar shell hit a school in the village of Kafr Wardan on Thursday, wounding four pupils, "
        "rescuers said. The school was empty of teachers at the time. "
        "Government forces shelled the village from positions to the east, the rescuers said."
    )
    reports = events(text, resources)
    assert types(reports) == [EventType.SHELLING]
    assert reports[0].casualty(CasualtyKind.INJURED) == 4


def test_a_definite_event_word_beside_a_weapon_names_the_car_bombing(resources: ExtractionResources) -> None:
    text = (
        "A car bomb exploded at a market in the town of Deir Sunbul on Wednesday, killing seven people. "
        "The market was crowded with shoppers. "
        "Officials said the explosion was caused by a car packed with explosives."
    )
    assert types(events(text, resources)) == [EventType.CAR_BOMB]


def test_shooting_retold_after_a_background_sentence_is_one_event_arabic(
    resources: ExtractionResources,
) -> None:
    text = (
        "قتل شاب برصاص مسلحين مجهولين في بلدة الكرامة الصغرى مساء أمس، بحسب مصادر محلية. "
        "وكان الشاب يعمل في محل لبيع الهواتف. "
        "وأفادت المصادر أن مسلحين على دراجة نارية أطلقوا النار عليه أمام منزله."
    )
    assert types(events(text, resources)) == [EventType.SHOOTING]


def test_detention_retold_with_a_raid_later_is_one_event_arabic(resources: ExtractionResources) -> None:
    text = (
        "اعتقلت قوات الأمن الداخلي ثلاثة شبان في قرية تل وردان فجر اليوم، بحسب ذويهم. "
        "واقتيد الشبان إلى جهة مجهولة. "
        "وقالت عائلاتهم إن دورية مسلحة داهمت منازلهم واعتقلتهم دون مذكرة."
    )
    assert types(events(text, resources)) == [EventType.ARREST]


# --- what keeps a second incident apart ---------------------------------------------------------------


def test_a_retelling_never_joins_across_another_place(resources: ExtractionResources) -> None:
    text = (
        "Gunmen shot dead a police officer in the town of Busra on Monday, a local monitor said. "
        "The monitor said the area had seen rising violence. "
        "Gunmen shot dead a teacher in the town of Tafas on Monday evening."
    )
    assert types(events(text, resources)) == [EventType.SHOOTING, EventType.SHOOTING]


def test_also_marks_a_further_incident_of_the_same_kind(resources: ExtractionResources) -> None:
    text = (
        "Gunmen shot dead a police officer in the village of Tell Fictor on Monday, a monitor said. "
        "Gunmen also shot dead a teacher on Monday evening, the monitor said."
    )
    assert types(events(text, resources)) == [EventType.SHOOTING, EventType.SHOOTING]


def test_a_roadside_bomb_is_no_weapon_of_a_shooting_english(resources: ExtractionResources) -> None:
    text = (
        "Gunmen shot dead a police officer in the town of Busra on Monday, a local monitor said. "
        "In nearby Tafas, a roadside bomb wounded two soldiers the same day."
    )
    reports = events(text, resources)
    assert types(reports) == [EventType.SHOOTING, EventType.MINE_IED]
    assert reports[0].casualty(CasualtyKind.INJURED) is None
    assert reports[1].casualty(CasualtyKind.INJURED) == 2


def test_an_explosive_device_in_a_neighbouring_town_is_another_incident_arabic(
    resources: ExtractionResources,
) -> None:
    text = (
        "قتل عنصر من الشرطة برصاص مسلحين في بلدة بصرى الشام صباح اليوم. "
        "وفي بلدة مجاورة، انفجرت عبوة ناسفة بدورية عسكرية ما أدى إلى إصابة جنديين."
    )
    assert types(events(text, resources)) == [EventType.SHOOTING, EventType.MINE_IED]


def test_meanwhile_opens_another_incident_told_by_its_warplanes(resources: ExtractionResources) -> None:
    text = (
        "An Islamic State attack killed four soldiers near Palmyra on Thursday, the monitor said. "
        "Meanwhile, Russian warplanes carried out strikes on hideouts in the desert, killing ten militants."
    )
    reports = events(text, resources)
    assert types(reports) == [EventType.ARMED_ATTACK, EventType.AIR_STRIKE]
    assert reports[0].casualty(CasualtyKind.KILLED) == 4


def test_hours_later_opens_another_attack(resources: ExtractionResources) -> None:
    text = (
        "A bomb attached to a car exploded in the Sheikh Fictor district of Aleppo on Wednesday, wounding "
        "a local official. Hours later, gunmen attacked a checkpoint in the same district, killing one "
        "member of the Asayish."
    )
    reports = events(text, resources)
    assert len(reports) == 2
    assert reports[0].casualty(CasualtyKind.KILLED) is None


def test_meanwhile_opens_another_incident_arabic(resources: ExtractionResources) -> None:
    text = (
        "شنت طائرات حربية روسية غارات على مواقع في بادية حمص أمس، ما أدى إلى مقتل خمسة مسلحين. "
        "في غضون ذلك، هاجم مسلحون حاجزاً للجيش قرب مدينة السخنة."
    )
    assert types(events(text, resources)) == [EventType.AIR_STRIKE, EventType.ARMED_ATTACK]


def test_a_claim_hours_later_still_names_the_attack(resources: ExtractionResources) -> None:
    text = (
        "Gunmen attacked a checkpoint near the village of Tell Fictor on Monday, killing two guards. "
        "Hours later, the Islamic State claimed the attack."
    )
    assert len([r for r in events(text, resources) if r.certainty.value == "asserted"]) == 1


def test_at_gunpoint_is_no_threat_arabic(resources: ExtractionResources) -> None:
    text = (
        "اختطف مسلحون مجهولون تاجراً في بلدة تل وردان مساء الأحد، بحسب ذويه. "
        "وقال أحد أقاربه إن أربعة ملثمين اقتادوه من محله تحت تهديد السلاح."
    )
    assert types(events(text, resources)) == [EventType.ABDUCTION]


# --- a killing retold with its means takes the means' type ---------------------------------------------


def test_a_killing_retold_as_gunfire_is_a_shooting_english(resources: ExtractionResources) -> None:
    text = (
        "Gunmen killed a shopkeeper in the village of Tell Fictor on Monday evening, local sources said. "
        "Two men on a motorcycle opened fire on him outside his shop, a relative said."
    )
    assert types(events(text, resources)) == [EventType.SHOOTING]


def test_a_killing_retold_as_gunfire_is_a_shooting_arabic(resources: ExtractionResources) -> None:
    text = (
        "قتل مسلحون مجهولون تاجراً في قرية تل وردان مساء أمس. "
        "وأفادت مصادر محلية أن مسلحين أطلقوا النار عليه أمام منزله."
    )
    assert types(events(text, resources)) == [EventType.SHOOTING]


def test_another_means_sentences_later_is_another_incident(resources: ExtractionResources) -> None:
    text = (
        "Gunmen attacked a checkpoint near the village of Tell Fictor on Monday, killing two guards. "
        "The area has seen rising violence in recent months. "
        "A roadside bomb exploded near an army patrol, wounding two soldiers, a security source said."
    )
    reports = events(text, resources)
    assert types(reports) == [EventType.ARMED_ATTACK, EventType.MINE_IED]
    assert reports[0].casualty(CasualtyKind.INJURED) is None


def test_assassination_retold_as_gunfire_after_background_is_one_event_arabic(
    resources: ExtractionResources,
) -> None:
    text = (
        "اغتال مسلحون مجهولون القيادي أبو علي الفرضي في بلدة تل وردان مساء أمس. "
        "وينحدر الفرضي من عشيرة معروفة في المنطقة. "
        "وأفادت مصادر محلية بأن مسلحين يستقلون دراجة نارية أطلقوا النار على سيارته."
    )
    assert types(events(text, resources)) == [EventType.ASSASSINATION]


def test_kidnapping_retold_after_the_ransom_demand_is_one_event_arabic(
    resources: ExtractionResources,
) -> None:
    text = (
        "اختطف مسلحون طفلاً في بلدة كفر وردان أمس. "
        "وطالب الخاطفون ذويه بفدية مالية. "
        "وأكد مصدر محلي أن الطفل خُطف أثناء عودته من المدرسة."
    )
    assert types(events(text, resources)) == [EventType.ABDUCTION]


def test_a_response_in_kind_is_another_incident(resources: ExtractionResources) -> None:
    text = (
        "A rocket fired from Syrian territory landed in an open area near the border town of Fictorkale "
        "on Monday, causing no casualties, media reported. The army responded with artillery fire on "
        "positions across the border, the defence ministry said."
    )
    assert types(events(text, resources)) == [EventType.SHELLING, EventType.SHELLING]


def test_an_incident_that_only_dates_a_new_strike_does_not_absorb_it(resources: ExtractionResources) -> None:
    text = (
        "قتل عنصران من الشرطة الاتحادية، فجر اليوم، إثر كمين نصبه مسلحون لقوة أمنية "
        "قرب قرية الحويجة الصغيرة. "
        "وبعد ساعات من الكمين، شنت طائرات التحالف الدولي غارة جوية على مخبأ للمسلحين في وادي الحمرة."
    )
    found = types(events(text, resources))
    assert EventType.AIR_STRIKE in found and len(found) == 2
