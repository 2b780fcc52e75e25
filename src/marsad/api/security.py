"""Response hardening: security headers on every response, and errors without stack traces.

The Content-Security-Policy allows scripts, styles, images and fetches from this origin only; there
are no inline scripts or styles anywhere (JavaScript lives in static files), so nothing a source
page contains can run even if escaping failed somewhere.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from jinja2 import TemplateError
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from marsad.api.state import app_state
from marsad.errors import ConfigError, DecisionError, MarsadError, NotFoundError, StoreError

__all__ = ["CONTENT_SECURITY_POLICY", "SecurityHeaders", "install_error_handlers"]

log = logging.getLogger(__name__)

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)

_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
)


class SecurityHeaders:
    """Pure ASGI middleware (cheap: no request body buffering) adding :data:`_HEADERS`, plus
    ``Strict-Transport-Security`` when ``hsts`` is on, and ``Cache-Control: no-store`` on
    everything but static files."""

    def __init__(self, app: ASGIApp, *, hsts: bool) -> None:
        self.app = app
        self.hsts = hsts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = str(scope.get("path", "")).startswith("/static/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in _HEADERS if k not in present]
                if self.hsts:
                    headers.append((b"strict-transport-security", b"max-age=31536000"))
                if not static and b"cache-control" not in present:
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/")


def _html_error(request: Request, status: int, message: str, hint: str = "") -> Response:
    state = app_state(request)
    lang = request.cookies.get("marsad_lang", "ar")
    lang = lang if lang in ("ar", "en") else "ar"
    try:
        page = state.templates.get_template("error.html.j2").render(
            t=state.catalogs.gettext(lang), lang=lang, dir=state.catalogs.direction(lang), status=status,
            message=message, hint=hint, user=None, csrf="", path="/",
        )  # fmt: skip
    except TemplateError:
        log.exception("the error page itself failed")
        return PlainTextResponse(f"{status} {message}", status_code=status)
    return HTMLResponse(page, status_code=status)


def _error(
    request: Request, status: int, message: str, hint: str = "", headers: dict[str, str] | None = None
) -> Response:
    if _wants_html(request):
        if status == 401:
            return RedirectResponse(f"/login?next={quote(request.url.path)}", status_code=303)
        response = _html_error(request, status, message, hint)
    else:
        body: dict[str, Any] = {"detail": message}
        if hint:
            body["hint"] = hint
        response = JSONResponse(body, status_code=status)
    for k, v in (headers or {}).items():
        response.headers[k] = v
    return response


def install_error_handlers(app: FastAPI) -> None:
    """Map marsad errors to HTTP statuses; anything unexpected becomes a bare 500 (logged here)."""

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail), headers=dict(exc.headers or {}))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}" for e in exc.errors()
        )
        return _error(request, 422, f"invalid request: {problems}", "check the parameters in /api/docs")

    @app.exception_handler(MarsadError)
    async def marsad_error(request: Request, exc: MarsadError) -> Response:
        if isinstance(exc, NotFoundError):
            return _error(request, 404, exc.message, exc.hint)
        if isinstance(exc, ConfigError):
            return _error(request, 400, exc.message, exc.hint)
        if isinstance(exc, DecisionError):
            return _error(request, 409, exc.message, exc.hint)
        if isinstance(exc, StoreError):
            log.error("store error: %s", exc)
            return _error(request, 503, "the database is not available", "try again in a moment")
        log.error("error: %s", exc)
        return _error(request, 400, exc.message, exc.hint)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return _error(request, 500, "internal error", "the server logged the details")
