"""SSRF guard: refuse private, loopback, link-local, reserved and multicast addresses.

Two checks: :func:`check_host` before a request (so a refused URL is never contacted), and
:class:`GuardedBackend`, an httpcore network backend that resolves the host again at connect time,
checks every address and connects to the checked address itself. The second check closes DNS
rebinding (a name that resolves to a public address for the check and a private one for the connect).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable, Sequence

import httpcore

from marsad.errors import BlockedAddressError, FetchError

Resolver = Callable[[str, int], Sequence[str]]
"""``(host, port) -> IP address strings``; injectable so tests need no DNS."""

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
SocketOption = tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]


def system_resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (``socket.getaddrinfo``), in resolver order, deduplicated."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(
            f"cannot resolve host {host!r}: {exc}",
            hint="check the URL's host name and the machine's DNS",
            context=host,
        ) from exc
    seen: dict[str, None] = {}
    for info in infos:
        seen.setdefault(str(info[4][0]), None)
    return list(seen)


def is_blocked_address(address: str) -> bool:
    """True for anything that is not a public unicast address (IPv4-mapped IPv6 included)."""
    try:
        ip: IPAddress = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return True
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped or ip.sixtofour
        if mapped is not None and is_blocked_address(str(mapped)):
            return True
    return (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_multicast
        or ip.is_unspecified
        or not ip.is_global
    )


def check_addresses(host: str, addresses: Iterable[str]) -> list[str]:
    """Raise :class:`BlockedAddressError` if any address is refused; return them otherwise."""
    checked = list(addresses)
    if not checked:
        raise FetchError(f"host {host!r} resolved to no address", hint="check the URL", context=host)
    for address in checked:
        if is_blocked_address(address):
            raise BlockedAddressError(
                f"refusing to fetch {host!r}: it resolves to the non-public address {address}",
                hint="only public addresses are fetched; set http_allow_private=true to allow this host",
                context=host,
            )
    return checked


def check_host(host: str, port: int, resolver: Resolver) -> list[str]:
    """Resolve ``host`` and refuse it if any of its addresses is not public (IP literals: no lookup)."""
    try:
        literal = ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return check_addresses(host, resolver(host, port))
    return check_addresses(host, [str(literal)])


class GuardedBackend(httpcore.NetworkBackend):
    """Resolve, check, then connect to the checked address (never let the OS resolve again)."""

    def __init__(self, resolver: Resolver, inner: httpcore.NetworkBackend | None = None) -> None:
        self._resolver = resolver
        self._inner = inner if inner is not None else httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = check_host(host, port, self._resolver)
        last_error: Exception | None = None
        for address in addresses:
            try:
                return self._inner.connect_tcp(
                    address, port, timeout=timeout, local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
        assert last_error is not None
        raise last_error

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.NetworkStream:
        raise BlockedAddressError("unix sockets are never fetched", hint="use an http(s) URL", context=path)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)
