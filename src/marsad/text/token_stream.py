"""The lazily read token stream of normalized text (:class:`Tokens`) and its :class:`Token`.

Kept apart from :mod:`marsad.text.tokens` (which re-exports both) because :class:`Tokens` subclasses
``list`` for plain-list indexing speed, which mypyc cannot compile: the optional compiled build
(docs/decisions/0011-optional-mypyc-build.md) leaves this one module pure Python.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

__all__ = ["Token", "Tokens"]


class Token(NamedTuple):
    """A word or a digit group of normalized text."""

    start: int
    end: int
    text: str
    digits: bool


_TOKEN = re.compile(r"(\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)|[^\W\d_]+")


class Tokens(list[Token]):
    """Word and digit tokens of a normalized string from ``start`` on, read lazily.

    Words are letter runs; digit groups keep ``,`` thousands separators and a decimal part. Parsers
    ask ``has(i)`` before reading ``tokens[i]``, so only the few tokens a pattern looks at are ever
    built (indexing itself is plain list indexing).
    """

    __slots__ = ("_matches",)

    def __init__(self, text: str, start: int = 0) -> None:
        super().__init__()
        self._matches: Iterator[re.Match[str]] = _TOKEN.finditer(text, start)

    def has(self, i: int) -> bool:
        """Whether token ``i`` exists (reading on as far as needed)."""
        if i < len(self):
            return i >= 0
        if i < 0:
            return False
        new = tuple.__new__  # Token(...) without the named tuple's Python-level __new__
        while len(self) <= i:
            m = next(self._matches, None)
            if m is None:
                return False
            start, end = m.span()
            self.append(new(Token, (start, end, m.group(), m.group(1) is not None)))
        return True

    @property
    def built(self) -> int:
        """How many tokens have been read so far."""
        return len(self)
