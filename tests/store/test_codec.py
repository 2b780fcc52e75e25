from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.model import (
    ActorMention,
    Attribution,
    CasualtyFigure,
    Document,
    Event,
    EventDate,
    EventReport,
    Evidence,
    Place,
    PlaceMention,
    TextSpan,
)
from marsad.store.codec import from_json, to_json
from marsad.vocab import (
    ActorType,
    AttributionKind,
    CasualtyKind,
    Certainty,
    EventType,
    GeoPrecision,
    Language,
    Role,
    TimePrecision,
)

from .factories import make_document, make_event, make_place, make_report

texts = st.text(max_size=12)
ids = st.text(alphabet="abcdef0123456789_", min_size=1, max_size=10)
finite = st.floats(allow_nan=False, allow_infinity=False)


@st.composite
def spans(draw: st.DrawFn) -> TextSpan:
    start = draw(st.integers(0, 10_000))
    return TextSpan(start=start, end=start + draw(st.integers(0, 500)))


evidences = st.builds(Evidence, document_id=ids, span=spans(), quote=texts, producer=texts, note=texts)
places = st.builds(
    Place, id=ids, name=texts, name_ar=texts, latitude=finite, longitude=finite, country_code=texts,
    admin1=texts, admin2=texts, population=st.integers(0, 10**9), precision=st.sampled_from(GeoPrecision),
)
actor_mentions = st.builds(
    ActorMention, text=texts, role=st.sampled_from(Role), evidence=evidences,
    actor_id=st.none() | ids, name=texts, actor_type=st.sampled_from(ActorType),
)
event_dates = st.builds(
    EventDate, start=st.dates(), end=st.dates(), precision=st.sampled_from(TimePrecision),
    evidence=st.none() | evidences, resolved_from=st.sampled_from(["explicit", "relative", "publication"]),
)
event_reports = st.builds(
    EventReport,
    id=ids,
    document_id=ids,
    event_type=st.sampled_from(EventType),
    certainty=st.sampled_from(Certainty),
    trigger=evidences,
    sentence=evidences,
    perpetrator=st.none() | actor_mentions,
    target=st.none() | actor_mentions,
    places=st.lists(st.builds(PlaceMention, text=texts, evidence=evidences, qualifier=texts,
                              place=st.none() | places), max_size=3).map(tuple),
    date=st.none() | event_dates,
    casualties=st.lists(st.builds(CasualtyFigure, kind=st.sampled_from(CasualtyKind),
                                  value=st.integers(0, 10**6), evidence=evidences,
                                  approximate=st.booleans()), max_size=3).map(tuple),
    attributions=st.lists(st.builds(Attribution, kind=st.sampled_from(AttributionKind), source=texts,
                                    evidence=evidences, actor_id=st.none() | ids), max_size=2).map(tuple),
    certainty_evidence=st.none() | evidences,
    producer=texts,
)


@settings(max_examples=100, deadline=None)
@given(event_reports)
def test_codec_round_trips_generated_event_reports_through_json_text(report: EventReport) -> None:
    data = json.loads(json.dumps(to_json(report)))
    assert from_json(EventReport, data) == report


@given(st.datetimes(timezones=st.timezones() | st.just(UTC)))
def test_codec_round_trips_aware_datetimes_to_the_same_wall_time_and_offset(moment: datetime) -> None:
    doc = Document(id="doc_1", text="x", published=moment)
    back = from_json(Document, json.loads(json.dumps(to_json(doc))))
    assert back.published is not None
    # Same wall time and same offset: the same instant (zone names become fixed offsets).
    assert back.published.utcoffset() == moment.utcoffset()
    assert back.published.replace(tzinfo=None) == moment.replace(tzinfo=None)


def test_codec_writes_enums_as_their_values_and_reads_them_back_as_enums() -> None:
    place = make_place()
    data = to_json(place)
    assert data["precision"] == 1 and type(data["precision"]) is int  # IntEnum -> plain int
    report = make_report(make_document(), place=place, killed=2)
    encoded = to_json(report)
    assert encoded["event_type"] == "shelling" and type(encoded["event_type"]) is str
    back = from_json(EventReport, encoded)
    assert back.event_type is EventType.SHELLING
    assert back.places[0].place is not None and back.places[0].place.precision is GeoPrecision.TOWN


def test_codec_writes_dates_as_iso_text_and_tuples_as_lists() -> None:
    doc = make_document()
    data = to_json(doc)
    assert data["published"] == "2024-04-01T08:30:00+00:00"
    assert data["metadata"] == [["feed", "https://news.example/rss"], ["n", "0"]]
    assert data["language"] == "ar"
    assert from_json(Document, data) == doc
    event = make_event("evt_1", (make_report(doc),), day=date(2024, 4, 1), killed=(2, 3))
    assert to_json(event)["date"]["start"] == "2024-04-01"
    assert from_json(Event, to_json(event)) == event


def test_codec_reads_a_naive_datetime_as_utc() -> None:
    doc = Document(id="doc_1", text="x", fetched=datetime(2024, 4, 1, 8, 0))
    assert to_json(doc)["fetched"] == "2024-04-01T08:00:00+00:00"
    data = {"id": "doc_1", "text": "x", "fetched": "2024-04-01T08:00:00"}
    assert from_json(Document, data).fetched == datetime(2024, 4, 1, 8, 0, tzinfo=UTC)


def test_codec_fills_missing_optional_fields_with_defaults_and_ignores_unknown_keys() -> None:
    doc = from_json(Document, {"id": "doc_1", "text": "x", "added_later": 5})
    assert doc == Document(id="doc_1", text="x")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": "x"}, "missing field 'id'"),
        ({"id": "d", "text": "x", "language": "xx"}, "not a valid Language"),
        ({"id": "d", "text": 5}, "expected a string"),
        ({"id": "d", "text": "x", "published": 5}, "ISO datetime"),
        ({"id": "d", "text": "x", "metadata": [["a"]]}, "expected 2 items"),
    ],
)
def test_codec_rejects_malformed_data_with_the_field_path(data: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        from_json(Document, data)


def test_codec_keeps_record_validation() -> None:
    ev = to_json(Evidence(document_id="d", span=TextSpan(start=1, end=2), quote="q", producer="p"))
    ev["span"] = {"start": 5, "end": 1}
    with pytest.raises(ValueError, match="invalid span"):
        from_json(Evidence, ev)


def test_codec_accepts_ints_for_floats_and_refuses_bools_for_ints() -> None:
    data = to_json(make_place())
    data["latitude"] = 36
    assert from_json(Place, data).latitude == 36.0
    data["population"] = True
    with pytest.raises(ValueError, match="integer"):
        from_json(Place, data)


def test_codec_refuses_non_records() -> None:
    with pytest.raises(TypeError):
        to_json({"a": 1})
    with pytest.raises(TypeError):
        from_json(dict, {})


def test_codec_keeps_fixed_offsets() -> None:
    plus3 = timezone(timedelta(hours=3))
    doc = Document(id="d", text="x", published=datetime(2024, 4, 1, 11, 30, tzinfo=plus3))
    assert to_json(doc)["published"] == "2024-04-01T11:30:00+03:00"
    assert from_json(Document, to_json(doc)).published == datetime(2024, 4, 1, 8, 30, tzinfo=UTC)
    assert Language.AR.value == to_json(make_document())["language"]
