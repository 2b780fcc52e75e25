"""text.match.alternation: a regex source for a list of literal words."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from marsad.text.match import alternation

words = st.lists(st.text(alphabet="ab.*(+ ?|قتل", min_size=1, max_size=6), max_size=6)


@given(words)
def test_every_word_matches_whole_and_literally(ws: list[str]) -> None:
    pattern = re.compile(alternation(ws))
    for w in ws:
        found = pattern.match(w)
        assert found is not None and len(found.group()) == len(w)  # longest first: never a shorter word


def test_a_phrase_wins_over_its_first_word_and_no_words_match_nothing() -> None:
    assert re.search(alternation(["died", "died of"]), "he died of wounds").group() == "died of"  # type: ignore[union-attr]
    assert re.search(alternation([]), "anything") is None
