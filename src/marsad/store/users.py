"""Users, roles, API tokens and browser sessions (tables from migration 0003).

Passwords are hashed with scrypt (``hashlib.scrypt``, stdlib; memory-hard), stored as a
self-describing string ``scrypt$<n>$<r>$<p>$<salt b64>$<hash b64>`` so the cost can rise later
without breaking old hashes. API tokens and session secrets are 256-bit random values handed out
once; only their SHA-256 is stored.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from marsad.errors import ConfigError, NotFoundError, StoreError
from marsad.store.engine import WRITE
from marsad.store.schema import api_tokens, sessions, users
from marsad.store.store import Store

__all__ = [
    "Role",
    "User",
    "add_user",
    "check_password",
    "create_session",
    "create_token",
    "delete_session",
    "get_user",
    "hash_password",
    "list_users",
    "remove_user",
    "revoke_tokens",
    "session_user",
    "token_user",
    "verify_password",
]

SCRYPT_N = 2**14
"""scrypt cost (CPU and memory: 128 * n * r bytes = 16 MiB), about 50 ms per hash."""
SCRYPT_R = 8
SCRYPT_P = 1
MIN_PASSWORD_LENGTH = 10
TOKEN_PREFIX = "msd_"


class Role(StrEnum):
    VIEWER = "viewer"  # reads events, documents and analyses
    ANALYST = "analyst"  # also confirms, edits, merges, splits and rejects events
    ADMIN = "admin"  # everything (user management stays on the command line)

    def allows(self, needed: Role) -> bool:
        order = (Role.VIEWER, Role.ANALYST, Role.ADMIN)
        return order.index(self) >= order.index(needed)


@dataclass(frozen=True, slots=True, kw_only=True)
class User:
    id: int
    name: str
    role: Role
    created_at: datetime


def _now() -> datetime:
    return datetime.now(UTC)


def _sha256(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, *, n: int = SCRYPT_N) -> str:
    """A scrypt hash string for ``password`` with a fresh 16-byte salt."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=SCRYPT_R, p=SCRYPT_P,
                            maxmem=256 * n * SCRYPT_R, dklen=32)  # fmt: skip
    return f"scrypt${n}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def check_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches a :func:`hash_password` string (constant-time compare)."""
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r),
                             p=int(p), maxmem=256 * int(n) * int(r), dklen=len(expected))  # fmt: skip
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


@functools.cache
def _dummy_hash() -> str:
    """Checked against when the user does not exist, so a login takes as long either way."""
    return hash_password(secrets.token_urlsafe(16))


@contextmanager
def _write(store: Store) -> Iterator[Connection]:
    try:
        with store.engine.connect() as conn:
            conn.execution_options(**{WRITE: True})
            with conn.begin():
                yield conn
    except IntegrityError as exc:
        raise ConfigError(
            "that user already exists", hint="pick another name, or remove the user first"
        ) from exc
    except SQLAlchemyError as exc:
        raise StoreError(
            f"could not save the user change: {exc.__class__.__name__}: {str(exc).splitlines()[0]}",
            hint="nothing was saved; check that the database is migrated (marsad init)",
            context=store.url,
        ) from exc


def _user(row: Any) -> User:
    return User(id=row.id, name=row.name, role=Role(row.role), created_at=row.created_at)


_USER_COLS = (users.c.id, users.c.name, users.c.role, users.c.created_at)


def add_user(store: Store, name: str, password: str, role: Role | str = Role.VIEWER) -> User:
    """Create a user. Raises :class:`ConfigError` for a short password, bad role or taken name."""
    name = name.strip()
    if not name or len(name) > 64 or any(c.isspace() for c in name):
        raise ConfigError(f"user name {name!r} is not usable", hint="use 1-64 characters without spaces")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ConfigError(
            "the password is too short",
            hint=f"use at least {MIN_PASSWORD_LENGTH} characters (a passphrase is best)",
        )
    try:
        role_ = Role(role)
    except ValueError:
        raise ConfigError(f"unknown role {role!r}", hint="choose viewer, analyst or admin") from None
    now = _now()
    with _write(store) as conn:
        new_id = conn.execute(users.insert().values(
            name=name, role=role_.value, password_hash=hash_password(password), created_at=now,
        ).returning(users.c.id)).scalar_one()  # fmt: skip
    return User(id=int(new_id), name=name, role=role_, created_at=now)


