"""Document-level event evaluation: gold loading, alignment, duplicates and every score."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from marsad.cli.app import build_app
from marsad.errors import ConfigError
from marsad.extract.evaluate_events import (
    DocumentResult,
    GoldDocument,
    PredEvent,
    align,
    field_correct,
    parse_gold_line,
    places_match,
    score,
)

# Invented town names (Kafr Zeitun, Tal Warda); two sentences, one incident told twice plus a protest.
TEXT = (
    "Gunmen attacked a checkpoint in Kafr Zeitun on Monday, killing two guards with grenades. "
    "The attack was claimed by nobody. Residents protested in Tal Warda."
)


def _gold_event(trigger: str, event_type: str, **extra: Any) -> dict[str, Any]:
    return {"event_type": event_type, "certainty": "asserted", "trigger": trigger,
            "trigger_start": TEXT.index(trigger), **extra}


def _gold(**overrides: Any) -> GoldDocument:
    attack = _gold_event(
        "attacked", "armed_attack", perpetrator="unidentified_gunmen", target=["police", "civilians"],
        killed=2, injured=None, date="2024-05-06", places=["Kafr Zeitun"],
        mentions=[{"quote": "The attack", "start": TEXT.index("The attack")}],
    )
    protest = _gold_event(
        "protested", "protest", certainty=["historical", "asserted"], perpetrator="protesters",
        places=["Tal Warda"],
    )
    raw = {"id": "t1", "language": "en", "published": "2024-05-07", "text": TEXT,
           "gold": {"events": [attack, protest], "tallies": [{"count": 4, "period": "2024-05"}]}}
    raw.update(overrides)
    return parse_gold_line(json.dumps(raw), "t1")


def _pred(quote: str, event_type: str, *, occurrence: int = 0, **view: Any) -> PredEvent:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(quote, start + 1)
    full = {"event_type": event_type, "certainty": "asserted", "killed": None, "injured": None, "date": None,
            "date_resolved_from": None, "places": [], "evidence": {"trigger": {"quote": quote}}, **view}
    ids = {k: full.pop(k) for k in ("perpetrator_id", "target_id") if k in full}
    return PredEvent(view=full, trigger_span=(start, start + len(quote)), **ids)


def _scores(gold: GoldDocument, preds: tuple[PredEvent, ...], tallies: tuple[dict[str, Any], ...] = ()
            ) -> Any:
    alignment = align(TEXT, preds, gold.events)
    return score([DocumentResult(gold=gold, predicted=preds, tallies=tallies, alignment=alignment)])


def test_load_gold_rejects_a_trigger_not_at_its_offset() -> None:
    bad = {"id": "x", "text": TEXT, "gold": {"events": [{"event_type": "shooting", "trigger": "attacked",
                                                         "trigger_start": 0}]}}
    with pytest.raises(ConfigError, match="not at offset"):
        parse_gold_line(json.dumps(bad), "x")


def test_load_gold_keeps_lists_of_acceptable_values() -> None:
    gold = _gold()
    assert gold.events[0].targets == ("police", "civilians")
    assert gold.events[1].countable is False  # first certainty decides
    assert gold.published is not None and gold.published.tzinfo is not None


def test_align_prefers_the_trigger_overlap_over_a_nearer_same_family_prediction() -> None:
    gold = _gold()
    preds = [_pred("killing", "shooting"), _pred("attacked", "armed_attack"), _pred("protested", "protest")]
    a = align(TEXT, preds, gold.events)
    assert a.pairs == ((1, 0), (2, 1))
    assert a.duplicates == (0,)  # "killing" sits in the sentence of the matched attack
    assert a.missed == ()


def test_align_falls_back_to_same_family_in_the_gold_sentence() -> None:
    a = align(TEXT, [_pred("killing", "shooting")], _gold().events)
    assert a.pairs == ((0, 0),)
    assert a.missed == (1,)


def test_align_does_not_pair_a_different_family_without_overlap() -> None:
    a = align(TEXT, [_pred("grenades", "mine_ied")], _gold().events)
    assert a.pairs == ()
    assert a.spurious == (0,)


def test_prediction_naming_a_matched_event_again_is_a_duplicate_even_in_another_sentence() -> None:
    preds = [_pred("attacked", "armed_attack"), _pred("The attack", "armed_attack")]
    a = align(TEXT, preds, _gold().events)
    assert a.pairs == ((0, 0),)
    assert a.duplicates == (1,)


def test_score_counts_only_asserted_events_as_countable() -> None:
    gold = _gold()
    preds = (_pred("attacked", "armed_attack"), _pred("protested", "protest"), _pred("grenades", "mine_ied"))
    s = _scores(gold, preds)
    assert s["detection"]["all"] == {"tp": 2, "predicted": 3, "gold": 2, "precision": 0.667, "recall": 1.0,
                                     "f1": 0.8}
    # the protest's preferred certainty is historical but asserted is acceptable: left out of the counts
    assert s["detection"]["countable"]["tp"] == 1
    assert s["detection"]["countable"]["predicted"] == 2
    assert s["detection"]["countable"]["gold"] == 1
    assert s["documents"]["duplicates"] == 1  # the weapon noun in the attack's sentence
    assert s["documents"]["spurious"] == 0
    assert s["documents"]["exact_event_count_share"] == 0.0


def test_type_and_certainty_accuracy_on_matched_pairs() -> None:
    gold = _gold()
    preds = (_pred("attacked", "shooting", certainty="alleged"), _pred("protested", "protest"))
    s = _scores(gold, preds)
    assert s["type_accuracy"] == 0.5
    assert s["family_accuracy"] == 1.0  # shooting and armed_attack are both "ground"
    assert s["certainty_accuracy"] == 0.5


def test_fields_accept_any_listed_value_and_null_against_null() -> None:
    g = _gold().events[0]
    good = _pred("attacked", "armed_attack", perpetrator_id="unidentified_gunmen", target_id="civilians",
                 killed=2, date="2024-05-06", places=["checkpoint in Kafr Zeitun"])
    for name in ("perpetrator", "target", "killed", "injured", "date", "places"):
        assert field_correct(name, good, g), name
    bad = _pred("attacked", "armed_attack", target_id="military", killed=3, injured=1, places=["Tal Warda"])
    assert [n for n in ("target", "killed", "injured", "places") if field_correct(n, bad, g)] == []


def test_date_from_the_publication_day_counts_as_not_stated() -> None:
    g = _gold().events[1]  # no date in gold
    assert field_correct("date", _pred("protested", "protest", date="2024-05-07",
                                       date_resolved_from="publication"), g)
    assert not field_correct("date", _pred("protested", "protest", date="2024-05-07",
                                           date_resolved_from="relative"), g)


def test_places_match_by_containment_after_normalization() -> None:
    assert places_match(["ريف دير الزور الشرقي"], ["دير الزور"])
    assert places_match(["الرقّة"], ["الرقة"])  # diacritics folded
    assert places_match([], [])
    assert not places_match(["منبج"], ["الرقة"])
    assert not places_match(["منبج"], [])


def test_accuracy_when_stated_leaves_out_null_gold() -> None:
    gold = _gold()
    preds = (_pred("attacked", "armed_attack", killed=2), _pred("protested", "protest", killed=5))
    s = _scores(gold, preds)
    assert s["fields"]["killed"] == {"accuracy": 0.5, "accuracy_when_stated": 1.0, "stated": 1}


def test_tallies_match_by_count() -> None:
    gold = _gold()
    tallies = ({"count": 4, "period": "2024-05"}, {"count": 9, "period": ""})
    s = _scores(gold, (), tallies)
    assert s["tallies"]["tp"] == 1 and s["tallies"]["precision"] == 0.5 and s["tallies"]["recall"] == 1.0
    assert s["tallies"]["period_accuracy"] == 1.0


def test_cli_evaluate_events_prints_one_json_object(tmp_path: Path) -> None:
    text = "Unidentified gunmen shot dead a shepherd in Kafr Zeitun yesterday."
    line = {"id": "c1", "language": "en", "published": "2024-05-07", "text": text,
            "gold": {"events": [{"event_type": "shooting", "certainty": "asserted", "trigger": "shot dead",
                                 "trigger_start": text.index("shot dead")}], "tallies": []}}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    result = CliRunner().invoke(build_app(), ["evaluate", "events", str(path), "--by-language", "--details"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["documents"]["count"] == 1
    assert out["detection"]["all"]["gold"] == 1
    assert set(out["by_language"]) == {"en"}
    assert out["details"][0]["id"] == "c1"
