"""The develop/check split of the GSR span sentences (a hash of the text, fixed across sessions)."""

from __future__ import annotations

import hashlib

from hypothesis import given
from hypothesis import strategies as st

from marsad.extract.role_eval import span_half


def test_span_half_is_the_parity_of_the_first_sha1_byte() -> None:
    text = "تظاهر المئات في بلدة الوادي"
    even = hashlib.sha1(text.encode("utf-8")).digest()[0] % 2 == 0
    assert span_half(text) == ("develop" if even else "check")


@given(st.text())
def test_span_half_is_stable_and_two_valued(text: str) -> None:
    assert span_half(text) == span_half(text) in ("develop", "check")


def test_span_half_splits_varied_sentences_both_ways() -> None:
    halves = {span_half(f"قتل {n} أشخاص في بلدة الوادي") for n in range(40)}
    assert halves == {"develop", "check"}
