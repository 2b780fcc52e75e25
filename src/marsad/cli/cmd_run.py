"""``marsad run``: process new documents through the pipeline."""

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
    @app.command("run")
    @handle_errors
    def run_cmd(
        ctx: typer.Context,
        limit: int | None = typer.Option(None, "--limit", min=1, help="Process at most N documents."),
    ) -> None:
        """Extract, geocode and cluster every document not processed yet (safe to interrupt)."""
        from marsad.jobs.run import run_pipeline

        settings = settings_from(ctx)
        with open_store(settings) as store:
            outcome = run_pipeline(store=store, settings=settings, progress=RichProgress(), limit=limit)
        report_outcome("run", outcome.counts, outcome.failures)
        if not outcome.ok:
            raise typer.Exit(EXIT_FAILURES)
