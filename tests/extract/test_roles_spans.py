"""Span conventions of perpetrator and target phrases: names after titles and person nouns, construct
states, nationality adjectives, coordinated parties, and an armed subject before a verb that reads as
passive without diacritics (invented people and places; catalogued classes of actors)."""

from __future__ import annotations

from marsad.extract.actors import ActorFinder

from .sentence_helpers import role_texts as _read


def test_titled_person_keeps_a_compound_name_after_the_title_genitive(finder: ActorFinder) -> None:
    text = "اغتال مسلحون مجهولون وزير الزراعة عبد الكريم سلوان في بلدة دير النخيل"
    assert _read(finder, text, "اغتال")[1] == "وزير الزراعة عبد الكريم سلوان"


def test_a_second_title_in_apposition_joins_the_name(finder: ActorFinder) -> None:
    text = "أسفر الهجوم عن مقتل قائد الحرس العقيد فارس المنذري في بلدة عين الورد"
    _, target = _read(finder, text, "مقتل")
    assert target is not None and target.endswith("العقيد فارس المنذري")


def test_name_after_a_title_stops_at_an_adverb_or_prepositional_phrase(finder: ActorFinder) -> None:
    text = "خطف مسلحون مجهولون القاضي رامز حداد فضلا عن سائقه"
    assert _read(finder, text, "خطف")[1] == "القاضي رامز حداد"


def test_definite_person_noun_takes_the_name_in_apposition(finder: ActorFinder) -> None:
    text = "قتل مسلحون مجهولون المزارع سليم الحوراني قرب قرية تل السنديان"
    assert _read(finder, text, "قتل")[1] == "المزارع سليم الحوراني"


def test_member_noun_in_construct_with_a_definite_body(finder: ActorFinder) -> None:
    text = "قتل أحد عناصر الشرطة بنيران مسلحين مجهولين وسط بلدة كفر الزيتون"
    assert _read(finder, text, "قتل") == ("مسلحين مجهولين", "عناصر الشرطة")


def test_nisba_starting_with_fa_and_broken_plural_nationality_stay_in_the_phrase(finder: ActorFinder) -> None:
    text = "قالت مصادر إن مسلحين فلسطينيين هاجموا مدنيين أكراد قرب بلدة تل السنديان"
    assert _read(finder, text, "هاجموا") == ("مسلحين فلسطينيين", "مدنيين أكراد")


def test_counted_conjunct_is_the_same_side(finder: ActorFinder) -> None:
    text = "وقال المتحدث إن 9 مدنيين وثلاثة من رجال الشرطة قتلوا في التفجير الذي وقع في بلدة عين الورد"
    assert _read(finder, text, "قتلوا") == (None, "مدنيين وثلاثة من رجال الشرطة")


def test_armed_subject_and_person_object_make_the_verb_active(finder: ActorFinder) -> None:
    text = "أعلنت الشرطة أن مسلحين مجهولين اختطفوا نقيب المهندسين في بلدة تل الورد"
    assert _read(finder, text, "اختطفوا") == ("مسلحين مجهولين", "نقيب المهندسين")


def test_subject_before_a_passive_looking_verb_without_object_stays_the_victim(finder: ActorFinder) -> None:
    text = "وقالت مصادر إن مسلحين مجهولين قتلوا في اشتباك مع دورية في بلدة تل الورد"
    assert _read(finder, text, "قتلوا")[1] == "مسلحين مجهولين"
