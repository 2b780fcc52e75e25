"""Parquet with an explicit Arrow schema (stable column types even for an empty export)."""

from __future__ import annotations

from collections.abc import Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from marsad.export.rows import ROW_COLUMNS, event_row
from marsad.export.target import Target, path_target
from marsad.model import Event

_INT = {
    "killed",
    "killed_min",
    "killed_max",
    "injured",
    "injured_min",
    "injured_max",
    "abducted",
    "n_reports",
    "geo_precision",
}
_FLOAT = {"latitude", "longitude"}
_BOOL = {"casualty_disagreement", "rejected"}


def arrow_schema() -> pa.Schema:
    def typ(name: str) -> pa.DataType:
        if name in _INT:
            return pa.int64()
        if name in _FLOAT:
            return pa.float64()
        if name in _BOOL:
            return pa.bool_()
        return pa.string()

    return pa.schema([(name, typ(name)) for name in ROW_COLUMNS])


def write_parquet(events: Iterable[Event], target: Target) -> int:
    path = path_target(target, "parquet")
    rows = [event_row(e) for e in events]
    table = pa.Table.from_pylist(rows, schema=arrow_schema())
    tmp = path.with_name(path.name + ".part")
    pq.write_table(table, tmp)
    tmp.replace(path)  # atomic: a killed export never leaves half a file under the final name
    return len(rows)
