"""Load a distributed run's output into a Store: documents, extractions (reports, tallies), failures
(quarantined) and, when the run clustered, its events. Idempotent: loading twice changes nothing."""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.distributed.files import OutputFolder
from marsad.distributed.output import (
    finished_partitions,
    read_documents,
    read_events,
    read_extractions,
    read_failures,
)
from marsad.model import EventReport
from marsad.store.store import Store

__all__ = ["LoadResult", "load_output"]


@dataclass(slots=True, kw_only=True)
class LoadResult:
    partitions: int = 0
    documents: int = 0
    reports: int = 0
    failures: int = 0
    events: int = 0
    unclustered: list[EventReport] = field(default_factory=list)  # reports left for the caller to cluster

    def counts(self) -> dict[str, int]:
        return {"partitions": self.partitions, "documents": self.documents, "reports": self.reports,
                "failures": self.failures, "events": self.events}  # fmt: skip


def load_output(store: Store, output: str, *, run_id: str | None = None, events: bool = True) -> LoadResult:
    """Load every finished partition of ``output``. With ``events`` (and events in the output) the
    run's events are saved as they are; otherwise the loaded reports come back in ``unclustered``."""
    out = OutputFolder.open(output)
    result = LoadResult()
    all_reports: list[EventReport] = []
    known = {(f.stage, f.location, f.reason) for f in store.failures(include_resolved=True)}
    for key in finished_partitions(out):
        docs = read_documents(out, [key])
        store.add_documents(docs, run_id=run_id)
        extractions = read_extractions(out, [key])
        store.save_extractions(extractions, run_id=run_id)
        failures = read_failures(out, [key])
        for doc_id, failure in failures:
            if (failure.stage, failure.location, failure.reason) not in known:  # loaded before
                store.quarantine(failure, run_id=run_id)
            if doc_id:
                store.mark_document_failed(doc_id)
        result.partitions += 1
        result.documents += len(docs)
        result.failures += len(failures)
        reports = [r for e in extractions for r in e.reports]
        result.reports += len(reports)
        all_reports += reports
    stored = read_events(out) if events else None
    if stored is None:
        result.unclustered = all_reports
        return result
    store.save_events(stored, actor="marsad load", reason="clustered by a distributed run")
    result.events = len(stored)
    return result
