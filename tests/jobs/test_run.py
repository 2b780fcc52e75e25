"""``marsad run``: processing, events, idempotence, and crash safety under ``kill -9``."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from marsad.cli.app import build_app
from marsad.config import Settings
from marsad.jobs.ingest import ingest
from marsad.jobs.run import run_pipeline
from marsad.store.store import Store

REPORT = (
    "title: {i}\npublished: 2024-04-{day:02d}\n\n"
    "قُتل {n} مدنيين وأصيب {m} آخرون بانفجار عبوة ناسفة في قرية {village} بريف دير الزور الشرقي أمس، "
    "بحسب مصادر محلية. وهاجم مسلحون مجهولون حاجزاً قرب بلدة {village} ليلاً. (#{i})"
)


def write_corpus(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        text = REPORT.format(i=i, day=1 + i % 28, n=1 + i % 5, m=i % 7, village=f"كفرزيد{i % 13}")
        (folder / f"{i:05d}.txt").write_text(text, "utf-8")


def table_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as con:
        return {
            "documents": con.execute("select count(*) from documents").fetchone()[0],
            "processed": con.execute("select count(*) from documents where status != 'new'").fetchone()[0],
            "reports": con.execute("select count(*) from reports").fetchone()[0],
            "distinct_reports": con.execute("select count(distinct id) from reports").fetchone()[0],
            "unassigned": con.execute("select count(*) from reports where event_id is null").fetchone()[0],
            "events": con.execute("select count(*) from events").fetchone()[0],
        }


def test_run_processes_new_documents_once(tmp_path: Path, store: Store, settings: Settings) -> None:
    write_corpus(tmp_path / "in", 6)
    ingest([str(tmp_path / "in")], store=store, settings=settings)
    first = run_pipeline(store=store, settings=settings)
    assert first.ok and first.counts["documents_processed"] == 6
    assert first.counts["reports"] >= 6
    again = run_pipeline(store=store, settings=settings)
    assert again.counts.get("documents_processed", 0) == 0
    counts = table_counts(Path(settings.database))
    assert counts["unassigned"] == 0 and counts["events"] >= 1


def test_kill_9_during_run_leaves_a_database_a_rerun_completes(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    write_corpus(tmp_path / "in", 600)
    env = {**os.environ, "MARSAD_DATABASE": str(db), "MARSAD_BATCH_SIZE": "10"}
    cmd = [sys.executable, "-m", "marsad"]
    subprocess.run([*cmd, "ingest", str(tmp_path / "in")], env=env, check=True, capture_output=True)
    reference = tmp_path / "ref.db"
    shutil.copy(db, reference)

    proc = subprocess.Popen([*cmd, "run"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    killed_mid_run = False
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            processed = table_counts(db)["processed"]
        except sqlite3.OperationalError:
            processed = 0
        if processed >= 20:
            os.kill(proc.pid, signal.SIGKILL)
            killed_mid_run = True
            break
        time.sleep(0.05)
    proc.wait()
    assert killed_mid_run, "the run finished before it could be killed; enlarge the corpus"
    partial = table_counts(db)
    assert partial["processed"] < 600

    subprocess.run([*cmd, "run"], env=env, check=True, capture_output=True)
    subprocess.run(
        [*cmd, "run"], env={**env, "MARSAD_DATABASE": str(reference)}, check=True, capture_output=True
    )
    after, clean = table_counts(db), table_counts(reference)
    assert after["processed"] == after["documents"] == 600
    assert after["reports"] == after["distinct_reports"] == clean["reports"]
    assert after["unassigned"] == 0
    assert after["events"] == clean["events"]


def test_cli_events_jsonl_export_acled_and_show_quote_evidence(tmp_path: Path, settings: Settings) -> None:
    write_corpus(tmp_path / "in", 3)
    app, runner, db = build_app(), CliRunner(), ["-d", settings.database]
    assert runner.invoke(app, [*db, "ingest", str(tmp_path / "in")]).exit_code == 0
    assert runner.invoke(app, [*db, "run"]).exit_code == 0
    listed = runner.invoke(app, [*db, "events", "--format", "jsonl", "--limit", "100"])
    assert listed.exit_code == 0
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert rows and all(r["event_id"].startswith("evt_") for r in rows)
    exported = runner.invoke(app, [*db, "export", "--format", "acled"])
    assert exported.exit_code == 0
    assert exported.stdout.splitlines()[0].startswith("event_id_cnty,event_date")
    shown = runner.invoke(app, [*db, "show", rows[0]["event_id"]])
    assert shown.exit_code == 0
    assert "«" in shown.stdout and "sentence:" in shown.stdout and "type:" in shown.stdout
    missing = runner.invoke(app, [*db, "show", "evt_nope"])
    assert missing.exit_code == 2
