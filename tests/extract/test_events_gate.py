"""Evaluation gate, document level: what a user sees per article (eval/events/, see its README) must
not get worse than eval/baseline.json's ``events`` floors and ceilings.

The demo gold is the development set rules were written against; the held-out gold was written and
annotated blind and is never inspected to tune rules, only measured here and in closing notes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from marsad.extract.evaluate_events import evaluate_events

ROOT = Path(__file__).resolve().parents[2]
BASELINE = json.loads((ROOT / "eval" / "baseline.json").read_text("utf-8"))["events"]
SETS = sorted(BASELINE["floors"])


@pytest.fixture(scope="module", params=SETS)
def scored(request: pytest.FixtureRequest) -> tuple[str, dict[str, Any]]:
    name: str = request.param
    return name, evaluate_events(ROOT / "eval" / "events" / f"{name}.jsonl")


def test_event_detection_and_fields_stay_above_their_floors(scored: tuple[str, dict[str, Any]]) -> None:
    name, result = scored
    floors = BASELINE["floors"][name]
    measured = {
        "all_f1": result["detection"]["all"]["f1"],
        "countable_f1": result["detection"]["countable"]["f1"],
        "exact_event_count_share": result["documents"]["exact_event_count_share"],
        **{f"{k}_accuracy": v["accuracy"] for k, v in result["fields"].items()},
    }
    low = {k: (measured[k], floor) for k, floor in floors.items() if measured[k] < floor}
    assert not low, f"{name}: below floor (measured, floor): {low}"


def test_extra_events_per_document_stay_under_their_ceiling(scored: tuple[str, dict[str, Any]]) -> None:
    name, result = scored
    ceiling = BASELINE["ceilings"][name]["predicted_events_per_doc"]
    assert result["documents"]["predicted_events_per_doc"] <= ceiling
