"""Backbone clustering: same family, day and place join; order does not matter; ids are stable."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.model import EventReport
from marsad.resolve.cluster import assign_events, event_id_for
from marsad.vocab import Certainty, EventType

from ..export.records import place, report


def test_two_outlets_same_day_same_place_make_one_event_with_a_ledger() -> None:
    a = report("doc_a", killed=2, perpetrator="Islamic State")
    b = report("doc_b", killed=3, perpetrator="Islamic State")
    events = assign_events([a, b], [], {a.id: "Outlet A", b.id: "Outlet B"})
    assert len(events) == 1
    e = events[0]
    assert set(e.report_ids) == {a.id, b.id}
    assert e.casualty_range(__import__("marsad.vocab").vocab.CasualtyKind.KILLED) == (2, 3)
    assert set(e.sources) == {"Outlet A", "Outlet B"}
    assert e.perpetrator == "Islamic State"


def test_different_day_or_place_or_family_stay_apart() -> None:
    base = report("doc_a")
    other_day = report("doc_b", day=date(2024, 4, 13))
    other_place = report("doc_c", place_text="Another Village")
    other_family = report("doc_d", event_type=EventType.PROTEST)
    events = assign_events([base, other_day, other_place, other_family], [], {})
    assert len(events) == 4


def test_resolved_places_match_across_spellings() -> None:
    p = place("geonames:42")
    a = report("doc_a", place_text="رأس العين", resolved=p)
    b = report("doc_b", place_text="Serêkaniyê", resolved=p)
    assert len(assign_events([a, b], [], {})) == 1


def test_new_report_joins_existing_event_and_keeps_its_id() -> None:
    a = report("doc_a")
    (first,) = assign_events([a], [], {})
    b = report("doc_b")
    (updated,) = assign_events([b], [(first, [a])], {})
    assert updated.id == first.id == event_id_for(a)
    assert updated.report_ids == (a.id, b.id)


def test_rejected_event_absorbs_nothing() -> None:
    a = report("doc_a")
    (first,) = assign_events([a], [], {})
    rejected = type(first)(**{**{f: getattr(first, f) for f in first.__slots__}, "rejected": True})  # type: ignore[attr-defined]
    (new,) = assign_events([report("doc_b")], [(rejected, [a])], {})
    assert new.id != first.id


def test_strongest_certainty_wins() -> None:
    a = report("doc_a", certainty=Certainty.ALLEGED)
    b = report("doc_b", certainty=Certainty.ASSERTED)
    (e,) = assign_events([a, b], [], {})
    assert e.certainty is Certainty.ASSERTED


def test_reports_already_in_an_event_are_not_added_twice() -> None:
    a = report("doc_a")
    (first,) = assign_events([a], [], {})
    assert assign_events([a], [(first, [a])], {}) == []


REPORTS = [
    report(f"doc_{i}", day=date(2024, 4, 10 + i % 3), place_text=f"Village {i % 2}", killed=i)
    for i in range(8)
]


@settings(max_examples=30, deadline=None)
@given(st.permutations(REPORTS))
def test_clustering_does_not_depend_on_input_order(perm: list[EventReport]) -> None:
    expected = assign_events(REPORTS, [], {})
    assert assign_events(perm, [], {}) == expected
