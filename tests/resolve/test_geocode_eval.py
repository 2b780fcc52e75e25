from __future__ import annotations

from pathlib import Path

from marsad.resolve.gazetteer import load_gazetteer
from marsad.resolve.geocode import Geocoder
from marsad.resolve.geocode_eval import load_cases, score_geocoder

CASES = Path(__file__).resolve().parents[2] / "eval/places/mentions.jsonl"


def test_place_test_set_has_300_mentions_in_both_languages_and_all_precisions() -> None:
    cases = load_cases(CASES)
    assert len(cases) >= 300
    assert {c.lang for c in cases} == {"ar", "en"}
    assert {c.precision for c in cases} == {1, 2, 3}


def test_geocoder_meets_the_accuracy_floors_on_the_place_test_set() -> None:
    score = score_geocoder(Geocoder(load_gazetteer()), load_cases(CASES))
    misses = "\n".join(f"{m.case_id} {m.mention}: {m.problem} ({m.note})" for m in score.misses)
    assert score.town_within_10km >= 0.90, misses
    assert score.admin1_accuracy >= 0.97, misses
    assert score.precision_accuracy >= 0.95, misses
