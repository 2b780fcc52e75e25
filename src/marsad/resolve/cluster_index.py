"""The clustering engine: an incremental index of report profiles grouped into clusters.

Blocking: a report is only compared with reports of the same event family whose dates fall in its
window (wider for week- and month-precise dates) and that share a geographic grid cell neighbourhood,
a place name, a document, or a MinHash LSH band. Candidate pairs are scored (:mod:`cluster_score`);
pairs at or above the threshold become edges, taken strongest first (ties by report ids), and two
groups join only when no pair across them is vetoed or scores under ``min_link`` (complete linkage on
contradictions). The edge order is canonical, so the result never depends on input order.

Existing events keep their ids and members; two existing events are never merged automatically (that
is an analyst's call), a rejected event absorbs nothing, and a report an analyst split from an event
never rejoins it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from marsad.model import EventReport, Membership, content_hash
from marsad.resolve.cluster_config import ClusterConfig, load_cluster_config
from marsad.resolve.cluster_profile import Profile, profile_of
from marsad.resolve.cluster_score import PairScore, score_pair
from marsad.resolve.similarity import lsh_keys
from marsad.vocab import GeoPrecision, TimePrecision

__all__ = ["Assignment", "ClusterIndex", "Constraints", "event_id_for"]

_Key = tuple[object, ...]


def event_id_for(founder: EventReport | str) -> str:
    """The id of an event founded by a report (a hash of the report id)."""
    rid = founder if isinstance(founder, str) else founder.id
    return content_hash(rid, prefix="evt_")


@dataclass(frozen=True, slots=True, kw_only=True)
class Constraints:
    """Analyst decisions automatic clustering must respect.

    ``split_from`` holds ``(report_id, event_id)`` pairs: the report was split from that event and may
    never rejoin it. (Rejected events are marked on the events themselves; manual merges need no
    constraint because existing events are never split automatically.)
    """

    split_from: frozenset[tuple[str, str]] = frozenset()

    def forbidden_events(self, report_id: str) -> set[str]:
        return {e for r, e in self.split_from if r == report_id}


@dataclass(frozen=True, slots=True, kw_only=True)
class Assignment:
    """What one :meth:`ClusterIndex.assign` call did to one event."""

    event_id: str
    existing: bool
    added: tuple[str, ...]  # new report ids, sorted
    members: tuple[Membership, ...]  # their explanations, same order


@dataclass(slots=True)
class _Cluster:
    members: list[str]
    event_id: str | None = None
    rejected: bool = False
    forbidden: set[str] = field(default_factory=set)


def _area(p: Profile) -> bool:
    return p.place_precision is not None and p.place_precision is not GeoPrecision.TOWN


class ClusterIndex:
    """Incremental clustering state. Seed with :meth:`add_event`, then :meth:`assign` new reports."""

    def __init__(self, config: ClusterConfig | None = None, constraints: Constraints | None = None) -> None:
        self.config = config or load_cluster_config()
        self._constraints = constraints or Constraints()
        self._forbidden: dict[str, set[str]] = {}
        for rid, eid in self._constraints.split_from:
            self._forbidden.setdefault(rid, set()).add(eid)
        self._profiles: dict[str, Profile] = {}
        self._cluster: dict[str, _Cluster] = {}  # report id -> its cluster
        self._events: dict[str, _Cluster] = {}  # event id -> cluster
        self._blocks: dict[_Key, list[str]] = {}
        self._keys_by_day: dict[int, list[_Key]] = {}
        self._scores: dict[tuple[str, str], PairScore] = {}
        self._max_margin = max((m for _, m in self.config.margin_days), default=1)
        self._max_gap = int(self.config.date["max_gap_days"])
        self._veto_deg2 = (self.config.place["veto_km"] * 1.05 / 111.0) ** 2

    def __len__(self) -> int:
        return len(self._profiles)

    @property
    def n_events(self) -> int:
        return len(self._events)

    # -- seeding and eviction ------------------------------------------------------------------

    def add_event(self, event_id: str, reports: Iterable[EventReport], *, rejected: bool = False) -> None:
        """Register an existing event and its reports (they are never moved automatically)."""
        cluster = self._events.get(event_id)
        if cluster is None:
            cluster = self._events[event_id] = _Cluster(members=[], event_id=event_id, rejected=rejected)
        for report in reports:
            if report.id in self._profiles:
                continue
            profile = profile_of(report, int(self.config.text["permutations"]))
            self._insert(profile)
            cluster.members.append(report.id)
            self._cluster[report.id] = cluster

    def evict_before(self, day: int) -> int:
        """Forget reports whose date ends before ordinal ``day`` (they can no longer match new reports
        dated from ``day + margin`` on); returns how many were forgotten. For streaming use."""
        old_days = sorted(d for d in self._keys_by_day if d < day)
        for d in old_days:
            for key in self._keys_by_day.pop(d):
                self._blocks.pop(key, None)
        gone = [rid for rid, p in self._profiles.items() if p.end is not None and p.end < day]
        for rid in gone:
            del self._profiles[rid]
            cluster = self._cluster.pop(rid)
            cluster.members.remove(rid)
            if not cluster.members and cluster.event_id is not None:
                self._events.pop(cluster.event_id, None)
        return len(gone)

    # -- blocking ------------------------------------------------------------------------------

    def _cell(self, p: Profile) -> tuple[int, int]:
        size = self.config.cell_degrees
        assert p.latitude is not None and p.longitude is not None
        return int(p.latitude // size), int(p.longitude // size)

    def _insert_keys(self, p: Profile) -> Iterator[tuple[int, _Key]]:
        if p.start is None or p.end is None:
            yield -1, ("u", p.family, p.document_id)
            return
        for day in range(p.start, p.end + 1):
            yield day, ("d", p.family, p.document_id, day)
            if p.located:
                yield day, ("g", p.family, *self._cell(p), day)
            if p.admin2:  # areas meet the towns of their district however far from the area's centre
                yield day, ("R" if _area(p) else "A", p.family, p.admin2, day)
            for name in p.place_names:
                yield day, ("t", p.family, name, day)
        cfg = self.config
        for band in lsh_keys(p.signature, cfg.lsh_bands, cfg.lsh_rows):
            yield p.start, ("l", p.family, band, p.start)

    def _query_keys(self, p: Profile) -> Iterator[_Key]:
        if p.start is None or p.end is None:
            yield ("u", p.family, p.document_id)
            return
        m = max(self.config.margin(p.precision), self._max_gap)
        cells = []
        if p.located:
            cx, cy = self._cell(p)
            cells = [(cx + dx, cy + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
        bands = lsh_keys(p.signature, self.config.lsh_bands, self.config.lsh_rows)
        for day in range(p.start - m, p.end + m + 1):
            yield ("d", p.family, p.document_id, day)
            for cx, cy in cells:
                yield ("g", p.family, cx, cy, day)
            if p.admin2:
                yield ("R", p.family, p.admin2, day)
                if _area(p):
                    yield ("A", p.family, p.admin2, day)
            for name in p.place_names:
                yield ("t", p.family, name, day)
            for band in bands:
                yield ("l", p.family, band, day)

    def _insert(self, p: Profile) -> None:
        self._profiles[p.id] = p
        for day, key in self._insert_keys(p):
            bucket = self._blocks.get(key)
            if bucket is None:
                self._blocks[key] = [p.id]
                self._keys_by_day.setdefault(day, []).append(key)
            else:
                bucket.append(p.id)

    def _candidates(self, p: Profile) -> set[str]:
        out: set[str] = set()
        for key in self._query_keys(p):
            bucket = self._blocks.get(key)
            if bucket:
                out.update(bucket)
        out.discard(p.id)
        return out

    # -- scoring and joining -------------------------------------------------------------------

    def _quick_veto(self, a: Profile, b: Profile) -> bool:
        """A cheap test that is True only for pairs :func:`score_pair` would veto (dates or places
        too far apart), so most candidate pairs are never scored in full."""
        if a.start is not None and b.start is not None and a.end is not None and b.end is not None:
            gap = max(a.start, b.start) - min(a.end, b.end)
            both_days = a.precision is b.precision is TimePrecision.DAY
            if gap > self._max_gap and (gap > self._max_margin or both_days):
                return True
        if a.latitude is not None and b.latitude is not None and a.longitude is not None \
                and b.longitude is not None and a.place_id != b.place_id \
                and a.place_precision is b.place_precision is GeoPrecision.TOWN:  # fmt: skip
            dlat = a.latitude - b.latitude
            dlon = (a.longitude - b.longitude) * math.cos(math.radians(a.latitude))
            if dlat * dlat + dlon * dlon > self._veto_deg2:
                return True
        return False

    def score(self, a: str, b: str) -> PairScore:
        key = (a, b) if a < b else (b, a)
        cached = self._scores.get(key)
        if cached is None:
            cached = self._scores[key] = score_pair(self._profiles[a], self._profiles[b], self.config)
        return cached

    def _can_join(self, x: _Cluster, y: _Cluster) -> bool:
        if x.event_id is not None and y.event_id is not None:
            return False
        if x.rejected or y.rejected:
            return False
        if (x.event_id is not None and x.event_id in y.forbidden) or (
            y.event_id is not None and y.event_id in x.forbidden
        ):
            return False
        floor = self.config.min_link
        for a in x.members:
            for b in y.members:
                s = self.score(a, b)
                if s.vetoed or s.score < floor:
                    return False
        return True

    @staticmethod
    def _join(x: _Cluster, y: _Cluster) -> _Cluster:
        """Merge the smaller into the larger (the one holding an existing event wins)."""
        keep, gone = (x, y) if (x.event_id is not None or len(x.members) >= len(y.members)) else (y, x)
        if gone.event_id is not None:
            keep, gone = gone, keep
        keep.members.extend(gone.members)
        keep.forbidden |= gone.forbidden
        return keep

    def assign(self, reports: Sequence[EventReport]) -> list[Assignment]:
        """Place new reports into existing events or new ones; one :class:`Assignment` per event that
        changed, by event id. Reports already indexed are ignored."""
        fresh = sorted({r.id: r for r in reports if r.id not in self._profiles}.values(), key=lambda r: r.id)
        if not fresh:
            return []
        perms = int(self.config.text["permutations"])
        new_ids = [r.id for r in fresh]
        for report in fresh:
            self._insert(profile_of(report, perms))
            self._cluster[report.id] = _Cluster(
                members=[report.id], forbidden=set(self._forbidden.get(report.id, ()))
            )
        self._scores = {}
        pairs: set[tuple[str, str]] = set()
        fresh_set = set(new_ids)
        for rid in new_ids:
            p = self._profiles[rid]
            for other in self._candidates(p):
                if other in fresh_set or self._cluster[other].event_id is not None:
                    pairs.add((rid, other) if rid < other else (other, rid))
        threshold = self.config.threshold
        edges = []
        profiles = self._profiles
        for a, b in pairs:
            if self._quick_veto(profiles[a], profiles[b]):
                continue
            s = self.score(a, b)
            if not s.vetoed and s.score >= threshold:
                edges.append((-s.score, a, b))
        edges.sort()
        for _, a, b in edges:
            x, y = self._cluster[a], self._cluster[b]
            if x is y or not self._can_join(x, y):
                continue
            keep = self._join(x, y)
            for rid in (y if keep is x else x).members:
                self._cluster[rid] = keep
        return self._finish(new_ids)

    def _finish(self, new_ids: list[str]) -> list[Assignment]:
        touched: dict[int, _Cluster] = {}
        fresh = set(new_ids)
        for rid in new_ids:
            c = self._cluster[rid]
            touched.setdefault(id(c), c)
        out = []
        for cluster in touched.values():
            added = tuple(sorted(r for r in cluster.members if r in fresh))
            existing = cluster.event_id is not None
            if cluster.event_id is None:
                cluster.event_id = self._new_event_id(min(cluster.members))
                self._events[cluster.event_id] = cluster
            founder = None if existing else min(cluster.members)
            members = tuple(self._explain(rid, cluster, founder) for rid in added)
            out.append(Assignment(event_id=cluster.event_id, existing=existing, added=added, members=members))
        self._scores = {}
        return sorted(out, key=lambda a: a.event_id)

    def _new_event_id(self, founder: str) -> str:
        eid, n = event_id_for(founder), 0
        while eid in self._events:
            n += 1
            eid = content_hash(founder, str(n), prefix="evt_")
        return eid

    def _explain(self, rid: str, cluster: _Cluster, founder: str | None) -> Membership:
        threshold = self.config.threshold
        best: tuple[float, str, PairScore] | None = None
        for other in cluster.members:
            if other == rid:
                continue
            s = self.score(rid, other)
            if best is None or (-s.score, other) < (-best[0], best[1]):
                best = (s.score, other, s)
        if best is None:
            return Membership(report_id=rid, decided_by="founder", note="started the event")
        score, via, pair = best
        return Membership(
            report_id=rid,
            decided_by="founder" if rid == founder else "clustering",
            via=via,
            score=score,
            threshold=threshold,
            contributions=pair.contributions,
            note="started the event" if rid == founder else "",
        )
