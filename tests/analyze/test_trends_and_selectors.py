from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest

from marsad.analyze.periods import Period
from marsad.analyze.rules import COUNTED_CERTAINTIES
from marsad.analyze.selectors import build_query, parse_selector
from marsad.analyze.series import CountSeries
from marsad.analyze.trends import Direction, detect_changes
from marsad.errors import ConfigError
from marsad.vocab import Certainty, EventType


def _series(name: str, counts: list[int]) -> CountSeries:
    starts = tuple(date(2024, 1, 1) + timedelta(weeks=i) for i in range(len(counts)))
    return CountSeries(name=name, period=Period.WEEK, starts=starts, counts=np.array(counts, dtype=float))


def test_a_spike_is_a_surge_with_its_size() -> None:
    changes = detect_changes([_series("type=shelling", [4, 5, 3, 4, 6, 4, 5, 4, 19])], window=8, last=1)
    (c,) = changes
    assert c.alert and c.direction is Direction.SURGE
    assert c.observed == 19 and c.baseline == pytest.approx(4.375) and c.ratio > 4


def test_a_collapse_is_a_decline() -> None:
    changes = detect_changes([_series("s", [12, 10, 11, 13, 12, 9, 11, 12, 0])], window=8, last=1)
    assert changes[0].alert and changes[0].direction is Direction.DECLINE


def test_ordinary_noise_raises_no_alert() -> None:
    rng = np.random.default_rng(0)
    series = [_series(f"s{i}", list(rng.poisson(5, 20))) for i in range(10)]
    changes = detect_changes(series, window=8, last=6)
    assert len(changes) == 60
    assert sum(c.alert for c in changes) == 0


def test_few_events_are_never_a_surge() -> None:
    changes = detect_changes([_series("s", [0, 0, 0, 0, 0, 0, 0, 0, 2])], window=8, last=1)
    assert not changes[0].alert


def test_selector_reads_names_with_spaces_and_type_lists() -> None:
    q = parse_selector("actor=Islamic State type=armed_attack,mine_ied area=Deir ez-Zor")
    assert q.perpetrator == "Islamic State" and q.area == "Deir ez-Zor"
    assert q.event_types == (EventType.ARMED_ATTACK, EventType.MINE_IED)
    assert q.certainties == COUNTED_CERTAINTIES


def test_threat_statements_count_as_a_cause() -> None:
    q = parse_selector("actor=Turkish type=threaten")
    assert Certainty.THREATENED in q.certainties and q.event_types == (EventType.THREATEN,)


@pytest.mark.parametrize("bad", ["type=bombing", "colour=red", "Turkish", "area=Hasakah"])
def test_bad_selectors_say_what_to_write(bad: str) -> None:
    with pytest.raises(ConfigError) as err:
        parse_selector(bad)
    assert err.value.hint


def test_build_query_certainty_all_and_default() -> None:
    assert build_query(certainty=["all"]).certainties == ()
    assert build_query().certainties == COUNTED_CERTAINTIES
    assert build_query(certainty=["denied,negated"]).certainties == (Certainty.DENIED, Certainty.NEGATED)
    with pytest.raises(ConfigError):
        build_query(date_from="April")
