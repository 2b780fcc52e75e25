"""Agents of Arabic news syntax that no catalogued phrase names (invented people, places and groups): the
uncatalogued subject of a support verb ("قام X بقتل Y", "نجح X في اغتيال Y") and the genitive of a support
masdar ("إقدام X على طعن Y")."""

from __future__ import annotations

from marsad.extract.actors import ActorFinder
from marsad.vocab import EventType

from .sentence_helpers import role_texts


def test_a_named_subject_after_qama_is_the_agent_of_its_masdar(finder: ActorFinder) -> None:
    text = "وعندما قام سامر الحسون باغتيال النائب رفيق الورداني عام 1990 تغير كل شيء"
    assert role_texts(finder, text, "باغتيال", EventType.ASSASSINATION) == ("سامر الحسون",
                                                                           "النائب رفيق الورداني")


def test_a_definite_subject_before_a_support_verb_is_the_agent(finder: ActorFinder) -> None:
    text = "وكان الحسون حاول اغتيال الورداني قبل أن يختفي"
    assert role_texts(finder, text, "اغتيال", EventType.ASSASSINATION) == ("الحسون", "الورداني")


def test_an_uncatalogued_organisation_after_qamat_is_the_agent(finder: ActorFinder) -> None:
    text = "وقامت الحركة الشبابية بخطف التاجر في سوق عين الورد"
    assert role_texts(finder, text, "بخطف", EventType.ABDUCTION)[0] == "الحركة الشبابية"


def test_the_subject_of_shanna_before_an_accusative_attack_is_the_agent(finder: ActorFinder) -> None:
    text = "شن الحسون هجوما على مركز الشرطة في عين الورد"
    assert role_texts(finder, text, "هجوما") == ("الحسون", "مركز الشرطة")


def test_the_genitive_of_a_support_masdar_is_the_agent(finder: ActorFinder) -> None:
    text = "وكان آخر الحوادث إقدام تاجر على طعن سائح في سوق عين الورد الشهر الماضي"
    assert role_texts(finder, text, "طعن", EventType.STABBING) == ("تاجر", "سائح")


def test_a_support_verbs_own_complement_is_no_agent_of_a_later_masdar(finder: ActorFinder) -> None:
    text = "وكان الحسون أطلق النار على المارة ثم حاول الانتحار أثناء إلقاء القبض عليه"
    assert role_texts(finder, text, "إلقاء القبض", EventType.ARREST)[0] != "الانتحار"


def test_a_word_before_a_support_verb_that_is_no_noun_is_no_agent(finder: ActorFinder) -> None:
    text = "لا أريد أن أتصور ما كان ليحصل لو نفذ الاعتداء"
    assert role_texts(finder, text, "الاعتداء")[0] is None


def test_a_complement_after_bi_before_the_word_keeps_it_out_of_the_support_verb(finder: ActorFinder) -> None:
    text = "وهي العملية التي قام خلالها جيش الورد بتحرير رهائن مدنيين في بلدة عين الورد"
    assert role_texts(finder, text, "رهائن", EventType.ABDUCTION)[1] == "مدنيين"


def test_a_definite_protesters_anaphor_takes_its_antecedent_from_an_earlier_protest_clause(
        finder: ActorFinder) -> None:
    text = "وكان الآلاف من الفلاحين قد خرجوا في مسيرات في بلدة عين الورد، وكان المتظاهرون يهتفون ضد الحاكم"
    assert role_texts(finder, text, ["مسيرات", "المتظاهرون"], EventType.PROTEST)[0] == "الفلاحين"


def test_the_subject_of_a_verb_that_stages_a_protest_is_the_antecedent(finder: ActorFinder) -> None:
    text = "وسير المئات من عمال المصنع مظاهرة في عين الورد، ورفع المتظاهرون لافتات ضد الحاكم"
    assert role_texts(finder, text, ["مظاهرة", "المتظاهرون"], EventType.PROTEST)[0] == "عمال المصنع"


def test_indefinite_protesters_are_new_people_not_an_anaphor(finder: ActorFinder) -> None:
    text = "وخرج الآلاف من الفلاحين في مسيرة في عين الورد، وأغلق متظاهرون الطريق"
    assert role_texts(finder, text, ["مسيرة", "متظاهرون"], EventType.PROTEST)[0] == "متظاهرون"


def test_a_victim_in_an_earlier_protest_clause_is_no_antecedent(finder: ActorFinder) -> None:
    text = "وقتل الحراس أحد الفلاحين في مسيرة في عين الورد، وكان المتظاهرون يهتفون ضد الحاكم"
    assert role_texts(finder, text, ["مسيرة", "المتظاهرون"], EventType.PROTEST)[0] == "المتظاهرون"


def test_a_time_adverbial_between_agent_and_counted_object_keeps_the_verb_active(finder: ActorFinder) -> None:
    text = "خطف مسلحون، ليل الأحد، ثلاثة تجار في بلدة عين الورد"
    assert role_texts(finder, text, "خطف", EventType.ABDUCTION) == ("مسلحون", "تجار")


def test_a_person_called_so_after_the_agent_and_an_adverbial_is_the_target(finder: ActorFinder) -> None:
    text = "اغتال مسلحون مجهولون، مساء أمس، المدعو سامر الفلاني"
    assert role_texts(finder, text, "اغتال", EventType.ASSASSINATION) == ("مسلحون مجهولون", "سامر الفلاني")
