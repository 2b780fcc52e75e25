"""Clustering: one event per real event, stable ids, analyst decisions respected, order-free results."""

from __future__ import annotations

import dataclasses
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.model import EventReport
from marsad.resolve.cluster import Constraints, assign_events, event_id_for, load_cluster_config
from marsad.vocab import ActorType, CasualtyKind, Certainty, EventType, TimePrecision

from .cluster_records import BBB, CIVILIANS, DISTRICT, FAR, KHARAB, NEIGHBOUR, PATROL, labelled, rep

THRESHOLD = load_cluster_config().threshold


def test_two_outlets_same_day_same_place_make_one_event_with_a_ledger() -> None:
    a = rep("doc_a", place=KHARAB, killed=2, perpetrator=BBB)
    b = rep("doc_b", place=KHARAB, killed=3, perpetrator=BBB)
    (e,) = assign_events([a, b], [], {a.id: "Outlet A", b.id: "Outlet B"})
    assert set(e.report_ids) == {a.id, b.id}
    assert e.casualty_range(CasualtyKind.KILLED) == (2, 3)
    assert {(x.source, x.value) for x in e.ledger} == {("Outlet A", 2), ("Outlet B", 3)}
    assert set(e.sources) == {"Outlet A", "Outlet B"}
    assert e.perpetrator == "Black Banner Brigade"


def test_arabic_and_english_reports_join_on_structured_fields() -> None:
    ar = rep("doc_ar", text="انفجار عبوة ناسفة في تل خراب ومقتل شخصين", place=KHARAB, place_text="تل خراب",
             killed=2, perpetrator=BBB)  # fmt: skip
    en = rep("doc_en", text="An IED exploded in Tal Kharab, killing two", place=KHARAB,
             place_text="Tal Kharab", killed=2)  # fmt: skip
    (e,) = assign_events([ar, en], [], {})
    joined = next(m for m in e.members if m.decided_by == "clustering")
    assert any(c.feature == "text" and c.weight == 0 and "different languages" in c.note
               for c in joined.contributions)  # fmt: skip


def test_different_day_or_place_or_family_stay_apart() -> None:
    base = rep("doc_a", place=KHARAB)
    other_day = rep("doc_b", place=KHARAB, day=date(2024, 4, 14))
    next_day = rep("doc_c", place=KHARAB, day=date(2024, 4, 13))
    neighbour = rep("doc_d", place=NEIGHBOUR, place_text="Neighbour")
    far = rep("doc_e", place=FAR, place_text="Far")
    other_family = rep("doc_f", place=KHARAB, event_type=EventType.PROTEST)
    unresolved_other = rep("doc_g", place_text="Another Village")
    events = assign_events(
        [base, other_day, next_day, neighbour, far, other_family, unresolved_other], [], {}
    )
    assert len(events) == 7


def test_two_attacks_in_one_town_the_same_night_stay_apart_when_targets_differ() -> None:
    a = rep("doc_a", text="a roadside bomb hit an army patrol", place=KHARAB, perpetrator=BBB,
            target=PATROL, killed=2)  # fmt: skip
    b = rep("doc_b", text="a bomb exploded near a bakery", place=KHARAB, perpetrator=BBB, target=CIVILIANS,
            killed=7)  # fmt: skip
    assert len(assign_events([a, b], [], {})) == 2
    same_target = rep("doc_c", text="a patrol was hit by an IED", place=KHARAB, target=PATROL, killed=3)
    (joined, _) = sorted(assign_events([a, b, same_target], [], {}), key=lambda e: -len(e.report_ids))
    assert set(joined.report_ids) == {a.id, same_target.id}


def test_a_district_report_joins_the_village_report_of_the_same_event() -> None:
    a = rep("doc_a", place=KHARAB, perpetrator=BBB, killed=3)
    b = rep("doc_b", place=DISTRICT, place_text="Wadi district", perpetrator=BBB, killed=3)
    assert len(assign_events([a, b], [], {})) == 1


def test_a_week_precise_report_can_join_a_day_precise_one() -> None:
    a = rep("doc_a", place=KHARAB, perpetrator=BBB, killed=3)
    b = rep(
        "doc_b", place=KHARAB, perpetrator=BBB, killed=3, day=date(2024, 4, 8), precision=TimePrecision.WEEK
    )
    b = dataclasses.replace(b, date=dataclasses.replace(b.date, end=date(2024, 4, 14)))  # type: ignore[type-var]
    assert len(assign_events([a, b], [], {})) == 1


def test_resolved_places_match_across_spellings() -> None:
    a = rep("doc_a", place_text="رأس العين", place=KHARAB)
    b = rep("doc_b", place_text="Serêkaniyê", place=KHARAB)
    assert len(assign_events([a, b], [], {})) == 1


def test_undated_reports_group_only_within_their_document() -> None:
    a = rep("doc_a", day=None, place=KHARAB, text="an explosion shook the town")
    b = rep("doc_b", day=None, place=KHARAB, text="an explosion shook the town")
    assert len(assign_events([a, b], [], {})) == 2


def test_new_report_joins_existing_event_and_keeps_its_id() -> None:
    a = rep("doc_a", place=KHARAB)
    (first,) = assign_events([a], [], {})
    b = rep("doc_b", place=KHARAB)
    (updated,) = assign_events([b], [(first, [a])], {})
    assert updated.id == first.id == event_id_for(a)
    assert updated.report_ids == (a.id, b.id)
    assert updated.members[0] == first.members[0]


