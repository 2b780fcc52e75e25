"""Sentence splitting over the original text."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from marsad.model import TextSpan
from marsad.text import sentences
from marsad.text.sentences import split_sentences


def _sentences(text: str, max_chars: int = 1000) -> list[str]:
    return [s.of(text) for s in split_sentences(text, max_chars=max_chars)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل شخص. وأصيب آخر", ["قتل شخص.", "وأصيب آخر"]),
        ("هل قتل أحد؟ لا أحد", ["هل قتل أحد؟", "لا أحد"]),
        ("انفجار! ثم صمت", ["انفجار!", "ثم صمت"]),
        ("قال المرصد۔ ثم نفى", ["قال المرصد۔", "ثم نفى"]),
        ("انتهى… وبدأ", ["انتهى…", "وبدأ"]),
        ("انتهى... وبدأ", ["انتهى...", "وبدأ"]),
        ("سطر أول\nسطر ثان", ["سطر أول", "سطر ثان"]),
        ("فقرة\n\nفقرة أخرى", ["فقرة", "فقرة أخرى"]),
        ("سطر\r\nسطر\u2029سطر", ["سطر", "سطر", "سطر"]),  # CRLF and the Unicode paragraph separator
        ("قصف البلدة؛ ونزح السكان.", ["قصف البلدة؛ ونزح السكان."]),  # ؛ is no boundary
        ("قتل 3.5 بالمئة منهم. ثم", ["قتل 3.5 بالمئة منهم.", "ثم"]),
        ("قتل ٣٫٥ بالمئة", ["قتل ٣٫٥ بالمئة"]),
        ("وقال د. أحمد إن القصف استمر.", ["وقال د. أحمد إن القصف استمر."]),  # Arabic initial
        ("قال «انسحبوا!» ثم غادر", ["قال «انسحبوا!»", "ثم غادر"]),
        ("انتهى.وقال المرصد", ["انتهى.", "وقال المرصد"]),  # no space before an Arabic letter
    ],
)
def test_split_sentences_arabic(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gen. Smith met Lt. Col. Jones. They talked.", ["Gen. Smith met Lt. Col. Jones.", "They talked."]),
        ("Mr. Ali and Dr. Omar left. Then", ["Mr. Ali and Dr. Omar left.", "Then"]),
        ("The U.S. and U.N. agreed. Talks", ["The U.S. and U.N. agreed.", "Talks"]),
        ("At 3 p.m. the strike hit. Later", ["At 3 p.m. the strike hit.", "Later"]),
        ("On Jan. 12 and Feb. 3 it rained.", ["On Jan. 12 and Feb. 3 it rained."]),
        ("Road No. 4 was shut.", ["Road No. 4 was shut."]),
        ("J. R. Smith wrote it. He", ["J. R. Smith wrote it.", "He"]),
        ('He said "Stop!" and left. They', ['He said "Stop!" and left.', "They"]),
        ('He left. "We stay," she said.', ["He left.", '"We stay," she said.']),
        ("He said no. Then left.", ["He said no.", "Then left."]),
        ("See example.com for more. OK", ["See example.com for more.", "OK"]),
        ("He left (really!). Then", ["He left (really!).", "Then"]),
        ("Killed 2.5 km away? Yes.", ["Killed 2.5 km away?", "Yes."]),
    ],
)
def test_split_sentences_english(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_split_sentences_spans_index_the_original_text() -> None:
    text = "  أولى.   ثانية!\n  ثالثة  "
    spans = split_sentences(text)
    assert [(s.start, s.end) for s in spans] == [(2, 7), (10, 16), (19, 24)]


def test_split_sentences_cuts_long_runs_at_the_last_space() -> None:
    text = " ".join(["كلمة"] * 100)  # 499 characters, no punctuation
    pieces = _sentences(text, max_chars=50)
    assert all(len(p) <= 50 for p in pieces)
    assert all(p.split() == ["كلمة"] * len(p.split()) for p in pieces)  # no word cut in two
    assert " ".join(pieces) == text


def test_split_sentences_cuts_long_runs_after_a_comma() -> None:
    text = "أ" * 30 + "،" + "ب" * 30
    assert _sentences(text, max_chars=40) == ["أ" * 30 + "،", "ب" * 30]


def test_split_sentences_cuts_a_run_without_spaces_hard() -> None:
    text = "x" * 2500
    assert [len(p) for p in _sentences(text)] == [1000, 1000, 500]


def test_split_sentences_handles_a_megabyte_without_punctuation() -> None:
    text = "word " * 200_000
    spans = split_sentences(text)
    assert all(len(s) <= 1000 for s in spans)
    assert sum(len(s) for s in spans) == len(text.strip()) - (len(spans) - 1)


def test_split_sentences_of_blank_text_is_empty() -> None:
    assert split_sentences("  \n\n  ") == []


_PIECES = st.sampled_from(
    [
        "قتل",
        "شخص",
        "Mr.",
        "U.S.",
        "3.5",
        ".",
        "!",
        "؟",
        "…",
        "\n",
        " ",
        "  ",
        "،",
        "؛",
        '"',
        "»",
        "a",
        "B",
        "x.",
    ]
)


@given(st.lists(_PIECES, max_size=40).map("".join), st.integers(min_value=1, max_value=30))
def test_split_sentences_covers_every_non_space_character_once(text: str, max_chars: int) -> None:
    spans = split_sentences(text, max_chars=max_chars)
    covered = [False] * len(text)
    previous_end = 0
    for s in spans:
        assert previous_end <= s.start < s.end <= len(text)
        assert len(s) <= max_chars
        piece = s.of(text)
        assert piece == piece.strip()
        for k in range(s.start, s.end):
            covered[k] = True
        previous_end = s.end
    assert all(covered[k] or text[k].isspace() for k in range(len(text)))


# ---------------------------------------------------------------- the fast paths read as the plain loop
_PIECES = [
    " ", "  ", "\t", "\u00a0", "\n", "\u2029", ".", "..", "!", "?", "\u061f", "\u06d4", "\u2026", "!?",
    "\"", "'", "\u201d", "\u00bb", ")", "]", "a", "b", "J", "U", "S", "x", "3", "5", "\u00b2", "\u00bd",
    "_", ",", "\u060c", "\u0628", "\u0645", "\u062f", "\u064e", "Gen", "Jan", "Mr", "e.g", "he",
    "\u0642\u0631\u064a\u0629", "\u0643\u0641\u0631 \u062d\u0627\u0645\u062f", "Stop", "U.S", "a.m",
]


def _reference_word_before(text: str, end: int) -> tuple[int, str]:
    k = end
    while k > 0 and end - k <= sentences._MAX_ABBREVIATION and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    return k, text[k:end]


def _reference_split(text: str, max_chars: int) -> list[TextSpan]:
    out: list[TextSpan] = []
    start = 0
    for m in sentences._TERMINATORS.finditer(text):
        if m.start() < start:
            continue
        end = sentences._boundary_end(text, m)
        if end is None:
            continue
        s, e = sentences._trimmed(text, start, end)
        if e > s:
            sentences._cut_long(text, s, e, max_chars, out)
        start = m.end() if m.group() in sentences._NEWLINES else end
    s, e = sentences._trimmed(text, start, len(text))
    if e > s:
        sentences._cut_long(text, s, e, max_chars, out)
    return out


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60), st.integers(min_value=1, max_value=40))
@example(["Stop", ".", " ", "he", "!", "  ", "x", ".", " ", "U.S", ".", " ", "Gen", ".", " ", "J"], 40)
@example(["\u0642\u0631\u064a\u0629", ".", " ", "\u062f", ".", " ", "\u00b2", ".", " ", "a", "?", "'"], 5)
def test_split_sentences_fast_paths_split_as_the_plain_loop(pieces: list[str], max_chars: int) -> None:
    text = "".join(pieces)
    assert split_sentences(text, max_chars=max_chars) == _reference_split(text, max_chars)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20))
def test_word_before_a_dot_is_the_letter_loop_run(pieces: list[str]) -> None:
    text = "".join(pieces)
    for end in range(len(text) + 1):
        assert sentences._word_before(text, end) == _reference_word_before(text, end)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
@example(["\n", ".", ".", "\u2029", "!", "?", "\n", "\n", "\u2026", "a"])
def test_terminator_pattern_finds_what_the_plain_alternation_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    plain = re.compile(r"[\n\u2028\u2029]|[.!?\u061f\u06d4\u2026]+")
    assert [m.span() for m in sentences._TERMINATORS.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]
