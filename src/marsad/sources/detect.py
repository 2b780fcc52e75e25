"""Guess what kind of source a command-line argument names: a file, a feed or a web page."""

from __future__ import annotations

from typing import Literal
from urllib.parse import parse_qs, urlsplit

SourceKindName = Literal["file", "feed", "web"]

FEED_SUFFIXES = (".xml", ".rss", ".atom", ".rdf")
FEED_ENDINGS = ("/atom", "/feed", "/rss", "/feeds")
FEED_SEGMENTS = frozenset({"feed", "feeds", "rss", "atom"})
FEED_HOSTS = ("feeds.feedburner.com", "feeds.")
FEED_QUERY_KEYS = frozenset({"feed", "rss", "format"})


def classify_source(arg: str) -> SourceKindName:
    """``feed`` for http(s) URLs that look like feeds, ``web`` for other http(s) URLs, else ``file``.

    A URL is a feed when its path ends in .xml/.rss/.atom/.rdf or /atom, /feed, /rss; when a path
    segment is ``feed`` or ``rss`` (``/feed/``, ``/rss/news``); when its host starts with ``feeds.``;
    or when the query asks for one (``?feed=rss2``, ``?format=rss``).
    """
    text = arg.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return "file"
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return "file"
    path = parts.path.lower().rstrip("/")
    host = (parts.hostname or "").lower()
    if path.endswith(FEED_SUFFIXES) or path.endswith(FEED_ENDINGS) or host.startswith(FEED_HOSTS):
        return "feed"
    if FEED_SEGMENTS & {segment for segment in path.split("/") if segment}:
        return "feed"
    query = parse_qs(parts.query.lower())
    for key in FEED_QUERY_KEYS & query.keys():
        if key != "format" or any(v in {"rss", "rss2", "atom", "xml"} for v in query[key]):
            return "feed"
    return "web"
