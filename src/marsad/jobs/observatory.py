"""The Python API for notebooks and scripts: open a store, ingest, process, query.

>>> import marsad
>>> with marsad.Observatory.open("events.db") as obs:        # doctest: +SKIP
...     obs.ingest(["reports/"]); obs.run()
...     df = obs.events_frame(event_types=["mine_ied"])
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from marsad.config import Settings, load_settings
from marsad.jobs.ingest import ingest
from marsad.jobs.outcome import JobOutcome
from marsad.jobs.run import run_pipeline
from marsad.model import Document, Event, EventReport, Extraction
from marsad.pipeline.process import PipelineResources, load_pipeline, process_document
from marsad.store.records import EventFilter
from marsad.store.store import Store
from marsad.vocab import Certainty, EventType, Language

if TYPE_CHECKING:
    import pandas as pd


class Observatory:
    """A store plus the settings and pipeline that fill it."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self._resources: PipelineResources | None = None

    @classmethod
    def open(
        cls, database: str | None = None, *, config: Path | None = None, **overrides: Any
    ) -> Observatory:
        if database is not None:
            overrides["database"] = database
        settings = load_settings(config_path=config, overrides=overrides)
        return cls(Store.open(settings.database), settings)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Observatory:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def resources(self) -> PipelineResources:
        if self._resources is None:
            self._resources = load_pipeline(self.settings)
        return self._resources

    def ingest(self, sources: Sequence[str | Path]) -> JobOutcome:
        return ingest([str(s) for s in sources], store=self.store, settings=self.settings)

    def run(self) -> JobOutcome:
        return run_pipeline(store=self.store, settings=self.settings, resources=self.resources)

    def extract(
        self, text: str, *, published: date | datetime | None = None, language: str = ""
    ) -> Extraction:
        """Extract events from one text without touching the store."""
        from datetime import UTC, time

        when: datetime | None = None
        if isinstance(published, datetime):
            when = published if published.tzinfo else published.replace(tzinfo=UTC)
        elif isinstance(published, date):
            when = datetime.combine(published, time(12), tzinfo=UTC)
        doc = Document.create(
            text=text, published=when, language=Language(language) if language else Language.UNKNOWN
        )
        return process_document(doc, self.resources)

    @staticmethod
    def _filter(
        *,
        date_from: date | None = None,
        date_to: date | None = None,
        event_types: Sequence[str] = (),
        actor: str = "",
        area: str = "",
        certainties: Sequence[str] = (),
        limit: int | None = None,
        offset: int = 0,
    ) -> EventFilter:
        return EventFilter(
            date_from=date_from,
            date_to=date_to,
            event_types=[EventType(t) for t in event_types],
            actor=actor,
            area=area,
            certainties=[Certainty(c) for c in certainties],
            limit=limit,
            offset=offset,
        )

    def events(self, **filters: Any) -> list[Event]:
        return self.store.query_events(self._filter(**filters))

    def events_frame(self, **filters: Any) -> pd.DataFrame:
        return self.store.events_frame(self._filter(**filters))

    def event(self, event_id: str) -> Event:
        return self.store.get_event(event_id)

    def reports(self, event_id: str) -> list[EventReport]:
        return self.store.reports_for_event(event_id)
