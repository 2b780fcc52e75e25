from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from marsad.errors import NotFoundError
from marsad.model import Document, EventReport
from marsad.store import EVENT_FRAME_COLUMNS, EventFilter, Store
from marsad.vocab import Certainty, EventType

from .factories import make_document, make_event, make_extraction, make_place, make_report


def _stored_reports(store: Store, n: int) -> tuple[Document, list[EventReport]]:
    doc = make_document(1)
    store.add_documents([doc], run_id=None)
    reports = [make_report(doc, trigger_start=i * 3) for i in range(n)]
    store.save_extractions([make_extraction(doc, tuple(reports))], run_id=None)
    return doc, reports


def test_save_events_stores_the_event_and_assigns_its_reports(store: Store) -> None:
    _, (r1, r2, r3) = _stored_reports(store, 3)
    event = make_event("evt_1", (r1, r2), killed=(2, 5), place=make_place())
    store.save_events([event])
    assert store.get_event("evt_1") == event
    assert store.reports_for_event("evt_1") == sorted([r1, r2], key=lambda r: r.id)
    assert store.unassigned_reports(limit=None) == [r3]
    assert store.history() == []  # a new event is not a change


def test_saving_an_unchanged_event_writes_no_history(store: Store) -> None:
    _, (r1,) = _stored_reports(store, 1)
    event = make_event("evt_1", (r1,))
    store.save_events([event])
    store.save_events([event])
    assert store.history() == []


def test_a_changed_event_is_updated_with_a_history_row(store: Store) -> None:
    _, (r1, r2) = _stored_reports(store, 2)
    store.save_events([make_event("evt_1", (r1,), killed=(2,))])
    merged = make_event("evt_1", (r1, r2), killed=(2, 4))
    store.save_events([merged], actor="analyst", reason="same strike, two outlets")
    assert store.get_event("evt_1") == merged
    (change,) = store.history("evt_1")
    assert (change.entity, change.action, change.actor, change.reason) == (
        "event", "update", "analyst", "same strike, two outlets")
    assert change.old["report_ids"] == [r1.id]
    assert change.new["report_ids"] == [r1.id, r2.id]
    assert change.at.tzinfo is not None
    assert [e.killed_max for e in store.events_frame().itertuples()] == [4]


def test_moving_a_report_between_events_unassigns_it_from_the_old_one(store: Store) -> None:
    _, (r1, r2) = _stored_reports(store, 2)
    store.save_events([make_event("evt_a", (r1, r2))])
    store.save_events([make_event("evt_a", (r1,)), make_event("evt_b", (r2,))])
    assert store.reports_for_event("evt_a") == [r1]
    assert store.reports_for_event("evt_b") == [r2]
    store.save_events([make_event("evt_b", ())])
    assert store.unassigned_reports(limit=None) == [r2]


def test_events_naming_unknown_reports_are_not_saved(store: Store) -> None:
    doc, (r1,) = _stored_reports(store, 1)
    ghost = make_report(doc, trigger_start=90)
    with pytest.raises(NotFoundError, match="not stored"):
        store.save_events([make_event("evt_1", (r1,)), make_event("evt_2", (ghost,))])
    with pytest.raises(NotFoundError):
        store.get_event("evt_1")
    assert store.unassigned_reports(limit=None) == [r1]


def test_unknown_event_ids_raise_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.get_event("evt_missing")
    with pytest.raises(NotFoundError):
        store.reports_for_event("evt_missing")


@pytest.fixture
def catalogue(store: Store) -> Store:
    """Six events covering every filter dimension."""
    north = make_place("Tel Nahr", admin1="Wadi Governorate", admin2="Qasr District")
    south = make_place("Ain Sukkar", admin1="Sahil Governorate", admin2="Marfa District")
    store.save_events([
        make_event("evt_1", day=date(2024, 4, 1), place=north, perpetrator="Jaysh al-Sahil",
                   target="civilians", killed=(2,)),
        make_event("evt_2", day=date(2024, 4, 5), place=south, perpetrator="Liwa al-Nahr",
                   event_type=EventType.DRONE_STRIKE, certainty=Certainty.ALLEGED),
        make_event("evt_3", day=date(2024, 4, 5), place=north, target="JAYSH AL-SAHIL fighters",
                   event_type=EventType.ARMED_CLASH),
        make_event("evt_4", day=date(2024, 3, 28), end=date(2024, 4, 2), place=None,
                   place_text="قرية عين السكر", event_type=EventType.ABDUCTION),
        make_event("evt_5", day=date(2024, 4, 10), place=south, rejected=True),
        make_event("evt_6", day=None, place=north, certainty=Certainty.HISTORICAL),
    ])  # fmt: skip
    return store