def test_every_member_is_explained_with_contributions_that_add_up() -> None:
    a = rep("doc_a", place=KHARAB, killed=2, perpetrator=BBB)
    b = rep("doc_b", place=KHARAB, killed=2, perpetrator=BBB)
    c = rep("doc_c", place=KHARAB, killed=3)
    (e,) = assign_events([a, b, c], [], {})
    assert [m.report_id for m in e.members] == list(e.report_ids)
    assert e.members[0].decided_by == "founder"
    for m in e.members:
        assert m.score is not None and m.threshold == THRESHOLD and m.score >= THRESHOLD
        assert m.via in e.report_ids and m.via != m.report_id
        assert abs(sum(c.weight for c in m.contributions) - m.score) < 1e-3


def test_a_single_report_event_is_its_own_founder() -> None:
    (e,) = assign_events([rep("doc_a", place=KHARAB)], [], {})
    assert e.members[0].decided_by == "founder" and e.members[0].score is None


def test_rejected_event_absorbs_nothing() -> None:
    a = rep("doc_a", place=KHARAB)
    (first,) = assign_events([a], [], {})
    rejected = dataclasses.replace(first, rejected=True)
    (new,) = assign_events([rep("doc_b", place=KHARAB)], [(rejected, [a])], {})
    assert new.id != first.id


def test_a_split_report_never_rejoins_the_event_it_left() -> None:
    a, b = rep("doc_a", place=KHARAB, killed=2), rep("doc_b", place=KHARAB, killed=2)
    (first,) = assign_events([a], [], {})
    (again,) = assign_events([b], [(first, [a])], {}, Constraints(split_from=frozenset({(b.id, first.id)})))
    assert again.id != first.id and again.report_ids == (b.id,)


def test_two_existing_events_are_never_merged_automatically() -> None:
    a, b = rep("doc_a", place=KHARAB), rep("doc_b", place=KHARAB)
    ea = dataclasses.replace(assign_events([a], [], {})[0])
    eb = assign_events([b], [], {})[0]
    bridge = rep("doc_c", place=KHARAB)
    (changed,) = assign_events([bridge], [(ea, [a]), (eb, [b])], {})
    assert changed.id in {ea.id, eb.id} and len(changed.report_ids) == 2


def test_events_merged_away_are_ignored() -> None:
    a = rep("doc_a", place=KHARAB)
    (first,) = assign_events([a], [], {})
    shell = dataclasses.replace(first, report_ids=(), members=(), merged_into="evt_other", rejected=True)
    (new,) = assign_events([rep("doc_b", place=KHARAB)], [(shell, [])], {})
    assert new.id != first.id


def test_strongest_certainty_wins_and_support_names_the_dissenter() -> None:
    a = rep("doc_a", place=KHARAB, certainty=Certainty.ALLEGED)
    b = rep("doc_b", place=KHARAB, certainty=Certainty.ASSERTED)
    (e,) = assign_events([a, b], [], {})
    assert e.certainty is Certainty.ASSERTED
    support = {s.field: s for s in e.support}
    assert support["certainty"].supporting == (b.id,) and support["certainty"].disagreeing == (a.id,)


def test_reconciled_fields_say_which_reports_support_and_which_disagree() -> None:
    a = rep("doc_a", place=KHARAB, perpetrator=BBB, killed=2)
    b = rep("doc_b", place=KHARAB, perpetrator=BBB, killed=2)
    c = rep("doc_c", place=DISTRICT, place_text="Wadi district", killed=2)
    (e,) = assign_events([a, b, c], [], {})
    support = {s.field: s for s in e.support}
    assert support["place"].value == "Kharab"
    assert set(support["place"].supporting) == {a.id, b.id} and support["place"].disagreeing == (c.id,)
    assert set(support["perpetrator"].supporting) == {a.id, b.id} and not support["perpetrator"].disagreeing
    assert set(support["date"].supporting) == {a.id, b.id, c.id}


def test_reports_already_in_an_event_are_not_added_twice() -> None:
    a = rep("doc_a", place=KHARAB)
    (first,) = assign_events([a], [], {})
    assert assign_events([a], [(first, [a])], {}) == []


SAMPLE: list[EventReport] = [x.report for x in labelled()[:40]]


@settings(max_examples=15, deadline=None)
@given(st.permutations(SAMPLE))
def test_clustering_does_not_depend_on_input_order(perm: list[EventReport]) -> None:
    assert assign_events(perm, [], {}) == assign_events(SAMPLE, [], {})


@settings(max_examples=10, deadline=None)
@given(st.permutations(list(range(6))))
def test_incremental_result_does_not_depend_on_the_order_of_existing_events(order: list[int]) -> None:
    seeds = [rep(f"doc_{i}", place=KHARAB if i % 2 else FAR, day=date(2024, 4, 10 + i)) for i in range(6)]
    existing = [(assign_events([r], [], {})[0], [r]) for r in seeds]
    new = [rep(f"doc_new_{i}", place=KHARAB if i % 2 else FAR, day=date(2024, 4, 10 + i)) for i in range(6)]
    assert assign_events(new, [existing[i] for i in order], {}) == assign_events(new, existing, {})


def test_named_perpetrator_outranks_a_generic_class_even_in_the_minority() -> None:
    from marsad.resolve.cluster_reconcile import reconcile

    police = ("police forces", "police", ActorType.STATE_FORCES)
    reports = [
        rep("doc_a", place=KHARAB, perpetrator=police),
        rep("doc_b", place=KHARAB, perpetrator=police),
        rep("doc_c", place=KHARAB, perpetrator=BBB),
    ]
    event = reconcile("evt_x", reports, {})
    assert event.perpetrator == "Black Banner Brigade"
    only_generic = reconcile("evt_y", reports[:2], {})
    assert only_generic.perpetrator == "police forces"
