"""Analyst decisions as pure functions: merge, split, reject."""

from __future__ import annotations

import pytest

from marsad.errors import DecisionError
from marsad.resolve.cluster import assign_events
from marsad.resolve.cluster_analyst import merge_events, reject_event, split_event, split_event_id

from .cluster_records import FAR, KHARAB, rep


def test_merge_keeps_the_first_id_and_leaves_a_shell_pointing_to_it() -> None:
    a, b = rep("doc_a", place=KHARAB, killed=2), rep("doc_b", place=FAR, killed=4)
    ea, eb = (assign_events([r], [], {})[0] for r in (a, b))
    merged, shell = merge_events(ea, [a], eb, [b], {}, actor="rana", reason="same attack")
    assert merged.id == ea.id and merged.report_ids == (a.id, b.id)
    assert merged.members[1].decided_by == "analyst:rana" and "same attack" in merged.members[1].note
    assert shell.id == eb.id and shell.report_ids == () and shell.merged_into == ea.id and shell.rejected
    with pytest.raises(DecisionError):
        merge_events(merged, [a, b], shell, [], {}, actor="rana", reason="")
    with pytest.raises(DecisionError):
        merge_events(ea, [a], ea, [a], {}, actor="rana", reason="")


def test_split_moves_one_report_to_a_new_event_with_a_fresh_id() -> None:
    a, b = rep("doc_a", place=KHARAB), rep("doc_b", place=KHARAB)
    (e,) = assign_events([a, b], [], {})
    founder = e.report_ids[0]
    remaining, new = split_event(e, [x for x in (a, b) if x.id in e.report_ids], founder, {},
                                 actor="rana", reason="other attack")  # fmt: skip
    assert remaining.id == e.id and founder not in remaining.report_ids
    assert new.id == split_event_id(e.id, founder) != e.id and new.report_ids == (founder,)
    assert new.members[0].decided_by == "analyst:rana"
    with pytest.raises(DecisionError, match="only report"):
        split_event(remaining, [r for r in (a, b) if r.id != founder], remaining.report_ids[0], {},
                    actor="rana", reason="")  # fmt: skip
    with pytest.raises(DecisionError, match="not in event"):
        split_event(e, [a, b], "rep_missing", {}, actor="rana", reason="")


def test_reject_marks_the_event_and_refuses_twice() -> None:
    (e,) = assign_events([rep("doc_a", place=KHARAB)], [], {})
    rejected = reject_event(e)
    assert rejected.rejected and rejected.report_ids == e.report_ids
    with pytest.raises(DecisionError):
        reject_event(rejected)
