"""Dashboard pages (server-rendered, autoescaped Jinja2 from ``marsad.web``): login, the map with a
timeline, filters and the event table, and one event with its highlighted source sentences and
review buttons. Forms post ``application/x-www-form-urlencoded`` with a CSRF field."""

from __future__ import annotations

import dataclasses
import secrets
from datetime import timedelta
from typing import Annotated, Any
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import URL

from marsad.api import listing, review
from marsad.api.auth import (
    CSRF_FORM_FIELD,
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    Principal,
    check_csrf,
    client_address,
    cookie_secure,
    forget_session,
    principal,
    principal_async,
    set_session_cookie,
)
from marsad.api.highlight import sentence_pieces
from marsad.api.i18n import LANGUAGES
from marsad.api.state import AppState, app_state
from marsad.api.timeline import timeline
from marsad.errors import MarsadError
from marsad.jobs import analyst
from marsad.store.records import EventFilter
from marsad.store.users import Role, create_session, delete_session, verify_password
from marsad.vocab import Certainty, EventType

__all__ = ["router"]

router = APIRouter(include_in_schema=False)
LANG_COOKIE = "marsad_lang"
MAX_FORM_BYTES = 64 * 1024


def _lang(request: Request) -> str:
    lang = request.cookies.get(LANG_COOKIE, LANGUAGES[0])
    return lang if lang in LANGUAGES else LANGUAGES[0]


def _render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    state = app_state(request)
    lang = _lang(request)
    who = principal(request)
    page = state.templates.get_template(template).render(
        t=state.catalogs.gettext(lang), lab=state.catalogs.labelled(lang), lang=lang,
        dir=state.catalogs.direction(lang), user=who.user, csrf=who.csrf_token,
        can_review=who.can(Role.ANALYST), path=request.url.path, query=request.url.query, **context,
    )  # fmt: skip
    return HTMLResponse(page, status_code=status)


def _reader(request: Request) -> Principal:
    """Pages need a logged-in user, or anonymous reading turned on; else go to the login page."""
    who = principal(request)
    if who.user is None and not app_state(request).settings.api_anonymous_read:
        raise HTTPException(401, "log in first")
    return who


READER = Depends(_reader)


async def _form(request: Request) -> dict[str, str]:
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        raise HTTPException(413, "the form is too large")
    if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        raise HTTPException(415, "send the form as application/x-www-form-urlencoded")
    parsed = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True, max_num_fields=50)
    return {k: v[0] for k, v in parsed.items()}


def _safe_next(target: str) -> str:
    """Only same-site paths: ``/x`` yes; ``//evil``, ``/\\evil`` and absolute URLs no."""
    if target.startswith("/") and not target.startswith(("//", "/\\")) and "\n" not in target:
        return target
    return "/"


@router.get("/lang/{code}")
def set_language(request: Request, code: str, next: str = "/") -> Response:
    response = RedirectResponse(_safe_next(next), status_code=303)
    if code in LANGUAGES:
        response.set_cookie(LANG_COOKIE, code, max_age=365 * 86400, samesite="strict", httponly=True,
                            secure=cookie_secure(app_state(request), request))  # fmt: skip
    return response


@router.get("/login")
def login_page(request: Request, next: str = "/") -> Response:
    token = secrets.token_urlsafe(24)
    response = _render(request, "login.html.j2", login_csrf=token, next=_safe_next(next), error="")
    response.set_cookie(LOGIN_CSRF_COOKIE, token, max_age=3600, httponly=True, samesite="strict",
                        secure=cookie_secure(app_state(request), request), path="/login")  # fmt: skip
    return response


@router.post("/login")
async def login(request: Request) -> Response:
    state = app_state(request)
    await principal_async(request)  # resolved off the event loop; the page render reuses it
    form = await _form(request)
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not cookie or form.get(CSRF_FORM_FIELD, "") != cookie:
        raise HTTPException(403, "the login form expired; reload the page and try again")
    name, password = form.get("name", "").strip(), form.get("password", "")
    next_ = _safe_next(form.get("next", "/"))
    key = f"{client_address(request)}|{name.lower()}"
    wait = state.limiter.retry_after(key)
    t = state.catalogs.gettext(_lang(request))
    if wait > 0:
        response = _render(request, "login.html.j2", status=429, login_csrf=cookie, next=next_,
                           error=t["login_wait"].format(seconds=int(wait) + 1))  # fmt: skip
        response.headers["Retry-After"] = str(int(wait) + 1)
        return response
    user = verify_password(state.store, name, password) if name and password else None
    if user is None:
        state.limiter.failed(key)
        return _render(request, "login.html.j2", status=401, login_csrf=cookie, next=next_,
                       error=t["login_failed"])  # fmt: skip
    state.limiter.succeeded(key)
    secret = create_session(state.store, user, ttl=_hours(state))
    done = RedirectResponse(next_, status_code=303)
    set_session_cookie(done, state, request, secret)
    done.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return done


def _hours(state: AppState) -> timedelta:
    return timedelta(hours=state.settings.api_session_hours)


@router.post("/logout")
async def logout(request: Request) -> Response:
    who = await principal_async(request)
    form = await _form(request)
    check_csrf(who, form.get(CSRF_FORM_FIELD))
    if who.via == "session":
        delete_session(app_state(request).store, who.session_secret)
        forget_session(app_state(request), who.session_secret)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


