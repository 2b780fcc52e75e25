"""The ``marsad`` Typer application. Each command lives in its own module with a ``register(app)``."""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

import typer

from marsad.cli.common import CliOptions, setup_logging

COMMAND_MODULES = (
    "init",
    "ingest",
    "run",
    "load",
    "watch",
    "events",
    "show",
    "export",
    "failures",
    "demo",
    "extract",
    "evaluate",
    "geocode",
    "gazetteer",
    "tally",
    "trends",
    "test_link",
    "report",
    "merge",
    "split",
    "reject",
    "serve", "user",
)


def _root(
    ctx: typer.Context,
    config: Path | None = typer.Option(
        None, "--config", "-c", help="Settings file (TOML).", envvar="MARSAD_CONFIG"
    ),
    database: str | None = typer.Option(
        None, "--database", "-d", help="SQLite path or database URL (overrides settings)."
    ),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress details to stderr."),
) -> None:
    """marsad: an Arabic-first conflict-event observatory."""
    setup_logging(verbose)
    ctx.obj = CliOptions(config=config, database=database, verbose=verbose)


def build_app() -> typer.Typer:
    app = typer.Typer(
        name="marsad",
        help="marsad: an Arabic-first conflict-event observatory.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    app.callback()(_root)
    for name in COMMAND_MODULES:
        import_module(f"marsad.cli.cmd_{name}").register(app)
    return app


def main() -> None:
    build_app()()
