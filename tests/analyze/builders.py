"""Builders for analysis tests: events written straight into a store. Names and places are invented."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

import numpy as np

from marsad.model import (
    CasualtyLedgerEntry,
    Document,
    Event,
    EventDate,
    Evidence,
    Extraction,
    Place,
    TallyClaim,
    TextSpan,
)
from marsad.store import Store, to_json
from marsad.store.rows import event_row
from marsad.store.schema import events
from marsad.vocab import CasualtyKind, Certainty, DocumentStatus, EventType, Language, TimePrecision

NOW = datetime(2025, 1, 1, tzinfo=UTC)

PLACES = {
    "Wadi": Place(id="geonames:9000001", name="Tel Nahr", name_ar="تل النهر", latitude=36.5, longitude=40.7,
                  country_code="SY", admin1="Wadi Governorate", admin2="Qasr District"),
    "Jabal": Place(id="geonames:9000002", name="Kafr Sahl", name_ar="كفر سهل", latitude=35.3,
                   longitude=40.1, country_code="SY", admin1="Jabal Governorate", admin2="Sahl District"),
}


def make_event(
    n: int, *, event_type: EventType = EventType.ARMED_ATTACK, day: date | None = date(2024, 4, 3),
    certainty: Certainty = Certainty.ASSERTED, perpetrator: str = "Desert Cells", target: str = "",
    area: str = "Wadi", killed: Sequence[int] = (), injured: Sequence[int] = (), rejected: bool = False,
    reports: int = 1,
) -> Event:
    ledger = tuple(
        CasualtyLedgerEntry(report_id=f"rep_{n}_{i}", source=f"source {i}", kind=kind, value=v)
        for kind, values in ((CasualtyKind.KILLED, killed), (CasualtyKind.INJURED, injured))
        for i, v in enumerate(values)
    )
    place = PLACES[area]
    return Event(
        id=f"evt_{n:07d}", event_type=event_type, certainty=certainty,
        report_ids=tuple(f"rep_{n}_{i}" for i in range(reports)),
        date=EventDate(start=day, end=day, precision=TimePrecision.DAY) if day else None,
        place=place, place_text=place.name, perpetrator=perpetrator, target=target, ledger=ledger,
        rejected=rejected,
    )


def insert_events(store: Store, evs: Sequence[Event]) -> None:
    """Rows straight into ``events`` (no reports needed): analysis only reads that table."""
    with store.engine.begin() as conn:
        conn.execute(events.insert(), [event_row(e, to_json(e), updated_at=NOW) for e in evs])


def add_documents(store: Store, per_day: dict[date, int]) -> None:
    docs = []
    for day, k in per_day.items():
        for i in range(k):
            published = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
            docs.append(Document.create(text=f"خبر {day.isoformat()} رقم {i}", source="wakalat al-nahr",
                                        published=published, language=Language.AR))
    store.add_documents(docs, run_id=None)


def add_tally_claim(store: Store, *, count: int, period: str, categories: tuple[str, ...] = ("armed_attack",),
                    area: str = "") -> TallyClaim:
    text = f"سجل المرصد {count} هجوماً خلال الشهر"
    doc = Document.create(text=text, source="observers", published=NOW, language=Language.AR)
    store.add_documents([doc], run_id=None)
    ev = Evidence.from_text(document_id=doc.id, text=text, span=TextSpan(start=0, end=len(text)),
                            producer="test.v1")
    claim = TallyClaim(id=f"tal_{count}_{period}", document_id=doc.id, count=count, evidence=ev,
                       period=period, area=area, categories=categories, source="Observatory of the River")
    extraction = Extraction(document_id=doc.id, status=DocumentStatus.PROCESSED, tallies=(claim,))
    store.save_extractions([extraction], run_id=None)
    return claim


def linked_scenario(
    store: Store, *, rate_ratio: float, seed: int = 3, weeks: int = 104, lag: int = 2,
) -> None:
    """Weekly threats by 'Northern Army' and attacks by 'Desert Cells' (attacks follow threats by ``lag``
    weeks when ``rate_ratio > 1``), plus documents per day."""
    from marsad.analyze.simulate import simulate_pair

    pair = simulate_pair(np.random.default_rng(seed), n_periods=weeks, rate_ratio=rate_ratio, lag=lag,
                         start=date(2023, 1, 2))
    evs: list[Event] = []
    docs: dict[date, int] = {}
    n = 0
    for w, start in enumerate(pair.cause.starts):
        for i in range(int(pair.cause.counts[w])):
            evs.append(make_event(n, event_type=EventType.THREATEN, certainty=Certainty.THREATENED,
                                  perpetrator="Northern Army", target="Desert Cells",
                                  day=start + timedelta(days=i % 7), area="Jabal"))
            n += 1
        for i in range(int(pair.effect.counts[w])):
            evs.append(make_event(n, event_type=EventType.ARMED_ATTACK, perpetrator="Desert Cells",
                                  day=start + timedelta(days=(i * 3) % 7), killed=(i % 3,)))
            n += 1
        docs[start] = int(pair.volume.counts[w])
    insert_events(store, evs)
    add_documents(store, docs)
