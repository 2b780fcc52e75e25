"""General constructions of Arabic news syntax that name an event's parties without a catalogued phrase
(invented people, places and groups): the genitive of a masdar whose patient is a person, ..."""

from __future__ import annotations

from marsad.extract.actors import ActorFinder
from marsad.vocab import EventType

from .sentence_helpers import role_texts


def test_a_person_patient_masdar_takes_a_name_as_its_target(finder: ActorFinder) -> None:
    text = "وإذا كانت الجماعة نجحت في اغتيال الورداني، فإنها لن تنجح في إسكات أنصاره"
    assert role_texts(finder, text, "اغتيال", EventType.ASSASSINATION)[1] == "الورداني"


def test_a_full_personal_name_after_a_person_patient_masdar(finder: ActorFinder) -> None:
    text = "وأكدت كتائب الفرسان في بيان مقتل سامر نادر الحسون في بلدة عين الورد"
    assert role_texts(finder, text, "مقتل")[1] == "سامر نادر الحسون"


def test_a_counted_partitive_genitive_after_a_person_patient_masdar(finder: ActorFinder) -> None:
    text = "واتهمت الحركة خصومها باختطاف ثلاثة من ناشطيها في بلدة عين الورد"
    assert role_texts(finder, text, "باختطاف", EventType.ABDUCTION)[1] == "ناشطيها"


def test_a_demonstrative_before_the_genitive_of_a_person_patient_masdar(finder: ActorFinder) -> None:
    text = "وقال المتحدث: أقدمنا على اغتيال هذه المرأة الغريبة في بلدة عين الورد"
    assert role_texts(finder, text, "اغتيال", EventType.ASSASSINATION)[1] == "المرأة الغريبة"


def test_a_definite_masdar_takes_no_genitive_so_its_adjective_is_no_target(finder: ActorFinder) -> None:
    text = "وشجب النائب الجريمة ووصف الاغتيال البشع بأنه ضربة للاستقرار"
    assert role_texts(finder, text, "الاغتيال", EventType.ASSASSINATION)[1] != "البشع"


def test_an_indefinite_nisba_after_a_masdar_is_its_adjective(finder: ActorFinder) -> None:
    text = "وعثر على آثار تعذيب جسدي على جثتين في بلدة عين الورد"
    assert role_texts(finder, text, "تعذيب")[1] is None


def test_an_uncatalogued_agent_after_ala_yad_is_the_perpetrator(finder: ActorFinder) -> None:
    text = "وذكرت القناة أن حافلة تعرضت للخطف امس لفترة قصيرة على يد أحد ركابها"
    assert role_texts(finder, text, "للخطف", EventType.ABDUCTION)[0] == "ركابها"


def test_an_agent_after_min_qibal_is_not_taken_for_the_masdars_victim(finder: ActorFinder) -> None:
    text = "وكان سامر الحسون قد تعرض للاختطاف من قبل عناصر الاستخبارات الأميركية قبل أربع سنوات"
    p, t = role_texts(finder, text, "للاختطاف", EventType.ABDUCTION)
    assert p == "عناصر الاستخبارات الأميركية" and t != p


def test_min_qabl_before_a_time_word_is_no_agent(finder: ActorFinder) -> None:
    text = "وقال إن الحافلة تعرضت للخطف من قبل أسبوع في بلدة عين الورد"
    assert role_texts(finder, text, "للخطف", EventType.ABDUCTION)[0] is None


def test_the_genitive_of_an_event_masdar_before_ala_is_the_attacker(finder: ActorFinder) -> None:
    text = "وأدان البيان هجوم الأهالي على مركز الشرطة في قرية عين الورد أمس"
    assert role_texts(finder, text, "هجوم") == ("الأهالي", "مركز الشرطة")


def test_a_time_word_after_an_event_masdar_is_no_attacker(finder: ActorFinder) -> None:
    text = "وأدان البيان هجوم الأمس على المزارعين في قرية عين الورد"
    assert role_texts(finder, text, "هجوم")[0] != "الأمس"


def test_an_armed_subject_makes_a_plural_verb_active_before_a_name(finder: ActorFinder) -> None:
    text = "وقال المسؤول إن مسلحين مجهولين قتلوا سامر نادر الحسون عندما كان عائدا إلى منزله"
    assert role_texts(finder, text, "قتلوا") == ("مسلحين مجهولين", "سامر نادر الحسون")


def test_also_between_a_verb_and_its_bare_object(finder: ActorFinder) -> None:
    text = "وقال المسؤول إن مسلحين مجهولين خطفوا أيضا زورق الصيد نجمة البحر"
    p, t = role_texts(finder, text, "خطفوا", EventType.ABDUCTION)
    assert p == "مسلحين مجهولين" and t is not None and t.startswith("زورق")


def test_an_accusative_adverbial_after_a_plural_verb_is_no_object(finder: ActorFinder) -> None:
    text = "وقال المسؤول إن مسلحين مجهولين قتلوا ذبحا في قرية عين الورد"
    assert role_texts(finder, text, "قتلوا")[1] != "ذبحا"


def test_a_named_subject_before_a_passive_reading_verb_is_the_victim(finder: ActorFinder) -> None:
    text = "وقال النائب إن الحسوني اختطف من سيارته في بلدة عين الورد"
    assert role_texts(finder, text, "اختطف", EventType.ABDUCTION)[1] == "الحسوني"


def test_an_uncatalogued_agent_of_a_relative_agent_verb(finder: ActorFinder) -> None:
    text = "وأدانت الحكومة الهجومين اللذين شنهما انفصاليون غاضبون في شرق البلاد"
    assert role_texts(finder, text, "الهجومين")[0] == "انفصاليون غاضبون"
