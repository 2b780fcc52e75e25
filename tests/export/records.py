"""Small builders for event records used by export and clustering tests."""

from __future__ import annotations

from datetime import date

from marsad.model import (
    ActorMention,
    CasualtyFigure,
    CasualtyLedgerEntry,
    Event,
    EventDate,
    EventReport,
    Evidence,
    Place,
    PlaceMention,
    TextSpan,
)
from marsad.vocab import ActorType, CasualtyKind, Certainty, EventType, GeoPrecision, Role, TimePrecision


def ev(doc: str, start: int = 0, end: int = 4, quote: str = "text") -> Evidence:
    return Evidence(document_id=doc, span=TextSpan(start=start, end=end), quote=quote, producer="test.v1")


def place(pid: str = "geonames:1", name: str = "Kharab Town", lat: float = 35.0, lon: float = 40.0) -> Place:
    return Place(
        id=pid,
        name=name,
        latitude=lat,
        longitude=lon,
        country_code="SY",
        admin1="Deir ez-Zor",
        admin2="Al Mayadin",
        precision=GeoPrecision.TOWN,
    )


def report(
    doc: str,
    *,
    trigger: int = 0,
    event_type: EventType = EventType.MINE_IED,
    day: date | None = date(2024, 4, 12),
    place_text: str = "Kharab Town",
    resolved: Place | None = None,
    killed: int | None = None,
    certainty: Certainty = Certainty.ASSERTED,
    perpetrator: str = "",
) -> EventReport:
    trig = ev(doc, trigger, trigger + 4)
    return EventReport(
        id=EventReport.make_id(doc, event_type, trig.span),
        document_id=doc,
        event_type=event_type,
        certainty=certainty,
        trigger=trig,
        sentence=ev(doc, 0, 40, "a sentence about the blast"),
        date=EventDate(start=day, end=day, precision=TimePrecision.DAY) if day else None,
        places=(PlaceMention(text=place_text, evidence=ev(doc, 10, 21, place_text), place=resolved),)
        if place_text
        else (),
        casualties=(CasualtyFigure(kind=CasualtyKind.KILLED, value=killed, evidence=ev(doc)),)
        if killed is not None
        else (),
        perpetrator=ActorMention(
            text=perpetrator,
            role=Role.PERPETRATOR,
            evidence=ev(doc),
            name=perpetrator,
            actor_type=ActorType.REBEL_GROUP,
        )
        if perpetrator
        else None,
    )


def event(**kw: object) -> Event:
    base: dict[str, object] = {
        "id": "evt_1",
        "event_type": EventType.MINE_IED,
        "certainty": Certainty.ASSERTED,
        "report_ids": ("rep_a", "rep_b"),
        "date": EventDate(start=date(2024, 4, 12), end=date(2024, 4, 12), precision=TimePrecision.DAY),
        "place": place(),
        "perpetrator": "Islamic State",
        "perpetrator_type": ActorType.REBEL_GROUP,
        "target": "civilians",
        "target_type": ActorType.CIVILIANS,
        "ledger": (
            CasualtyLedgerEntry(report_id="rep_a", source="Outlet A", kind=CasualtyKind.KILLED, value=2),
            CasualtyLedgerEntry(report_id="rep_b", source="Outlet B", kind=CasualtyKind.KILLED, value=3),
        ),
        "sources": ("Outlet A", "Outlet B"),
        "summary": "انفجار عبوة ناسفة",
    }
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]
