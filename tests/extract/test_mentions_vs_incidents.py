"""Mentions that are not new incidents: weapons, casualties, participants, claims and accusations
refer back; dawn and metaphors are no detonations; general statements, statistics, plans and seized
weapons are no incidents. Invented places and people."""

from __future__ import annotations

from datetime import UTC, datetime

from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document, Extraction
from marsad.vocab import CasualtyKind, Certainty, EventType


def extract(text: str, resources: ExtractionResources) -> Extraction:
    doc = Document.create(text=text, published=datetime(2024, 4, 15, 9, tzinfo=UTC))
    return extract_document(doc, resources)


def types(out: Extraction) -> list[EventType]:
    return [r.event_type for r in out.reports]


# --- weapon words are instruments --------------------------------------------------------------


def test_weapons_named_after_an_attack_are_its_instruments_arabic(resources: ExtractionResources) -> None:
    text = (
        "هاجم مسلحون مجهولون حاجزاً في بلدة كفر زيتون فجر اليوم. "
        "وقالت مصادر إن المهاجمين استخدموا أسلحة رشاشة وقذائف صاروخية قبل أن ينسحبوا."
    )
    assert types(extract(text, resources)) == [EventType.ARMED_ATTACK]


def test_weapons_named_after_an_attack_are_its_instruments_english(resources: ExtractionResources) -> None:
    text = (
        "Gunmen attacked a checkpoint near Tell Fictor on Monday. "
        "The attackers fired machine guns and rocket-propelled grenades before fleeing."
    )
    assert types(extract(text, resources)) == [EventType.ARMED_ATTACK]


def test_a_clash_fought_with_mortars_stays_a_clash(resources: ExtractionResources) -> None:
    ar = extract("اندلعت اشتباكات عنيفة أمس قرب قرية عين الورد استخدمت فيها قذائف الهاون.", resources)
    en = extract(
        "Heavy clashes with mortars and machine guns broke out near Zahrat Fictor on Monday.", resources
    )
    assert types(ar) == [EventType.ARMED_CLASH]
    assert types(en) == [EventType.ARMED_CLASH]


def test_seized_weapons_are_no_attack(resources: ExtractionResources) -> None:
    ar = extract("ضبطت قوات الأمن أحزمة ناسفة وعبوات في مخبأ ببلدة تل الورد.", resources)
    en = extract("Police found explosive devices and grenades in a cache near Fictorville.", resources)
    assert ar.reports == ()
    assert en.reports == ()


def test_a_bomb_exploding_is_still_an_incident(resources: ExtractionResources) -> None:
    assert types(extract("انفجرت عبوة ناسفة بدورية في بلدة تل الورد أمس.", resources)) == [EventType.MINE_IED]
    assert types(extract("A roadside bomb exploded near Fictorville on Monday.", resources)) == [
        EventType.MINE_IED
    ]


def test_march_after_a_drone_is_the_drone(resources: ExtractionResources) -> None:
    text = "قُتل مزارع بضربة طائرة مسيّرة على قرية تل الورد أمس. وقال مصدر إن المسيّرة يُعتقد أنها تركية."
    assert types(extract(text, resources)) == [EventType.DRONE_STRIKE]


def test_a_march_without_a_drone_is_a_protest(resources: ExtractionResources) -> None:
    assert types(extract("خرجت مسيرة في بلدة تل الورد أمس للمطالبة بالمياه.", resources)) == [
        EventType.PROTEST
    ]


# --- casualty and participant words describe the incident ----------------------------------------


def test_wounded_in_the_next_sentence_adds_to_the_strike_english(resources: ExtractionResources) -> None:
    text = (
        "A drone strike on a car near Fictorville killed three people on Saturday. "
        "A fourth passenger was seriously wounded and taken to hospital in Tell Fictor."
    )
    out = extract(text, resources)
    assert types(out) == [EventType.DRONE_STRIKE]
    assert out.reports[0].casualty(CasualtyKind.KILLED) == 3


