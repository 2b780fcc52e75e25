"""Evaluation gate: scores on shared/eval/arabic_event_gsr must stay above eval/baseline.json."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from marsad.extract.evaluate import evaluate_gsr
from marsad.extract.evaluate_gsr import corpus_hash

ROOT = Path(__file__).resolve().parents[2]
GSR = ROOT / ".." / "shared" / "eval" / "arabic_event_gsr"
BASELINE = json.loads((ROOT / "eval" / "baseline.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, float]]:
    if not GSR.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{GSR} is missing: CI must run with shared/ beside the checkout")
        pytest.skip("shared/eval is not beside the checkout")
    return evaluate_gsr(GSR, folds=int(BASELINE["folds"]))


def test_gold_corpus_is_the_one_the_baseline_was_measured_on() -> None:
    if not GSR.is_dir() and not os.environ.get("CI"):
        pytest.skip("shared/eval is not beside the checkout")
    assert corpus_hash(GSR) == BASELINE["corpus_sha256"], (
        "gold data changed: re-measure and update eval/baseline.json"
    )


@pytest.mark.parametrize(
    ("task", "metric"),
    [(t, m) for t, ms in BASELINE["floors"].items() for m in ms],
)
def test_score_is_not_below_its_floor(scores: dict[str, dict[str, float]], task: str, metric: str) -> None:
    floor = BASELINE["floors"][task][metric]
    assert scores[task][metric] >= floor, f"{task} {metric} {scores[task][metric]} fell below {floor}"


def test_difficult_no_false_positive_rate_stays_under_its_ceiling(
    scores: dict[str, dict[str, float]],
) -> None:
    ceiling = BASELINE["ceilings"]["assault"]["difficult_no_false_positive_rate"]
    assert scores["assault"]["difficult_no_false_positive_rate"] <= ceiling
