"""Rolling windows: "over the past week", "in the past 30 days", "during the last two months", "in
recent weeks", "خلال الأيام العشرة الماضية", "خلال الشهرين الماضيين", "في الأسابيع الأخيرة".

A window counts back from the publication date: N units end on the publication day and start N units
(a unit: 1, 7, 30 or 365 days) before it. It is no calendar period, so a statistic over it has no month
or year label (``rolling``). "So far this year" / "so far this month" are the calendar year or month
from its first day to publication (``rolling`` False).

The date reader (:mod:`marsad.text.dates`) does not read these (it reads "last week", "الأسبوع الماضي",
"this year"); a caller that wants both prefers a window over a date it overlaps ("the last week" holds
"last week"). Windows need the publication date: without one there are none. The vocabulary is data:
``marsad/data/text/windows.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from marsad.text.match import alternation
from marsad.text.normalize import normalize_str
from marsad.text.numbers import parse_number
from marsad.text.tokens import load_table
from marsad.vocab import TimePrecision

__all__ = ["WindowMention", "find_windows"]

_PRECISION = {
    "hour": TimePrecision.DAY, "day": TimePrecision.DAY, "week": TimePrecision.WEEK,
    "month": TimePrecision.MONTH, "year": TimePrecision.YEAR,
}
_SINGULAR_AR = frozenset({"يوم", "شهر", "عام", "سنه", "اسبوع", "ساعه"})
_LAST_AR = frozenset({"الاخير", "الاخيره"})  # normalized "الأخير", "الأخيرة"
_MAX_DAYS = 3 * 366  # "the past 40 years" is history, not a window a statistic covers


@dataclass(frozen=True, slots=True, kw_only=True)
class WindowMention:
    """A window at ``[start, end)`` of the (normalized) text; ``start_date``..``end_date`` inclusive.

    ``precision``: the window's unit (the past 30 *days*: DAY); ``rolling``: counted back from the
    publication day (False for "so far this year": the calendar year to date).
    """

    start: int
    end: int
    start_date: date
    end_date: date
    precision: TimePrecision
    rolling: bool = True


@dataclass(frozen=True, slots=True)
class _Vocab:
    units: dict[str, tuple[str, int]]
    duals: dict[str, str]
    recent: dict[str, int]
    few: frozenset[str]
    en: re.Pattern[str]
    en_recent: re.Pattern[str]
    so_far: re.Pattern[str]
    ar_plural: re.Pattern[str]
    ar_dual: re.Pattern[str]
    ar_count: re.Pattern[str]


@cache
def _vocab() -> _Vocab:
    raw = load_table("windows.toml")
    units = {normalize_str(k): (str(v[0]), int(v[1])) for k, v in raw["units"].items()}
    duals = {normalize_str(k): normalize_str(v) for k, v in raw["duals"].items()}
    words = {k: [normalize_str(w) for w in v] for k, v in raw["words"].items()}
    en_units = alternation([u for u in units if u.isascii()])
    ar_units = alternation([u for u in units if not u.isascii()])
    past_ar = alternation(words["past_ar"])
    b, e = r"(?<![\w-])", r"(?![\w-])"
    return _Vocab(
        units=units,
        duals=duals,
        recent={str(k): int(v) for k, v in raw["recent"].items()},
        few=frozenset(words["few"]),
        # "the past week", "the last two months", "past 30 days" (a count, or "the", is needed:
        # "last week" alone is the date reader's)
        en=re.compile(
            rf"{b}(?:(the) )?(?:{alternation(words['past_en'])}) (?:([\w-]+) )?({en_units}){e}"
        ),
        en_recent=re.compile(rf"{b}(?:{alternation(words['recent_en'])}) ({en_units}){e}"),
        so_far=re.compile(rf"{b}(?:{alternation(words['so_far_en'])}) (year|month){e}"),
        # "الأيام العشرة الماضية", "الأسابيع الأخيرة", "الأشهر الستة الماضية"
        ar_plural=re.compile(rf"(?<!\w)[وفبل]?(?:ال|لل)({ar_units})(?: (\S+))? ({past_ar}){e}"),
        # "الشهرين الماضيين", "اليومين الأخيرين"
        ar_dual=re.compile(rf"(?<!\w)[وفبل]?(?:ال|لل)({alternation(list(duals))}) ({past_ar}){e}"),
        # "الـ30 يوما الماضية", "العشرة أيام الأخيرة"
        ar_count=re.compile(rf"(?<!\w)(\S+) ({ar_units}) ({past_ar}){e}"),
    )


def find_windows(text: str, *, published: date | None, language: str = "ar") -> list[WindowMention]:
    """Every window in ``text`` (already normalized: :func:`marsad.text.normalize.normalize`), in
    order, non-overlapping; none without ``published``. ``language``: "ar", "en" or anything else
    for both."""
    if published is None:
        return []
    v = _vocab()
    found: list[WindowMention] = []

    def add(start: int, end: int, unit: str, n: int) -> None:
        kind, days = v.units[unit]
        span = -(-n // 24) if kind == "hour" else n * days  # hours: whole days, rounded up
        if not 1 <= span <= _MAX_DAYS:
            return
        found.append(WindowMention(start=start, end=end, start_date=published - timedelta(days=span),
                                   end_date=published, precision=_PRECISION[kind]))

    if language != "ar":
        for m in v.en.finditer(text):
            the, word, unit = m.group(1), m.group(2), m.group(3)
            if text.startswith(" of ", m.end()):
                continue  # "the last week of April": part of a calendar period, no window
            plural = unit.endswith("s")
            if word is None:
                if the and not plural:  # "the past week"
                    add(m.start(), m.end(), unit, 1)
                continue
            n = parse_number(word)
            if word in v.few:
                add(m.start(), m.end(), unit, v.recent[v.units[unit][0]])
            elif n is not None and plural == (n > 1) and n < 1000:
                add(m.start(), m.end(), unit, n)
        for m in v.en_recent.finditer(text):
            unit = m.group(1)
            if unit.endswith("s"):
                add(m.start(), m.end(), unit, v.recent[v.units[unit][0]])
        for m in v.so_far.finditer(text):
            first = date(published.year, 1, 1) if m.group(1) == "year" else published.replace(day=1)
            precision = TimePrecision.YEAR if m.group(1) == "year" else TimePrecision.MONTH
            found.append(WindowMention(start=m.start(), end=m.end(), start_date=first, end_date=published,
                                       precision=precision, rolling=False))
    if language != "en":
        for m in v.ar_plural.finditer(text):
            unit, word = m.group(1), m.group(2)
            if unit in _SINGULAR_AR:
                # "خلال الأسبوع الأخير" is the past week; "الشهر الماضي" is the calendar month (the date
                # reader's)
                # (not "the last day" nor "الشهر الأخير من العام": the last month of the year)
                if word is None and m.group(3) in _LAST_AR and unit != "يوم" and \
                        not text.startswith(" من", m.end()):
                    add(m.start(), m.end(), unit, 1)
                continue
            if word is None or word in v.few:  # "الأسابيع الأخيرة", "الأيام القليلة الماضية"
                add(m.start(), m.end(), unit, v.recent[v.units[unit][0]])
                continue
            n = parse_number(word)
            if n is not None and n > 2:
                add(m.start(), m.end(), unit, n)
        for m in v.ar_dual.finditer(text):
            add(m.start(), m.end(), v.duals[m.group(1)], 2)
        for m in v.ar_count.finditer(text):
            word = m.group(1)
            n = parse_number(word[2:] if word.startswith("ال") and word[2:].isdigit() else word)  # "الـ30"
            # 3-10 count a plural ("عشرة أيام"), 11 and more a singular ("30 يوما")
            if n is not None and n > 2 and (n > 10 or m.group(2) not in _SINGULAR_AR):
                add(m.start(), m.end(), m.group(2), n)
    out: list[WindowMention] = []
    for w in sorted(found, key=lambda w: (w.start, w.start - w.end)):
        if out and w.start < out[-1].end:
            continue
        out.append(w)
    return out
