"""Shortcuts taken for speed give the same answers as the general path they skip."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from marsad.extract.casualties import _lexicon, find_casualties
from marsad.extract.pipeline import _LATIN_LOWER, _sentence_language
from marsad.extract.places import PlaceMentionFinder
from marsad.vocab import Language

from .sentence_helpers import sentence

# Arabic letters, digits, punctuation and space: no letter a..z
_NO_LATIN = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدرزسشصضطظعغفقكلمنهوي ٠١٢3٤،.؟!-:«»\n")),
    max_size=60,
)


@given(_NO_LATIN, st.sampled_from([Language.AR, Language.EN, Language.UNKNOWN]))
def test_sentence_language_shortcut_without_latin_letters_matches_the_count(
    text: str, declared: Language
) -> None:
    ctx = sentence(text or "-", declared)
    assert _LATIN_LOWER.search(ctx.doc.norm.text) is None
    assert _sentence_language(ctx, declared, latin_free=True) == _sentence_language(ctx, declared)


def test_sentence_language_shortcut_reads_arabic_or_falls_back_to_the_document() -> None:
    arabic = sentence("هاجم مسلحون بلدة كفر زيتون.", Language.EN)
    assert _sentence_language(arabic, Language.EN, latin_free=True) is Language.AR
    digits = sentence("2024 - 15", Language.EN)
    assert _sentence_language(digits, Language.EN, latin_free=True) is Language.EN


def test_places_sentence_without_name_or_cue_has_none_and_one_with_a_cue_still_does() -> None:
    finder = PlaceMentionFinder()
    assert finder.find(sentence("وقال المحللون إن الأوضاع تزداد سوءاً.", Language.AR)) == []
    found = finder.find(sentence("هاجم مسلحون حاجزا في قرية تل زمرين.", Language.AR))
    assert [p.text for p in found] == ["تل زمرين"]


_ZERO_WORDS = [
    "لم", "يسفر", "تسفر", "الانفجار", "الهجوم", "عن", "وقوع", "اصابات", "خساير", "بشريه", "قتلي", "جرحي",
    "دون", "ان", "يصب", "احد", "باذي", "ولم", "no", "one", "was", "killed", "injured", "nobody", "hurt",
]


@given(st.lists(st.sampled_from(_ZERO_WORDS), max_size=12).map(" ".join))
def test_zero_phrase_anchors_never_skip_a_sentence_the_pattern_matches(text: str) -> None:
    for lang in (Language.AR, Language.EN):
        for phrases in _lexicon(lang).zero:
            if phrases.pattern.search(text) is not None:
                assert any(a in text for a in phrases.anchors)


def test_stated_zero_is_still_read_after_the_anchor_test() -> None:
    figures = find_casualties(sentence("انفجرت عبوة في قرية عين الصقر دون وقوع إصابات.", Language.AR))
    assert sorted((f.kind.value, f.value) for f in figures) == [("injured", 0), ("killed", 0)]
