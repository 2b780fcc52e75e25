"""An incident told as the earlier of two, an interval apart (extract/elapsed.py): its own report, its day
the later incident's minus the interval, and the later incident's actors never taken from its words.
Invented people and places."""

from __future__ import annotations

from datetime import UTC, date, datetime

from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document, EventReport
from marsad.vocab import CasualtyKind, EventType, TimePrecision

# published on Friday 2024-05-10: "on Monday" is 2024-05-06
PUBLISHED = datetime(2024, 5, 10, 9, tzinfo=UTC)
SHOOTING = "Gunmen shot dead a village elder in Tell Qaswa on Monday, "
BOMB = " a roadside bomb killed two soldiers near the village"


def reports(text: str, resources: ExtractionResources) -> dict[EventType, EventReport]:
    doc = Document.create(text=text, published=PUBLISHED)
    found = extract_document(doc, resources).reports
    by_type = {r.event_type: r for r in found}
    assert len(by_type) == len(found), [r.event_type for r in found]
    return by_type


def day(report: EventReport) -> tuple[date, date, TimePrecision] | None:
    return None if report.date is None else (report.date.start, report.date.end, report.date.precision)


def test_a_day_after_dates_the_earlier_incident_the_day_before(resources: ExtractionResources) -> None:
    found = reports("The protest in Tell Qaswa came a day after gunmen kidnapped a trader there.", resources)
    assert day(found[EventType.ABDUCTION]) == (date(2024, 5, 9), date(2024, 5, 9), TimePrecision.DAY)
    protest = found[EventType.PROTEST]
    assert day(protest) == (date(2024, 5, 10), date(2024, 5, 10), TimePrecision.DAY)
    # the gunmen kidnapped; they did not protest
    assert protest.perpetrator is None or protest.perpetrator.actor_id != "unidentified_gunmen"


def test_a_week_after_goes_back_from_the_later_incidents_own_day(resources: ExtractionResources) -> None:
    found = reports(SHOOTING + "a week after" + BOMB + ".", resources)
    assert day(found[EventType.SHOOTING])[0] == date(2024, 5, 6)  # type: ignore[index]
    bomb = found[EventType.MINE_IED]
    assert day(bomb) == (date(2024, 4, 26), date(2024, 5, 2), TimePrecision.WEEK)
    assert bomb.date is not None and bomb.date.evidence is not None
    assert bomb.date.evidence.quote == "a week after"
    assert bomb.casualty(CasualtyKind.KILLED) == 2


def test_arabic_interval_splits_one_sentence_into_two_incidents(resources: ExtractionResources) -> None:
    found = reports(
        "قتل مسلحون مجهولون مختار قرية تل قسوة يوم الاثنين، بعد أسبوع من مقتل جنديين بانفجار عبوة ناسفة قرب "
        "القرية نفسها.",
        resources,
    )
    assert set(found) == {EventType.ARMED_ATTACK, EventType.MINE_IED}
    assert day(found[EventType.ARMED_ATTACK]) == (date(2024, 5, 6), date(2024, 5, 6), TimePrecision.DAY)
    bomb = found[EventType.MINE_IED]
    assert day(bomb) == (date(2024, 4, 26), date(2024, 5, 2), TimePrecision.WEEK)
    assert bomb.casualty(CasualtyKind.KILLED) == 2
    assert found[EventType.ARMED_ATTACK].casualty(CasualtyKind.KILLED) != 2  # the soldiers died in the blast


def test_arabic_dual_interval_dates_the_earlier_strike(resources: ExtractionResources) -> None:
    found = reports(
        "قصفت طائرة مسيرة تركية سيارة في قرية كرم حسو أمس، وتأتي هذه الضربة بعد يومين من قصف مدفعي استهدف "
        "محطة مياه في بلدة تل قسوة.",
        resources,
    )
    assert day(found[EventType.DRONE_STRIKE]) == (date(2024, 5, 9), date(2024, 5, 9), TimePrecision.DAY)
    assert day(found[EventType.SHELLING]) == (date(2024, 5, 7), date(2024, 5, 7), TimePrecision.DAY)


