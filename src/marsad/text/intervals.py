"""Elapsed intervals that tie one incident to another, and the day they give it.

Four kinds (``ElapsedInterval.kind``):

- ``earlier``: "The protest came a day after gunmen kidnapped a pharmacist", "shot dead on Monday, a
  week after a roadside bomb killed two soldiers", "وتأتي هذه الضربة بعد يومين من قصف ...", "وبعد ساعات من
  الكمين، شنت طائرات ...": the words governed by "after"/"بعد ... من" tell an earlier incident, whose day is
  the other's minus the interval;
- ``later``: "attacked a checkpoint on Monday, two days before a roadside bomb killed ...", "قبل يومين
  من ...": the governed words tell a later incident, whose day is the other's plus the interval;
- ``sequel``: "Two days later, a roadside bomb ...", "The next day, ...", "وبعد يومين، ...", "وفي اليوم
  التالي، ...", "was arrested hours later": the clause itself tells an incident later than the one told
  before it, by the interval;
- ``prior``: "the body of a man who had been abducted a week earlier", "had been kidnapped two days
  before.", "جثة رجل اختطف قبل أسبوع": a sequel going back, the words before the phrase (from a relative
  word, a clause mark or, in Arabic, a few words back) tell an incident earlier than the one they are
  told with, by the interval; fronted ("A week earlier, gunmen had ..."), the clause after it.

:func:`find_intervals` finds the phrases of a normalized sentence with the words each governs;
:func:`shifted_range` computes the day. A counted interval ("two days", "يومين", "3 أيام", "a week")
gives a day (or a week, month or year when the unit is one); a vague one ("days after", "بعد أيام من", "a
few weeks after") gives none: the text names no day. Hours, counted or not, keep the day (24 and more
are days).

The vocabulary is data: ``marsad/data/text/intervals.toml`` (forms are normalized when loaded).
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any, Literal

from marsad.text.normalize import normalize_str
from marsad.vocab import TimePrecision

_TOKEN = re.compile(r"\d+|\w+|[^\w\s]")
# where the governed words end: punctuation that closes a clause
_CLAUSE_END = re.compile(r"[،,.;؛:!?()\[\]«»\"]")
_HARD_END = re.compile(r"[.;؛!?]|\b(?:while|whereas|meanwhile)\b|(?<!\w)(?:فيما|بينما|في حين)(?!\w)")
_WORD = re.compile(r"\w")
_COMMA = re.compile(r"\s*[،,]")
_WORD_TOKEN = re.compile(r"\w+")
_ORDER = {TimePrecision.DAY: 0, TimePrecision.WEEK: 1, TimePrecision.MONTH: 2, TimePrecision.YEAR: 3}
_SKIP_AT_MOST = 3


IntervalKind = Literal["earlier", "later", "sequel", "prior"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ElapsedInterval:
    """An interval phrase in a sentence (offsets into the normalized text searched)."""

    start: int  # "a week after", "بعد يومين من", "two days later": the phrase
    end: int
    # the words it governs: the other incident's (earlier, later: from the phrase's end), the clause
    # that holds the phrase (sequel), or the words before it in its clause (prior)
    scope_start: int
    scope_end: int
    days: int | None  # how far apart the incidents are; None: vague ("days after")
    precision: TimePrecision  # of a day computed with it (the unit's)
    kind: IntervalKind = "earlier"


@dataclass(frozen=True, slots=True)
class _Unit:
    days: int
    precision: TimePrecision
    count: int  # the count the form itself carries (Arabic singular 1, dual 2); 0: none
    hours: bool


@dataclass(frozen=True, slots=True)
class _Vocab:
    connectives: frozenset[str]
    before: frozenset[str]
    sequel: frozenset[str]
    prior: frozenset[str]
    prior_from: frozenset[str]  # words that open a prior clause ("who", "الذي")
    prior_reach: int  # words back a prior clause reaches without such a word (0: to the clause start)
    next_phrases: re.Pattern[str] | None  # "the next day", "اليوم التالي"
    next_days: dict[str, int]
    # a sentence with none of these substrings holds no interval phrase (the test before any parsing)
    cues: tuple[str, ...]
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
    next_days = {normalize_str(p).lower(): int(n) for p, n in table.get("next", {}).items()}
    phrases = "|".join(re.escape(p) for p in sorted(next_days, key=len, reverse=True))
    kinds = {key: words(key) for key in ("connectives", "before", "sequel", "prior")}
    cues = set().union(*kinds.values()) | set(next_days)
    return _Vocab(
        connectives=kinds["connectives"],
        before=kinds["before"],
        sequel=kinds["sequel"],
        prior=kinds["prior"],
        prior_from=words("prior_from"),
        prior_reach=int(table.get("prior_reach", 0)),
        next_phrases=re.compile(rf"(?<!\w)(?:{phrases})(?!\w)", re.IGNORECASE) if phrases else None,
        next_days=next_days,
        cues=tuple(sorted(cues)),
        skip=words("skip"),
        objects=words("objects"),
        counts={normalize_str(w): int(n) for w, n in table.get("counts", {}).items()},
        vague=words("vague"),
        units=units,
    )


def find_intervals(ntext: str, lang: str) -> list[ElapsedInterval]:
    """Interval phrases of a normalized sentence ("ar" or "en"), in order."""
    vocab = _vocab("en" if lang == "en" else "ar")
    seen = ntext.lower() if lang == "en" else ntext
    if not any(w in seen for w in vocab.cues):
        return []
    ends = _Ends(ntext, vocab)
    found = _english(ntext, vocab, ends) if lang == "en" else _arabic(ntext, vocab, ends)
    found += _next_day(ntext, vocab, ends)
    return sorted(found, key=lambda iv: iv.start)


class _Ends:
    """Where governed words end (:meth:`scope_end`), with each pattern's matches found once per sentence
    (a long sentence with many interval phrases stays linear)."""

    def __init__(self, ntext: str, vocab: _Vocab) -> None:
        self.ntext = ntext
        self.vocab = vocab
        self._clause: list[int] | None = None
        self._hard: list[int] | None = None

    def _clause_ends(self) -> list[int]:
        if self._clause is None:
            self._clause = [m.start() for m in _CLAUSE_END.finditer(self.ntext)]
        return self._clause

    def _hard_ends(self) -> list[int]:
        if self._hard is None:
            self._hard = [m.start() for m in _HARD_END.finditer(self.ntext)]
        return self._hard

    def _next_hard(self, at: int) -> int:
        ends = self._hard_ends()
        j = bisect_left(ends, at)
        return ends[j] if j < len(ends) else len(self.ntext)

    def _clause_start(self, at: int) -> int:
        ends = self._clause_ends()
        i = bisect_left(ends, at)
        return ends[i - 1] + 1 if i > 0 else 0

    def scope_end(self, start: int, at: int) -> int:
        """At the clause's punctuation when the phrase opens the sentence ("Two days after the attack,
        gunmen ..."), else at the sentence's next hard break or contrast marker (the earlier incident's
        outcome stays with it: "..., a week after a bomber blew himself up at a wedding, killing three")."""
        if _WORD.search(self.ntext, 0, start):
            return self._next_hard(at)
        ends = self._clause_ends()
        i = bisect_left(ends, at)
        return ends[i] if i < len(ends) else len(self.ntext)

    def sequel_scope(self, start: int, end: int) -> tuple[int, int]:
        """The clause a sequel phrase belongs to: from the clause punctuation before it (the sentence
        start when none) to the sentence's next hard break ("Two days later, a roadside bomb ...", "fled
        but was arrested hours later at a checkpoint")."""
        return self._clause_start(start), self._next_hard(end)

    def prior_scope(self, start: int, end: int) -> tuple[int, int]:
        """The words a prior phrase governs: the clause after it when it opens its clause ("A week
        earlier, gunmen had ..."), else the words before it from the nearest relative word or clause
        mark ("a man who had been abducted a week earlier"), in Arabic at most ``prior_reach`` words back
        ("جثة رجل اختطف قبل أسبوع")."""
        vocab = self.vocab
        first = self._clause_start(start)
        if not _WORD.search(self.ntext, first, start):  # fronted: the rest of the sentence after it
            comma = _COMMA.match(self.ntext, end)
            return comma.end() if comma else end, self._next_hard(end)
        words = list(_TOKEN.finditer(self.ntext, first, start))
        lowered = [w.group().lower() for w in words]
        opener = next((k for k in range(len(words) - 1, -1, -1) if lowered[k] in vocab.prior_from), None)
        if opener is not None:
            first = words[opener].end()
        elif vocab.prior_reach and len(words) > vocab.prior_reach:
            first = words[-vocab.prior_reach].start()
        return first, start

    def interval(
        self, start: int, end: int, kind: IntervalKind, days: int | None, precision: TimePrecision
    ) -> ElapsedInterval:
        """The phrase [start, end) of the given kind with the words it governs."""
        if kind == "prior":
            scope_start, scope_end = self.prior_scope(start, end)
        elif kind == "sequel":
            scope_start, scope_end = self.sequel_scope(start, end)
        else:
            scope_start, scope_end = end, self.scope_end(start, end)
        return ElapsedInterval(start=start, end=end, scope_start=scope_start, scope_end=scope_end, days=days,
                               precision=precision, kind=kind)


