"""Clitic-aware multi-pattern lexicon matching (Aho-Corasick), linear in text length.

Patterns and text are both normalized (see :mod:`marsad.text.normalize`). A hit of a pattern inside
a longer word is accepted only when the letters around it are clitics:

- Arabic prefixes: conjunctions و ف, prepositions ب ك ل, future س, the article ال, and their
  combinations (وبال, فلل, ...);
- Arabic suffixes (entries with ``inflect=True``): sound plural and dual endings (ون ين ان ات تين),
  nisba/feminine endings, and attached pronouns (ه ها هم هما هن ك كم ي نا);
- English suffixes (``inflect=True``): s, es, ed, d, ing.

Entries with ``inflect=False`` (names) accept prefixes but no suffix.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Generic, NamedTuple, Protocol, TypeVar

import ahocorasick

from marsad.text.normalize import NormalizedText, is_normalized, normalize, normalize_str

T = TypeVar("T")

_AR_PREFIX = re.compile(r"(?:[وف]?(?:لل|[بك]?ال|[بكلس])?|[وف]?[بكل]?)")
_AR_SUFFIX_INFLECT = re.compile(
    r"(?:تين|تان|ات|ون|ين|ان|ه|ا|تي|ته|تها|تهم)?(?:ه|ها|هم|هما|هن|ك|كم|ي|نا)?"
)
_EN_SUFFIX_INFLECT = re.compile(r"(?:s|es|ed|d|ing|ings|'s)?")
_MAX_PREFIX = 4
_MAX_SUFFIX = 6


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff"


def _is_word(ch: str) -> bool:
    return ch.isalnum()


class Match(NamedTuple, Generic[T]):
    """One accepted hit. ``start``/``end`` cover the whole word(s) including clitics (normalized
    offsets); ``stem_start``/``stem_end`` cover the lexicon pattern itself. Immutable; a named tuple
    (not a frozen dataclass) because documents make hundreds of them and a tuple is built 4x faster."""

    start: int
    end: int
    stem_start: int
    stem_end: int
    payload: T
    pattern: str

    @property
    def prefix_length(self) -> int:
        return self.stem_start - self.start


# what an automaton hit carries: (pattern, its length, (payload, inflect) of each entry, merged
# spelling?, Arabic first letter?, Arabic last letter?)
_HitInfo = tuple[str, int, tuple[tuple[T, bool], ...], bool, bool, bool]


@dataclass(frozen=True, slots=True)
class _Entry:
    # not Generic: mypyc cannot compile a generic dataclass (the payload is a LexiconMatcher's T)
    pattern: str
    payload: Any
    inflect: bool


class LexiconMatcher(Generic[T]):
    """Find lexicon entries in text, seeing through clitics. Build once, reuse for every document."""

    def __init__(self, entries: Iterable[tuple[str, T, bool]]) -> None:
        """``entries``: (surface pattern, payload, inflect). Patterns are normalized here."""
        self._entries: list[list[_Entry]] = []
        index: dict[str, int] = {}
        for surface, payload, inflect in entries:
            pattern = " ".join(normalize_str(surface).split())
            if not pattern:
                continue
            if pattern not in index:
                index[pattern] = len(self._entries)
                self._entries.append([])
            self._entries[index[pattern]].append(_Entry(pattern, payload, inflect))
        self._automaton = ahocorasick.Automaton()
        # each automaton value carries what a hit needs: (pattern, its length, (payload, inflect) of
        # each entry, merged spelling?, Arabic first letter?, Arabic last letter?)
        words: list[tuple[str, _HitInfo[T]]] = []
        for pattern, idx in index.items():
            words.append((pattern, self._hit_info(pattern, idx, False)))
        for pattern, idx in index.items():
            # "ل" + "الرقة" is written "للرقة" (the article's alef drops after lam): index that spelling
            # too; the hit then already holds the preposition, so only و/ف may precede it.
            merged = "لل" + pattern[2:]
            if pattern.startswith("ال") and len(pattern) > 3 and merged not in index:
                words.append((merged, self._hit_info(pattern, idx, True)))
        for word, info in words:
            self._automaton.add_word(word, info)
        self._words = tuple(words)  # what the automaton holds, for a MatcherSet's shared automaton
        self._empty = not index
        if not self._empty:
            self._automaton.make_automaton()
        # per thread (a matcher may be shared by a threaded worker), the last whole text scanned by
        # find_in (``find``) and by find_all_in (``all``): (text, its hits in that order, their starts)
        self._scans = threading.local()

    # what a pickle carries: every attribute but the per-thread cache (named, not read from __dict__,
    # which a mypyc-compiled instance does not have)
    _STATE = ("_entries", "_automaton", "_words", "_empty")

    def __getstate__(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in self._STATE}

    def __setstate__(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            setattr(self, name, value)
        self._scans = threading.local()

    def _hit_info(self, pattern: str, idx: int, merged: bool) -> _HitInfo[T]:
        group = tuple((e.payload, e.inflect) for e in self._entries[idx])
        return pattern, len(pattern), group, merged, _is_arabic(pattern[0]), _is_arabic(pattern[-1])

    def __len__(self) -> int:
        return len(self._entries)

    def find_all(self, text: NormalizedText | str) -> list[Match[T]]:
        """Every accepted hit, overlapping ones included, ordered by position."""
        out = self._hits(text)
        out.sort(key=lambda m: (m.start, -(m.end - m.start)))
        return out

    def find(self, text: NormalizedText | str) -> list[Match[T]]:
        """Non-overlapping hits, preferring the longest at each position (left to right)."""
        chosen: list[Match[T]] = []
        taken_until = -1
        # one stable sort: the same order as sorting find_all's (start, -length) order by stem length
        candidates = self._hits(text)
        if len(candidates) > 1:
            candidates.sort(key=lambda m: (m.start, m.stem_start - m.stem_end, m.start - m.end))
        for m in candidates:
            if m.start >= taken_until:
                chosen.append(m)
                taken_until = m.end
            elif (
                chosen
                and (m.start, m.end) == (chosen[-1].start, chosen[-1].end)
                and m.payload != chosen[-1].payload
            ):
                # same words, another sense of the same pattern (two entries): keep both
                chosen.append(m)
        return chosen

    def find_in(self, text: str, start: int, end: int, *, relative: bool = True) -> list[Match[T]]:
        """``find(text[start:end])`` (offsets relative to ``start``; with ``relative=False``, offsets in
        ``text``) for normalized ``text``, read from one pass over the whole ``text``, kept for the next
        call: a document is scanned once, not once per sentence. Same result as ``find`` on the slice."""
        scan: tuple[str, list[Match[T]], list[int]] | None = getattr(self._scans, "find", None)
        if (
            scan is None
            or scan[0] is not text
            or (start > 0 and text[start - 1].isalnum())
            or (end < len(text) and text[end].isalnum())
        ):  # the usual case (this text scanned, a slice on word edges) is decided inline
            scan = self._scanned(text, start, end, all_hits=False)
            if scan is None:
                found = self.find(text[start:end])
                return found if relative else _shifted(found, -start)
        hits, starts = scan[1], scan[2]
        first = bisect_left(starts, start)
        if first == len(starts) or starts[first] >= end:
            return []  # no hit in the slice (most calls)
        chosen: list[Match[T]] = []
        taken_until = -1
        last: Match[T] | None = None
        for i in range(first, len(starts)):
            m = hits[i]
            if m.start >= end:
                break
            if m.end > end:
                continue
            if m.start >= taken_until:
                chosen.append(m)
                taken_until = m.end
                last = m
            elif (
                last is not None and m.start == last.start and m.end == last.end and m.payload != last.payload
            ):
                chosen.append(m)
                last = m
        return _shifted(chosen, start) if relative else chosen

    def find_all_in(self, text: str, start: int, end: int) -> list[Match[T]]:
        """``find_all(text[start:end])`` (offsets relative to ``start``), as :meth:`find_in` reads it."""
        scan: tuple[str, list[Match[T]], list[int]] | None = getattr(self._scans, "all", None)
        if (
            scan is None
            or scan[0] is not text
            or (start > 0 and text[start - 1].isalnum())
            or (end < len(text) and text[end].isalnum())
        ):
            scan = self._scanned(text, start, end, all_hits=True)
            if scan is None:
                return self.find_all(text[start:end])
        hits, starts = scan[1], scan[2]
        first = bisect_left(starts, start)
        if first == len(starts) or starts[first] >= end:
            return []
        out: list[Match[T]] = []
        for i in range(first, len(starts)):
            m = hits[i]
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return _shifted(out, start)

    def _scanned(
        self, text: str, start: int, end: int, *, all_hits: bool
    ) -> tuple[str, list[Match[T]], list[int]] | None:
        """The whole-text hits in find_all (or find) order, or None when the slice cuts a word (its
        edges then change the reading)."""
        if (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
            return None
        scans = self._scans
        key = "all" if all_hits else "find"
        scan: tuple[str, list[Match[T]], list[int]] | None = getattr(scans, key, None)
        if scan is None or scan[0] is not text:
            raw: tuple[str, list[tuple[int, _HitInfo[T]]]] | None = getattr(scans, "raw", None)
            if raw is not None and raw[0] is text:  # primed by a MatcherSet's shared pass
                hits = self._accepted(text, raw[1]) if raw[1] else []
            else:
                hits = self._hits(text, normalized=True)
            if all_hits:
                hits.sort(key=lambda m: (m.start, m.start - m.end))
            else:
                # the order find sorts its candidates in (one stable sort of the automaton order)
                hits.sort(key=lambda m: (m.start, m.stem_start - m.stem_end, m.start - m.end))
            scan = (text, hits, [m.start for m in hits])
            setattr(scans, key, scan)
        return scan

    def _hits(self, text: NormalizedText | str, normalized: bool = False) -> list[Match[T]]:
        """Accepted hits in automaton order (unsorted)."""
        if isinstance(text, NormalizedText):
            norm = text.text
        elif normalized:
            norm = text
        else:
            norm = text if is_normalized(text) else normalize(text).text
        if self._empty or not norm:
            return []
        return self._accepted(norm, self._automaton.iter(norm))

    def _prime(self, text: str, raw: list[tuple[int, _HitInfo[T]]]) -> None:
        """Take ``text``'s automaton hits (found by a :class:`MatcherSet`) for the next scan of it."""
        self._scans.raw = (text, raw)

    def _accepted(self, norm: str, raw: Iterable[tuple[int, _HitInfo[T]]]) -> list[Match[T]]:
        """The automaton hits ``raw`` (in automaton order) that clitic rules accept."""
        out: list[Match[T]] = []
        append = out.append
        new = tuple.__new__  # Match(...) without the named tuple's Python-level __new__
        n = len(norm)
        for last, (pattern, size, group, merged, arabic_first, arabic_last) in raw:
            stem_end = last + 1
            stem_start = stem_end - size
            if stem_start == 0 or not norm[stem_start - 1].isalnum():
                start = stem_start  # fast path: the hit starts a word
            else:
                # the answer depends only on the 6 characters before the stem (see _prefix_length)
                k = _prefix_length(norm[max(0, stem_start - _MAX_PREFIX - 2) : stem_start], arabic_first)
                if k is None:
                    continue
                start = stem_start - k
            if merged and start != stem_start and norm[start:stem_start] not in ("و", "ف"):
                continue
            if stem_end == n or not norm[stem_end].isalnum():
                for payload, _ in group:
                    append(new(Match, (start, stem_end, stem_start, stem_end, payload, pattern)))
                continue
            # the answer depends only on the 8 characters after the stem (see _suffix_length)
            right = norm[stem_end : stem_end + _MAX_SUFFIX + 2]
            for payload, inflect in group:
                k = _suffix_length(right, inflect, arabic_last)
                if k is not None:
                    append(new(Match, (start, stem_end + k, stem_start, stem_end, payload, pattern)))
        return out



