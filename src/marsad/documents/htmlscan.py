"""One pass of ``html.parser`` over a page: visible text, title, meta tags, dates and link texts.

This is the fallback text extractor when trafilatura finds nothing, and the source of page
metadata (``<meta property="article:published_time">``, JSON-LD ``datePublished``, ``<time datetime>``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser

SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "head", "nav", "header", "footer", "aside",
    "form", "iframe", "button", "select", "option", "canvas", "object",
})
VOID_TAGS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
})
BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
    "article", "main", "blockquote", "pre", "hr", "dd", "dt", "dl", "figcaption", "figure", "td", "th",
})
CHROME_TAGS = frozenset({"nav", "header", "footer", "aside", "form"})
"""Page furniture: their text is never article text (see :attr:`PageScan.chrome_texts`)."""
MAX_JSON_LD_CHARS = 200_000


@dataclass(frozen=True, slots=True, kw_only=True)
class PageScan:
    """What the scan found. ``meta`` keeps (lower-case name or property, content) in page order."""

    text: str
    title: str
    meta: tuple[tuple[str, str], ...]
    time_datetimes: tuple[str, ...]
    json_ld_dates: tuple[str, ...]
    link_texts: frozenset[str]
    chrome_texts: frozenset[str] = frozenset()

    def meta_value(self, *names: str) -> str:
        for wanted in names:
            for name, content in self.meta:
                if name == wanted and content.strip():
                    return content.strip()
        return ""


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_stack: list[str] = []
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.in_title = False
        self.meta: list[tuple[str, str]] = []
        self.times: list[str] = []
        self.json_ld: list[str] = []
        self.json_ld_block: list[str] | None = None
        self.title_seen = False
        self.link_depth = 0
        self.link_parts: list[str] = []
        self.links: set[str] = set()
        self.chrome: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            name = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if name:
                self.meta.append((name.strip(), values.get("content", "")))
        elif tag == "time" and values.get("datetime"):
            self.times.append(values["datetime"])
        elif tag == "title" and not self.title_seen:
            self.in_title = True
        elif tag == "script" and values.get("type", "").lower().strip() == "application/ld+json":
            self.json_ld_block = []
        if values.get("itemprop", "").lower() == "datepublished" and tag != "meta":
            stamp = values.get("datetime") or values.get("content")
            if stamp:
                self.json_ld.append(json.dumps({"datePublished": stamp}))
        if tag in VOID_TAGS:
            if tag in BLOCK_TAGS:
                self.parts.append("\n")
            return
        if tag in SKIP_TAGS:
            self.skip_stack.append(tag)
        elif tag == "a":
            self.link_depth += 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.in_title:
            self.in_title = False
            self.title_seen = True
        elif tag == "script" and self.json_ld_block is not None:
            self.json_ld.append("".join(self.json_ld_block))
            self.json_ld_block = None
        if tag in SKIP_TAGS and tag in self.skip_stack:
            while self.skip_stack and self.skip_stack.pop() != tag:
                pass
        elif tag == "a" and self.link_depth:
            self.link_depth -= 1
            if not self.link_depth:
                text = " ".join("".join(self.link_parts).split())
                if text:
                    self.links.add(text)
                self.link_parts = []
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        if self.json_ld_block is not None:
            self.json_ld_block.append(data)
            return
        if self.skip_stack:
            if CHROME_TAGS.intersection(self.skip_stack):
                text = " ".join(data.split())
                if text:
                    self.chrome.add(text)
            return
        self.parts.append(data)
        if self.link_depth:
            self.link_parts.append(data)


def _dates_in_json(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for key in ("datePublished", "dateCreated"):
            stamp = value.get(key)
            if isinstance(stamp, str) and stamp.strip():
                yield stamp.strip()
        for item in value.values():
            if isinstance(item, dict | list):
                yield from _dates_in_json(item)
    elif isinstance(value, list):
        for item in value:
            yield from _dates_in_json(item)


def _json_ld_dates(blocks: list[str]) -> tuple[str, ...]:
    dates: list[str] = []
    for block in blocks:
        if len(block) > MAX_JSON_LD_CHARS:
            continue
        try:
            dates.extend(_dates_in_json(json.loads(block)))
        except (ValueError, RecursionError):
            continue
    return tuple(dates)


def scan_html(html: str) -> PageScan:
    scanner = _Scanner()
    scanner.feed(html)
    scanner.close()
    lines = (" ".join(line.split()) for line in "".join(scanner.parts).split("\n"))
    return PageScan(
        text="\n".join(line for line in lines if line),
        title=" ".join("".join(scanner.title_parts).split()),
        meta=tuple(scanner.meta),
        time_datetimes=tuple(scanner.times),
        json_ld_dates=_json_ld_dates(scanner.json_ld),
        link_texts=frozenset(scanner.links),
        chrome_texts=frozenset(scanner.chrome),
    )
