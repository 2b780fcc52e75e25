"""Targets around verbs of speech in Arabic news (invented people and places): the one who reports an
event ("قال الجنرال X ..."), and the one addressed ("قال X لصحافيين"), never suffer it."""

from __future__ import annotations

from marsad.extract.actors import ActorFinder

from .sentence_helpers import role_texts


def test_the_subject_of_a_speech_verb_is_no_target(finder: ActorFinder) -> None:
    text = "وقال الجنرال سامر الحسون «لهذه الصواريخ قدرات جديدة بعد اطلاق الصاروخ في منطقة واسعة»"
    assert role_texts(finder, text, "اطلاق الصاروخ")[1] is None


def test_the_one_a_speech_verb_addresses_is_no_target(finder: ActorFinder) -> None:
    text = ("وقال الادميرال رامي الحسون لصحافيين «في الثالث من سبتمبر أدت ضربة جوية الى مقتل المسؤول"
            " عن الهجوم»")
    assert role_texts(finder, text, "ضربة جوية")[1] != "صحافيين"


def test_the_first_words_of_a_quote_after_a_speech_verb_may_be_the_target(finder: ActorFinder) -> None:
    text = "وأضاف «الاسرة لم تتعرض لمذبحة في عين الورد»"
    assert role_texts(finder, text, "لمذبحة")[1] == "الاسرة"


def test_a_speaker_who_says_he_was_exposed_to_harm_is_the_target(finder: ActorFinder) -> None:
    text = "ويقول سامر الحسون انه تعرض خلال الاستجواب في السجن للتعذيب بالصدمات الكهربائية"
    assert role_texts(finder, text, "للتعذيب")[1] == "سامر الحسون"
    text = "وقال رامي الورداني لصحافيين إنه تعرض للضرب على أيدي عناصر الشرطة"
    assert role_texts(finder, text, "للضرب")[1] == "رامي الورداني"


def test_a_pronoun_that_disagrees_with_the_speech_verb_is_not_the_speaker(finder: ActorFinder) -> None:
    text = "وقال سامر الحسون انها تعرضت خلال الليل في عين الورد للقصف"
    assert role_texts(finder, text, "للقصف")[1] != "سامر الحسون"
