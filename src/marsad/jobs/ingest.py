"""Ingest: read sources (files, folders, feeds, pages), build Documents, store them idempotently."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from marsad.config import Settings
from marsad.documents.build import build_document
from marsad.errors import MarsadError
from marsad.jobs.outcome import JobOutcome
from marsad.jobs.progress import Progress, SilentProgress
from marsad.model import Document, Failure, RawItem
from marsad.sources.detect import classify_source
from marsad.sources.feeds import read_feed
from marsad.sources.files import iter_paths
from marsad.sources.http import HttpClient
from marsad.sources.web import read_page
from marsad.store.records import FeedState
from marsad.store.store import Store

log = logging.getLogger(__name__)


def _failure_from_error(exc: MarsadError, *, location: str, stage: str, kind: str) -> Failure:
    return Failure(
        stage=stage, location=location, reason=str(exc), error_type=type(exc).__name__, source_kind=kind
    )


def iter_source(
    source: str, *, client: HttpClient | None, store: Store, outcome: JobOutcome
) -> Iterator[RawItem | Failure]:
    """Raw items of one source argument (a path, a feed URL or a page URL)."""
    kind = classify_source(source)
    if kind == "file":
        yield from iter_paths([Path(source)])
        return
    if client is None:  # pragma: no cover - callers always pass a client for URLs
        raise ValueError("a URL source needs an HttpClient")
    if kind == "feed":
        state = store.get_feed_state(source)
        try:
            result = read_feed(
                source,
                client,
                etag=(state.etag or None) if state else None,
                last_modified=(state.last_modified or None) if state else None,
            )
        except MarsadError as exc:
            store.set_feed_state(
                FeedState(
                    url=source,
                    etag=state.etag if state else "",
                    last_modified=state.last_modified if state else "",
                    last_polled=datetime.now(UTC),
                    last_status=None,
                    last_error=str(exc),
                )
            )
            yield _failure_from_error(exc, location=source, stage="source", kind="feed")
            return
        store.set_feed_state(
            FeedState(
                url=source,
                etag=result.etag or "",
                last_modified=result.last_modified or "",
                last_polled=datetime.now(UTC),
                last_status=304 if result.not_modified else 200,
            )
        )
        if result.not_modified:
            outcome.count("feeds_not_modified")
        yield from result.items
        yield from result.failures
        return
    try:
        yield read_page(source, client)
    except MarsadError as exc:
        yield _failure_from_error(exc, location=source, stage="source", kind="web")


def ingest_items(
    items: Iterable[RawItem | Failure],
    *,
    store: Store,
    run_id: str,
    outcome: JobOutcome,
    progress: Progress,
    batch_size: int,
) -> None:
    """Build documents and store them in batches (one transaction per batch)."""
    batch: list[Document] = []

    def flush() -> None:
        if not batch:
            return
        result = store.add_documents(batch, run_id=run_id)
        outcome.count("documents_added", result.added)
        outcome.count("documents_duplicate", result.duplicates)
        progress.advance(len(batch))
        batch.clear()

    for item in items:
        built = build_document(item) if isinstance(item, RawItem) else item
        if isinstance(built, Failure):
            store.quarantine(built, run_id=run_id)
            outcome.count("failures")
            outcome.failures.append(f"{built.stage}: {built.location}: {built.reason}")
            progress.advance(1)
            continue
        batch.append(built)
        if len(batch) >= batch_size:
            flush()
    flush()


def ingest(
    sources: Sequence[str],
    *,
    store: Store,
    settings: Settings,
    progress: Progress | None = None,
    client: HttpClient | None = None,
) -> JobOutcome:
    """Ingest every source; failures are quarantined and the run goes on."""
    progress = progress or SilentProgress()
    outcome = JobOutcome(kind="ingest")
    outcome.run_id = store.start_run("ingest", settings.config_hash())
    started = time.perf_counter()
    needs_http = any(classify_source(s) != "file" for s in sources)
    own_client = client is None and needs_http
    http = HttpClient(settings) if own_client else client
    status = "failed"
    try:
        progress.start("ingesting", None)
        for source in sources:
            ingest_items(
                iter_source(source, client=http, store=store, outcome=outcome),
                store=store,
                run_id=outcome.run_id,
                outcome=outcome,
                progress=progress,
                batch_size=settings.batch_size,
            )
        status = "ok" if outcome.ok else "failed"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        progress.finish()
        if own_client and http is not None:
            http.close()
        outcome.timings["total_s"] = time.perf_counter() - started
        store.finish_run(
            outcome.run_id,
            status=status,
            counts=outcome.counts,
            timings=outcome.timings,
            n_failures=len(outcome.failures),
        )
    log.info("ingest finished: %s", outcome.counts)
    return outcome
