"""Place names with an article glued to a later word ("the village of Um al-Kaif"), a title as the first
word of an Arabic name ("حي الشيخ مقصود"), and a nationality adjective after "in" that is no place ("in
Turkish shelling"). Invented places."""

from __future__ import annotations

import pytest

from marsad.extract.places import PlaceMentionFinder
from marsad.vocab import Language
from tests.extract.sentence_helpers import sentence


@pytest.fixture(scope="module")
def finder() -> PlaceMentionFinder:
    return PlaceMentionFinder()


def _names(finder: PlaceMentionFinder, text: str, language: Language) -> list[str]:
    return [m.text for m in finder.find(sentence(text, language))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shells hit the village of Um al-Qasab on Friday.", ["Um al-Qasab"]),
        ("Two civilians were killed in Turkish shelling on the village of Tell Qaswa.", ["Tell Qaswa"]),
        ("A woman was wounded in Iranian drone strikes near Tell Qaswa.", ["Tell Qaswa"]),
    ],
)
def test_english_article_parts_and_adjectives(
    finder: PlaceMentionFinder, text: str, expected: list[str]
) -> None:
    assert _names(finder, text, Language.EN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سقطت قذيفة على حي الشيخ قاسم في المدينة.", ["الشيخ قاسم"]),
        ("قتل مسلحون مزارعا في قرية شيخ عبدو.", ["شيخ عبدو"]),
    ],
)
def test_arabic_names_opened_by_a_title(finder: PlaceMentionFinder, text: str, expected: list[str]) -> None:
    assert _names(finder, text, Language.AR) == expected
