"""One partition, start to finish, on whichever worker runs it: read, build documents, run the pipeline
(the same :func:`~marsad.pipeline.process.process_batch` as the local runner), write the outputs.

The task is pure in effect: its outputs are named by the partition's content key and written
atomically, the ``done`` marker last. A task retried after its worker died rewrites the same files with
the same content; a re-run finds the marker and skips the partition. Nothing here imports Dask.
"""

from __future__ import annotations

import functools
import hashlib
import json
import traceback
from collections.abc import Sequence
from pathlib import Path

import marsad
from marsad.config import Settings
from marsad.distributed.files import InputPartition, OutputFolder, read_partition
from marsad.distributed.layout import (
    PartitionDone,
    document_rows,
    extraction_rows,
    failure_rows,
    report_rows,
    write_json_atomic,
    write_table_atomic,
)
from marsad.documents.build import build_document
from marsad.errors import ParseError
from marsad.model import Document, Failure, content_hash
from marsad.pipeline.process import PRODUCER, PipelineResources, load_pipeline, process_batch
from marsad.sources.records import item_from_record

__all__ = ["MAX_PAYLOAD", "pipeline_key", "process_partition", "source_of", "warm_up"]

MAX_PAYLOAD = 20_000  # characters of a bad input line kept with its failure


def pipeline_key(settings: Settings) -> str:
    """What decides a partition's output besides its input: marsad's version, the pipeline producer
    and the gazetteer (its content when it is a file). Changing any of them reprocesses everything."""
    gazetteer = settings.gazetteer
    digest = ""
    if gazetteer and Path(gazetteer).is_file():
        digest = hashlib.sha256(Path(gazetteer).read_bytes()).hexdigest()
    return content_hash(marsad.__version__, PRODUCER, gazetteer, digest, settings.default_language, prefix="")


@functools.cache
def _resources(settings: Settings) -> PipelineResources:
    """Loaded once per worker process (lexicons and gazetteer take seconds; a task takes less)."""
    return load_pipeline(settings)


def warm_up(settings: Settings) -> None:
    """Load the pipeline resources now (e.g. ``client.run(warm_up, settings)`` on every worker)."""
    _resources(settings)


def source_of(doc: Document) -> str:
    """The source name clustering uses for a document (as :mod:`marsad.jobs.clustering` does)."""
    return doc.source or doc.url or doc.id


def _decode(location: str, line: bytes) -> Document | Failure:
    payload = line.decode("utf-8", "replace")[:MAX_PAYLOAD]
    try:
        record = json.loads(line.decode("utf-8"))
        if not isinstance(record, dict):
            raise ParseError(f"line holds a JSON {type(record).__name__}, not an object",
                             hint="write one JSON object per line", context=location)  # fmt: skip
        item = item_from_record(record, location=location)
    except (UnicodeDecodeError, json.JSONDecodeError, ParseError) as exc:
        return Failure(stage="decode", location=location, reason=f"{type(exc).__name__}: {exc}",
                       error_type=type(exc).__name__, traceback=traceback.format_exc(), payload=payload,
                       source_kind="file")  # fmt: skip
    built = build_document(item)
    if isinstance(built, Failure):
        return Failure(stage=built.stage, location=location, reason=built.reason, error_type=built.error_type,
                       traceback=built.traceback, payload=payload, source_kind="file")  # fmt: skip
    return built


def decode_records(records: Sequence[tuple[str, bytes]]) -> tuple[list[Document], list[tuple[str, Failure]]]:
    """Documents (first of each id kept) and the failures of lines that are not documents."""
    docs: dict[str, Document] = {}
    failures: list[tuple[str, Failure]] = []
    for location, line in records:
        out = _decode(location, line)
        if isinstance(out, Failure):
            failures.append(("", out))
        else:
            docs.setdefault(out.id, out)
    return list(docs.values()), failures


def process_partition(
    part: InputPartition, output: str, settings: Settings, key_of_pipeline: str
) -> PartitionDone:
    """Process one partition into ``output`` (skipped when already done); returns its summary."""
    out = OutputFolder.open(output)
    digest, records = read_partition(part)
    key = content_hash(digest, key_of_pipeline, prefix="")
    marker = f"done/part-{key}.json"
    if out.exists(marker):
        with out.fs.open(out.path(marker), "rb") as handle:
            return PartitionDone.from_dict(json.loads(handle.read()), skipped=True)
    docs, failures = decode_records(records)
    result = process_batch(docs, _resources(settings))
    failures += list(result.failures)
    sources = {d.id: source_of(d) for d in docs}
    reports = [r for e in result.extractions for r in e.reports]
    write_table_atomic(out, f"reports/part-{key}.parquet", report_rows(reports, key, sources))
    write_table_atomic(out, f"extractions/part-{key}.parquet", extraction_rows(result.extractions, key))
    write_table_atomic(out, f"documents/part-{key}.parquet", document_rows(docs, key))
    write_table_atomic(out, f"failures/part-{key}.parquet", failure_rows(failures, key))
    done = PartitionDone(key=key, input=part.label, documents=len(docs), reports=len(reports),
                         failures=len(failures))  # fmt: skip
    write_json_atomic(out, marker, done.to_dict())
    return done
