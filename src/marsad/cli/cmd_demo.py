"""``marsad demo``: the whole path on the bundled illustrative corpus, offline."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from marsad.cli.common import (
    EXIT_FAILURES,
    RichProgress,
    handle_errors,
    open_store,
    report_outcome,
    settings_from,
    stderr_console,
    stdout_console,
)


def register(app: typer.Typer) -> None:
    @app.command("demo")
    @handle_errors
    def demo_cmd(
        ctx: typer.Context,
        database: str = typer.Option("marsad-demo.db", "--db", help="Demo database (SQLite path)."),
        output_dir: Path = typer.Option(
            Path("marsad-demo-out"), "--output-dir", help="Where to write the demo exports."
        ),
    ) -> None:
        """Ingest the bundled demo reports, extract and store events, list them, export them."""
        from marsad.export.acled import write_acled
        from marsad.export.geojson import write_geojson
        from marsad.export.rows import event_row
        from marsad.jobs.demo import run_demo
        from marsad.store.records import EventFilter

        settings = settings_from(ctx, database=database)
        err = stderr_console()
        with open_store(settings) as store:
            got, ran = run_demo(store=store, settings=settings, progress=RichProgress())
            report_outcome("ingest", got.counts, got.failures)
            report_outcome("run", ran.counts, ran.failures)
            events = store.query_events(EventFilter(limit=None))
            table = Table(title=f"{len(events)} events in {store.url}")
            cols = (
                "event_id",
                "date_start",
                "event_type",
                "certainty",
                "perpetrator",
                "target",
                "location",
                "killed",
                "injured",
                "n_reports",
                "sources",
            )
            for col in cols:
                table.add_column(
                    col.replace("_", " "), overflow="fold", no_wrap=col in ("event_id", "date_start")
                )
            for e in events:
                row = event_row(e)
                table.add_row(*("" if row[c] is None else str(row[c]) for c in cols))
            stdout_console().print(table)
        output_dir.mkdir(parents=True, exist_ok=True)
        write_acled(events, output_dir / "events_acled.csv")
        write_geojson(events, output_dir / "events.geojson")
        err.print(f"exports written to {output_dir}/ (events_acled.csv, events.geojson)")
        err.print(f"next: `marsad -d {database} show <event id>` to see the evidence for every field")
        if not (got.ok and ran.ok):
            raise typer.Exit(EXIT_FAILURES)
