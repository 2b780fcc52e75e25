"""``marsad split EVENT --report R``: move a report out of an event (an analyst decision)."""

from __future__ import annotations

import typer

from marsad.cli.analyst_output import print_events
from marsad.cli.common import handle_errors, open_store, settings_from
from marsad.jobs.analyst import default_actor, split


def register(app: typer.Typer) -> None:
    @app.command("split")
    @handle_errors
    def split_cmd(
        ctx: typer.Context,
        event_id: str = typer.Argument(..., metavar="EVENT", help="The event to split."),
        report_id: str = typer.Option(..., "--report", help="The report (rep_...) to move out."),
        reason: str = typer.Option("", "--reason", "-r", help="Why (kept in the history)."),
        actor: str = typer.Option("", "--actor", help="Who decides (default: the OS user)."),
        as_json: bool = typer.Option(False, "--json", help="Print both events as JSON."),
    ) -> None:
        """Move REPORT out of EVENT into a new event of its own.

        Later automatic runs never put the report back into EVENT.
        """
        with open_store(settings_from(ctx)) as store:
            remaining, new = split(store, event_id, report_id, actor=actor or default_actor(), reason=reason)
        print_events([remaining, new], as_json, f"split {report_id} from {event_id} into {new.id}")
