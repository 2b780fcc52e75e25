"""Shortcuts taken for speed give the same answers as the general path they skip."""

from __future__ import annotations

import re
from itertools import pairwise

from hypothesis import example, given, settings
from hypothesis import strategies as st

from marsad.extract import language
from marsad.extract.casualties import _lexicon, find_casualties
from marsad.extract.coreference import identity_candidates, identity_cue
from marsad.extract.pipeline import _LATIN_LOWER, _sentence_language
from marsad.extract.places import PlaceMentionFinder
from marsad.extract.triggers import _CLAUSE_BREAK
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


_CLAUSE_PIECES = [
    " ", "  ", "\n", ".", ",", ";", ":", "!", "?", '"', "(", ")", "«", "»", "a", "b", "ab", "3", "_",
    "فيما", "بينما", "في حين", "لكن", "غير ان", "الا ان", "while", "but", "said", "warned that", "who",
    "قتل", "ب", "د", "\u00a0", "\t",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=40))
@example([" ", "فيما", " ", "\n", "but", "\n", "a", ".", " ", "ab", ".", "\n", "said", " ", "b", "."])
def test_clause_break_pattern_finds_what_the_plain_alternation_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    plain = re.compile(
        r"[,;:!?\n\"()«»]|(?<!\b[^\W\d_])\.|\s(?:فيما|بينما|في حين|لكن|غير ان|الا ان|while|but|whereas"
        r"|said|says|told|added|stated|who|which|warned that|warning that)\s"
    )
    assert [m.span() for m in _CLAUSE_BREAK.finditer(text)] == [m.span() for m in plain.finditer(text)]


def _reference_language(text: str) -> Language:
    """detect_language's counts, every one taken in full (no shortcut for an all-Arabic text)."""
    sample = text[: language._SAMPLE]
    arabic = len(sample) - len(language._letter_classes().arabic_letters.sub("", sample))
    latin = len(re.findall(r"[A-Za-z]", sample))
    other = sum(1 for ch in language._OUTSIDE.findall(sample) if ch.isalpha())
    letters = arabic + latin + other
    if letters == 0:
        return Language.OTHER
    if arabic * 5 >= letters:
        return Language.AR
    if latin * 2 >= letters:
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", sample)]
        hits = sum(1 for w in words if w in language._EN_FUNCTION_WORDS)
        if words and (hits >= 1 and hits * 25 >= len(words)):
            return Language.EN
    return Language.OTHER


_LANGUAGE_PIECES = [
    "قتل", "ب", "٣", "،", "the", "of", "Zx", "é", "Ж", "\ufb50", "\u0750", " ", "1", "\u064e", "\ud800", ".",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LANGUAGE_PIECES), max_size=30).map("".join))
def test_language_of_an_all_arabic_text_is_read_without_counting_its_letters(text: str) -> None:
    assert language.detect_language(text) == _reference_language(text)


_IDENTITY_PIECES = [
    " ", ".", "\n", "members", "of", "Members", "OF", "member", "belong", "to", "the", "attackers", "gunmen",
    "ينتمون", "ينتمي", "تابع", "تابعين", "المسلحون", "يعتقد", "انها", "İ", "Σ", "ς", "x",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_IDENTITY_PIECES), max_size=30).map("".join), st.data())
def test_identity_candidates_never_skip_a_sentence_with_an_identity_cue(
    text: str, data: st.DataObject
) -> None:
    cuts = sorted(set(data.draw(st.lists(st.integers(min_value=0, max_value=len(text)), max_size=6))))
    bounds = [0, *cuts, len(text)]
    spans = [(a, b) for a, b in pairwise(bounds) if b > a]
    maybe = identity_candidates(text, spans)
    for (a, b), candidate in zip(spans, maybe, strict=True):
        if not candidate:
            assert identity_cue(text[a:b]) is None


def test_identity_candidates_are_the_sentences_holding_a_cue() -> None:
    text = "the gunmen were members of x. it rained. المسلحون ينتمون الى y"
    spans = [(0, 29), (30, 40), (41, len(text))]
    assert identity_candidates(text, spans) == [True, False, True]
    assert identity_cue(text[0:29]) is not None and identity_cue(text[41:]) is not None
