"""Group EventReports into Events: scored, explainable, incremental and deterministic.

    events = assign_events(new_reports, existing, sources, constraints)

``existing`` holds the stored events new reports may join (with their reports); the result is every
event that changed or was created, by id. See :mod:`marsad.resolve.cluster_index` for blocking and
joining, :mod:`cluster_score` for the features, :mod:`cluster_reconcile` for reconciled fields and
:mod:`cluster_ledger` for the casualty ledger; docs/clustering.md explains the whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.model import Event, EventReport
from marsad.resolve.cluster_config import ClusterConfig, load_cluster_config
from marsad.resolve.cluster_index import Assignment, ClusterIndex, Constraints, event_id_for
from marsad.resolve.cluster_ledger import CONSERVATIVE_RULE, CasualtySummary, casualty_summary
from marsad.resolve.cluster_reconcile import reconcile

__all__ = [
    "CONSERVATIVE_RULE",
    "Assignment",
    "CasualtySummary",
    "ClusterConfig",
    "ClusterIndex",
    "Constraints",
    "assign_events",
    "casualty_summary",
    "event_id_for",
    "load_cluster_config",
    "reconcile",
]


def assign_events(
    new_reports: Sequence[EventReport],
    existing: Sequence[tuple[Event, Sequence[EventReport]]],
    sources: dict[str, str],
    constraints: Constraints | None = None,
    config: ClusterConfig | None = None,
) -> list[Event]:
    """Place new reports into existing events or new ones; return every event that changed, by id.

    Deterministic: the result does not depend on the order of ``new_reports`` or ``existing``.
    Existing events keep their ids and members; rejected events absorb nothing; ``constraints`` carry
    analyst splits (a split report never rejoins its old event). Reports already in an event are
    skipped. Events merged away by an analyst (``merged_into``) are ignored.
    """
    index = ClusterIndex(config, constraints)
    stored: dict[str, tuple[Event, list[EventReport]]] = {}
    for event, reports in sorted(existing, key=lambda pair: pair[0].id):
        if event.merged_into:
            continue
        order = {rid: i for i, rid in enumerate(event.report_ids)}
        members = sorted(reports, key=lambda r: (order.get(r.id, len(order)), r.id))
        stored[event.id] = (event, members)
        index.add_event(event.id, members, rejected=event.rejected)
    by_id = {r.id: r for r in new_reports}
    out = []
    for a in index.assign(list(by_id.values())):
        added = [by_id[rid] for rid in a.added]
        if a.existing:
            event, members = stored[a.event_id]
            out.append(reconcile(
                a.event_id, [*members, *added], sources, members=(*event.members, *a.members),
                rejected=event.rejected,
            ))  # fmt: skip
        else:
            out.append(reconcile(a.event_id, added, sources, members=a.members))
    return out
