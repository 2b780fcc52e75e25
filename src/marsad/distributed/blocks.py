"""Clustering at scale: the blocking keys of :mod:`marsad.resolve.cluster` become shuffle keys.

The clustering only ever compares reports of one event family whose date ranges, widened by the
blocking margin, meet (undated reports: only reports of the same family and document). So within a
family, reports sorted by date fall into *chains*: a new chain starts where no earlier report reaches
(its end plus the reach) the next start. Two chains can never share an edge, so clustering every chain
on its own gives exactly the events one :func:`~marsad.resolve.cluster.assign_events` call over all
reports gives. Chains are packed into blocks of at most ``max_block`` reports (one task each).

A chain larger than ``max_block`` (a dense decade of one family) is cut into windows at day boundaries
(date window; the admin area is not a safe cut: district-level and unlocated reports reach every town).
Each window is clustered alone, then each cut is reconciled deterministically: the events holding a
report within reach of the cut, on either side, are clustered again together from their reports, and
the result replaces them (seams that share an event are reconciled as one). This is deterministic and
order-independent, but, unlike chains, not guaranteed identical to one global clustering: a join made
inside a window far from the cut is kept. docs/scaling.md gives the measured effect.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from marsad.model import Event, EventReport, content_hash
from marsad.resolve.cluster import assign_events, load_cluster_config
from marsad.vocab import EVENT_TYPE_INFO, TimePrecision

__all__ = [
    "Block",
    "BlockPlan",
    "ReportKey",
    "Seam",
    "cluster_key",
    "cluster_reports",
    "plan_blocks",
    "reach_days",
    "reconcile_seam",
    "report_key",
    "seam_events",
]

DEFAULT_MAX_BLOCK = 100_000


@dataclass(frozen=True, slots=True)
class ReportKey:
    """What the planner needs of a report (read from the flat columns of ``reports/``)."""

    id: str
    family: str
    document_id: str
    start: int | None  # date ordinal; None when undated (or only year-precise)
    end: int | None
    partition: str


@dataclass(frozen=True, slots=True)
class Block:
    key: str
    report_ids: tuple[str, ...]  # sorted
    partitions: tuple[str, ...]  # sorted: where to read the reports
    window: int = -1  # index of the window in a cut chain; -1 for whole chains


@dataclass(frozen=True, slots=True)
class Seam:
    """A cut between two windows of a chain: reports within reach of ``day`` on either side."""

    family: str
    day: int  # first day of the right-hand window
    until: int  # the last day a report of the left window reaches (its latest end plus the reach)
    left: str  # block keys
    right: str


@dataclass(frozen=True, slots=True)
class BlockPlan:
    key: str
    blocks: tuple[Block, ...]
    seams: tuple[Seam, ...]
    reach: int


def reach_days() -> int:
    """The widest date gap the clustering can ever join across (blocking margin or gap veto), plus 1."""
    cfg = load_cluster_config()
    margin = max((m for _, m in cfg.margin_days), default=1)
    return max(margin, int(cfg.date["max_gap_days"])) + 1


def cluster_key() -> str:
    """A hash of the clustering configuration (part of every event block's name)."""
    cfg = load_cluster_config()
    return content_hash(repr(cfg), prefix="")


def report_key(r: EventReport, partition: str) -> ReportKey:
    d = r.date
    dated = d is not None and d.precision not in (TimePrecision.YEAR, TimePrecision.UNKNOWN)
    return ReportKey(
        id=r.id, family=EVENT_TYPE_INFO[r.event_type].family, document_id=r.document_id,
        start=d.start.toordinal() if dated and d is not None else None,
        end=d.end.toordinal() if dated and d is not None else None, partition=partition,
    )  # fmt: skip


def _chains(keys: Sequence[ReportKey], reach: int) -> list[list[ReportKey]]:
    out: list[list[ReportKey]] = []
    undated: dict[tuple[str, str], list[ReportKey]] = {}
    dated: dict[str, list[ReportKey]] = {}
    for k in keys:
        if k.start is None or k.end is None:
            undated.setdefault((k.family, k.document_id), []).append(k)
        else:
            dated.setdefault(k.family, []).append(k)
    for family in sorted(dated):
        chain: list[ReportKey] = []
        reach_end = 0
        for k in sorted(dated[family], key=lambda k: (k.start, k.end, k.id)):
            assert k.start is not None and k.end is not None
            if chain and k.start - reach > reach_end:
                out.append(chain)
                chain = []
            reach_end = max(reach_end, k.end) if chain else k.end
            chain.append(k)
        if chain:
            out.append(chain)
    out += [sorted(undated[key], key=lambda k: k.id) for key in sorted(undated)]
    return out


def _cut(chain: list[ReportKey], max_block: int) -> list[list[ReportKey]]:
    """Cut a date-sorted chain into windows of about ``max_block / 2``..``max_block`` reports, at day
    boundaries (a day holding more reports than ``max_block`` stays whole)."""
    target = max(1, max_block // 2)
    windows: list[list[ReportKey]] = [[]]
    for i, k in enumerate(chain):
        current = windows[-1]
        if len(current) >= target and k.start != chain[i - 1].start:
            windows.append([])
        windows[-1].append(k)
    return windows


def _block(members: Iterable[ReportKey], ckey: str, window: int = -1) -> Block:
    unique = {k.id: k for k in members}
    ids = tuple(sorted(unique))
    return Block(
        key=content_hash(ckey, *ids, prefix=""), report_ids=ids,
        partitions=tuple(sorted({k.partition for k in unique.values()})), window=window,
    )  # fmt: skip


def plan_blocks(
    keys: Sequence[ReportKey], *, max_block: int = DEFAULT_MAX_BLOCK, pack_to: int | None = None
) -> BlockPlan:
    """Group reports into blocks that can be clustered independently (see the module docstring).

    Chains are packed into blocks of up to ``pack_to`` reports (default ``max_block``; give less to
    spread a small job over more workers: packing never changes the events, cutting does).
    Deterministic: the plan depends only on the set of reports, not on their order.
    """
    pack = min(max_block, pack_to or max_block)
    reach = reach_days()
    ckey = cluster_key()
    unique = sorted({k.id: k for k in keys}.values(), key=lambda k: k.id)
    blocks: list[Block] = []
    seams: list[Seam] = []
    pending: list[ReportKey] = []
    for chain in _chains(unique, reach):
        if len(chain) > max_block:
            windows = _cut(chain, max_block)
            wblocks = [_block(w, ckey, window=i) for i, w in enumerate(windows)]
            blocks += wblocks
            for i in range(1, len(windows)):
                first = windows[i][0].start
                assert first is not None
                until = max(k.end for k in windows[i - 1] if k.end is not None) + reach
                seams.append(Seam(family=chain[0].family, day=first, until=until,
                                  left=wblocks[i - 1].key, right=wblocks[i].key))  # fmt: skip
            continue
        if pending and len(pending) + len(chain) > pack:
            blocks.append(_block(pending, ckey))
            pending = []
        pending += chain
    if pending:
        blocks.append(_block(pending, ckey))
    return BlockPlan(
        key=content_hash(ckey, *(b.key for b in blocks), prefix=""), blocks=tuple(blocks),
        seams=tuple(seams), reach=reach,
    )  # fmt: skip


def cluster_reports(reports: Sequence[EventReport], sources: dict[str, str]) -> list[Event]:
    """Cluster one block from scratch with the same code as the local runner; events sorted by id."""
    return sorted(assign_events(reports, [], sources), key=lambda e: e.id)


def seam_events(events: Sequence[Event], reports: dict[str, ReportKey], seam: Seam, reach: int) -> list[str]:
    """Ids of the events (of the seam's two windows) holding a report within reach of the cut."""
    out = []
    for e in events:
        for rid in e.report_ids:
            k = reports.get(rid)
            if k is None or k.start is None or k.end is None:
                continue
            if k.end >= seam.day - reach and k.start <= seam.until:
                out.append(e.id)
                break
    return sorted(out)


def reconcile_seam(
    events: Sequence[Event], reports: Sequence[EventReport], sources: dict[str, str]
) -> tuple[list[str], list[Event]]:
    """Cluster the reports of the events around a cut again, together: (replaced ids, new events)."""
    wanted = {rid for e in events for rid in e.report_ids}
    members = [r for r in reports if r.id in wanted]
    return sorted(e.id for e in events), cluster_reports(members, sources)
