"""The incident detector's run-time half: features and scoring in pure Python."""

from __future__ import annotations

import math

from marsad.extract.detect import LinearModel, load_detectors, text_features


def test_text_features_are_char_ngrams_inside_word_boundaries() -> None:
    feats = text_features("قصف 12 زاد")
    assert " ق" in feats and "قصف " in feats and " قصف " in feats
    assert " 0 " in feats and "12" not in "".join(feats)
    assert not any("ف ز" in f for f in feats)  # no n-gram crosses a word boundary


def test_repeated_words_add_no_features() -> None:
    assert text_features("هجوم هجوم") == text_features("هجوم")


def test_l2_model_divides_the_sum_by_the_root_of_distinct_features() -> None:
    model = LinearModel(bias=-1.0, weights={"a": 2.0, "b": 2.0}, threshold=0.5, l2=True)
    assert math.isclose(model.score(["a", "b", "c", "d", "a"]), -1.0 + 4.0 / 2.0)
    assert model.accepts(["a", "b", "c", "d"])
    assert not model.accepts(["c", "d", "e", "f"])


def test_packaged_models_round_trip_through_json() -> None:
    models = load_detectors()
    assert set(models) == {"assault", "protest"}
    for model in models.values():
        again = LinearModel.from_json(model.to_json())
        assert again.l2 and math.isclose(again.threshold, model.threshold)
        assert 0.0 < model.threshold < 1.0


def test_rules_apart_model_keeps_rule_features_out_of_the_normalization() -> None:
    # two character n-grams share sqrt(2); the rule feature "C:asserted" adds its weight whole
    model = LinearModel(
        bias=-1.0, weights={"ab": 2.0, "cd": 2.0, "C:asserted": 0.5}, threshold=0.5, l2=True, rules_apart=True
    )
    assert math.isclose(model.score(["ab", "cd", "C:asserted"]), -1.0 + 4.0 / math.sqrt(2) + 0.5)
    joint = LinearModel(bias=-1.0, weights=dict(model.weights), threshold=0.5, l2=True)
    assert math.isclose(joint.score(["ab", "cd", "C:asserted"]), -1.0 + 4.5 / math.sqrt(3))
    assert math.isclose(model.score(["C:asserted"]), -0.5)  # no n-grams: nothing to divide


def test_rules_apart_survives_the_json_round_trip() -> None:
    model = LinearModel(bias=0.0, weights={"ab": 1.0}, threshold=0.3, l2=True, rules_apart=True)
    assert LinearModel.from_json(model.to_json()).rules_apart
    assert not LinearModel.from_json(LinearModel(bias=0.0, weights={}, threshold=0.3).to_json()).rules_apart
