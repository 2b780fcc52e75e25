"""Failure payloads: kept when small, base64 for non-UTF-8 bytes, dropped when large."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from marsad.errors import FetchError
from marsad.sources.failure import PAYLOAD_LIMIT, decode_payload, encode_payload, failure_from_exception


def test_small_text_payload_is_kept_as_is() -> None:
    assert encode_payload("قصف") == "قصف"


def test_large_payload_is_dropped() -> None:
    assert encode_payload("x" * PAYLOAD_LIMIT) == ""
    assert encode_payload(b"x" * PAYLOAD_LIMIT) == ""


@given(st.binary(max_size=2000))
def test_bytes_payload_round_trips(data: bytes) -> None:
    decoded = decode_payload(encode_payload(data))
    as_bytes = decoded if isinstance(decoded, bytes) else decoded.encode("utf-8")
    assert as_bytes == data


def test_text_that_looks_like_base64_prefix_round_trips() -> None:
    assert decode_payload(encode_payload("base64:abc")) == b"base64:abc"


def test_failure_from_exception_keeps_hint_and_traceback() -> None:
    try:
        raise FetchError("boom", hint="retry later", context="https://n.invented/")
    except FetchError as exc:
        failure = failure_from_exception(exc, stage="source", location="https://n.invented/", payload="x")
    assert failure.error_type == "FetchError"
    assert "retry later" in failure.reason
    assert "Traceback" in failure.traceback
    assert failure.payload == "x"
