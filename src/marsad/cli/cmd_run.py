"""``marsad run``: process new documents through the pipeline (locally, or on a Dask cluster)."""

from __future__ import annotations

import typer

from marsad.cli.common import (
    EXIT_FAILURES,
    RichProgress,
    handle_errors,
    open_store,
    report_outcome,
    settings_from,
    stderr_console,
)
from marsad.config import Settings
from marsad.errors import ConfigError


def register(app: typer.Typer) -> None:
    @app.command("run")
    @handle_errors
    def run_cmd(
        ctx: typer.Context,
        limit: int | None = typer.Option(None, "--limit", min=1, help="Process at most N documents."),
        engine: str = typer.Option("local", "--engine", help="local (the store's queue) or dask."),
        scheduler: str | None = typer.Option(
            None,
            "--scheduler",
            help="Dask scheduler address to join (tcp://host:8786); default: a local cluster.",
        ),
        workers: int = typer.Option(2, "--workers", min=1, help="Workers of the local Dask cluster."),
        inputs: list[str] | None = typer.Option(
            None, "--input", help="JSONL/Parquet files, globs or fsspec URLs (dask engine; repeatable)."
        ),
        output: str | None = typer.Option(None, "--output", help="Output folder (dask engine)."),
        partition_mb: float = typer.Option(8.0, "--partition-mb", min=0.01, help="JSONL partition size."),
        no_cluster: bool = typer.Option(False, "--no-cluster", help="Dask engine: extract only, no events."),
    ) -> None:
        """Extract, geocode and cluster every document not processed yet (safe to interrupt).

        With --engine dask, read --input and write partitioned Parquet to --output instead of the
        store; load it with `marsad load OUTPUT` (docs/scaling.md).
        """
        settings = settings_from(ctx)
        if engine == "dask":
            _run_dask(settings, scheduler, workers, inputs or [], output, partition_mb, not no_cluster)
            return
        if engine != "local":
            raise ConfigError(f"unknown engine {engine!r}", hint="use --engine local or --engine dask")
        from marsad.jobs.run import run_pipeline

        with open_store(settings) as store:
            outcome = run_pipeline(store=store, settings=settings, progress=RichProgress(), limit=limit)
        report_outcome("run", outcome.counts, outcome.failures)
        if not outcome.ok:
            raise typer.Exit(EXIT_FAILURES)


def _run_dask(
    settings: Settings,
    scheduler: str | None,
    workers: int,
    inputs: list[str],
    output: str | None,
    partition_mb: float,
    cluster: bool,
) -> None:
    if not inputs or not output:
        raise ConfigError(
            "--engine dask needs --input and --output",
            hint="e.g. marsad run --engine dask --input 'corpus/*.jsonl' --output out/",
        )
    try:
        from marsad.distributed.runner import run_dask
    except ImportError as exc:
        raise ConfigError(
            f"the dask engine needs Dask ({exc})", hint='install it with: pip install "marsad[dask]"'
        ) from None
    err = stderr_console()
    result = run_dask(
        inputs,
        output,
        settings,
        scheduler=scheduler,
        workers=workers,
        partition_bytes=int(partition_mb * 1024 * 1024),
        cluster=cluster,
        progress=RichProgress(),
        on_dashboard=lambda link: err.print(f"Dask dashboard: {link}", highlight=False),
    )
    report_outcome("run", result.counts(), [])
    if result.failures:
        err.print(f"{result.failures} input records quarantined in {output}/failures (see docs/scaling.md)")
