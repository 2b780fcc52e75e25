"""Builders for clustering tests: reports with resolved places, actors and figures (invented)."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

from marsad.jobs.cluster_eval import load_labelled
from marsad.model import (
    ActorMention,
    CasualtyFigure,
    EventDate,
    EventReport,
    Evidence,
    Place,
    PlaceMention,
    TextSpan,
)
from marsad.resolve.cluster_eval import LabelledReport
from marsad.vocab import ActorType, CasualtyKind, Certainty, EventType, GeoPrecision, Role, TimePrecision

EVAL = Path(__file__).resolve().parents[2] / "eval/clusters"


@cache
def labelled(name: str = "reports.jsonl") -> tuple[LabelledReport, ...]:
    return tuple(load_labelled(EVAL / name))


def town(key: str, lat: float, lon: float, precision: GeoPrecision = GeoPrecision.TOWN) -> Place:
    return Place(id=f"geonames:{key}", name=key.title(), name_ar="", latitude=lat, longitude=lon,
                 country_code="SY", admin1="Invented", admin2="Wadi", precision=precision)  # fmt: skip


def _ev(doc: str, text: str) -> Evidence:
    return Evidence(document_id=doc, span=TextSpan(start=0, end=len(text)), quote=text, producer="test.v1")


def rep(
    doc: str,
    *,
    text: str = "",
    event_type: EventType = EventType.MINE_IED,
    day: date | None = date(2024, 4, 12),
    precision: TimePrecision = TimePrecision.DAY,
    place: Place | None = None,
    place_text: str = "Kharab",
    perpetrator: tuple[str, str | None, ActorType] | None = None,
    target: tuple[str, str | None, ActorType] | None = None,
    killed: int | None = None,
    injured: int | None = None,
    approximate: bool = False,
    certainty: Certainty = Certainty.ASSERTED,
) -> EventReport:
    text = text or f"report {doc}"
    sentence = _ev(doc, text)

    def actor(spec: tuple[str, str | None, ActorType] | None, role: Role) -> ActorMention | None:
        if spec is None:
            return None
        name, aid, kind = spec
        return ActorMention(text=name, role=role, evidence=sentence, actor_id=aid, name=name, actor_type=kind)

    figures = tuple(
        CasualtyFigure(kind=kind, value=value, evidence=sentence, approximate=approximate)
        for kind, value in ((CasualtyKind.KILLED, killed), (CasualtyKind.INJURED, injured))
        if value is not None
    )
    trigger = Evidence(document_id=doc, span=TextSpan(start=0, end=1), quote=text[:1], producer="test.v1")
    return EventReport(
        id=EventReport.make_id(doc, event_type, trigger.span),
        document_id=doc,
        event_type=event_type,
        certainty=certainty,
        trigger=trigger,
        sentence=sentence,
        perpetrator=actor(perpetrator, Role.PERPETRATOR),
        target=actor(target, Role.TARGET),
        places=(PlaceMention(text=place_text, evidence=sentence, place=place),) if place_text else (),
        date=EventDate(start=day, end=day, precision=precision) if day else None,
        casualties=figures,
    )


KHARAB = town("kharab", 35.100, 40.400)
NEIGHBOUR = town("neighbour", 35.130, 40.445)  # about 5 km away
FAR = town("far", 36.600, 38.900)  # about 200 km away
DISTRICT = town("district", 35.150, 40.300, GeoPrecision.REGION)
BBB = ("Black Banner Brigade", "act:bbb", ActorType.REBEL_GROUP)
NGF = ("National Guard Forces", "act:ngf", ActorType.STATE_FORCES)
CIVILIANS = ("civilians", None, ActorType.CIVILIANS)
PATROL = ("a patrol", "act:ngf", ActorType.STATE_FORCES)
