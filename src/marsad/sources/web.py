"""Web pages: fetch one URL through the shared client and hand the HTML to documents/.

The published date, title and author are read from the page by :mod:`marsad.documents.clean`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from urllib.parse import urlsplit

from marsad.errors import DecodeError, SourceError
from marsad.model import Failure, RawItem
from marsad.sources.charset import decode_bytes
from marsad.sources.failure import failure_from_exception
from marsad.sources.http import ACCEPT_HTML, HttpClient

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", ""})
TEXT_TYPES = frozenset({"text/plain"})


def read_page(url: str, client: HttpClient, *, fetched: datetime | None = None) -> RawItem:
    """Fetch ``url`` as an HTML (or plain-text) RawItem. Raises :class:`SourceError` subclasses."""
    result = client.fetch(url, accept=ACCEPT_HTML)
    if result.content_type not in HTML_TYPES | TEXT_TYPES:
        raise SourceError(
            f"{result.final_url} is {result.content_type!r}, not a web page",
            hint="give the URL of an HTML article (PDFs and images are not read)",
            context=result.final_url,
        )
    content = decode_bytes(result.content, result.declared_charset)
    metadata: list[tuple[str, str]] = []
    if result.final_url != url:
        metadata.append(("requested_url", url))
    if result.etag:
        metadata.append(("etag", result.etag))
    if result.last_modified:
        metadata.append(("last_modified", result.last_modified))
    return RawItem(
        location=result.final_url,
        content=content,
        content_type="text" if result.content_type in TEXT_TYPES else "html",
        source_kind="web",
        source=urlsplit(result.final_url).hostname or "",
        url=result.final_url,
        fetched=fetched or datetime.now(UTC),
        metadata=tuple(metadata),
    )


def iter_pages(urls: Iterable[str], client: HttpClient) -> Iterator[RawItem | Failure]:
    """:func:`read_page` over many URLs; each failure becomes a Failure and the run goes on."""
    for url in urls:
        try:
            yield read_page(url, client)
        except SourceError as exc:
            stage = "decode" if isinstance(exc, DecodeError) else "source"
            yield failure_from_exception(exc, stage=stage, location=url, source_kind="web")
