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
from marsad.resolve.geocode import Geocoder

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


def _geocode(mentions: tuple[PlaceMention, ...], text: str, geocoder: Geocoder) -> tuple[PlaceMention, ...]:
    if not mentions:
        return mentions
    return tuple(geocoder.geocode_mentions(mentions, document_text=text))


def geocode_extraction(extraction: Extraction, doc: Document, geocoder: Geocoder) -> Extraction:
    """Resolve every place mention of an extraction against the gazetteer."""
    reports = tuple(
        dataclasses.replace(r, places=_geocode(r.places, doc.text, geocoder)) for r in extraction.reports
    )
    places = _geocode(extraction.places, doc.text, geocoder)
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
