"""What every request handler shares: settings, the store, the login limiter, templates, catalogs."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request
from jinja2 import Environment

from marsad.api.cache import CountCache, TtlCache
from marsad.api.i18n import Catalogs
from marsad.api.ratelimit import LoginLimiter
from marsad.config import Settings
from marsad.store.store import Store
from marsad.store.users import User

__all__ = ["AppState", "app_state"]


@dataclass(frozen=True, slots=True, kw_only=True)
class AppState:
    settings: Settings
    store: Store
    limiter: LoginLimiter
    templates: Environment
    catalogs: Catalogs
    counts: CountCache
    callers: TtlCache[User | None]


def app_state(request: Request) -> AppState:
    state = request.app.state.marsad
    assert isinstance(state, AppState)
    return state
