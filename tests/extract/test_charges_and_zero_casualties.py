"""An arrest's charge is an accusation inside the arrest, not an incident of its own; a stated zero
("No one was hurt", "دون وقوع إصابات") is a figure of 0, an unknown one ("no immediate reports of
casualties") is none. Invented places and people."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from marsad.extract.casualties import combine_casualties, find_casualties
from marsad.extract.jsonview import report_view
from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import CasualtyFigure, Document, EventReport, Evidence, Extraction, TextSpan
from marsad.vocab import CasualtyKind, Certainty, EventType

from .sentence_helpers import sentence


def extract(text: str, resources: ExtractionResources) -> Extraction:
    doc = Document.create(text=text, published=datetime(2024, 4, 15, 9, tzinfo=UTC))
    return extract_document(doc, resources)


def types(out: Extraction) -> list[EventType]:
    return [r.event_type for r in out.reports]


def only(out: Extraction) -> EventReport:
    assert len(out.reports) == 1, [(r.event_type, r.trigger.quote) for r in out.reports]
    return out.reports[0]


# --- the charge of an arrest -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "اعتقلت قوات الأمن شابين يشتبه بتورطهما في زرع ألغام على طريق كفر زيتون.",
        "اعتقلت قوات الأمن رجلا بتهمة تنفيذ هجمات على حواجز الجيش في بلدة عين الورد.",
        "اعتقلت قوات الأمن ثلاثة أشخاص بتهمة الانتماء إلى خلايا التنظيم في بلدة عين الورد.",
        "اعتقلت الشرطة شابا على خلفية مقتل مختار قرية تل فكتور.",
        "اعتقلت قوات الأمن رجلا للاشتباه بضلوعه في اغتيال قيادي محلي في كفر زيتون.",
        "Security forces arrested two men suspected of planting mines on the road to Tell Fictor.",
        "Police detained three men on charges of carrying out attacks on army checkpoints near Tell Fictor.",
        "Police arrested a man accused of involvement in the killing of a village elder in Tell Fictor.",
        "Police arrested two brothers over the killing of a shepherd near Tell Fictor.",
    ],
)
def test_an_arrests_charge_is_no_incident_of_its_own(text: str, resources: ExtractionResources) -> None:
    report = only(extract(text, resources))
    assert report.event_type is EventType.ARREST
    assert report.certainty is Certainty.ASSERTED  # the suspicion is the charge's, not the arrest's


def test_the_dead_of_a_charge_are_not_the_arrests(resources: ExtractionResources) -> None:
    report = only(extract("اعتقلت الشرطة شابا على خلفية مقتل مختار قرية تل فكتور.", resources))
    assert report.killed is None
    assert report.casualty(CasualtyKind.ARRESTED) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested two men in connection with Monday's bombing of the market in Tell Fictor that "
        "killed 3 people.",
        "اعتقلت قوات الأمن رجلين على خلفية التفجير الذي أسفر عن مقتل 3 أشخاص في سوق كفر زيتون.",
    ],
)
def test_a_charged_incident_with_its_own_day_or_outcome_stays_an_event(
    text: str, resources: ExtractionResources
) -> None:
    out = extract(text, resources)
    assert EventType.ARREST in types(out)
    assert any(t is not EventType.ARREST for t in types(out)), types(out)


def _split(out: Extraction) -> tuple[EventReport, EventReport]:
    arrests = [r for r in out.reports if r.event_type is EventType.ARREST]
    others = [r for r in out.reports if r.event_type is not EventType.ARREST]
    assert len(arrests) == 1 and len(others) == 1, types(out)
    return arrests[0], others[0]


@pytest.mark.parametrize(
    ("text", "arrest_day", "incident_day", "killed", "injured"),
    [
        (
            "اعتقلت قوات الأمن أمس ثلاثة أشخاص بتهمة تفجير سيارة مفخخة في سوق بلدة كفر زيتون يوم الخميس "
            "أسفر عن مقتل أربعة أشخاص وإصابة تسعة.",
            14,
            11,
            4,
            9,
        ),
        (
            "Police arrested three men on Sunday over Thursday's bombing of the main market in Tell Fictor, "
            "which killed four people and wounded nine.",
            14,
            11,
            4,
            9,
        ),
        (
            "Security forces detained two men in Tell Fictor on Sunday in connection with Thursday's "
            "shooting of a council member, which wounded his driver.",
            14,
            11,
            None,
            1,
        ),
    ],
)
def test_a_charged_incident_keeps_its_own_day_and_figures_and_the_arrest_its_own(
    text: str,
    arrest_day: int,
    incident_day: int,
    killed: int | None,
    injured: int | None,
    resources: ExtractionResources,
) -> None:
    arrest, incident = _split(extract(text, resources))
    assert (arrest.killed, arrest.injured) == (None, None)  # the dead are the bombing's
    assert (incident.killed, incident.injured) == (killed, injured)
    assert arrest.date is not None and arrest.date.start.day == arrest_day
    assert incident.date is not None and incident.date.start.day == incident_day


def test_the_arresting_force_is_not_the_charged_incidents_perpetrator(resources: ExtractionResources) -> None:
    arrest, incident = _split(
        extract(
            "Police arrested three men on Sunday over Thursday's bombing of the main market in Tell Fictor, "
            "which killed four people.",
            resources,
        )
    )
    assert arrest.perpetrator is not None and arrest.perpetrator.actor_id == "police"
    assert incident.perpetrator is None


def test_a_charge_without_its_incidents_day_still_keeps_the_arrests_day(
    resources: ExtractionResources,
) -> None:
    report = only(
        extract("Police arrested three men on Sunday on charges of planting bombs in Tell Fictor.", resources)
    )
    assert report.date is not None and report.date.start.day == 14


def test_an_attack_and_a_later_arrest_in_one_sentence_without_a_charge_stay_two(
    resources: ExtractionResources,
) -> None:
    out = extract(
        "Gunmen attacked a checkpoint near Tell Fictor on Monday, and police later arrested two men.",
        resources,
    )
    assert set(types(out)) == {EventType.ARMED_ATTACK, EventType.ARREST}


def test_an_accusation_before_the_arrest_still_makes_it_alleged(resources: ExtractionResources) -> None:
    out = extract("اتهمت منظمة حقوقية قوات الأمن باعتقال ناشطين في بلدة كفر زيتون.", resources)
    assert [r.certainty for r in out.reports if r.event_type is EventType.ARREST] == [Certainty.ALLEGED]


# --- stated zero casualties --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # "hurt" is any harm (the guideline: 0 "when the text says nobody was hurt"): nobody killed either
        ("No one was hurt.", 0, 0),
        ("Nobody was injured in the blast.", None, 0),
        ("No one was killed.", 0, None),
        ("There were no casualties.", 0, 0),
        ("The blast caused no casualties.", 0, 0),
        ("انفجرت عبوة دون وقوع إصابات.", 0, 0),
        ("ولم يسفر الانفجار عن إصابات.", 0, 0),
        ("سقطت قذيفة دون أن يسفر عن وقوع إصابات.", 0, 0),
        ("لا إصابات.", 0, 0),
        ("ولم تسجل أي إصابات.", 0, 0),
        ("ولم يسفر القصف عن قتلى.", 0, None),
    ],
)
def test_a_stated_zero_is_a_figure_of_zero(text: str, killed: int | None, injured: int | None) -> None:
    figures = find_casualties(sentence(text))
    got = {f.kind: f.value for f in figures}
    assert got.get(CasualtyKind.KILLED) == killed
    assert got.get(CasualtyKind.INJURED) == injured


@pytest.mark.parametrize(
    "text",
    [
        "There were no immediate reports of casualties.",
        "ولم ترد أنباء عن إصابات.",
        "ولم ترد أنباء فورية عن وقوع إصابات.",
    ],
)
def test_unknown_casualties_give_no_figure(text: str) -> None:
    assert find_casualties(sentence(text)) == []


def test_a_zero_never_overrides_a_number_of_the_same_sentence() -> None:
    figures = find_casualties(sentence("Two guards were wounded, and no one was hurt inside the school."))
    assert {f.kind: f.value for f in figures} == {CasualtyKind.INJURED: 2, CasualtyKind.KILLED: 0}


def _figure(kind: CasualtyKind, value: int) -> CasualtyFigure:
    ev = Evidence(document_id="d", span=TextSpan(start=0, end=1), quote="x", producer="t")
    return CasualtyFigure(kind=kind, value=value, evidence=ev)


def test_a_later_zero_never_replaces_a_number_and_a_later_number_replaces_a_zero() -> None:
    two = (_figure(CasualtyKind.INJURED, 2),)
    assert combine_casualties(two, [_figure(CasualtyKind.INJURED, 0)]) == two
    zero = (_figure(CasualtyKind.KILLED, 0),)
    assert [f.value for f in combine_casualties(zero, [_figure(CasualtyKind.KILLED, 1)])] == [1]


def test_a_zero_in_the_incidents_sentence_is_kept(resources: ExtractionResources) -> None:
    report = only(extract("انفجرت عبوة ناسفة على طريق كفر زيتون دون وقوع إصابات.", resources))
    assert (report.killed, report.injured) == (0, 0)


def test_a_later_no_one_was_hurt_joins_the_incident_before_it(resources: ExtractionResources) -> None:
    text = "Gunmen attacked a checkpoint near Tell Fictor on Monday. No one was hurt."
    report = only(extract(text, resources))
    assert (report.killed, report.injured) == (0, 0)


def test_a_later_no_one_was_killed_joins_the_incident_and_keeps_its_wounded(
    resources: ExtractionResources,
) -> None:
    report = only(extract(
        "A mortar shell hit Tell Fictor on Monday, wounding two children. No one was killed.", resources
    ))
    assert (report.killed, report.injured) == (0, 2)


def test_a_later_arabic_zero_joins_the_incident(resources: ExtractionResources) -> None:
    report = only(extract("انفجرت عبوة ناسفة في بلدة كفر زيتون. ولم تسجل أي إصابات.", resources))
    assert (report.killed, report.injured) == (0, 0)


def test_no_reports_of_casualties_leave_the_incident_unknown(resources: ExtractionResources) -> None:
    report = only(extract(
        "A bomb exploded near a checkpoint in Tell Fictor. There were no immediate reports of casualties.",
        resources,
    ))
    assert (report.killed, report.injured) == (None, None)


def test_the_json_view_shows_zero_as_zero(resources: ExtractionResources) -> None:
    report = only(extract("A roadside bomb exploded in Tell Fictor, causing no casualties.", resources))
    view = report_view(report)
    assert view["killed"] == 0 and view["injured"] == 0