def _interval(unit: _Unit, count: int | None) -> tuple[int | None, TimePrecision]:
    if unit.hours:  # "hours after", "بعد ساعات من": the same day, whatever the count (a day from 24)
        return (count or 0) // 24, TimePrecision.DAY
    if count is None:
        return None, unit.precision
    return unit.days * count, unit.precision


def _english(ntext: str, vocab: _Vocab, ends: _Ends) -> list[ElapsedInterval]:
    tokens = list(_TOKEN.finditer(ntext))
    words = [t.group().lower() for t in tokens]
    out: list[ElapsedInterval] = []
    for i, tok in enumerate(tokens):
        kind = _english_kind(words[i], vocab)
        if kind is None or i == 0:
            continue
        if kind == "later" and (i + 1 == len(tokens) or not _WORD.match(words[i + 1])):
            kind = "prior"  # "had been kidnapped two days before.": nothing governed, the clause went before
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
        out.append(ends.interval(start, tok.end(), kind, days, precision))
    return out


def _english_kind(word: str, vocab: _Vocab) -> IntervalKind | None:
    if word in vocab.connectives:
        return "earlier"
    if word in vocab.before:
        return "later"
    if word in vocab.sequel:
        return "sequel"
    if word in vocab.prior:
        return "prior"
    return None


