"""Run the store's Alembic migrations programmatically (works from an installed wheel).

The migration scripts are package data (``marsad/store/migrations``), located through
``importlib.resources``; no ``alembic.ini`` is read. :func:`migrate` upgrades to head and is
idempotent: on an up-to-date database it changes nothing.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import as_file, files

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from marsad.errors import StoreError
from marsad.store.engine import WRITE, masked_url

__all__ = ["current_revision", "head_revision", "migrate"]

_MIGRATION_LOCK = threading.Lock()
"""Process-wide, immutable after import: Alembic's ``context`` proxy is global, so two threads must
not run migrations at the same moment."""

_PG_LOCK_KEY = 0x6D61727361640001  # "marsad" + 1: the advisory lock id migrations hold on PostgreSQL


@contextmanager
def _config() -> Iterator[Config]:
    with as_file(files("marsad.store") / "migrations") as path:
        cfg = Config()
        cfg.set_main_option("script_location", str(path))
        yield cfg


@functools.cache
def head_revision() -> str:
    """The newest revision the installed marsad knows."""
    with _config() as cfg:
        head = ScriptDirectory.from_config(cfg).get_current_head()
    if head is None:  # pragma: no cover - the package always ships revisions
        raise StoreError("no migrations found", hint="reinstall marsad")
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (``None`` for an empty database)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine) -> None:
    """Upgrade the database to head in one transaction. Safe to call on every open, from several
    threads or processes at once: an up-to-date database is left alone without running Alembic;
    otherwise PostgreSQL takes an advisory lock and SQLite a write lock (``BEGIN IMMEDIATE``) so one
    migrator runs and the others then find the database at head."""
    try:
        if current_revision(engine) == head_revision():
            return
        # Alembic keeps its running context in module globals: one migration per process at a time.
        with _MIGRATION_LOCK, _config() as cfg, engine.connect() as conn:
            conn.execution_options(**{WRITE: True})
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
    except SQLAlchemyError as exc:
        raise StoreError(
            f"could not migrate the database: {exc}",
            hint="check that the database is a marsad store and that this user may create tables",
            context=masked_url(engine.url),
        ) from exc
