"""Harder English wire copy: datelines, abbreviations, positions, fronted years, generic plurals and
idioms (invented reports, invented people and places)."""

from __future__ import annotations

from datetime import UTC, datetime

from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document, EventReport
from marsad.vocab import CasualtyKind, Certainty, EventType


def events(text: str, resources: ExtractionResources) -> list[EventReport]:
    doc = Document.create(text=text, published=datetime(2025, 5, 14, 9, tzinfo=UTC))
    return list(extract_document(doc, resources).reports)


def types(text: str, resources: ExtractionResources) -> list[EventType]:
    return [r.event_type for r in events(text, resources)]


def test_month_name_in_a_dateline_is_no_march(resources: ExtractionResources) -> None:
    text = (
        "KAFR ZANTAR, March 12 (Reuters) - A roadside bomb struck a police patrol near the village of "
        "Tell Wardan on Tuesday, officials said."
    )
    assert types(text, resources) == [EventType.MINE_IED]


def test_day_before_the_month_is_a_date_too(resources: ExtractionResources) -> None:
    assert types("Officials met in Kafr Zantar on 3 March to discuss the budget.", resources) == []


def test_a_march_without_a_number_stays_a_protest(resources: ExtractionResources) -> None:
    text = "Hundreds of teachers joined a march through the town of Tell Wardan on Sunday, organisers said."
    assert types(text, resources) == [EventType.PROTEST]


def test_attacks_on_us_forces_since_a_year_are_a_series(resources: ExtractionResources) -> None:
    text = "A coalition of armed groups has claimed dozens of attacks on U.S. forces since October 2023."
    assert events(text, resources) == []


def test_opening_fire_on_a_checkpoint_is_an_armed_attack(resources: ExtractionResources) -> None:
    text = (
        "Unknown gunmen opened fire on an army checkpoint at the entrance of the village of Tell Wardan "
        "on Monday, killing a soldier, officials said."
    )
    assert types(text, resources) == [EventType.ARMED_ATTACK]


def test_bullets_sprayed_at_a_post_are_an_armed_attack(resources: ExtractionResources) -> None:
    text = "Militants sprayed bullets at a police post in the village of Tell Wardan late on Monday."
    assert types(text, resources) == [EventType.ARMED_ATTACK]


def test_shooting_a_man_at_a_checkpoint_stays_a_shooting(resources: ExtractionResources) -> None:
    text = "A gunman shot a driver at a checkpoint in the village of Tell Wardan on Monday, police said."
    assert types(text, resources) == [EventType.SHOOTING]


def test_overran_is_an_attack_and_a_fronted_year_makes_it_historical(resources: ExtractionResources) -> None:
    (report,) = events("In 2015, the jihadists overran the town of Kafr Zantar.", resources)
    assert report.event_type is EventType.ARMED_ATTACK
    assert report.certainty is Certainty.HISTORICAL


def test_a_long_opening_phrase_is_no_fronted_year(resources: ExtractionResources) -> None:
    text = (
        "After years of talks that began in 2019 between the two sides and their many mediators, "
        "militants attacked a checkpoint near Kafr Zantar on Monday."
    )
    (report,) = events(text, resources)
    assert report.certainty is Certainty.ASSERTED


def test_lobbed_a_grenade_is_an_incident(resources: ExtractionResources) -> None:
    text = "Militants lobbed a hand grenade at the house of a village elder in Kafr Zantar on Friday."
    assert len(events(text, resources)) == 1


def test_a_capacity_for_attacks_is_no_incident(resources: ExtractionResources) -> None:
    text = "Assessment: the group retains limited capacity for small-scale attacks in remote areas."
    assert events(text, resources) == []


def test_not_tolerating_attacks_is_no_incident(resources: ExtractionResources) -> None:
    text = "The ministry said it would not tolerate attacks on the economy."
    assert events(text, resources) == []


def test_a_plot_of_land_is_no_plot(resources: ExtractionResources) -> None:
    text = (
        "Members of two clans exchanged fire for several hours over a disputed plot of land near "
        "Kafr Zantar."
    )
    (report,) = events(text, resources)
    assert report.certainty is Certainty.ASSERTED


