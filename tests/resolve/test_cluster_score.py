"""Pair scores: explained, symmetric, vetoed when impossible, penalised for near misses."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.resolve.cluster import load_cluster_config
from marsad.resolve.cluster_profile import profile_of
from marsad.resolve.cluster_score import distance_km, score_pair
from marsad.vocab import ActorType

from .cluster_records import BBB, CIVILIANS, FAR, KHARAB, NEIGHBOUR, NGF, PATROL, labelled, rep

CFG = load_cluster_config()


def _score(a: object, b: object) -> tuple[float, dict[str, float], str]:
    s = score_pair(profile_of(a), profile_of(b), CFG)  # type: ignore[arg-type]
    return s.score, {c.feature: c.weight for c in s.contributions}, s.veto


def test_distance_is_about_five_km_between_neighbouring_villages() -> None:
    assert 4.0 < distance_km(KHARAB.latitude, KHARAB.longitude, NEIGHBOUR.latitude, NEIGHBOUR.longitude) < 6.0


def test_dates_two_days_apart_are_vetoed() -> None:
    score, _, veto = _score(rep("a", place=KHARAB), rep("b", place=KHARAB, day=date(2024, 4, 14)))
    assert veto == "dates 2 days apart" and score == float("-inf")


def test_places_far_apart_are_vetoed() -> None:
    _, _, veto = _score(rep("a", place=KHARAB), rep("b", place=FAR))
    assert veto.startswith("places") and "km apart" in veto


def test_next_day_and_neighbouring_village_are_penalised() -> None:
    _, next_day, _ = _score(rep("a", place=KHARAB), rep("b", place=KHARAB, day=date(2024, 4, 13)))
    _, neighbour, _ = _score(rep("a", place=KHARAB), rep("b", place=NEIGHBOUR))
    assert next_day["date"] == CFG.date["adjacent_day"] < 0
    assert neighbour["place"] == CFG.place["neighbour"] < 0


def test_different_identified_actors_count_against() -> None:
    _, parts, _ = _score(rep("a", place=KHARAB, perpetrator=BBB, target=PATROL),
                         rep("b", place=KHARAB, perpetrator=NGF, target=CIVILIANS))  # fmt: skip
    assert parts["perpetrator"] < 0 and parts["target"] < 0


def test_an_unidentified_actor_is_no_evidence_either_way() -> None:
    gunmen = ("gunmen", None, ActorType.UNIDENTIFIED)
    _, parts, _ = _score(rep("a", place=KHARAB, perpetrator=BBB), rep("b", place=KHARAB, perpetrator=gunmen))
    assert "perpetrator" not in parts


def test_casualty_figures_far_apart_count_against_and_close_ones_do_not() -> None:
    _, far, _ = _score(rep("a", place=KHARAB, killed=2), rep("b", place=KHARAB, killed=30))
    _, close, _ = _score(rep("a", place=KHARAB, killed=4), rep("b", place=KHARAB, killed=6))
    assert far["killed"] < 0 < close["killed"]


def test_near_duplicate_text_in_one_language_adds_weight() -> None:
    text = "Three civilians were killed when an IED exploded in Tal Kharab on Tuesday, local sources said"
    _, same, _ = _score(rep("a", text=text, place=KHARAB), rep("b", text=text + " today", place=KHARAB))
    _, other, _ = _score(
        rep("a", text=text, place=KHARAB), rep("b", text="Warplanes struck a bakery", place=KHARAB)
    )
    assert same["text"] > 1.0 and other["text"] == 0.0


def test_an_unresolved_name_matches_the_arabic_name_of_a_resolved_place() -> None:
    import dataclasses

    resolved = dataclasses.replace(KHARAB, name_ar="تل خراب")
    _, parts, _ = _score(rep("a", place=resolved, place_text="Tal Kharab"),
                         rep("b", place=None, place_text="تل خراب"))  # fmt: skip
    assert parts["place"] == CFG.place["same_text"]


PAIRS = [x.report for x in labelled()[:30]]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(PAIRS), st.sampled_from(PAIRS))
def test_scores_are_symmetric_and_contributions_add_up(a: object, b: object) -> None:
    ab = score_pair(profile_of(a), profile_of(b), CFG)  # type: ignore[arg-type]
    ba = score_pair(profile_of(b), profile_of(a), CFG)  # type: ignore[arg-type]
    assert ab == ba
    if not ab.vetoed:
        assert abs(sum(c.weight for c in ab.contributions) - ab.score) < 1e-3


def test_an_unidentified_class_with_a_catalogue_id_is_not_a_different_actor() -> None:
    gunmen = ("unidentified gunmen", "unidentified_gunmen", ActorType.UNIDENTIFIED)
    _, parts, _ = _score(rep("a", place=KHARAB, perpetrator=BBB), rep("b", place=KHARAB, perpetrator=gunmen))
    assert "perpetrator" not in parts


def test_the_same_two_actors_with_roles_swapped_are_one_clash_told_by_each_side() -> None:
    _, parts, _ = _score(rep("a", place=KHARAB, perpetrator=BBB, target=NGF),
                         rep("b", place=KHARAB, perpetrator=NGF, target=BBB))  # fmt: skip
    assert parts["actors"] == CFG.actors["swapped"] > 0
    assert "perpetrator" not in parts and "target" not in parts


def test_one_actor_in_crossed_roles_with_the_other_role_unknown_is_not_held_against_the_pair() -> None:
    gunmen = ("gunmen", "unidentified_gunmen", ActorType.UNIDENTIFIED)
    score, parts, _ = _score(rep("a", place=KHARAB, perpetrator=BBB, target=PATROL),
                             rep("b", place=KHARAB, perpetrator=gunmen, target=BBB))  # fmt: skip
    assert parts["actors"] == 0.0 and "perpetrator" not in parts and "target" not in parts
    assert score >= CFG.threshold


def test_one_actor_in_crossed_roles_with_the_other_roles_known_to_differ_is_two_events() -> None:
    # BBB attacked at a checkpoint by NGF / BBB accused of shooting civilians the same night
    _, parts, _ = _score(rep("a", place=KHARAB, perpetrator=NGF, target=BBB),
                         rep("b", place=KHARAB, perpetrator=BBB, target=CIVILIANS))  # fmt: skip
    assert "actors" not in parts
    assert parts["perpetrator"] < 0 and parts["target"] < 0


def test_a_class_of_armed_actors_is_no_evidence_against_a_named_armed_group() -> None:
    military = ("military forces", "military", ActorType.STATE_FORCES)  # catalogued class
    sdf = ("Syrian Democratic Forces", "sdf", ActorType.REBEL_GROUP)  # named actor
    civilians = ("civilians", "civilians", ActorType.CIVILIANS)
    _, parts, _ = _score(rep("a", place=KHARAB, target=military), rep("b", place=KHARAB, target=sdf))
    assert "target" not in parts
    _, parts, _ = _score(rep("a", place=KHARAB, target=civilians), rep("b", place=KHARAB, target=sdf))
    assert parts["target"] < 0  # unarmed victims and an armed group are different targets
