"""Pure batch processing: Documents in, Extractions (with geocoded places) and Failures out."""

from __future__ import annotations

import dataclasses
import traceback
from collections.abc import Sequence
from dataclasses import dataclass

from marsad.config import Settings
from marsad.extract.pipeline import ExtractionResources, extract_document, load_resources
from marsad.model import Document, Extraction, Failure, PlaceMention
from marsad.resolve.gazetteer import load_gazetteer
from marsad.resolve.geocode import DocumentPlaces, Geocoder

PRODUCER = "pipeline.process.v1"


@dataclass(frozen=True, slots=True)
class PipelineResources:
    """Everything the pipeline needs, loaded once per process (or per worker)."""

    extraction: ExtractionResources
    geocoder: Geocoder


@dataclass(frozen=True, slots=True)
class BatchResult:
    extractions: tuple[Extraction, ...]
    failures: tuple[tuple[str, Failure], ...]  # (document id, failure)


def load_pipeline(settings: Settings) -> PipelineResources:
    """Load the gazetteer and extraction resources named by the settings."""
    gazetteer = load_gazetteer(settings.gazetteer)
    return PipelineResources(
        extraction=load_resources(place_names=gazetteer),
        geocoder=Geocoder(gazetteer),
    )


class _DocumentGeocoding:
    """Geocodes the mention lists of one document: the document is normalized and its place context
    read once (not once per report), and a mention object shared by several reports (the sentence's
    places, the lead places) is resolved once."""

    def __init__(self, geocoder: Geocoder, text: str) -> None:
        self._geocoder = geocoder
        self._text = text
        self._document: DocumentPlaces | None = None
        self._done: dict[int, tuple[PlaceMention, PlaceMention]] = {}  # id(mention) -> (mention, resolved)

    def resolve(self, mentions: tuple[PlaceMention, ...]) -> tuple[PlaceMention, ...]:
        if not mentions:
            return mentions
        if self._document is None:
            self._document = self._geocoder.prepare(self._text)
        out: list[PlaceMention] = []
        for m in mentions:
            done = self._done.get(id(m))
            if done is None:
                done = (m, self._geocoder.geocode_prepared((m,), self._document)[0])
                self._done[id(m)] = done  # keeps ``m`` alive, so its id is not reused meanwhile
            out.append(done[1])
        return tuple(out)


def geocode_extraction(extraction: Extraction, doc: Document, geocoder: Geocoder) -> Extraction:
    """Resolve every place mention of an extraction against the gazetteer."""
    geo = _DocumentGeocoding(geocoder, doc.text)
    reports = tuple(dataclasses.replace(r, places=geo.resolve(r.places)) for r in extraction.reports)
    places = geo.resolve(extraction.places)
    return dataclasses.replace(extraction, reports=reports, places=places)


def process_document(doc: Document, resources: PipelineResources) -> Extraction:
    extraction = extract_document(doc, resources.extraction)
    return geocode_extraction(extraction, doc, resources.geocoder)


def process_batch(docs: Sequence[Document], resources: PipelineResources) -> BatchResult:
    """Process documents independently; a document that breaks the pipeline becomes a Failure.

    The result is in input order and depends only on the documents and the resources.
    """
    extractions: list[Extraction] = []
    failures: list[tuple[str, Failure]] = []
    for doc in docs:
        try:
            extractions.append(process_document(doc, resources))
        except Exception as exc:  # noqa: BLE001 - one bad document is quarantined, the batch goes on
            failures.append(
                (
                    doc.id,
                    Failure(
                        stage="extract",
                        location=doc.id,
                        reason=f"{type(exc).__name__}: {exc}",
                        error_type=type(exc).__name__,
                        traceback=traceback.format_exc(),
                        source_kind=doc.source_kind,
                    ),
                )
            )
    return BatchResult(extractions=tuple(extractions), failures=tuple(failures))
