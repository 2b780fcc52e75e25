from __future__ import annotations

from pathlib import Path

import pytest

from marsad.errors import GazetteerError
from marsad.resolve.gazetteer import Gazetteer, bundled_entries
from marsad.resolve.gazetteer_build import build_extended, parse_geonames_line
from marsad.resolve.geocode import Geocoder

FIXTURES = Path(__file__).parent / "fixtures"
DUMP = FIXTURES / "SY_sample.txt"
ADMIN2 = FIXTURES / "admin2Codes_sample.txt"


def _built() -> Gazetteer:
    entries, _ = build_extended([DUMP, ADMIN2], bundled_entries())
    return Gazetteer(entries, source="test")


def test_build_adds_villages_from_a_geonames_dump_to_the_bundled_data() -> None:
    g = _built()
    assert g.get("geonames:9900001") is not None
    assert g.get("geonames:173811") is not None  # bundled rows stay
    assert [e.id for e in g.lookup("تل زنبق")] == ["geonames:9900001"]


def test_build_keeps_places_admin_units_and_camps_but_not_mountains_or_other_turkish_provinces() -> None:
    g = _built()
    assert g.get("geonames:9900006") is not None  # S.CMP
    assert g.get("geonames:9900005") is None  # T.MT
    assert g.get("geonames:9900009") is None  # TR.32 is not a border province
    district = g.admin2("SY.01.SY0103")
    assert district is not None and district.name == "Zanbaq District"


def test_build_merges_names_of_a_place_already_bundled() -> None:
    g = _built()
    qamishli = g.get("geonames:173377")
    assert qamishli is not None
    assert "Kobani" not in qamishli.names_other
    assert "Qamishlo" in qamishli.names_other  # curated name kept
    assert qamishli.admin2_code == "SY.01.SY0101"  # the dump's admin2 added


def test_extended_gazetteer_resolves_a_new_village_and_its_district() -> None:
    geocoder = Geocoder(_built())
    text = "قصفت مسيرة قرية خربة نوران في ريف الحسكة"
    [m] = geocoder.find_place_mentions(text, "d")[:1]
    [resolved] = geocoder.geocode_mentions([m], document_text=text)
    assert resolved.place is not None and resolved.place.id == "geonames:9900002"
    zanbaq = geocoder.resolve_name("Tell Zanbaq")
    assert zanbaq.place is not None and zanbaq.place.admin2 == "Zanbaq District"


def test_a_line_without_nineteen_columns_is_refused() -> None:
    with pytest.raises(GazetteerError, match="19"):
        parse_geonames_line("1\tA\tB", source="x.txt", lineno=1)


def test_ambiguous_village_from_the_dump_follows_the_named_governorate() -> None:
    geocoder = Geocoder(_built())
    hama = geocoder.resolve_name("قرية الورد", context="اشتباكات في قرية الورد بريف حماة")
    aleppo = geocoder.resolve_name("قرية الورد", context="اشتباكات في قرية الورد بريف حلب الشرقي")
    assert hama.place is not None and hama.place.id == "geonames:9900004"
    assert aleppo.place is not None and aleppo.place.id == "geonames:9900003"