def _page_url(request: Request, offset: int) -> str:
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "offset"]
    params.append(("offset", str(offset)))
    return str(URL(path="/", query=urlencode(params)))


@router.get("/")
def dashboard(
    request: Request, f: Annotated[EventFilter, Depends(listing.event_filter)], _: Principal = READER
) -> Response:
    store = app_state(request).store
    f = dataclasses.replace(f, limit=min(f.limit or 50, 200))
    items = listing.page(store, f)
    total = listing.count(app_state(request), f)
    limit = f.limit or 50
    prev_url = _page_url(request, max(0, f.offset - limit)) if f.offset > 0 else ""
    next_url = _page_url(request, f.offset + limit) if f.offset + limit < total else ""
    map_params = urlencode(
        [(k, v) for k, v in request.query_params.multi_items() if k not in ("offset", "limit")]
        + [("limit", str(listing.MAX_PAGE))]
    )
    return _render(
        request, "dashboard.html.j2", items=items, total=total, f=f, prev_url=prev_url, next_url=next_url,
        map_query=map_params, bars=timeline(store, f), event_types=[t.value for t in EventType],
        certainties=[c.value for c in Certainty],
        selected_types={str(t) for t in f.event_types}, selected_certainties={str(c) for c in f.certainties},
    )  # fmt: skip


@router.get("/events/{event_id}")
def event_page(request: Request, event_id: str, _: Principal = READER) -> Response:
    store = app_state(request).store
    event = store.get_event(event_id)
    reports = store.reports_for_event(event_id)
    docs = {r.document_id: store.get_document(r.document_id) for r in reports}
    shown = [{"report": r, "doc": docs[r.document_id], "pieces": sentence_pieces(r, docs[r.document_id].text)}
             for r in reports]  # fmt: skip
    history = store.history(event_id, limit=200)
    return _render(
        request, "event.html.j2", event=event, reports=shown, history=history,
        confirmed=review.confirmed_by(history), editable=list(_EDITABLE),
        event_types=[t.value for t in EventType], certainties=[c.value for c in Certainty],
        message=request.query_params.get("msg", ""),
    )  # fmt: skip


_EDITABLE = ("event_type", "certainty", "perpetrator", "target", "place_text", "summary", "date_start",
             "date_end")  # fmt: skip


@router.post("/events/{event_id}/review")
async def review_form(request: Request, event_id: str) -> Response:
    """The event page's review buttons: confirm, edit, merge, split, reject (analysts only)."""
    who = await principal_async(request)
    if who.user is None:
        raise HTTPException(401, "log in first")
    if not who.can(Role.ANALYST):
        raise HTTPException(403, "reviewing needs the analyst role")
    form = await _form(request)
    check_csrf(who, form.get(CSRF_FORM_FIELD))
    store = app_state(request).store
    action, reason = form.get("action", ""), form.get("reason", "").strip()
    target = f"/events/{event_id}"
    try:
        if action == "confirm":
            review.confirm(store, event_id, actor=who.actor, reason=reason)
        elif action == "edit":
            review.edit_field(store, event_id, form.get("field", ""), form.get("value", ""),
                              actor=who.actor, reason=reason)  # fmt: skip
        elif action == "merge":
            analyst.merge(store, event_id, form.get("other_event_id", "").strip(), actor=who.actor,
                          reason=reason)  # fmt: skip
        elif action == "split":
            _, new = analyst.split(store, event_id, form.get("report_id", "").strip(), actor=who.actor,
                                   reason=reason)  # fmt: skip
            target = f"/events/{new.id}"
        elif action == "reject":
            if not reason:
                raise HTTPException(400, "a rejection needs a reason")
            analyst.reject(store, event_id, actor=who.actor, reason=reason)
        else:
            raise HTTPException(400, "unknown review action")
    except MarsadError as exc:
        return RedirectResponse(f"/events/{event_id}?" + urlencode({"msg": exc.message}), status_code=303)
    finally:
        app_state(request).counts.clear()
    return RedirectResponse(target + "?" + urlencode({"msg": f"ok:{action}"}), status_code=303)


@router.get("/api/docs")
def api_docs(request: Request) -> Response:
    """The OpenAPI description as a readable page (no third-party JavaScript, so the CSP holds)."""
    spec = request.app.openapi()
    endpoints = []
    for path, ops in spec.get("paths", {}).items():
        for method, op in ops.items():
            params = [
                {"name": p.get("name", ""), "where": p.get("in", ""), "required": p.get("required", False),
                 "type": (p.get("schema") or {}).get("type", ""), "description": p.get("description", "")}
                for p in op.get("parameters", [])
            ]  # fmt: skip
            body = (
                (op.get("requestBody") or {}).get("content", {}).get("application/json", {}).get("schema", {})
            )
            endpoints.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "params": params,
                    "body": str(body.get("$ref", "")).rsplit("/", 1)[-1],
                }
            )
    info = spec.get("info", {})
    return _render(
        request,
        "api_docs.html.j2",
        title=info.get("title", ""),
        description=info.get("description", ""),
        endpoints=endpoints,
    )
