"""Turn an exception (or a plain reason) into a :class:`marsad.model.Failure` record.

The payload keeps the raw input when it is smaller than :data:`PAYLOAD_LIMIT` bytes so a retry needs
nothing else. Text is kept as is; bytes that are not UTF-8 are kept as ``base64:<data>`` (see
:func:`encode_payload` / :func:`decode_payload`).
"""

from __future__ import annotations

import base64
import binascii
import traceback as tb

from marsad.errors import MarsadError
from marsad.model import Failure

PAYLOAD_LIMIT = 64 * 1024
"""Largest payload (in UTF-8 bytes) kept inside a Failure."""

_B64_PREFIX = "base64:"


def encode_payload(raw: str | bytes) -> str:
    """The payload string for ``raw``, or ``""`` when it is too large to keep."""
    if isinstance(raw, str):
        size = len(raw.encode("utf-8", "surrogatepass"))
        if size >= PAYLOAD_LIMIT:
            return ""
        if raw.startswith(_B64_PREFIX) or _has_surrogates(raw):
            return _B64_PREFIX + base64.b64encode(raw.encode("utf-8", "surrogatepass")).decode("ascii")
        return raw
    if len(raw) >= PAYLOAD_LIMIT:
        return ""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return _B64_PREFIX + base64.b64encode(raw).decode("ascii")
    return encode_payload(text)


def decode_payload(payload: str) -> str | bytes:
    """Reverse :func:`encode_payload`: text stays text, ``base64:`` payloads become bytes."""
    if payload.startswith(_B64_PREFIX):
        try:
            return base64.b64decode(payload[len(_B64_PREFIX) :], validate=True)
        except binascii.Error:
            return payload
    return payload


def _has_surrogates(text: str) -> bool:
    return any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)


def failure_from_exception(
    exc: BaseException,
    *,
    stage: str,
    location: str,
    payload: str | bytes = "",
    source_kind: str = "",
) -> Failure:
    """A Failure describing ``exc``; MarsadError messages include their hint."""
    reason = str(exc) if isinstance(exc, MarsadError) else f"{type(exc).__name__}: {exc}"
    return Failure(
        stage=stage,
        location=location,
        reason=reason,
        error_type=type(exc).__name__,
        traceback="".join(tb.format_exception(exc)),
        payload=encode_payload(payload),
        source_kind=source_kind,
    )


def failure_from_reason(
    reason: str,
    *,
    stage: str,
    location: str,
    error_type: str = "",
    payload: str | bytes = "",
    source_kind: str = "",
) -> Failure:
    """A Failure with no exception behind it (for example "no text")."""
    return Failure(
        stage=stage,
        location=location,
        reason=reason,
        error_type=error_type,
        payload=encode_payload(payload),
        source_kind=source_kind,
    )
