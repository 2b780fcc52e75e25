"""Hostile source text is escaped everywhere, the CSP is strict, errors carry no stack traces."""

from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from marsad.api.security import CONTENT_SECURITY_POLICY
from marsad.store.store import Store
from tests.api.conftest import token_for


def test_hostile_title_body_and_fields_are_escaped_on_the_event_page(analyst: tuple[TestClient, str]) -> None:
    client, _ = analyst
    page = client.get("/events/evt_hostile").text
    assert "<script>alert" not in page
    assert "<img src=x" not in page and "<b>agency</b>" not in page and "<i>civilians</i>" not in page
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in page
    assert "&lt;b&gt;agency&lt;/b&gt;" in page


def test_hostile_fields_are_escaped_in_the_event_table(analyst: tuple[TestClient, str]) -> None:
    client, _ = analyst
    page = client.get("/", params={"actor": "<script>x</script>"}).text
    assert "<script>x</script>" not in page and "&lt;script&gt;x&lt;/script&gt;" in page
    table = client.get("/").text
    assert "<i>civilians</i>" not in table and "&lt;i&gt;civilians&lt;/i&gt;" in table


def test_evidence_spans_are_highlighted_inside_the_escaped_sentence(analyst: tuple[TestClient, str]) -> None:
    client, _ = analyst
    page = client.get("/events/evt_hostile").text
    assert re.search(r'<mark class="ev ev-trigger"[^>]*>قصف</mark>', page)
    assert re.search(r'<mark class="ev ev-casualty"[^>]*>ثلاثة</mark>', page)
    assert re.search(r'<mark class="ev ev-place"[^>]*>تل الورد</mark>', page)


@pytest.mark.parametrize("path", ["/", "/login", "/api/v1/events", "/static/app.css", "/nope"])
def test_every_response_carries_the_strict_csp(client: TestClient, path: str) -> None:
    response = client.get(path, follow_redirects=False)
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"


def test_csp_allows_no_inline_script_or_style() -> None:
    assert "'unsafe-inline'" not in CONTENT_SECURITY_POLICY and "'unsafe-eval'" not in CONTENT_SECURITY_POLICY
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY and "style-src 'self'" in CONTENT_SECURITY_POLICY


def test_templates_hold_no_inline_scripts_styles_or_handlers() -> None:
    folder = files("marsad.web") / "templates"
    for item in folder.iterdir():
        text = item.read_text("utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)", text), item.name
        assert not re.search(r"<style|\sstyle=", text), item.name
        assert not re.search(r"\son[a-z]+=", text), item.name
        assert "|safe" not in text and "autoescape false" not in text, item.name


def test_unexpected_errors_reach_clients_without_a_stack_trace(
    client: TestClient, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    headers = {"Authorization": f"Bearer {token_for(db_path, 'vera')}"}

    def boom(self: Store, event_id: str) -> None:
        raise RuntimeError("secret detail /srv/marsad/db")

    monkeypatch.setattr(Store, "get_event", boom)
    api = client.get("/api/v1/events/evt_drone", headers=headers)
    assert api.status_code == 500 and api.json() == {
        "detail": "internal error",
        "hint": "the server logged the details",
    }
    page = client.get("/events/evt_drone", headers=headers)
    assert page.status_code == 500
    for leaked in ("Traceback", "RuntimeError", "secret detail"):
        assert leaked not in api.text and leaked not in page.text
