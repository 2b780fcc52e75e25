"""``marsad run --engine dask`` and ``marsad load`` end to end; a local ``marsad run`` never imports Dask."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from marsad.cli.app import build_app
from marsad.store.store import Store


def test_local_run_does_not_import_dask(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from marsad.cli.app import build_app\n"
        f"r = CliRunner().invoke(build_app(), ['--database', {str(tmp_path / 'x.db')!r}, 'run'])\n"
        "assert r.exit_code == 0, r.output\n"
        "print(sorted(m for m in sys.modules if m == 'dask' or m.startswith(('dask.', 'distributed'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_dask_engine_needs_input_and_output(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        build_app(), ["--database", str(tmp_path / "x.db"), "run", "--engine", "dask"]
    )
    assert result.exit_code == 2
    assert "--input" in result.output


def test_run_with_dask_then_load_fills_the_store(corpus_dir: Path, tmp_path: Path) -> None:
    db, out = str(tmp_path / "x.db"), str(tmp_path / "out")
    files = sorted(corpus_dir.glob("*.jsonl"))[:1]
    run = CliRunner().invoke(build_app(), ["--database", db, "run", "--engine", "dask", "--workers", "1",
                                           "--input", str(files[0]), "--output", out])  # fmt: skip
    assert run.exit_code == 0, run.output
    assert "Dask dashboard: http" in run.output
    load = CliRunner().invoke(build_app(), ["--database", db, "load", out])
    assert load.exit_code == 0, load.output
    with Store.open(db) as store:
        assert store.count_documents() == 125
        assert store.count_events() > 0 and not store.unassigned_reports(limit=None)
    again = CliRunner().invoke(build_app(), ["--database", db, "load", out])  # events stored: recluster
    assert again.exit_code == 0, again.output
    with Store.open(db) as store:
        assert store.count_documents() == 125 and not store.unassigned_reports(limit=None)
