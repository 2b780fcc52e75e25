from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.model import Evidence, PlaceMention, TextSpan
from marsad.resolve.gazetteer import gazetteer_from_entries, load_gazetteer
from marsad.resolve.gazetteer_record import GazetteerEntry
from marsad.resolve.geocode import PRODUCER, Geocoder
from marsad.vocab import GeoPrecision


def _entry(gid: int, name: str, ar: str, lat: float, lon: float, admin1: str, **kw: object) -> GazetteerEntry:
    return GazetteerEntry(
        id=f"geonames:{gid}",
        geonameid=gid,
        name=name,
        ascii_name=name,
        names_ar=(ar,),
        latitude=lat,
        longitude=lon,
        country=admin1[:2],
        admin1_code=admin1,
        **kw,
    )  # type: ignore[arg-type]


def _unit(code: str, name: str, ar: str, lat: float, lon: float) -> GazetteerEntry:
    return GazetteerEntry(
        id=f"admin1:{code}",
        geonameid=0,
        name=name,
        names_ar=(ar,),
        latitude=lat,
        longitude=lon,
        country=code[:2],
        admin1_code=code,
        feature_class="A",
        feature_code="ADM1",
    )


# An invented country: two governorates, each seat a town; one village name in both.
INVENTED = [
    _unit("SY.91", "Nahrin", "نهرين", 36.0, 40.0),
    _entry(1, "Nahrin", "نهرين", 36.0, 40.0, "SY.91", feature_code="PPLA", population=90000),
    _unit("SY.92", "Jabalan", "جبلان", 34.0, 37.0),
    _entry(2, "Jabalan", "جبلان", 34.0, 37.0, "SY.92", feature_code="PPLA", population=80000),
    _entry(3, "Umm Zuhur", "أم زهور", 36.2, 40.3, "SY.91", population=300),
    _entry(4, "Umm Zuhur", "أم زهور", 34.1, 37.2, "SY.92", population=5000),
    _entry(5, "Tall Kharnub", "تل خرنوب", 36.25, 40.35, "SY.91", population=700),
    _entry(6, "Ra’s al ‘Ayn Ṣaghīr", "رأس العين الصغير", 36.5, 40.5, "SY.91"),
]


def _geocoder() -> Geocoder:
    return Geocoder(gazetteer_from_entries(INVENTED))


def _mention(text: str, name: str, nth: int = 0) -> PlaceMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    span = TextSpan(start=start, end=start + len(name))
    return PlaceMention(
        text=name, evidence=Evidence(document_id="d", span=span, quote=name, producer=PRODUCER)
    )


def test_ambiguous_village_follows_the_governorate_named_in_the_document() -> None:
    text = "قصف على قرية أم زهور بريف نهرين الشرقي"
    [m] = _geocoder().geocode_mentions([_mention(text, "أم زهور")], document_text=text)
    assert m.place is not None and m.place.id == "geonames:3"
    assert "Nahrin" in m.resolution_note


def test_ambiguous_village_without_context_takes_the_larger_place() -> None:
    text = "انفجار في أم زهور"
    [m] = _geocoder().geocode_mentions([_mention(text, "أم زهور")], document_text=text)
    assert m.place is not None and m.place.id == "geonames:4"


def test_ambiguous_village_follows_a_nearby_town_named_in_the_document() -> None:
    text = "Clashes in Umm Zuhur and Tall Kharnub"
    [m] = _geocoder().geocode_mentions([_mention(text, "Umm Zuhur")], document_text=text)
    assert m.place is not None and m.place.id == "geonames:3"
    assert "km from another place" in m.resolution_note


def test_countryside_of_a_governorate_seat_is_the_governorate_at_precision_3() -> None:
    text = "غارات على ريف نهرين الشرقي"
    [m] = _geocoder().geocode_mentions([_mention(text, "نهرين")], document_text=text)
    assert m.place is not None and m.place.id == "admin1:SY.91"
    assert m.place.precision is GeoPrecision.REGION
    assert m.qualifier == "countryside east"


def test_near_a_town_is_precision_2_at_the_town() -> None:
    text = "Shells fell near Tall Kharnub"
    [m] = _geocoder().geocode_mentions([_mention(text, "Tall Kharnub")], document_text=text)
    assert m.place is not None and m.place.id == "geonames:5" and m.place.precision is GeoPrecision.NEAR_TOWN


