"""Read a distributed run's output folder back: report keys for planning, records for clustering and
loading, and the event files of the latest clustering plan."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date

import pyarrow as pa
import pyarrow.compute as pc

from marsad.distributed.blocks import Block, ReportKey
from marsad.distributed.files import OutputFolder
from marsad.distributed.layout import read_table
from marsad.model import Document, Event, EventReport, Extraction, Failure
from marsad.store.codec import from_json

__all__ = [
    "CURRENT_EVENTS",
    "finished_partitions",
    "read_documents",
    "read_events",
    "read_extractions",
    "read_failures",
    "read_report_keys",
    "read_reports",
]

CURRENT_EVENTS = "events/current.json"
_UNDATED = {"year", "unknown"}


def finished_partitions(out: OutputFolder) -> list[str]:
    """Keys of the partitions whose ``done`` marker exists (only these are ever read)."""
    return [p[len("done/part-") : -len(".json")] for p in out.list("done", "part-", ".json")]


def _ordinal(value: date | None) -> int | None:
    return value.toordinal() if value is not None else None


def read_report_keys(out: OutputFolder, partitions: Iterable[str]) -> list[ReportKey]:
    cols = ["id", "event_family", "document_id", "date_start", "date_end", "date_precision", "partition"]
    keys: list[ReportKey] = []
    for p in sorted(set(partitions)):
        for row in read_table(out, f"reports/part-{p}.parquet", cols).to_pylist():
            dated = row["date_start"] is not None and row["date_precision"] not in _UNDATED
            keys.append(ReportKey(
                id=row["id"], family=row["event_family"], document_id=row["document_id"],
                start=_ordinal(row["date_start"]) if dated else None,
                end=_ordinal(row["date_end"]) if dated else None, partition=row["partition"],
            ))  # fmt: skip
    return keys


def read_reports(
    out: OutputFolder, partitions: Iterable[str], ids: Iterable[str] | None = None
) -> tuple[list[EventReport], dict[str, str]]:
    """Reports of the partitions (only ``ids`` when given), sorted by id, and ``{report id: source}``."""
    wanted = pa.array(sorted(set(ids)), pa.string()) if ids is not None else None
    found: dict[str, EventReport] = {}
    sources: dict[str, str] = {}
    for p in sorted(set(partitions)):
        table = read_table(out, f"reports/part-{p}.parquet", ["id", "source", "record"])
        if wanted is not None:
            table = table.filter(pc.is_in(table["id"], value_set=wanted))
        for rid, source, record in zip(
            *(table[c].to_pylist() for c in ("id", "source", "record")), strict=True
        ):
            if rid not in found:
                found[rid] = from_json(EventReport, json.loads(record))
                sources[rid] = source
    return [found[k] for k in sorted(found)], sources


def _records(out: OutputFolder, folder: str, partitions: Iterable[str]) -> list[str]:
    values: list[str] = []
    for p in sorted(set(partitions)):
        values += read_table(out, f"{folder}/part-{p}.parquet", ["record"])["record"].to_pylist()
    return values


def read_documents(out: OutputFolder, partitions: Iterable[str]) -> list[Document]:
    docs = {
        d.id: d for d in (from_json(Document, json.loads(r)) for r in _records(out, "documents", partitions))
    }
    return [docs[k] for k in sorted(docs)]


def read_extractions(out: OutputFolder, partitions: Sequence[str]) -> list[Extraction]:
    """Extractions with their reports put back (in the order the pipeline gave them)."""
    reports, _ = read_reports(out, partitions)
    by_doc: dict[str, list[EventReport]] = {}
    for p in sorted(set(partitions)):
        table = read_table(out, f"reports/part-{p}.parquet", ["id", "document_id"])
        order = table["id"].to_pylist()
        index = {r.id: r for r in reports}
        for rid in order:
            r = index[rid]
            bucket = by_doc.setdefault(r.document_id, [])
            if all(x.id != rid for x in bucket):
                bucket.append(r)
    out_list: dict[str, Extraction] = {}
    for record in _records(out, "extractions", partitions):
        bare = from_json(Extraction, json.loads(record))
        out_list.setdefault(bare.document_id, Extraction(
            document_id=bare.document_id, status=bare.status, reports=tuple(by_doc.get(bare.document_id, ())),
            tallies=bare.tallies, places=bare.places, attributions=bare.attributions, notes=bare.notes,
        ))  # fmt: skip
    return [out_list[k] for k in sorted(out_list)]


def read_failures(out: OutputFolder, partitions: Iterable[str]) -> list[tuple[str, Failure]]:
    rows: list[tuple[str, Failure]] = []
    for p in sorted(set(partitions)):
        table = read_table(out, f"failures/part-{p}.parquet", ["document_id", "record"])
        for doc_id, record in zip(table["document_id"].to_pylist(), table["record"].to_pylist(), strict=True):
            rows.append((doc_id, from_json(Failure, json.loads(record))))
    return rows


def read_event_file(out: OutputFolder, path: str) -> list[Event]:
    return [from_json(Event, json.loads(r)) for r in read_table(out, path, ["record"])["record"].to_pylist()]


def read_events(out: OutputFolder) -> list[Event] | None:
    """The events of the latest clustering plan, sorted by id (None when the run clustered nothing)."""
    if not out.exists(CURRENT_EVENTS):
        return None
    with out.fs.open(out.path(CURRENT_EVENTS), "rb") as handle:
        plan = json.loads(handle.read())
    events: dict[str, Event] = {}
    for path in plan["files"]:
        for e in read_event_file(out, path):
            events[e.id] = e
    return [events[k] for k in sorted(events)]


def block_reports(out: OutputFolder, block: Block) -> tuple[list[EventReport], dict[str, str]]:
    return read_reports(out, block.partitions, block.report_ids)
