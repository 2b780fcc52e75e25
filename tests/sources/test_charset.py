"""decode_bytes: BOMs, declarations, UTF-8, Arabic single-byte code pages, garbage."""

from __future__ import annotations

import os

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from marsad.errors import DecodeError
from marsad.sources.charset import charset_from_content_type, decode_bytes, sniff_declared_charset

ARABIC = "قتل ثلاثة مدنيين في قصف مدفعي على قرية تل الورد، بحسب المرصد."


def test_arabic_in_windows_1256_decodes_without_declaration() -> None:
    assert decode_bytes(ARABIC.encode("cp1256")) == ARABIC


def test_arabic_in_iso_8859_6_decodes_without_declaration() -> None:
    assert decode_bytes(ARABIC.encode("iso8859-6")) == ARABIC


def test_utf8_bom_is_removed() -> None:
    assert decode_bytes(b"\xef\xbb\xbf" + ARABIC.encode("utf-8")) == ARABIC


@pytest.mark.parametrize(
    "data",
    [ARABIC.encode("utf-16"), b"\xfe\xff" + ARABIC.encode("utf-16-be"), ARABIC.encode("utf-32")],
    ids=["utf-16", "utf-16-be", "utf-32"],
)
def test_utf16_and_utf32_with_bom(data: bytes) -> None:
    assert decode_bytes(data) == ARABIC


def test_html_meta_charset_is_honoured() -> None:
    page = f'<html><head><meta charset="windows-1256"></head><body>{ARABIC}</body></html>'
    assert ARABIC in decode_bytes(page.encode("cp1256"))


def test_http_declared_charset_wins_over_meta() -> None:
    page = f'<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><p>{ARABIC}</p>'
    assert ARABIC in decode_bytes(page.encode("cp1256"), declared="windows-1256")


def test_latin1_default_header_does_not_garble_utf8_or_cp1256() -> None:
    assert decode_bytes(ARABIC.encode("utf-8"), declared="ISO-8859-1") == ARABIC
    assert decode_bytes(ARABIC.encode("cp1256"), declared="iso-8859-1") == ARABIC


def test_latin_text_in_latin1_is_not_mistaken_for_arabic() -> None:
    text = "Mädchen und Straße grüßen die Gäste; café crème à la française."
    assert decode_bytes(text.encode("latin-1")) == text


def test_unknown_declared_charset_is_ignored() -> None:
    assert decode_bytes(b"plain", declared="x-no-such-charset") == "plain"


def test_binary_garbage_raises_decode_error() -> None:
    data = bytes(range(256)) * 4 + os.urandom(2048).replace(b"\xef\xbb\xbf", b"")
    data = b"\x00\x01\x02\x03" + data
    with pytest.raises(DecodeError) as info:
        decode_bytes(data)
    assert info.value.hint


def test_empty_bytes_is_empty_text() -> None:
    assert decode_bytes(b"") == ""


def test_sniffing_helpers() -> None:
    assert charset_from_content_type('text/html; charset="Windows-1256"') == "Windows-1256"
    assert charset_from_content_type("text/html") is None
    assert sniff_declared_charset(b'<?xml version="1.0" encoding="windows-1256"?><rss/>') == "windows-1256"
    assert sniff_declared_charset(b"<html><meta charset=utf-8>") == "utf-8"
    assert sniff_declared_charset(b" " * 5000 + b"<meta charset=utf-8>") is None


@given(st.text())
def test_any_text_round_trips_through_utf8(text: str) -> None:
    assume(not text.startswith("\ufeff"))
    assume("<meta" not in text and "<?xml" not in text)
    assert decode_bytes(text.encode("utf-8")) == text


@given(st.text())
def test_any_text_round_trips_through_utf8_with_bom(text: str) -> None:
    assert decode_bytes(b"\xef\xbb\xbf" + text.encode("utf-8")) == text
