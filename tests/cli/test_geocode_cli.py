from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from marsad.cli import cmd_gazetteer, cmd_geocode

FIXTURES = Path(__file__).resolve().parents[1] / "resolve/fixtures"


def _app() -> typer.Typer:
    app = typer.Typer()
    cmd_geocode.register(app)
    cmd_gazetteer.register(app)
    return app


def test_geocode_prints_one_json_object_per_place() -> None:
    result = CliRunner().invoke(_app(), ["geocode", "قصف على ريف سري كانيه الشرقي وقرب عين عيسى", "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["geonameid"] for r in rows] == [165509, 172134]
    assert rows[0]["precision"] == 2 and rows[0]["admin1"] == "Al-Hasakah"
    assert {"name", "lat", "lon", "admin1", "admin2", "precision", "mention", "span", "reason"} <= rows[
        0
    ].keys()


def test_geocode_uses_the_context_to_pick_among_namesakes() -> None:
    result = CliRunner().invoke(_app(), ["geocode", "Suran", "--context", "north of Hama", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[0])["geonameid"] == 163915


def test_geocode_reports_an_unknown_name_as_unresolved() -> None:
    result = CliRunner().invoke(_app(), ["geocode", "Zarzouriyya", "--json"])
    assert result.exit_code == 0
    row = json.loads(result.stdout)
    assert row["place_id"] is None and "not in the gazetteer" in row["reason"]


def test_gazetteer_build_writes_a_file_the_geocoder_can_load(tmp_path: Path, monkeypatch: object) -> None:
    out = tmp_path / "g.tsv.gz"
    result = CliRunner().invoke(
        _app(),
        [
            "gazetteer",
            "build",
            str(FIXTURES / "SY_sample.txt"),
            str(FIXTURES / "admin2Codes_sample.txt"),
            "--output",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["read_rows"] == 8 and out.is_file()
    env = {"MARSAD_GAZETTEER": str(out)}
    geo = CliRunner(env=env).invoke(_app(), ["geocode", "Tell Zanbaq", "--json"])
    assert geo.exit_code == 0, geo.output
    assert json.loads(geo.stdout.splitlines()[0])["geonameid"] == 9900001


def test_gazetteer_build_refuses_a_missing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(_app(), ["gazetteer", "build", str(tmp_path / "none.txt")])
    assert result.exit_code == 2
