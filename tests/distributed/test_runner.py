"""The Dask runner gives what the local runner gives, survives a killed worker and skips finished work."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path
from typing import Any

import pytest

from marsad.config import Settings
from marsad.distributed.files import OutputFolder
from marsad.distributed.load import load_output
from marsad.distributed.output import finished_partitions, read_events, read_failures, read_reports
from marsad.distributed.runner import open_client, run_dask
from marsad.jobs.ingest import ingest
from marsad.jobs.run import run_pipeline
from marsad.store.codec import to_json
from marsad.store.records import EventFilter
from marsad.store.store import Store

PARTITION_BYTES = 60_000  # about ten partitions for the 500 articles


def _snapshot(store: Store) -> tuple[dict[str, Any], dict[str, Any]]:
    """Every event and every clustered report, as JSON, by id."""
    events = {e.id: to_json(e) for e in store.query_events(EventFilter(limit=None, include_rejected=True))}
    reports = {r.id: to_json(r) for eid in events for r in store.reports_for_event(eid)}
    return events, reports


@pytest.fixture(scope="module")
def local_result(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], ...]:
    folder = tmp_path_factory.mktemp("local")
    settings = Settings(database=str(folder / "local.db"), batch_size=1000)
    with Store.open(settings.database) as store:
        ingest([str(p) for p in sorted(corpus_dir.glob("*.jsonl"))], store=store, settings=settings)
        outcome = run_pipeline(store=store, settings=settings)
        assert outcome.ok
        assert store.count_reports() == sum(len(r) for r in [_snapshot(store)[1]])
        return _snapshot(store)


def _dask_snapshot(output: Path, db: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    with Store.open(str(db)) as store:
        result = load_output(store, str(output))
        assert not result.unclustered
        return _snapshot(store)


def test_dask_run_gives_the_local_runners_reports_and_events(
    corpus_dir: Path, tmp_path: Path, client: Any, local_result: tuple[dict[str, Any], ...]
) -> None:
    out = tmp_path / "out"
    result = run_dask([str(corpus_dir / "*.jsonl")], str(out), Settings(), client=client,
                      partition_bytes=PARTITION_BYTES)  # fmt: skip
    assert len(result.partitions) >= 8 and result.documents == 500 and result.failures == 0
    events, reports = _dask_snapshot(out, tmp_path / "dask.db")
    local_events, local_reports = local_result
    assert len(local_events) > 50 and len(local_reports) > len(local_events)  # clustering merged reports
    assert reports == local_reports
    assert events == local_events


def test_small_blocks_give_the_same_events_when_chains_fit(
    corpus_dir: Path, tmp_path: Path, client: Any, local_result: tuple[dict[str, Any], ...]
) -> None:
    # one block per family-and-date chain: the corpus has several families, so several blocks
    out = tmp_path / "out"
    result = run_dask([str(corpus_dir / "*.jsonl")], str(out), Settings(), client=client,
                      partition_bytes=PARTITION_BYTES, max_block=400)  # fmt: skip
    assert result.blocks >= 2 and result.seams == 0
    events, _ = _dask_snapshot(out, tmp_path / "dask.db")
    assert events == local_result[0]


def test_cut_chains_are_reconciled_deterministically(corpus_dir: Path, tmp_path: Path, client: Any) -> None:
    runs = []
    for name in ("a", "b"):
        out = tmp_path / name
        size = PARTITION_BYTES if name == "a" else 200_000
        result = run_dask([str(corpus_dir / "*.jsonl")], str(out), Settings(), client=client,
                          partition_bytes=size, max_block=60)  # fmt: skip
        assert result.seams > 0
        events = read_events(OutputFolder.open(str(out)))
        assert events is not None
        runs.append({e.id: to_json(e) for e in events})
    assert runs[0] == runs[1]  # other partitioning, same events
    members = [rid for e in runs[0].values() for rid in e["report_ids"]]
    assert len(members) == len(set(members)) == result.reports  # every report in exactly one event


def test_rerun_skips_finished_partitions_and_redoes_missing_ones(
    corpus_dir: Path, tmp_path: Path, client: Any
) -> None:
    out = tmp_path / "out"
    inputs = [str(corpus_dir / "*.jsonl")]
    first = run_dask(inputs, str(out), Settings(), client=client, partition_bytes=PARTITION_BYTES)
    assert first.skipped == 0
    victim = sorted(out.glob("done/part-*.json"))[0]
    victim.unlink()  # as if the run had died before this partition finished
    mtimes = {p.name: p.stat().st_mtime_ns for p in out.glob("reports/*.parquet")}
    second = run_dask(inputs, str(out), Settings(), client=client, partition_bytes=PARTITION_BYTES)
    assert second.skipped == len(first.partitions) - 1
    assert {p.key for p in second.partitions} == {p.key for p in first.partitions}
    changed = [n for n, t in mtimes.items() if (out / "reports" / n).stat().st_mtime_ns != t]
    assert changed == [f"part-{victim.stem.removeprefix('part-')}.parquet"]
    assert second.events == first.events


def test_bad_documents_are_quarantined_in_the_output(corpus_dir: Path, tmp_path: Path, client: Any) -> None:
    bad = tmp_path / "bad.jsonl"
    good = (corpus_dir / "part-000.jsonl").read_text("utf-8").splitlines()[:3]
    bad.write_text(
        "\n".join([good[0], "{not json", json.dumps({"title": "no text"}), good[1]]) + "\n", "utf-8"
    )
    out = tmp_path / "out"
    result = run_dask([str(bad)], str(out), Settings(), client=client)
    assert result.documents == 2 and result.failures == 2
    folder = OutputFolder.open(str(out))
    failures = read_failures(folder, finished_partitions(folder))
    assert sorted(f.stage for _, f in failures) == ["decode", "decode"]
    assert any("{not json" in f.payload for _, f in failures)
    assert all(f.location.startswith(str(bad)) for _, f in failures)
    with Store.open(str(tmp_path / "x.db")) as store:
        loaded = load_output(store, str(out))
        assert loaded.failures == 2 and len(store.failures()) == 2
        load_output(store, str(out))  # loading again adds nothing
        assert len(store.failures()) == 2 and store.count_documents() == 2


def test_outputs_are_parquet_with_the_documented_columns(
    corpus_dir: Path, tmp_path: Path, client: Any
) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "out"
    run_dask([str(corpus_dir / "part-001.jsonl")], str(out), Settings(), client=client)
    table = pq.read_table(next(out.glob("reports/part-*.parquet")))
    assert {"id", "document_id", "event_type", "date_start", "admin1", "latitude", "record"} <= set(
        table.column_names
    )
    reports, _ = read_reports(OutputFolder.open(str(out)), finished_partitions(OutputFolder.open(str(out))))
    assert {r.id for r in reports} == set(table["id"].to_pylist())
    assert not list(out.rglob(".tmp-*"))  # no temporary file left behind


class _KillOnFirstResult:
    """A progress sink that kills one worker process as soon as the first partition is done."""

    def __init__(self, pids: dict[str, int]) -> None:
        self.pids = pids
        self.killed: list[int] = []

    def start(self, label: str, total: int | None) -> None:
        return None

    def advance(self, n: int = 1) -> None:
        if not self.killed:
            pid = self.pids[sorted(self.pids)[0]]
            os.kill(pid, signal.SIGKILL)
            self.killed.append(pid)

    def finish(self) -> None:
        return None


def test_a_worker_killed_mid_run_changes_nothing(
    corpus_dir: Path, tmp_path: Path, local_result: tuple[dict[str, Any], ...]
) -> None:
    out = tmp_path / "out"
    with open_client(None, 2, processes=True) as proc_client:
        pids = proc_client.run(os.getpid)
        sink = _KillOnFirstResult(pids)
        result = run_dask([str(corpus_dir / "*.jsonl")], str(out), Settings(), client=proc_client,
                          partition_bytes=PARTITION_BYTES, progress=sink)  # fmt: skip
    assert sink.killed and result.documents == 500
    events, reports = _dask_snapshot(out, tmp_path / "dask.db")
    assert (events, reports) == local_result
