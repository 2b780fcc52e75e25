"""Tokens, clitic stripping and the candidate-word finder shared by numbers and dates."""

from __future__ import annotations

import pytest

from marsad.text.normalize import normalize_str
from marsad.text.tokens import Tokens, WordFinder, strip_clitics

_KNOWN = frozenset({"ثلاثه", "امس", "الاحد", "ست"})


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("ثلاثه", ("", "ثلاثه")),
        ("وثلاثه", ("و", "ثلاثه")),
        ("بالامس", ("بال", "امس")),
        ("والاحد", ("و", "الاحد")),
        ("لست", ("ل", "ست")),  # stripping is mechanical; callers decide what a short base may take
        ("مثلاثه", None),  # م is no clitic
        ("كتاب", None),
    ],
)
def test_strip_clitics_finds_a_known_base(word: str, expected: tuple[str, str] | None) -> None:
    assert strip_clitics(word, _KNOWN) == expected


def test_tokens_reads_words_and_digit_groups_lazily() -> None:
    text = normalize_str("قتل 1,200 شخص و3.5 كم")
    tokens = Tokens(text)
    assert tokens.built == 0
    assert tokens.has(1) and tokens.built == 2
    assert [t.text for t in (tokens[0], tokens[1])] == ["قتل", "1,200"]
    assert tokens[1].digits and not tokens[0].digits
    assert tokens.has(5) and not tokens.has(6) and not tokens.has(-1)
    assert [t.text for t in tokens] == ["قتل", "1,200", "شخص", "و", "3.5", "كم"]


def test_word_finder_returns_starts_of_whole_words_with_clitics() -> None:
    finder = WordFinder(["امس", "ثلاثه"])
    text = normalize_str("وأمس قتل ثلاثة واستمسك 12 و٣")
    starts = finder.starts(text)
    assert [text[s : s + 4] for s in starts] == ["وامس", "ثلاث", "12 و", "3"]


def test_word_finder_skips_digits_inside_groups_and_decimals() -> None:
    text = "1,200 and 3.5"
    assert WordFinder([]).starts(text) == [0, 10]