def _arabic(ntext: str, vocab: _Vocab, ends: _Ends) -> list[ElapsedInterval]:
    tokens = list(_TOKEN.finditer(ntext))
    out: list[ElapsedInterval] = []
    for i, tok in enumerate(tokens):
        word = tok.group()
        bare = word[1:] if word[:1] in "وف" and word not in vocab.connectives | vocab.before else word
        after, before = bare in vocab.connectives, bare in vocab.before
        if not after and not before:
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
        unit = vocab.units.get(tokens[j].group()) if j < len(tokens) else None
        if unit is None:
            continue
        governs = j + 1 < len(tokens) and tokens[j + 1].group() in vocab.objects
        if before and not governs and unit.precision is TimePrecision.DAY:
            continue  # "قبل يومين", "قبل يوم الأربعاء": a day counted from publication (dates.py)
        if count is None and unit.count and not vague:
            count = unit.count
        if not unit.count and count is None:
            vague = True
        days, precision = _interval(unit, None if vague else count)
        # "قبل أسبوع" alone: the words before it went before the incident they are told with (counted
        # from publication when the sentence names no other day)
        kind: IntervalKind = ("earlier" if after else "later") if governs else "sequel" if after else "prior"
        end = tokens[j + 1].end() if governs else tokens[j].end()
        out.append(ends.interval(tok.start(), end, kind, days, precision))
    return out


_PRONOUN_ENDINGS = ("ه", "ها", "هم", "هما")


def without_incident(
    ntext: str, intervals: list[ElapsedInterval], heads: Sequence[int]
) -> list[ElapsedInterval]:
    """Arabic intervals whose "من" governs no incident but a place of the victim's ("اختطفوا الشاب قبل
    ثلاثة أسابيع من منزله", "بعد يومين من بيته"): no event word (``heads``: sentence offsets of the
    sentence's event and weapon words) in the governed words, which open with a noun with a possessive
    pronoun. A "قبل" phrase is then ``prior``, a "بعد" one a ``sequel``; the others are kept."""
    out = []
    ends = _Ends(ntext, _vocab("ar"))
    for iv in intervals:
        if iv.kind not in ("earlier", "later") or any(iv.scope_start <= h < iv.scope_end for h in heads):
            out.append(iv)
            continue
        first = _WORD_TOKEN.search(ntext, iv.end)
        if first is None or not first.group().endswith(_PRONOUN_ENDINGS):
            out.append(iv)
            continue
        kind: IntervalKind = "prior" if iv.kind == "later" else "sequel"
        out.append(ends.interval(iv.start, iv.end, kind, iv.days, iv.precision))
    return out


def _next_day(ntext: str, vocab: _Vocab, ends: _Ends) -> list[ElapsedInterval]:
    """"The next day", "اليوم التالي": a sequel a day (or a week) after the incident told before."""
    if vocab.next_phrases is None:
        return []
    out = []
    for m in vocab.next_phrases.finditer(ntext):
        days = vocab.next_days[m.group().lower()]
        precision = TimePrecision.WEEK if days >= 7 else TimePrecision.DAY
        out.append(ends.interval(m.start(), m.end(), "sequel", days, precision))
    return out


def shifted_range(
    ref_start: date, ref_end: date, ref_precision: TimePrecision, interval: ElapsedInterval
) -> tuple[date, date, TimePrecision] | None:
    """The days (inclusive range) and precision of the incident the interval dates, from the other
    incident's: back for an ``earlier`` or ``prior`` one, forward for a ``later`` one or a ``sequel``; None
    when the interval is vague."""
    if interval.days is None:
        return None
    back = interval.kind in ("earlier", "prior")
    step = timedelta(days=-interval.days if back else interval.days)
    precision = max(ref_precision, interval.precision, key=lambda p: _ORDER.get(p, 4))
    start, end = ref_start + step, ref_end + step
    if precision is TimePrecision.WEEK and interval.precision is TimePrecision.WEEK:
        start, end = start - timedelta(days=3), end + timedelta(days=3)  # "a week after": about a week
    elif precision is TimePrecision.MONTH and interval.precision is TimePrecision.MONTH:
        start, end = start - timedelta(days=15), end + timedelta(days=15)
    elif precision is TimePrecision.YEAR:
        start, end = date(start.year, 1, 1), date(end.year, 12, 31)
    return start, end, precision
