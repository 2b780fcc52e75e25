"""English: sounds heard, counts over unnamed incidents, habitual raids, arson and the passive agent of
a defusal (invented reports, invented people and places)."""

from __future__ import annotations

from datetime import UTC, datetime

from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document, EventReport
from marsad.vocab import EventType, TimePrecision


def events(text: str, resources: ExtractionResources) -> list[EventReport]:
    doc = Document.create(text=text, published=datetime(2025, 5, 14, 9, tzinfo=UTC))
    return list(extract_document(doc, resources).reports)


def types(text: str, resources: ExtractionResources) -> list[EventType]:
    return [r.event_type for r in events(text, resources)]


def test_gunfire_echoing_through_the_streets_is_no_incident(resources: ExtractionResources) -> None:
    text = (
        "In Tell Wardan, residents said loudspeakers called on people to stay indoors as gunfire echoed "
        "through the streets on Saturday morning."
    )
    assert types(text, resources) == []


def test_gunfire_that_could_be_heard_is_no_incident(resources: ExtractionResources) -> None:
    text = "Gunfire could be heard across Kafr Zantar on Saturday night, residents said."
    assert types(text, resources) == []


def test_gunfire_aimed_at_people_stays_an_incident(resources: ExtractionResources) -> None:
    text = "Gunfire from a passing car killed two men outside a bakery in Kafr Zantar on Saturday."
    assert types(text, resources) == [EventType.SHOOTING]


def test_deaths_counted_over_unnamed_incidents_are_a_statistic(resources: ExtractionResources) -> None:
    text = (
        "In April, 9 people were killed by gunfire in incidents whose perpetrators could not be "
        "identified, the Tell Wardan monitor said."
    )
    assert types(text, resources) == []


def test_deaths_in_separate_incidents_on_a_day_stay_incidents(resources: ExtractionResources) -> None:
    text = "Two farmers were shot dead in separate incidents near Kafr Zantar on Monday, police said."
    assert types(text, resources) != []


def test_deaths_in_bombings_this_year_are_a_statistic(resources: ExtractionResources) -> None:
    text = "At least 40 people were killed in bombings this year in the province, the monitor said."
    assert types(text, resources) == []


def test_raids_a_group_still_stages_are_a_habit(resources: ExtractionResources) -> None:
    text = "Officials said sleeper cells still stage hit-and-run raids on security forces around Kafr Zantar."
    assert types(text, resources) == []


def test_raids_on_a_named_day_stay_an_arrest(resources: ExtractionResources) -> None:
    text = "Security forces carried out raids in Kafr Zantar on Monday and arrested four suspects."
    assert EventType.ARREST in types(text, resources)


def test_gunmen_torching_a_police_post_is_an_armed_attack(resources: ExtractionResources) -> None:
    text = "Residents said gunmen had torched a police post in Kafr Zantar on Monday, wounding two guards."
    assert types(text, resources) == [EventType.ARMED_ATTACK]


def test_setting_fire_to_a_house_is_an_armed_attack(resources: ExtractionResources) -> None:
    text = "Unknown assailants set fire to the house of a local official in Tell Wardan overnight."
    assert types(text, resources) == [EventType.ARMED_ATTACK]


def test_protesters_torching_tires_stay_a_protest(resources: ExtractionResources) -> None:
    text = "Protesters torched tires and blocked roads in Kafr Zantar on Monday."
    assert types(text, resources) == [EventType.PROTEST]


def test_demonstrators_burning_flags_stay_a_protest(resources: ExtractionResources) -> None:
    text = "Demonstrators set fire to flags and pictures of the governor in Tell Wardan on Sunday."
    assert types(text, resources) == [EventType.PROTEST]


def test_the_defuser_of_a_bomb_is_not_its_perpetrator(resources: ExtractionResources) -> None:
    text = (
        "On 6 July, an IED was detected and defused by Asayish engineers near the main road in Tell "
        "Wardan; no injuries."
    )
    found = events(text, resources)
    assert [r.event_type for r in found] == [EventType.MINE_IED]
    assert found[0].perpetrator is None
    assert found[0].target is None


def test_a_bomb_foiled_by_police_has_no_police_perpetrator(resources: ExtractionResources) -> None:
    text = "A roadside bomb was found and dismantled by police near Kafr Zantar on Monday."
    found = events(text, resources)
    assert all(r.perpetrator is None or r.perpetrator.actor_id != "police" for r in found)


def test_a_bomb_detonated_by_militants_keeps_them_as_perpetrator(resources: ExtractionResources) -> None:
    text = "A roadside bomb detonated by militants struck an army patrol near Kafr Zantar on Monday."
    found = events(text, resources)
    assert found and found[0].perpetrator is not None and found[0].perpetrator.actor_id == "militants"


def test_a_background_incident_dated_by_a_year_keeps_the_year(resources: ExtractionResources) -> None:
    text = "Islamic State militants overran the town of Kafr Zantar in 2015, killing dozens of soldiers."
    found = events(text, resources)
    assert len(found) == 1 and found[0].date is not None
    assert found[0].date.precision is TimePrecision.YEAR
    assert (found[0].date.start.isoformat(), found[0].date.end.isoformat()) == ("2015-01-01", "2015-12-31")
