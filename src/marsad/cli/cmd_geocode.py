"""``marsad geocode TEXT``: find and resolve the places in a text, for quick checks."""

from __future__ import annotations

import json

import typer

from marsad.cli.common import handle_errors, settings_from
from marsad.resolve.gazetteer import load_gazetteer
from marsad.resolve.geocode import Geocoder, find_and_geocode
from marsad.resolve.geocode_json import mention_json


def register(app: typer.Typer) -> None:
    @app.command("geocode")
    @handle_errors
    def geocode_cmd(
        ctx: typer.Context,
        text: str = typer.Argument(..., help="A sentence or a place name."),
        context: str = typer.Option("", "--context", help="Text around TEXT (governorate, nearby towns)."),
        as_json: bool = typer.Option(False, "--json", help="One JSON object per place (JSON lines)."),
    ) -> None:
        """Print the places in TEXT: coordinates, admin units, precision and the reason for each choice."""
        geocoder = Geocoder(load_gazetteer(settings_from(ctx).gazetteer))
        document = f"{text}\n{context}" if context else text
        mentions = [
            m for m in find_and_geocode(geocoder, document, "cli") if m.evidence.span.start < len(text)
        ]
        if not mentions:
            mentions = [geocoder.resolve_name(text, context=document)]
        for m in mentions:
            row = mention_json(m)
            if as_json:
                typer.echo(json.dumps(row, ensure_ascii=False))
            else:
                where = f"{row['lat']}, {row['lon']}" if row["place_id"] else "unresolved"
                typer.echo(
                    f"{row['mention']}\t{row['name']}\t{where}\t{row['admin1']}\tprecision "
                    f"{row['precision']}\t{row['reason']}"
                )
