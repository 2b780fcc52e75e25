"""``marsad ingest SOURCE...``: read files, folders, feeds and pages into the store."""

from __future__ import annotations

import typer

from marsad.cli.common import (
    EXIT_FAILURES,
    RichProgress,
    handle_errors,
    open_store,
    report_outcome,
    settings_from,
)


def register(app: typer.Typer) -> None:
    @app.command("ingest")
    @handle_errors
    def ingest_cmd(
        ctx: typer.Context,
        sources: list[str] = typer.Argument(..., help="Files, folders, feed URLs or page URLs."),
        allow_private: bool = typer.Option(
            False, "--allow-private", help="Allow fetching private/loopback addresses."
        ),
    ) -> None:
        """Ingest reports. Same input twice adds nothing; bad items are quarantined, the rest goes on."""
        from marsad.jobs.ingest import ingest

        settings = settings_from(ctx, http_allow_private=allow_private or None)
        with open_store(settings) as store:
            outcome = ingest(sources, store=store, settings=settings, progress=RichProgress())
        report_outcome("ingest", outcome.counts, outcome.failures)
        if not outcome.ok:
            raise typer.Exit(EXIT_FAILURES)
