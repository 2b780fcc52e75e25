"""The date vocabulary of :mod:`marsad.text.dates`, loaded from ``marsad/data/text/dates.toml``."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import Generic, TypeVar

from marsad.text.normalize import normalize_str
from marsad.text.tokens import Tokens, load_table, spaced, strip_clitics

__all__ = ["MONTH_LEADS", "DateVocab", "Phrases", "date_vocab", "word_set"]

T = TypeVar("T")

MONTH_LEADS = frozenset({"last", "next", "this", "شهر"})  # words before a month that make it one


class Phrases(Generic[T]):
    """Phrases of one or more words keyed by their first word, longest first."""

    def __init__(self, items: list[tuple[str, T]]) -> None:
        self.by_first: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        for surface, payload in items:
            words = normalize_str(surface).split()
            self.by_first.setdefault(words[0], []).append((tuple(words[1:]), payload))
        for options in self.by_first.values():
            options.sort(key=lambda o: -len(o[0]))

    def at(self, text: str, tokens: Tokens, i: int, *, clitics: bool = True) -> tuple[int, T] | None:
        """Match at ``tokens[i]`` (its clitics stripped if allowed): (index after, payload)."""
        tok = tokens[i]
        if tok.digits:
            return None
        found = strip_clitics(tok.text, self.by_first) if clitics else (
            ("", tok.text) if tok.text in self.by_first else None)
        if found is None:
            return None
        for rest, payload in self.by_first[found[1]]:
            j = i + 1
            ok = True
            for w in rest:
                if not tokens.has(j) or tokens[j].text != w or not spaced(text, tokens[j - 1], tokens[j]):
                    ok = False
                    break
                j += 1
            if ok:
                return j, payload
        return None


def word_set(items: list[str]) -> frozenset[str]:
    return frozenset(normalize_str(w) for w in items)


@dataclass(frozen=True, slots=True)
class DateVocab:
    months: Phrases[tuple[int, bool]]  # (month, needs context)
    weekdays: Phrases[tuple[int, bool]]  # (ISO weekday, needs context)
    relative_days: Phrases[int]
    periods: Phrases[tuple[str, int]]
    day_parts: frozenset[str]
    month_cues: frozenset[str]
    year_cues: frozenset[str]
    year_words: frozenset[str]  # cues that belong to the span: عام, سنة
    day_link: frozenset[str]
    equals: frozenset[str]
    era: frozenset[str]
    past: frozenset[str]
    future: frozenset[str]
    ago_before: frozenset[str]
    ago_after: frozenset[str]
    day_units: frozenset[str]
    two_days: frozenset[str]
    # "قبل أسبوع", "قبل أسبوعين", "two weeks ago": the unit's days, keyed by form (a count before a plural)
    week_units: dict[str, int]
    one_week: dict[str, int]  # forms that carry their own count ("أسبوع" = 7, "أسبوعين" = 14)
    period_prefixes: frozenset[str]
    since: frozenset[str]  # "منذ مطلع العام", "since early March"
    openers: Phrases[bool]  # "the start of" after ``since`` (optional)
    to_date_units: Phrases[str]  # "العام الجاري" -> "year", "الشهر" -> "month"
    current: frozenset[str]  # "أبريل الجاري"
    year_parts: Phrases[tuple[int, int]]  # "الربع الأول" -> (3 months, 1st)
    part_links: frozenset[str]
    part_years: Phrases[int]  # "العام الماضي" -> -1
    ordinal_days: Phrases[int]  # "الخامس عشر" -> 15 (before "من" and a month)
    ordinal_months: Phrases[int]  # "الشهر الجاري" -> 0 after an ordinal day
    bare_followers: frozenset[str]  # words that may follow "on the 12th"
    starters: frozenset[str]  # every word that can begin a pattern
    known: frozenset[str]  # starters and cues: the words whose clitics are stripped


@cache
def date_vocab() -> DateVocab:
    data = load_table("dates.toml")
    month_ctx = word_set(data["months_need_context"]["names"])
    weekday_ctx = word_set(data["weekdays_need_context"]["names"])
    months = Phrases([(name, (int(num), normalize_str(name) in month_ctx))
                       for num, names in data["months"].items() for name in names])
    weekdays = Phrases([(name, (int(num), normalize_str(name) in weekday_ctx))
                         for num, names in data["weekdays"].items() for name in names])
    rel = data["relative"]
    relative_days = Phrases([(phrase, int(off)) for phrase, off in rel["days"]])
    periods = Phrases([(p, (kind, int(off))) for p, kind, off in data["relative_periods"]["phrases"]])
    cues = data["cues"]
    year_cues = word_set(cues["year"])
    t = DateVocab(
        months=months, weekdays=weekdays, relative_days=relative_days, periods=periods,
        day_parts=word_set(cues["day_parts"]), month_cues=word_set(cues["month"]), year_cues=year_cues,
        year_words=word_set(cues["year_words"]),
        day_link=word_set(cues["day_month_link"]), equals=word_set(cues["equals"]), era=word_set(cues["era"]),
        past=word_set(rel["past"]), future=word_set(rel["future"]), ago_before=word_set(rel["ago_before"]),
        ago_after=word_set(rel["ago_after"]), day_units=word_set(rel["day_units"]),
        two_days=word_set(rel["two_days"]),
        week_units={normalize_str(w): 7 for w in rel.get("week_units", [])},
        one_week={normalize_str(w): int(n) for w, n in rel.get("one_week", {}).items()},
        period_prefixes=word_set(data["relative_periods"]["period_prefixes"]),
        since=word_set(data["to_date"]["since"]),
        openers=Phrases([(w, True) for w in data["to_date"]["openers"]]),
        to_date_units=Phrases([(p, str(kind)) for p, kind in data["to_date"]["units"]]),
        current=word_set(data["to_date"]["current"]),
        year_parts=Phrases([(p, (int(n), int(k))) for p, n, k in data["year_parts"]["parts"]]),
        part_links=word_set(data["year_parts"]["links"]),
        part_years=Phrases([(p, int(off)) for p, off in data["year_parts"]["years"]]),
        ordinal_days=Phrases([(p, int(n)) for p, n in data["ordinal_days"]["days"]]),
        ordinal_months=Phrases([(p, int(off)) for p, off in data["ordinal_days"]["months"]]),
        bare_followers=word_set(data["ordinal_days"]["bare_followers"]),
        starters=frozenset(), known=frozenset(),
    )
    starters = (set(months.by_first) | set(weekdays.by_first) | set(relative_days.by_first)
                | set(periods.by_first) | t.day_parts | t.year_words | t.ago_before
                | t.period_prefixes | MONTH_LEADS | t.since | set(t.year_parts.by_first)
                | set(t.ordinal_days.by_first))
    known = frozenset(starters | t.month_cues | t.year_cues)
    return replace(t, starters=frozenset(starters), known=known)
