"""``marsad load DIR``: load the output of ``marsad run --engine dask`` into the store."""

from __future__ import annotations

from pathlib import Path

import typer

from marsad.cli.common import handle_errors, open_store, report_outcome, settings_from
from marsad.errors import ConfigError


def register(app: typer.Typer) -> None:
    @app.command("load")
    @handle_errors
    def load_cmd(
        ctx: typer.Context,
        output: str = typer.Argument(..., help="Output folder (or fsspec URL) of a dask run."),
        recluster: bool = typer.Option(
            False,
            "--recluster",
            help="Cluster the reports against the stored events instead of "
            "taking the run's events (always done when the store already holds events).",
        ),
    ) -> None:
        """Load documents, reports, failures and events of a distributed run; cluster what is new."""
        if "://" not in output and not Path(output).is_dir():
            raise ConfigError(
                f"no output folder {output!r}", hint="give the --output of `marsad run --engine dask`"
            )
        try:
            from marsad.distributed.load import load_output
        except ImportError as exc:
            raise ConfigError(
                f"loading needs the dask extra ({exc})", hint='pip install "marsad[dask]"'
            ) from None
        from marsad.jobs.run import cluster_reports

        settings = settings_from(ctx)
        with open_store(settings) as store:
            take_events = not recluster and store.count_events() == 0
            result = load_output(store, output, events=take_events)
            counts = result.counts()
            if result.unclustered:
                counts["events_changed"] = cluster_reports(store, result.unclustered, {})
        report_outcome("load", counts, [])
