"""Word tokens of normalized text, clitic prefixes, and a fast finder of candidate words.

Shared by :mod:`marsad.text.numbers` and :mod:`marsad.text.dates`: both find where a known word (or a
digit group) starts with one Aho-Corasick pass (:class:`WordFinder`), then read only the few tokens
around it (:class:`Tokens`), so their cost follows the matches in a document, not its length.
"""

from __future__ import annotations

import threading
import tomllib
from collections.abc import Iterable
from importlib import resources
from typing import Any

import ahocorasick

from marsad.text.token_stream import Token, Tokens

__all__ = [
    "ARTICLE_PREFIXES", "PREFIXES", "Token", "Tokens", "WordFinder", "load_table", "spaced", "strip_clitics",
]


# Clitic prefixes in normalized spelling, longest first. "لل" is ل + ال with the alef dropped.
PREFIXES = ("وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "لل", "ال",
             "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
_PREFIX_SET = frozenset(PREFIXES)
_PREFIX_LETTERS = frozenset(p[0] for p in PREFIXES)
ARTICLE_PREFIXES = frozenset(p for p in PREFIXES if "ال" in p or p == "لل")


class WordFinder:
    """Where words from a fixed set (with clitic prefixes) and digit groups start in a text.

    One Aho-Corasick pass in C finds the candidates, so a document costs Python work only where a
    number or date word actually is, not per token.
    """

    def __init__(self, words: Iterable[str], *, digits: bool = True) -> None:
        self._automaton = ahocorasick.Automaton()
        entries = [(w, len(w)) for w in sorted(set(words)) if w]
        if digits:
            entries += [(d, 0) for d in "0123456789"]  # size 0: a digit
        for word, size in entries:
            self._automaton.add_word(word, size)
        self._automaton.make_automaton()
        # what the automaton holds, for a shared document pass (``marsad.text.match.MatcherSet``)
        self._words: tuple[tuple[str, int], ...] = tuple(entries)
        self._empty = not entries
        # per thread: (text, its automaton hits) handed over by a shared pass, read by ``starts``
        self._primed = threading.local()

    # what a pickle carries: every attribute but the per-thread hits
    _STATE = ("_automaton", "_words", "_empty")

    def __getstate__(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in self._STATE}

    def __setstate__(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            setattr(self, name, value)
        self._primed = threading.local()

    def _prime(self, text: str, raw: list[tuple[int, int]]) -> None:
        """Take ``text``'s automaton hits (found by a shared pass) for the next ``starts(text)``."""
        self._primed.raw = (text, raw)

    def starts(self, text: str) -> list[int]:
        """Sorted start offsets of candidate tokens (a clitic prefix included in the token)."""
        out: set[int] = set()
        n = len(text)
        primed: tuple[str, list[tuple[int, int]]] | None = getattr(self._primed, "raw", None)
        hits: Iterable[tuple[int, int]] = (
            primed[1] if primed is not None and primed[0] is text else self._automaton.iter(text)
        )
        for last, size in hits:
            if size == 0:  # a digit: the start of a digit group
                before = text[last - 1] if last else ""
                if not before.isdigit() and not (before in ".," and last > 1 and text[last - 2].isdigit()):
                    out.add(last)  # not inside 1,200 or 3.5
                continue
            e = last + 1
            if e < n and text[e].isalpha():
                continue  # inside a longer word
            s = e - size
            ws = s
            while ws > 0 and s - ws < 4 and text[ws - 1].isalpha():
                ws -= 1
            if (ws > 0 and text[ws - 1].isalpha()) or (ws < s and text[ws:s] not in _PREFIX_SET):
                continue
            out.add(ws)
        return sorted(out)


def strip_clitics(word: str, known: dict[str, Any] | frozenset[str]) -> tuple[str, str] | None:
    """``(prefix, base)`` where ``base`` is in ``known`` and ``prefix`` is a clitic chain, or None.

    The bare word is tried first, so a word that starts with a clitic letter stays whole.
    """
    if word in known:
        return "", word
    if word[0] not in _PREFIX_LETTERS:
        return None
    for k in range(min(4, len(word) - 2), 0, -1):
        if word[:k] in _PREFIX_SET and word[k:] in known:
            return word[:k], word[k:]
    return None


def load_table(name: str) -> dict[str, Any]:
    """A TOML table shipped in ``marsad/data/text/`` (read when first needed, never at import)."""
    raw = resources.files("marsad").joinpath(f"data/text/{name}").read_text("utf-8")
    return tomllib.loads(raw)


def spaced(text: str, a: Token, b: Token, extra: str = "") -> bool:
    """Whether only whitespace (or one of ``extra``) separates two tokens."""
    if b.start - a.end == 1 and text[a.end] == " ":
        return True
    gap = text[a.end : b.start]
    return len(gap) <= 3 and (gap.strip() == "" or (extra != "" and gap.strip() in extra))
