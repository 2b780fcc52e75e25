"""``watch`` polls feeds with conditional GET and resumes; the Python API covers the notebook path."""

from __future__ import annotations

import threading
from dataclasses import replace
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

import marsad
from marsad.config import Settings
from marsad.errors import ConfigError
from marsad.jobs.watch import watch
from marsad.store.store import Store

from .conftest import Server

ITEM = """<item><title>{title}</title><link>https://example.org/{n}</link>
<pubDate>Fri, 12 Apr 2024 08:00:00 GMT</pubDate>
<description>{body}</description></item>"""


def rss(items: list[tuple[str, str]]) -> bytes:
    body = "".join(ITEM.format(title=t, n=i, body=b) for i, (t, b) in enumerate(items))
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Demo</title>'
        f"{body}</channel></rss>"
    ).encode()


class Feed:
    """An RSS route that honours If-None-Match and counts how often it sent a body."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []
        self.bodies_sent = 0
        self.not_modified = 0

    def etag(self) -> str:
        return f'"v{len(self.items)}"'

    def __call__(self, h: BaseHTTPRequestHandler) -> None:
        if h.headers.get("If-None-Match") == self.etag():
            self.not_modified += 1
            h.send_response(304)
            h.end_headers()
            return
        data = rss(self.items)
        self.bodies_sent += 1
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml; charset=utf-8")
        h.send_header("ETag", self.etag())
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)


def test_watch_uses_conditional_get_and_processes_only_new_items(
    server: Server, store: Store, settings: Settings
) -> None:
    feed = Feed()
    feed.items.append(("هجوم", "قتل مدنيان بانفجار عبوة ناسفة في قرية خيالية بريف دير الزور صباح اليوم."))
    server.routes["/rss.xml"] = feed
    cfg = replace(settings, feeds=(server.url("/rss.xml"),), watch_interval=0.0)
    first = watch(store=store, settings=cfg, stop=threading.Event(), max_cycles=2)
    assert first.counts["documents_added"] == 1
    assert feed.bodies_sent == 1 and feed.not_modified == 1
    assert store.count_documents(status="new") == 0

    feed.items.append(("اختطاف", "اختطف مسلحون مجهولون تاجراً من أهالي بلدة خيالية أمس."))
    second = watch(store=store, settings=cfg, stop=threading.Event(), max_cycles=1)
    assert second.counts["documents_added"] == 1 and second.counts["documents_duplicate"] == 1
    assert store.count_documents() == 2 and store.count_documents(status="new") == 0
    state = store.get_feed_state(server.url("/rss.xml"))
    assert state is not None and state.etag == feed.etag()


def test_watch_stops_when_asked(server: Server, store: Store, settings: Settings) -> None:
    feed = Feed()
    server.routes["/rss.xml"] = feed
    stop = threading.Event()
    stop.set()
    cfg = replace(settings, feeds=(server.url("/rss.xml"),))
    outcome = watch(store=store, settings=cfg, stop=stop)
    assert outcome.counts["cycles"] == 0


def test_watch_without_feeds_says_how_to_configure(store: Store, settings: Settings) -> None:
    with pytest.raises(ConfigError) as info:
        watch(store=store, settings=settings, stop=threading.Event())
    assert "feeds" in info.value.hint


def test_python_api_ingests_runs_and_queries(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "title: a\npublished: 2024-04-12\n\n"
        "قُتل ثلاثة مدنيين بانفجار عبوة ناسفة في قرية خيالية بريف دير الزور أمس.",
        "utf-8",
    )
    with marsad.Observatory.open(str(tmp_path / "api.db")) as obs:
        assert obs.ingest([folder]).counts["documents_added"] == 1
        assert obs.run().ok
        events = obs.events()
        assert events and events[0].event_type.value == "mine_ied"
        frame = obs.events_frame(event_types=["mine_ied"])
        assert len(frame) == len([e for e in events if e.event_type.value == "mine_ied"])
        reports = obs.reports(events[0].id)
        assert reports and reports[0].trigger.quote
        extraction = obs.extract("Gunmen killed two shepherds near a village on Monday.", published=None)
        assert extraction.reports