def test_wounded_in_the_next_sentence_adds_to_the_blast_arabic(resources: ExtractionResources) -> None:
    text = (
        "انفجرت عبوة ناسفة بسيارة المسؤول سالم الفرضي في بلدة تل الورد مساء أمس. "
        "وأفادت مصادر بأن الفرضي أصيب بجروح طفيفة ونقل إلى مشفى في بلدة عين الورد."
    )
    assert types(extract(text, resources)) == [EventType.MINE_IED]


def test_protesters_of_the_protest_are_no_second_protest(resources: ExtractionResources) -> None:
    ar = extract(
        "تظاهر العشرات في بلدة تل الورد أمس احتجاجا على الغلاء. ورفع المتظاهرون لافتات تطالب بالدعم.",
        resources,
    )
    en = extract(
        "Dozens protested in Fictorville on Thursday against fuel prices. Protesters carried banners.",
        resources,
    )
    assert types(ar) == [EventType.PROTEST]
    assert types(en) == [EventType.PROTEST]


def test_casualties_alone_still_report_an_incident(resources: ExtractionResources) -> None:
    assert len(extract("قُتل مدنيان في بلدة تل الورد أمس.", resources).reports) == 1
    assert len(extract("Two civilians were killed in Fictorville on Monday.", resources).reports) == 1


def test_no_casualties_is_no_incident(resources: ExtractionResources) -> None:
    text = "The army said the operation near Fictorville ended without civilian casualties."
    assert extract(text, resources).reports == ()


# --- claims, accusations and ordinals refer back ---------------------------------------------------


def test_accusation_of_the_bombing_is_the_bombing_arabic(resources: ExtractionResources) -> None:
    text = (
        "قُتل ثلاثة مدنيين صباح اليوم جراء انفجار سيارة مفخخة في سوق بلدة تل الورد. "
        "واتهم مجلس تل الورد العسكري خلايا مرتبطة بفصيل مسلح بالوقوف وراء التفجير."
    )
    out = extract(text, resources)
    assert types(out) == [EventType.CAR_BOMB]
    assert out.reports[0].certainty is Certainty.ASSERTED


def test_accusation_of_targeting_civilians_is_the_strike_english(resources: ExtractionResources) -> None:
    text = (
        "Artillery shells hit villages near Fictorville on Sunday, wounding two civilians. "
        "The local council accused the army of shelling civilian areas."
    )
    assert types(extract(text, resources)) == [EventType.SHELLING]


def test_this_is_the_third_attack_names_the_current_one(resources: ExtractionResources) -> None:
    ar = extract(
        "انفجرت عبوة ناسفة بدورية في بلدة تل الورد أمس. ويعد هذا الهجوم الثالث من نوعه في المنطقة.",
        resources,
    )
    en = extract(
        "Gunmen attacked a checkpoint near Fictorville on Monday. This is the third attack on the post.",
        resources,
    )
    assert len(ar.reports) == 1
    assert len(en.reports) == 1


def test_a_separate_incident_is_not_merged(resources: ExtractionResources) -> None:
    ar = extract(
        "انفجرت عبوة ناسفة بدورية في بلدة تل الورد أمس. وفي حادثة منفصلة، أصيب راعٍ بانفجار لغم.",
        resources,
    )
    en = extract(
        "A roadside bomb exploded near Fictorville on Monday. In a separate incident, two shepherds were "
        "wounded.",
        resources,
    )
    assert len(ar.reports) == 2
    assert len(en.reports) == 2


# --- dawn and metaphors -------------------------------------------------------------------------------


def test_dawn_is_a_time_not_a_detonation(resources: ExtractionResources) -> None:
    out = extract("داهمت قوات الأمن فجر اليوم الخميس منازل في بلدة تل الورد واعتقلت ثلاثة أشخاص.", resources)
    assert types(out) == [EventType.ARREST]
    assert extract("تظاهر أهالي بلدة تل الورد فجراً أمام المجلس.", resources).reports[0].event_type is (
        EventType.PROTEST
    )


