"""Span conventions of the actor roles: a counted subject before "تعرض", public bodies at a protest's
place, a member and his body (invented people and places; catalogued parties)."""

from __future__ import annotations

from marsad.extract.actors import ActorFinder
from marsad.vocab import EventType

from .sentence_helpers import role_texts as _read


def test_counted_subject_before_undergo_verb_is_the_target(finder: ActorFinder) -> None:
    text = "وقال مكتب الملاحة في بلدة الوادي إن 12 سفينة تعرضت للهجوم قرب جزيرة نمر"
    _, target = _read(finder, text, ["للهجوم"])
    assert target == "سفينة"


def test_counted_subject_before_a_hedge_and_undergo_verb_is_the_target(finder: ActorFinder) -> None:
    text = "وقال مكتب الملاحة في بلدة الوادي إن 12 سفينة على الأقل تعرضت للهجوم قرب جزيرة نمر"
    _, target = _read(finder, text, ["للهجوم"])
    assert target == "سفينة"


def test_weapon_before_undergo_verb_is_no_target(finder: ActorFinder) -> None:
    text = "وقال مسؤول في بلدة الوادي إن قذيفة تعرضت للتفجير قرب جزيرة نمر"
    _, target = _read(finder, text, ["للتفجير"])
    assert target is None


def test_protest_target_is_the_public_body_at_whose_building_they_gather(finder: ActorFinder) -> None:
    text = "واعتصم متظاهرون أمام مبنى هيئة الموانئ في بلدة الوادي"
    _, target = _read(finder, text, ["واعتصم"], EventType.PROTEST)
    assert target is not None and target.startswith("هيئة الموانئ")


def test_person_noun_with_fi_and_a_named_party_is_its_member(finder: ActorFinder) -> None:
    text = "واغتالت قوة خاصة أمس ناشطا في تنظيم داعش في بلدة الوادي"
    _, target = _read(finder, text, ["واغتالت"])
    assert target == "ناشطا في تنظيم داعش"


def test_person_noun_with_min_and_a_named_party_is_its_member(finder: ActorFinder) -> None:
    text = "وقتل مسلحون مجهولون مقاتلا من قوات سوريا الديمقراطية قرب بلدة الوادي"
    _, target = _read(finder, text, ["وقتل"])
    assert target == "مقاتلا من قوات سوريا الديمقراطية"


def test_person_noun_before_a_place_keeps_its_span(finder: ActorFinder) -> None:
    text = "واغتالت قوة خاصة أمس ناشطا في بلدة الوادي"
    _, target = _read(finder, text, ["واغتالت"])
    assert target == "ناشطا"


def test_claim_marker_names_the_perpetrator_far_from_the_trigger(finder: ActorFinder) -> None:
    text = ("أعلنت مصادر محلية مقتل ثلاثة مدنيين في هجوم بسيارة مفخخة استهدف سوقا شعبية في وسط بلدة"
            " الوادي قرب جسر نمر وتبنته داعش")
    perp, _ = _read(finder, text, ["هجوم"])
    assert perp == "داعش"


def test_suicide_adjective_of_an_accusative_attack_noun_is_no_party(finder: ActorFinder) -> None:
    text = "وقال متحدث: صدم مهاجم ينفذ هجوما انتحاريا سيارته بحاجز بلدة الوادي وقتل جنديين"
    perp, _ = _read(finder, text, ["وقتل", "هجوما"])
    assert perp != "انتحاريا"


def test_conjunction_verb_with_indefinite_agent_and_count_reads_vso(finder: ActorFinder) -> None:
    text = "وقتل مفجر انتحاري 12 مجندا في بلدة الوادي أمس"
    perp, target = _read(finder, text, ["وقتل"])
    assert perp == "مفجر انتحاري"
    assert target == "مجندا"


def test_gunmen_in_police_uniform_leave_the_police_out(finder: ActorFinder) -> None:
    text = "وخطف مسلحون يرتدون زي الشرطة المحلية ثلاثة مهندسين من مكتب في بلدة الوادي"
    perp, target = _read(finder, text, ["وخطف"])
    assert perp == "مسلحون"
    assert target is not None and "مهندسين" in target


def test_uniform_genitive_is_no_party(finder: ActorFinder) -> None:
    text = "وقتل مسلحون بملابس الجيش ثلاثة رعاة قرب بلدة الوادي"
    perp, target = _read(finder, text, ["وقتل"])
    assert perp == "مسلحون"
    assert target is None or "الجيش" not in target


def test_protest_subject_after_the_verb_past_its_count(finder: ActorFinder) -> None:
    text = "وتظاهر المئات من أبناء بلدة الوادي أمام مقر المحافظة"
    perp, _ = _read(finder, text, ["وتظاهر"], EventType.PROTEST)
    assert perp is not None and perp.startswith("أبناء")


def test_protest_subject_before_the_verb_of_a_march(finder: ActorFinder) -> None:
    text = "وكان الآلاف من الواديين قد خرجوا في مسيرة وسط بلدة نمر"
    perp, _ = _read(finder, text, ["مسيرة"], EventType.PROTEST)
    assert perp == "الواديين"


def test_protest_place_after_the_verb_is_no_protester(finder: ActorFinder) -> None:
    text = "وتظاهر المئات في ساحة بلدة الوادي"
    perp, _ = _read(finder, text, ["وتظاهر"], EventType.PROTEST)
    assert perp is None or "ساحة" not in perp


def test_party_noun_next_to_an_explosion_is_its_target(finder: ActorFinder) -> None:
    text = "وقال المصدر إن سيارة مفخخة متوقفة أمام مديرية الصحة في بلدة الوادي انفجرت صباح اليوم"
    _, target = _read(finder, text, ["انفجرت"])
    assert target is not None and target.startswith("مديرية")


def test_place_next_to_an_explosion_is_no_target(finder: ActorFinder) -> None:
    text = "وقال المصدر إن عبوة ناسفة انفجرت قرب سوق بلدة الوادي صباح اليوم"
    _, target = _read(finder, text, ["انفجرت"])
    assert target is None
