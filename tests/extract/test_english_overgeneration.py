"""English mentions that are no new incident: prospects, a word's meaning, figures of speech, and the
toll of a protest told in its own sentence (invented names and places)."""

from __future__ import annotations

from datetime import UTC, datetime

from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document, Extraction
from marsad.vocab import CasualtyKind, EventType, Language


def extract(text: str, resources: ExtractionResources) -> Extraction:
    doc = Document.create(text=text, published=datetime(2025, 4, 15, 9, tzinfo=UTC), language=Language.EN)
    return extract_document(doc, resources)


def types(text: str, resources: ExtractionResources) -> list[str]:
    return [r.event_type.value for r in extract(text, resources).reports]


def test_the_risk_of_renewed_fighting_is_no_incident(resources: ExtractionResources) -> None:
    text = "Analysts in Fictown say the accord could reduce the risk of renewed fighting in the hills."
    assert types(text, resources) == []


def test_the_prospect_of_new_clashes_is_no_incident(resources: ExtractionResources) -> None:
    text = "Residents of Tell Fictor fled on Monday as the prospect of new clashes with the army grew."
    assert types(text, resources) == []


def test_real_fighting_after_a_warning_of_risk_stays_an_incident(resources: ExtractionResources) -> None:
    text = "Heavy fighting broke out in Fictown on Monday between the army and the Fictor Brigade."
    assert types(text, resources) == ["armed_clash"]


def test_a_term_defined_as_killed_or_captured_is_no_arrest(resources: ExtractionResources) -> None:
    text = (
        "Fictorian warplanes struck militant targets in the Zarkan mountains on Saturday, neutralising "
        "nine fighters, the ministry said. The ministry, which uses the term to mean killed or captured, "
        "said the strikes destroyed caves."
    )
    assert types(text, resources) == ["air_strike"]


def test_killing_a_people_slowly_is_a_figure_of_speech(resources: ExtractionResources) -> None:
    text = (
        "An opposition lawmaker in Fictoria accused the water ministry on Tuesday of \"killing Fictorians "
        "slowly\" by failing to repair the dams."
    )
    assert types(text, resources) == []


def test_the_injured_of_a_rally_are_its_toll_not_an_attack(resources: ExtractionResources) -> None:
    text = (
        "Thousands of students rallied in Fictor Square in Zarkan on Friday to denounce corruption. "
        "Some protesters threw stones at riot police, who responded with tear gas. "
        "Twelve protesters and four policemen were injured, the health ministry said."
    )
    reports = extract(text, resources).reports
    assert [r.event_type for r in reports] == [EventType.PROTEST]
    assert reports[0].casualty(CasualtyKind.INJURED) == 16


def test_the_wounded_of_a_bombing_after_a_rally_stay_a_bombing(resources: ExtractionResources) -> None:
    text = (
        "Hundreds of teachers rallied in Zarkan on Friday over unpaid salaries. "
        "Hours later, a car bomb exploded near a market in Fictown, wounding seven people."
    )
    assert sorted(types(text, resources)) == ["car_bomb", "protest"]


# --- retellings whose antecedent is placed only by a landmark or the dateline ----------------------


def test_the_shelling_of_the_named_village_is_the_denied_shelling_near_a_town(
    resources: ExtractionResources,
) -> None:
    text = (
        "The Fictor Brigade denied on Sunday reports that its forces had shelled a village near Zarkan. "
        "Local media had said that two civilians were wounded in the shelling of the village of Tell "
        "Fictor on Saturday."
    )
    reports = extract(text, resources).reports
    assert [r.event_type for r in reports] == [EventType.SHELLING]
    assert reports[0].casualty(CasualtyKind.INJURED) == 2


def test_an_attack_repelled_at_named_positions_is_the_attack_under_the_dateline(
    resources: ExtractionResources,
) -> None:
    text = (
        "RAQQA, Syria, May 3 (Reuters) - Tribal fighters attacked positions of the Fictor Brigade "
        "in villages east of the river on Saturday night, sparking clashes that lasted until dawn, "
        "residents said. The brigade said in a statement that it had repelled an attack on its "
        "positions in Tell Fictor and Kafr Fictor, killing six attackers."
    )
    reports = extract(text, resources).reports
    assert len(reports) == 1
    assert {"Tell Fictor", "Kafr Fictor"} <= {p.text for p in reports[0].places}


