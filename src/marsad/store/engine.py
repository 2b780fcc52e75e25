"""Engines: a bare path or ``sqlite:`` URL is an embedded SQLite store; anything else is a server URL.

SQLite connections are set up on every connect: WAL journal, foreign keys on, a 5 s busy timeout and
``synchronous=NORMAL``. The Python driver's own implicit transaction handling is switched off and
SQLAlchemy emits ``BEGIN`` itself, so transactions (and DDL in migrations) are real. A connection whose
execution options carry ``marsad_write=True`` starts with ``BEGIN IMMEDIATE``: it takes the write lock
up front and waits ``busy_timeout`` for it, instead of failing when a read upgrades to a write while
another process writes.

Nothing here touches the disk or the network until the first connection: the parent folder of a
SQLite file is created then, not when the engine is made.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.pool import StaticPool

from marsad.errors import StoreError

__all__ = ["WRITE", "check_connection", "make_engine", "masked_url"]

WRITE = "marsad_write"
"""Execution option: ``conn.execution_options(marsad_write=True)`` begins SQLite writes IMMEDIATE."""

_SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
    "PRAGMA synchronous=NORMAL",
)

_URL_HINT = (
    "give a SQLite file path (marsad.db) or a URL such as sqlite:///path/marsad.db or "
    "postgresql+psycopg://user:password@host:5432/dbname"
)


def make_engine(url_or_path: str) -> Engine:
    """An engine for a path or URL. Raises :class:`StoreError` for a URL SQLAlchemy cannot use."""
    text = url_or_path.strip()
    if not text:
        raise StoreError("no database given", hint=_URL_HINT)
    if "://" not in text:
        return _sqlite_engine(sa.URL.create("sqlite", database=str(Path(text).expanduser())))
    try:
        url = sa.make_url(text)
    except (ArgumentError, ValueError) as exc:
        raise StoreError(f"not a database URL: {masked(text)}", hint=_URL_HINT) from exc
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    try:
        return sa.create_engine(url, pool_pre_ping=True)
    except NoSuchModuleError as exc:
        raise StoreError(
            f"unsupported database URL scheme {url.drivername!r}",
            hint="use sqlite:///... or postgresql+psycopg://... (install marsad[postgres] for PostgreSQL)",
            context=masked_url(url),
        ) from exc
    except (ArgumentError, ImportError) as exc:
        raise StoreError(
            f"cannot use database URL: {exc}",
            hint="check the URL and that its driver is installed (psycopg for PostgreSQL)",
            context=masked_url(url),
        ) from exc


def check_connection(engine: Engine) -> None:
    """Connect once; a server that cannot be reached becomes a :class:`StoreError` with a hint."""
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except sa.exc.DBAPIError as exc:
        detail = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
        if engine.dialect.name == "sqlite":
            hint = "check that the folder is writable and the file is a marsad SQLite database"
        else:
            hint = ("check that the server is running and reachable, and that the URL's user, "
                    "password and database exist")
        raise StoreError(
            f"cannot open the database: {detail}", hint=hint, context=masked_url(engine.url)
        ) from exc
    except OSError as exc:
        raise StoreError(
            f"cannot open the database: {exc}",
            hint="check that the folder exists or can be created, and is writable",
            context=masked_url(engine.url),
        ) from exc


def masked_url(url: URL) -> str:
    """The URL with its password hidden (safe to log and show)."""
    return url.render_as_string(hide_password=True)


def masked(text: str) -> str:
    """Best effort password masking for a string that may not parse as a URL."""
    try:
        return masked_url(sa.make_url(text))
    except (ArgumentError, ValueError):
        return text.split("@", 1)[-1] if "@" in text else text


def _sqlite_engine(url: URL) -> Engine:
    database = url.database or ""
    in_memory = database in ("", ":memory:") or database.startswith("file::memory:")
    kwargs: dict[str, Any] = {}
    if in_memory:
        # One shared connection, otherwise every connection would see its own empty database.
        kwargs.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
    engine = sa.create_engine(url, **kwargs)
    path = None if in_memory or database.startswith("file:") else Path(database)

    @event.listens_for(engine, "do_connect")
    def _create_parent(dialect: Any, conn_rec: Any, cargs: Any, cparams: Any) -> None:
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_conn: Any, conn_rec: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (see module docstring)
        cursor = dbapi_conn.cursor()
        try:
            for pragma in _SQLITE_PRAGMAS:
                if in_memory and "journal_mode" in pragma:
                    continue
                cursor.execute(pragma)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get(WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
