"""``marsad events``: list events with filters, as a table, JSON lines or CSV."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum

import typer
from rich.table import Table

from marsad.cli import filters
from marsad.cli.common import handle_errors, open_store, settings_from, stdout_console


class OutputFormat(StrEnum):
    TABLE = "table"
    JSONL = "jsonl"
    CSV = "csv"


def register(app: typer.Typer) -> None:
    @app.command("events")
    @handle_errors
    def events_cmd(
        ctx: typer.Context,
        date_from: str | None = filters.DATE_FROM,
        date_to: str | None = filters.DATE_TO,
        types: list[str] = filters.TYPES,
        actor: str = filters.ACTOR,
        area: str = filters.AREA,
        certainty: list[str] = filters.CERTAINTY,
        include_rejected: bool = filters.INCLUDE_REJECTED,
        limit: int = typer.Option(50, "--limit", min=1, help="Events per page."),
        offset: int = typer.Option(0, "--offset", min=0, help="Skip this many events."),
        fmt: OutputFormat = typer.Option(OutputFormat.TABLE, "--format", "-f", help="Output format."),
    ) -> None:
        """List events (newest first)."""
        from marsad.export.rows import ROW_COLUMNS, event_row

        flt = filters.build_filter(
            date_from=date_from,
            date_to=date_to,
            types=types,
            actor=actor,
            area=area,
            certainty=certainty,
            include_rejected=include_rejected,
            limit=limit,
            offset=offset,
        )
        settings = settings_from(ctx)
        with open_store(settings) as store:
            events = store.query_events(flt)
            total = store.count_events(flt)
        rows = [event_row(e) for e in events]
        if fmt is OutputFormat.JSONL:
            for row in rows:
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif fmt is OutputFormat.CSV:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(ROW_COLUMNS), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        else:
            table = Table(title=f"{len(rows)} of {total} events", show_lines=False)
            for col in (
                "event_id",
                "date_start",
                "event_type",
                "certainty",
                "perpetrator",
                "target",
                "location",
                "admin1",
                "killed",
                "injured",
                "n_reports",
            ):
                table.add_column(
                    col.replace("_", " "), overflow="fold", no_wrap=col in ("event_id", "date_start")
                )
            for row in rows:
                table.add_row(
                    *(
                        "" if row[c] is None else str(row[c])
                        for c in (
                            "event_id",
                            "date_start",
                            "event_type",
                            "certainty",
                            "perpetrator",
                            "target",
                            "location",
                            "admin1",
                            "killed",
                            "injured",
                            "n_reports",
                        )
                    )
                )
            stdout_console().print(table)
