"""``marsad serve``: the HTTP API and the dashboard (uvicorn)."""

from __future__ import annotations

import os

import typer

from marsad.cli.common import handle_errors, options, settings_from, stderr_console


def register(app: typer.Typer) -> None:
    @app.command("serve")
    @handle_errors
    def serve_cmd(
        ctx: typer.Context,
        host: str | None = typer.Option(None, "--host", help="Address to listen on (setting serve_host)."),
        port: int | None = typer.Option(None, "--port", help="Port to listen on (setting serve_port)."),
        anonymous_read: bool | None = typer.Option(
            None,
            "--anonymous-read/--no-anonymous-read",
            help="Let visitors who are not logged in read (setting api_anonymous_read).",
        ),
        workers: int = typer.Option(
            1, "--workers", min=1, help="Worker processes (login limits are per process)."
        ),
    ) -> None:
        """Serve the dashboard and the HTTP API (docs at /api/docs). Create users with `marsad user add`."""
        import uvicorn

        from marsad.api import create_app

        settings = settings_from(ctx, serve_host=host, serve_port=port, api_anonymous_read=anonymous_read)
        stderr_console().print(
            f"marsad: serving {settings.database} on http://{settings.serve_host}:{settings.serve_port}/"
            + ("" if settings.serve_host in ("127.0.0.1", "localhost") else " (use https in front of it)"),
            highlight=False,
        )
        if workers == 1:
            uvicorn.run(create_app(settings), host=settings.serve_host, port=settings.serve_port,
                        proxy_headers=True, server_header=False, log_level="info")  # fmt: skip
            return
        # worker processes load settings themselves: hand them what the command line changed
        os.environ["MARSAD_DATABASE"] = settings.database
        os.environ["MARSAD_API_ANONYMOUS_READ"] = "1" if settings.api_anonymous_read else "0"
        if options(ctx).config is not None:
            os.environ["MARSAD_CONFIG"] = str(options(ctx).config)
        uvicorn.run("marsad.api.serving:app_from_environment", factory=True, host=settings.serve_host,
                    port=settings.serve_port, workers=workers, proxy_headers=True, server_header=False,
                    env_file=None)  # fmt: skip
