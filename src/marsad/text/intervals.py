"""Elapsed intervals that tie an earlier incident to a later one, and the earlier one's day.

"The protest came a day after gunmen kidnapped a pharmacist", "shot dead on Monday, a week after a
roadside bomb killed two soldiers", "وتأتي هذه الضربة بعد يومين من قصف مسيّرة ...", "وبعد ساعات من الكمين،
شنت طائرات ...": the words governed by "after"/"بعد" tell an earlier incident, and its day is the later
one's day minus the interval. :func:`find_intervals` finds such phrases in a normalized sentence, with the
reach of what they govern; :func:`earlier_range` computes the earlier day.

A counted interval ("two days", "يومين", "3 أيام", "a week") gives a day (or a week, month or year when the
unit is one); a vague one ("days after", "بعد أيام من", "a few weeks after") gives none: the text names
no day for the earlier incident. Hours, counted or not, keep the later incident's day (24 and more are days).

The vocabulary is data: ``marsad/data/text/intervals.toml`` (forms are normalized when loaded).
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any

from marsad.text.normalize import normalize_str
from marsad.vocab import TimePrecision

_TOKEN = re.compile(r"\d+|\w+|[^\w\s]")
# where the governed words end: punctuation that closes a clause
_CLAUSE_END = re.compile(r"[،,.;؛:!?()\[\]«»\"]")
_HARD_END = re.compile(r"[.;؛!?]|\b(?:while|whereas|meanwhile)\b|(?<!\w)(?:فيما|بينما|في حين)(?!\w)")
_WORD = re.compile(r"\w")
_ORDER = {TimePrecision.DAY: 0, TimePrecision.WEEK: 1, TimePrecision.MONTH: 2, TimePrecision.YEAR: 3}
_SKIP_AT_MOST = 3


@dataclass(frozen=True, slots=True, kw_only=True)
class ElapsedInterval:
    """An interval phrase in a sentence (offsets into the normalized text searched)."""

    start: int  # "a week after", "بعد يومين من": the phrase
    end: int
    scope_end: int  # the earlier incident's words run from ``end`` to here (see _Ends.scope_end)
    days: int | None  # how far back the earlier incident lies; None: vague ("days after")
    precision: TimePrecision  # of a day computed with it (the unit's)


@dataclass(frozen=True, slots=True)
class _Unit:
    days: int
    precision: TimePrecision
    count: int  # the count the form itself carries (Arabic singular 1, dual 2); 0: none
    hours: bool


@dataclass(frozen=True, slots=True)
class _Vocab:
    connectives: frozenset[str]
    skip: frozenset[str]
    objects: frozenset[str]
    counts: dict[str, int]
    vague: frozenset[str]
    units: dict[str, _Unit]


@cache
def _vocab(lang: str) -> _Vocab:
    raw = resources.files("marsad").joinpath("data/text/intervals.toml").read_text("utf-8")
    table: dict[str, Any] = tomllib.loads(raw)[lang]

    def words(key: str) -> frozenset[str]:
        return frozenset(normalize_str(w) for w in table.get(key, []))

    units = {
        normalize_str(form): _Unit(
            days=int(spec[0]),
            precision=TimePrecision(spec[1]),
            count=int(spec[2]) if len(spec) > 2 else 0,
            hours=int(spec[0]) == 0,
        )
        for form, spec in table["units"].items()
    }
    return _Vocab(
        connectives=words("connectives"),
        skip=words("skip"),
        objects=words("objects"),
        counts={normalize_str(w): int(n) for w, n in table.get("counts", {}).items()},
        vague=words("vague"),
        units=units,
    )


def find_intervals(ntext: str, lang: str) -> list[ElapsedInterval]:
    """Interval phrases of a normalized sentence ("ar" or "en"), in order."""
    if lang == "en":
        if "after" not in ntext and "following" not in ntext:
            return []
        return _english(ntext, _vocab("en"))
    if "بعد" not in ntext and "عقب" not in ntext:
        return []
    return _arabic(ntext, _vocab("ar"))


class _Ends:
    """Where governed words end (:meth:`scope_end`), with each pattern's matches found once per sentence
    (a long sentence with many interval phrases stays linear)."""

    def __init__(self, ntext: str) -> None:
        self.ntext = ntext
        self._clause: list[int] | None = None
        self._hard: list[int] | None = None

    def scope_end(self, start: int, at: int) -> int:
        """At the clause's punctuation when the phrase opens the sentence ("Two days after the attack,
        gunmen ..."), else at the sentence's next hard break or contrast marker (the earlier incident's
        outcome stays with it: "..., a week after a bomber blew himself up at a wedding, killing three")."""
        if not _WORD.search(self.ntext, 0, start):
            if self._clause is None:
                self._clause = [m.start() for m in _CLAUSE_END.finditer(self.ntext)]
            ends = self._clause
        else:
            if self._hard is None:
                self._hard = [m.start() for m in _HARD_END.finditer(self.ntext)]
            ends = self._hard
        i = bisect_left(ends, at)
        return ends[i] if i < len(ends) else len(self.ntext)


def _interval(unit: _Unit, count: int | None) -> tuple[int | None, TimePrecision]:
    if unit.hours:  # "hours after", "بعد ساعات من": the same day, whatever the count (a day from 24)
        return (count or 0) // 24, TimePrecision.DAY
    if count is None:
        return None, unit.precision
    return unit.days * count, unit.precision


def _english(ntext: str, vocab: _Vocab) -> list[ElapsedInterval]:
    tokens = list(_TOKEN.finditer(ntext))
    words = [t.group().lower() for t in tokens]
    ends = _Ends(ntext)
    out: list[ElapsedInterval] = []
    for i, tok in enumerate(tokens):
        if words[i] not in vocab.connectives or i == 0:
            continue
        unit = vocab.units.get(words[i - 1])
        if unit is None:
            continue
        plural = words[i - 1].endswith("s")
        count: int | None = None
        vague = False
        start = tokens[i - 1].start()
        j, skipped = i - 2, 0
        while j >= 0 and skipped <= _SKIP_AT_MOST:
            word = words[j]
            if word.isdigit():
                count = int(word)
                start = tokens[j].start()
                break
            if word in vocab.vague:
                vague = True
                start = tokens[j].start()
                break
            if word in vocab.counts and (plural or vocab.counts[word] == 1):
                count = vocab.counts[word]
                start = tokens[j].start()
                break
            if word not in vocab.skip:
                break
            j, skipped = j - 1, skipped + 1
        if count is None and not vague and not plural:
            continue  # "day after day", "hour after hour": no interval
        days, precision = _interval(unit, None if vague else count)
        out.append(ElapsedInterval(
            start=start, end=tok.end(), scope_end=ends.scope_end(start, tok.end()), days=days,
            precision=precision,
        ))
    return out


def _arabic(ntext: str, vocab: _Vocab) -> list[ElapsedInterval]:
    tokens = list(_TOKEN.finditer(ntext))
    ends = _Ends(ntext)
    out: list[ElapsedInterval] = []
    for i, tok in enumerate(tokens):
        word = tok.group()
        if word not in vocab.connectives and not (word[:1] in "وف" and word[1:] in vocab.connectives):
            continue
        count: int | None = None
        vague = False
        j = i + 1
        while j < len(tokens) and j - i - 1 <= _SKIP_AT_MOST:
            w = tokens[j].group()
            if w.isdigit():
                count = int(w)
            elif w in vocab.counts:
                count = vocab.counts[w]
            elif w in vocab.vague:  # "بعد بضعة أيام من", "بعد عدة أسابيع على"
                vague = True
            elif w in vocab.units or w not in vocab.skip:
                break
            j += 1
        if j + 1 >= len(tokens):
            continue
        unit = vocab.units.get(tokens[j].group())
        if unit is None or tokens[j + 1].group() not in vocab.objects:
            continue
        if count is None and unit.count and not vague:
            count = unit.count
        if not unit.count and count is None:
            vague = True
        days, precision = _interval(unit, None if vague else count)
        end = tokens[j + 1].end()
        out.append(ElapsedInterval(
            start=tok.start(), end=end, scope_end=ends.scope_end(tok.start(), end), days=days,
            precision=precision,
        ))
    return out


def earlier_range(
    later_start: date, later_end: date, later_precision: TimePrecision, interval: ElapsedInterval
) -> tuple[date, date, TimePrecision] | None:
    """The earlier incident's days (inclusive range) and precision, from the later incident's; None when
    the interval is vague."""
    if interval.days is None:
        return None
    back = timedelta(days=interval.days)
    precision = max(later_precision, interval.precision, key=lambda p: _ORDER.get(p, 4))
    start, end = later_start - back, later_end - back
    if precision is TimePrecision.WEEK and interval.precision is TimePrecision.WEEK:
        start, end = start - timedelta(days=3), end + timedelta(days=3)  # "a week after": about a week
    elif precision is TimePrecision.MONTH and interval.precision is TimePrecision.MONTH:
        start, end = start - timedelta(days=15), end + timedelta(days=15)
    elif precision is TimePrecision.YEAR:
        start, end = date(start.year, 1, 1), date(end.year, 12, 31)
    return start, end, precision
