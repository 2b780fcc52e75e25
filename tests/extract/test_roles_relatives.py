"""Targets named by a relative clause in Arabic news (invented people, places and groups): the antecedent
of a verb's object pronoun ("السفينة التي خطفها قراصنة") and the subject of exposure in a relative clause
on the event noun ("محاولة الاغتيال التي تعرض لها X")."""

from __future__ import annotations

from marsad.extract.actors import ActorFinder
from marsad.vocab import EventType

from .sentence_helpers import role_texts


def test_the_antecedent_of_a_relative_verbs_object_pronoun_is_the_target(finder: ActorFinder) -> None:
    text = "وأفرج عن البحارة على متن السفينة الورداوية التي خطفها قراصنة الثلاثاء"
    assert role_texts(finder, text, "خطفها", EventType.ABDUCTION) == ("قراصنة", "السفينة الورداوية")


def test_a_named_antecedent_of_a_person_verb_is_the_target(finder: ActorFinder) -> None:
    text = "وشملت الاعتقالات قيادات من أمثال الراحل عبد العزيز الحسون الذي اغتالته قوات الورد في 17 ابريل"
    assert role_texts(finder, text, "اغتالته")[1] == "عبد العزيز الحسون"


def test_the_subject_of_exposure_in_a_relative_clause_on_the_masdar_is_the_target(
        finder: ActorFinder) -> None:
    text = "وهي محاولة الاغتيال الرابعة والفاشلة التي تعرض لها نظيره الورداني منذ توليه منصبه"
    assert role_texts(finder, text, "الاغتيال")[1] == "نظيره الورداني"
    text = "وندد بمحاولة الاغتيال التي تعرض لها سامر الحسون امس"
    assert role_texts(finder, text, "الاغتيال")[1] == "سامر الحسون"


def test_a_place_exposed_in_a_relative_clause_is_no_target(finder: ActorFinder) -> None:
    text = "وندد بالهجوم الذي تعرضت له قرية عين الورد امس"
    assert role_texts(finder, text, "بالهجوم")[1] is None
