"""Pair scoring: how strongly two reports look like one event, as a sum of explained contributions.

Each feature adds a weight (from ``clustering.toml``) and a note saying what it saw; a *veto* (dates
or places too far apart) means the pair can never be one event, whatever else agrees. The score is
symmetric: ``score_pair(a, b) == score_pair(b, a)``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from marsad.model import Contribution
from marsad.resolve.cluster_config import ClusterConfig
from marsad.resolve.cluster_profile import ActorKey, Profile
from marsad.resolve.similarity import estimate_jaccard, script_of
from marsad.vocab import ARMED_ACTOR_TYPES, GeoPrecision, TimePrecision

__all__ = ["PairScore", "distance_km", "score_pair"]


@dataclass(frozen=True, slots=True, kw_only=True)
class PairScore:
    score: float
    parts: tuple[tuple[str, float, str], ...]  # (feature, weight, note), cheap to build for every pair
    veto: str = ""

    @property
    def vetoed(self) -> bool:
        return bool(self.veto)

    @property
    def contributions(self) -> tuple[Contribution, ...]:
        return tuple(Contribution(feature=f, weight=w, note=n) for f, w, n in self.parts)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


class _Acc:
    __slots__ = ("items", "total", "veto")

    def __init__(self) -> None:
        self.items: list[tuple[str, float, str]] = []
        self.total = 0.0
        self.veto = ""

    def add(self, feature: str, weight: float, note: str) -> None:
        self.items.append((feature, weight, note))
        self.total += weight


def _date(a: Profile, b: Profile, cfg: ClusterConfig, acc: _Acc) -> None:
    if a.start is None or b.start is None or a.end is None or b.end is None:
        if a.dated or b.dated:
            acc.add("date", 0.0, "one report has no usable date")
        return
    gap = (a.start if a.start > b.start else b.start) - (a.end if a.end < b.end else b.end)
    gap = gap if gap > 0 else 0
    w = cfg.date
    both_days = a.precision is TimePrecision.DAY and b.precision is TimePrecision.DAY
    if both_days:
        if gap == 0:
            acc.add("date", w["same_day"], "same day")
        elif gap <= w["max_gap_days"]:
            acc.add("date", w["adjacent_day"], f"{gap} day apart")
        else:
            acc.veto = f"dates {gap} days apart"
        return
    margin = max(cfg.margin(a.precision), cfg.margin(b.precision))
    if gap == 0 and TimePrecision.DAY in (a.precision, b.precision):
        acc.add("date", w["overlap"], f"date ranges overlap ({a.precision.value}/{b.precision.value})")
    elif gap == 0:
        kinds = f"{a.precision.value}/{b.precision.value}"
        acc.add("date", w["coarse_overlap"], f"two imprecise dates overlap ({kinds})")
    elif gap <= margin:
        acc.add("date", 0.0, f"{gap} day(s) outside a {a.precision.value}/{b.precision.value} range")
    else:
        acc.veto = f"date ranges {gap} days apart"


def _coarse(p: Profile) -> bool:
    return p.place_precision is not None and p.place_precision is not GeoPrecision.TOWN


def _place(a: Profile, b: Profile, cfg: ClusterConfig, acc: _Acc) -> None:
    w = cfg.place
    if a.place_id and a.place_id == b.place_id:
        acc.add("place", w["same"], "same place")
        return
    if (
        a.latitude is not None and a.longitude is not None
        and b.latitude is not None and b.longitude is not None
    ):  # fmt: skip
        km = distance_km(a.latitude, a.longitude, b.latitude, b.longitude)
        if (_coarse(a) or _coarse(b)) and (km <= w["veto_km"] or (a.admin2 and a.admin2 == b.admin2)):
            acc.add("place", w["contained"], f"an area and a place in it ({km:.1f} km)")
        elif km <= w["same_spot_km"]:
            acc.add("place", w["same_spot"], f"same spot, {km:.1f} km apart")
        elif km <= w["neighbour_km"]:
            acc.add("place", w["neighbour"], f"neighbouring places {km:.1f} km apart")
        elif km <= w["veto_km"]:
            acc.add("place", w["far"], f"different places {km:.0f} km apart")
        else:
            acc.veto = f"places {km:.0f} km apart"
        return
    if a.place_text and b.place_text:
        if set(a.place_names) & set(b.place_names):
            acc.add("place", w["same_text"], "same place name (one unresolved)")
        elif script_of(a.place_text) == script_of(b.place_text):
            acc.add("place", w["other_text"], "different place names (unresolved)")
        else:
            acc.add("place", 0.0, "place names in different scripts (unresolved): not compared")


def _same_actor(x: ActorKey, y: ActorKey) -> bool | None:
    """True (same), False (different) or None (cannot tell: "unidentified gunmen" may be anyone, and
    a class of armed actors ("military forces", "police") may be the armed group another outlet names)."""
    if x.generic != y.generic and x.actor_type in ARMED_ACTOR_TYPES and y.actor_type in ARMED_ACTOR_TYPES:
        return None
    if x.actor_id and y.actor_id:
        if x.actor_id == y.actor_id:
            return True
        return False if x.identified and y.identified else None
    if x.name and x.name == y.name:
        return True
    if x.identified and y.identified and x.actor_type is not y.actor_type:
        return False
    return None


def _actor(
    role: str, x: ActorKey | None, y: ActorKey | None, cfg: ClusterConfig, acc: _Acc
) -> None:
    if x is None or y is None:
        return
    w = cfg.actors
    same = _same_actor(x, y)
    if same is True:
        acc.add(role, w[f"{role}_same"], f"same {role} ({x.actor_id or x.name})")
    elif same is False:
        by_type_only = not (x.actor_id and y.actor_id)
        weight = w[f"{role}_other"] * (w["type_other"] if by_type_only else 1.0)
        what = "types" if by_type_only else "actors"
        acc.add(role, weight, f"different {role} {what} ({x.actor_id or x.name} / {y.actor_id or y.name})")


def _crossed_roles(a: Profile, b: Profile, cfg: ClusterConfig, acc: _Acc) -> bool:
    """An actor that is the perpetrator in one report and the target in the other: outlets of opposite
    sides tell one clash with the roles the other way round ("X attacked Y" / "Y repelled an attack by
    X"), and a misread voice does the same. Such a pair is not held apart by its roles: with both roles
    swapped it gains ``swapped``; with one crossing, roles add nothing, unless the other two roles are
    known to differ (a militia attacked at a checkpoint and the same militia accused of shooting a shop
    owner that night are two events). Returns whether roles were treated as crossed."""
    forward = _known_same(a.perpetrator, b.target)
    backward = _known_same(a.target, b.perpetrator)
    if not (forward or backward):
        return False
    other = (a.target, b.perpetrator) if forward else (a.perpetrator, b.target)
    if not (forward and backward) and _known_different(*other):
        return False
    if forward and backward:
        acc.add("actors", cfg.actors["swapped"], "same two actors with the roles swapped")
    else:
        x = a.perpetrator if forward else a.target
        assert x is not None
        acc.add("actors", 0.0, f"{x.actor_id or x.name} is perpetrator in one report, target in the other: "
                "roles not compared")
    return True


def _known_same(x: ActorKey | None, y: ActorKey | None) -> bool:
    return x is not None and y is not None and x.identified and y.identified and _same_actor(x, y) is True


def _known_different(x: ActorKey | None, y: ActorKey | None) -> bool:
    return x is not None and y is not None and x.identified and y.identified and _same_actor(x, y) is False


def _figures(kind: str, x: int | None, y: int | None, cfg: ClusterConfig, acc: _Acc) -> None:
    if x is None or y is None:
        return
    w = cfg.casualties
    prefix = "killed" if kind == "killed" else "other"
    lo, hi = min(x, y), max(x, y)
    if lo == hi:
        acc.add(kind, w[f"{prefix}_same"], f"same {kind} figure ({x})")
    elif hi - lo <= w["slack"] or lo * w["ratio"] >= hi:
        acc.add(kind, w[f"{prefix}_compatible"], f"compatible {kind} figures ({x} / {y})")
    else:
        acc.add(kind, w[f"{prefix}_incompatible"], f"incompatible {kind} figures ({x} / {y})")


def _text(a: Profile, b: Profile, cfg: ClusterConfig, acc: _Acc) -> None:
    if not a.signature or not b.signature:
        return
    if a.script != b.script:
        acc.add("text", 0.0, "different languages: text not compared")
        return
    j = estimate_jaccard(a.signature, b.signature)
    floor, weight = cfg.text["floor"], cfg.text["weight"]
    gain = weight * max(0.0, (j - floor) / (1.0 - floor))
    acc.add("text", round(gain, 4), f"text similarity {j:.2f} (MinHash)")


def score_pair(a: Profile, b: Profile, cfg: ClusterConfig) -> PairScore:
    """Score two reports of one family; contributions in a fixed feature order."""
    if b.id < a.id:
        a, b = b, a
    acc = _Acc()
    _date(a, b, cfg, acc)
    if not acc.veto:
        _place(a, b, cfg, acc)
    if acc.veto:
        return PairScore(score=float("-inf"), parts=tuple(acc.items), veto=acc.veto)
    if a.event_type is b.event_type:
        acc.add("type", cfg.type_same, f"same type ({a.event_type.value})")
    if not _crossed_roles(a, b, cfg, acc):
        _actor("perpetrator", a.perpetrator, b.perpetrator, cfg, acc)
        _actor("target", a.target, b.target, cfg, acc)
    _figures("killed", a.killed, b.killed, cfg, acc)
    _figures("injured", a.injured, b.injured, cfg, acc)
    _figures("abducted", a.abducted, b.abducted, cfg, acc)
    _figures("arrested", a.arrested, b.arrested, cfg, acc)
    _text(a, b, cfg, acc)
    return PairScore(score=round(acc.total, 4), parts=tuple(acc.items))
