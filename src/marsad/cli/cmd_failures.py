"""``marsad failures``: the quarantine list; show one failure; retry."""

from __future__ import annotations

import json
import sys

import typer
from rich.table import Table

from marsad.cli.common import (
    EXIT_FAILURES,
    RichProgress,
    handle_errors,
    open_store,
    report_outcome,
    settings_from,
    stdout_console,
)


def register(app: typer.Typer) -> None:
    @app.command("failures")
    @handle_errors
    def failures_cmd(
        ctx: typer.Context,
        retry: bool = typer.Option(
            False, "--retry", help="Retry the listed failures (all unresolved, or --id)."
        ),
        ids: list[int] = typer.Option([], "--id", help="Only this quarantine id (repeatable)."),
        show_all: bool = typer.Option(False, "--all", help="Include resolved failures."),
        traceback: bool = typer.Option(False, "--traceback", help="Print tracebacks too."),
        as_json: bool = typer.Option(False, "--json", help="JSON lines instead of a table."),
    ) -> None:
        """List quarantined items (what failed, where, why), and retry them."""
        from marsad.jobs.retry import retry_failures

        settings = settings_from(ctx)
        with open_store(settings) as store:
            if retry:
                outcome = retry_failures(ids or None, store=store, settings=settings, progress=RichProgress())
                report_outcome("retry", outcome.counts, outcome.failures)
                if not outcome.ok:
                    raise typer.Exit(EXIT_FAILURES)
                return
            records = [r for r in store.failures(include_resolved=show_all) if not ids or r.id in ids]
        if as_json:
            for r in records:
                sys.stdout.write(
                    json.dumps(
                        {
                            "id": r.id,
                            "stage": r.stage,
                            "location": r.location,
                            "reason": r.reason,
                            "error_type": r.error_type,
                            "attempts": r.attempts,
                            "created_at": r.created_at.isoformat(),
                            "resolved_at": r.resolved_at.isoformat() if r.resolved_at else None,
                            **({"traceback": r.traceback} if traceback else {}),
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
            return
        out = stdout_console()
        table = Table(title=f"{len(records)} quarantined item(s)")
        for col in ("id", "stage", "location", "reason", "attempts", "resolved"):
            table.add_column(col, overflow="fold")
        for r in records:
            table.add_row(
                str(r.id), r.stage, r.location, r.reason, str(r.attempts), "yes" if r.resolved else ""
            )
        out.print(table)
        if traceback:
            for r in records:
                if r.traceback:
                    out.print(f"--- {r.id} {r.location}\n{r.traceback}", markup=False, highlight=False)