def _ids(store: Store, **criteria: object) -> list[str]:
    return [e.id for e in store.query_events(EventFilter(**criteria))]  # type: ignore[arg-type]


def test_query_events_lists_newest_first_then_by_id_without_rejected(catalogue: Store) -> None:
    assert _ids(catalogue) == ["evt_2", "evt_3", "evt_1", "evt_4", "evt_6"]
    assert _ids(catalogue, include_rejected=True)[0] == "evt_5"
    assert catalogue.count_events(EventFilter()) == 5
    assert catalogue.count_events(EventFilter(include_rejected=True)) == 6


def test_query_events_date_range_matches_overlapping_events(catalogue: Store) -> None:
    assert _ids(catalogue, date_from=date(2024, 4, 2), date_to=date(2024, 4, 5)) == [
        "evt_2", "evt_3", "evt_4"]
    assert _ids(catalogue, date_from=date(2024, 4, 6)) == []
    assert _ids(catalogue, date_to=date(2024, 3, 31)) == ["evt_4"]


def test_query_events_filters_by_type_and_certainty(catalogue: Store) -> None:
    assert _ids(catalogue, event_types=[EventType.DRONE_STRIKE, EventType.ARMED_CLASH]) == ["evt_2", "evt_3"]
    assert _ids(catalogue, certainties=[Certainty.ALLEGED, Certainty.HISTORICAL]) == ["evt_2", "evt_6"]


def test_query_events_actor_matches_perpetrator_or_target_ignoring_case(catalogue: Store) -> None:
    assert _ids(catalogue, actor="jaysh al-sahil") == ["evt_3", "evt_1"]
    assert _ids(catalogue, actor="liwa") == ["evt_2"]
    assert _ids(catalogue, actor="100%_") == []  # LIKE wildcards are escaped


def test_query_events_area_matches_admin_names_or_place_text(catalogue: Store) -> None:
    assert _ids(catalogue, area="wadi") == ["evt_3", "evt_1", "evt_6"]
    assert _ids(catalogue, area="marfa district") == ["evt_2"]
    assert _ids(catalogue, area="عين السكر") == ["evt_4"]


def test_query_events_paginates_stably(catalogue: Store) -> None:
    pages = [_ids(catalogue, limit=2, offset=o) for o in (0, 2, 4)]
    assert pages == [["evt_2", "evt_3"], ["evt_1", "evt_4"], ["evt_6"]]
    assert _ids(catalogue, limit=None) == [i for page in pages for i in page]
    assert catalogue.count_events(EventFilter(limit=1)) == 5


def test_events_frame_has_one_flat_row_per_event(catalogue: Store) -> None:
    frame = catalogue.events_frame(EventFilter(area="wadi"))
    assert list(frame.columns) == list(EVENT_FRAME_COLUMNS)
    assert list(frame["id"]) == ["evt_3", "evt_1", "evt_6"]
    first = frame.set_index("id").loc["evt_1"]
    assert (first["admin1"], first["perpetrator"], first["killed_min"], first["killed_max"]) == (
        "Wadi Governorate", "Jaysh al-Sahil", 2, 2)
    assert str(first["date_start"].date()) == "2024-04-01"
    assert not first["rejected"]


def test_events_frame_of_no_events_still_has_the_columns(store: Store) -> None:
    frame = store.events_frame(EventFilter())
    assert frame.empty and list(frame.columns) == list(EVENT_FRAME_COLUMNS)


def test_event_columns_follow_the_record(store: Store) -> None:
    _, (r1, r2) = _stored_reports(store, 2)
    event = make_event("evt_1", (r1, r2), killed=(3, 7), place=make_place(admin1="Wadi Governorate"))
    store.save_events([event])
    assert store.events_frame().iloc[0]["killed_max"] == 7
    store.save_events([replace(event, rejected=True, ledger=())])
    assert store.events_frame().empty
    row = store.events_frame(EventFilter(include_rejected=True)).iloc[0]
    assert (row["n_reports"], bool(row["rejected"])) == (2, True)
    assert row["killed_max"] is None or row["killed_max"] != row["killed_max"]  # None or NaN
