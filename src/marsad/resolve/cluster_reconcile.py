"""Reconciled Event fields from member reports, each with the reports that support and contradict it.

- type: the majority type (ties: the first report's); certainty: the strongest claim
  (asserted > alleged > threatened > denied > hypothetical > historical > negated);
- date: the narrowest range (ties: the most reported, then the earliest); a dated report supports it
  when its range overlaps it;
- place: the most reported resolved place (ties: the most precise, then the first); unresolved
  reports support it when their place text is the same;
- perpetrator / target: the majority name (catalogue name, else the text), named actors before
  catalogued classes ("gunmen", "police");
- casualties: the ledger (:mod:`cluster_ledger`), every report's figure with its source.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from marsad.extract.actor_catalog import generic_actor_ids
from marsad.model import Event, EventDate, EventReport, FieldSupport, Membership, Place
from marsad.resolve.cluster_ledger import ledger_for
from marsad.text.normalize import normalize_str
from marsad.vocab import ActorType, Certainty

__all__ = ["CERTAINTY_RANK", "reconcile"]

CERTAINTY_RANK = {
    Certainty.ASSERTED: 0,
    Certainty.ALLEGED: 1,
    Certainty.THREATENED: 2,
    Certainty.DENIED: 3,
    Certainty.HYPOTHETICAL: 4,
    Certainty.HISTORICAL: 5,
    Certainty.NEGATED: 6,
}


def _support(
    name: str, value: str, reports: Sequence[EventReport], key: Callable[[EventReport], str | None],
    agrees: Callable[[str], bool] | None = None,
) -> FieldSupport:  # fmt: skip
    supporting: list[str] = []
    disagreeing: list[str] = []
    for r in reports:
        k = key(r)
        if k is None:
            continue
        (supporting if (agrees(k) if agrees else k == value) else disagreeing).append(r.id)
    return FieldSupport(field=name, value=value, supporting=tuple(supporting), disagreeing=tuple(disagreeing))


def _majority(keys: Sequence[str]) -> str:
    counted = Counter(k for k in keys if k)
    if not counted:
        return ""
    top = max(counted.values())
    return next(k for k in keys if counted.get(k) == top)


def _actor_name(r: EventReport, role: str) -> str | None:
    m = r.perpetrator if role == "perpetrator" else r.target
    return None if m is None else (m.name or m.text)


def _reconciled_actor(reports: Sequence[EventReport], role: str) -> str:
    """The majority actor, preferring named actors over catalogued classes ("gunmen", "police"): when
    one outlet names the faction and another only says "police", the event names the faction."""
    generic = generic_actor_ids()
    specific = []
    for r in reports:
        m = r.perpetrator if role == "perpetrator" else r.target
        if m is not None and m.actor_id not in generic and (name := m.name or m.text):
            specific.append(name)
    return _majority(specific) or _majority([n for r in reports if (n := _actor_name(r, role))])


def _actor_type(reports: Sequence[EventReport], role: str, name: str) -> ActorType | None:
    for r in reports:
        m = r.perpetrator if role == "perpetrator" else r.target
        if m is not None and (m.name or m.text) == name:
            return m.actor_type
    return None


def _date(reports: Sequence[EventReport]) -> EventDate | None:
    dated = [r.date for r in reports if r.date is not None]
    if not dated:
        return None
    width = min(d.end - d.start for d in dated)
    narrow = [d for d in dated if d.end - d.start == width]
    counted = Counter(d.start for d in narrow)
    top = max(counted.values())
    start = min(s for s, n in counted.items() if n == top)
    return next(d for d in narrow if d.start == start)


def _place(reports: Sequence[EventReport]) -> Place | None:
    resolved = [m.place for r in reports for m in r.places[:1] if m.place is not None]
    resolved += [m.place for r in reports for m in r.places[1:] if m.place is not None]
    if not resolved:
        return None
    counted = Counter(p.id for p in resolved)
    return min(resolved, key=lambda p: (-counted[p.id], int(p.precision)))


def _first_place_id(r: EventReport) -> str | None:
    return next((m.place.id for m in r.places if m.place is not None), None)


def reconcile(
    event_id: str,
    reports: Sequence[EventReport],
    sources: dict[str, str],
    *,
    members: Sequence[Membership] = (),
    rejected: bool = False,
) -> Event:
    """The Event for ``reports`` (the first is the founder). ``members`` are the explanations known so
    far; a report without one (an event made before explanations were kept) gets a ``legacy`` one."""
    if not reports:
        raise ValueError("an event needs at least one report")
    types = _majority([r.event_type.value for r in reports])
    event_type = next(r.event_type for r in reports if r.event_type.value == types)
    certainty = min((r.certainty for r in reports), key=CERTAINTY_RANK.__getitem__)
    date = _date(reports)
    place = _place(reports)
    place_text = next((m.text for r in reports for m in r.places if place and m.place == place), "") or next(
        (m.text for r in reports for m in r.places), ""
    )
    perpetrator = _reconciled_actor(reports, "perpetrator")
    target = _reconciled_actor(reports, "target")
    support = [
        _support("event_type", event_type.value, reports, lambda r: r.event_type.value),
        _support("certainty", certainty.value, reports, lambda r: r.certainty.value),
    ]
    if date is not None:
        chosen = date
        support.append(_support(
            "date", chosen.start.isoformat() if chosen.start == chosen.end
            else f"{chosen.start.isoformat()}..{chosen.end.isoformat()}", reports,
            lambda r: None if r.date is None else f"{r.date.start.toordinal()}:{r.date.end.toordinal()}",
            lambda k: int(k.split(":")[0]) <= chosen.end.toordinal()
            and int(k.split(":")[1]) >= chosen.start.toordinal(),
        ))  # fmt: skip
    if place is not None or place_text:
        text_key = normalize_str(place_text).lower()
        pid = place.id if place else ""

        def place_key(r: EventReport) -> str | None:
            rid = _first_place_id(r)
            if rid is not None:
                return "id:" + rid
            return "text:" + normalize_str(r.places[0].text).lower() if r.places else None

        support.append(_support(
            "place", place.name if place else place_text, reports, place_key,
            lambda k: k == "id:" + pid or k == "text:" + text_key,
        ))  # fmt: skip
    if perpetrator:
        support.append(_support("perpetrator", perpetrator, reports, lambda r: _actor_name(r, "perpetrator")))
    if target:
        support.append(_support("target", target, reports, lambda r: _actor_name(r, "target")))
    known = {m.report_id: m for m in members}
    ordered = tuple(
        known.get(r.id) or Membership(report_id=r.id, decided_by="legacy", note="joined before explanations")
        for r in reports
    )
    return Event(
        id=event_id,
        event_type=event_type,
        certainty=certainty,
        report_ids=tuple(r.id for r in reports),
        date=date,
        place=place,
        place_text=place_text,
        perpetrator=perpetrator,
        perpetrator_type=_actor_type(reports, "perpetrator", perpetrator) if perpetrator else None,
        target=target,
        target_type=_actor_type(reports, "target", target) if target else None,
        ledger=ledger_for(reports, sources),
        sources=tuple(dict.fromkeys(s for r in reports if (s := sources.get(r.id, "")))),
        summary=reports[0].sentence.quote[:500],
        rejected=rejected,
        members=ordered,
        support=tuple(support),
    )