def test_a_plot_to_bomb_stays_hypothetical(resources: ExtractionResources) -> None:
    text = "Police uncovered a plot to bomb a market in Kafr Zantar during the holiday, officials said."
    (report,) = events(text, resources)
    assert report.certainty is Certainty.HYPOTHETICAL


def test_a_warning_to_respond_is_a_threat(resources: ExtractionResources) -> None:
    text = "The group's leader warned that fighters would respond at the time and place of their choosing."
    assert types(text, resources) == [EventType.THREATEN]


def test_attacking_the_government_handling_is_criticism(resources: ExtractionResources) -> None:
    text = "Opposition lawmakers attacked the government's handling of the power crisis on Wednesday."
    assert events(text, resources) == []


def test_shot_back_that_is_a_reply(resources: ExtractionResources) -> None:
    text = "A spokesman for the cabinet, Karim Dawoud, shot back that previous cabinets had ruined the grid."
    assert events(text, resources) == []


def test_those_detained_are_people_not_an_arrest(resources: ExtractionResources) -> None:
    text = "We call on all parties to disclose the whereabouts of those detained."
    assert events(text, resources) == []


def test_military_before_a_thing_is_an_adjective_not_the_army(resources: ExtractionResources) -> None:
    text = (
        "Foreign airstrikes hit military sites near Kafr Zantar on Tuesday, killing two guards, "
        "state media said."
    )
    (report,) = events(text, resources)
    assert report.perpetrator is None or report.perpetrator.actor_id != "military"


def test_a_military_operation_names_no_threatening_army(resources: ExtractionResources) -> None:
    text = (
        "The governor threatened on Tuesday to launch a new military operation against smugglers in "
        "Kafr Zantar."
    )
    (report,) = events(text, resources)
    assert report.event_type is EventType.THREATEN
    assert report.perpetrator is None or report.perpetrator.actor_id != "military"


def test_troops_still_name_the_military(resources: ExtractionResources) -> None:
    text = "Military forces attacked a village near Kafr Zantar on Monday, residents said."
    (report,) = events(text, resources)
    assert report.perpetrator is not None and report.perpetrator.actor_id == "military"


def test_a_dateline_city_gives_way_to_the_place_of_the_incident(resources: ExtractionResources) -> None:
    text = (
        "KAFR ZANTAR, Syria (AP) - Gunmen abducted three farmers near the village of Tell Wardan on "
        "Monday, relatives said."
    )
    (report,) = events(text, resources)
    assert [p.text for p in report.places] == ["Tell Wardan"]


def test_the_body_of_a_man_is_one_dead(resources: ExtractionResources) -> None:
    text = "The body of 19-year-old Samir Haddad was found on Tuesday with gunshot wounds near Tell Wardan."
    (report,) = events(text, resources)
    assert report.casualty(CasualtyKind.KILLED) == 1


def test_coordinated_counted_victims_add_up(resources: ExtractionResources) -> None:
    text = "Two soldiers and three civilians were wounded when a roadside bomb exploded near Tell Wardan."
    (report,) = events(text, resources)
    assert report.casualty(CasualtyKind.INJURED) == 5


def test_two_dozen_and_six_members_add_up(resources: ExtractionResources) -> None:
    text = (
        "Two dozen protesters and six members of the security forces were injured in clashes in "
        "Kafr Zantar on Friday."
    )
    assert {r.casualty(CasualtyKind.INJURED) for r in events(text, resources)} == {30}


def test_a_range_is_not_added_up(resources: ExtractionResources) -> None:
    text = "Between 10 and 15 people were killed when a car bomb exploded in Tell Wardan on Monday."
    (report,) = events(text, resources)
    assert report.casualty(CasualtyKind.KILLED) != 25


def test_a_protest_with_no_named_crowd_is_done_by_protesters(resources: ExtractionResources) -> None:
    text = "In the town of Kafr Zantar, hundreds demonstrated on Monday over power cuts."
    (report,) = events(text, resources)
    assert report.event_type is EventType.PROTEST
    assert report.perpetrator is not None and report.perpetrator.actor_id == "protesters"


