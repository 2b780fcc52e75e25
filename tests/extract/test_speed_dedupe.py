"""The one-pass trigger dedupe equals the general one on any order of hits."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from marsad.extract.triggers import TriggerHit, _dedupe, _dedupe_any, trigger_lexicon
from marsad.vocab import EventType

_TYPES = [EventType.ARMED_ATTACK, EventType.SHELLING, EventType.ARREST, EventType.PROTEST, EventType.MINE_IED]
hits = st.lists(
    st.builds(
        lambda t, strong, start, length: TriggerHit(
            event_type=t, strong=strong, nstart=start, nend=start + length, pattern="x"
        ),
        st.sampled_from(_TYPES), st.booleans(), st.integers(0, 12), st.integers(1, 3),
    ),
    max_size=8,
)


@given(hits)
def test_dedupe_keeps_the_best_sense_of_each_span_in_text_order(found: list[TriggerHit]) -> None:
    lexicon = trigger_lexicon("ar")
    assert _dedupe(found, lexicon) == _dedupe_any(found, lexicon)
    in_order = sorted(found, key=lambda h: h.nstart)
    assert _dedupe(in_order, lexicon) == _dedupe_any(in_order, lexicon)
