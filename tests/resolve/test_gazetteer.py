from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.errors import GazetteerError
from marsad.resolve.gazetteer import load_gazetteer
from marsad.resolve.gazetteer_io import read_gazetteer, write_gazetteer
from marsad.resolve.gazetteer_keys import arabic_key, latin_key
from marsad.text.normalize import normalize_str


def test_bundled_gazetteer_has_every_governorate_of_syria_and_iraq() -> None:
    g = load_gazetteer()
    codes = {u.admin1_code for u in g.admin1_units()}
    assert {f"SY.{i:02d}" for i in range(1, 15)} <= codes
    assert {f"IQ.{i:02d}" for i in range(1, 20)} <= codes
    assert {"TR.63", "TR.83", "TR.90", "TR.31", "TR.72", "TR.80"} <= codes


def test_governorate_takes_its_seats_geonames_coordinates() -> None:
    g = load_gazetteer()
    unit, seat = g.admin1("SY.07"), g.get("geonames:170794")
    assert unit is not None and seat is not None
    assert (unit.latitude, unit.longitude) == (seat.latitude, seat.longitude)
    assert "geonames:170794" in unit.note


def test_every_curated_name_points_at_a_place_in_the_bundled_data() -> None:
    raw = resources.files("marsad.resolve").joinpath("data/names.toml").read_text("utf-8")
    g = load_gazetteer()
    for entry in tomllib.loads(raw)["place"]:
        place = g.get(f"geonames:{entry['id']}")
        assert place is not None, entry["id"]
        for name in entry["names"]:
            assert place in g.lookup(name), name


def test_every_area_target_exists() -> None:
    g = load_gazetteer()
    for area in g.rules.areas:
        assert all(g.get(t) is not None for t in area.targets), area.names


@pytest.mark.parametrize(
    ("name", "geonameid"),
    [
        ("Serêkaniyê", 165509),
        ("سري كانيه", 165509),
        ("Ra's al 'Ayn", 165509),
        ("Ras al-Ain", 165509),
        ("رأس العين", 165509),
        ("Kobanê", 172256),
        ("كري سبي", 163750),
        ("Qamişlo", 173377),
        ("Deir Ezzor", 170794),
        ("Dayr az-Zawr", 170794),
        ("Tirbespiyê", 165757),
        ("Dêrika Hemko", 173530),
    ],
)
def test_lookup_sees_kurdish_arabic_and_transliterated_spellings(name: str, geonameid: int) -> None:
    ids = {e.id for e in load_gazetteer().lookup(name)}
    assert f"geonames:{geonameid}" in ids


def test_place_names_leave_out_everyday_words() -> None:
    names = set(load_gazetteer().place_names())
    assert "القامشلي" in names and "Kobani" in names and "وادي الخابور" in names
    assert "الباب" not in names and "المدينة" not in names and "Hit" not in names


def test_gazetteer_file_round_trips(tmp_path: Path) -> None:
    entries = load_gazetteer().entries[:50]
    path = tmp_path / "g.tsv.gz"
    write_gazetteer(entries, path)
    assert read_gazetteer(path) == sorted(entries, key=lambda e: e.id)


def test_a_file_that_is_not_a_gazetteer_is_refused_with_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv.gz"
    path.write_bytes(b"not gzip")
    with pytest.raises(GazetteerError) as err:
        read_gazetteer(path)
    assert err.value.hint


def test_latin_keys_meet_across_article_vowel_and_doubling_variants() -> None:
    assert latin_key("Ra's al 'Ayn") == latin_key("Ras al-Ain")
    assert latin_key("Deir ez-Zor") == latin_key("Dayr az Zawr") == latin_key("Deir Ezzor")
    assert latin_key("Al Ḩasakah") == latin_key("Hassakeh")
    assert latin_key("Tall Abyaḑ") == latin_key("Tel Abyad")
    assert latin_key("Manbij") != latin_key("Jarablus")


_HARAKAT = st.sampled_from(["\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u0640"])


@given(
    st.lists(
        st.tuples(st.sampled_from(list("بتثجحخدذرزسشصضطظعغفقكلمنهوي")), st.lists(_HARAKAT, max_size=2)),
        min_size=2,
        max_size=8,
    )
)
def test_arabic_key_ignores_diacritics_and_tatweel(letters: list[tuple[str, list[str]]]) -> None:
    plain = "".join(ch for ch, _ in letters)
    marked = "".join(ch + "".join(marks) for ch, marks in letters)
    assert arabic_key(marked) == arabic_key(plain)
    assert arabic_key("ال" + plain) == arabic_key(plain) or len(normalize_str(plain)) <= 1
