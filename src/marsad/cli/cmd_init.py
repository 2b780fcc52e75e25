"""``marsad init``: write a settings file and create (or migrate) the database."""

from __future__ import annotations

from pathlib import Path

import typer

from marsad.cli.common import handle_errors, open_store, settings_from, stderr_console
from marsad.config import DEFAULT_CONFIG_NAME

TEMPLATE = """# marsad settings (see docs/configuration.md). Environment variables MARSAD_<NAME> and
# command-line flags override these values.
[marsad]
database = "{database}"
# feeds = ["https://example.org/rss.xml"]   # polled by `marsad watch`
# watch_interval = 900.0
# http_timeout = 20.0
# http_rate_per_host = 1.0
"""


def register(app: typer.Typer) -> None:
    @app.command("init")
    @handle_errors
    def init(
        ctx: typer.Context,
        config_file: Path = typer.Option(
            Path(DEFAULT_CONFIG_NAME), "--write-config", help="Where to write the settings file."
        ),
        force: bool = typer.Option(False, "--force", help="Overwrite an existing settings file."),
    ) -> None:
        """Create a settings file and an empty, migrated database."""
        settings = settings_from(ctx)
        err = stderr_console()
        if config_file.exists() and not force:
            err.print(f"kept existing {config_file} (use --force to overwrite)")
        else:
            config_file.write_text(TEMPLATE.format(database=settings.database), encoding="utf-8")
            err.print(f"wrote {config_file}")
        with open_store(settings) as store:
            err.print(f"database ready: {store.url}")
