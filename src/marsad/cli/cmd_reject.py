"""``marsad reject EVENT --reason ...``: mark an event as not an event (an analyst decision)."""

from __future__ import annotations

import typer

from marsad.cli.analyst_output import print_events
from marsad.cli.common import handle_errors, open_store, settings_from
from marsad.jobs.analyst import default_actor, reject


def register(app: typer.Typer) -> None:
    @app.command("reject")
    @handle_errors
    def reject_cmd(
        ctx: typer.Context,
        event_id: str = typer.Argument(..., metavar="EVENT", help="The event to reject."),
        reason: str = typer.Option(..., "--reason", "-r", help="Why it is not an event (required)."),
        actor: str = typer.Option("", "--actor", help="Who decides (default: the OS user)."),
        as_json: bool = typer.Option(False, "--json", help="Print the event as JSON."),
    ) -> None:
        """Mark EVENT as not an event: it keeps its reports, leaves listings and exports, and absorbs
        no reports in later automatic runs."""
        with open_store(settings_from(ctx)) as store:
            event = reject(store, event_id, actor=actor or default_actor(), reason=reason)
        print_events([event], as_json, f"rejected {event_id}")
