"""Evaluation gate: the incident detector's cross-validated scores and the actor scores on
shared/eval/arabic_event_gsr must stay above eval/baseline.json.

Retraining all nested folds takes minutes, so the gate reads the cross-validated scores that
scripts/train_detector.py recorded next to the shipped weights (with the corpus hash) and re-runs
fold 0 of each task to confirm the record reproduces (needs scikit-learn, as training does).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from marsad.extract.detect import load_detector_file
from marsad.extract.evaluate import evaluate_actors
from marsad.extract.evaluate_gsr import corpus_hash, cross_validate, load_ambiguous_rows, load_rows, read_rows

ROOT = Path(__file__).resolve().parents[2]
GSR = ROOT / ".." / "shared" / "eval" / "arabic_event_gsr"
BASELINE = json.loads((ROOT / "eval" / "baseline.json").read_text("utf-8"))
TASKS = ("assault", "protest")


def _need_gold() -> None:
    if not GSR.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{GSR} is missing: CI must run with shared/ beside the checkout")
        pytest.skip("shared/eval is not beside the checkout")


@pytest.fixture(scope="module")
def recorded() -> dict[str, Any]:
    data = load_detector_file()
    assert data, "no packaged detector: run scripts/train_detector.py"
    return data


@pytest.fixture(scope="module")
def actor_scores() -> dict[str, Any]:
    _need_gold()
    return evaluate_actors(GSR)


def test_gold_corpus_is_the_one_the_baseline_and_the_model_were_measured_on(recorded: dict[str, Any]) -> None:
    _need_gold()
    digest = corpus_hash(GSR)
    assert digest == BASELINE["corpus_sha256"], "gold data changed: re-measure and update eval/baseline.json"
    assert recorded["corpus_sha256"] == digest, "detector trained on other data: rerun the training script"
    assert recorded["folds"] == BASELINE["folds"]


@pytest.mark.parametrize(
    ("task", "metric"), [(t, m) for t, ms in BASELINE["floors"].items() if t in TASKS for m in ms]
)
def test_cross_validated_detection_score_is_not_below_its_floor(
    recorded: dict[str, Any], task: str, metric: str
) -> None:
    floor = BASELINE["floors"][task][metric]
    assert recorded["cv"][task][metric] >= floor, f"{task} {metric} fell below {floor}"


@pytest.mark.parametrize("task", sorted(BASELINE["ceilings"]))
def test_difficult_no_false_positive_rate_stays_under_its_ceiling(
    recorded: dict[str, Any], task: str
) -> None:
    ceiling = BASELINE["ceilings"][task]["difficult_no_false_positive_rate"]
    assert recorded["cv"][task]["difficult_no_false_positive_rate"] <= ceiling


@pytest.mark.parametrize("metric", sorted(BASELINE["floors"]["actors"]))
def test_actor_score_is_not_below_its_floor(actor_scores: dict[str, Any], metric: str) -> None:
    floor = BASELINE["floors"]["actors"][metric]
    assert actor_scores[metric] >= floor, f"actors {metric} {actor_scores[metric]} fell below {floor}"


@pytest.mark.parametrize("task", TASKS)
def test_recorded_cross_validation_reproduces_on_fold_zero(recorded: dict[str, Any], task: str) -> None:
    _need_gold()
    pytest.importorskip("sklearn", reason="re-running a fold needs scikit-learn (training dependency)")
    rows, ambiguous = load_rows(GSR, task), load_ambiguous_rows(GSR, task)
    extra = (read_rows(ambiguous), ambiguous)
    _, folds = cross_validate(read_rows(rows), rows, task, int(BASELINE["folds"]), only=[0], extra=extra)
    assert folds[0].as_dict() == recorded["cv"][task]["folds"][0]


def test_evaluating_the_training_folder_is_flagged_in_sample_with_the_cross_validated_figures(
    recorded: dict[str, Any],
) -> None:
    _need_gold()
    from marsad.extract.evaluate import evaluate_gsr

    result = evaluate_gsr(GSR)
    assert result["in_sample"] is True
    assert "in-sample" in result["warning"]
    for task in TASKS:
        assert result["cross_validated"][task]["f1"] == recorded["cv"][task]["f1"]
