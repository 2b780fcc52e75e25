"""The output folder of a distributed run: one documented Parquet schema per table, atomic writes.

    DIR/
      reports/part-<key>.parquet      one row per EventReport (flat columns + the full record as JSON)
      extractions/part-<key>.parquet  one row per processed document (tallies, notes; reports left out)
      documents/part-<key>.parquet    one row per document (the full record as JSON)
      failures/part-<key>.parquet     one row per quarantined document or input line, with its reason
      done/part-<key>.json            written last: the partition is complete (a re-run skips it)
      events/block-<key>.parquet      one row per Event clustered from one block of reports
      events/done-<key>.json          the clustering plan that produced the event files

``<key>`` is a content hash: for a partition, of the input bytes plus the pipeline key (marsad version,
pipeline producer, gazetteer); for an event block, of its sorted report ids plus the clustering key.
Every file is written to a temporary name in the same folder and renamed into place, so a reader (or a
retried task) never sees half a file, and a retry rewrites the same name with the same content.
docs/scaling.md documents every column.
"""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from marsad.distributed.files import OutputFolder
from marsad.model import Document, Event, EventReport, Extraction, Failure
from marsad.store.codec import to_json
from marsad.vocab import EVENT_TYPE_INFO

__all__ = [
    "DOCUMENTS_SCHEMA",
    "EVENTS_SCHEMA",
    "EXTRACTIONS_SCHEMA",
    "FAILURES_SCHEMA",
    "REPORTS_SCHEMA",
    "SCHEMA_VERSION",
    "PartitionDone",
    "document_rows",
    "event_rows",
    "extraction_rows",
    "failure_rows",
    "read_table",
    "report_rows",
    "write_json_atomic",
    "write_table_atomic",
]

SCHEMA_VERSION = 1

REPORTS_SCHEMA = pa.schema([
    ("id", pa.string()),
    ("document_id", pa.string()),
    ("partition", pa.string()),  # the content key of the partition that produced it
    ("event_type", pa.string()),
    ("event_family", pa.string()),
    ("certainty", pa.string()),
    ("date_start", pa.date32()),
    ("date_end", pa.date32()),
    ("date_precision", pa.string()),
    ("place_id", pa.string()),
    ("place_name", pa.string()),
    ("admin1", pa.string()),
    ("admin2", pa.string()),
    ("latitude", pa.float64()),
    ("longitude", pa.float64()),
    ("source", pa.string()),
    ("producer", pa.string()),
    ("record", pa.string()),  # marsad.store.codec.to_json(EventReport), JSON text
])  # fmt: skip

EXTRACTIONS_SCHEMA = pa.schema([
    ("document_id", pa.string()),
    ("partition", pa.string()),
    ("status", pa.string()),
    ("n_reports", pa.int64()),
    ("record", pa.string()),  # to_json(Extraction) with ``reports`` emptied (they live in reports/)
])  # fmt: skip

DOCUMENTS_SCHEMA = pa.schema([
    ("id", pa.string()),
    ("partition", pa.string()),
    ("source", pa.string()),
    ("url", pa.string()),
    ("published", pa.timestamp("us", tz="UTC")),
    ("language", pa.string()),
    ("record", pa.string()),  # to_json(Document)
])  # fmt: skip

FAILURES_SCHEMA = pa.schema([
    ("partition", pa.string()),
    ("document_id", pa.string()),  # empty when the input line never became a document
    ("stage", pa.string()),
    ("location", pa.string()),  # input path and line or row, or the document id
    ("reason", pa.string()),
    ("error_type", pa.string()),
    ("record", pa.string()),  # to_json(Failure): traceback and the raw payload included
])  # fmt: skip

EVENTS_SCHEMA = pa.schema([
    ("id", pa.string()),
    ("block", pa.string()),
    ("event_type", pa.string()),
    ("date_start", pa.date32()),
    ("date_end", pa.date32()),
    ("place_id", pa.string()),
    ("n_reports", pa.int64()),
    ("report_ids", pa.list_(pa.string())),
    ("record", pa.string()),  # to_json(Event)
])  # fmt: skip