def test_between_two_towns_gives_both_precision_2() -> None:
    text = "اشتباكات بين نهرين وتل خرنوب"
    found = _geocoder().geocode_mentions(
        [_mention(text, "نهرين"), _mention(text, "تل خرنوب")], document_text=text
    )
    assert [m.place.precision for m in found if m.place] == [GeoPrecision.NEAR_TOWN, GeoPrecision.NEAR_TOWN]


def test_governorate_word_makes_a_seat_name_the_governorate() -> None:
    text = "Unrest spread across Jabalan province"
    [m] = _geocoder().geocode_mentions([_mention(text, "Jabalan")], document_text=text)
    assert m.place is not None and m.place.id == "admin1:SY.92" and m.place.precision is GeoPrecision.REGION


def test_bare_seat_name_is_the_town() -> None:
    text = "A bomb exploded in Jabalan"
    [m] = _geocoder().geocode_mentions([_mention(text, "Jabalan")], document_text=text)
    assert m.place is not None and m.place.id == "geonames:2" and m.place.precision is GeoPrecision.TOWN


def test_unknown_name_stays_unresolved_while_the_others_resolve() -> None:
    text = "Fighting in Zarzouriyya and Tall Kharnub"
    unknown, known = _geocoder().geocode_mentions(
        [_mention(text, "Zarzouriyya"), _mention(text, "Tall Kharnub")], document_text=text
    )
    assert unknown.place is None and "not in the gazetteer" in unknown.resolution_note
    assert unknown.evidence.span == TextSpan(start=12, end=23)
    assert known.place is not None and known.place.id == "geonames:5"


def test_transliteration_variants_and_spelling_slips_resolve() -> None:
    g = _geocoder()
    for spelling in ("Ras al-Ain Saghir", "Ra's al 'Ayn as-Saghir", "Ras el Ain Sagheer"):
        m = g.resolve_name(spelling)
        assert m.place is not None and m.place.id == "geonames:6", spelling
    slip = g.resolve_name("Tall Kharnoob")
    assert slip.place is not None and slip.place.id == "geonames:5"


def test_clitics_on_an_arabic_mention_are_seen_through() -> None:
    m = _geocoder().resolve_name("وبتل خرنوب")
    assert m.place is not None and m.place.id == "geonames:5"


def test_find_place_mentions_quotes_the_original_text_and_reads_qualifiers() -> None:
    g = _geocoder()
    text = "قُتل مدنيان في أُم زهور بريفِ نهرين الشرقي، وقرب تل خرنوب."
    found = g.find_place_mentions(text, "doc1")
    assert [m.evidence.quote for m in found] == ["أُم زهور", "نهرين", "تل خرنوب"]
    assert all(text[m.evidence.span.start : m.evidence.span.end] == m.evidence.quote for m in found)
    assert [m.qualifier for m in found] == ["", "countryside east", "near"]
    assert all(m.evidence.producer == "resolve.geocode.v1" for m in found)


def test_everyday_word_names_need_a_place_word_before_them() -> None:
    g = Geocoder(load_gazetteer())
    assert [m.text for m in g.find_place_mentions("فتح الباب أمام المفاوضات", "d")] == []
    found = g.find_place_mentions("انفجار في مدينة الباب شرق حلب", "d")
    assert "الباب" in [m.text for m in found]


def test_named_area_resolves_to_its_admin_unit() -> None:
    g = Geocoder(load_gazetteer())
    m = g.resolve_name("وادي الخابور")
    assert m.place is not None and m.place.id == "admin1:SY.01" and m.place.precision is GeoPrecision.REGION
    east = g.resolve_name("شرق الفرات", context="هجمات في شرق الفرات بريف الرقة")
    assert east.place is not None and east.place.admin1_code == "SY.04"


_FILLER = st.sampled_from(["قصف على ", "Clashes near ", " و ", " في ريف ", ", ", "مقتل شخص في ", " and "])
_NAMES = st.sampled_from(["نهرين", "أم زهور", "Tall Kharnub", "Umm Zuhur", "Jabalan", "تل خرنوب"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_FILLER, _NAMES), min_size=1, max_size=6))
def test_every_found_mention_quotes_its_span_and_resolves(parts: list[tuple[str, str]]) -> None:
    text = "".join(f + n for f, n in parts) + "."
    g = _geocoder()
    found = g.geocode_mentions(g.find_place_mentions(text, "d"), document_text=text)
    assert found
    for m in found:
        assert text[m.evidence.span.start : m.evidence.span.end] == m.evidence.quote
        assert m.place is not None
