"""Probe fixes (dates and casualties) read over whole invented texts, published Friday 2024-05-10."""

from __future__ import annotations

from datetime import date

from marsad.extract.pipeline import ExtractionResources
from marsad.model import EventReport
from marsad.vocab import CasualtyKind, Language, TimePrecision

from .sentence_helpers import extract_text


def only(text: str, language: Language, resources: ExtractionResources) -> EventReport:
    reports = extract_text(text, language, resources).reports
    assert len(reports) == 1, [r.event_type for r in reports]
    return reports[0]


def test_a_tally_period_after_an_ordinal_never_dates_the_incident(resources: ExtractionResources) -> None:
    report = only("Gunmen attacked a checkpoint in Zarwan on Wednesday, the second such attempt this "
                  "month.", Language.EN, resources)
    assert report.date is not None
    assert (report.date.start, report.date.precision) == (date(2024, 5, 8), TimePrecision.DAY)
    undated = only("Gunmen attacked a checkpoint in Zarwan, the second such attempt this month.",
                   Language.EN, resources)
    assert undated.date is not None and undated.date.precision is TimePrecision.DAY


def test_an_arabic_tally_period_never_dates_the_incident(resources: ExtractionResources) -> None:
    report = only("هاجم مسلحون حاجزا في بلدة زروان، في الهجوم الثاني من نوعه هذا الشهر.", Language.AR,
                  resources)
    assert report.date is not None and report.date.precision is TimePrecision.DAY


def test_a_month_with_no_ordinal_still_dates_the_incident(resources: ExtractionResources) -> None:
    report = only("Gunmen attacked a checkpoint in Zarwan in March.", Language.EN, resources)
    assert report.date is not None and report.date.precision is TimePrecision.MONTH


def killed_injured(report: EventReport) -> tuple[int | None, int | None]:
    return report.casualty(CasualtyKind.KILLED), report.casualty(CasualtyKind.INJURED)


def test_deaths_among_the_wounded_add_no_injured(resources: ExtractionResources) -> None:
    report = only("The death toll from Sunday's bombing in Hamrat rose to 12 after two of the wounded died.",
                  Language.EN, resources)
    assert killed_injured(report) == (12, None)
    later = only("A bomb exploded in Zarwan on Thursday, killing three people; one of the injured later "
                 "succumbed.", Language.EN, resources)
    assert later.casualty(CasualtyKind.INJURED) is None


def test_a_wounded_person_who_died_is_killed_not_injured(resources: ExtractionResources) -> None:
    one = only("A wounded policeman died in hospital in Zarwan on Thursday.", Language.EN, resources)
    assert killed_injured(one) == (1, None)
    two = only("Two wounded soldiers died in hospital after a bomb attack in Zarwan on Thursday.",
               Language.EN, resources)
    assert killed_injured(two) == (2, None)


def test_wounded_people_who_live_are_still_injured(resources: ExtractionResources) -> None:
    report = only("A bomb attack in Zarwan on Thursday killed a soldier and wounded two policemen who were "
                  "taken to hospital.", Language.EN, resources)
    assert killed_injured(report) == (1, 2)


def test_the_subject_of_died_is_its_victims(resources: ExtractionResources) -> None:
    one = only("A policeman died in hospital in Zarwan on Thursday.", Language.EN, resources)
    assert one.casualty(CasualtyKind.KILLED) == 1
    two = only("A soldier and a child died when a bomb exploded in Zarwan on Thursday.", Language.EN,
               resources)
    assert two.casualty(CasualtyKind.KILLED) == 2


def test_beating_someone_to_death_is_an_incident_with_its_dead(resources: ExtractionResources) -> None:
    one = only("Gunmen beat a shepherd to death in the village of Kafr Tamra on Wednesday.", Language.EN,
               resources)
    assert one.casualty(CasualtyKind.KILLED) == 1
    two = only("Unknown assailants beat two farmers to death near Tell Hamra on Wednesday.", Language.EN,
               resources)
    assert two.casualty(CasualtyKind.KILLED) == 2


