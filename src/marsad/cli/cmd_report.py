"""``marsad report``: the monthly report (Markdown + HTML + SVG charts) in Arabic or English."""

from __future__ import annotations

from pathlib import Path

import typer

from marsad.cli.common import handle_errors, open_store, settings_from, stderr_console, stdout_console


def register(app: typer.Typer) -> None:
    @app.command("report")
    @handle_errors
    def report_cmd(
        ctx: typer.Context,
        month: str = typer.Option(..., "--month", help="The month, YYYY-MM."),
        area: str = typer.Option(
            "", "--area", help="Only events whose governorate, district or place contains this text."
        ),
        lang: str = typer.Option("ar", "--lang", help="ar (right-to-left) or en."),
        output_dir: Path = typer.Option(Path("reports"), "--output-dir", "-o", help="Where to write."),
    ) -> None:
        """Write the monthly report: counts, charts, map, claims vs counts, the events behind each number."""
        # The trend statistics (scipy) load here, not when the CLI starts (`marsad --help` stays fast).
        from marsad.reports.monthly import build_monthly
        from marsad.reports.render import write_monthly

        with open_store(settings_from(ctx)) as store:
            report = build_monthly(store.engine, store.tallies(), month=month, area=area)
        paths = write_monthly(report, output_dir, lang=lang)
        stderr_console().print(f"[green]report[/] {report.total.events} events, {len(paths)} files")
        for p in paths:
            stdout_console().print(str(p), highlight=False)
