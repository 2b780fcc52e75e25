"""Records <-> table rows: the denormalized columns are derived here, in one place.

Reports: ``perpetrator``/``target`` are the mention's catalogue name, else its text; ``place_text`` is
the first place mention's text; admin1/admin2/latitude/longitude come from the first *resolved* place
mention; ``killed``/``injured`` are :attr:`EventReport.killed` / ``injured``.
Events: the reconciled fields, and min/max per casualty kind from the ledger.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from marsad.model import ActorMention, Document, Event, EventDate, EventReport, TallyClaim
from marsad.store.records import FeedState, HistoryRecord, QuarantineRecord, RunRecord, RunStatus
from marsad.vocab import CasualtyKind, DocumentStatus, Language

__all__ = [
    "document_from_row",
    "document_row",
    "event_row",
    "feed_state_from_row",
    "feed_state_row",
    "history_from_row",
    "quarantine_from_row",
    "report_row",
    "run_from_row",
    "tally_row",
]


def document_row(doc: Document, *, ingested_at: datetime, run_id: str | None) -> dict[str, Any]:
    return {
        "id": doc.id,
        "url": doc.url,
        "title": doc.title,
        "source": doc.source,
        "source_kind": doc.source_kind,
        "published": doc.published,
        "fetched": doc.fetched,
        "language": doc.language.value,
        "text": doc.text,
        "metadata": [[k, v] for k, v in doc.metadata],
        "status": DocumentStatus.NEW.value,
        "ingested_at": ingested_at,
        "processed_at": None,
        "ingest_run_id": run_id,
    }


def document_from_row(row: Mapping[Any, Any]) -> Document:
    return Document(
        id=row["id"],
        text=row["text"],
        title=row["title"],
        url=row["url"],
        source=row["source"],
        source_kind=row["source_kind"],
        published=row["published"],
        fetched=row["fetched"],
        language=Language(row["language"]),
        metadata=tuple((str(k), str(v)) for k, v in row["metadata"] or ()),
    )


def _actor(mention: ActorMention | None) -> str:
    if mention is None:
        return ""
    return mention.name or mention.text


def _dates(date: EventDate | None) -> dict[str, Any]:
    if date is None:
        return {"date_start": None, "date_end": None, "time_precision": None}
    return {"date_start": date.start, "date_end": date.end, "time_precision": date.precision.value}


def report_row(report: EventReport, record: dict[str, Any]) -> dict[str, Any]:
    """Every column of ``reports`` except ``event_id`` and ``created_at``."""
    resolved = next((m.place for m in report.places if m.place is not None), None)
    return {
        "id": report.id,
        "document_id": report.document_id,
        "event_type": report.event_type.value,
        "certainty": report.certainty.value,
        **_dates(report.date),
        "perpetrator": _actor(report.perpetrator),
        "target": _actor(report.target),
        "place_text": report.places[0].text if report.places else "",
        "admin1": resolved.admin1 if resolved else "",
        "admin2": resolved.admin2 if resolved else "",
        "latitude": resolved.latitude if resolved else None,
        "longitude": resolved.longitude if resolved else None,
        "killed": report.killed,
        "injured": report.injured,
        "record": record,
    }


def tally_row(tally: TallyClaim, record: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": tally.id,
        "document_id": tally.document_id,
        "count": tally.count,
        "period": tally.period,
        "area": tally.area,
        "source": tally.source,
        "categories": list(tally.categories),
        "record": record,
    }


def event_row(event: Event, record: dict[str, Any], *, updated_at: datetime) -> dict[str, Any]:
    killed = event.casualty_range(CasualtyKind.KILLED)
    injured = event.casualty_range(CasualtyKind.INJURED)
    place = event.place
    return {
        "id": event.id,
        "event_type": event.event_type.value,
        "certainty": event.certainty.value,
        **_dates(event.date),
        "place_text": event.place_text,
        "place_id": place.id if place else None,
        "admin1": place.admin1 if place else "",
        "admin2": place.admin2 if place else "",
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "perpetrator": event.perpetrator,
        "target": event.target,
        "killed_min": killed[0] if killed else None,
        "killed_max": killed[1] if killed else None,
        "injured_min": injured[0] if injured else None,
        "injured_max": injured[1] if injured else None,
        "n_reports": len(event.report_ids),
        "rejected": event.rejected,
        "record": record,
        "updated_at": updated_at,
    }


def run_from_row(row: Mapping[Any, Any]) -> RunRecord:
    return RunRecord(
        id=row["id"],
        kind=row["kind"],
        started_at=row["started_at"],
        finished_at=row["finished_at"],
        status=RunStatus(row["status"]),
        config_hash=row["config_hash"],
        counts={str(k): int(v) for k, v in (row["counts"] or {}).items()},
        timings={str(k): float(v) for k, v in (row["timings"] or {}).items()},
        n_failures=row["n_failures"],
    )


def quarantine_from_row(row: Mapping[Any, Any]) -> QuarantineRecord:
    return QuarantineRecord(
        id=row["id"],
        run_id=row["run_id"],
        stage=row["stage"],
        location=row["location"],
        reason=row["reason"],
        error_type=row["error_type"],
        traceback=row["traceback"],
        payload=row["payload"],
        source_kind=row["source_kind"],
        created_at=row["created_at"],
        attempts=row["attempts"],
        resolved_at=row["resolved_at"],
    )


def history_from_row(row: Mapping[Any, Any]) -> HistoryRecord:
    return HistoryRecord(
        id=row["id"],
        entity=row["entity"],
        entity_id=row["entity_id"],
        action=row["action"],
        old=row["old"],
        new=row["new"],
        actor=row["actor"],
        reason=row["reason"],
        at=row["at"],
    )


def feed_state_row(state: FeedState) -> dict[str, Any]:
    return {
        "url": state.url,
        "etag": state.etag,
        "last_modified": state.last_modified,
        "last_polled": state.last_polled,
        "last_status": state.last_status,
        "last_error": state.last_error,
    }


def feed_state_from_row(row: Mapping[Any, Any]) -> FeedState:
    return FeedState(
        url=row["url"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        last_polled=row["last_polled"],
        last_status=row["last_status"],
        last_error=row["last_error"],
    )
