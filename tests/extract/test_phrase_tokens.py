"""Tokens of the actor grammar: offsets from the shared per-word tokens, and proclitic-aware word sets."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from marsad.extract.phrases import AR_NOMINAL_PREFIX, load_grammar, tokenize, with_proclitics
from marsad.vocab import Language

_PATTERN = re.compile(r"\w+(?:[.'’-](?!s\b)\w+)*|[^\w\s]")
_TEXT = st.text(alphabet=st.sampled_from(list("وفبلالقتمسح abc.'-’،؟ 0123\n")), max_size=60)


@given(_TEXT)
def test_tokenize_starts_locate_each_token_where_the_pattern_matched_it(text: str) -> None:
    tokens, starts = tokenize(text)
    assert [(s, t.text) for s, t in zip(starts, tokens, strict=True)] == [
        (m.start(), m.group()) for m in _PATTERN.finditer(text)
    ]


def test_token_bare_drops_a_leading_conjunction_only_from_a_longer_word() -> None:
    tokens, _ = tokenize("وقتل وقد ولد")
    assert [t.bare for t in tokens] == ["قتل", "وقد", "ولد"]


@given(st.sampled_from(["", *AR_NOMINAL_PREFIX]), st.text(alphabet=st.sampled_from(list("قتلماصبة")),
                                                         min_size=1, max_size=5))
def test_with_proclitics_matches_a_word_behind_any_proclitic_cluster(prefix: str, word: str) -> None:
    words = frozenset({word})
    forms = [prefix + word] + [(prefix + word)[len(p):] for p in AR_NOMINAL_PREFIX
                               if (prefix + word).startswith(p) and len(prefix + word) - len(p) >= 3]
    assert ((prefix + word) in with_proclitics(words)) == any(f in words for f in forms)


def test_victim_nouns_are_found_behind_proclitics() -> None:
    grammar = load_grammar(Language.AR)
    assert "ومقتل" in grammar.victim_forms and "مقتل" in grammar.victim_forms
