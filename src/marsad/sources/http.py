"""One shared, polite and guarded HTTP client for feeds and pages.

:class:`HttpClient` wraps a single ``httpx.Client`` configured from :class:`marsad.config.Settings`:

* timeouts (``http_timeout`` per network operation; the whole response within 3x that),
* a size cap enforced while streaming (``http_max_bytes``; a huge body is never read into memory),
* conditional GET (``etag`` / ``last_modified`` in, ``not_modified=True`` out on 304),
* a per-host minimum interval between requests (``http_rate_per_host``; injectable clock and sleep),
* robots.txt, fetched once per origin per client and cached on the instance,
* an SSRF guard (``http_allow_private``): every hop's host is resolved and refused if any address is
  not public, and connections go only to the checked addresses (see :mod:`marsad.sources.netguard`),
* redirects followed by hand (at most :data:`MAX_REDIRECTS`), each hop checked again.

The client does not use proxy settings from the environment (``trust_env=False``): a proxy would
hide the real destination from the SSRF guard.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

import httpcore
import httpx

from marsad.config import Settings
from marsad.errors import FetchError, RobotsDisallowedError, TooLargeError
from marsad.sources.charset import charset_from_content_type
from marsad.sources.netguard import GuardedBackend, Resolver, check_host, system_resolve
from marsad.sources.ratelimit import HostRateLimiter
from marsad.sources.robots import RobotsRules

MAX_REDIRECTS = 5
ROBOTS_MAX_BYTES = 512 * 1024
"""robots.txt beyond this size is truncated (RFC 9309 asks crawlers to read at least 500 KiB)."""
TOTAL_TIMEOUT_FACTOR = 3.0
"""A whole response (headers and body) must arrive within this many ``http_timeout``s."""

ACCEPT_HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
ACCEPT_FEED = (
    "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
)

_REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchResult:
    """One completed fetch. ``headers`` are (lower-case name, value) pairs in arrival order."""

    url: str
    final_url: str
    status: int
    content: bytes
    headers: tuple[tuple[str, str], ...] = ()
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    content_type: str = ""
    declared_charset: str | None = None

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (case-insensitive), or None."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key == wanted), None)


def _status_hint(status: int) -> str:
    if status in {404, 410}:
        return "the page is gone; check the URL or remove it from the source list"
    if status in {401, 403}:
        return "access is denied; check the URL, or whether the site blocks automated readers"
    if status == 429:
        return "the site is rate-limiting us; lower http_rate_per_host or retry later"
    if status >= 500:
        return "the server failed; retry later"
    return "check the URL"


def _guarded_transport(resolver: Resolver, allow_private: bool) -> httpx.BaseTransport:
    transport = httpx.HTTPTransport(trust_env=False)
    if not allow_private:
        # httpx offers no public way to choose the network backend; replace the pool it built with
        # the same pool over a backend that checks and pins addresses (tests cover this path).
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)
        transport._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=GuardedBackend(resolver),
        )
    return transport


class HttpClient:
    """Fetch URLs politely and safely. Use as a context manager, or call :meth:`close`."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        resolver: Resolver = system_resolve,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.settings = settings if settings is not None else Settings()
        self._resolver = resolver
        self._limiter = HostRateLimiter(self.settings.http_rate_per_host, clock=clock, sleep=sleep)
        self._robots: dict[str, RobotsRules] = {}
        if transport is None:
            transport = _guarded_transport(resolver, self.settings.http_allow_private)
        self._client = httpx.Client(
            transport=transport,
            timeout=httpx.Timeout(self.settings.http_timeout),
            headers={"User-Agent": self.settings.http_user_agent},
            follow_redirects=False,
            trust_env=False,
        )

    # -- lifecycle -------------------------------------------------------------------------------
    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def rate_limiter(self) -> HostRateLimiter:
        return self._limiter

    # -- public ----------------------------------------------------------------------------------
    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str = ACCEPT_HTML,
        max_bytes: int | None = None,
    ) -> FetchResult:
        """GET ``url``. Raises :class:`FetchError` (or a subclass) with a hint on any failure."""
        result = self._fetch(
            url,
            etag=etag,
            last_modified=last_modified,
            accept=accept,
            max_bytes=self.settings.http_max_bytes if max_bytes is None else max_bytes,
            check_robots=self.settings.http_respect_robots,
            truncate=False,
        )
        if not (200 <= result.status < 300 or result.not_modified):
            raise FetchError(
                f"HTTP {result.status} for {url}", hint=_status_hint(result.status), context=url
            )
        return result

    def robots_rules(self, url: str) -> RobotsRules:
        """The (cached) robots.txt rules of ``url``'s origin."""
        parsed = self._parse_url(url)
        origin = _origin(parsed)
        rules = self._robots.get(origin)
        if rules is None:
            rules = self._load_robots(parsed, origin)
            self._robots[origin] = rules
            delay = rules.crawl_delay(self.settings.http_user_agent)
            if delay:
                self._limiter.slow_down(_host_key(parsed), delay)
        return rules

    # -- internals -------------------------------------------------------------------------------
    def _parse_url(self, url: str) -> httpx.URL:
        try:
            parsed = httpx.URL(url)
        except (httpx.InvalidURL, TypeError, ValueError) as exc:
            raise FetchError(f"invalid URL {url!r}: {exc}", hint="check the URL", context=url) from exc
        if parsed.scheme not in {"http", "https"}:
            raise FetchError(
                f"unsupported URL scheme {parsed.scheme!r}",
                hint="only http:// and https:// URLs are fetched; read local files as files",
                context=url,
            )
        if not parsed.host:
            raise FetchError(f"URL {url!r} has no host", hint="check the URL", context=url)
        return parsed

    def _load_robots(self, parsed: httpx.URL, origin: str) -> RobotsRules:
        robots_url = str(parsed.copy_with(path="/robots.txt", query=None, fragment=None))
        try:
            result = self._fetch(
                robots_url, etag=None, last_modified=None, accept="text/plain,*/*;q=0.5",
                max_bytes=ROBOTS_MAX_BYTES, check_robots=False, truncate=True,
            )
        except FetchError as exc:
            return RobotsRules.disallow_all(origin, f"robots.txt could not be fetched: {exc.message}")
        if 400 <= result.status < 500:
            return RobotsRules.allow_all(origin)
        if result.status >= 500:
            return RobotsRules.disallow_all(origin, f"robots.txt answered HTTP {result.status}")
        return RobotsRules.from_text(origin, result.content.decode("utf-8", "replace"))

    def _check_robots(self, parsed: httpx.URL) -> None:
        rules = self.robots_rules(str(parsed))
        if rules.allows(str(parsed), self.settings.http_user_agent):
            return
        if rules.unreachable:
            raise RobotsDisallowedError(
                f"{rules.unreachable}; RFC 9309 says to assume the whole site is disallowed",
                hint="retry later, or set http_respect_robots=false if you have the site's permission",
                context=str(parsed),
            )
        raise RobotsDisallowedError(
            f"robots.txt of {rules.origin} disallows this URL",
            hint="respect the site's wishes, or set http_respect_robots=false if you have permission",
            context=str(parsed),
        )

    def _fetch(
        self,
        url: str,
        *,
        etag: str | None,
        last_modified: str | None,
        accept: str,
        max_bytes: int,
        check_robots: bool,
        truncate: bool,
    ) -> FetchResult:
        deadline = time.monotonic() + TOTAL_TIMEOUT_FACTOR * self.settings.http_timeout
        current = url
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for _hop in range(MAX_REDIRECTS + 1):
            parsed = self._parse_url(current)
            if not self.settings.http_allow_private:
                check_host(_dns_host(parsed), _port(parsed), self._resolver)
            if check_robots:
                self._check_robots(parsed)
            self._limiter.wait(_host_key(parsed))
            try:
                with self._client.stream("GET", parsed, headers=headers) as resp:
                    location = resp.headers.get("location")
                    if resp.status_code in _REDIRECTS and location:
                        current = str(resp.url.join(location.strip()))
                        continue
                    return self._result(
                        resp, url=url, etag=etag, last_modified=last_modified,
                        max_bytes=max_bytes, deadline=deadline, truncate=truncate,
                    )
            except httpx.TimeoutException as exc:
                raise FetchError(
                    f"timed out after {self.settings.http_timeout:g}s fetching {current}",
                    hint="retry later, or raise http_timeout for slow sites",
                    context=current,
                ) from exc
            except httpx.HTTPError as exc:
                raise FetchError(
                    f"could not fetch {current}: {type(exc).__name__}: {exc}",
                    hint="check the URL and the network; retry later",
                    context=current,
                ) from exc
        raise FetchError(
            f"more than {MAX_REDIRECTS} redirects starting at {url}",
            hint="open the URL in a browser to see where it leads and use the final address",
            context=url,
        )

    def _result(
        self,
        resp: httpx.Response,
        *,
        url: str,
        etag: str | None,
        last_modified: str | None,
        max_bytes: int,
        deadline: float,
        truncate: bool,
    ) -> FetchResult:
        final_url = str(resp.url)
        raw_type = resp.headers.get("content-type", "")
        not_modified = resp.status_code == 304
        if not_modified and not (etag or last_modified):
            raise FetchError(
                f"HTTP 304 for an unconditional request to {final_url}",
                hint="the server misbehaves; retry later", context=final_url,
            )
        if not_modified or resp.status_code >= 400:
            content = b""
        else:
            content = _read_capped(
                resp, max_bytes=max_bytes, deadline=deadline, truncate=truncate, url=final_url
            )
        new_etag = resp.headers.get("etag")
        new_modified = resp.headers.get("last-modified")
        return FetchResult(
            url=url,
            final_url=final_url,
            status=resp.status_code,
            content=content,
            headers=tuple((k.lower(), v) for k, v in resp.headers.multi_items()),
            etag=(new_etag or etag) if not_modified else new_etag,
            last_modified=(new_modified or last_modified) if not_modified else new_modified,
            not_modified=not_modified,
            content_type=raw_type.split(";", 1)[0].strip().lower(),
            declared_charset=charset_from_content_type(raw_type),
        )