def test_a_shelling_of_another_named_village_stays_apart_when_the_first_is_sited(
    resources: ExtractionResources,
) -> None:
    text = (
        "The army shelled the village of Kafr Fictor on Monday, wounding two farmers. "
        "Rebels said a second shelling hit the town of Zarkan on Tuesday."
    )
    assert len(extract(text, resources).reports) == 2


def test_plural_incidents_a_crowd_protests_against_are_its_grievance(resources: ExtractionResources) -> None:
    text = (
        "Hundreds of residents took to the streets of Zarkan on Sunday to protest against a wave of "
        "kidnappings, witnesses said."
    )
    assert types(text, resources) == ["protest"]


def test_a_kidnapping_told_after_the_protest_stays_an_incident(resources: ExtractionResources) -> None:
    text = (
        "Hundreds of residents took to the streets of Zarkan on Sunday to protest against a wave of "
        "kidnappings, witnesses said. The protest came a day after gunmen kidnapped a pharmacist, Samir "
        "al-Fictori, on the road between Zarkan and Fictown."
    )
    assert types(text, resources) == ["protest", "abduction"]


def test_weapons_deployed_are_no_shelling(resources: ExtractionResources) -> None:
    text = "The army deployed tanks and artillery to the outskirts of Zarkan on Monday."
    assert types(text, resources) == []
    text = "Fictorian forces sent reinforcements including rocket launchers to the Zarkan front on Sunday."
    assert types(text, resources) == []


def test_forces_deployed_that_shelled_a_village_still_shelled_it(resources: ExtractionResources) -> None:
    text = "Fictorian forces deployed near Zarkan shelled the village of Kafr Fictor with guns on Monday."
    assert types(text, resources) == ["shelling"]


def test_the_raids_after_jets_bombed_are_that_air_strike(resources: ExtractionResources) -> None:
    text = (
        "Fictorian jets bombed rebel positions in the hills of Zarkan on Friday, the army said. "
        "The raids destroyed weapons depots, it said."
    )
    assert types(text, resources) == ["air_strike"]


def test_a_police_raid_after_an_air_strike_stays_its_own_incident(resources: ExtractionResources) -> None:
    text = (
        "Fictorian jets bombed rebel positions in Zarkan on Friday. "
        "Police raided a house in Fictown on Saturday and detained two men."
    )
    assert len(types(text, resources)) >= 2


def test_the_murder_that_sparked_protests_a_day_later_is_the_shooting(resources: ExtractionResources) -> None:
    text = (
        "Gunmen shot dead a lawyer in Fictown on Monday. "
        "The murder sparked protests by lawyers in the city on Tuesday."
    )
    assert types(text, resources) == ["shooting", "protest"]


def test_a_strike_to_protest_the_killing_names_the_shooting(resources: ExtractionResources) -> None:
    text = (
        "Gunmen shot dead a lawyer in Fictown on Monday. "
        "Lawyers went on strike on Tuesday to protest the killing."
    )
    reports = extract(text, resources).reports
    assert [r.event_type.value for r in reports] == ["shooting", "protest"]
    assert reports[0].date is not None and reports[0].date.start.isoformat() == "2025-04-14"


def test_an_attack_counted_third_this_month_is_the_attack_just_told(resources: ExtractionResources) -> None:
    doc = Document.create(
        text=(
            "Two rockets hit the Zarkan airbase late on Sunday, causing no casualties, the military said. "
            "The rocket attack was the third on the base this month."
        ),
        published=datetime(2025, 5, 1, 9, tzinfo=UTC),
        language=Language.EN,
    )
    assert len(extract_document(doc, resources).reports) == 1


def test_a_third_rocket_attack_on_another_day_is_a_new_one(resources: ExtractionResources) -> None:
    doc = Document.create(
        text=(
            "Two rockets hit the Zarkan airbase late on Sunday, the military said. "
            "A third rocket attack hit the base on Wednesday."
        ),
        published=datetime(2025, 5, 1, 9, tzinfo=UTC),
        language=Language.EN,
    )
    assert len(extract_document(doc, resources).reports) == 2


def test_a_string_of_kidnappings_is_no_incident(resources: ExtractionResources) -> None:
    assert types("Zarkan has suffered a string of kidnappings targeting traders.", resources) == []
    text = "The Fictor Front waged a campaign of assassinations against local officials in Zarkan."
    assert types(text, resources) == []


def test_a_string_of_explosions_on_one_night_stays_an_incident(resources: ExtractionResources) -> None:
    text = "A string of explosions hit an army base in Zarkan on Monday night, killing three soldiers."
    assert len(types(text, resources)) == 1
