"""``marsad gazetteer build FILE...``: extend the bundled gazetteer with GeoNames country dumps."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from marsad.cli.common import handle_errors, stderr_console
from marsad.resolve.gazetteer import bundled_entries
from marsad.resolve.gazetteer_build import DEFAULT_COUNTRIES, build_extended
from marsad.resolve.gazetteer_io import write_gazetteer


def register(app: typer.Typer) -> None:
    sub = typer.Typer(help="Build and inspect the gazetteer.", no_args_is_help=True)

    @sub.command("build")
    @handle_errors
    def build_cmd(
        files: list[Path] = typer.Argument(
            ...,
            help="GeoNames dumps (SY.txt, allCountries.txt) and, "
            "optionally, admin1CodesASCII.txt / admin2Codes.txt.",
        ),
        output: Path = typer.Option(Path("gazetteer.tsv.gz"), "--output", "-o", help="File to write."),
        countries: str = typer.Option(
            ",".join(sorted(DEFAULT_COUNTRIES)),
            "--countries",
            help="Country codes to keep (Turkey: the border provinces only).",
        ),
    ) -> None:
        """Merge GeoNames dumps with the bundled gazetteer; point MARSAD_GAZETTEER at the output."""
        keep = frozenset(c.strip().upper() for c in countries.split(",") if c.strip())
        with stderr_console().status("reading GeoNames files"):
            entries, report = build_extended(files, bundled_entries(), countries=keep)
            write_gazetteer(entries, output)
        stderr_console().print(
            f"wrote {report.output_rows} places to {output}; set MARSAD_GAZETTEER={output} to use it"
        )
        typer.echo(
            json.dumps(
                {
                    "output": str(output),
                    "base_rows": report.base_rows,
                    "read_rows": report.read_rows,
                    "output_rows": report.output_rows,
                    "admin_names": report.admin_names,
                }
            )
        )

    app.add_typer(sub, name="gazetteer")