def test_a_vague_interval_names_no_day_for_the_earlier_incident(resources: ExtractionResources) -> None:
    found = reports(SHOOTING + "weeks after" + BOMB + ".", resources)
    assert day(found[EventType.SHOOTING])[0] == date(2024, 5, 6)  # type: ignore[index]
    assert found[EventType.MINE_IED].date is None


def test_a_day_named_inside_the_governed_words_stands(resources: ExtractionResources) -> None:
    found = reports(SHOOTING + "a week after" + BOMB + " on April 25.", resources)
    assert day(found[EventType.MINE_IED]) == (date(2024, 4, 25), date(2024, 4, 25), TimePrecision.DAY)


def test_two_days_before_dates_the_later_incident_forward(resources: ExtractionResources) -> None:
    found = reports(
        "Gunmen attacked a checkpoint in Tell Qaswa on Monday, two days before a roadside bomb killed two "
        "soldiers near the town.",
        resources,
    )
    assert day(found[EventType.ARMED_ATTACK]) == (date(2024, 5, 6), date(2024, 5, 6), TimePrecision.DAY)
    assert day(found[EventType.MINE_IED]) == (date(2024, 5, 8), date(2024, 5, 8), TimePrecision.DAY)


ATTACK_AR = "هاجم مسلحون حاجزا في بلدة تل قسوة يوم الاثنين. "


def test_a_sequel_is_a_new_incident_dated_from_the_one_before(resources: ExtractionResources) -> None:
    for text in (
        "Gunmen attacked a checkpoint in Tell Qaswa on Monday. Two days later, a roadside bomb killed two "
        "soldiers near the town.",
        ATTACK_AR + "وبعد يومين، قتل جنديان بانفجار عبوة ناسفة قرب البلدة.",
    ):
        found = reports(text, resources)
        assert day(found[EventType.ARMED_ATTACK])[0] == date(2024, 5, 6), text  # type: ignore[index]
        bomb = found[EventType.MINE_IED]  # told by its weapon, yet no retelling of the attack
        assert day(bomb) == (date(2024, 5, 8), date(2024, 5, 8), TimePrecision.DAY), text
        assert bomb.casualty(CasualtyKind.KILLED) == 2


def test_the_next_day_is_one_day_after_the_incident_before(resources: ExtractionResources) -> None:
    found = reports(ATTACK_AR + "وفي اليوم التالي، قتل جنديان بانفجار عبوة ناسفة قرب البلدة.", resources)
    assert day(found[EventType.MINE_IED]) == (date(2024, 5, 7), date(2024, 5, 7), TimePrecision.DAY)
    found = reports(
        "Gunmen attacked a checkpoint in Tell Qaswa on Monday. The next day, the SDF arrested four men in "
        "the town.",
        resources,
    )
    assert day(found[EventType.ARREST]) == (date(2024, 5, 7), date(2024, 5, 7), TimePrecision.DAY)


def test_a_sequel_that_tells_the_incident_again_is_no_new_one(resources: ExtractionResources) -> None:
    found = reports(
        "Gunmen attacked a checkpoint in Tell Qaswa on Monday. Two days later, the death toll of the attack "
        "rose to five.",
        resources,
    )
    assert list(found) == [EventType.ARMED_ATTACK]
    assert day(found[EventType.ARMED_ATTACK])[0] == date(2024, 5, 6)  # type: ignore[index]
    assert found[EventType.ARMED_ATTACK].casualty(CasualtyKind.KILLED) == 5


def test_a_sequel_with_nothing_before_it_keeps_the_publication_day(resources: ExtractionResources) -> None:
    found = reports("Two days later, a roadside bomb killed two soldiers near Tell Qaswa.", resources)
    assert day(found[EventType.MINE_IED]) == (date(2024, 5, 10), date(2024, 5, 10), TimePrecision.DAY)


