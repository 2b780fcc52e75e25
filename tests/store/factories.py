"""Small builders for store test records. Names and places are invented."""

from __future__ import annotations

from datetime import UTC, date, datetime

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
    Failure,
    Place,
    PlaceMention,
    TallyClaim,
    TextSpan,
)
from marsad.vocab import (
    CasualtyKind,
    Certainty,
    DocumentStatus,
    EventType,
    Language,
    Role,
    TimePrecision,
)

T0 = datetime(2024, 4, 1, 8, 30, tzinfo=UTC)
DAY0 = date(2024, 4, 1)


def make_document(n: int = 0, *, text: str = "", source: str = "wakalat al-nahr") -> Document:
    body = text or f"قصف مدفعي على قرية تل النهر في اليوم رقم {n} وأسفر عن مقتل مدنيين اثنين."
    return Document.create(
        text=body,
        title=f"خبر {n}",
        url=f"https://news.example/{n}",
        source=source,
        source_kind="feed",
        published=T0,
        fetched=T0,
        language=Language.AR,
        metadata=(("feed", "https://news.example/rss"), ("n", str(n))),
    )


def evidence(doc: Document, start: int = 0, end: int = 4, producer: str = "test.v1") -> Evidence:
    return Evidence.from_text(document_id=doc.id, text=doc.text, span=TextSpan(start=start, end=end),
                              producer=producer)


def make_place(
    name: str = "Tel Nahr", *, admin1: str = "Wadi Governorate", admin2: str = "Qasr District",
    lat: float = 36.5, lon: float = 40.75,
) -> Place:
    return Place(id=f"geonames:{abs(hash(name)) % 10_000_000}", name=name, latitude=lat, longitude=lon,
                 country_code="SY", admin1=admin1, admin2=admin2)


def make_report(
    doc: Document,
    *,
    trigger_start: int = 0,
    event_type: EventType = EventType.SHELLING,
    certainty: Certainty = Certainty.ASSERTED,
    day: date | None = DAY0,
    killed: int | None = None,
    injured: int | None = None,
    perpetrator: str = "",
    target: str = "",
    place: Place | None = None,
    place_text: str = "تل النهر",
) -> EventReport:
    ev = evidence(doc, trigger_start, trigger_start + 3)
    casualties = []
    if killed is not None:
        casualties.append(CasualtyFigure(kind=CasualtyKind.KILLED, value=killed, evidence=ev))
    if injured is not None:
        casualties.append(CasualtyFigure(kind=CasualtyKind.INJURED, value=injured, evidence=ev))
    return EventReport(
        id=EventReport.make_id(doc.id, event_type, ev.span),
        document_id=doc.id,
        event_type=event_type,
        certainty=certainty,
        trigger=ev,
        sentence=evidence(doc, 0, len(doc.text)),
        perpetrator=ActorMention(text=perpetrator, role=Role.PERPETRATOR, evidence=ev, name=perpetrator)
        if perpetrator else None,
        target=ActorMention(text=target, role=Role.TARGET, evidence=ev) if target else None,
        places=(PlaceMention(text=place_text, evidence=ev, place=place),) if place_text else (),
        date=EventDate(start=day, end=day, precision=TimePrecision.DAY) if day else None,
        casualties=tuple(casualties),
    )


def make_tally(doc: Document, *, count: int = 27, period: str = "2024-04") -> TallyClaim:
    return TallyClaim(id=f"tal_{doc.id}_{count}", document_id=doc.id, count=count, evidence=evidence(doc),
                      period=period, area="Wadi Governorate", categories=("attack",), source="observers")


def make_extraction(
    doc: Document,
    reports: tuple[EventReport, ...] = (),
    tallies: tuple[TallyClaim, ...] = (),
    status: DocumentStatus = DocumentStatus.PROCESSED,
) -> Extraction:
    return Extraction(document_id=doc.id, status=status, reports=reports, tallies=tallies)


def make_event(
    event_id: str,
    reports: tuple[EventReport, ...] = (),
    *,
    event_type: EventType = EventType.SHELLING,
    certainty: Certainty = Certainty.ASSERTED,
    day: date | None = DAY0,
    end: date | None = None,
    place: Place | None = None,
    place_text: str = "تل النهر",
    perpetrator: str = "",
    target: str = "",
    killed: tuple[int, ...] = (),
    rejected: bool = False,
) -> Event:
    ledger = tuple(
        CasualtyLedgerEntry(report_id=reports[0].id if reports else "rep_x", source=f"source {i}",
                            kind=CasualtyKind.KILLED, value=v)
        for i, v in enumerate(killed)
    )
    return Event(
        id=event_id,
        event_type=event_type,
        certainty=certainty,
        report_ids=tuple(r.id for r in reports),
        date=EventDate(start=day, end=end or day, precision=TimePrecision.DAY) if day else None,
        place=place,
        place_text=place_text,
        perpetrator=perpetrator,
        target=target,
        ledger=ledger,
        rejected=rejected,
    )


def make_failure(location: str = "feeds/example.xml", reason: str = "feed is not XML") -> Failure:
    return Failure(stage="source", location=location, reason=reason, error_type="ParseError",
                   traceback="Traceback (most recent call last): ...", payload="<rss", source_kind="feed")
