"""What every command shares: settings from global options, consoles, progress, error handling.

Data goes to stdout; logs, progress and errors to stderr.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.progress import Progress as RichProgressBar

from marsad.config import Settings, load_settings
from marsad.errors import MarsadError

if TYPE_CHECKING:
    from marsad.store.store import Store

P = ParamSpec("P")
R = TypeVar("R")

EXIT_FAILURES = 1  # the command ran but something was quarantined or failed
EXIT_ERROR = 2  # the command could not run (bad input, bad settings)


@dataclass(frozen=True, slots=True)
class CliOptions:
    config: Path | None
    database: str | None
    verbose: bool


def stdout_console() -> Console:
    """Tables go to stdout; when it is a pipe or file, use a wide page instead of 80 columns."""
    width = None if sys.stdout.isatty() else 200
    return Console(file=sys.stdout, soft_wrap=True, width=width)


def stderr_console() -> Console:
    return Console(file=sys.stderr, stderr=True, soft_wrap=True)


def options(ctx: typer.Context) -> CliOptions:
    obj = ctx.find_root().obj
    if isinstance(obj, CliOptions):
        return obj
    return CliOptions(config=None, database=None, verbose=False)


def settings_from(ctx: typer.Context, **overrides: Any) -> Settings:
    opts = options(ctx)
    if opts.database:
        overrides.setdefault("database", opts.database)
    return load_settings(config_path=opts.config, overrides=overrides)


def setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(message)s",
        handlers=[RichHandler(console=stderr_console(), show_path=False)],
        force=True,
    )


def handle_errors(fn: Callable[P, R]) -> Callable[P, R]:
    """Turn a MarsadError into one clear line on stderr and exit status 2 (no traceback)."""

    @wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except MarsadError as exc:
            stderr_console().print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False)
            raise typer.Exit(EXIT_ERROR) from None
        except KeyboardInterrupt:
            stderr_console().print("[yellow]interrupted: finished batches are saved; run again to resume[/]")
            raise typer.Exit(130) from None

    return wrapper


@contextmanager
def open_store(settings: Settings) -> Iterator[Store]:
    from marsad.store.store import Store

    store = Store.open(settings.database)
    try:
        yield store
    finally:
        store.close()


class RichProgress:
    """A rich progress bar on stderr implementing marsad.jobs.progress.Progress."""

    def __init__(self) -> None:
        self._bar = RichProgressBar(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=stderr_console(),
            transient=True,
        )
        self._task: TaskID | None = None

    def start(self, label: str, total: int | None) -> None:
        self._bar.start()
        self._task = self._bar.add_task(label, total=total)

    def advance(self, n: int = 1) -> None:
        if self._task is not None:
            self._bar.advance(self._task, n)

    def finish(self) -> None:
        self._bar.stop()


def report_outcome(kind: str, counts: dict[str, int], failures: list[str]) -> None:
    err = stderr_console()
    summary = ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in sorted(counts.items())) or "nothing to do"
    err.print(f"[green]{kind}[/] {summary}", highlight=False)
    for line in failures[:20]:
        err.print(f"[red]failed[/] {escape(line)}", highlight=False)
    if len(failures) > 20:
        err.print(f"... and {len(failures) - 20} more: see `marsad failures`")