def test_an_arabic_beating_to_death_counts_its_victim_before_it(resources: ExtractionResources) -> None:
    one = only("تعرض راع للضرب حتى الموت على يد مسلحين في قرية كفر تمرة يوم الأربعاء.", Language.AR,
               resources)
    assert one.casualty(CasualtyKind.KILLED) == 1
    three = only("تعرض ثلاثة رعاة للضرب حتى الموت على يد مسلحين في قرية كفر تمرة يوم الأربعاء.",
                 Language.AR, resources)
    assert three.casualty(CasualtyKind.KILLED) == 3


def test_suspects_in_a_place_name_no_charged_incident(resources: ExtractionResources) -> None:
    report = only("Police arrested six suspects in Kafr Tamra on Tuesday.", Language.EN, resources)
    assert report.date is not None and report.date.start == date(2024, 5, 7)


def test_an_elliptical_passive_after_and_is_one_victim(resources: ExtractionResources) -> None:
    report = only("A child was killed and his mother seriously injured when a landmine exploded in Jabal "
                  "Tamr on Wednesday morning.", Language.EN, resources)
    assert killed_injured(report) == (1, 1)
    ambush = only("Two soldiers were killed and an officer wounded in an ambush near Tell Sabr on Sunday.",
                  Language.EN, resources)
    assert killed_injured(ambush) == (2, 1)


def test_a_feminine_relative_with_a_pronoun_is_a_victim(resources: ExtractionResources) -> None:
    report = only("قتل طفل وأصيبت والدته بجروح خطيرة بانفجار لغم أرضي في جبل تمر يوم الأربعاء.", Language.AR,
                  resources)
    assert killed_injured(report) == (1, 1)


def test_the_arrest_keeps_its_day_before_the_charged_incident(resources: ExtractionResources) -> None:
    text = ("أعلنت قوى الأمن الداخلي اعتقال ستة مشتبه بهم في بلدة تل رمان يوم الثلاثاء على خلفية "
            "التفجير الذي وقع الشهر الماضي.")
    reports = extract_text(text, Language.AR, resources).reports
    arrest = next(r for r in reports if r.event_type.value == "arrest")
    assert arrest.date is not None and arrest.date.start == date(2024, 5, 7)


def test_one_of_them_dying_later_is_one_killed(resources: ExtractionResources) -> None:
    report = only("أصيب أربعة مدنيين، بينهم طفلان، بقصف طائرة مسيرة استهدف سيارة قرب بلدة تل تمر يوم السبت، "
                  "توفي أحدهم لاحقا في المستشفى.", Language.AR, resources)
    assert report.casualty(CasualtyKind.KILLED) == 1


def test_a_member_is_a_person_victim(resources: ExtractionResources) -> None:
    report = only("قتل عضو في المجلس المحلي برصاص مسلحين في بلدة تل براز.", Language.AR, resources)
    assert report.casualty(CasualtyKind.KILLED) == 1


def test_an_incident_a_week_ago_is_dated_about_that_week(resources: ExtractionResources) -> None:
    report = only("قتل شاب برصاص مسلحين في بلدة تل تمر قبل أسبوع.", Language.AR, resources)
    assert report.date is not None
    assert (report.date.start, report.date.end, report.date.precision) == (
        date(2024, 4, 30), date(2024, 5, 6), TimePrecision.WEEK)


def test_the_attacker_among_the_dead_counts(resources: ExtractionResources) -> None:
    report = only("A suicide bomber killed himself and two guards at a checkpoint in Ras Tamr on Sunday.",
                  Language.EN, resources)
    assert report.casualty(CasualtyKind.KILLED) == 3


def test_a_third_after_a_cue_is_one_more_person(resources: ExtractionResources) -> None:
    report = only("Gunmen killed two policemen and wounded a third in Tell Faris on Tuesday.", Language.EN,
                  resources)
    assert killed_injured(report) == (2, 1)


