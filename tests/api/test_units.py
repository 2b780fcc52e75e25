"""Small pieces: the login limiter, evidence highlighting, password hashing, users and tokens."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.api.highlight import sentence_pieces
from marsad.api.ratelimit import LoginLimiter
from marsad.errors import ConfigError, NotFoundError
from marsad.model import EventReport, Evidence, TextSpan
from marsad.store import Store
from marsad.store.users import (
    Role,
    add_user,
    check_password,
    create_session,
    create_token,
    hash_password,
    remove_user,
    session_user,
    token_user,
    verify_password,
)
from marsad.vocab import Certainty, EventType


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_limiter_blocks_after_the_allowed_failures_and_forgets_after_the_window() -> None:
    clock = Clock()
    limiter = LoginLimiter(2, 60, clock)
    limiter.failed("k")
    assert limiter.retry_after("k") == 0
    limiter.failed("k")
    assert limiter.retry_after("k") == 60
    clock.now = 30
    assert limiter.retry_after("k") == 30
    assert limiter.retry_after("other") == 0
    clock.now = 61
    assert limiter.retry_after("k") == 0


def test_limiter_success_clears_the_key() -> None:
    limiter = LoginLimiter(1, 60, Clock())
    limiter.failed("k")
    limiter.succeeded("k")
    assert limiter.retry_after("k") == 0


def _report(text: str, spans: list[tuple[int, int]]) -> EventReport:
    def ev(a: int, b: int) -> Evidence:
        return Evidence.from_text(
            document_id="doc_x", text=text, span=TextSpan(start=a, end=b), producer="t.v1"
        )

    trigger, *others = spans
    from marsad.model import CasualtyFigure
    from marsad.vocab import CasualtyKind

    return EventReport(id="rep_x", document_id="doc_x", event_type=EventType.SHELLING,
                       certainty=Certainty.ASSERTED, trigger=ev(*trigger), sentence=ev(0, len(text)),
                       casualties=tuple(CasualtyFigure(kind=CasualtyKind.KILLED, value=1, evidence=ev(a, b))
                                        for a, b in others))  # fmt: skip


@given(
    st.text(min_size=1, max_size=60),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), min_size=1, max_size=6),
)
def test_pieces_always_rebuild_the_sentence_exactly(text: str, raw: list[tuple[int, int]]) -> None:
    spans = [(min(a, b) % (len(text) + 1), max(a, b) % (len(text) + 1)) for a, b in raw]
    spans = [(a, b) if a <= b else (b, a) for a, b in spans]
    pieces = sentence_pieces(_report(text, spans), text)
    assert "".join(p.text for p in pieces) == text


def test_overlapping_evidence_keeps_the_earlier_span() -> None:
    text = "shelling killed two people"
    pieces = sentence_pieces(_report(text, [(0, 8), (5, 15), (16, 19)]), text)
    assert [(p.text, p.kind) for p in pieces] == [
        ("shelling", "trigger"),
        (" killed ", ""),
        ("two", "casualty"),
        (" people", ""),
    ]


def test_password_hash_verifies_only_the_right_password() -> None:
    stored = hash_password("a long passphrase", n=2**10)
    assert stored.startswith("scrypt$1024$")
    assert check_password("a long passphrase", stored)
    assert not check_password("a long passphrasE", stored)
    assert not check_password("x", "garbage")
    assert hash_password("same one!!", n=2**10) != hash_password("same one!!", n=2**10)  # salted


def test_users_tokens_and_sessions_round_trip(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "m.db")) as store:
        user = add_user(store, "nour", "ten chars ok", "admin")
        assert user.role is Role.ADMIN and Role.ADMIN.allows(Role.ANALYST)
        assert not Role.VIEWER.allows(Role.ANALYST)
        assert verify_password(store, "nour", "ten chars ok") == user
        assert verify_password(store, "nour", "wrong chars") is None
        assert verify_password(store, "ghost", "ten chars ok") is None
        token = create_token(store, "nour", "script")
        assert token_user(store, token) == user and token_user(store, token + "x") is None
        live = create_session(store, user, ttl=timedelta(hours=1))
        dead = create_session(store, user, ttl=timedelta(seconds=-1))
        assert session_user(store, live) == user and session_user(store, dead) is None
        stored = store.engine.connect().exec_driver_sql("SELECT token_hash FROM api_tokens").scalar()
        assert stored != token and token not in str(stored)
        remove_user(store, "nour")
        assert token_user(store, token) is None and session_user(store, live) is None
        with pytest.raises(NotFoundError):
            remove_user(store, "nour")


@pytest.mark.parametrize(
    ("name", "password", "role"),
    [("has space", "ten chars ok", "viewer"), ("ok", "short", "viewer"), ("ok", "ten chars ok", "boss")],
)
def test_bad_users_are_refused_with_a_hint(tmp_path: Path, name: str, password: str, role: str) -> None:
    with Store.open(str(tmp_path / "m.db")) as store, pytest.raises(ConfigError) as info:
        add_user(store, name, password, role)
    assert info.value.hint


def test_a_taken_name_is_refused(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "m.db")) as store:
        add_user(store, "nour", "ten chars ok")
        with pytest.raises(ConfigError):
            add_user(store, "nour", "ten chars ok")


def test_count_cache_reuses_a_total_until_it_expires_or_is_cleared() -> None:
    from marsad.api.cache import CountCache

    clock = Clock()
    cache = CountCache(ttl=2, clock=clock)
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert cache.get_or_compute("k", compute) == 1
    assert cache.get_or_compute("k", compute) == 1
    clock.now = 2.5
    assert cache.get_or_compute("k", compute) == 2
    cache.clear()
    assert cache.get_or_compute("k", compute) == 3