def get_user(store: Store, name: str) -> User:
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(*_USER_COLS).where(users.c.name == name)).first()
    if row is None:
        raise NotFoundError(f"no user {name!r}", hint="list users with `marsad user list`")
    return _user(row)


def list_users(store: Store) -> list[User]:
    with store.engine.connect() as conn:
        return [_user(r) for r in conn.execute(sa.select(*_USER_COLS).order_by(users.c.name))]


def remove_user(store: Store, name: str) -> None:
    """Delete a user with their tokens and sessions (history rows they wrote stay)."""
    with _write(store) as conn:
        uid = conn.execute(sa.select(users.c.id).where(users.c.name == name)).scalar()
        if uid is None:
            raise NotFoundError(f"no user {name!r}", hint="list users with `marsad user list`")
        conn.execute(api_tokens.delete().where(api_tokens.c.user_id == uid))
        conn.execute(sessions.delete().where(sessions.c.user_id == uid))
        conn.execute(users.delete().where(users.c.id == uid))


def verify_password(store: Store, name: str, password: str) -> User | None:
    """The user when the password is right, else ``None`` (same work whether or not the user exists)."""
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(*_USER_COLS, users.c.password_hash).where(users.c.name == name)).first()
    if row is None:
        check_password(password, _dummy_hash())
        return None
    return _user(row) if check_password(password, row.password_hash) else None


def create_token(store: Store, name: str, label: str = "") -> str:
    """A new API token for the user; the plain token is returned once and never stored."""
    user = get_user(store, name)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with _write(store) as conn:
        conn.execute(api_tokens.insert().values(
            token_hash=_sha256(token), user_id=user.id, label=label, prefix=token[:10],
            created_at=_now(), last_used_at=None,
        ))  # fmt: skip
    return token


def revoke_tokens(store: Store, name: str) -> int:
    """Delete every API token of the user; returns how many."""
    user = get_user(store, name)
    with _write(store) as conn:
        return int(conn.execute(api_tokens.delete().where(api_tokens.c.user_id == user.id)).rowcount)


def token_user(store: Store, token: str) -> User | None:
    """The owner of an API token, or ``None``."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    stmt = (sa.select(*_USER_COLS).join(api_tokens, api_tokens.c.user_id == users.c.id)
            .where(api_tokens.c.token_hash == _sha256(token)))  # fmt: skip
    with store.engine.connect() as conn:
        row = conn.execute(stmt).first()
    return None if row is None else _user(row)


def create_session(store: Store, user: User, *, ttl: timedelta) -> str:
    """Start a browser session; returns the secret for the cookie (only its hash is stored).
    Expired sessions of every user are pruned on the way."""
    secret = secrets.token_urlsafe(32)
    now = _now()
    with _write(store) as conn:
        conn.execute(sessions.delete().where(sessions.c.expires_at < now))
        conn.execute(
            sessions.insert().values(
                session_hash=_sha256(secret), user_id=user.id, created_at=now, expires_at=now + ttl
            )
        )
    return secret


def session_user(store: Store, secret: str) -> User | None:
    """The user of a live session, or ``None`` (unknown or expired)."""
    if not secret:
        return None
    stmt = (
        sa.select(*_USER_COLS)
        .join(sessions, sessions.c.user_id == users.c.id)
        .where(sessions.c.session_hash == _sha256(secret), sessions.c.expires_at > _now())
    )
    with store.engine.connect() as conn:
        row = conn.execute(stmt).first()
    return None if row is None else _user(row)


def delete_session(store: Store, secret: str) -> None:
    with _write(store) as conn:
        conn.execute(sessions.delete().where(sessions.c.session_hash == _sha256(secret)))
