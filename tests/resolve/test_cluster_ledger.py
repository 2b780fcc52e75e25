"""The casualty ledger: every source's figure, min, max, the conservative value and a disagreement flag."""

from __future__ import annotations

from marsad.resolve.cluster import assign_events, casualty_summary
from marsad.vocab import CasualtyKind

from .cluster_records import KHARAB, rep


def test_conservative_value_is_the_lowest_exact_figure_and_disagreement_is_flagged() -> None:
    a = rep("doc_a", place=KHARAB, killed=3, injured=5)
    b = rep("doc_b", place=KHARAB, killed=5, injured=5)
    c = rep("doc_c", place=KHARAB, killed=2, approximate=True)  # a vague figure made into a number
    (e,) = assign_events([a, b, c], [], {a.id: "Outlet A", b.id: "Outlet B", c.id: "Outlet C"})
    killed = casualty_summary(e.ledger, CasualtyKind.KILLED)
    assert killed is not None
    assert (killed.minimum, killed.maximum, killed.conservative) == (2, 5, 3)
    assert killed.disagreement and killed.n_reports == 3
    assert set(killed.sources) == {"Outlet A", "Outlet B", "Outlet C"}
    injured = casualty_summary(e.ledger, CasualtyKind.INJURED)
    assert injured is not None and not injured.disagreement and injured.conservative == 5
    assert casualty_summary(e.ledger, CasualtyKind.ABDUCTED) is None


def test_vague_figures_count_when_no_report_is_exact() -> None:
    a = rep("doc_a", place=KHARAB, killed=10, approximate=True)
    b = rep("doc_b", place=KHARAB, killed=12, approximate=True)
    (e,) = assign_events([a, b], [], {})
    killed = casualty_summary(e.ledger, CasualtyKind.KILLED)
    assert killed is not None and killed.conservative == 10
    assert all(x.approximate for x in e.ledger)
