"""One shared automaton pass (MatcherSet) gives every matcher the hits of its own pass."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from marsad.text.dates import date_word_finder
from marsad.text.match import LexiconMatcher, MatcherSet
from marsad.text.normalize import normalize
from marsad.text.numbers import number_word_finder
from marsad.text.tokens import WordFinder

_SHELLING = LexiconMatcher([("قصف", "shelling", True), ("قصف مدفعي", "artillery", True)])
_PLACES = LexiconMatcher([("الرقة", "raqqa", False), ("تل حلف", "tell_halaf", False), ("قصف", "qasf", False)])
_EMPTY: LexiconMatcher[str] = LexiconMatcher([])

_WORDS = ["قصف", "مدفعي", "الرقة", "للرقة", "وبالقصف", "تل", "حلف", "قصفين", "يقصف", "في", ".", "،"]
sentences = st.lists(st.sampled_from(_WORDS), max_size=20).map(" ".join)


def _reading(matcher: LexiconMatcher[str], text: str, bounds: list[tuple[int, int]]) -> list[object]:
    return [(matcher.find_in(text, a, b), matcher.find_all_in(text, a, b)) for a, b in bounds]


@given(sentences, st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), max_size=5))
def test_primed_matchers_read_what_their_own_pass_reads(raw: str, cuts: list[tuple[int, int]]) -> None:
    text = normalize(raw).text
    bounds = [(min(a, b, len(text)), min(max(a, b), len(text))) for a, b in cuts] + [(0, len(text))]
    alone = [_reading(m, text, bounds) for m in (_SHELLING, _PLACES, _EMPTY)]
    shared = "".join(text)  # another string object: the matchers' own caches do not apply to it
    MatcherSet([_SHELLING, _PLACES, _EMPTY, _SHELLING]).scan(shared)
    assert [_reading(m, shared, bounds) for m in (_SHELLING, _PLACES, _EMPTY)] == alone


def test_a_pattern_in_two_matchers_reaches_both() -> None:
    text = normalize("وقصف الطيران الرقة وقصف مدفعي").text
    MatcherSet([_SHELLING, _PLACES]).scan(text)
    assert [m.payload for m in _SHELLING.find_in(text, 0, len(text))] == ["shelling", "artillery"]
    assert [m.payload for m in _PLACES.find_in(text, 0, len(text))] == ["qasf", "raqqa", "qasf"]


_FINDER = WordFinder(["يوم", "شهر", "امس", "three"])
_DATE_WORDS = [
    "يوم", "اليوم", "باليوم", "يومين", "شهر", "الشهر", "امس", "وامس", "three", "12", "1,200", "3.5",
]
texts = st.lists(st.sampled_from(_DATE_WORDS + _WORDS), max_size=20).map(" ".join)


@given(texts)
def test_primed_word_finders_find_the_starts_of_their_own_pass(raw: str) -> None:
    text = normalize(raw).text
    alone = [_FINDER.starts(text), date_word_finder().starts(text), number_word_finder("ar").starts(text)]
    shared = "".join(text)
    MatcherSet([_SHELLING, _FINDER, date_word_finder(), number_word_finder("ar")]).scan(shared)
    assert [_FINDER.starts(shared), date_word_finder().starts(shared),
            number_word_finder("ar").starts(shared)] == alone


def test_a_word_finder_reads_the_shared_pass_only_for_the_scanned_text() -> None:
    text = normalize("قصف امس 12 يوما").text  # "يوما" is no finder word
    MatcherSet([_SHELLING, _FINDER]).scan(text)
    assert _FINDER.starts(text) == [4, 8]
    other = "".join(text)  # equal text, another object: the finder's own pass
    assert _FINDER.starts(other) == [4, 8]
    assert _FINDER.starts("امس") == [0]
