"""Export downloads: the same writers as ``marsad export`` (ACLED CSV, GeoJSON, JSON lines, Parquet)."""

from __future__ import annotations

import dataclasses
import io
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from marsad.api import listing
from marsad.api.auth import Principal, require
from marsad.api.state import app_state
from marsad.export.acled import write_acled
from marsad.export.geojson import write_geojson
from marsad.export.jsonl import write_jsonl
from marsad.export.parquet import write_parquet
from marsad.store.records import EventFilter
from marsad.store.users import Role

__all__ = ["router"]

router = APIRouter(prefix="/api/v1", tags=["export"])
VIEWER = Depends(require(Role.VIEWER))

MAX_EXPORT = 200_000
"""Most events one download holds (narrow the filters, or use ``marsad export``, for more)."""


class ExportFormat(StrEnum):
    ACLED = "acled"
    GEOJSON = "geojson"
    JSONL = "jsonl"
    PARQUET = "parquet"


_MEDIA = {
    ExportFormat.ACLED: ("text/csv; charset=utf-8", "csv"),
    ExportFormat.GEOJSON: ("application/geo+json", "geojson"),
    ExportFormat.JSONL: ("application/x-ndjson", "jsonl"),
    ExportFormat.PARQUET: ("application/vnd.apache.parquet", "parquet"),
}


@router.get("/export", summary="Download matching events (every page) in an export format")
def export(
    request: Request,
    fmt: Annotated[ExportFormat, Query(alias="format")],
    f: Annotated[EventFilter, Depends(listing.event_filter)],
    _: Principal = VIEWER,
) -> Response:
    flt = dataclasses.replace(f, limit=MAX_EXPORT, offset=0)
    events = app_state(request).store.query_events(flt)
    media, ext = _MEDIA[fmt]
    if fmt is ExportFormat.PARQUET:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "events.parquet"
            write_parquet(events, path)
            body = path.read_bytes()
    else:
        out = io.StringIO()
        {ExportFormat.ACLED: write_acled, ExportFormat.GEOJSON: write_geojson,
         ExportFormat.JSONL: write_jsonl}[fmt](events, out)  # fmt: skip
        body = out.getvalue().encode("utf-8")
    return Response(
        body, media_type=media, headers={"Content-Disposition": f'attachment; filename="marsad-events.{ext}"'}
    )
