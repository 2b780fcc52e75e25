"""Fixtures for job tests: a settings object on a temp SQLite file, and a local HTTP server."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from marsad.config import Settings
from marsad.store.store import Store

Route = Callable[[BaseHTTPRequestHandler], None]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        database=str(tmp_path / "marsad.db"),
        http_allow_private=True,
        http_timeout=1.0,
        http_max_bytes=200_000,
        http_rate_per_host=1000.0,
        http_respect_robots=False,
        batch_size=20,
    )


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    s = Store.open(settings.database)
    yield s
    s.close()


class Server:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        routes = self.routes

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                route = routes.get(self.path)
                if route is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                route(self)

            def log_message(self, *args: object) -> None:
                return None

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def body(self, path: str, data: bytes, content_type: str = "text/html; charset=utf-8") -> None:
        def route(h: BaseHTTPRequestHandler) -> None:
            h.send_response(200)
            h.send_header("Content-Type", content_type)
            h.send_header("Content-Length", str(len(data)))
            h.end_headers()
            h.wfile.write(data)

        self.routes[path] = route

    def slow(self, path: str, seconds: float) -> None:
        def route(h: BaseHTTPRequestHandler) -> None:
            time.sleep(seconds)
            try:
                h.send_response(200)
                h.end_headers()
                h.wfile.write(b"late")
            except OSError:
                pass

        self.routes[path] = route

    def endless(self, path: str) -> None:
        """A body that never ends (a '1 GB download'): the client must stop at its size cap."""

        def route(h: BaseHTTPRequestHandler) -> None:
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.end_headers()
            chunk = b"<p>" + b"x" * 65_536 + b"</p>"
            try:
                for _ in range(16_384):  # up to 1 GiB
                    h.wfile.write(chunk)
            except OSError:
                pass

        self.routes[path] = route

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[Server]:
    srv = Server()
    yield srv
    srv.close()
