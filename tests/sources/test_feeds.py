"""Feeds: RSS 2.0 and Atom parsing, garbage as Failure, conditional polling over HTTP."""

from __future__ import annotations

from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from marsad.config import Settings
from marsad.model import Failure, RawItem
from marsad.sources.failure import decode_payload
from marsad.sources.feeds import parse_feed_bytes, read_feed
from marsad.sources.http import HttpClient
from marsad.vocab import Language

from .conftest import LocalServer, reply

DATA = Path(__file__).parent / "data"


def test_rss2_entries_become_html_items() -> None:
    result = parse_feed_bytes((DATA / "rss2.xml").read_bytes(), "https://observatory.example/rss")
    assert result.failures == ()
    assert result.title == "Invented Observatory"
    first, second = result.items
    assert first.title == "قصف على قرية تل الورد"
    assert first.url == "https://observatory.example/news/1"
    assert first.published == datetime(2024, 4, 2, 6, 30, tzinfo=UTC)
    assert first.content_type == "html"
    assert "قتل ثلاثة مدنيين" in first.content
    assert (first.source_kind, first.source, first.language) == ("feed", "Invented Observatory", Language.AR)
    assert dict(first.metadata)["entry_id"].endswith("news-1")  # feedparser resolves guids against the link
    assert second.title == "Second & last"
    assert second.url == "https://observatory.example/news/2"  # relative link resolved
    assert second.published is None


def test_atom_entry_prefers_full_content_and_published_date() -> None:
    result = parse_feed_bytes((DATA / "atom.xml").read_bytes(), "https://wire.example/atom")
    (entry,) = result.items
    assert entry.title == "Clashes near Kafr Invented"
    assert entry.url == "https://wire.example/a/1"
    assert entry.published == datetime(2024, 4, 3, 8, 15, tzinfo=UTC)
    assert "Two fighters were killed" in entry.content
    assert entry.language == Language.EN


def test_garbage_is_a_failure_with_the_payload() -> None:
    data = b"<html><body>This is a home page, not a feed</body></html>"
    result = parse_feed_bytes(data, "https://n.invented/")
    assert result.items == ()
    (failure,) = result.failures
    assert failure.stage == "source"
    assert failure.location == "https://n.invented/"
    assert decode_payload(failure.payload) == data.decode()


def test_binary_garbage_is_a_failure() -> None:
    result = parse_feed_bytes(b"\x00\xff\x10 not xml at all \x00", "https://n.invented/feed")
    assert result.items == ()
    assert len(result.failures) == 1


def test_feed_bytes_are_never_treated_as_a_path(tmp_path: Path) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_bytes((DATA / "rss2.xml").read_bytes())
    result = parse_feed_bytes(str(secret).encode(), "https://n.invented/feed")
    assert result.items == ()
    assert len(result.failures) == 1


def test_read_feed_polls_conditionally(server: LocalServer, local_settings: Settings) -> None:
    body = (DATA / "rss2.xml").read_bytes()

    def feed(handler: BaseHTTPRequestHandler) -> None:
        if handler.headers.get("If-None-Match") == '"abc"':
            handler.send_response(304)
            handler.end_headers()
            return
        reply(body=body, headers={"ETag": '"abc"', "Content-Type": "application/rss+xml"})(handler)

    server.routes["/rss"] = feed
    with HttpClient(local_settings) as client:
        first = read_feed(server.url("/rss"), client)
        assert len(first.items) == 2 and not first.not_modified
        assert first.etag == '"abc"'
        second = read_feed(server.url("/rss"), client, etag=first.etag)
    assert second.not_modified
    assert second.items == () and second.failures == ()
    assert second.etag == '"abc"'


def test_read_feed_failure_keeps_the_previous_validators(
    server: LocalServer, local_settings: Settings
) -> None:
    with HttpClient(local_settings) as client:
        result = read_feed(server.url("/missing"), client, etag='"old"', last_modified="yesterday")
    (failure,) = list(result)
    assert isinstance(failure, Failure)
    assert "404" in failure.reason
    assert (result.etag, result.last_modified) == ('"old"', "yesterday")


def test_feed_result_iterates_items_then_failures() -> None:
    result = parse_feed_bytes((DATA / "rss2.xml").read_bytes(), "https://observatory.example/rss")
    assert all(isinstance(r, RawItem) for r in result)
