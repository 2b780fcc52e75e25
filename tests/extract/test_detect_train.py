"""Training the incident detector: the rule-block layout scores the same at build and run time."""

from __future__ import annotations

import math

import pytest

pytest.importorskip("sklearn", reason="training needs scikit-learn (build-time dependency)")

from marsad.extract.detect_train import Design, tuned_model

SAMPLES = [
    ["ab", "bc", "cd", "C:asserted", "R:recent"],
    ["ab", "xy", "C:asserted"],
    ["xy", "yz", "C:historical"],
    ["yz", "zz", "qq", "C:historical", "R:digit"],
    ["ab", "cd", "C:asserted", "R:recent"],
    ["qq", "zz", "C:denied"],
]
LABELS = [True, True, False, False, True, False]


@pytest.mark.parametrize("scale", [0.0, 0.3])
def test_run_time_score_equals_the_training_decision_function(scale: float) -> None:
    from sklearn.linear_model import LogisticRegression

    design = Design(SAMPLES)
    model = design.fit(range(len(SAMPLES)), LABELS, "assault", scale)
    assert model.rules_apart is (scale > 0)
    reference = LogisticRegression(C=10.0, solver="liblinear", random_state=0, max_iter=1000)
    reference.fit(design.matrix(scale), LABELS)
    expected = reference.decision_function(design.matrix(scale))
    for sample, z in zip(SAMPLES, expected, strict=True):
        assert math.isclose(model.score(sample), float(z), abs_tol=1e-6)


def test_rule_scale_layout_normalizes_only_the_character_ngrams() -> None:
    x = Design(SAMPLES).matrix(0.3).toarray()
    names = Design(SAMPLES).names
    row = dict(zip(names, x[0], strict=True))
    assert math.isclose(row["C:asserted"], 0.3) and math.isclose(row["R:recent"], 0.3)
    assert math.isclose(sum(v * v for k, v in row.items() if ":" not in k), 1.0)


def test_tuned_model_picks_a_threshold_from_the_grid() -> None:
    model = tuned_model(SAMPLES * 3, LABELS * 3, [0, 0, 1, 1, 2, 2] * 3, "assault")
    assert 0.05 <= model.threshold <= 0.95


def test_soft_target_ranks_half_accepted_rows_between_yes_and_no() -> None:
    samples = [["ab", "C:asserted"], ["ab", "xy", "C:asserted"], ["xy", "C:asserted"], ["zz", "C:historical"]]
    design = Design(samples * 4)
    agreement = [1.0, 1.0, 0.5, 0.0] * 4
    model = design.fit(range(16), [], "protest", 0.0, agreement)
    yes, half, no = (model.probability(s) for s in (samples[0], samples[2], samples[3]))
    assert yes > half > no


def test_training_only_rows_never_pick_the_threshold() -> None:
    # the unscored rows carry labels that would be wrong if they were scored; only soft layouts see them
    samples = SAMPLES * 3 + [["ab", "bc", "C:asserted"]] * 3
    labels = LABELS * 3 + [False] * 3
    fold = [0, 0, 1, 1, 2, 2] * 3 + [0, 1, 2]
    scored = [True] * 18 + [False] * 3
    model = tuned_model(
        samples, labels, fold, "protest", agreement=[float(y) for y in labels[:18]] + [0.6] * 3, scored=scored
    )
    assert model.cv["layout"] in {"hard/0", "soft/0"}
    assert 0.05 <= model.threshold <= 0.95
