"""Offset-preserving normalization: rules, idempotence and the map back to the original."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.text.normalize import normalize, normalize_str

# Arabic letters, harakat, tatweel, Persian/Arabic-Indic digits, Latin with diacritics, ligatures,
# invisible marks, punctuation and spaces: everything the rules touch, plus plain letters.
_ALPHABET = st.one_of(
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.characters(min_codepoint=0xC0, max_codepoint=0x24F),
    st.sampled_from(list("\u200b\u200c\u200d\u200e\u200f\ufeff\u00a0\t\r\n\u00ab\u00bb\u201c\u201d\u2013")),
    st.sampled_from(list("\ufefb\ufefc\ufef5\ufef7\ufef9\u00df\u0130")),
)
texts = st.text(alphabet=_ALPHABET, max_size=60)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("مُحَمَّد", "محمد"),  # harakat deleted
        ("أحمد إبراهيم آمنة", "احمد ابراهيم امنه"),  # alef forms, ta marbuta
        ("مصطفى", "مصطفي"),  # alef maqsura
        ("الرقـــة", "الرقه"),  # tatweel
        ("١٢٣ ۴۵۶", "123 456"),  # Arabic-Indic and Persian digits
        ("1٬200", "1,200"),  # Arabic thousands separator
        ("Serêkaniyê", "serekaniye"),  # Kurdish Latin folded
        ("«قال»", '"قال"'),
        ("\ufefb", "لا"),  # lam-alef ligature expands
        ("a\u200bb", "ab"),  # zero-width space
    ],
)
def test_normalize_applies_rules(raw: str, expected: str) -> None:
    assert normalize_str(raw) == expected


def test_to_original_quotes_the_original_with_its_diacritics() -> None:
    original = "قُتِلَ ثلاثةُ مدنيين"
    norm = normalize(original)
    start = norm.text.index("ثلاثه")
    span = norm.to_original(start, start + len("ثلاثه"))
    assert span.of(original) == "ثلاثةُ"


def test_to_original_rejects_spans_outside_the_text() -> None:
    with pytest.raises(ValueError):
        normalize("abc").to_original(2, 9)


@given(texts)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize_str(text)
    assert normalize_str(once) == once


@given(texts)
def test_offsets_are_monotone_and_end_at_the_original_length(text: str) -> None:
    norm = normalize(text)
    offs = list(norm.offsets)
    assert len(offs) == len(norm.text) + 1
    assert offs[-1] == len(text)
    assert all(a <= b for a, b in itertools.pairwise(offs))
    assert all(0 <= o <= len(text) for o in offs)


def _kept_boundaries(offsets: list[int], n: int) -> list[int]:
    """Normalized positions that start a new original character (plus the end)."""
    return [i for i in range(n + 1) if i in (0, n) or offsets[i] != offsets[i - 1]]


@given(texts, st.data())
def test_to_original_round_trips_spans_on_kept_characters(text: str, data: st.DataObject) -> None:
    norm = normalize(text)
    bounds = _kept_boundaries(list(norm.offsets), len(norm.text))
    start = data.draw(st.sampled_from(bounds))
    end = data.draw(st.sampled_from([b for b in bounds if b >= start]))
    span = norm.to_original(start, end)
    assert normalize_str(span.of(text)) == norm.text[start:end]


@given(texts)
def test_normalize_equals_the_character_by_character_rules(text: str) -> None:
    """The fast path (replace only the characters present, copy identity offsets) is the plain rule:
    each character maps to its replacement, and every output character points at its source."""
    from marsad.text.normalize import _rules

    rules = _rules()
    pieces = [rules.special_map.get(ch, ch.translate(rules.table)) for ch in text]
    offsets = [i for i, piece in enumerate(pieces) for _ in piece] + [len(text)]
    norm = normalize(text)
    assert norm.text == "".join(pieces)
    assert list(norm.offsets) == offsets


@pytest.mark.parametrize("size", [4095, 4096, 4097, 9000])
def test_long_texts_keep_their_offsets_across_prebuilt_blocks(size: int) -> None:
    text = "بً" * (size // 2) + "أ"
    norm = normalize(text)
    assert norm.text == "ب" * (size // 2) + "ا"
    assert list(norm.offsets) == [*range(0, 2 * (size // 2), 2), len(text) - 1, len(text)]


@given(st.text(alphabet=_ALPHABET, max_size=260))
def test_normalize_str_is_the_normalized_text_whether_remembered_or_not(text: str) -> None:
    # strings up to 200 characters are remembered (lru_cache), longer ones normalized each time
    assert normalize_str(text) == normalize(text).text
    assert normalize_str(text) == normalize(text).text  # a second call reads the remembered answer
