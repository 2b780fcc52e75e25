"""``marsad watch``: poll the configured feeds and process what is new, until stopped."""

from __future__ import annotations

import signal
import threading
from types import FrameType

import typer

from marsad.cli.common import (
    EXIT_FAILURES,
    RichProgress,
    handle_errors,
    open_store,
    report_outcome,
    settings_from,
)


def register(app: typer.Typer) -> None:
    @app.command("watch")
    @handle_errors
    def watch_cmd(
        ctx: typer.Context,
        interval: float | None = typer.Option(None, "--interval", min=0.0, help="Seconds between polls."),
        cycles: int | None = typer.Option(None, "--cycles", min=1, help="Stop after N polls."),
        feeds: list[str] = typer.Option([], "--feed", help="Feed URL (repeatable; adds to settings)."),
    ) -> None:
        """Poll feeds on an interval. Stop it any time (Ctrl-C or SIGTERM); it resumes where it stopped."""
        from marsad.jobs.watch import watch

        settings = settings_from(ctx, watch_interval=interval)
        if feeds:
            settings = settings.with_overrides({"feeds": (*settings.feeds, *feeds)})
        stop = threading.Event()

        def on_signal(signum: int, frame: FrameType | None) -> None:
            stop.set()

        previous = signal.signal(signal.SIGTERM, on_signal)
        try:
            with open_store(settings) as store:
                outcome = watch(
                    store=store,
                    settings=settings,
                    stop=stop,
                    max_cycles=cycles,
                    progress_factory=RichProgress,
                )
        finally:
            signal.signal(signal.SIGTERM, previous)
        report_outcome("watch", outcome.counts, outcome.failures)
        if not outcome.ok:
            raise typer.Exit(EXIT_FAILURES)
