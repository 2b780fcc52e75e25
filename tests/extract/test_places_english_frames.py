"""English place names no list knows, read from their frame: situation-report lines, a place-type noun
after the name, and names joined by "and" (invented places)."""

from __future__ import annotations

import pytest

from marsad.extract.places import PlaceMentionFinder
from marsad.vocab import Language

from .sentence_helpers import sentence


@pytest.fixture(scope="module")
def finder() -> PlaceMentionFinder:
    return PlaceMentionFinder()


def _names(finder: PlaceMentionFinder, text: str) -> list[str]:
    return [m.text for m in finder.find(sentence(text, Language.EN))]


def test_a_sitrep_line_names_its_place_and_province(finder: PlaceMentionFinder) -> None:
    text = "14 Oct, Al-Qasrawi (Wardan): an IED detonated against a police vehicle; 1 killed, 3 injured."
    assert _names(finder, text) == ["Al-Qasrawi", "Wardan"]


def test_a_sitrep_line_after_a_heading_names_its_place(finder: PlaceMentionFinder) -> None:
    text = "Notable incidents: 06 Jul, Tell Zanbaq: an IED was detected near the main road."
    assert _names(finder, text) == ["Tell Zanbaq"]


def test_a_colon_without_a_day_names_no_place(finder: PlaceMentionFinder) -> None:
    assert _names(finder, "Police spokesman Karwan: the patrol was attacked at dawn.") == []


def test_a_name_before_a_district_noun_is_a_place(finder: PlaceMentionFinder) -> None:
    assert _names(finder, "Police arrested two men in the Zarqan district on Monday.") == ["Zarqan"]


def test_a_name_before_an_oil_field_is_a_place(finder: PlaceMentionFinder) -> None:
    assert _names(finder, "Drones struck the Kafr Zantar oil field overnight.") == ["Kafr Zantar"]


def test_a_nationality_before_a_type_noun_is_no_place(finder: PlaceMentionFinder) -> None:
    assert _names(finder, "Shepherds were abducted in the Syrian desert overnight.") == []


def test_an_acronym_before_an_area_is_an_actor_not_a_place(finder: PlaceMentionFinder) -> None:
    assert _names(finder, "Shells fell on the SDF area overnight.") == []


def test_names_joined_by_and_are_both_places(finder: PlaceMentionFinder) -> None:
    text = "Militants attacked positions in Dhibanat and al-Zawra on Monday."
    assert _names(finder, text) == ["Dhibanat", "al-Zawra"]


def test_a_weekday_possessive_is_no_place(finder: PlaceMentionFinder) -> None:
    assert "Wednesday's" not in _names(finder, "No one was hurt in Wednesday's attack.")


def test_the_streets_of_a_town_name_it(finder: PlaceMentionFinder) -> None:
    assert _names(finder, "Hundreds took to the streets of Zanbaqiya on Sunday.") == ["Zanbaqiya"]


def test_a_named_part_of_a_place_comes_with_the_place(finder: PlaceMentionFinder) -> None:
    text = "A bomb exploded in the Tarfa neighbourhood of Wadi Sumr on Wednesday, wounding three people."
    assert _names(finder, text) == ["Tarfa", "Wadi Sumr"]
    assert _names(finder, "Gunmen shot dead a trader in the Qasrin quarter of Tell Barud.") == [
        "Qasrin", "Tell Barud"]


def test_an_unnamed_part_of_a_place_is_no_place(finder: PlaceMentionFinder) -> None:
    assert _names(finder, "Gunmen shot dead a trader in the old quarter of Tell Barud.") == ["Tell Barud"]
