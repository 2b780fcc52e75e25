"""A small store for API and browser tests: invented places and actors, one hostile document."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from marsad.model import (
    ActorMention,
    CasualtyFigure,
    CasualtyLedgerEntry,
    Document,
    Event,
    EventDate,
    EventReport,
    Evidence,
    Extraction,
    Place,
    PlaceMention,
    TextSpan,
)
from marsad.store import Store
from marsad.store.users import add_user
from marsad.vocab import CasualtyKind, Certainty, DocumentStatus, EventType, Language, Role, TimePrecision

PASSWORD = "correct horse battery"
HOSTILE_TITLE = "<script>alert('title')</script>"
HOSTILE_BODY = 'قصف مدفعي على قرية تل الورد <img src=x onerror="alert(1)"> وأسفر عن مقتل ثلاثة مدنيين.'


def _ev(doc: Document, needle: str, producer: str = "test.v1") -> Evidence:
    start = doc.text.index(needle)
    return Evidence.from_text(
        document_id=doc.id,
        text=doc.text,
        span=TextSpan(start=start, end=start + len(needle)),
        producer=producer,
    )


def _place(name: str, admin1: str, lat: float, lon: float) -> Place:
    return Place(
        id=f"geonames:{abs(hash(name)) % 10_000_000}",
        name=name,
        latitude=lat,
        longitude=lon,
        country_code="SY",
        admin1=admin1,
        admin2=f"{admin1} District",
    )


def _report(
    doc: Document,
    trigger: str,
    *,
    event_type: EventType,
    day: date,
    place: Place | None,
    place_text: str,
    perpetrator: str = "",
    killed: int | None = None,
    killed_text: str = "",
) -> EventReport:
    trig = _ev(doc, trigger)
    casualties = ()
    if killed is not None:
        casualties = (CasualtyFigure(kind=CasualtyKind.KILLED, value=killed, evidence=_ev(doc, killed_text)),)
    return EventReport(
        id=EventReport.make_id(doc.id, event_type, trig.span),
        document_id=doc.id,
        event_type=event_type,
        certainty=Certainty.ASSERTED,
        trigger=trig,
        sentence=_ev(doc, doc.text.rstrip()),
        perpetrator=ActorMention(
            text=perpetrator, role=Role.PERPETRATOR, evidence=_ev(doc, perpetrator), name=perpetrator
        )
        if perpetrator
        else None,
        places=(PlaceMention(text=place_text, evidence=_ev(doc, place_text), place=place),),
        date=EventDate(start=day, end=day, precision=TimePrecision.DAY),
        casualties=casualties,
    )


def seed(path: Path) -> dict[str, str]:
    """Create the store at ``path``; returns ids by name."""
    t0 = datetime(2024, 4, 2, 9, 0, tzinfo=UTC)
    hostile = Document.create(
        text=HOSTILE_BODY,
        title=HOSTILE_TITLE,
        url="https://news.example/x",
        source="<b>agency</b>",
        source_kind="feed",
        published=t0,
        language=Language.AR,
    )
    doc2 = Document.create(
        text="Drone strike on Wardville killed 2 fighters of the Jade Brigade.",
        title="Wardville strike",
        url="https://news.example/2",
        source="Example Wire",
        published=t0,
        language=Language.EN,
    )
    doc3 = Document.create(
        text="A drone hit Wardville on Tuesday, killing 3 fighters, the monitor said.",
        title="Wardville again",
        url="https://news.example/3",
        source="Monitor",
        published=t0,
        language=Language.EN,
    )
    doc4 = Document.create(
        text="Protest in Birket Town against fuel prices.",
        title="Protest",
        url="https://news.example/4",
        source="Example Wire",
        published=t0,
        language=Language.EN,
    )
    tel = _place("Tel Ward", "Wadi Governorate", 36.5, 40.7)
    ward = _place("Wardville", "Hill Governorate", 36.9, 41.2)
    r1 = _report(
        hostile,
        "قصف",
        event_type=EventType.SHELLING,
        day=date(2024, 4, 1),
        place=tel,
        place_text="تل الورد",
        killed=3,
        killed_text="ثلاثة",
    )
    r2 = _report(
        doc2,
        "Drone strike",
        event_type=EventType.DRONE_STRIKE,
        day=date(2024, 4, 2),
        place=ward,
        place_text="Wardville",
        perpetrator="Jade Brigade",
        killed=2,
        killed_text="2",
    )
    r3 = _report(
        doc3,
        "drone hit",
        event_type=EventType.DRONE_STRIKE,
        day=date(2024, 4, 2),
        place=ward,
        place_text="Wardville",
        killed=3,
        killed_text="3",
    )
    r4 = _report(
        doc4,
        "Protest",
        event_type=EventType.PROTEST,
        day=date(2024, 3, 20),
        place=None,
        place_text="Birket Town",
    )
    events = [
        Event(
            id="evt_hostile",
            event_type=EventType.SHELLING,
            certainty=Certainty.ASSERTED,
            report_ids=(r1.id,),
            date=r1.date,
            place=tel,
            place_text="تل الورد",
            target="<i>civilians</i>",
            ledger=(
                CasualtyLedgerEntry(
                    report_id=r1.id, source="<b>agency</b>", kind=CasualtyKind.KILLED, value=3
                ),
            ),
            sources=("<b>agency</b>",),
            summary="<script>alert('summary')</script>",
        ),
        Event(
            id="evt_drone",
            event_type=EventType.DRONE_STRIKE,
            certainty=Certainty.ASSERTED,
            report_ids=(r2.id, r3.id),
            date=r2.date,
            place=ward,
            place_text="Wardville",
            perpetrator="Jade Brigade",
            ledger=(
                CasualtyLedgerEntry(
                    report_id=r2.id, source="Example Wire", kind=CasualtyKind.KILLED, value=2
                ),
                CasualtyLedgerEntry(report_id=r3.id, source="Monitor", kind=CasualtyKind.KILLED, value=3),
            ),
            sources=("Example Wire", "Monitor"),
        ),
        Event(
            id="evt_protest",
            event_type=EventType.PROTEST,
            certainty=Certainty.ASSERTED,
            report_ids=(r4.id,),
            date=r4.date,
            place=None,
            place_text="Birket Town",
        ),
    ]
    with Store.open(str(path)) as store:
        store.add_documents([hostile, doc2, doc3, doc4], run_id=None)
        store.save_extractions(
            [
                Extraction(document_id=d.id, status=DocumentStatus.PROCESSED, reports=(r,))
                for d, r in ((hostile, r1), (doc2, r2), (doc3, r3), (doc4, r4))
            ],
            run_id=None,
        )
        store.save_events(events)
        add_user(store, "amal", PASSWORD, "analyst")
        add_user(store, "vera", PASSWORD, "viewer")
    return {"hostile_doc": hostile.id, "r2": r2.id, "r3": r3.id}
