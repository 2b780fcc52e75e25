"""Targets of Arabic news syntax that no catalogued phrase names (invented people, places and groups):
the subject of the verb of exposure ("تعرض X للخطف", "X تعرض لهجوم") and the partitive after an accusative
count that makes a passive-reading verb active ("اعدم عددا من الأسرى"); a party a protest opposes
("ضد حزب X")."""

from __future__ import annotations

from marsad.extract.actors import ActorFinder
from marsad.vocab import EventType

from .sentence_helpers import role_texts


def test_a_name_between_taarrada_and_its_complement_is_the_target(finder: ActorFinder) -> None:
    text = "وتعرض سامر الحسون للخطف في سوق عين الورد"
    assert role_texts(finder, text, "للخطف", EventType.ABDUCTION)[1] == "سامر الحسون"


def test_the_genitive_of_the_masdar_taarrud_is_the_target(finder: ActorFinder) -> None:
    text = "ونفى المتحدث باسم الشرطة تعرض رامي الورداني للتعذيب في السجن"
    assert role_texts(finder, text, "للتعذيب")[1] == "رامي الورداني"


def test_a_named_subject_before_taarrada_is_the_target(finder: ActorFinder) -> None:
    text = "وكان سامر الحسون قد تعرض للاختطاف في عين الورد"
    assert role_texts(finder, text, "للاختطاف", EventType.ABDUCTION)[1] == "سامر الحسون"


def test_a_pronoun_suffixed_person_before_taarrada_is_the_target(finder: ActorFinder) -> None:
    text = "وقال المحامي إن موكله تعرض للضرب في مركز الشرطة"
    assert role_texts(finder, text, "للضرب")[1] == "موكله"


def test_a_place_or_time_subject_of_taarrada_is_no_target(finder: ActorFinder) -> None:
    assert role_texts(finder, "وتعرضت بلدة عين الورد لقصف مدفعي", "لقصف", EventType.SHELLING)[1] is None
    assert role_texts(finder, "وكان الأسبوع الماضي قد تعرض لهجوم", "لهجوم")[1] is None


def test_a_coordinated_taarrada_has_no_subject_before_it(finder: ActorFinder) -> None:
    text = "وكان الحسون قد عقد صفقة مع السلطات لكنه فشل وتعرض للتهديد بالقتل"
    assert role_texts(finder, text, "للتهديد")[1] != "لكنه فشل"


def test_a_quantifier_with_a_pronoun_before_taarrada_is_no_target(finder: ActorFinder) -> None:
    text = "وكان بعضهم قد تعرض الى الضرب في السجن"
    assert role_texts(finder, text, "الضرب")[1] is None


def test_an_accusative_count_after_a_passive_reading_verb_makes_it_active(finder: ActorFinder) -> None:
    text = "وكان المحافظ سامر الحسون قد اعدم عددا من الأسرى في سجن عين الورد"
    assert role_texts(finder, text, "اعدم", EventType.EXECUTION) == ("المحافظ سامر الحسون", "الأسرى")


def test_an_armed_subject_before_a_verb_with_an_accusative_count_is_the_agent(finder: ActorFinder) -> None:
    text = "وقال الجيش إن مسلحين قتلوا عددا من الجنود قرب عين الورد"
    assert role_texts(finder, text, "قتلوا") == ("مسلحين", "الجنود")


def test_a_party_after_a_word_of_opposition_is_the_protest_target(finder: ActorFinder) -> None:
    text = "ورفع المتظاهرون الأعلام وأطلقوا هتافات ضد حزب الورد الحاكم"
    assert role_texts(finder, text, "المتظاهرون", EventType.PROTEST)[1] == "حزب الورد الحاكم"


def test_a_party_the_protesters_demand_of_is_the_protest_target(finder: ActorFinder) -> None:
    text = "ورفع المتظاهرون شعارات طالبوا فيها الحزب الحاكم بالتراجع عن قراره"
    assert role_texts(finder, text, "المتظاهرون", EventType.PROTEST)[1] == "الحزب الحاكم"


def test_the_protesters_own_party_is_no_protest_target(finder: ActorFinder) -> None:
    text = "ووقعت اشتباكات بين الشرطة ومتظاهرين من حزب الورد كانوا يلوحون بلافتات"
    assert role_texts(finder, text, "متظاهرين", EventType.PROTEST)[1] != "حزب الورد"
    text = "وجرت التظاهرات في عين الورد بدعوة من الحزب الحاكم"
    assert role_texts(finder, text, "التظاهرات", EventType.PROTEST)[1] != "الحزب الحاكم"


def test_a_manner_accusative_after_a_killing_verb_is_no_target(finder: ActorFinder) -> None:
    text = "وقال المدعي العام إن هؤلاء الأشخاص أعدموا شنقا أمس في سجن عين الورد"
    assert role_texts(finder, text, "أعدموا", EventType.EXECUTION) == (None, "الأشخاص")
