"""Metadata at the top of .txt and .md files: a ``key: value`` header block or ``---`` front matter.

A header block is the lines before the first blank line, accepted only when *every* line is
``key: value`` (key: a word of at most 32 characters) and at least one key is known, so an article
whose first line is "Update: ..." keeps its text. Front matter (Markdown) is a ``---`` line, simple
``key: value`` lines, and a closing ``---`` (or ``...``) line; other YAML is ignored, not parsed.
"""

from __future__ import annotations

import re

KNOWN_KEYS = frozenset({"title", "published", "url", "source", "language"})
ALIASES = {
    "date": "published",
    "published_at": "published",
    "link": "url",
    "lang": "language",
    "headline": "title",
}
MAX_HEADER_LINES = 20
MAX_FRONT_MATTER_LINES = 200

_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9_-]{0,31})[ \t]*:[ \t]*(.*?)[ \t]*$")


def canonical_key(key: str) -> str:
    low = key.strip().lower()
    return ALIASES.get(low, low)


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in {'"', "'"}:
        return value[1:-1]
    return value


def split_header(text: str, *, front_matter: bool = False) -> tuple[dict[str, str], str]:
    """``(fields, body)``; ``fields`` is empty and ``body`` is ``text`` when there is no header."""
    if front_matter:
        found = _split_front_matter(text)
        if found is not None:
            return found
    return _split_block(text)


def _split_front_matter(text: str) -> tuple[dict[str, str], str] | None:
    lines = text.split("\n")
    if not lines or lines[0].rstrip("\r").strip() != "---":
        return None
    fields: dict[str, str] = {}
    for index, raw in enumerate(lines[1 : MAX_FRONT_MATTER_LINES + 1], start=1):
        line = raw.rstrip("\r")
        if line.strip() in {"---", "..."}:
            body = "\n".join(lines[index + 1 :]).lstrip("\r\n")
            return fields, body
        match = _LINE.match(line)
        if match and match.group(2):
            fields.setdefault(canonical_key(match.group(1)), _unquote(match.group(2)))
    return None  # never closed: not front matter


def _split_block(text: str) -> tuple[dict[str, str], str]:
    lines = text.split("\n")
    fields: dict[str, str] = {}
    for index, raw in enumerate(lines[: MAX_HEADER_LINES + 1]):
        line = raw.rstrip("\r")
        if not line.strip():
            if index == 0 or not (KNOWN_KEYS & fields.keys()):
                return {}, text
            return fields, "\n".join(lines[index + 1 :]).lstrip("\r\n")
        match = _LINE.match(line)
        if match is None:
            return {}, text
        fields.setdefault(canonical_key(match.group(1)), match.group(2))
    return {}, text