def _json(record: object) -> str:
    return json.dumps(to_json(record), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def report_rows(reports: Sequence[EventReport], partition: str, sources: dict[str, str]) -> pa.Table:
    rows: list[dict[str, Any]] = []
    for r in reports:
        place = next((m.place for m in r.places if m.place is not None), None)
        rows.append({
            "id": r.id, "document_id": r.document_id, "partition": partition,
            "event_type": r.event_type.value, "event_family": str(EVENT_TYPE_INFO[r.event_type].family),
            "certainty": r.certainty.value,
            "date_start": r.date.start if r.date else None, "date_end": r.date.end if r.date else None,
            "date_precision": r.date.precision.value if r.date else None,
            "place_id": place.id if place else None, "place_name": place.name if place else None,
            "admin1": place.admin1 if place else None, "admin2": place.admin2 if place else None,
            "latitude": place.latitude if place else None, "longitude": place.longitude if place else None,
            "source": sources.get(r.document_id, ""), "producer": r.producer, "record": _json(r),
        })  # fmt: skip
    return pa.Table.from_pylist(rows, schema=REPORTS_SCHEMA)


def extraction_rows(extractions: Sequence[Extraction], partition: str) -> pa.Table:
    rows = []
    for e in extractions:
        bare = Extraction(document_id=e.document_id, status=e.status, tallies=e.tallies, places=e.places,
                          attributions=e.attributions, notes=e.notes)  # fmt: skip
        rows.append({"document_id": e.document_id, "partition": partition, "status": e.status.value,
                     "n_reports": len(e.reports), "record": _json(bare)})  # fmt: skip
    return pa.Table.from_pylist(rows, schema=EXTRACTIONS_SCHEMA)


def document_rows(docs: Sequence[Document], partition: str) -> pa.Table:
    rows = [{"id": d.id, "partition": partition, "source": d.source, "url": d.url, "published": d.published,
             "language": d.language.value, "record": _json(d)} for d in docs]  # fmt: skip
    return pa.Table.from_pylist(rows, schema=DOCUMENTS_SCHEMA)


def failure_rows(failures: Sequence[tuple[str, Failure]], partition: str) -> pa.Table:
    rows = [{"partition": partition, "document_id": doc_id, "stage": f.stage, "location": f.location,
             "reason": f.reason, "error_type": f.error_type, "record": _json(f)}
            for doc_id, f in failures]  # fmt: skip
    return pa.Table.from_pylist(rows, schema=FAILURES_SCHEMA)


def event_rows(events: Sequence[Event], block: str) -> pa.Table:
    rows = [{"id": e.id, "block": block, "event_type": e.event_type.value,
             "date_start": e.date.start if e.date else None, "date_end": e.date.end if e.date else None,
             "place_id": e.place.id if e.place else None, "n_reports": len(e.report_ids),
             "report_ids": list(e.report_ids), "record": _json(e)} for e in events]  # fmt: skip
    return pa.Table.from_pylist(rows, schema=EVENTS_SCHEMA)


def _tmp_name(path: str) -> str:
    folder, _, name = path.rpartition("/")
    return f"{folder}/.tmp-{uuid.uuid4().hex}-{name}"


def write_table_atomic(out: OutputFolder, path: str, table: pa.Table) -> None:
    """Write a Parquet file under a temporary name and rename it into place."""
    buffer = io.BytesIO()
    pq.write_table(table, buffer, compression="zstd")
    _write_bytes_atomic(out, path, buffer.getvalue())


def write_json_atomic(out: OutputFolder, path: str, data: dict[str, Any]) -> None:
    _write_bytes_atomic(out, path, json.dumps(data, sort_keys=True, indent=1).encode())


def _write_bytes_atomic(out: OutputFolder, path: str, data: bytes) -> None:
    full = out.path(path)
    tmp = _tmp_name(full)
    out.fs.makedirs(full.rpartition("/")[0], exist_ok=True)
    with out.fs.open(tmp, "wb") as handle:
        handle.write(data)
    out.fs.mv(tmp, full)


def read_table(out: OutputFolder, path: str, columns: Sequence[str] | None = None) -> pa.Table:
    with out.fs.open(out.path(path), "rb") as handle:
        return pq.read_table(handle, columns=list(columns) if columns is not None else None)


@dataclass(frozen=True, slots=True, kw_only=True)
class PartitionDone:
    """The marker of a finished partition (``done/part-<key>.json``)."""

    key: str
    input: str  # where the partition came from (path and row range), for people
    documents: int
    reports: int
    failures: int
    skipped: bool = False  # this run found it finished and did nothing

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "input": self.input, "documents": self.documents, "reports": self.reports,
                "failures": self.failures, "schema_version": SCHEMA_VERSION}  # fmt: skip

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, skipped: bool = False) -> PartitionDone:
        return cls(key=str(data["key"]), input=str(data["input"]), documents=int(data["documents"]),
                   reports=int(data["reports"]), failures=int(data["failures"]), skipped=skipped)  # fmt: skip


def finished_keys(out: OutputFolder) -> Iterator[str]:
    """Keys of every finished partition in the output folder."""
    folder = out.path("done")
    if not out.fs.exists(folder):
        return
    for name in sorted(out.fs.ls(folder, detail=False)):
        base = str(name).rpartition("/")[2]
        if base.startswith("part-") and base.endswith(".json"):
            yield base[len("part-") : -len(".json")]