def test_a_past_perfect_abduction_a_week_earlier_goes_back_from_the_finding(
    resources: ExtractionResources,
) -> None:
    found = reports("Police found the body of a man who had been abducted a week earlier in Tell Qaswa on "
                    "Thursday.", resources)
    # Thursday 2024-05-09 minus a week, about a week
    assert day(found[EventType.ABDUCTION]) == (date(2024, 4, 29), date(2024, 5, 5), TimePrecision.WEEK)


def test_an_arabic_abduction_before_a_dated_finding_goes_back_from_it(resources: ExtractionResources) -> None:
    found = reports("عثرت الشرطة يوم الخميس على جثة رجل اختطف قبل أسبوع في بلدة تل قسوة.", resources)
    # Thursday 2024-05-09 minus a week, about a week
    assert day(found[EventType.ABDUCTION]) == (date(2024, 4, 29), date(2024, 5, 5), TimePrecision.WEEK)


def test_an_arabic_before_alone_still_counts_from_publication(resources: ExtractionResources) -> None:
    found = reports("اختطف مسلحون شابا قبل يومين في بلدة تل قسوة.", resources)
    assert day(found[EventType.ABDUCTION]) == (date(2024, 5, 8), date(2024, 5, 8), TimePrecision.DAY)


def test_a_victim_kidnapped_days_earlier_is_a_second_incident(resources: ExtractionResources) -> None:
    found = reports("Gunmen shot dead on Wednesday a trader who had been kidnapped two days earlier in "
                    "Tell Qaswa.", resources)
    assert day(found[EventType.SHOOTING]) == (date(2024, 5, 8), date(2024, 5, 8), TimePrecision.DAY)
    assert day(found[EventType.ABDUCTION]) == (date(2024, 5, 6), date(2024, 5, 6), TimePrecision.DAY)


def test_a_bare_before_closing_a_sentence_goes_back_from_the_incident_told_before(
    resources: ExtractionResources,
) -> None:
    doc = Document.create(text="Gunmen shot dead a trader in Tell Qaswa on Wednesday. He had been kidnapped "
                               "two days before.", published=PUBLISHED)
    found = {r.event_type: r for r in extract_document(doc, resources).reports}
    assert day(found[EventType.ABDUCTION]) == (date(2024, 5, 6), date(2024, 5, 6), TimePrecision.DAY)


def test_an_arabic_abduction_weeks_before_from_the_victims_home(resources: ExtractionResources) -> None:
    found = reports("وكان مسلحون قد اختطفوا الشاب قبل ثلاثة أسابيع من منزله في قرية تل قسوة.", resources)
    # publication 2024-05-10 minus three weeks, about a week either side
    assert day(found[EventType.ABDUCTION]) == (date(2024, 4, 16), date(2024, 4, 22), TimePrecision.WEEK)


def test_the_incident_told_around_a_reduced_relative_keeps_its_dead(resources: ExtractionResources) -> None:
    found = reports("The body of a man kidnapped three days earlier was found in Tell Qaswa on Thursday, "
                    "with gunshot wounds to the head.", resources)
    assert day(found[EventType.ABDUCTION]) == (date(2024, 5, 6), date(2024, 5, 6), TimePrecision.DAY)
    assert found[EventType.SHOOTING].casualty(CasualtyKind.KILLED) == 1


def test_a_definite_incident_an_interval_back_is_not_the_sentences_own(
    resources: ExtractionResources,
) -> None:
    text = "Gunmen killed a shepherd in Tell Qaswa a week after the attack."
    doc = Document.create(text=text, published=PUBLISHED)
    reports_found = extract_document(doc, resources).reports
    found = sorted(reports_found, key=lambda r: r.date.start if r.date else date.min)
    assert len(found) == 2  # "the attack" names another time: no retelling of the killing
    attack, killing = found
    assert day(killing) == (date(2024, 5, 10), date(2024, 5, 10), TimePrecision.DAY)
    assert killing.casualty(CasualtyKind.KILLED) == 1
    assert day(attack) == (date(2024, 4, 30), date(2024, 5, 6), TimePrecision.WEEK)
