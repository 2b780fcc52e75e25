"""Register the built-in exporters."""

from __future__ import annotations

from marsad.export.acled import write_acled
from marsad.export.geojson import write_geojson
from marsad.export.jsonl import write_jsonl
from marsad.export.parquet import write_parquet
from marsad.registry import Registries


def register(regs: Registries) -> None:
    regs.exporters.register("acled", write_acled)
    regs.exporters.register("geojson", write_geojson)
    regs.exporters.register("jsonl", write_jsonl)
    regs.exporters.register("parquet", write_parquet)
