"""Who is calling: an API token (``Authorization: Bearer msd_...``), a dashboard session cookie, or
nobody (anonymous, allowed to read only when ``api_anonymous_read`` is on).

CSRF: requests authenticated by the session cookie that change anything must carry the session's
CSRF token (a form field ``csrf`` or the ``X-CSRF-Token`` header). Token-authenticated calls need
none (a browser never adds the header by itself). The cookie is also ``SameSite=Strict``.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from fastapi import HTTPException, Request, Response
from starlette.concurrency import run_in_threadpool

from marsad.api.cache import MISSING
from marsad.api.state import AppState, app_state
from marsad.store.users import Role, User, session_user, token_user

__all__ = [
    "CSRF_FORM_FIELD",
    "CSRF_HEADER",
    "SESSION_COOKIE",
    "Principal",
    "check_csrf",
    "client_address",
    "principal",
    "require",
    "set_session_cookie",
]

SESSION_COOKIE = "marsad_session"
LOGIN_CSRF_COOKIE = "marsad_login_csrf"
CSRF_HEADER = "X-CSRF-Token"
CSRF_FORM_FIELD = "csrf"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Principal:
    """The caller. ``user`` is ``None`` for an anonymous visitor."""

    user: User | None
    via: str  # "token", "session" or "anonymous"
    session_secret: str = ""

    @property
    def name(self) -> str:
        return self.user.name if self.user else "anonymous"

    @property
    def actor(self) -> str:
        """How the caller is named in ``history``: ``web:<user>`` (tokens and sessions alike)."""
        return f"web:{self.name}"

    def can(self, role: Role) -> bool:
        return self.user is not None and self.user.role.allows(role)

    @property
    def csrf_token(self) -> str:
        """Derived from the session secret: only the session's holder can know it."""
        if not self.session_secret:
            return ""
        return hmac.new(self.session_secret.encode(), b"marsad-csrf", hashlib.sha256).hexdigest()


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return None


def _caller_key(request: Request) -> tuple[str, str]:
    """(``token``|``session``|``anonymous``, the secret presented)."""
    token = _bearer(request)
    if token is not None:
        return "token", token
    secret = request.cookies.get(SESSION_COOKIE, "")
    return ("session", secret) if secret else ("anonymous", "")


def _cache_key(kind: str, secret: str) -> str:
    return kind + ":" + hashlib.sha256(secret.encode()).hexdigest()


def _lookup(state: AppState, kind: str, secret: str) -> User | None:
    user = token_user(state.store, secret) if kind == "token" else session_user(state.store, secret)
    state.callers.put(_cache_key(kind, secret), user)
    return user


def _principal(request: Request, kind: str, secret: str, user: User | None) -> Principal:
    if kind == "token":
        if user is None:
            raise HTTPException(401, "the API token is not valid", headers={"WWW-Authenticate": "Bearer"})
        found = Principal(user=user, via="token")
    elif kind == "session" and user is not None:
        found = Principal(user=user, via="session", session_secret=secret)
    else:
        found = Principal(user=None, via="anonymous")  # no cookie, or a stale one
    request.state.principal = found
    return found


def principal(request: Request) -> Principal:
    """Resolve the caller once per request (blocking; for handlers that run in the thread pool).
    A wrong token is a 401; a stale cookie is anonymous."""
    cached = getattr(request.state, "principal", None)
    if isinstance(cached, Principal):
        return cached
    state = app_state(request)
    kind, secret = _caller_key(request)
    if kind == "anonymous":
        return _principal(request, kind, secret, None)
    user = state.callers.get(_cache_key(kind, secret))
    if user is MISSING:
        user = _lookup(state, kind, secret)
    return _principal(request, kind, secret, user if isinstance(user, User) else None)


async def principal_async(request: Request) -> Principal:
    """:func:`principal` for the event loop: a cache hit costs no thread, a miss one thread hop."""
    cached = getattr(request.state, "principal", None)
    if isinstance(cached, Principal):
        return cached
    state = app_state(request)
    kind, secret = _caller_key(request)
    if kind == "anonymous":
        return _principal(request, kind, secret, None)
    user = state.callers.get(_cache_key(kind, secret))
    if user is MISSING:
        user = await run_in_threadpool(_lookup, state, kind, secret)
    return _principal(request, kind, secret, user if isinstance(user, User) else None)


def forget_session(state: AppState, secret: str) -> None:
    """Drop a session from the caller cache (logout)."""
    state.callers.pop(_cache_key("session", secret))


def check_csrf(who: Principal, supplied: str | None) -> None:
    """Raise 403 unless a session-authenticated change carries the session's CSRF token."""
    if who.via != "session":
        return
    if not supplied or not hmac.compare_digest(supplied, who.csrf_token):
        raise HTTPException(403, "missing or wrong CSRF token; reload the page and try again")


def require(role: Role) -> Callable[[Request], Awaitable[Principal]]:
    """A dependency: the caller must hold ``role`` (anonymous readers pass for viewer when enabled).
    Changes by a session must carry the ``X-CSRF-Token`` header (forms check their field instead)."""

    async def dependency(request: Request) -> Principal:
        who = await principal_async(request)
        state = app_state(request)
        if who.user is None:
            if role is Role.VIEWER and state.settings.api_anonymous_read:
                return who
            raise HTTPException(
                401,
                "log in, or send an API token (Authorization: Bearer ...)",
                headers={"WWW-Authenticate": "Bearer"},
            )
        if not who.can(role):
            raise HTTPException(403, f"this needs the {role.value} role")
        if request.method not in SAFE_METHODS and request.url.path.startswith("/api/"):
            check_csrf(who, request.headers.get(CSRF_HEADER))
        return who

    dependency.__name__ = f"require_{role.value}"
    return dependency


def cookie_secure(state: AppState, request: Request) -> bool:
    return state.settings.api_https or request.url.scheme == "https"


def set_session_cookie(response: Response, state: AppState, request: Request, secret: str) -> None:
    response.set_cookie(
        SESSION_COOKIE, secret, max_age=int(state.settings.api_session_hours * 3600), httponly=True,
        samesite="strict", secure=cookie_secure(state, request), path="/",
    )  # fmt: skip
