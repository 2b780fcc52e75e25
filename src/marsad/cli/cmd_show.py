"""``marsad show ID``: an event, report or document with every field's quoted evidence."""

from __future__ import annotations

import json
import sys

import typer

from marsad.cli.common import handle_errors, open_store, settings_from, stdout_console
from marsad.errors import NotFoundError


def register(app: typer.Typer) -> None:
    @app.command("show")
    @handle_errors
    def show_cmd(
        ctx: typer.Context,
        item_id: str = typer.Argument(
            ..., metavar="ID", help="An event (evt_), report (rep_) or document (doc_) id."
        ),
        as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
    ) -> None:
        """Show one event (with its reports) or report or document, quoting the evidence for every field."""
        from marsad.jobs.inspect import describe_document, describe_event, describe_report

        settings = settings_from(ctx)
        with open_store(settings) as store:
            if item_id.startswith("evt_"):
                view = describe_event(store, item_id)
            elif item_id.startswith("rep_"):
                view = describe_report(store, item_id)
            elif item_id.startswith("doc_"):
                view = describe_document(store, item_id)
            else:
                raise NotFoundError(
                    f"{item_id!r} is not an event, report or document id",
                    hint="ids start with evt_, rep_ or doc_; list them with `marsad events`",
                )
        if as_json:
            sys.stdout.write(json.dumps(view.data, ensure_ascii=False, indent=2, default=str) + "\n")
        else:
            stdout_console().print(view.text, highlight=False, markup=False)
