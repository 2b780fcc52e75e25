from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient

from tests.api.conftest import login, token_for
from tests.api.seed import PASSWORD


def _login_form(client: TestClient) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text)
    assert found is not None
    return found.group(1)


def test_nothing_is_readable_anonymously_by_default(client: TestClient) -> None:
    assert client.get("/api/v1/events").status_code == 401
    page = client.get("/", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/login")


def test_anonymous_reading_when_the_operator_turns_it_on_but_never_review(
    make_client: Callable[..., TestClient],
) -> None:
    client = make_client(api_anonymous_read=True)
    assert client.get("/api/v1/events").json()["total"] == 3
    assert client.get("/").status_code == 200
    assert client.post("/api/v1/events/evt_drone/confirm", json={"reason": ""}).status_code == 401
    assert 'id="review"' not in client.get("/events/evt_drone").text


def test_a_viewer_token_reads_but_cannot_review(client: TestClient, db_path: Path) -> None:
    h = {"Authorization": f"Bearer {token_for(db_path, 'vera')}"}
    assert client.get("/api/v1/events", headers=h).status_code == 200
    assert (
        client.post("/api/v1/events/evt_drone/confirm", json={"reason": "ok"}, headers=h).status_code == 403
    )


def test_a_wrong_token_is_refused(client: TestClient) -> None:
    response = client.get("/api/v1/events", headers={"Authorization": "Bearer msd_not-a-token"})
    assert response.status_code == 401


def test_login_sets_a_strict_httponly_session_cookie(client: TestClient) -> None:
    csrf = _login_form(client)
    response = client.post(
        "/login",
        data={"name": "amal", "password": PASSWORD, "csrf": csrf, "next": "/"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    cookie = response.headers["set-cookie"]
    assert "marsad_session=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert "Secure" not in cookie  # plain http in tests; see the next test
    assert client.get("/api/v1/events").status_code == 200


def test_session_cookie_is_secure_behind_https(make_client: Callable[..., TestClient]) -> None:
    client = make_client(base_url="https://testserver", api_https=True)
    csrf = _login_form(client)
    response = client.post(
        "/login", data={"name": "amal", "password": PASSWORD, "csrf": csrf}, follow_redirects=False
    )
    assert "Secure" in response.headers["set-cookie"]
    assert "max-age=31536000" in response.headers["strict-transport-security"]


def test_wrong_password_fails_and_repeated_failures_are_rate_limited(
    make_client: Callable[..., TestClient],
) -> None:
    client = make_client(api_login_attempts=3, api_login_window=60)
    csrf = _login_form(client)
    for _ in range(3):
        bad = client.post("/login", data={"name": "amal", "password": "wrong password", "csrf": csrf})
        assert bad.status_code == 401
    blocked = client.post(
        "/login", data={"name": "amal", "password": PASSWORD, "csrf": csrf}, follow_redirects=False
    )
    assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) > 0
    other = client.post(
        "/login", data={"name": "vera", "password": PASSWORD, "csrf": csrf}, follow_redirects=False
    )
    assert other.status_code == 303  # the limit is per user name and address


def test_login_form_needs_its_csrf_token(client: TestClient) -> None:
    _login_form(client)
    response = client.post("/login", data={"name": "amal", "password": PASSWORD, "csrf": "forged"})
    assert response.status_code == 403


def test_login_redirects_only_within_the_site(client: TestClient) -> None:
    csrf = _login_form(client)
    response = client.post(
        "/login",
        data={"name": "amal", "password": PASSWORD, "csrf": csrf, "next": "//evil.example/"},
        follow_redirects=False,
    )
    assert response.headers["location"] == "/"


def test_session_changes_need_the_csrf_token(client: TestClient) -> None:
    csrf = login(client, "amal")
    no_token = client.post("/api/v1/events/evt_drone/confirm", json={"reason": "checked"})
    assert no_token.status_code == 403
    with_token = client.post(
        "/api/v1/events/evt_drone/confirm", json={"reason": "checked"}, headers={"X-CSRF-Token": csrf}
    )
    assert with_token.status_code == 200
    form = client.post(
        "/events/evt_drone/review", data={"action": "confirm", "csrf": "forged"}, follow_redirects=False
    )
    assert form.status_code == 403


def test_logout_ends_the_session(client: TestClient) -> None:
    csrf = login(client, "amal")
    assert client.post("/logout", data={"csrf": csrf}, follow_redirects=False).status_code == 303
    assert client.get("/api/v1/events").status_code == 401