def test_a_decision_that_sparked_anger_is_no_bombing(resources: ExtractionResources) -> None:
    assert extract("فجّر قرار رفع الأسعار موجة غضب في بلدة تل الورد.", resources).reports == ()
    assert (
        extract("The mayor attacked the decision to close the Fictorville market.", resources).reports == ()
    )


def test_the_bomber_blowing_himself_up_is_still_a_detonation(resources: ExtractionResources) -> None:
    out = extract("فجّر انتحاري نفسه عند حاجز في بلدة تل الورد أمس.", resources)
    assert types(out) == [EventType.SUICIDE_ATTACK]
    dual = extract("وكان انتحاريان قد فجرا نفسيهما أمام مقر في بلدة تل الورد أمس.", resources)
    assert types(dual) == [EventType.SUICIDE_ATTACK]  # فجرا = they (two) detonated, not "at dawn"


# --- general statements, statistics and plans ---------------------------------------------------------


def test_a_rise_in_kidnappings_is_no_kidnapping(resources: ExtractionResources) -> None:
    ar = extract("وتشهد بلدة تل الورد منذ أشهر تصاعداً في حوادث الخطف.", resources)
    en = extract("The Fictor valley has seen a rise in kidnappings for ransom.", resources)
    assert ar.reports == ()
    assert en.reports == ()


def test_repeatedly_bombed_is_no_incident(resources: ExtractionResources) -> None:
    ar = extract("وتتعرض قرى ريف تل الورد لضربات متكررة بالقصف المدفعي.", resources)
    en = extract("Turkish aircraft have repeatedly bombed the Fictorville camp.", resources)
    assert ar.reports == ()
    assert en.reports == ()


def test_cells_planning_attacks_are_no_attack(resources: ExtractionResources) -> None:
    ar = extract("وقالت قوات الأمن إن خلايا نائمة تخطط لشن هجمات في بلدة تل الورد.", resources)
    en = extract("Police said a cell was preparing attacks in Fictorville.", resources)
    assert ar.reports == ()
    assert en.reports == ()


def test_casualties_over_a_half_year_are_a_statistic(resources: ExtractionResources) -> None:
    en = extract("In all, 112 people were killed in the first half of 2024 in Fictor province.", resources)
    ar = extract("وقُتل ٥٠ شخصاً في محافظة تل الورد خلال النصف الأول من العام.", resources)
    assert en.reports == ()
    assert ar.reports == ()


def test_these_attacks_after_a_statistic_are_no_incident(resources: ExtractionResources) -> None:
    text = (
        "سجل مرصد تل الورد ١٤ هجوماً خلال شهر آذار الماضي. وأوضح التقرير أن هذه الهجمات أسفرت عن مقتل ١١ شخصاً."
    )
    out = extract(text, resources)
    assert [r for r in out.reports if r.certainty is Certainty.ASSERTED] == []


def test_plural_attacks_of_one_night_stay_an_incident(resources: ExtractionResources) -> None:
    out = extract(
        "Warplanes carried out a series of air strikes on Fictorville on Wednesday night.", resources
    )
    assert types(out) == [EventType.AIR_STRIKE]


def test_attacks_feared_to_grow_are_no_incident_arabic(resources: ExtractionResources) -> None:
    text = ("ويحذر الباحث سامر الخطيب من أن الهجمات قد تتصاعد مع حلول الشتاء، مضيفاً أن القرى النائية "
            "تبقى الأكثر عرضة لهجمات التنظيم.")
    assert types(extract(text, resources)) == []


def test_ways_of_facing_cells_are_no_clash_arabic(resources: ExtractionResources) -> None:
    text = "بحث وفد من الإدارة الذاتية مع ممثلين عن التحالف الدولي سبل مواجهة خلايا تنظيم داعش في المنطقة."
    assert types(extract(text, resources)) == []
