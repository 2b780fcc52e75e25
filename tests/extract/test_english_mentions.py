"""English news wording that is no new incident, or that names one: threats need a threatened action,
the action of a threat is no attack, statistics in times and plural weapons over a period are no
incidents, March is a month, a statement's day is not the incident's day. Invented places and people."""

from __future__ import annotations

from datetime import UTC, datetime

from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document, Extraction


def extract(text: str, resources: ExtractionResources) -> Extraction:
    doc = Document.create(text=text, published=datetime(2024, 4, 15, 9, tzinfo=UTC))  # a Monday
    return extract_document(doc, resources)


def types(out: Extraction) -> list[str]:
    return [r.event_type.value for r in out.reports]


# --- threats ------------------------------------------------------------------------------------


def test_a_threat_to_stability_is_no_threat_event(resources: ExtractionResources) -> None:
    out = extract(
        "Officials in Fictown have long warned that the camps are a threat to regional stability.", resources
    )
    assert types(out) == []


def test_received_threats_are_no_threat_event(resources: ExtractionResources) -> None:
    out = extract(
        "His family said Omar Fictori had received threats after mediating in a local dispute.", resources
    )
    assert types(out) == []


def test_a_warning_of_a_military_operation_is_a_threat(resources: ExtractionResources) -> None:
    out = extract(
        "A senior Fictonian official warned on Tuesday that his army could launch a new military operation.",
        resources,
    )
    assert types(out) == ["threaten"]


def test_the_attack_a_group_threatens_is_no_attack(resources: ExtractionResources) -> None:
    out = extract("The Fictor Front threatened on Sunday to attack camps near Fictown.", resources)
    assert types(out) == ["threaten"]
    assert out.reports[0].certainty.value == "threatened"


# --- statistics and general statements ----------------------------------------------------------


def test_an_event_verb_counted_in_times_is_a_statistic(resources: ExtractionResources) -> None:
    out = extract(
        "A woman was killed on Saturday when a shell struck her home in Fictorabad. "
        "Local officials said the factions had shelled the area more than 30 times since January.",
        resources,
    )
    assert types(out) == ["shelling"]


def test_plural_weapons_over_a_period_are_a_statistic(resources: ExtractionResources) -> None:
    out = extract("Landmines have killed dozens of civilians around Fictown since 2019.", resources)
    assert types(out) == []


def test_continued_attacks_are_a_phenomenon(resources: ExtractionResources) -> None:
    out = extract("Hundreds demonstrated in Fictown against continued attacks on power stations.", resources)
    assert types(out) == ["protest"]


def test_a_summary_of_separate_attacks_is_no_incident_of_its_own(resources: ExtractionResources) -> None:
    out = extract(
        "Two people were killed in separate attacks in Fictor province on Sunday. "
        "In the village of Tell Fictor, gunmen shot dead a trader. "
        "In a separate incident, a woman was killed when a bomb planted in her car went off in Fictown.",
        resources,
    )
    assert sorted(types(out)) == ["mine_ied", "shooting"]


# --- words ----------------------------------------------------------------------------------------


def test_march_the_month_is_no_protest(resources: ExtractionResources) -> None:
    out = extract(
        "In March, 18 truffle gatherers were killed when their car hit a landmine near Fictown.", resources
    )
    assert types(out) == ["mine_ied"]


def test_a_single_shell_names_a_shelling(resources: ExtractionResources) -> None:
    out = extract(
        "A woman was killed on Saturday when a shell fired by the faction struck her home.", resources
    )
    assert types(out) == ["shelling"]


def test_a_rally_whose_speakers_warned_that_something_would_happen_took_place(
    resources: ExtractionResources,
) -> None:
    out = extract(
        "Hundreds of people demonstrated in Fictown on Sunday. "
        "Speakers at the rally warned that the cuts would cause a disaster.",
        resources,
    )
    assert types(out) == ["protest"]
    assert out.reports[0].certainty.value == "asserted"


