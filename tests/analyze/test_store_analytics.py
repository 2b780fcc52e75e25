from __future__ import annotations

from dataclasses import replace
from datetime import date

from marsad.analyze.fetch import count_series, date_span, split_series, volume_series
from marsad.analyze.periods import Period
from marsad.analyze.rules import COUNTED_CERTAINTIES
from marsad.analyze.tally import claim_query, compare_claim, tally_records
from marsad.store import Store
from marsad.store.analytics import EventQuery, document_counts, event_ids, event_rows, tally_rows
from marsad.vocab import Certainty, EventType
from tests.analyze.builders import add_documents, add_tally_claim, insert_events, make_event
from tests.store.conftest import backend, pg_databases, pg_module_url, store, store_url

# every test here runs on SQLite and on PostgreSQL (the store's contract fixtures)
__all__ = ["backend", "pg_databases", "pg_module_url", "store", "store_url"]

COUNTED = EventQuery(certainties=COUNTED_CERTAINTIES)


def _fill(store: Store) -> None:
    insert_events(store, [
        make_event(1, day=date(2024, 4, 3), killed=(2, 5)),
        make_event(2, day=date(2024, 4, 20), killed=(1,), injured=(3, 4), reports=3),
        make_event(3, day=date(2024, 4, 21), event_type=EventType.MINE_IED, area="Jabal"),
        make_event(4, day=date(2024, 5, 2)),
        make_event(5, day=date(2024, 4, 9), certainty=Certainty.DENIED),
        make_event(6, day=date(2024, 4, 9), rejected=True),
        make_event(7, day=None),
        make_event(8, day=date(2024, 4, 5), event_type=EventType.THREATEN, certainty=Certainty.THREATENED,
                   perpetrator="Northern Army", target="Desert Cells"),
    ])


def test_tally_by_month_and_type_with_casualty_ranges(store: Store) -> None:
    _fill(store)
    rows = tally_rows(store.engine, COUNTED, ("month", "type"))
    got = {r.key: (r.events, r.killed_min, r.killed_max, r.injured_min, r.injured_max, r.reports)
           for r in rows}
    assert got[("2024-04", "armed_attack")] == (2, 3, 6, 3, 4, 4)
    assert got[("2024-04", "mine_ied")][0] == 1
    assert got[("2024-04", "threaten")][0] == 1
    assert got[("2024-05", "armed_attack")][0] == 1
    assert got[(None, "armed_attack")][0] == 1  # undated: its own key
    assert sum(r.events for r in rows) == 6  # denied and rejected are not counted


def test_certainty_all_and_rejected_on_request(store: Store) -> None:
    _fill(store)
    (total,) = tally_rows(store.engine, EventQuery(include_rejected=True), ())
    assert total.events == 8


def test_week_keys_are_mondays_and_day_keys_dates(store: Store) -> None:
    _fill(store)
    april = replace(COUNTED, date_from=date(2024, 4, 1))
    weeks = [r.key[0] for r in tally_rows(store.engine, april, ("week",))]
    assert weeks[0] == date(2024, 4, 1) and all(w.weekday() == 0 for w in weeks)
    days = [r.key[0] for r in tally_rows(store.engine, april, ("day",))]
    assert days[0] == date(2024, 4, 3)


def test_actor_is_the_perpetrator_and_area_matches_admin_names(store: Store) -> None:
    _fill(store)
    by_actor = tally_rows(store.engine, replace(COUNTED, perpetrator="desert"), ())[0]
    assert by_actor.events == 5  # the threat *against* Desert Cells is not theirs
    either = tally_rows(store.engine, replace(COUNTED, actor="desert"), ())[0]
    assert either.events == 6
    jabal = tally_rows(store.engine, replace(COUNTED, area="jabal"), ("admin1",))
    assert [(r.key, r.events) for r in jabal] == [(("Jabal Governorate",), 1)]


def test_events_behind_a_cell(store: Store) -> None:
    _fill(store)
    ids = event_ids(store.engine, COUNTED, ("month", "type"), ("2024-04", "armed_attack"))
    assert ids == ["evt_0000001", "evt_0000002"]
    rows = event_rows(store.engine, COUNTED, ("week",), (date(2024, 4, 15),))
    assert [r.id for r in rows] == ["evt_0000002", "evt_0000003"]


def test_series_are_zero_filled_and_volume_comes_from_documents(store: Store) -> None:
    _fill(store)
    add_documents(store, {date(2024, 4, 2): 3, date(2024, 4, 9): 2})
    span = date_span(store.engine, [COUNTED])
    assert span == (date(2024, 4, 3), date(2024, 5, 2))
    s = count_series(store.engine, COUNTED, Period.WEEK, date(2024, 4, 1), date(2024, 5, 5), name="all")
    assert s.labels[0] == "2024-W14" and list(s.counts) == [2, 0, 2, 0, 1]
    v = volume_series(store.engine, Period.WEEK, date(2024, 4, 1), date(2024, 5, 5))
    assert list(v.counts) == [3, 2, 0, 0, 0]
    assert document_counts(store.engine, "month") == {"2024-04": 5}
    split = split_series(store.engine, COUNTED, Period.MONTH, "type", date(2024, 4, 1), date(2024, 5, 31))
    assert {s.name: list(s.counts) for s in split}["type=armed_attack"] == [2, 1]


def test_tally_claim_side_by_side(store: Store) -> None:
    _fill(store)
    claim = add_tally_claim(store, count=27, period="2024-04")
    q = claim_query(claim, COUNTED)
    assert q is not None and q.date_from == date(2024, 4, 1) and q.event_types == (EventType.ARMED_ATTACK,)
    ours = tally_rows(store.engine, q, ())[0].events
    cmp = compare_claim(claim, q, ours)
    assert cmp.our_count == 2 and "25 fewer" in cmp.note
    unreadable = compare_claim(replace(claim, period="last spring"), None, None)
    assert unreadable.our_count is None


def test_tally_records_label_periods(store: Store) -> None:
    _fill(store)
    rows = tally_rows(store.engine, COUNTED, ("week",))
    records = tally_records(("week",), rows, with_reports=True)
    assert records[0]["week"] == "2024-W14" and "reports" in records[0]
    assert records[-1]["week"] == "undated"
