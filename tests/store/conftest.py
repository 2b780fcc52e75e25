"""Contract fixtures: every store test runs on SQLite (a temp file) and on PostgreSQL.

PostgreSQL comes from ``MARSAD_TEST_PG_URL`` (default ``postgresql+psycopg://postgres@127.0.0.1:5432/test``).
Each test module gets a fresh database ``marsad_test_<random>`` (created through the ``postgres``
database, dropped at teardown), and tables are emptied before each test. When the server cannot be
reached the PostgreSQL tests are skipped, unless ``CI`` is set or ``MARSAD_REQUIRE_POSTGRES=1``: then
they fail.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator

import pytest
import sqlalchemy as sa

from marsad.store import Store
from marsad.store.schema import metadata

PG_DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _pg_required() -> bool:
    return bool(os.environ.get("CI")) or os.environ.get("MARSAD_REQUIRE_POSTGRES") == "1"


def _pg_base_url() -> sa.URL:
    return sa.make_url(os.environ.get("MARSAD_TEST_PG_URL", PG_DEFAULT_URL))


class PgDatabases:
    """Creates throwaway databases on the test server and drops them all at teardown."""

    def __init__(self) -> None:
        self.base = _pg_base_url()
        self.admin = sa.create_engine(self.base.set(database="postgres"), isolation_level="AUTOCOMMIT",
                                      connect_args={"connect_timeout": 3})
        self.names: list[str] = []

    def create(self) -> str:
        name = f"marsad_test_{secrets.token_hex(6)}"
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        self.names.append(name)
        return self.base.set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        with self.admin.connect() as conn:
            for name in self.names:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.admin.dispose()


@pytest.fixture(scope="module")
def pg_databases() -> Iterator[PgDatabases]:
    dbs = PgDatabases()
    try:
        with dbs.admin.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except sa.exc.DBAPIError as exc:
        dbs.admin.dispose()
        where = dbs.base.set(database="postgres").render_as_string(hide_password=True)
        detail = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        if _pg_required():
            pytest.fail(f"PostgreSQL is required (CI or MARSAD_REQUIRE_POSTGRES=1) but {where} "
                        f"is unreachable: {detail}. Start the server or set MARSAD_TEST_PG_URL.")
        pytest.skip(f"PostgreSQL not reachable at {where} ({detail}); set MARSAD_TEST_PG_URL to run "
                    "the PostgreSQL contract tests")
    yield dbs
    dbs.drop_all()


@pytest.fixture(scope="module")
def pg_module_url(pg_databases: PgDatabases) -> str:
    """One fresh PostgreSQL database for the whole test module."""
    return pg_databases.create()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def empty_url(backend: str, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> str:
    """A URL or path of a database with no tables at all (PostgreSQL: the module's database with its
    ``public`` schema dropped and recreated, much cheaper than a new database per test)."""
    if backend == "sqlite":
        return str(tmp_path_factory.mktemp("store") / "nested" / "marsad.db")
    url: str = request.getfixturevalue("pg_module_url")
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()
    return url


@pytest.fixture
def store_url(backend: str, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> str:
    """A migrated, empty store (PostgreSQL: the module's database with every table emptied)."""
    if backend == "sqlite":
        return str(tmp_path_factory.mktemp("store") / "marsad.db")
    url: str = request.getfixturevalue("pg_module_url")
    with Store.open(url) as store, store.engine.begin() as conn:
        names = ", ".join(f'"{t.name}"' for t in metadata.sorted_tables)
        conn.exec_driver_sql(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
    return url


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with Store.open(store_url) as s:
        yield s


@pytest.fixture
def open_store(store_url: str) -> Iterator[Callable[[], Store]]:
    """Open extra stores on the same database (closed at teardown)."""
    opened: list[Store] = []

    def _open() -> Store:
        s = Store.open(store_url)
        opened.append(s)
        return s

    yield _open
    for s in opened:
        s.close()
