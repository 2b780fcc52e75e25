"""One shared automaton pass (MatcherSet) gives every matcher the hits of its own pass."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from marsad.text.match import LexiconMatcher, MatcherSet
from marsad.text.normalize import normalize

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
