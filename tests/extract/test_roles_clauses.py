"""Clause-level role rules: relative clauses, appositions, possessive pronouns, phrase edges, device
subjects and objects (invented people and places; catalogued classes of actors)."""

from __future__ import annotations

from marsad.extract.actors import ActorFinder
from marsad.extract.phrases import load_grammar, tokenize
from marsad.extract.roles import is_event_verb
from marsad.vocab import EventType, Language

from .sentence_helpers import role_texts as _read


def test_event_verb_whose_first_root_letter_looks_like_a_conjunction() -> None:
    g = load_grammar(Language.AR)
    tokens, _ = tokenize("فجرت فجروا وفجرت")
    assert [is_event_verb(t, g) for t in tokens] == [True, True, True]


def test_car_bomb_subject_is_a_device_and_the_verb_object_is_the_target(finder: ActorFinder) -> None:
    text = "وقالت مصادر إن سيارة مفخخة فجرت دورية للشرطة في بلدة تل الورد"
    perp, target = _read(finder, text, ["فجرت", "سيارة مفخخة"], EventType.CAR_BOMB)
    assert perp is None
    assert target is not None and "للشرطة" in target


def test_number_word_after_a_victim_is_not_part_of_the_phrase(finder: ActorFinder) -> None:
    text = "سقطت قذائف على بلدة كفر الورد ما أدى إلى مقتل مدنيين اثنين"
    assert _read(finder, text, ["مقتل"])[1] == "مدنيين"


def test_sound_plural_takes_only_agreeing_adjectives(finder: ActorFinder) -> None:
    # the nun of "المتظاهرون" shows it is not in construct: "الأعلام" is the verb's object
    perp, _ = _read(finder, "ورفع المتظاهرون الأعلام في ساحة بلدة الوادي", ["المتظاهرون"], EventType.PROTEST)
    assert perp == "المتظاهرون"
    perp, _ = _read(finder, "وخطف المسلحون المجهولون تاجرا من بلدة الوادي", ["وخطف"], EventType.ABDUCTION)
    assert perp == "المسلحون المجهولون"


def test_participle_of_place_ends_an_actor_phrase(finder: ActorFinder) -> None:
    text = "هاجم مسلحون الشرطة المتمركزة قرب بلدة الوادي"
    assert _read(finder, text, ["هاجم"])[1] == "الشرطة"


def test_members_with_a_possessive_pronoun_stand_for_the_body(finder: ActorFinder) -> None:
    text = "وقال الجيش الأمريكي إن جنوده قتلوا خمسة مسلحين في بلدة الوادي"
    perp, target = _read(finder, text, ["قتلوا"])
    assert perp == "الجيش الأمريكي"
    assert target is not None and "مسلحين" in target


def test_targeting_participle_marks_the_target(finder: ActorFinder) -> None:
    text = "فجر رجل نفسه مستهدفا دورية للشرطة قرب بلدة الوادي"
    target = _read(finder, text, ["نفسه"], EventType.SUICIDE_ATTACK)[1]
    assert target is not None and "للشرطة" in target


def test_support_verb_subject_may_carry_a_relative_clause(finder: ActorFinder) -> None:
    text = "وقامت امرأة اعتنقت فكرا متشددا ومتزوجة من رجل آخر بتفجير نفسها في سوق بلدة الوادي"
    perp, _ = _read(finder, text, ["بتفجير"], EventType.SUICIDE_ATTACK)
    assert perp == "امرأة"


def test_uncatalogued_object_after_a_count_is_the_target(finder: ActorFinder) -> None:
    text = "وكان مسلحون قد خطفوا 12 من الفنلنديين وغالبيتهم من النساء في بلدة الوادي"
    perp, target = _read(finder, text, ["خطفوا"], EventType.ABDUCTION)
    assert perp == "مسلحون"
    assert target == "الفنلنديين"


def test_relative_pronoun_antecedent_is_the_subject_of_a_passive_verb(finder: ActorFinder) -> None:
    text = "امتدت يد الإرهاب لتطال المختار سعيد الوردي الذي قتل مع 3 مواطنين آخرين في تفجير سيارة مفخخة"
    _, target = _read(finder, text, ["قتل", "تفجير"], EventType.CAR_BOMB)
    assert target == "المختار سعيد الوردي"


def test_trigger_ending_in_its_preposition_marks_the_target(finder: ActorFinder) -> None:
    text = "وقال شاهد إنه رأى مسلحين يطلقون النار على الطائرات الأمريكية قرب بلدة الوادي"
    perp, target = _read(finder, text, ["النار على"], EventType.SHOOTING)
    assert perp == "مسلحين"
    assert target == "الطائرات الأمريكية"


