"""MinHash: deterministic, close to the true Jaccard index, script-aware."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.resolve.similarity import estimate_jaccard, lsh_keys, minhash, script_of, shingles

TEXT = "قتل ثلاثة مدنيين وأصيب خمسة آخرون بانفجار عبوة ناسفة في بلدة تل خراب بريف المنطقة الشرقية"


def test_signature_is_the_same_in_another_process() -> None:
    code = f"from marsad.resolve.similarity import minhash; print(minhash({TEXT!r}).hex())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == minhash(TEXT).hex()


def test_identical_texts_estimate_one_and_unrelated_texts_near_zero() -> None:
    assert estimate_jaccard(minhash(TEXT), minhash(TEXT)) == 1.0
    assert estimate_jaccard(minhash(TEXT), minhash("Warplanes struck a market in the north")) < 0.1


def test_estimate_is_close_to_the_true_jaccard_index() -> None:
    other = TEXT.replace("ثلاثة", "أربعة").replace("خمسة", "ستة")
    a, b = set(shingles(TEXT)), set(shingles(other))
    true = len(a & b) / len(a | b)
    assert abs(estimate_jaccard(minhash(TEXT, 256), minhash(other, 256)) - true) < 0.1


def test_arabic_spelling_variants_normalize_to_the_same_shingles() -> None:
    assert shingles("انفجار عبوة ناسفة في إدلب") == shingles("انفجار عبوه ناسفه في ادلب")


def test_text_without_words_has_an_empty_signature() -> None:
    assert minhash("... !!") == b"" and estimate_jaccard(b"", b"") == 0.0 and lsh_keys(b"", 8, 4) == []


def test_script_of_tells_arabic_from_latin() -> None:
    assert script_of(TEXT) == "ar" and script_of("An IED in Tal Kharab") == "latin" and script_of("123") == ""


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(TEXT.split()), min_size=3, max_size=12))
def test_near_duplicates_share_an_lsh_band(words: list[str]) -> None:
    text = " ".join(words)
    assert set(lsh_keys(minhash(text), 8, 4)) == set(lsh_keys(minhash(text), 8, 4))
    assert len(lsh_keys(minhash(text), 8, 4)) == 8
