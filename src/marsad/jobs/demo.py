"""Demo: ingest the bundled illustrative corpus and process it (the whole path, offline)."""

from __future__ import annotations

from importlib import resources as importlib_resources

from marsad.config import Settings
from marsad.jobs.ingest import ingest
from marsad.jobs.outcome import JobOutcome
from marsad.jobs.progress import Progress, SilentProgress
from marsad.jobs.run import run_pipeline
from marsad.store.store import Store

DEMO_PACKAGE = "marsad.data.demo"
DEMO_FILE = "reports.jsonl"


def run_demo(
    *, store: Store, settings: Settings, progress: Progress | None = None
) -> tuple[JobOutcome, JobOutcome]:
    """Ingest and process the demo corpus; returns (ingest outcome, run outcome)."""
    progress = progress or SilentProgress()
    ref = importlib_resources.files(DEMO_PACKAGE).joinpath(DEMO_FILE)
    with importlib_resources.as_file(ref) as path:
        got = ingest([str(path)], store=store, settings=settings, progress=progress)
    ran = run_pipeline(store=store, settings=settings, progress=progress)
    return got, ran