def test_apposition_after_a_comma_leaves_the_head_as_the_party(finder: ActorFinder) -> None:
    text = "وكانت «كتائب القسام»، الجناح العسكري لحركة حماس قد أطلقت صواريخ على بلدة الوادي"
    perp, _ = _read(finder, text, ["صواريخ"], EventType.SHELLING)
    assert perp == "كتائب القسام"


def test_protest_target_is_what_the_protesters_demand_before_the_place(finder: ActorFinder) -> None:
    text = "احتشد آلاف المتظاهرين قبالة برلمان مدينة الوادي للمطالبة باستقالة الحكومة المحلية"
    _, target = _read(finder, text, ["احتشد"], EventType.PROTEST)
    assert target == "الحكومة المحلية"


def test_protest_target_genitive_of_a_noun_is_not_an_adjective(finder: ActorFinder) -> None:
    text = "وتظاهر المئات في بلدة الوادي ضد الإصلاحات الاقتصادية للحكومة"
    _, target = _read(finder, text, ["وتظاهر"], EventType.PROTEST)
    assert target == "للحكومة"


def test_protest_authority_word_after_a_definite_noun_is_an_adjective(finder: ActorFinder) -> None:
    text = "وأغلق المتظاهرون أمس الشارع الرئيس في بلدة الوادي وهاجموا رئيس البلدية"
    _, target = _read(finder, text, ["وأغلق"], EventType.PROTEST)
    assert target == "رئيس البلدية"


def test_protest_target_title_behind_a_proclitic_keeps_its_name(finder: ActorFinder) -> None:
    text = "شهدت بلدة الوادي مظاهرات مؤيدة لزعيم حزب الوادي سعيد الوردي"
    _, target = _read(finder, text, ["مظاهرات"], EventType.PROTEST)
    assert target is not None and target.startswith("زعيم حزب") and "الوادي" in target


def test_protest_target_government_of_a_titled_person(finder: ActorFinder) -> None:
    text = "ورفع المتظاهرون لافتات واتهموا حكومة رئيس الوزراء سعيد الوردي بالفساد"
    _, target = _read(finder, text, ["المتظاهرون"], EventType.PROTEST)
    assert target == "حكومة رئيس الوزراء سعيد الوردي"


def test_attack_noun_subject_leaves_the_object_after_its_instrument_as_target(finder: ActorFinder) -> None:
    text = "واستهدف هجوم انتحاري بسيارة مفخخة، أمس، موكبا لمحافظ بلدة الوادي"
    perp, target = _read(finder, text, ["واستهدف"], EventType.SUICIDE_ATTACK)
    assert target == "موكبا لمحافظ"
    assert perp is None


def test_object_after_the_agent_keeps_its_owner_complement(finder: ActorFinder) -> None:
    text = "استهدف مسلحون مركزا لتدريب أفراد للشرطة في بلدة الوادي"
    perp, target = _read(finder, text, ["استهدف"])
    assert perp == "مسلحون"
    assert target == "مركزا لتدريب أفراد للشرطة"


def test_a_car_made_a_weapon_is_never_the_target(finder: ActorFinder) -> None:
    text = "فجر مسلح سيارة مفخخة أمام مطعم في بلدة الوادي"
    assert _read(finder, text, ["فجر"], EventType.CAR_BOMB)[1] is None


def test_subject_of_an_undergo_verb_may_be_uncatalogued(finder: ActorFinder) -> None:
    text = "سقط عشرات الفنلنديين بين قتيل وجريح بانفجار سيارة مفخخة وسط بلدة الوادي"
    assert _read(finder, text, ["بانفجار"], EventType.CAR_BOMB)[1] == "الفنلنديين"


def test_parenthetical_part_is_not_the_subject(finder: ActorFinder) -> None:
    text = "وقال مصدر إن ثمانية أشخاص، بينهم طفلان، قتلوا في قصف على بلدة الوادي"
    assert _read(finder, text, ["قتلوا"])[1] == "أشخاص"



def test_an_imperfect_verb_before_the_trigger_is_never_a_bare_subject() -> None:
    # "يرافقه" (who was accompanying him) is the verb of a relative clause, not the one who set the mine
    from datetime import UTC, datetime

    from marsad.extract.pipeline import extract_document, load_resources
    from marsad.model import Document

    doc = Document.create(
        text="لقي راعي أغنام وطفل كان يرافقه مصرعهما، أمس الإثنين، جراء انفجار لغم أرضي قرب قرية الوادي.",
        published=datetime(2024, 3, 5, tzinfo=UTC),
    )
    (report,) = extract_document(doc, load_resources()).reports
    assert report.perpetrator is None
