"""``marsad extract`` and ``marsad evaluate gsr`` print JSON without a database."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from marsad.cli.app import build_app


def test_extract_prints_events_and_tallies_as_json(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("انفجرت سيارة مفخخة في بلدة الوادي أمس، ما أسفر عن مقتل شخصين.", encoding="utf-8")
    result = CliRunner().invoke(build_app(), ["extract", str(f), "--published", "2024-03-10", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    event = data["events"][0]
    assert event["event_type"] == "car_bomb"
    assert event["date"] == "2024-03-09"
    assert event["acled_event_type"] == "Explosions/Remote violence"
    assert event["evidence"]["trigger"]["quote"] == "سيارة مفخخة"
    assert data["tallies"] == []


def test_extract_reads_stdin_and_rejects_a_bad_date() -> None:
    runner = CliRunner()
    ok = runner.invoke(
        build_app(), ["extract", "-", "--lang", "en"], input="Protesters rallied in Dar Salem."
    )
    assert ok.exit_code == 0 and json.loads(ok.output)["events"][0]["event_type"] == "protest"
    bad = runner.invoke(build_app(), ["extract", "-", "--published", "10/03/2024"], input="x")
    assert bad.exit_code != 0


def test_evaluate_gsr_scores_a_small_folder(tmp_path: Path) -> None:
    header = "id,event_type,label,accept,reject,total,text\n"
    rows = [
        'AAW_1-1,ASSAULT,yes,3,0,3,"انفجرت سيارة مفخخة في السوق امس ما اسفر عن مقتل عشرة اشخاص."',
        'AAW_2-1,ASSAULT,easy no,0,3,3,"ارتفعت اسعار الخبز في الاسواق."',
    ]
    (tmp_path / "assault_gsr.csv").write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    (tmp_path / "protest_gsr.csv").write_text(header, encoding="utf-8")
    result = CliRunner().invoke(build_app(), ["evaluate", "gsr", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) >= {"assault", "protest", "actors"}
    assert data["assault"]["n"] == 2
    assert {"precision", "recall", "f1", "difficult_no_false_positive_rate"} <= set(data["assault"])
    # A folder the packaged model was not trained on is scored out of sample, without a warning.
    assert data["in_sample"] is False
    assert "warning" not in data


def test_extract_codes_direct_violence_by_whether_the_target_is_armed(tmp_path: Path) -> None:
    def first_event(text: str) -> dict[str, str]:
        f = tmp_path / "t.txt"
        f.write_text(text, encoding="utf-8")
        result = CliRunner().invoke(build_app(), ["extract", str(f), "--published", "2024-03-05", "--json"])
        assert result.exit_code == 0, result.output
        event: dict[str, str] = json.loads(result.output)["events"][0]
        return event

    armed = first_event("هاجم مسلحون مجهولون حاجزاً لقوات الأسايش في مدينة الحسكة أمس.")
    assert (armed["acled_event_type"], armed["sub_event_type"]) == ("Battles", "Armed clash")
    civilian = first_event("Gunmen shot dead a shepherd in Hasakah on Monday.")
    expected = ("Violence against civilians", "Attack")
    assert (civilian["acled_event_type"], civilian["sub_event_type"]) == expected


def test_extract_prints_a_tally_breakdown_with_its_counts(tmp_path: Path) -> None:
    f = tmp_path / "t.txt"
    f.write_text(
        "وثق المرصد 27 هجوماً في ريف البلدة خلال شهر نيسان الماضي، بينها 9 اغتيالات و6 عبوات ناسفة.",
        encoding="utf-8",
    )
    result = CliRunner().invoke(build_app(), ["extract", str(f), "--published", "2024-05-03", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["events"] == []
    (tally,) = data["tallies"]
    assert tally["count"] == 27 and tally["period"] == "2024-04"
    assert tally["category_counts"] == {"assassination": 9, "mine_ied": 6}


def test_extract_takes_a_publication_timestamp_and_resolves_from_its_own_day() -> None:
    runner = CliRunner()
    text = "انفجرت سيارة مفخخة في بلدة الوادي أمس، ما أسفر عن مقتل شخصين."
    for published in ("2024-03-10T01:00:00+03:00", "2024-03-10T08:00:00Z", "2024-03-10T08:00"):
        result = runner.invoke(build_app(), ["extract", "-", "--published", published], input=text)
        assert result.exit_code == 0, result.output
        assert json.loads(result.output)["events"][0]["date"] == "2024-03-09", published
