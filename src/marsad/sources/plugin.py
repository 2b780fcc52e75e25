"""Built-in sources registered by name in ``regs.sources``: ``file``, ``feed`` and ``web``.

Each value is a :class:`SourceSpec`: ``read(targets, client)`` yields RawItems and Failures, never
raising on bad input. ``file`` needs no client; ``feed`` and ``web`` need an :class:`HttpClient`
(the caller owns it, so one client, with its robots cache and rate limits, serves the whole run).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from marsad.errors import ConfigError
from marsad.model import Failure, RawItem
from marsad.registry import Registries
from marsad.sources.feeds import read_feed
from marsad.sources.files import iter_paths
from marsad.sources.http import HttpClient
from marsad.sources.web import iter_pages

SourceReader = Callable[[Sequence[str], HttpClient | None], Iterator[RawItem | Failure]]


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceSpec:
    """How to read one kind of source."""

    name: str
    description: str
    needs_network: bool
    read: SourceReader


def _need_client(client: HttpClient | None, kind: str) -> HttpClient:
    if client is None:
        raise ConfigError(
            f"the {kind!r} source needs an HttpClient",
            hint="create one with HttpClient(settings) and pass it in",
        )
    return client


def read_files(targets: Sequence[str], client: HttpClient | None = None) -> Iterator[RawItem | Failure]:
    return iter_paths([Path(t) for t in targets])


def read_feeds(targets: Sequence[str], client: HttpClient | None = None) -> Iterator[RawItem | Failure]:
    http = _need_client(client, "feed")  # checked now, not on the first next()
    return (item for url in targets for item in read_feed(url, http))


def read_pages(targets: Sequence[str], client: HttpClient | None = None) -> Iterator[RawItem | Failure]:
    return iter_pages(targets, _need_client(client, "web"))


BUILTIN_SOURCES = (
    SourceSpec(name="file", description="local files and folders (.txt .md .html .jsonl .csv, feeds)",
               needs_network=False, read=read_files),
    SourceSpec(name="feed", description="RSS/Atom feed URLs", needs_network=True, read=read_feeds),
    SourceSpec(name="web", description="web page URLs", needs_network=True, read=read_pages),
)


def register(regs: Registries) -> None:
    for spec in BUILTIN_SOURCES:
        regs.sources.register(spec.name, spec)
