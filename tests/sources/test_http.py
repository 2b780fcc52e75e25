"""HttpClient against a local server: caps, timeouts, robots, conditional GET, SSRF guard, redirects."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler

import httpx
import pytest

from marsad.config import Settings
from marsad.errors import BlockedAddressError, FetchError, RobotsDisallowedError, TooLargeError
from marsad.sources.http import HttpClient
from marsad.sources.netguard import is_blocked_address
from marsad.sources.ratelimit import HostRateLimiter
from marsad.sources.web import read_page

from .conftest import LocalServer, reply

ARABIC = "قتل ثلاثة مدنيين في قصف مدفعي على قرية تل الورد، بحسب المرصد."


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def test_windows_1256_page_is_decoded_from_its_bytes(server: LocalServer, local_settings: Settings) -> None:
    page = f"<html><body><p>{ARABIC}</p></body></html>".encode("cp1256")
    server.routes["/undeclared"] = reply(body=page, headers={"Content-Type": "text/html"})
    server.routes["/declared"] = reply(body=page, headers={"Content-Type": "text/html; charset=windows-1256"})
    with HttpClient(local_settings) as client:
        for path in ("/undeclared", "/declared"):
            item = read_page(server.url(path), client)
            assert ARABIC in item.content
            assert item.content_type == "html"
            assert item.source_kind == "web"


def test_huge_streamed_body_is_refused_without_reading_it(server: LocalServer) -> None:
    sent = {"bytes": 0}
    done = threading.Event()

    def stream_forever(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()  # no Content-Length: the client cannot refuse from the headers
        chunk = b"x" * 65536
        try:
            for _ in range(16384):  # 1 GiB if nobody stops us
                handler.wfile.write(chunk)
                sent["bytes"] += len(chunk)
        except OSError:
            pass
        finally:
            done.set()

    server.routes["/huge"] = stream_forever
    settings = Settings(http_allow_private=True, http_rate_per_host=0, http_max_bytes=1_000_000)
    with HttpClient(settings) as client, pytest.raises(TooLargeError) as info:
        client.fetch(server.url("/huge"))
    assert "http_max_bytes" in info.value.hint
    assert done.wait(10), "server kept streaming after the client gave up"
    assert sent["bytes"] < 64_000_000


def test_declared_content_length_over_the_cap_is_refused(server: LocalServer) -> None:
    server.routes["/big"] = reply(body=b"y" * 5000)
    settings = Settings(http_allow_private=True, http_rate_per_host=0, http_max_bytes=1000)
    with HttpClient(settings) as client, pytest.raises(TooLargeError):
        client.fetch(server.url("/big"))


def test_slow_server_times_out(server: LocalServer) -> None:
    def slow(handler: BaseHTTPRequestHandler) -> None:
        time.sleep(2.0)
        with contextlib.suppress(OSError):  # the client gave up, as it should
            reply(body=b"late")(handler)

    server.routes["/slow"] = slow
    settings = Settings(http_allow_private=True, http_rate_per_host=0, http_timeout=0.5)
    started = time.monotonic()
    with HttpClient(settings) as client, pytest.raises(FetchError) as info:
        client.fetch(server.url("/slow"))
    assert time.monotonic() - started < 1.8
    assert "timed out" in info.value.message
    assert "http_timeout" in info.value.hint


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:{port}/", "http://10.1.2.3/", "http://169.254.169.254/latest/meta-data/",
     "http://[::1]:{port}/", "http://0.0.0.0:{port}/"],
)
def test_ssrf_guard_refuses_private_addresses_without_a_request(server: LocalServer, url: str) -> None:
    settings = Settings(http_allow_private=False, http_rate_per_host=0)
    with HttpClient(settings) as client, pytest.raises(BlockedAddressError) as info:
        client.fetch(url.format(port=server.port))
    assert "http_allow_private" in info.value.hint
    assert server.paths() == []


def test_ssrf_guard_checks_what_a_host_name_resolves_to(server: LocalServer) -> None:
    asked: list[str] = []

    def resolver(host: str, port: int) -> Sequence[str]:
        asked.append(host)
        return ["93.184.216.34", "10.0.0.7"]  # one bad address is enough to refuse

    settings = Settings(http_allow_private=False, http_rate_per_host=0)
    with HttpClient(settings, resolver=resolver) as client, pytest.raises(BlockedAddressError):
        client.fetch("http://intranet.invented/")
    assert asked == ["intranet.invented"]


def test_dns_rebinding_is_caught_at_connect_time(server: LocalServer) -> None:
    answers = iter([["93.184.216.34"], ["127.0.0.1"]])

    def rebinding(host: str, port: int) -> Sequence[str]:
        return next(answers)

    settings = Settings(http_allow_private=False, http_rate_per_host=0, http_respect_robots=False)
    with HttpClient(settings, resolver=rebinding) as client, pytest.raises(BlockedAddressError):
        client.fetch(f"http://rebind.invented:{server.port}/")
    assert server.paths() == []


def test_redirect_to_a_private_address_is_refused() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(302, headers={"Location": "http://10.0.0.5/admin"})

    settings = Settings(http_allow_private=False, http_rate_per_host=0, http_respect_robots=False)
    client = HttpClient(
        settings, resolver=lambda host, port: ["93.184.216.34"], transport=httpx.MockTransport(handler)
    )
    with client, pytest.raises(BlockedAddressError):
        client.fetch("http://news.invented/story")
    assert seen == ["http://news.invented/story"]


def test_redirects_are_followed_and_limited(server: LocalServer, local_settings: Settings) -> None:
    server.routes["/a"] = reply(301, headers={"Location": "/b"})
    server.routes["/b"] = reply(body=b"<p>arrived</p>", headers={"Content-Type": "text/html"})
    server.routes["/loop"] = reply(302, headers={"Location": "/loop"})
    server.routes["/file"] = reply(302, headers={"Location": "file:///etc/passwd"})
    with HttpClient(local_settings) as client:
        result = client.fetch(server.url("/a"))
        assert result.final_url == server.url("/b")
        assert result.url == server.url("/a")
        assert result.content == b"<p>arrived</p>"
        with pytest.raises(FetchError, match="redirects"):
            client.fetch(server.url("/loop"))
        with pytest.raises(FetchError, match="scheme"):
            client.fetch(server.url("/file"))
    assert server.paths().count("/loop") == 6


def test_robots_txt_disallow_is_respected_and_fetched_once(server: LocalServer) -> None:
    server.routes["/robots.txt"] = reply(body=b"User-agent: *\nDisallow: /private\n")
    server.routes["/public"] = reply(body=b"ok")
    server.routes["/private/page"] = reply(body=b"secret")
    settings = Settings(http_allow_private=True, http_rate_per_host=0, http_respect_robots=True)
    with HttpClient(settings) as client:
        assert client.fetch(server.url("/public")).content == b"ok"
        with pytest.raises(RobotsDisallowedError) as info:
            client.fetch(server.url("/private/page"))
        assert "http_respect_robots" in info.value.hint
        client.fetch(server.url("/public"))
    assert server.paths().count("/robots.txt") == 1
    assert "/private/page" not in server.paths()


def test_missing_robots_txt_allows_everything(server: LocalServer) -> None:
    server.routes["/page"] = reply(body=b"ok")
    settings = Settings(http_allow_private=True, http_rate_per_host=0, http_respect_robots=True)
    with HttpClient(settings) as client:
        assert client.fetch(server.url("/page")).content == b"ok"


def test_robots_txt_server_error_disallows_the_site(server: LocalServer) -> None:
    server.routes["/robots.txt"] = reply(503)
    server.routes["/page"] = reply(body=b"ok")
    settings = Settings(http_allow_private=True, http_rate_per_host=0, http_respect_robots=True)
    with HttpClient(settings) as client, pytest.raises(RobotsDisallowedError, match="503"):
        client.fetch(server.url("/page"))
    assert "/page" not in server.paths()


def test_conditional_get_reports_not_modified(server: LocalServer, local_settings: Settings) -> None:
    def versioned(handler: BaseHTTPRequestHandler) -> None:
        if handler.headers.get("If-None-Match") == '"v1"':
            handler.send_response(304)
            handler.send_header("ETag", '"v1"')
            handler.end_headers()
            return
        reply(body=b"<rss/>", headers={"ETag": '"v1"', "Last-Modified": "Tue, 02 Apr 2024 09:00:00 GMT"})(
            handler
        )

    server.routes["/feed"] = versioned
    with HttpClient(local_settings) as client:
        first = client.fetch(server.url("/feed"))
        assert (first.not_modified, first.etag, first.content) == (False, '"v1"', b"<rss/>")
        second = client.fetch(server.url("/feed"), etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified
    assert second.content == b""
    assert second.etag == '"v1"'
    assert second.last_modified == "Tue, 02 Apr 2024 09:00:00 GMT"
    assert server.requests[-1][1]["if-modified-since"] == "Tue, 02 Apr 2024 09:00:00 GMT"


def test_http_error_becomes_fetch_error_with_hint(server: LocalServer, local_settings: Settings) -> None:
    with HttpClient(local_settings) as client, pytest.raises(FetchError) as info:
        client.fetch(server.url("/nowhere"))
    assert "404" in info.value.message
    assert "gone" in info.value.hint


def test_user_agent_comes_from_settings(server: LocalServer) -> None:
    server.routes["/ua"] = reply(body=b"ok")
    settings = Settings(http_allow_private=True, http_rate_per_host=0, http_user_agent="marsad-test/9")
    with HttpClient(settings) as client:
        client.fetch(server.url("/ua"))
    assert server.requests[-1][1]["user-agent"] == "marsad-test/9"


def test_rate_limit_spaces_requests_to_one_host_with_a_fake_clock(
    server: LocalServer,
) -> None:
    server.routes["/x"] = reply(body=b"ok")
    clock = FakeClock()
    settings = Settings(http_allow_private=True, http_rate_per_host=0.5, http_respect_robots=False)
    with HttpClient(settings, clock=clock, sleep=clock.sleep) as client:
        for _ in range(3):
            client.fetch(server.url("/x"))
    assert clock.sleeps == [2.0, 2.0]


def test_rate_limiter_keeps_hosts_apart_and_honours_elapsed_time() -> None:
    clock = FakeClock()
    limiter = HostRateLimiter(1.0, clock=clock, sleep=clock.sleep)
    assert limiter.wait("a.invented") == 0
    assert limiter.wait("b.invented") == 0
    clock.now += 0.25
    assert limiter.wait("a.invented") == pytest.approx(0.75)
    clock.now += 5
    assert limiter.wait("A.INVENTED") == 0
    limiter.slow_down("b.invented", 10)
    clock.now += 1
    assert limiter.wait("b.invented") == 0
    assert limiter.wait("b.invented") == pytest.approx(10)


@pytest.mark.parametrize(
    ("address", "blocked"),
    [("8.8.8.8", False), ("2606:4700:4700::1111", False), ("127.0.0.1", True), ("10.0.0.1", True),
     ("172.16.5.4", True), ("192.168.1.1", True), ("169.254.169.254", True), ("100.64.0.1", True),
     ("224.0.0.1", True), ("0.0.0.0", True), ("::1", True), ("fe80::1", True), ("fc00::1", True),
     ("::ffff:127.0.0.1", True), ("240.0.0.1", True), ("not-an-ip", True)],
)
def test_address_classification(address: str, blocked: bool) -> None:
    assert is_blocked_address(address) is blocked
