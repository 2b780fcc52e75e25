"""Offset-preserving normalization.

``normalize(text)`` returns a :class:`NormalizedText`: the normalized string plus, for each of its
characters, the index of the original character it came from. A match found on the normalized text
is mapped back with :meth:`NormalizedText.to_original`, so evidence always quotes the original.

The rules are data (``normalization.toml``); Latin letters are case-folded and stripped of
diacritics (so Kurdish "Serêkaniyê" matches "serekaniye").
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from array import array
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from marsad.model import TextSpan


@dataclass(frozen=True, slots=True)
class _Rules:
    table: dict[int, str]  # one-to-one replacements, for str.translate
    special: re.Pattern[str]  # characters that are deleted or expand to several characters
    special_map: dict[str, str]
    changed: re.Pattern[str]  # any character that normalization changes (absent: text is normalized)
    # the one-to-one replacements that change a character, as (character, replacement) strings, and a
    # pattern that finds them: a text is translated by str.replace of the few that occur in it (the
    # replacements are never themselves replaced, so the order does not matter)
    replaced: re.Pattern[str]
    replacement: dict[str, str]


@dataclass(frozen=True, slots=True, eq=False)
class NormalizedText:
    """A normalized string with a map back to the original.

    ``offsets[i]`` is the original index of normalized character ``i``; ``offsets[len(text)]`` is
    ``len(original)``. The map is monotone non-decreasing.
    """

    original: str
    text: str
    offsets: array[int]

    def to_original(self, start: int, end: int) -> TextSpan:
        """Map a normalized ``[start, end)`` to the original text.

        The original span covers the deleted marks (diacritics, tatweel) attached to its last letter.
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside normalized text of {len(self.text)}")
        offs = self.offsets
        o_start = offs[start]
        if end == start:
            return TextSpan(start=o_start, end=o_start)
        o_end = max(offs[end - 1] + 1, offs[end])
        return TextSpan(start=o_start, end=o_end)

    def quote(self, start: int, end: int) -> str:
        return self.to_original(start, end).of(self.original)


def _latin_fold(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _rules() -> _Rules:
    raw = resources.files("marsad.text").joinpath("normalization.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    mapping: dict[str, str] = {}
    for section in data.values():
        mapping.update(section)
    # Latin letters with diacritics and capitals (Latin-1 supplement, Latin Extended-A/B, plus
    # ASCII capitals): fold case and strip diacritics, e.g. "Ê" -> "e", "Ş" -> "s".
    for cp in list(range(0x41, 0x5B)) + list(range(0xC0, 0x250)):
        ch = chr(cp)
        if unicodedata.category(ch).startswith("L"):
            folded = _latin_fold(ch)
            if folded != ch:
                mapping[ch] = folded
    table = {ord(k): v for k, v in mapping.items() if len(v) == 1}
    special_map = {k: v for k, v in mapping.items() if len(v) != 1}
    special = re.compile("[" + "".join(re.escape(k) for k in special_map) + "]")
    changed = re.compile("[" + "".join(re.escape(chr(k)) for k in table if table[k] != chr(k))
                         + "".join(re.escape(k) for k in special_map) + "]")
    replacement = {chr(k): v for k, v in table.items() if v != chr(k)}
    if any(v in replacement or v in special_map for v in replacement.values()):
        raise ValueError("normalization.toml: a replacement is itself replaced (rules must be one step)")
    replaced = re.compile("[" + "".join(re.escape(k) for k in replacement) + "]")
    return _Rules(table=table, special=special, special_map=special_map, changed=changed,
                  replaced=replaced, replacement=replacement)


def _translated(text: str, rules: _Rules) -> str:
    """``text.translate(rules.table)``: one C scan finds which characters change, then one
    ``str.replace`` per distinct character (translate looks every character up in a dict)."""
    for ch in set(rules.replaced.findall(text)):
        text = text.replace(ch, rules.replacement[ch])
    return text


_IDENTITY_BLOCK = 1 << 12


@cache
def _identity_block(size: int) -> array[int]:
    """``array("q", range(size))`` for a power-of-two ``size``, built once (read-only: only sliced)."""
    return array("q", range(size))


def _identity(n: int) -> array[int]:
    """A fresh ``array("q", range(n))``, copied from a prebuilt block (no per-element loop)."""
    size = _IDENTITY_BLOCK
    while size < n:
        size <<= 1
    return _identity_block(size)[:n]


def is_normalized(text: str) -> bool:
    """Whether ``normalize(text).text == text`` (no character of ``text`` would change): one C scan."""
    return _rules().changed.search(text) is None


def normalize(text: str) -> NormalizedText:
    """Normalize ``text`` for matching, keeping a map back to the original characters.

    Cost is linear in ``len(text)``: one-to-one rules go through ``str.translate``; only the
    characters that are deleted or expanded are handled one by one.
    """
    rules = _rules()
    n = len(text)
    if rules.changed.search(text) is None:  # already normalized: the identity map
        return NormalizedText(original=text, text=text, offsets=_identity(n + 1))
    # one-to-one replacements keep every offset, so translate first, then delete or expand the
    # special characters (never touched by the replacements) at their original positions
    translated = _translated(text, rules)
    specials = list(rules.special.finditer(text))
    if not specials:
        return NormalizedText(original=text, text=translated, offsets=_identity(n + 1))
    identity = _identity(n + 1)
    pieces: list[str] = []
    offsets = array("q")
    pos = 0
    for m in specials:
        i = m.start()
        if i > pos:
            pieces.append(translated[pos:i])
            offsets.extend(identity[pos:i])
        repl = rules.special_map[m.group()]
        pieces.append(repl)
        offsets.extend(identity[i : i + 1] * len(repl))
        pos = i + 1
    if pos < n:
        pieces.append(translated[pos:])
    offsets.extend(identity[pos:])
    return NormalizedText(original=text, text="".join(pieces), offsets=offsets)


def normalize_str(text: str) -> str:
    """The normalized string alone, for lexicon entries and lookups (no offsets needed)."""
    if len(text) <= _REMEMBERED_LENGTH:
        return _normalize_short(text)
    return _normalize_str(text)


# Short strings are remembered: callers look the same names and phrases up again and again
# (coreference normalizes every place name and trigger quote of each report pair it compares, about
# ten calls per distinct string). Bounded: at most 4,096 strings of at most 200 characters.
_REMEMBERED_LENGTH = 200


@lru_cache(maxsize=1 << 12)
def _normalize_short(text: str) -> str:
    return _normalize_str(text)


def _normalize_str(text: str) -> str:
    if _rules().changed.search(text) is None:
        return text
    return normalize(text).text
