"""Evidence built straight into its slots (model.evidence_at) is the record the dataclass builds."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.extract.context import DocumentContext
from marsad.model import Evidence, TextSpan, evidence_at
from marsad.text.normalize import normalize, normalize_str
from marsad.vocab import Language


@given(text=st.text(max_size=40), a=st.integers(0, 45), b=st.integers(0, 45), note=st.text(max_size=5))
def test_evidence_at_equals_the_dataclass_construction(text: str, a: int, b: int, note: str) -> None:
    start, end = min(a, b), max(a, b)
    fast = evidence_at("doc_x", text, start, end, "extract.test.v1", note)
    plain = Evidence(
        document_id="doc_x",
        span=TextSpan(start=start, end=end),
        quote=text[start:end],
        producer="extract.test.v1",
        note=note,
    )
    assert fast == plain
    assert hash(fast) == hash(plain)
    assert repr(fast) == repr(plain)
    assert pickle.loads(pickle.dumps(fast)) == plain


def test_evidence_at_rejects_an_invalid_span_as_text_span_does() -> None:
    with pytest.raises(ValueError, match="invalid span"):
        evidence_at("doc_x", "نص", 2, 1, "extract.test.v1")
    with pytest.raises(ValueError, match="invalid span"):
        evidence_at("doc_x", "نص", -1, 1, "extract.test.v1")


def test_evidence_at_builds_a_frozen_record() -> None:
    ev = evidence_at("doc_x", "هاجم مسلحون", 0, 4, "extract.test.v1")
    with pytest.raises(AttributeError):
        ev.quote = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        ev.span.start = 3  # type: ignore[misc]


def test_context_evidence_quotes_the_original_text_of_a_normalized_span() -> None:
    text = "قُتل ثلاثة في بلدة الزيتونة"  # the damma is dropped by normalization
    norm = normalize(text)
    doc = DocumentContext(document_id="doc_x", text=text, norm=norm, language=Language.AR, published=None)
    word = normalize_str("ثلاثة")
    nstart = norm.text.index(word)
    ev = doc.evidence(nstart, nstart + len(word), "extract.test.v1", note="n")
    assert ev.quote == "ثلاثة"
    assert ev.span == TextSpan(start=text.index("ثلاثة"), end=text.index("ثلاثة") + 5)
    assert doc.evidence(0, len(normalize_str("قتل")), "extract.test.v1").quote == "قُتل"
