"""``marsad export --format acled|geojson|jsonl|parquet``."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path

import typer

from marsad.cli import filters
from marsad.cli.common import handle_errors, open_store, settings_from, stderr_console


class ExportFormat(StrEnum):
    ACLED = "acled"
    GEOJSON = "geojson"
    JSONL = "jsonl"
    PARQUET = "parquet"


def register(app: typer.Typer) -> None:
    @app.command("export")
    @handle_errors
    def export_cmd(
        ctx: typer.Context,
        fmt: ExportFormat = typer.Option(..., "--format", "-f", help="Export format."),
        output: Path | None = typer.Option(
            None, "--output", "-o", help="File to write (default: stdout; required for parquet)."
        ),
        date_from: str | None = filters.DATE_FROM,
        date_to: str | None = filters.DATE_TO,
        types: list[str] = filters.TYPES,
        actor: str = filters.ACTOR,
        area: str = filters.AREA,
        certainty: list[str] = filters.CERTAINTY,
        include_rejected: bool = filters.INCLUDE_REJECTED,
    ) -> None:
        """Export events. Files are written atomically (no half-written file on failure)."""
        from marsad.registry import build_registries

        flt = filters.build_filter(
            date_from=date_from,
            date_to=date_to,
            types=types,
            actor=actor,
            area=area,
            certainty=certainty,
            include_rejected=include_rejected,
            limit=None,
        )
        writer = build_registries().exporters.get(fmt.value)
        settings = settings_from(ctx)
        with open_store(settings) as store:
            events = store.query_events(flt)
        n = writer(events, output if output is not None else sys.stdout)
        stderr_console().print(f"exported {n} events as {fmt.value}" + (f" to {output}" if output else ""))
