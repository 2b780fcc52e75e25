"""``marsad merge A B``: merge event B into event A (an analyst decision, logged with who and why)."""

from __future__ import annotations

import typer

from marsad.cli.analyst_output import print_events
from marsad.cli.common import handle_errors, open_store, settings_from
from marsad.jobs.analyst import default_actor, merge


def register(app: typer.Typer) -> None:
    @app.command("merge")
    @handle_errors
    def merge_cmd(
        ctx: typer.Context,
        keep: str = typer.Argument(..., metavar="EVENT", help="The event that stays (keeps its id)."),
        other: str = typer.Argument(..., metavar="OTHER", help="The event merged into it."),
        reason: str = typer.Option("", "--reason", "-r", help="Why (kept in the history)."),
        actor: str = typer.Option("", "--actor", help="Who decides (default: the OS user)."),
        as_json: bool = typer.Option(False, "--json", help="Print the merged event as JSON."),
    ) -> None:
        """Merge OTHER into EVENT: its reports join EVENT; OTHER is kept as an empty shell pointing to EVENT.

        Later automatic runs never undo a manual merge.
        """
        with open_store(settings_from(ctx)) as store:
            merged = merge(store, keep, other, actor=actor or default_actor(), reason=reason)
        print_events([merged], as_json, f"merged {other} into {keep}")
