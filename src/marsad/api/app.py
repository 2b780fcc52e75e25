"""The application factory: ``create_app(settings)`` -> a FastAPI app serving the API and dashboard."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, StrictUndefined

from marsad.api import pages, routes_analysis, routes_events, routes_export, routes_review
from marsad.api.cache import CountCache, TtlCache
from marsad.api.i18n import load_catalogs
from marsad.api.ratelimit import LoginLimiter
from marsad.api.security import SecurityHeaders, install_error_handlers
from marsad.api.state import AppState
from marsad.config import Settings
from marsad.store.store import Store

__all__ = ["create_app", "templates"]

API_DESCRIPTION = """\
Events, evidence, analyses and analyst review for a marsad store.

**Authentication**: send an API token (`marsad user token NAME`) as `Authorization: Bearer msd_...`.
Browser sessions (the dashboard's cookie) must add the `X-CSRF-Token` header to every change.
Readers need the `viewer` role (or `api_anonymous_read`), review actions the `analyst` role.
"""


def templates() -> Environment:
    """The dashboard's Jinja2 environment: autoescaping everywhere, undefined names are errors."""
    return Environment(loader=PackageLoader("marsad.web", "templates"), autoescape=True,
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)  # fmt: skip


def create_app(settings: Settings, *, store: Store | None = None) -> FastAPI:
    """Build the app over ``store`` (default: open ``settings.database``, closed at shutdown)."""
    owned = store is None
    opened = store if store is not None else Store.open(settings.database)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            opened.close()

    app = FastAPI(
        title="marsad", version="1", description=API_DESCRIPTION, lifespan=lifespan,
        docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
    )  # fmt: skip
    app.state.marsad = AppState(
        settings=settings, store=opened, templates=templates(), catalogs=load_catalogs(), counts=CountCache(),
        callers=TtlCache(ttl=10.0),
        limiter=LoginLimiter(settings.api_login_attempts, settings.api_login_window),
    )  # fmt: skip
    app.add_middleware(SecurityHeaders, hsts=settings.api_https)
    install_error_handlers(app)
    for module in (routes_events, routes_analysis, routes_export, routes_review, pages):
        app.include_router(module.router)
    static = files("marsad.web") / "static"
    app.mount("/static", StaticFiles(directory=Path(str(static))), name="static")
    return app
