"""Two incidents told in one sentence, joined by a coordinator or a contrast marker, become two reports,
each with the figures, place and day of its own part; one incident told with its means and outcome
stays one (invented reports, invented people and places)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document, EventReport
from marsad.vocab import CasualtyKind, EventType


def events(text: str, resources: ExtractionResources) -> list[EventReport]:
    doc = Document.create(text=text, published=datetime(2024, 5, 10, 9, tzinfo=UTC))
    return list(extract_document(doc, resources).reports)


def figures(report: EventReport) -> dict[CasualtyKind, int]:
    return {c.kind: c.value for c in report.casualties}


def places(report: EventReport) -> list[str]:
    return [p.text for p in report.places]


def test_english_contrast_splits_two_incidents_with_their_own_figures(resources: ExtractionResources) -> None:
    text = (
        "Gunmen killed a shepherd near Tell Wardan on Sunday, while a roadside bomb wounded three "
        "soldiers in Kafr Zantar on Monday."
    )
    first, second = events(text, resources)
    assert second.event_type is EventType.MINE_IED
    assert figures(first) == {CasualtyKind.KILLED: 1}
    assert figures(second) == {CasualtyKind.INJURED: 3}
    assert places(first) == ["Tell Wardan"] and places(second) == ["Kafr Zantar"]
    assert first.date is not None and first.date.start == date(2024, 5, 5)
    assert second.date is not None and second.date.start == date(2024, 5, 6)
    assert second.perpetrator is None  # the gunmen of the first clause did not plant the bomb


def test_english_and_splits_when_each_side_has_its_place_and_day(resources: ExtractionResources) -> None:
    text = (
        "The council said the attack followed an ambush on its patrol near Tell Wardan on Monday and a "
        "drone strike on a car in Kafr Zantar on Tuesday that killed two fighters."
    )
    reports = events(text, resources)
    ambush = next(r for r in reports if r.trigger.quote == "ambush")
    drone = next(r for r in reports if r.event_type is EventType.DRONE_STRIKE)
    assert figures(ambush) == {} and figures(drone) == {CasualtyKind.KILLED: 2}
    assert places(ambush) == ["Tell Wardan"] and places(drone) == ["Kafr Zantar"]
    assert ambush.date is not None and ambush.date.start == date(2024, 5, 6)
    assert drone.date is not None and drone.date.start == date(2024, 5, 7)


def test_arabic_contrast_with_other_means_splits(resources: ExtractionResources) -> None:
    text = (
        "قتل مدني برصاص مسلحين مجهولين في بلدة كفر زنطار، فيما أصيب طفلان بانفجار لغم أرضي في قرية "
        "تل وردان."
    )
    first, second = events(text, resources)
    assert first.event_type is EventType.SHOOTING and second.event_type is EventType.MINE_IED
    assert figures(first) == {CasualtyKind.KILLED: 1}
    assert figures(second) == {CasualtyKind.INJURED: 2}
    assert places(first) == ["كفر زنطار"] and places(second) == ["تل وردان"]


def test_arabic_clitic_and_splits_with_own_place_and_day(resources: ExtractionResources) -> None:
    text = (
        "قتل شاب برصاص قناص في حي الزهور بمدينة كفر زنطار يوم الأحد، وانفجرت عبوة ناسفة بسيارة عسكرية "
        "في قرية تل وردان يوم الاثنين ما أدى إلى إصابة ثلاثة عناصر."
    )
    first, second = events(text, resources)
    assert second.event_type is EventType.MINE_IED
    assert figures(first) == {CasualtyKind.KILLED: 1}
    assert figures(second) == {CasualtyKind.INJURED: 3}
    assert "تل وردان" in places(second) and "تل وردان" not in places(first)
    assert first.date is not None and first.date.start == date(2024, 5, 5)
    assert second.date is not None and second.date.start == date(2024, 5, 6)


def test_english_weapons_and_outcome_of_one_attack_stay_one(resources: ExtractionResources) -> None:
    text = "Gunmen attacked the checkpoint with machine guns and RPGs, killing two guards."
    (report,) = events(text, resources)
    assert figures(report) == {CasualtyKind.KILLED: 2}


def test_english_bomber_and_his_victims_stay_one(resources: ExtractionResources) -> None:
    text = (
        "A suicide bomber blew himself up at the gate of a base in Kafr Zantar on Monday and killed five "
        "guards."
    )
    (report,) = events(text, resources)
    assert report.event_type is EventType.SUICIDE_ATTACK
    assert figures(report) == {CasualtyKind.KILLED: 5}


def test_english_and_without_own_place_or_day_stays_one(resources: ExtractionResources) -> None:
    text = "Gunmen opened fire on a patrol and a roadside bomb struck its vehicle near Tell Wardan on Monday."
    assert len(events(text, resources)) == 1


def test_arabic_bomb_and_its_dead_stay_one(resources: ExtractionResources) -> None:
    (report,) = events("انفجرت عبوة ناسفة بسيارة عسكرية ما أدى إلى مقتل عنصرين.", resources)
    assert figures(report) == {CasualtyKind.KILLED: 2}


def test_arabic_contrast_with_only_casualties_stays_one(resources: ExtractionResources) -> None:
    text = "قتل عنصران بانفجار عبوة ناسفة في قرية تل وردان، فيما أصيب ثلاثة آخرون بجروح."
    (report,) = events(text, resources)
    assert figures(report) == {CasualtyKind.KILLED: 2, CasualtyKind.INJURED: 3}


def test_arabic_same_means_after_contrast_without_own_place_stays_one(resources: ExtractionResources) -> None:
    text = "استهدف مسلحون حاجزا للشرطة بالرشاشات في بلدة كفر زنطار، فيما أطلق قناص النار على عناصر الحاجز."
    assert len(events(text, resources)) == 1


def test_english_casualties_then_their_cause_stay_one(resources: ExtractionResources) -> None:
    text = (
        "KAFR ZANTAR, March 12 (Reuters) - Two soldiers were killed and three others wounded when their "
        "vehicle was hit by a roadside bomb near Tell Wardan on Tuesday, officials said."
    )
    (report,) = events(text, resources)
    assert figures(report) == {CasualtyKind.KILLED: 2, CasualtyKind.INJURED: 3}


def test_arabic_casualties_then_their_cause_stay_one(resources: ExtractionResources) -> None:
    text = (
        "وفي كفر زنطار قتل أحد العناصر وأصيب 10 آخرون بجروح، إثر انفجار سيارة مفخخة صباح أمس في بلدة "
        "تل وردان."
    )
    (report,) = events(text, resources)
    assert report.event_type is EventType.CAR_BOMB
    assert figures(report) == {CasualtyKind.KILLED: 1, CasualtyKind.INJURED: 10}


def test_fronted_day_dates_both_incidents(resources: ExtractionResources) -> None:
    text = (
        "On Sunday, gunmen shot dead a shepherd near Tell Wardan, while a roadside bomb wounded three "
        "soldiers in Kafr Zantar."
    )
    first, second = events(text, resources)
    assert first.date is not None and second.date is not None
    assert first.date.start == second.date.start == date(2024, 5, 5)


def test_arabic_contrast_opening_with_other_means_splits_without_places(
    resources: ExtractionResources,
) -> None:
    text = "أطلق مسلحون النار على سيارة مدنية قرب بلدة كفر زنطار، بينما انفجرت عبوة ناسفة بدورية للجيش."
    reports = events(text, resources)
    assert [r.event_type for r in reports] == [EventType.SHOOTING, EventType.MINE_IED]


def test_arabic_list_of_deeds_stays_one(resources: ExtractionResources) -> None:
    text = (
        "وقال المسؤول إن الخلايا تقوم بعمليات تفجير وخطف في بلدة كفر زنطار يوم الأحد وفي قرية تل وردان "
        "أمس."
    )
    assert len(events(text, resources)) <= 1


def test_shelling_and_air_raids_after_contrast_are_one_means(resources: ExtractionResources) -> None:
    text = "قصفت قوات النظام بلدة كفر زنطار بالمدفعية الثقيلة، فيما شنت طائرات حربية غارات على البلدة."
    assert len(events(text, resources)) == 1


def test_english_sequence_parts_keep_their_own_figures(resources: ExtractionResources) -> None:
    text = (
        "Police shot dead a would-be suicide bomber at a market in Kafr Zantar on Thursday. The thwarted "
        "attack came weeks after a suicide bomber blew himself up at a wedding in Tell Wardan, killing "
        "three and wounding five."
    )
    reports = events(text, resources)
    wedding = next(r for r in reports if places(r) == ["Tell Wardan"])
    assert figures(wedding) == {CasualtyKind.KILLED: 3, CasualtyKind.INJURED: 5}
    assert all(figures(r) == {} for r in reports if r is not wedding)


def test_arabic_cache_of_weapons_after_a_bombing_is_no_new_incident(resources: ExtractionResources) -> None:
    text = (
        "فجر انتحاري نفسه في حي الزهور بمدينة كفر زنطار يوم الأحد، وبعدها داهمت قوات الأمن مخبأ في "
        "قرية تل وردان لتجد متفجرات، وقنينة غاز مفخخة، وبطاريات للتفجير عن بعد."
    )
    violent = [r.event_type for r in events(text, resources) if r.event_type is not EventType.ARREST]
    assert violent == [EventType.SUICIDE_ATTACK]


def test_a_plain_and_between_two_places_of_one_means_stays_one(resources: ExtractionResources) -> None:
    # the attackers moved on: one incident told across two places
    text = (
        "هاجم مسلحون حاجزا لقوات الأمن في بلدة كفر زيتون، واشتبكوا مع عناصره قرب قرية تل فكتور المجاورة."
    )
    assert len(events(text, resources)) == 1
    english = (
        "Gunmen attacked a police checkpoint in Kafr Zeitoun and clashed with its guards near the nearby "
        "village of Tell Fictor."
    )
    assert len(events(english, resources)) == 1


def test_a_plain_and_between_two_places_and_two_means_splits(resources: ExtractionResources) -> None:
    text = (
        "Gunmen shot dead a shepherd in Kafr Zeitoun and a roadside bomb wounded three soldiers in "
        "Tell Fictor."
    )
    assert sorted(r.event_type.value for r in events(text, resources)) == ["mine_ied", "shooting"]
