from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from marsad.errors import NotFoundError, StoreError
from marsad.registry import Registries
from marsad.store import FeedState, RunStatus, Store
from marsad.store.plugin import register

from .factories import make_document, make_failure


def test_quarantine_keeps_the_failure(store: Store) -> None:
    failure = make_failure()
    fid = store.quarantine(failure, run_id="run-1")
    (record,) = store.failures()
    assert (record.id, record.attempts, record.run_id, record.resolved) == (fid, 1, "run-1", False)
    assert record.failure() == failure
    assert record.created_at.tzinfo is not None
    assert store.get_failure(fid) == record


def test_quarantining_the_same_failure_again_bumps_attempts(store: Store) -> None:
    fid = store.quarantine(make_failure(), run_id="run-1")
    again = replace(make_failure(), traceback="second traceback")
    assert store.quarantine(again, run_id="run-2") == fid
    other = store.quarantine(make_failure(reason="another reason"), run_id="run-2")
    assert other != fid
    record = store.get_failure(fid)
    assert (record.attempts, record.run_id, record.traceback) == (2, "run-2", "second traceback")
    assert len(store.failures()) == 2


def test_resolved_failures_are_hidden_until_they_fail_again(store: Store) -> None:
    fid = store.quarantine(make_failure(), run_id=None)
    store.resolve_failure(fid)
    assert store.failures() == []
    (resolved,) = store.failures(include_resolved=True)
    assert resolved.resolved and resolved.resolved_at is not None
    assert store.quarantine(make_failure(), run_id=None) == fid
    (reopened,) = store.failures()
    assert (reopened.id, reopened.attempts, reopened.resolved) == (fid, 2, False)


def test_unknown_failure_ids_raise_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.get_failure(12345)
    with pytest.raises(NotFoundError):
        store.resolve_failure(12345)


def test_very_long_failure_keys_are_clipped_and_still_deduplicated(store: Store) -> None:
    long = make_failure(location="مسار/" * 2000, reason="سبب طويل " * 2000)
    fid = store.quarantine(long, run_id=None)
    assert store.quarantine(long, run_id=None) == fid
    record = store.get_failure(fid)
    assert record.attempts == 2
    assert len(record.location.encode()) <= 1200 and record.location.startswith("مسار/")


def test_feed_state_round_trips_and_updates(store: Store) -> None:
    url = "https://news.example/rss"
    assert store.get_feed_state(url) is None
    state = FeedState(url=url, etag='W/"abc"', last_modified="Mon, 01 Apr 2024 08:00:00 GMT",
                      last_polled=datetime(2024, 4, 1, 11, 0, tzinfo=timezone(timedelta(hours=3))),
                      last_status=200)
    store.set_feed_state(state)
    assert store.get_feed_state(url) == state
    stored = store.get_feed_state(url)
    assert stored is not None and stored.last_polled is not None
    assert stored.last_polled.utcoffset() == timedelta(0)
    failed = replace(state, last_status=None, last_error="timed out")
    store.set_feed_state(failed)
    assert store.get_feed_state(url) == failed


def test_runs_are_recorded_from_start_to_finish(store: Store) -> None:
    run_id = store.start_run("ingest", "cfg123")
    assert len(run_id) == 32 and int(run_id, 16) >= 0
    (running,) = store.runs()
    assert (running.status, running.finished_at, running.counts) == (RunStatus.RUNNING, None, {})
    store.finish_run(run_id, status="ok", counts={"added": 3}, timings={"fetch": 1.5}, n_failures=1)
    (done,) = store.runs()
    assert (done.status, done.counts, done.timings, done.n_failures) == (
        RunStatus.OK, {"added": 3}, {"fetch": 1.5}, 1)
    assert done.finished_at is not None and done.finished_at >= done.started_at
    assert done.config_hash == "cfg123" and done.kind == "ingest"
    assert store.get_run(run_id) == done


def test_runs_list_newest_first_and_respect_the_limit(store: Store) -> None:
    ids = [store.start_run("run", "c") for _ in range(3)]
    assert [r.id for r in store.runs(limit=2)] == ids[::-1][:2]


def test_finish_run_refuses_unknown_runs_and_statuses(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.finish_run("nope", status=RunStatus.FAILED, counts={}, timings={}, n_failures=0)
    run_id = store.start_run("run", "c")
    with pytest.raises(StoreError, match="unknown run status"):
        store.finish_run(run_id, status="great", counts={}, timings={}, n_failures=0)


def test_history_is_appended_and_listed_newest_first(store: Store) -> None:
    first = store.record_history("event", "evt_1", "merge", {"ids": ["a"]}, {"ids": ["a", "b"]},
                                 "analyst", "same attack")
    second = store.record_history("event", "evt_2", "reject", None, {"rejected": True}, "analyst", "dup")
    assert second > first
    assert [h.id for h in store.history()] == [second, first]
    (only,) = store.history("evt_1")
    assert (only.old, only.new, only.actor, only.reason) == ({"ids": ["a"]}, {"ids": ["a", "b"]},
                                                              "analyst", "same attack")
    assert store.history("evt_2")[0].old is None
    assert len(store.history(limit=1)) == 1
    assert store.history()[0].at <= datetime.now(UTC)


def test_two_stores_on_one_database_see_each_others_writes(
    store: Store, open_store: Callable[[], Store]
) -> None:
    other = open_store()
    fid = store.quarantine(make_failure(), run_id=None)
    assert other.get_failure(fid).attempts == 1
    other.quarantine(make_failure(), run_id=None)
    assert store.get_failure(fid).attempts == 2


def test_plugin_registers_both_backends() -> None:
    regs = Registries()
    register(regs)
    assert regs.stores.names() == ["postgresql", "sqlite"]
    assert regs.stores.get("sqlite") == Store.open


def test_concurrent_writers_on_one_database_all_succeed(store_url: str) -> None:
    # Separate Store objects stand in for separate processes (pipeline, API, watch).
    errors: list[BaseException] = []

    def work(k: int) -> None:
        try:
            with Store.open(store_url) as s:
                for i in range(8):
                    docs = [make_document(1000 * k + 10 * i + j) for j in range(5)]
                    s.add_documents(docs, run_id=None)
                    s.quarantine(make_failure(location=f"feed-{i % 3}"), run_id=None)
        except BaseException as exc:  # noqa: BLE001 - reported to the main thread below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Store.open(store_url) as s:
        assert s.count_documents() == 4 * 8 * 5
        assert sum(f.attempts for f in s.failures()) == 4 * 8
