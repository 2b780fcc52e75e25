"""``marsad tally``, ``trends`` and ``test-link`` on a small store."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from typer.testing import CliRunner

from marsad.cli.app import build_app
from marsad.store import Store
from marsad.vocab import EventType
from tests.analyze.builders import add_tally_claim, insert_events, linked_scenario, make_event


@pytest.fixture(scope="module")
def linked_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "linked.db")
    with Store.open(path) as store:
        linked_scenario(store, rate_ratio=1.6, seed=3)
        # a surge of mine attacks in the last weeks of the data
        last = date(2024, 12, 23)
        insert_events(store, [make_event(900_000 + i, event_type=EventType.MINE_IED,
                                         day=last + timedelta(days=i % 5)) for i in range(25)]
                      + [make_event(910_000 + i, event_type=EventType.MINE_IED,
                                    day=last - timedelta(weeks=1 + i)) for i in range(8)])
        add_tally_claim(store, count=27, period="2024-04")
    return path


def _run(db: str, *args: str) -> str:
    result = CliRunner().invoke(build_app(), ["-d", db, *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_tally_json_groups_and_claims(linked_db: str) -> None:
    out = json.loads(_run(linked_db, "tally", "--by", "month,type", "--from", "2024-04-01", "--to",
                          "2024-04-30", "--format", "json", "--claims", "--reports"))
    assert out["by"] == ["month", "type"]
    keys = {(r["month"], r["type"]) for r in out["rows"]}
    assert ("2024-04", "armed_attack") in keys and ("2024-04", "threaten") in keys
    assert all("reports" in r and "killed_min" in r for r in out["rows"])
    (claim,) = out["claims"]
    attacks = next(r["events"] for r in out["rows"] if r["type"] == "armed_attack")
    assert claim["claim"] == 27 and claim["ours"] == attacks


def test_tally_csv_and_actor_filter(linked_db: str) -> None:
    out = _run(linked_db, "tally", "--by", "actor", "--actor", "Northern", "--format", "csv")
    lines = out.strip().splitlines()
    assert lines[0].startswith("actor,events") and lines[1].startswith("Northern Army,")


def test_tally_rejects_an_unknown_dimension(linked_db: str) -> None:
    result = CliRunner().invoke(build_app(), ["-d", linked_db, "tally", "--by", "colour"])
    assert result.exit_code == 2 and "choose from" in result.output


def test_trends_reports_the_surge_with_its_events(linked_db: str) -> None:
    out = json.loads(_run(linked_db, "trends", "--period", "week", "--split", "type", "--json"))
    surges = [a for a in out if a["series"] == "type=mine_ied" and a["direction"] == "surge"]
    assert surges and surges[-1]["alert"] and surges[-1]["observed"] >= 20
    assert all(i.startswith("evt_") for i in surges[-1]["event_ids"]) and surges[-1]["event_ids"]


def test_test_link_gives_a_verdict_with_caveats(linked_db: str) -> None:
    out = json.loads(_run(linked_db, "test-link", "--cause", "actor=Northern Army type=threaten",
                          "--effect", "actor=Desert Cells type=armed_attack", "--max-lag", "6", "--json"))
    assert out["verdict"] == "supported"
    assert len(out["lags"]) == 7 and all(0 <= lag["p_holm"] <= 1 for lag in out["lags"])
    assert any("coordination" in c for c in out["caveats"])
    assert len(out["periods"]) == len(out["cause_counts"]) == len(out["documents"])


def test_test_link_text_output_and_bad_selector(linked_db: str) -> None:
    text = _run(linked_db, "test-link", "--cause", "actor=Northern Army type=threaten",
                "--effect", "actor=Desert Cells type=armed_attack", "--no-event-study")
    assert "Verdict: supported" in text and "Caveats" in text
    bad = CliRunner().invoke(build_app(), ["-d", linked_db, "test-link", "--cause", "type=bombs",
                                           "--effect", "type=armed_attack"])
    assert bad.exit_code == 2

