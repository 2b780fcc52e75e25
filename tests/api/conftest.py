"""An app over a seeded SQLite store, and clients logged in as an analyst, a viewer or nobody."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from marsad.api import create_app
from marsad.config import Settings
from marsad.store import Store
from marsad.store.users import create_token
from tests.api.seed import PASSWORD, seed


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("seed") / "marsad.db"
    ids = seed(path)
    return path, ids


@pytest.fixture
def db_path(tmp_path: Path, seeded_template: tuple[Path, dict[str, str]]) -> Path:
    target = tmp_path / "marsad.db"
    shutil.copy(seeded_template[0], target)
    return target


@pytest.fixture
def ids(seeded_template: tuple[Path, dict[str, str]]) -> dict[str, str]:
    return seeded_template[1]


@pytest.fixture
def make_client(db_path: Path) -> Iterator[Callable[..., TestClient]]:
    clients: list[TestClient] = []

    def make(base_url: str = "http://testserver", **settings: object) -> TestClient:
        app = create_app(Settings(database=str(db_path), **settings))  # type: ignore[arg-type]
        client = TestClient(app, raise_server_exceptions=False, base_url=base_url)
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for c in clients:
        c.__exit__(None, None, None)


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client()


def login(client: TestClient, name: str, password: str = PASSWORD) -> str:
    """Log in through the form; returns the CSRF token of the new session (from the dashboard)."""
    page = client.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert token is not None
    response = client.post(
        "/login",
        data={"name": name, "password": password, "csrf": token.group(1), "next": "/"},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return csrf_of(client)


def csrf_of(client: TestClient) -> str:
    page = client.get("/events/evt_drone")
    found = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert found is not None
    return found.group(1)


@pytest.fixture
def analyst(client: TestClient) -> tuple[TestClient, str]:
    return client, login(client, "amal")


def token_for(db_path: Path, name: str) -> str:
    with Store.open(str(db_path)) as store:
        return create_token(store, name, "test")
