"""The store contract: one class, the same behaviour on SQLite and PostgreSQL.

Every write method is one transaction: it either happens entirely or not at all. Writes are
idempotent (documents, reports and tallies are keyed by content-hash ids), and nothing is silently
overwritten: a changed report, tally or event record gets a row in ``history`` with the old and new
values.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from marsad.errors import NotFoundError, StoreError
from marsad.model import Document, Event, EventReport, Extraction, Failure, TallyClaim
from marsad.store import rows, writes
from marsad.store.codec import from_json
from marsad.store.engine import WRITE, check_connection, make_engine, masked_url
from marsad.store.migrate import current_revision, head_revision
from marsad.store.migrate import migrate as run_migrations
from marsad.store.queries import event_conditions, event_order, insert_for
from marsad.store.records import (
    AddResult,
    EventFilter,
    FeedState,
    HistoryRecord,
    QuarantineRecord,
    RunRecord,
    RunStatus,
)
from marsad.store.schema import (
    documents,
    events,
    feed_state,
    history,
    quarantine,
    reports,
    runs,
    tallies,
)
from marsad.vocab import DocumentStatus, EventType

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["EVENT_FRAME_COLUMNS", "Store"]

EVENT_FRAME_COLUMNS = (
    "id", "event_type", "certainty", "date_start", "date_end", "time_precision", "place_text",
    "place_id", "admin1", "admin2", "latitude", "longitude", "perpetrator", "target",
    "killed_min", "killed_max", "injured_min", "injured_max", "n_reports", "rejected", "updated_at",
)  # fmt: skip
"""Columns of :meth:`Store.events_frame`, in order."""

QUARANTINE_KEY_BYTES = 1200
"""``location`` and ``reason`` are clipped to this many UTF-8 bytes: they form a unique key, and
PostgreSQL cannot index a key much larger than 2.7 kB. The full text stays in ``traceback``."""


def _now() -> datetime:
    return datetime.now(UTC)


def _clip(text: str, max_bytes: int) -> str:
    data = text.encode("utf-8", "surrogatepass")
    if len(data) <= max_bytes:
        return text
    return data[:max_bytes].decode("utf-8", "ignore")


class Store:
    """A marsad database. Open with :meth:`Store.open`; use as a context manager or call :meth:`close`."""

    def __init__(self, engine: Engine) -> None:
        """Wrap an engine made by :func:`marsad.store.engine.make_engine` (prefer :meth:`open`)."""
        self._engine = engine

    # -- lifecycle -------------------------------------------------------------------------------

    @classmethod
    def open(cls, url_or_path: str, *, migrate: bool = True) -> Store:
        """Open (and by default create or upgrade) the store at a SQLite path or database URL.

        Raises :class:`StoreError` when the URL is unusable, the server unreachable, or (with
        ``migrate=False``) the database is not at the schema this marsad expects.
        """
        engine = make_engine(url_or_path)
        try:
            check_connection(engine)
            if migrate:
                run_migrations(engine)
            else:
                current, head = current_revision(engine), head_revision()
                if current != head:
                    raise StoreError(
                        f"the database schema is at {current or 'nothing'}, this marsad needs {head}",
                        hint="open it with migrate=True (the default) to upgrade it",
                        context=masked_url(engine.url),
                    )
        except BaseException:
            engine.dispose()
            raise
        return cls(engine)

    def close(self) -> None:
        """Release every connection. The store cannot be used afterwards."""
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def url(self) -> str:
        """The database URL with any password masked."""
        return masked_url(self._engine.url)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, for read-only ad-hoc queries (notebooks, tests)."""
        return self._engine

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        try:
            with self._engine.connect() as conn:
                conn.execution_options(**{WRITE: True})
                with conn.begin():
                    yield conn
        except SQLAlchemyError as exc:
            raise StoreError(
                f"database write failed: {exc.__class__.__name__}: {str(exc).splitlines()[0]}",
                hint="nothing from this call was saved; fix the cause and run it again",
                context=self.url,
            ) from exc

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self._engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(
                f"database read failed: {exc.__class__.__name__}: {str(exc).splitlines()[0]}",
                hint="check that the database is reachable and migrated",
                context=self.url,
            ) from exc

    # -- runs ------------------------------------------------------------------------------------

    def start_run(self, kind: str, config_hash: str) -> str:
        """Record that a run started; returns its id (a uuid4 hex)."""
        run_id = uuid.uuid4().hex
        with self._write() as conn:
            conn.execute(runs.insert().values(
                id=run_id, kind=kind, started_at=_now(), finished_at=None, status=RunStatus.RUNNING.value,
                config_hash=config_hash, counts={}, timings={}, n_failures=0,
            ))  # fmt: skip
        return run_id

    def finish_run(
        self,
        run_id: str,
        *,
        status: RunStatus | str,
        counts: dict[str, int],
        timings: dict[str, float],
        n_failures: int,
    ) -> None:
        """Record how a run ended (``ok``, ``failed`` or ``interrupted``) and what it counted."""
        try:
            final = RunStatus(status)
        except ValueError:
            raise StoreError(f"unknown run status {status!r}",
                             hint="use ok, failed or interrupted") from None
        with self._write() as conn:
            result = conn.execute(runs.update().where(runs.c.id == run_id).values(
                finished_at=_now(), status=final.value, counts={k: int(v) for k, v in counts.items()},
                timings={k: float(v) for k, v in timings.items()}, n_failures=n_failures,
            ))  # fmt: skip
            if result.rowcount == 0:
                raise NotFoundError(f"no run {run_id!r}", hint="use the id start_run returned")

    def runs(self, limit: int = 20) -> list[RunRecord]:
        """The latest runs, newest first."""
        stmt = sa.select(runs).order_by(runs.c.started_at.desc(), runs.c.id).limit(limit)
        with self._read() as conn:
            return [rows.run_from_row(r._mapping) for r in conn.execute(stmt)]

    def get_run(self, run_id: str) -> RunRecord:
        with self._read() as conn:
            row = conn.execute(sa.select(runs).where(runs.c.id == run_id)).first()
        if row is None:
            raise NotFoundError(f"no run {run_id!r}", hint="list runs with `marsad runs`")
        return rows.run_from_row(row._mapping)

    # -- documents -------------------------------------------------------------------------------

    def add_documents(self, docs: Sequence[Document], *, run_id: str | None) -> AddResult:
        """Add new documents (status ``new``) in one transaction. A known id is left untouched and
        counted as a duplicate (also a repeat inside ``docs``)."""
        unique: dict[str, Document] = {}
        for doc in docs:
            unique.setdefault(doc.id, doc)
        if not unique:
            return AddResult(added=0, duplicates=len(docs))
        now = _now()
        params = [rows.document_row(d, ingested_at=now, run_id=run_id) for d in unique.values()]
        with self._write() as conn:
            stmt = insert_for(conn, documents).on_conflict_do_nothing(index_elements=["id"])
            added = len(conn.execute(stmt.returning(documents.c.id), params).all())
        return AddResult(added=added, duplicates=len(docs) - added)

    def get_document(self, document_id: str) -> Document:
        with self._read() as conn:
            row = conn.execute(sa.select(documents).where(documents.c.id == document_id)).first()
        if row is None:
            raise NotFoundError(f"no document {document_id!r}",
                                hint="check the id; list documents with `marsad documents`")
        return rows.document_from_row(row._mapping)

    def document_status(self, document_id: str) -> DocumentStatus:
        with self._read() as conn:
            status = conn.execute(
                sa.select(documents.c.status).where(documents.c.id == document_id)).scalar()
        if status is None:
            raise NotFoundError(f"no document {document_id!r}", hint="check the id")
        return DocumentStatus(status)

    def pending_documents(self, limit: int | None) -> list[Document]:
        """Documents not processed yet (status ``new``), oldest ingested first, then by id
        (``limit=None``: all)."""
        stmt = (sa.select(documents).where(documents.c.status == DocumentStatus.NEW.value)
                .order_by(documents.c.ingested_at, documents.c.id).limit(limit))
        with self._read() as conn:
            return [rows.document_from_row(r._mapping) for r in conn.execute(stmt)]

    def count_documents(self, status: DocumentStatus | str | None = None) -> int:
        stmt = sa.select(sa.func.count()).select_from(documents)
        if status is not None:
            stmt = stmt.where(documents.c.status == DocumentStatus(status).value)
        with self._read() as conn:
            return int(conn.execute(stmt).scalar_one())

    def mark_document_failed(self, document_id: str) -> None:
        """Mark a document ``failed`` (its failure goes to :meth:`quarantine`); it leaves the queue."""
        with self._write() as conn:
            writes.set_document_status(conn, document_id, DocumentStatus.FAILED, processed_at=_now())

    def reset_document(self, document_id: str, *, actor: str = "system", reason: str = "retry") -> None:
        """Put a document back in the queue (status ``new``), e.g. to retry it; recorded in history."""
        old = self.document_status(document_id)
        with self._write() as conn:
            writes.set_document_status(conn, document_id, DocumentStatus.NEW, processed_at=None)
            conn.execute(history.insert().values(
                entity="document", entity_id=document_id, action="reset", old={"status": old.value},
                new={"status": DocumentStatus.NEW.value}, actor=actor, reason=reason, at=_now()))

    # -- extractions -----------------------------------------------------------------------------

    def save_extractions(self, extractions: Sequence[Extraction], *, run_id: str | None) -> None:
        """Save reports and tallies and mark each document with its extraction status.

        One transaction for the whole call. Reports and tallies are idempotent by id; a stored one
        whose record differs is updated and the change written to ``history``. Raises
        :class:`NotFoundError` (and saves nothing) when an extraction names an unknown document.
        """
        if not extractions:
            return
        change = writes.Change(actor=f"run:{run_id}" if run_id else "system",
                               reason="re-extracted with a different result", at=_now())
        all_reports = list({r.id: r for e in extractions for r in e.reports}.values())
        all_tallies = list({t.id: t for e in extractions for t in e.tallies}.values())
        with self._write() as conn:
            writes.upsert_records(conn, reports, "report", all_reports, rows.report_row, change,
                                  insert_only={"event_id": None, "created_at": change.at})
            writes.upsert_records(conn, tallies, "tally", all_tallies, rows.tally_row, change)
            statuses = {e.document_id: e.status for e in extractions}
            known = writes.existing_ids(conn, documents, list(statuses))
            missing = [d for d in statuses if d not in known]
            if missing:
                raise NotFoundError(
                    f"{len(missing)} extraction(s) name unknown documents, e.g. {missing[0]!r}",
                    hint="add the documents with add_documents before saving their extractions; "
                    "nothing from this call was saved",
                )
            conn.execute(
                documents.update().where(documents.c.id == sa.bindparam("doc_id"))
                .values(status=sa.bindparam("new_status"), processed_at=sa.bindparam("at")),
                [{"doc_id": d, "new_status": DocumentStatus(s).value, "at": change.at}
                 for d, s in statuses.items()],
            )

    def get_report(self, report_id: str) -> EventReport:
        with self._read() as conn:
            record = conn.execute(sa.select(reports.c.record).where(reports.c.id == report_id)).scalar()
        if record is None:
            raise NotFoundError(f"no report {report_id!r}", hint="check the id")
        return from_json(EventReport, record)

    def unassigned_reports(self, limit: int | None) -> list[EventReport]:
        """Reports not yet in any event, oldest saved first (the clustering's work queue);
        ``limit=None`` returns them all."""
        stmt = (sa.select(reports.c.record).where(reports.c.event_id.is_(None))
                .order_by(reports.c.created_at, reports.c.id).limit(limit))
        return self._reports(stmt)

    def reports_between(
        self, date_from: date, date_to: date, event_types: Iterable[EventType] = ()
    ) -> list[EventReport]:
        """Dated reports whose date range overlaps ``[date_from, date_to]`` (clustering candidates),
        optionally of the given types; ordered by start date, then id."""
        stmt = sa.select(reports.c.record).where(
            reports.c.date_start <= date_to, reports.c.date_end >= date_from)
        types_ = [str(t) for t in event_types]
        if types_:
            stmt = stmt.where(reports.c.event_type.in_(types_))
        return self._reports(stmt.order_by(reports.c.date_start, reports.c.id))

    def reports_for_event(self, event_id: str) -> list[EventReport]:
        """The reports assigned to an event, by id. Raises :class:`NotFoundError` for an unknown event."""
        with self._read() as conn:
            if conn.execute(sa.select(events.c.id).where(events.c.id == event_id)).first() is None:
                raise NotFoundError(f"no event {event_id!r}", hint="check the id")
        stmt = sa.select(reports.c.record).where(reports.c.event_id == event_id).order_by(reports.c.id)
        return self._reports(stmt)

    def count_reports(self) -> int:
        with self._read() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(reports)).scalar_one())

    def _reports(self, stmt: sa.Select[Any]) -> list[EventReport]:
        with self._read() as conn:
            return [from_json(EventReport, rec) for rec in conn.execute(stmt).scalars()]

    def tallies(self, document_id: str | None = None) -> list[TallyClaim]:
        """Tally claims, of one document or all, by document then id."""
        stmt = sa.select(tallies.c.record).order_by(tallies.c.document_id, tallies.c.id)
        if document_id is not None:
            stmt = stmt.where(tallies.c.document_id == document_id)
        with self._read() as conn:
            return [from_json(TallyClaim, rec) for rec in conn.execute(stmt).scalars()]

    # -- events ----------------------------------------------------------------------------------

    def save_events(self, events_: Sequence[Event], *, actor: str = "system", reason: str = "") -> None:
        """Insert or update events and point their reports at them, in one transaction.

        A changed record of an existing event writes a ``history`` row (old and new, actor, reason).
        Reports listed in ``report_ids`` get ``event_id`` set; reports this event previously held
        and no longer lists become unassigned. Unknown report ids raise :class:`NotFoundError`.
        """
        if not events_:
            return
        unique = list({e.id: e for e in events_}.values())
        change = writes.Change(actor=actor, reason=reason, at=_now())

        def to_row(event: Event, encoded: dict[str, Any]) -> dict[str, Any]:
            return rows.event_row(event, encoded, updated_at=change.at)

        with self._write() as conn:
            writes.upsert_records(conn, events, "event", unique, to_row, change)
            writes.assign_reports(conn, unique)

    def get_event(self, event_id: str) -> Event:
        with self._read() as conn:
            record = conn.execute(sa.select(events.c.record).where(events.c.id == event_id)).scalar()
        if record is None:
            raise NotFoundError(f"no event {event_id!r}",
                                hint="check the id; list events with `marsad events`")
        return from_json(Event, record)

    def query_events(self, f: EventFilter | None = None) -> list[Event]:
        """Events matching the filter, newest first, paginated by ``limit``/``offset``."""
        f = f or EventFilter()
        stmt = sa.select(events.c.record).where(*event_conditions(f)).order_by(*event_order())
        stmt = stmt.limit(f.limit).offset(f.offset) if f.limit is not None else stmt.offset(f.offset)
        with self._read() as conn:
            return [from_json(Event, rec) for rec in conn.execute(stmt).scalars()]

    def count_events(self, f: EventFilter | None = None) -> int:
        """How many events match the filter (``limit`` and ``offset`` ignored)."""
        f = f or EventFilter()
        stmt = sa.select(sa.func.count()).select_from(events).where(*event_conditions(f))
        with self._read() as conn:
            return int(conn.execute(stmt).scalar_one())

    def events_frame(self, f: EventFilter | None = None) -> pd.DataFrame:
        """One row per matching event with flat columns (:data:`EVENT_FRAME_COLUMNS`), for notebooks."""
        import pandas as pd

        f = f or EventFilter()
        cols = [events.c[name] for name in EVENT_FRAME_COLUMNS]
        stmt = sa.select(*cols).where(*event_conditions(f)).order_by(*event_order())
        stmt = stmt.limit(f.limit).offset(f.offset) if f.limit is not None else stmt.offset(f.offset)
        with self._read() as conn:
            data = [tuple(r) for r in conn.execute(stmt)]
        frame = pd.DataFrame.from_records(data, columns=list(EVENT_FRAME_COLUMNS))
        for name in ("date_start", "date_end"):
            frame[name] = pd.to_datetime(frame[name])
        frame["rejected"] = frame["rejected"].astype(bool)
        return frame

    # -- quarantine ------------------------------------------------------------------------------

    def quarantine(self, failure: Failure, *, run_id: str | None) -> int:
        """Keep a failure; returns its id. The same (stage, location, reason) again bumps ``attempts``
        (and reopens it if it was resolved) instead of adding a row."""
        now = _now()
        values = {
            "run_id": run_id, "stage": failure.stage,
            "location": _clip(failure.location, QUARANTINE_KEY_BYTES),
            "reason": _clip(failure.reason, QUARANTINE_KEY_BYTES),
            "error_type": failure.error_type, "traceback": failure.traceback, "payload": failure.payload,
            "source_kind": failure.source_kind, "created_at": now, "attempts": 1, "resolved_at": None,
        }  # fmt: skip
        with self._write() as conn:
            stmt = insert_for(conn, quarantine).values(values)
            stmt = stmt.on_conflict_do_update(
                index_elements=["stage", "location", "reason"],
                set_={
                    "attempts": quarantine.c.attempts + 1,
                    "run_id": stmt.excluded.run_id,
                    "error_type": stmt.excluded.error_type,
                    "traceback": stmt.excluded.traceback,
                    "payload": stmt.excluded.payload,
                    "source_kind": stmt.excluded.source_kind,
                    "resolved_at": None,
                },
            )
            return int(conn.execute(stmt.returning(quarantine.c.id)).scalar_one())

    def failures(self, include_resolved: bool = False) -> list[QuarantineRecord]:
        """Quarantined failures, oldest first (open ones only unless ``include_resolved``)."""
        stmt = sa.select(quarantine).order_by(quarantine.c.id)
        if not include_resolved:
            stmt = stmt.where(quarantine.c.resolved_at.is_(None))
        with self._read() as conn:
            return [rows.quarantine_from_row(r._mapping) for r in conn.execute(stmt)]

    def get_failure(self, failure_id: int) -> QuarantineRecord:
        with self._read() as conn:
            row = conn.execute(sa.select(quarantine).where(quarantine.c.id == failure_id)).first()
        if row is None:
            raise NotFoundError(f"no quarantined failure {failure_id}",
                                hint="list them with `marsad failures`")
        return rows.quarantine_from_row(row._mapping)

    def resolve_failure(self, failure_id: int) -> None:
        """Mark a failure resolved (kept for the record; hidden from :meth:`failures` by default)."""
        with self._write() as conn:
            result = conn.execute(quarantine.update().where(quarantine.c.id == failure_id)
                                  .values(resolved_at=_now()))
            if result.rowcount == 0:
                raise NotFoundError(f"no quarantined failure {failure_id}",
                                    hint="list them with `marsad failures`")

    # -- history ---------------------------------------------------------------------------------

    def history(self, entity_id: str | None = None, limit: int = 100) -> list[HistoryRecord]:
        """Changes, newest first; of one entity when ``entity_id`` is given."""
        stmt = sa.select(history).order_by(history.c.id.desc()).limit(limit)
        if entity_id is not None:
            stmt = stmt.where(history.c.entity_id == entity_id)
        with self._read() as conn:
            return [rows.history_from_row(r._mapping) for r in conn.execute(stmt)]

    def record_history(
        self, entity: str, entity_id: str, action: str, old: Any, new: Any, actor: str, reason: str
    ) -> int:
        """Append a change (``old``/``new`` must be JSON-able). Returns the row id."""
        with self._write() as conn:
            stmt = history.insert().values(entity=entity, entity_id=entity_id, action=action, old=old,
                                           new=new, actor=actor, reason=reason, at=_now())
            return int(conn.execute(stmt.returning(history.c.id)).scalar_one())

    # -- feeds -----------------------------------------------------------------------------------

    def get_feed_state(self, url: str) -> FeedState | None:
        with self._read() as conn:
            row = conn.execute(sa.select(feed_state).where(feed_state.c.url == url)).first()
        return None if row is None else rows.feed_state_from_row(row._mapping)

    def set_feed_state(self, state: FeedState) -> None:
        values = rows.feed_state_row(state)
        with self._write() as conn:
            stmt = insert_for(conn, feed_state).values(values)
            stmt = stmt.on_conflict_do_update(
                index_elements=["url"], set_={k: v for k, v in values.items() if k != "url"})
            conn.execute(stmt)