def test_a_violent_incident_gets_no_default_perpetrator(resources: ExtractionResources) -> None:
    text = "A roadside bomb exploded near the village of Tell Wardan on Monday, residents said."
    (report,) = events(text, resources)
    assert report.perpetrator is None


def test_the_fighting_broke_out_after_an_ambush_is_two_incidents(resources: ExtractionResources) -> None:
    text = (
        "Clashes between security forces and gunmen killed 12 people in the province of Kafr Zantar on "
        "Saturday, a monitor said. The fighting broke out after gunmen ambushed a police patrol near the "
        "village of Tell Wardan on Friday, killing three officers."
    )
    assert sorted(t.value for t in types(text, resources)) == ["armed_attack", "armed_clash"]


def test_a_thwarted_attack_came_weeks_after_a_bombing(resources: ExtractionResources) -> None:
    text = (
        "Police shot dead a would-be suicide bomber at a market in Kafr Zantar on Thursday. The thwarted "
        "attack came weeks after a suicide bomber blew himself up at a wedding in the nearby village of "
        "Tell Wardan, killing three people."
    )
    reports = events(text, resources)
    wedding = [r for r in reports if any(p.text == "Tell Wardan" for p in r.places)]
    assert len(wedding) == 1
    assert wedding[0].certainty is Certainty.ASSERTED
    assert wedding[0].event_type is EventType.SUICIDE_ATTACK


def test_killed_after_gunmen_stormed_his_house_stays_one_incident(resources: ExtractionResources) -> None:
    text = "A man was shot dead after gunmen stormed his house in the village of Tell Wardan on Monday."
    assert len(events(text, resources)) == 1


def test_members_of_a_force_killed_make_it_the_target(resources: ExtractionResources) -> None:
    text = (
        "A drone targeted a car near the village of Tell Wardan on Wednesday, killing two members of "
        "the Syrian Democratic Forces (SDF) and injuring a passer-by."
    )
    (report,) = events(text, resources)
    assert report.target is not None and report.target.actor_id == "sdf"


def test_members_of_a_family_stay_civilians(resources: ExtractionResources) -> None:
    text = "Gunmen attacked a house near Tell Wardan on Monday, killing two members of a local family."
    (report,) = events(text, resources)
    assert report.target is not None and report.target.actor_id == "civilians"


def test_clashes_said_to_be_frequent_are_a_habit(resources: ExtractionResources) -> None:
    text = "Tribal clashes with heavy weapons are frequent in the south, where many clans are armed."
    assert events(text, resources) == []


def test_clashes_that_erupted_stay_an_incident(resources: ExtractionResources) -> None:
    text = "Clashes erupted between two clans in the village of Tell Wardan on Monday, police said."
    assert types(text, resources) == [EventType.ARMED_CLASH]


def test_unknown_armed_persons_are_gunmen(resources: ExtractionResources) -> None:
    text = "Unknown armed persons on a motorcycle opened fire on an army checkpoint near Tell Wardan."
    (report,) = events(text, resources)
    assert report.perpetrator is not None and report.perpetrator.actor_id == "unidentified_gunmen"


def test_taking_to_the_streets_is_a_protest(resources: ExtractionResources) -> None:
    text = "Hundreds of residents took to the streets of Tell Wardan on Sunday over power cuts."
    assert types(text, resources) == [EventType.PROTEST]


def test_detected_and_defused_is_one_foiled_bombing(resources: ExtractionResources) -> None:
    text = "An IED was detected and defused near the main road in the village of Tell Wardan on Monday."
    (report,) = events(text, resources)
    assert report.certainty is Certainty.HYPOTHETICAL


def test_arrested_and_would_be_tried_stays_asserted(resources: ExtractionResources) -> None:
    text = "Two men were arrested and would be referred to court, police in Tell Wardan said on Monday."
    (report,) = events(text, resources)
    assert report.certainty is Certainty.ASSERTED
