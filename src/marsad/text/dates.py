"""Dates in text: explicit, partial and relative, resolved against the publication date.

``find_dates(norm, published=...)`` finds, in one Aho-Corasick pass, every token that can start a
date (a digit group, a month or weekday name, a relative word, a cue such as ``عام`` or ``منذ``) and
tries a handful of hand-written patterns there, reading only the few tokens they need. Candidates
may overlap; the longest wins. Covered:

- ``12 نيسان 2024``, ``12 نيسان/أبريل 2024``, ``12 من أبريل``, ``April 12, 2024``, ``12 April``,
  ``2024/4/12``, ``12-04-2024`` (day first when ambiguous) -> DAY;
- ``نيسان 2024``, ``في شهر نيسان``, ``أبريل/نيسان الماضي``, ``الشهر الماضي``,
  ``مطلع الشهر الجاري``, ``in April``, ``last month`` -> MONTH;
- ``عام 2019``, ``في 2019``, ``العام الماضي`` -> YEAR;
- ``منذ مطلع العام (الجاري)``, ``since the start of the year`` -> YEAR, Jan 1 to publication;
  ``منذ مطلع/بداية آذار``, ``منذ بداية الشهر``, ``since early March`` -> the month's first day to
  publication, MONTH (the month it starts in; YEAR for January, the start of the year);
- ``الربع الأول من 2024``, ``النصف الثاني من العام``, ``the first quarter of 2024`` -> the three (six)
  months, precision YEAR (there is no quarter precision: the year is the coarsest that holds it);
- ``الأسبوع الماضي`` / ``last week`` -> WEEK (the 7 days ending the day before publication);
  ``هذا الأسبوع`` (Monday..Sunday around publication), ``الأسبوع المقبل`` (the 7 days after);
- weekdays (``يوم الاثنين``, ``الخميس``, ``on Monday``) -> the most recent such day on or before
  publication (strictly before with ``الماضي``/``last``);
- ``أمس``, ``أول أمس``, ``فجر اليوم``, ``الليلة الماضية``, ``منذ يومين``, ``قبل ثلاثة أيام``,
  ``two days ago``, ``yesterday``, ``this morning`` ...

A month with no year resolves to its most recent occurrence not after publication; with
``الماضي``/``المنصرم`` to the most recent one strictly before the publication month (so
"نيسان الماضي" written in April means April a year earlier). Anything relative is skipped when
``published`` is None: it is never guessed. Clitics (و ف ب ل) are seen through and kept in the span.

The vocabulary is data: ``marsad/data/text/dates.toml``. ``dateparser`` is not used.
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import NamedTuple

from marsad.text.date_vocab import MONTH_LEADS, date_vocab
from marsad.text.normalize import NormalizedText
from marsad.text.numbers import number_at, number_words
from marsad.text.tokens import Tokens, WordFinder, spaced, strip_clitics
from marsad.vocab import TimePrecision

__all__ = ["DateMention", "find_dates"]


@dataclass(frozen=True, slots=True, kw_only=True)
class DateMention:
    """A date at ``[start, end)`` of the *normalized* text; ``start_date``..``end_date`` inclusive.

    ``relative`` is True when the publication date was needed to resolve it.
    """

    start: int
    end: int
    start_date: date
    end_date: date
    precision: TimePrecision
    relative: bool


# --- date arithmetic -------------------------------------------------------------------------------


def _month_days(year: int, month: int) -> int:
    if month == 2:
        return 29 if calendar.isleap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, _month_days(year, month))


def _shift_month(d: date, months: int) -> tuple[int, int]:
    k = d.year * 12 + d.month - 1 + months
    return k // 12, k % 12 + 1


def _valid(year: int, month: int, day: int) -> date | None:
    if not 1 <= month <= 12 or not 1 <= day <= _month_days(year, month):
        return None
    return date(year, month, day)


_MIN_YEAR, _MAX_YEAR = 1900, 2100
_WORD_BEFORE = re.compile(r"[^\W\d_]{1,16} {1,3}$")
_MIN = "من"  # "12 من نيسان", "نيسان من عام 2024"

# yyyy/mm/dd or dd/mm/yyyy with one separator repeated; digits are already ASCII after normalize.
_NUMERIC = re.compile(
    r"(?<![\d/.\-])(?:(\d{4})([/.\-])(\d{1,2})\2(\d{1,2})|(\d{1,2})([/.\-])(\d{1,2})\6(\d{4}))(?![\d/\-]|\.\d)"
)


# --- the parser ------------------------------------------------------------------------------------


class _Date(NamedTuple):
    """A resolved candidate; becomes a :class:`DateMention` if it survives selection."""

    start: int
    end: int
    start_date: date
    end_date: date
    precision: TimePrecision
    relative: bool


class _Found(NamedTuple):
    start: int  # token index
    end: int  # token index after
    end_char: int
    mention: _Date


class _Parser:
    def __init__(self, text: str, published: date | None, language: str) -> None:
        self.text = text
        self.tokens = Tokens(text)  # replaced for each candidate by a stream starting near it
        self.pub = published
        self.t = date_vocab()
        self.latin = language != "ar"
        self.arabic = language != "en"
        self.numeric: dict[int, _Date] = {}
        self.bases: dict[str, str] = {}  # token text -> the same without clitics
        self.cursor = 0  # index in ``tokens`` of the last candidate
        # "3 days ago" ends in a word of ``ago_after``: a text without one has no such date, so its digit
        # groups need not be read as numbers for it
        self.ago_word = any(w in text for w in self.t.ago_after)

    # helpers --------------------------------------------------------------------------------------

    def base(self, i: int) -> str:
        """Token ``i`` without clitics (و ف ب ل ...) when it is a known date word, else as is."""
        if not self.tokens.has(i):
            return ""
        word = self.tokens[i].text
        base = self.bases.get(word)
        if base is None:
            found = strip_clitics(word, self.t.known)
            base = self.bases[word] = found[1] if found else word
        return base

    def allowed(self, word: str) -> bool:
        return self.latin if word.isascii() else self.arabic

    def joined(self, i: int, extra: str = "") -> bool:
        """Tokens ``i-1`` and ``i`` exist and are separated by space only (or ``extra``)."""
        toks = self.tokens
        return i > 0 and (i < len(toks) or toks.has(i)) and spaced(self.text, toks[i - 1], toks[i], extra)

    def mention(self, si: int, end_char: int, first: date, last: date, precision: TimePrecision,
                relative: bool) -> _Date:
        return _Date(self.tokens[si].start, end_char, first, last, precision, relative)

    def ordinal_suffix(self, i: int) -> bool:
        """``th`` in ``12th``: glued to the digits before it."""
        return (i > 0 and self.tokens.has(i) and self.tokens[i].text in ("st", "nd", "rd", "th")
                and self.tokens[i].start == self.tokens[i - 1].end)

    def day_at(self, i: int) -> int | None:
        if not self.tokens.has(i):
            return None
        tok = self.tokens[i]
        if not tok.digits or len(tok.text) > 2 or not tok.text.isdigit():
            return None
        d = int(tok.text)
        return d if 1 <= d <= 31 else None

    def year_at(self, i: int) -> tuple[int, int, int] | None:
        """(index after, year, end char): ``2024``, ``2024م``, ``2024 ميلادي``."""
        if not self.tokens.has(i):
            return None
        tok = self.tokens[i]
        if not tok.digits or len(tok.text) != 4 or not tok.text.isdigit():
            return None
        y = int(tok.text)
        if not _MIN_YEAR <= y <= _MAX_YEAR:
            return None
        j, end = i + 1, tok.end
        if self.tokens.has(j) and self.tokens[j].text in self.t.era and self.joined(j):
            j, end = j + 1, self.tokens[j].end
        return j, y, end

    def month_at(self, i: int) -> tuple[int, int, bool, int] | None:
        """(index after, month, needs context, end char); pairs such as ``نيسان/أبريل`` count once."""
        if not self.tokens.has(i):
            return None
        got = self.t.months.at(self.text, self.tokens, i)
        if got is None or not self.allowed(self.tokens[i].text):
            return None
        j, (month, needs) = got
        end = self.tokens[j - 1].end
        if self.tokens.has(j) and self.joined(j, "/(-\\"):
            second = self.t.months.at(self.text, self.tokens, j, clitics=False)
            if second is not None:
                j, needs = second[0], False
                end = self.tokens[j - 1].end
                rest = self.text[end : end + 3]
                if rest.lstrip().startswith(")"):
                    end += rest.index(")") + 1
        return j, month, needs, end

    def year_after(self, j: int, comma: bool) -> tuple[int, int, int] | None:
        """A year after a month: ``2024``, ``عام 2024``, ``من عام 2024``, ``, 2024``."""
        extra = ")," if comma else ")"  # ")" closes a pair such as "نيسان (أبريل)"
        if not self.tokens.has(j) or not self.joined(j, extra):
            return None
        k = j
        if self.tokens[k].text == _MIN and self.tokens.has(k + 1) and self.joined(k + 1):
            k += 1
        if self.tokens[k].text in self.t.year_words and self.tokens.has(k + 1) and self.joined(k + 1):
            k += 1
        elif k != j:
            return None
        return self.year_at(k)

    def resolve_day(self, day: int, month: int) -> date | None:
        """A day and month without a year: the latest such date not after publication."""
        if self.pub is None:
            return None
        for year in (self.pub.year, self.pub.year - 1, self.pub.year - 2):
            d = _valid(year, month, day)
            if d is not None and d <= self.pub:
                return d
        return None

    # patterns -------------------------------------------------------------------------------------

    def day_month(self, i: int) -> _Found | None:
        """``12 نيسان 2024``, ``12 من أبريل``, ``12th April``, ``12 April``."""
        day = self.day_at(i)
        if day is None:
            return None
        j = i + 1
        if self.ordinal_suffix(j):
            j += 1
        if self.joined(j) and self.tokens[j].text in self.t.day_link and self.tokens.has(j + 1):
            j += 1
        if not self.joined(j):
            return None
        got = self.month_at(j)
        return None if got is None else self.day_month_from(i, day, j, got)

    def one_day(self, i: int, j: int, d: date) -> _Found:
        """The relative day ``d`` told by tokens ``i`` to ``j`` (exclusive)."""
        end = self.tokens[j - 1].end
        return _Found(i, j, end, self.mention(i, end, d, d, TimePrecision.DAY, True))

    def in_month(self, day: int, offset: int) -> date | None:
        """Day ``day`` of the month ``offset`` months from publication, if not after publication."""
        if self.pub is None:
            return None
        year, month = _shift_month(self.pub, offset)
        d = _valid(year, month, day)
        return d if d is not None and d <= self.pub else None

    def ordinal_day(self, i: int) -> _Found | None:
        """``الثالث من أيار``, ``الخامس عشر من الشهر الجاري``: an Arabic ordinal day, "من", a month."""
        got = self.t.ordinal_days.at(self.text, self.tokens, i)
        if got is None or not self.allowed(self.tokens[i].text):
            return None
        j, day = got
        if not (self.joined(j) and self.tokens[j].text in self.t.day_link and self.joined(j + 1)):
            return None
        j += 1
        rel = self.t.ordinal_months.at(self.text, self.tokens, j)
        if rel is not None:
            j, d = rel[0], self.in_month(day, rel[1])
            return None if d is None else self.one_day(i, j, d)
        month = self.month_at(j)
        if month is None:
            return None
        # the month and what follows it, read as after a day number ("3 أيار الماضي", "3 أيار 2024")
        return self.day_month_from(i, day, j, month)

    def day_month_from(self, i: int, day: int, j: int, got: tuple[int, int, bool, int]) -> _Found | None:
        """The date of day ``day`` (read from token ``i``) and the month ``got`` read at token ``j``: with
        its year, or "الماضي" (the month's last occurrence before the publication month: "15 نيسان
        الماضي"), or "الجاري", or the latest such day not after publication."""
        j, month, _, end = got
        yr = self.year_after(j, comma=True)
        if yr is not None:
            d = _valid(yr[1], month, day)
            if d is None:
                return None
            return _Found(i, yr[0], yr[2], self.mention(i, yr[2], d, d, TimePrecision.DAY, False))
        after = self.base(j) if self.joined(j) else ""
        if self.pub is not None and self.last_year(j):  # "12 April last year"
            j, end, d2 = j + 2, self.tokens[j + 1].end, _valid(self.pub.year - 1, month, day)
        elif after in self.t.past and not after.isascii() and self.pub is not None:
            year = self.pub.year if month < self.pub.month else self.pub.year - 1
            j, end, d2 = j + 1, self.tokens[j].end, _valid(year, month, day)
        else:
            if after in self.t.current and not after.isascii():
                j, end = j + 1, self.tokens[j].end
            d2 = self.resolve_day(day, month)
        if d2 is None:
            return None
        return _Found(i, j, end, self.mention(i, end, d2, d2, TimePrecision.DAY, True))

    def year_of_month(self, j: int) -> tuple[int, int] | None:
        """(index after, year) of "من العام الماضي" / "of this year" at token ``j`` after a month."""
        if self.pub is None or not (self.joined(j) and self.tokens[j].text in self.t.part_links
                                    and self.joined(j + 1)):
            return None
        rel = self.t.part_years.at(self.text, self.tokens, j + 1)
        return None if rel is None else (rel[0], self.pub.year + rel[1])

    def last_year(self, j: int) -> bool:
        """Tokens ``j``, ``j+1`` are "last year" (after a month: "April last year" is the year before)."""
        return (self.joined(j) and self.tokens[j].text == "last" and self.joined(j + 1)
                and self.tokens[j + 1].text == "year")

    def bare_ordinal(self, i: int) -> _Found | None:
        """``on the 12th`` (the latest 12th not after publication), ``on the 3rd of this month``."""
        day = self.day_at(i)
        if day is None or not self.ordinal_suffix(i + 1) or self.pub is None:
            return None
        start = self.tokens[i].start
        if not self.text.endswith("on the ", max(0, start - 7), start):
            return None
        j, offset = i + 2, None
        if self.joined(j) and self.tokens[j].text == "of" and self.joined(j + 1):
            rel = self.t.ordinal_months.at(self.text, self.tokens, j + 1)
            if rel is not None:
                j, offset = rel
        if offset is None and self.joined(j) and self.tokens[j].text.isalpha() \
                and self.tokens[j].text not in self.t.bare_followers:
            return None  # "on the 12th floor"
        d = self.in_month(day, offset) if offset is not None else (
            self.in_month(day, 0) or self.in_month(day, -1))
        return None if d is None else self.one_day(i, j, d)

    def month_first(self, i: int) -> list[_Found]:
        """Patterns that start with a month name (or ``شهر``/``last`` before it)."""
        si = i
        lead_ctx = False
        word = self.base(i)
        if word in MONTH_LEADS:
            lead_ctx = True
            i += 1
            if not self.joined(i):
                return []
        got = self.month_at(i)
        if got is None:
            return []
        j, month, needs, end = got
        out: list[_Found] = []
        latin = self.tokens[i].text.isascii()
        # English "April 12, 2024" / "April 12"
        day = self.day_at(j) if latin and self.joined(j) else None
        if day is not None:
            k, dend = j + 1, self.tokens[j].end
            if self.ordinal_suffix(k):
                k, dend = k + 1, self.tokens[k].end
            yr = self.year_after(k, comma=True)
            if yr is not None:
                d = _valid(yr[1], month, day)
                if d is not None:
                    m = self.mention(si, yr[2], d, d, TimePrecision.DAY, False)
                    out.append(_Found(si, yr[0], yr[2], m))
            elif self.pub is not None and self.last_year(k):  # "April 15 last year"
                d2 = _valid(self.pub.year - 1, month, day)
                if d2 is not None:
                    out.append(self.one_day(si, k + 2, d2))
            else:
                d2 = self.resolve_day(day, month)
                if d2 is not None:
                    out.append(_Found(si, k, dend, self.mention(si, dend, d2, d2, TimePrecision.DAY, True)))
        yr = self.year_after(j, comma=latin)
        if yr is not None:
            first, last = _month_range(yr[1], month)
            m = self.mention(si, yr[2], first, last, TimePrecision.MONTH, False)
            out.append(_Found(si, yr[0], yr[2], m))
            return out
        if self.pub is None:
            return out
        rel = self.year_of_month(j)
        if rel is not None:  # "في آذار من العام الماضي", "in March of last year"
            k, year = rel
            first, last = _month_range(year, month)
            end = self.tokens[k - 1].end
            out.append(_Found(si, k, end, self.mention(si, end, first, last, TimePrecision.MONTH, True)))
            return out
        if self.last_year(j):  # "in April last year"
            first, last = _month_range(self.pub.year - 1, month)
            end = self.tokens[j + 1].end
            out.append(_Found(si, j + 2, end, self.mention(si, end, first, last, TimePrecision.MONTH, True)))
            return out
        after = self.base(j) if self.joined(j) else ""
        direction = 0
        if word == "last" or after in self.t.past:
            direction = -1
        elif word == "next" or after in self.t.future:
            direction = 1
        if after in self.t.past or after in self.t.future:
            j, end = j + 1, self.tokens[j].end
        elif direction == 0 and needs and not lead_ctx and self.base(si - 1) not in self.t.month_cues:
            return out
        p = self.pub
        if direction < 0:
            year = p.year if month < p.month else p.year - 1
        elif direction > 0:
            year = p.year if month > p.month else p.year + 1
        else:
            year = p.year if month <= p.month else p.year - 1
        first, last = _month_range(year, month)
        out.append(_Found(si, j, end, self.mention(si, end, first, last, TimePrecision.MONTH, True)))
        return out

    def year_only(self, i: int) -> _Found | None:
        """``عام 2019`` (span from عام), ``في 2019`` / ``in 2019`` (span the year)."""
        si = i
        if self.base(i) in self.t.year_words:
            i += 1
            if not self.joined(i):
                return None
        elif not (self.tokens[i].digits and self.base(i - 1) in self.t.year_cues and self.joined(i)):
            return None
        yr = self.year_at(i)
        if yr is None:
            return None
        return _Found(si, yr[0], yr[2], self.mention(si, yr[2], date(yr[1], 1, 1), date(yr[1], 12, 31),
                                                     TimePrecision.YEAR, False))

    def explicit_after(self, j: int) -> _Found | None:
        """An explicit date starting at token ``j`` (after a weekday): words or digits."""
        if not self.tokens.has(j):
            return None
        if self.tokens[j].text in self.t.equals and self.joined(j + 1):
            j += 1
        found = self.day_month(j)
        if found is not None:
            return found
        m = self.numeric.get(self.tokens[j].start)
        if m is not None:
            k = j
            while self.tokens.has(k) and self.tokens[k].end < m.end:
                k += 1
            return _Found(j, k + 1, m.end, m)
        return None

    def weekday(self, i: int) -> _Found | None:
        """``يوم الاثنين``, ``فجر الخميس``, ``الجمعة الماضية``, ``on Monday``, ``last Friday``."""
        si = i
        word = self.base(i)
        cue = word in self.t.day_parts or word in ("last", "next")
        if cue:
            i += 1
            if not self.joined(i):
                return None
        got = self.t.weekdays.at(self.text, self.tokens, i) if self.tokens.has(i) else None
        if got is None or not self.allowed(self.tokens[i].text):
            return None
        j, (wd, needs) = got
        end = self.tokens[j - 1].end
        if self.tokens.has(j) and self.joined(j, ","):
            explicit = self.explicit_after(j)
            if explicit is not None:
                m = explicit.mention
                return _Found(si, explicit.end, explicit.end_char, self.mention(
                    si, explicit.end_char, m.start_date, m.end_date, m.precision, m.relative))
        after = self.base(j) if self.joined(j) else ""
        direction = -1 if word == "last" else 1 if word == "next" else 0
        if after in self.t.past or after in self.t.future:
            direction = -1 if after in self.t.past else 1
            j, end = j + 1, self.tokens[j].end
        if needs and not cue and direction == 0:
            return None
        if self.pub is None:
            return None
        back = (self.pub.weekday() - wd) % 7
        if direction < 0 and back == 0:
            back = 7
        if direction > 0:
            ahead = (wd - self.pub.weekday()) % 7 or 7
            d = self.pub + timedelta(days=ahead)
        else:
            d = self.pub - timedelta(days=back)
        return _Found(si, j, end, self.mention(si, end, d, d, TimePrecision.DAY, True))

    def relative_day(self, i: int) -> _Found | None:
        got = self.t.relative_days.at(self.text, self.tokens, i)
        if got is None or self.pub is None or not self.allowed(self.tokens[i].text):
            return None
        j, offset = got
        d = self.pub + timedelta(days=offset)
        if self.joined(j):  # "فجر اليوم الأربعاء", "أمس الثلاثاء": the weekday names the same day
            wd = self.t.weekdays.at(self.text, self.tokens, j, clitics=False)
            if wd is not None and wd[1][0] == d.weekday():
                j = wd[0]
        end = self.tokens[j - 1].end
        return _Found(i, j, end, self.mention(i, end, d, d, TimePrecision.DAY, True))

    def ago(self, i: int) -> _Found | None:
        """``منذ يومين``, ``قبل ثلاثة أيام``, ``two days ago``, ``3 days ago``."""
        if self.pub is None:
            return None
        word = self.base(i)
        week = False
        if word in self.t.ago_before:
            j = i + 1
            if not self.joined(j):
                return None
            if self.tokens[j].text in self.t.two_days:
                days, k = 2, j + 1
            elif self.tokens[j].text in self.t.one_week:  # "قبل أسبوع", "منذ أسبوعين"
                days, k, week = self.t.one_week[self.tokens[j].text], j + 1, True
            else:
                got = number_at(self.text, self.tokens, j, language="any")
                if got is None or got[1].approximate or not self.joined(got[0]):
                    return None
                k = got[0]
                unit = self.tokens[k].text
                if unit not in self.t.day_units and unit not in self.t.week_units:
                    return None
                week = unit in self.t.week_units
                days, k = got[1].value * self.t.week_units.get(unit, 1), k + 1
        else:
            if not self.ago_word:
                return None
            got = number_at(self.text, self.tokens, i, language="any")
            if got is None or got[1].approximate:
                return None
            k = got[0]
            unit = self.tokens[k].text if self.tokens.has(k) else ""
            if not (self.tokens.has(k + 1) and self.joined(k)
                    and (unit in self.t.day_units or unit in self.t.week_units)
                    and self.joined(k + 1) and self.tokens[k + 1].text in self.t.ago_after):
                return None
            week = unit in self.t.week_units
            days, k = got[1].value * self.t.week_units.get(unit, 1), k + 2
        if not 1 <= days <= 366:
            return None
        d = self.pub - timedelta(days=days)
        end = self.tokens[k - 1].end
        if week:  # about that week: the day counted, three days either side
            first, last = d - timedelta(days=3), min(d + timedelta(days=3), self.pub)
            return _Found(i, k, end, self.mention(i, end, first, last, TimePrecision.WEEK, True))
        return _Found(i, k, end, self.mention(i, end, d, d, TimePrecision.DAY, True))

    def period(self, i: int) -> _Found | None:
        """``الشهر الماضي``, ``مطلع الشهر الجاري``, ``last week``, ``العام الماضي``."""
        if self.pub is None:
            return None
        si = i
        got = self.t.periods.at(self.text, self.tokens, i)
        if got is None and self.base(i) in self.t.period_prefixes and self.joined(i + 1):
            i += 1
            got = self.t.periods.at(self.text, self.tokens, i)
        if got is None or not self.allowed(self.tokens[i].text):
            return None
        j, (kind, offset) = got
        p = self.pub
        if kind == "week":
            if offset < 0:
                first = p - timedelta(days=7)
            elif offset == 0:
                first = p - timedelta(days=p.weekday())
            else:
                first = p + timedelta(days=1)
            last, precision = first + timedelta(days=6), TimePrecision.WEEK
        elif kind == "month":
            year, month = _shift_month(p, offset)
            first, last = _month_range(year, month)
            precision = TimePrecision.MONTH
        else:
            first, last = date(p.year + offset, 1, 1), date(p.year + offset, 12, 31)
            precision = TimePrecision.YEAR
        end = self.tokens[j - 1].end
        return _Found(si, j, end, self.mention(si, end, first, last, precision, True))

    def to_date(self, i: int) -> _Found | None:
        """``منذ مطلع العام``, ``منذ بداية آذار``, ``since the start of the year``, ``since early March``.

        From the first day of that year or month to publication. Precision YEAR for the year (and for
        January: "since January" is "since the start of the year"), else MONTH: the range starts in
        that month and may run past it, so a label read from the precision ("2024-03") names the month
        it starts in, as tallies label "the third attack since early April" written in May.
        """
        p = self.pub
        if p is None or self.base(i) not in self.t.since or not self.allowed(self.tokens[i].text):
            return None
        j = i + 1
        if not self.joined(j):
            return None
        opened = self.t.openers.at(self.text, self.tokens, j)
        if opened is not None:
            j = opened[0]
            if not self.joined(j):
                return None
        unit = self.t.to_date_units.at(self.text, self.tokens, j) if opened is not None else None
        if unit is not None:
            j, kind = unit
            end = self.tokens[j - 1].end
            if kind == "year":
                first, precision = date(p.year, 1, 1), TimePrecision.YEAR
            else:
                first, precision = date(p.year, p.month, 1), TimePrecision.MONTH
            return _Found(i, j, end, self.mention(i, end, first, p, precision, True))
        got = self.month_at(j)
        if got is None:
            return None
        j, month, _, end = got
        yr = self.year_after(j, comma=self.tokens[i].text.isascii())
        if yr is not None:
            j, year, end = yr
        else:
            year = p.year if month <= p.month else p.year - 1
            if self.joined(j) and self.base(j) in self.t.current:
                j, end = j + 1, self.tokens[j].end
        first = date(year, month, 1)
        if first > p:
            return None
        precision = TimePrecision.YEAR if month == 1 else TimePrecision.MONTH
        return _Found(i, j, end, self.mention(i, end, first, p, precision, True))

    def year_part(self, i: int) -> _Found | None:
        """``الربع الأول من عام 2024``, ``النصف الثاني من العام``, ``the first quarter of 2024``.

        Precision YEAR (the coarsest that holds a quarter or a half), with the exact months as range.
        """
        got = self.t.year_parts.at(self.text, self.tokens, i)
        if got is None or not self.allowed(self.tokens[i].text):
            return None
        j, (months, index) = got
        if not self.joined(j):
            return None
        if self.tokens[j].text in self.t.part_links:
            j += 1
            if not self.joined(j):
                return None
        relative = False
        k = j + 1 if self.base(j) in self.t.year_words and self.joined(j + 1) else j
        yr = self.year_at(k)
        if yr is not None:
            j, year, end = yr
        else:
            rel = self.t.part_years.at(self.text, self.tokens, j)
            if rel is None or self.pub is None:
                return None
            j, year, relative = rel[0], self.pub.year + rel[1], True
            end = self.tokens[j - 1].end
        index = 12 // months if index < 0 else index
        first_month = (index - 1) * months + 1
        first = date(year, first_month, 1)
        last = _month_range(year, first_month + months - 1)[1]
        return _Found(i, j, end, self.mention(i, end, first, last, TimePrecision.YEAR, relative))

    # driver ---------------------------------------------------------------------------------------

    def numeric_dates(self, starts: list[int]) -> list[_Date]:
        """``2024/4/12``, ``12-04-2024`` at the digit groups among ``starts``."""
        out: list[_Date] = []
        for s in starts:
            m = _NUMERIC.match(self.text, s) if self.text[s].isdigit() else None
            if m is None:
                continue
            if m.group(1):
                d = _valid(int(m.group(1)), int(m.group(3)), int(m.group(4)))
            else:
                a, b, y = int(m.group(5)), int(m.group(7)), int(m.group(8))
                d = _valid(y, b, a) or _valid(y, a, b)  # day first, as Arabic and British copy write
            if d is None or not _MIN_YEAR <= d.year <= _MAX_YEAR:
                continue
            mention = _Date(m.start(), m.end(), d, d, TimePrecision.DAY, False)
            out.append(mention)
            self.numeric[m.start()] = mention
        return out

    def candidates_from(self, start: int) -> list[_Found]:
        """Every pattern that matches at the token starting at ``start``."""
        toks = self.tokens
        i = self.cursor
        n = len(toks)
        while i < n and toks[i].start < start:
            i += 1
        self.cursor = i
        if 0 < i < n and toks[i].start == start:
            return self.candidates_at(i)  # the stream of an earlier candidate reaches this one
        text = self.text
        lo = start  # patterns look back at most one word, separated by spaces
        before = _WORD_BEFORE.search(text, max(0, start - 20), start)
        if before is not None and not (before.start() > 0 and text[before.start() - 1].isalpha()):
            lo = before.start()
        toks = self.tokens = Tokens(text, lo)
        i = 0 if lo == start else 1
        self.cursor = i
        if not toks.has(i) or toks[i].start != start:
            return []
        return self.candidates_at(i)

    def candidates_at(self, i: int) -> list[_Found]:
        tok = self.tokens[i]
        out: list[_Found] = []
        if tok.digits:
            for f in (self.day_month(i), self.year_only(i), self.ago(i), self.bare_ordinal(i)):
                if f is not None:
                    out.append(f)
            return out
        word = self.base(i)
        t = self.t
        if word not in t.starters:
            if tok.text.isascii() and self.latin:
                f = self.ago(i)  # "two days ago"
                if f is not None:
                    out.append(f)
            return out
        if word in t.months.by_first or word in MONTH_LEADS:
            out.extend(self.month_first(i))
        tries = []
        if word in t.year_words:
            tries.append(self.year_only)
        if word in t.weekdays.by_first or word in t.day_parts or word in MONTH_LEADS:
            tries.append(self.weekday)
        if word in t.relative_days.by_first:
            tries.append(self.relative_day)
        if word in t.ago_before:
            tries.append(self.ago)
        if word in t.periods.by_first or word in t.period_prefixes:
            tries.append(self.period)
        if word in t.since:
            tries.append(self.to_date)
        if word in t.year_parts.by_first:
            tries.append(self.year_part)
        if word in t.ordinal_days.by_first:
            tries.append(self.ordinal_day)
        for attempt in tries:
            f = attempt(i)
            if f is not None:
                out.append(f)
        return out


def _select(mentions: list[_Date]) -> list[_Date]:
    """Non-overlapping mentions, longest first; ties go to the earlier one."""
    starts: list[int] = []  # chosen spans, kept sorted by start (they never overlap)
    chosen: list[_Date] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        k = bisect.bisect_right(starts, m.start)
        if k > 0 and chosen[k - 1].end > m.start:
            continue
        if k < len(chosen) and chosen[k].start < m.end:
            continue
        starts.insert(k, m.start)
        chosen.insert(k, m)
    return chosen


def find_dates(
    norm: NormalizedText, *, published: date | None, language: str = "ar"
) -> list[DateMention]:
    """Every date in ``norm`` (normalized offsets), non-overlapping, longest match first.

    ``language`` picks the vocabulary: ``"ar"`` (Arabic names), ``"en"`` (English), anything else
    both; digits are read in every language. Relative dates need ``published``.
    """
    if isinstance(published, datetime):
        published = published.date()  # a timestamp: its calendar day
    parser = _Parser(norm.text, published, language)
    starts = _finder().starts(norm.text)
    mentions = parser.numeric_dates(starts)
    for start in starts:
        mentions.extend(f.mention for f in parser.candidates_from(start))
    return [
        DateMention(start=m.start, end=m.end, start_date=m.start_date, end_date=m.end_date,
                    precision=m.precision, relative=m.relative)
        for m in _select(mentions)
    ]


def date_word_finder() -> WordFinder:
    """The finder :func:`find_dates` starts from (for a shared document pass, see
    :class:`marsad.text.match.MatcherSet`)."""
    return _finder()


@cache
def _finder() -> WordFinder:
    """Candidates: date words, digit groups, and English number words (for "two days ago")."""
    return WordFinder([*date_vocab().starters, *number_words("en")])
