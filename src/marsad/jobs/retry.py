"""Retry quarantined items: re-read their source, or re-queue their document for processing."""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.config import Settings
from marsad.jobs.ingest import ingest_items, iter_source
from marsad.jobs.outcome import JobOutcome
from marsad.jobs.progress import Progress, SilentProgress
from marsad.jobs.run import run_pipeline
from marsad.sources.detect import classify_source
from marsad.sources.http import HttpClient
from marsad.store.records import QuarantineRecord
from marsad.store.store import Store

_LINE_SUFFIX = re.compile(r":\d+$")


def source_of(record: QuarantineRecord) -> str:
    """The source argument to re-read for a failure (``file.jsonl:17`` -> ``file.jsonl``)."""
    if record.location.startswith(("http://", "https://")):
        return record.location
    return _LINE_SUFFIX.sub("", record.location)


def retry_failures(
    ids: Sequence[int] | None,
    *,
    store: Store,
    settings: Settings,
    progress: Progress | None = None,
) -> JobOutcome:
    """Retry the given quarantine ids (all unresolved when ``ids`` is None).

    A retry that succeeds marks the record resolved; one that fails again bumps its attempts.
    """
    progress = progress or SilentProgress()
    outcome = JobOutcome(kind="retry")
    outcome.run_id = store.start_run("retry", settings.config_hash())
    records = [r for r in store.failures() if ids is None or r.id in ids]
    requeued = False
    client: HttpClient | None = None
    try:
        for record in records:
            if record.stage == "extract":
                store.reset_document(record.location)
                store.resolve_failure(record.id)
                requeued = True
                outcome.count("requeued")
                continue
            source = source_of(record)
            if classify_source(source) != "file" and client is None:
                client = HttpClient(settings)
            attempt = JobOutcome(kind="retry-one")
            ingest_items(
                iter_source(source, client=client, store=store, outcome=attempt),
                store=store,
                run_id=outcome.run_id,
                outcome=attempt,
                progress=progress,
                batch_size=settings.batch_size,
            )
            still = any(record.location in msg for msg in attempt.failures)
            if still:
                outcome.failures.append(f"still failing: {record.location}")
            else:
                store.resolve_failure(record.id)
                outcome.count("resolved")
            outcome.merge(JobOutcome(kind="x", counts=attempt.counts))
    finally:
        if client is not None:
            client.close()
        store.finish_run(
            outcome.run_id,
            status="ok" if outcome.ok else "failed",
            counts=outcome.counts,
            timings=outcome.timings,
            n_failures=len(outcome.failures),
        )
    if requeued:
        outcome.merge(run_pipeline(store=store, settings=settings, progress=progress))
    return outcome