class SharedScan(Protocol):
    """What a :class:`MatcherSet` can scan for: an automaton's words with what each hit carries, and a
    way to take a document's hits (:class:`LexiconMatcher`, :class:`marsad.text.tokens.WordFinder`)."""

    @property
    def _words(self) -> tuple[tuple[str, Any], ...]: ...

    @property
    def _empty(self) -> bool: ...

    def _prime(self, text: str, raw: list[tuple[int, Any]]) -> None: ...


class MatcherSet:
    """Several matchers read in one automaton pass over a document (instead of one pass each).

    ``scan(text)`` hands every matcher its hits in ``text``; their next ``find_in``/``find_all_in``
    (a word finder's next ``starts``) on that same string (the same object) reads them instead of
    scanning again. Results are the same as without the set. Build once, next to the matchers; call
    ``scan`` once per document.
    """

    def __init__(self, matchers: Iterable[SharedScan]) -> None:
        self._matchers = tuple(m for m in dict.fromkeys(matchers) if not m._empty)
        patterns: dict[str, list[tuple[int, Any]]] = {}
        for i, m in enumerate(self._matchers):
            for word, info in m._words:
                patterns.setdefault(word, []).append((i, info))
        self._automaton = ahocorasick.Automaton()
        for word, owners in patterns.items():
            self._automaton.add_word(word, tuple(owners))
        if patterns:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self._matchers)

    def scan(self, text: str) -> None:
        """Find every matcher's hits in normalized ``text``, for their next reading of it."""
        raw: list[list[tuple[int, Any]]] = [[] for _ in self._matchers]
        if self._matchers and text:
            for last, owners in self._automaton.iter(text):
                for i, info in owners:
                    raw[i].append((last, info))
        for m, hits in zip(self._matchers, raw, strict=True):
            m._prime(text, hits)


