"""Run: process new documents through the pipeline and cluster their reports into events.

Crash safety: each batch's extractions (reports, tallies, document status) are written in one
transaction, then the batch's reports are clustered. A run killed at any point leaves either a
complete batch or nothing; reports saved but not yet clustered are picked up first by the next run.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence

from marsad.config import Settings
from marsad.jobs.clustering import cluster_new_reports
from marsad.jobs.outcome import JobOutcome
from marsad.jobs.progress import Progress, SilentProgress
from marsad.model import Document, EventReport
from marsad.pipeline.process import PipelineResources, load_pipeline, process_batch
from marsad.store.store import Store

log = logging.getLogger(__name__)


def cluster_reports(store: Store, reports: Sequence[EventReport], documents: dict[str, Document]) -> int:
    """Assign reports to events (joining existing ones where they match); returns events changed.

    Scored, explained clustering that respects analyst decisions: see :mod:`marsad.jobs.clustering`.
    """
    return cluster_new_reports(store, reports, documents)


def run_pipeline(
    *,
    store: Store,
    settings: Settings,
    progress: Progress | None = None,
    resources: PipelineResources | None = None,
    limit: int | None = None,
) -> JobOutcome:
    """Process every pending document (or ``limit`` of them) in batches."""
    progress = progress or SilentProgress()
    outcome = JobOutcome(kind="run")
    outcome.run_id = store.start_run("run", settings.config_hash())
    started = time.perf_counter()
    status = "failed"
    try:
        leftovers = store.unassigned_reports(limit=None)
        if leftovers:
            log.info("clustering %d reports left over by an interrupted run", len(leftovers))
            outcome.count("events_changed", cluster_reports(store, leftovers, {}))
        t0 = time.perf_counter()
        resources = resources or load_pipeline(settings)
        outcome.timings["load_s"] = time.perf_counter() - t0
        pending_total = store.count_documents(status="new")
        total = min(pending_total, limit) if limit is not None else pending_total
        progress.start("processing", total)
        done = 0
        while limit is None or done < limit:
            size = settings.batch_size if limit is None else min(settings.batch_size, limit - done)
            docs = store.pending_documents(limit=size)
            if not docs:
                break
            t0 = time.perf_counter()
            result = process_batch(docs, resources)
            outcome.timings["process_s"] = outcome.timings.get("process_s", 0.0) + time.perf_counter() - t0
            t0 = time.perf_counter()
            for doc_id, failure in result.failures:
                store.quarantine(failure, run_id=outcome.run_id)
                store.mark_document_failed(doc_id)
                outcome.failures.append(f"{failure.stage}: {failure.location}: {failure.reason}")
            store.save_extractions(result.extractions, run_id=outcome.run_id)
            reports = [r for e in result.extractions for r in e.reports]
            outcome.count("documents_processed", len(result.extractions))
            outcome.count("reports", len(reports))
            outcome.count("tallies", sum(len(e.tallies) for e in result.extractions))
            outcome.count("events_changed", cluster_reports(store, reports, {d.id: d for d in docs}))
            outcome.timings["store_s"] = outcome.timings.get("store_s", 0.0) + time.perf_counter() - t0
            done += len(docs)
            progress.advance(len(docs))
        status = "ok" if outcome.ok else "failed"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        progress.finish()
        outcome.timings["total_s"] = time.perf_counter() - started
        store.finish_run(
            outcome.run_id,
            status=status,
            counts=outcome.counts,
            timings=outcome.timings,
            n_failures=len(outcome.failures),
        )
    return outcome
