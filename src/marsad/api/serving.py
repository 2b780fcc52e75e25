"""An app factory for uvicorn worker processes (``marsad serve --workers N``): settings come from the
environment and the ``MARSAD_CONFIG`` file, as in every command."""

from __future__ import annotations

from fastapi import FastAPI

from marsad.api.app import create_app
from marsad.config import load_settings

__all__ = ["app_from_environment"]


def app_from_environment() -> FastAPI:
    return create_app(load_settings())
