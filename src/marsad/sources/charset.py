"""Bytes to text, the way a careful browser would, with Arabic code pages in mind.

Order: byte-order mark; declared charset (HTTP header, then HTML ``<meta>`` or XML declaration in the
first 4 KB); strict UTF-8; a windows-1256 / ISO-8859-6 check for Arabic in a single-byte code page;
then charset_normalizer. A declared Latin default (``iso-8859-1``, ``windows-1252``, ``us-ascii``) is
often a server default rather than a fact, so for those UTF-8 and the Arabic check are tried first.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

from marsad.errors import DecodeError

SNIFF_BYTES = 4096
"""How far into a document to look for a ``<meta charset>`` or XML encoding declaration."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.+\-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.+\-]+)["']""")
_CT_CHARSET = re.compile(r"""charset\s*=\s*["']?([^"';\s]+)""", re.IGNORECASE)

# Labels servers send by default whatever the bytes are (WHATWG treats them all as windows-1252).
_WEAK_LATIN = frozenset({"latin-1", "iso8859-1", "cp1252", "ascii"})

_ARABIC_CODE_PAGES = ("cp1256", "iso8859-6")
_ARABIC_MIN_LETTERS = 3
_ARABIC_MIN_SHARE = 0.8


def charset_from_content_type(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header, if any."""
    if not content_type:
        return None
    match = _CT_CHARSET.search(content_type)
    return match.group(1).strip() if match else None


def sniff_declared_charset(data: bytes) -> str | None:
    """A charset declared inside the document: XML declaration or HTML ``<meta>`` (first 4 KB)."""
    head = data[:SNIFF_BYTES]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def _codec_name(label: str | None) -> str | None:
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode ``data``; ``declared`` is the HTTP header charset if any. Raises :class:`DecodeError`."""
    if not data:
        return ""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                break  # a lying BOM: fall through to the other evidence
    header = _codec_name(declared)
    meta = _codec_name(sniff_declared_charset(data))
    if meta is not None and meta.startswith(("utf-16", "utf-32")):
        meta = "utf-8"  # a document that can declare itself in ASCII is not UTF-16 (WHATWG rule)
    weak: list[str] = []
    for label in (header, meta):
        if label is None:
            continue
        if label in _WEAK_LATIN:
            weak.append(label)
            continue
        declared_text = _try_decode(data, label)
        if declared_text is not None:
            return declared_text
    text = _try_decode(data, "utf-8")
    if text is not None:
        return text
    text = _arabic_code_page(data)
    if text is not None:
        return text
    for label in weak:
        # cp1252 for every Latin default: it is what browsers do, and it rejects a few bytes.
        text = _try_decode(data, "cp1252" if label != "ascii" else "ascii")
        if text is not None and _plausible(text):
            return text
    return _detect(data)


def _try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _is_arabic_letter(ch: str) -> bool:
    return "\u0620" <= ch <= "\u064a" or "\u066e" <= ch <= "\u06d3" or ch == "\u06d5"


def _arabic_share(text: str) -> tuple[int, float]:
    """Arabic letters that sit next to another Arabic letter, and their share of non-ASCII letters.

    Requiring a neighbour rejects Latin text whose accented letters happen to map to Arabic letters
    in cp1256 ("Mädchen" would read as "Mنdchen": an Arabic letter alone between Latin ones).
    """
    arabic = 0
    non_ascii = 0
    for i, ch in enumerate(text):
        if ord(ch) < 128 or not unicodedata.category(ch).startswith(("L", "M")):
            continue
        non_ascii += 1
        if _is_arabic_letter(ch):
            left = text[i - 1] if i else ""
            right = text[i + 1] if i + 1 < len(text) else ""
            if _is_arabic_letter(left) or _is_arabic_letter(right) or left == "\u0640" or right == "\u0640":
                arabic += 1
    return arabic, (arabic / non_ascii if non_ascii else 0.0)


def _arabic_code_page(data: bytes) -> str | None:
    """Decode as windows-1256 (preferred) or ISO-8859-6 when that yields Arabic words."""
    for codec in _ARABIC_CODE_PAGES:
        text = _try_decode(data, codec)
        if text is None:
            continue
        count, share = _arabic_share(text)
        if count >= _ARABIC_MIN_LETTERS and share >= _ARABIC_MIN_SHARE and _plausible(text):
            return text
    return None


def _plausible(text: str) -> bool:
    """Text, not binary: few control characters (tab, newlines and form feed allowed)."""
    if not text:
        return True
    controls = sum(
        1 for ch in text if unicodedata.category(ch) in {"Cc", "Co", "Cn"} and ch not in "\t\n\r\f"
    )
    return controls / len(text) < 0.02


def _detect(data: bytes) -> str:
    results = charset_normalizer.from_bytes(data)
    best = results.best()
    if best is not None:
        # On a tie, prefer windows-1252: it is by far the most common single-byte code page on the web,
        # and charset_normalizer otherwise picks cp1250 for plain French or German text.
        for candidate in results:
            if (
                candidate.encoding == "cp1252"
                and candidate.chaos <= best.chaos
                and candidate.coherence >= best.coherence
            ):
                best = candidate
                break
        text = str(best)
        if _plausible(text):
            return text
    raise DecodeError(
        "bytes could not be decoded as text in any plausible encoding",
        hint="check the file is text (not binary); convert it to UTF-8 or declare its charset",
    )