def _shifted(matches: list[Match[T]], by: int) -> list[Match[T]]:
    if not by:
        return matches
    new = tuple.__new__  # Match(...) without the named tuple's Python-level __new__
    return [new(Match, (s - by, e - by, ss - by, se - by, p, pat)) for s, e, ss, se, p, pat in matches]


@lru_cache(maxsize=1 << 16)
def _prefix_length(left: str, arabic: bool) -> int | None:
    """Length of the clitic prefix glued before a stem, given the text ``left`` of it (at most 6
    characters: a longer word run is never a prefix), or None when the hit is inside a word."""
    stem_start = i = len(left)
    while i > 0 and _is_word(left[i - 1]) and stem_start - i <= _MAX_PREFIX:
        i -= 1
    if i == stem_start:
        return 0
    if i > 0 and _is_word(left[i - 1]):
        return None
    prefix = left[i:stem_start]
    if not (arabic and all(_is_arabic(c) for c in prefix)):
        return None
    if _AR_PREFIX.fullmatch(prefix):
        return stem_start - i
    return None


@lru_cache(maxsize=1 << 16)
def _suffix_length(right: str, inflect: bool, arabic: bool) -> int | None:
    """Length of the inflection glued after a stem, given the text ``right`` of it (at most 8
    characters), or None when the hit is inside a longer word."""
    j = 0
    n = len(right)
    while j < n and _is_word(right[j]) and j <= _MAX_SUFFIX:
        j += 1
    if j == 0:
        return 0
    if j < n and _is_word(right[j]):
        return None
    if not inflect:
        return None
    suffix = right[:j]
    if arabic:
        return j if _AR_SUFFIX_INFLECT.fullmatch(suffix) else None
    return j if _EN_SUFFIX_INFLECT.fullmatch(suffix) else None


def alternation(words: Iterable[str]) -> str:
    """Regular-expression source matching any of the literal ``words``, the longest first (so a
    phrase wins over its own first word), duplicates dropped; one that never matches when there are
    none. For small fixed word lists inside a larger pattern; :class:`LexiconMatcher` is the tool for
    lexicons matched through clitics."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in unique) or "(?!)"
