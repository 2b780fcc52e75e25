"""RSS and Atom feeds: fetch with conditional GET, parse with feedparser, one RawItem per entry.

Nothing here raises on bad input: a failed fetch or an unparseable feed is a Failure in the result
(with the old ``etag`` / ``last_modified`` kept so the next poll is still conditional). Feed bytes
are always handed to feedparser as a stream, never as a string: feedparser treats strings as
URLs or file names and would fetch or open them.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import feedparser

from marsad.errors import FetchError, ParseError
from marsad.model import Failure, RawItem
from marsad.sources.dates import from_struct_time
from marsad.sources.failure import failure_from_exception
from marsad.sources.http import ACCEPT_FEED, HttpClient
from marsad.sources.langtag import language_from_tag

_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedResult:
    """Entries of one feed read. ``not_modified``: the server said nothing changed (HTTP 304)."""

    url: str
    items: tuple[RawItem, ...] = ()
    failures: tuple[Failure, ...] = ()
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    title: str = ""
    warning: str = ""

    def __iter__(self) -> Iterator[RawItem | Failure]:
        yield from self.items
        yield from self.failures


def read_feed(
    url: str,
    client: HttpClient,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    fetched: datetime | None = None,
) -> FeedResult:
    """Fetch and parse ``url``. Pass the previous ``etag`` / ``last_modified`` to poll cheaply."""
    try:
        result = client.fetch(url, etag=etag, last_modified=last_modified, accept=ACCEPT_FEED)
    except FetchError as exc:
        failure = failure_from_exception(exc, stage="source", location=url, source_kind="feed")
        return FeedResult(url=url, failures=(failure,), etag=etag, last_modified=last_modified)
    if result.not_modified:
        return FeedResult(
            url=url, not_modified=True, etag=result.etag, last_modified=result.last_modified
        )
    content_type = result.header("content-type")
    parsed = parse_feed_bytes(
        result.content,
        result.final_url,
        fetched=fetched,
        headers={"content-type": content_type} if content_type else None,
    )
    return replace(parsed, url=url, etag=result.etag, last_modified=result.last_modified)


def parse_feed_bytes(
    data: bytes,
    url: str,
    *,
    fetched: datetime | None = None,
    headers: Mapping[str, str] | None = None,
    location: str | None = None,
) -> FeedResult:
    """Parse feed bytes (from the network or a local .xml/.rss/.atom file) into items and failures.

    ``url`` resolves relative links; ``location`` (default ``url``) names the feed in failures.
    """
    where = location or url
    when = fetched or datetime.now(UTC)
    response_headers = {"content-location": url}
    response_headers.update({k.lower(): v for k, v in (headers or {}).items()})
    parsed = feedparser.parse(io.BytesIO(data), response_headers=response_headers)
    entries = list(parsed.get("entries") or [])
    bozo_exc = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not entries and (bozo_exc is not None or not parsed.get("version")):
        reason = f"not a valid RSS/Atom feed: {bozo_exc}" if bozo_exc else "not an RSS/Atom feed"
        error = ParseError(
            reason,
            hint="check the URL points to the feed itself (not the site's home page)",
            context=where,
        )
        failure = failure_from_exception(
            error, stage="source", location=where, payload=data, source_kind="feed"
        )
        return FeedResult(url=url, failures=(failure,))
    feed_info = parsed.get("feed") or {}
    feed_title = _plain(feed_info.get("title", ""))
    source = feed_title or (urlsplit(url).hostname or "")
    feed_language = str(feed_info.get("language", "") or "")
    items: list[RawItem] = []
    failures: list[Failure] = []
    for index, entry in enumerate(entries, start=1):
        entry_location = f"{where}#entry-{index}"
        try:
            items.append(
                _entry_item(
                    entry, feed_url=url, source=source, location=entry_location,
                    feed_language=feed_language, fetched=when,
                )
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            failures.append(
                failure_from_exception(
                    exc, stage="source", location=entry_location, payload=repr(entry)[:4000],
                    source_kind="feed",
                )
            )
    warning = f"feed parsed with problems: {bozo_exc}" if bozo_exc is not None else ""
    return FeedResult(
        url=url, items=tuple(items), failures=tuple(failures), title=feed_title, warning=warning
    )


def _plain(value: object) -> str:
    """Feed titles may carry markup or entities; keep only the text."""
    text = str(value or "")
    return " ".join(html.unescape(_TAG.sub(" ", text)).split())


def _entry_content(entry: Mapping[str, Any]) -> tuple[str, str, str]:
    """``(content, content_type, language)``: the longest content block, else the summary."""
    blocks = [c for c in entry.get("content") or [] if isinstance(c, Mapping) and c.get("value")]
    if blocks:
        best = max(blocks, key=lambda c: len(str(c.get("value", ""))))
        value, mime, language = str(best["value"]), str(best.get("type") or ""), best.get("language")
    else:
        detail = entry.get("summary_detail") or {}
        value = str(entry.get("summary") or "")
        mime = str(detail.get("type") or "")
        language = detail.get("language")
    kind = "text" if mime == "text/plain" else "html"
    return value, kind, str(language or "")


def _entry_item(
    entry: Mapping[str, Any],
    *,
    feed_url: str,
    source: str,
    location: str,
    feed_language: str,
    fetched: datetime,
) -> RawItem:
    content, kind, language = _entry_content(entry)
    link = str(entry.get("link") or "").strip()
    published = from_struct_time(entry.get("published_parsed") or entry.get("updated_parsed"))
    metadata: list[tuple[str, str]] = [("feed_url", feed_url)]
    if entry.get("id"):
        metadata.append(("entry_id", str(entry["id"])))
    if entry.get("author"):
        metadata.append(("author", _plain(entry["author"])))
    raw_date = entry.get("published") or entry.get("updated")
    if published is None and raw_date:
        metadata.append(("published_raw", str(raw_date)[:500]))
    return RawItem(
        location=link or location,
        content=content,
        content_type=kind,
        source_kind="feed",
        source=source,
        title=_plain(entry.get("title", "")),
        url=link,
        published=published,
        fetched=fetched,
        language=language_from_tag(language or feed_language),
        metadata=tuple(metadata),
    )
