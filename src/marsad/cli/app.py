"""The ``marsad`` Typer application. Each command lives in its own module with a ``register(app)``."""

from __future__ import annotations

from importlib import import_module

import typer

COMMAND_MODULES = (
    "init",
    "ingest",
    "run",
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
)


def build_app() -> typer.Typer:
    app = typer.Typer(
        name="marsad",
        help="marsad: an Arabic-first conflict-event observatory.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    for name in COMMAND_MODULES:
        try:
            module = import_module(f"marsad.cli.cmd_{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"marsad.cli.cmd_{name}":
                raise
            continue
        module.register(app)
    return app


def main() -> None:
    build_app()()