def test_singular_victims_joined_to_a_count_are_added(resources: ExtractionResources) -> None:
    bomb = only("انفجرت عبوة ناسفة بسيارة عسكرية في بلدة رأس تمر صباح الأحد الماضي ما أدى لإصابة ضابط "
                "وعنصرين.", Language.AR, resources)
    assert bomb.casualty(CasualtyKind.INJURED) == 3
    shelling = only("قتل طفل وامرأة و3 رجال بقصف مدفعي على قرية كفر تمر يوم الأحد.", Language.AR, resources)
    assert shelling.casualty(CasualtyKind.KILLED) == 5
    plain = only("أسفر القصف المدفعي عن مقتل 3 أشخاص وإصابة 5 آخرين في قرية كفر تمر يوم الأحد.", Language.AR,
                 resources)
    assert killed_injured(plain) == (3, 5)


def test_one_written_out_after_a_person_is_no_second_victim(resources: ExtractionResources) -> None:
    report = only("قتل شاب واحد بقصف مدفعي على قرية كفر تمر يوم الأحد.", Language.AR, resources)
    assert report.casualty(CasualtyKind.KILLED) == 1
    more = only("قتل شاب وثلاثة رجال بقصف مدفعي على قرية كفر تمر يوم الأحد.", Language.AR, resources)
    assert more.casualty(CasualtyKind.KILLED) == 4


def test_wounded_who_later_died_are_killed(resources: ExtractionResources) -> None:
    report = only("Gunmen killed a shepherd near Tell Sabr on Thursday and wounded his son, who later died "
                  "in hospital.", Language.EN, resources)
    assert killed_injured(report) == (2, None)
    alive = only("Gunmen wounded a policeman, who was taken to hospital, in Tell Sabr on Thursday.",
                 Language.EN, resources)
    assert killed_injured(alive) == (None, 1)


def test_singular_persons_joined_to_a_passive_group_are_counted(resources: ExtractionResources) -> None:
    report = only("A woman and her three children were killed when shells hit their house in Beit Tamr on "
                  "Tuesday.", Language.EN, resources)
    assert report.casualty(CasualtyKind.KILLED) == 4
    two = only("Two soldiers were killed in Tell Sabr on Tuesday.", Language.EN, resources)
    assert two.casualty(CasualtyKind.KILLED) == 2


def test_another_after_the_masdar_of_a_wound_is_one_injured(resources: ExtractionResources) -> None:
    report = only("هاجم مسلحون حاجزا للشرطة في بلدة تل تمر فجر اليوم، ما أدى إلى مقتل عنصر وإصابة آخر.",
                  Language.AR, resources)
    assert killed_injured(report) == (1, 1)
    drone = only("استهدفت طائرة مسيرة سيارة في قرية تل تمر أمس، ما أدى إلى مقتل عنصرين وإصابة ثالث بجروح.",
                 Language.AR, resources)
    assert killed_injured(drone) == (2, 1)


def test_a_trader_and_a_companion_are_persons(resources: ExtractionResources) -> None:
    trader = only("أصيب تاجر بجروح بالغة بعد أن أطلق عليه مسلحون النار أمام محله في بلدة تل تمر صباح اليوم.",
                  Language.AR, resources)
    assert trader.casualty(CasualtyKind.INJURED) == 1
    companion = only("انفجرت عبوة ناسفة بسيارة قرب بلدة تل تمر صباح أمس، ما أدى إلى إصابة مرافقه بجروح "
                     "طفيفة.", Language.AR, resources)
    assert companion.casualty(CasualtyKind.INJURED) == 1


def test_the_remains_at_a_funeral_are_counted_after_them(resources: ExtractionResources) -> None:
    text = ("شيع المئات من أهالي بلدة تل تمر، اليوم، جثامين ثلاثة من المقاتلين قتلوا في هجوم على نقطة عسكرية "
            "جنوب البلدة ليلة أمس. وأعلن تنظيم داعش مسؤوليته عن الهجوم، زاعما مقتل خمسة من المقاتلين.")
    reports = extract_text(text, Language.AR, resources).reports
    assert [r.casualty(CasualtyKind.KILLED) for r in reports] == [3]


def test_no_one_hurt_is_nobody_killed_or_injured(resources: ExtractionResources) -> None:
    report = only("A drone struck an oil field near Tell Sabr on Wednesday. No one was hurt in the attack.",
                  Language.EN, resources)
    assert killed_injured(report) == (0, 0)
