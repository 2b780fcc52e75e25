"""Watch: poll the configured feeds on an interval, ingest what is new, process it.

Safe to stop at any moment: every write is transactional and idempotent (content-hash ids, feed
validators stored after each poll), so the next start resumes where the last one stopped.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from marsad.config import Settings
from marsad.errors import ConfigError
from marsad.jobs.ingest import ingest
from marsad.jobs.outcome import JobOutcome
from marsad.jobs.progress import Progress, SilentProgress
from marsad.jobs.run import run_pipeline
from marsad.pipeline.process import PipelineResources, load_pipeline
from marsad.sources.http import HttpClient
from marsad.store.store import Store

log = logging.getLogger(__name__)


def watch(
    *,
    store: Store,
    settings: Settings,
    stop: threading.Event,
    max_cycles: int | None = None,
    progress_factory: Callable[[], Progress] = SilentProgress,
    client: HttpClient | None = None,
    resources: PipelineResources | None = None,
) -> JobOutcome:
    """Poll until ``stop`` is set (or ``max_cycles`` polls have run)."""
    if not settings.feeds:
        raise ConfigError(
            "no feeds to watch", hint='list them as feeds = ["https://..."] in marsad.toml or MARSAD_FEEDS'
        )
    total = JobOutcome(kind="watch")
    cycles = 0
    http = client or HttpClient(settings)
    try:
        resources = resources or load_pipeline(settings)
        while not stop.is_set():
            cycles += 1
            log.info("poll %d of %d feed(s)", cycles, len(settings.feeds))
            got = ingest(
                list(settings.feeds), store=store, settings=settings, progress=progress_factory(), client=http
            )
            total.merge(got)
            ran = run_pipeline(
                store=store, settings=settings, progress=progress_factory(), resources=resources
            )
            total.merge(ran)
            if max_cycles is not None and cycles >= max_cycles:
                break
            if stop.wait(settings.watch_interval):
                break
    finally:
        if client is None:
            http.close()
    total.count("cycles", cycles)
    return total