# --- the day of a statement ---------------------------------------------------------------------


def test_the_day_a_statement_was_made_is_not_the_incident_day(resources: ExtractionResources) -> None:
    out = extract(
        "Police said on Monday they had arrested three men in Fictown. "
        "The suspects were detained at a checkpoint on Sunday, the statement said.",
        resources,
    )
    (report,) = out.reports
    assert report.date is not None and report.date.start.isoformat() == "2024-04-14"


# --- parties and certainty ------------------------------------------------------------------------


def test_the_victims_of_a_passive_casualty_clause_are_not_the_attackers(
    resources: ExtractionResources,
) -> None:
    out = extract(
        "Two members of the Syrian Democratic Forces (SDF) were killed on Monday when Islamic State "
        "militants attacked their checkpoint near the village of Tell Fictor.",
        resources,
    )
    (report,) = out.reports
    assert report.perpetrator is not None and report.perpetrator.actor_id == "islamic_state"
    assert report.target is not None and report.target.actor_id == "sdf"


def test_an_accusation_after_an_arrest_is_the_charge_not_a_doubt(resources: ExtractionResources) -> None:
    out = extract("Police detained a man suspected of planting a bomb in Fictown on Sunday.", resources)
    arrests = [r for r in out.reports if r.event_type.value == "arrest"]
    assert [r.certainty.value for r in arrests] == ["asserted"]


def test_an_accusation_before_the_incident_still_makes_it_alleged(resources: ExtractionResources) -> None:
    out = extract("The council accused the Fictor Front of shelling the village of Tell Fictor.", resources)
    assert [r.certainty.value for r in out.reports] == ["alleged"]


def test_a_car_bomb_being_prepared_is_a_plan_and_its_explosives_no_incident(
    resources: ExtractionResources,
) -> None:
    out = extract(
        "Police said they had arrested three men in Fictown who were preparing a car bomb. "
        "The suspects were detained at a checkpoint with a vehicle packed with explosives.",
        resources,
    )
    assert sorted((r.event_type.value, r.certainty.value) for r in out.reports) == [
        ("arrest", "asserted"),
        ("car_bomb", "hypothetical"),
    ]


def test_who_condemned_the_attack_is_no_party_of_it(resources: ExtractionResources) -> None:
    out = extract(
        "Three policemen were wounded in a gun attack on a police station in Fictown on Sunday. "
        "Interior Minister Karim al-Fictori condemned the attack and ordered an investigation.",
        resources,
    )
    (report,) = out.reports
    assert report.perpetrator is None or "Fictori" not in report.perpetrator.text


def test_who_survived_an_assassination_attempt_is_not_its_perpetrator(resources: ExtractionResources) -> None:
    out = extract(
        "A tribal sheikh survived an assassination attempt on Wednesday when gunmen opened fire on his car.",
        resources,
    )
    (report,) = out.reports
    assert report.perpetrator is not None and report.perpetrator.actor_id == "unidentified_gunmen"


def test_people_who_demonstrate_are_the_protesters(resources: ExtractionResources) -> None:
    out = extract("Hundreds of people demonstrated in Fictown on Sunday against power cuts.", resources)
    (report,) = out.reports
    assert report.perpetrator is not None and report.perpetrator.actor_id == "protesters"


def test_a_kidnapped_pharmacist_is_a_civilian(resources: ExtractionResources) -> None:
    out = extract("Unknown gunmen kidnapped a pharmacist in the town of Fictown on Tuesday night.", resources)
    (report,) = out.reports
    assert report.target is not None and report.target.actor_id == "civilians"


def test_a_modal_of_a_coordinated_predicate_leaves_the_arrest_asserted(
    resources: ExtractionResources,
) -> None:
    out = extract(
        "Military police detained seven men in Fictown yesterday. "
        "A spokesman said the seven were arrested on security charges and would be referred to a court.",
        resources,
    )
    assert [(r.event_type.value, r.certainty.value) for r in out.reports] == [("arrest", "asserted")]