def _read_capped(
    resp: httpx.Response, *, max_bytes: int, deadline: float, truncate: bool, url: str
) -> bytes:
    """Read the (decoded) body, stopping as soon as it passes ``max_bytes`` or the deadline."""
    too_large = TooLargeError(
        f"response from {url} is larger than {max_bytes} bytes",
        hint="raise http_max_bytes if this source is legitimate",
        context=url,
    )
    declared = resp.headers.get("content-length", "").strip()
    if not truncate and declared.isdigit() and int(declared) > max_bytes:
        raise too_large
    body = bytearray()
    for chunk in resp.iter_bytes():
        body += chunk
        if len(body) > max_bytes:
            if truncate:
                return bytes(body[:max_bytes])
            raise too_large
        if time.monotonic() > deadline:
            raise FetchError(
                f"{url} took longer than {TOTAL_TIMEOUT_FACTOR:g} x http_timeout to download",
                hint="retry later, or raise http_timeout for slow sites",
                context=url,
            )
    return bytes(body)


def _dns_host(parsed: httpx.URL) -> str:
    return parsed.raw_host.decode("ascii").strip("[]")


def _port(parsed: httpx.URL) -> int:
    return parsed.port or (443 if parsed.scheme == "https" else 80)


def _host_key(parsed: httpx.URL) -> str:
    return f"{_dns_host(parsed).lower()}:{_port(parsed)}"


def _origin(parsed: httpx.URL) -> str:
    return f"{parsed.scheme}://{_host_key(parsed)}"
