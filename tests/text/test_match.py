"""Clitic-aware lexicon matching."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.text.match import LexiconMatcher
from marsad.text.normalize import normalize

_MATCHER = LexiconMatcher(
    [
        ("قصف", "shelling", True),
        ("الرقة", "raqqa", False),
        ("تل حلف", "tell_halaf", False),
        ("attack", "attack", True),
    ]
)


def _found(text: str) -> list[tuple[str, str]]:
    norm = normalize(text)
    return [(norm.quote(m.start, m.end), m.payload) for m in _MATCHER.find(norm)]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("وقصف الطيران", "وقصف"),  # و
        ("بقصف مدفعي", "بقصف"),  # ب
        ("القصف المدفعي", "القصف"),  # article
        ("وبالقصف", "وبالقصف"),  # و + ب + article
        ("للقصف", "للقصف"),  # ل + article
        ("قصفين", "قصفين"),  # dual ending (inflect=True)
    ],
)
def test_matcher_sees_through_clitics(text: str, quote: str) -> None:
    assert _found(text) == [(quote, "shelling")]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("في الرقة", "الرقة"),
        ("والرقة", "والرقة"),
        ("بالرقة", "بالرقة"),
        ("للرقة", "للرقة"),  # ل + الرقة: the article's alef drops
        ("وللرقة", "وللرقة"),
    ],
)
def test_matcher_finds_article_names_after_prepositions(text: str, quote: str) -> None:
    assert _found(text) == [(quote, "raqqa")]


@pytest.mark.parametrize(
    "text",
    [
        "مقصف الجامعة",  # cafeteria: م is no clitic
        "قصفناهمو",  # suffix chain not in the grammar
        "بللرقة",  # ب before ل + article is no clitic chain
        "الرقةالجديدة",  # glued to another word
        "counterattack",  # Latin names take no prefix
        "attacker",  # no such English suffix
    ],
)
def test_matcher_does_not_match_inside_unrelated_words(text: str) -> None:
    assert _found(text) == []


def test_matcher_keeps_names_without_suffixes() -> None:
    assert _found("الرقتين") == []  # inflect=False: no dual ending on a name


def test_matcher_finds_multiword_entries_and_english_inflections() -> None:
    assert _found("وصل إلى تل حلف ثم attacked") == [("تل حلف", "tell_halaf"), ("attacked", "attack")]


_CLITICS = ["", "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "فال", "وب", "لل"]


@given(st.sampled_from(_CLITICS), st.sampled_from(["", " ", "، "]))
def test_matcher_finds_any_clitic_chain(prefix: str, before: str) -> None:
    text = f"كلمة{before}{prefix}قصف" if before else f"{prefix}قصف"
    found = _found(text)
    assert found == [(prefix + "قصف", "shelling")]


@given(st.text(alphabet="جحخهعغمنتثص", min_size=1, max_size=3))
def test_matcher_rejects_non_clitic_letters_before(junk: str) -> None:
    assert _found(junk + "قصف") == []
