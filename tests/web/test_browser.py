"""The dashboard in a real browser (Playwright driving Debian's Chromium, headless).

Locally the test skips, saying why, when /usr/bin/chromium or the playwright package is missing; in
CI (``CI`` set) it fails instead, because .ci/run installs Chromium. ``playwright install`` is never
used: the system Chromium is launched by path. A screenshot goes to test-artifacts/.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from marsad.api import create_app
from marsad.config import Settings
from tests.api.seed import PASSWORD, seed

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _need(condition: bool, reason: str) -> None:
    if condition:
        return
    if os.environ.get("CI"):
        pytest.fail(
            f"{reason} (CI must provide it: .ci/run installs chromium; playwright is a test dependency)"
        )
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    db = tmp_path / "marsad.db"
    seed(db)
    port = _free_port()
    app = create_app(Settings(database=str(db)))
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not srv.started:
        if time.monotonic() > deadline:
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def browser_page() -> Iterator[Any]:
    _need(
        CHROMIUM.exists() and shutil.which(str(CHROMIUM)) is not None,
        "no /usr/bin/chromium (apt-get install chromium)",
    )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _need(False, "the playwright package is not installed (pip install playwright; no browser download)")
        raise
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1400})
            page.set_default_timeout(15_000)
            yield page
        finally:
            browser.close()


def test_analyst_logs_in_filters_opens_an_event_confirms_it_and_sees_the_history(
    server: str, browser_page: Any
) -> None:
    page = browser_page
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))

    page.goto(f"{server}/")
    assert page.url.startswith(f"{server}/login")
    assert page.get_attribute("html", "dir") == "rtl"  # Arabic first
    page.fill("#login-name", "amal")
    page.fill("#login-password", PASSWORD)
    page.click("#login-submit")
    page.wait_for_selector("#event-table")
    page.wait_for_selector("#map[data-ready]", state="attached")
    assert page.get_attribute("#map", "data-ready") == "2"  # two events have coordinates
    assert page.locator(".leaflet-interactive").count() >= 2
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard-ar.png"), full_page=True)

    page.fill("#filter-actor", "Jade")
    page.click("#filter-apply")
    page.wait_for_url("**/?*actor=Jade*")
    rows = page.locator("#event-table tbody tr")
    assert rows.count() == 1
    rows.locator("a.event-link").click()
    page.wait_for_selector("#event-title")
    assert "evt_drone" in page.inner_text("#event-title")
    assert page.locator("mark.ev-trigger").count() == 2

    page.fill("#form-confirm input[name=reason]", "two sources agree")
    page.click("#btn-confirm")
    page.wait_for_selector("#history-table tr.history-confirm")
    assert "web:amal" in page.inner_text("#confirm-status")
    assert "two sources agree" in page.inner_text("#history-table")

    page.click("#lang-switch")
    page.wait_for_selector("html[dir=ltr]", state="attached")
    page.screenshot(path=str(ARTIFACTS / "dashboard-event-confirmed.png"), full_page=True)
    assert not problems, problems  # no script errors, no CSP violations


def test_hostile_text_does_not_run_in_the_browser(server: str, browser_page: Any) -> None:
    page = browser_page
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{server}/login")
    page.fill("#login-name", "vera")
    page.fill("#login-password", PASSWORD)
    page.click("#login-submit")
    page.wait_for_selector("#event-table")
    page.goto(f"{server}/events/evt_hostile")
    page.wait_for_selector("#event-title")
    assert "<script>alert('title')</script>" in page.inner_text("body")  # shown as text
    assert page.locator("#review").count() == 0  # a viewer gets no review buttons
    assert dialogs == []
