"""The HTTP API and the dashboard pages (FastAPI). ``create_app(settings)`` builds the application.

    from marsad.api import create_app
    app = create_app(load_settings())      # serve with uvicorn, or `marsad serve`

The dashboard's templates, static assets and message catalogs are package data in ``marsad.web``;
this package renders them (``api`` and ``web`` are one layer, so the Python lives here).
"""

from __future__ import annotations

from marsad.api.app import create_app

__all__ = ["create_app"]
