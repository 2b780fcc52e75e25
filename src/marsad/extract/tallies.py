"""Tally claims: "27 attacks were recorded in April, according to an observatory".

A number followed by an event noun (اعتداء, هجمات, attacks, incidents; in English up to two modifiers
between them: "21 Turkish drone strikes") in a sentence that also counts (a recording verb, a period
word or a month/week/year date) is a statistic, not that many events. **Every** such count of the
sentence is a claim ("وثق المرصد 15 عملية اغتيال، كما سجل 8 عمليات خطف" = two claims), each with its
count, the period nearest it (resolved from the publication date), the area (place mentions), its
categories (mapped to EventType values) and the source (the sentence's attribution).

- A **breakdown** after the count ("27 هجوماً، بينها 9 اغتيالات و6 عبوات", "40 attacks in April,
  including 12 assassinations") gives the claim its categories and, when the list counts them, its
  ``category_counts``; the list's numbers are parts of the total, never tallies of their own.
- Without a breakdown the categories are the event words of the count's own noun phrase ("عملية
  اغتيال"), else the first event word after it before the next count.
- "The number of" before an event noun takes the count after it ("ارتفع عدد الهجمات إلى 15",
  "bringing the number of attacks on officials to 11"); like an ordinal claim it leaves the
  sentence's incident ("Gunmen killed a mukhtar, bringing the number of ... to 11").
- An **ordinal** next to an event noun, with a period ("وهي ثاني محاولة اغتيال منذ مطلع آذار",
  "الهجوم الثالث من نوعه منذ مطلع أبريل", "the fourth such attack since early April") counts the
  incidents of the period up to the current one: a claim whose sentence still reports the current
  incident (``SentenceTallies.statistic`` is False).
- The period may be a **rolling window** (:mod:`marsad.text.windows`: "over the past week", "in the
  past 30 days", "خلال الشهرين الماضيين", "في الأسابيع الأخيرة"): its range counts back from the
  publication date and its label is "" (no calendar month or year); a window of a week or more counts
  like a week, a shorter one ("the past 24 hours") only names the period. "So far this year" is the year.
- Later tallies of a paragraph that name no period, source or area take those of the tally before
  them (:func:`carry_context`: "كما سجل المرصد 8 حالات خطف" after "خلال نيسان ... وثق المرصد").
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

from marsad.extract.context import SentenceContext
from marsad.extract.cues import CueLexicon
from marsad.extract.triggers import TriggerHit, clause_breaks
from marsad.model import Attribution, Evidence, PlaceMention, TallyClaim, content_hash
from marsad.text.match import LexiconMatcher, Match
from marsad.text.normalize import normalize_str
from marsad.text.numbers import NumberMention, find_ordinals_in, ordinal_matchers
from marsad.text.windows import find_windows
from marsad.vocab import TimePrecision

__all__ = [
    "PRODUCER",
    "Count",
    "Period",
    "SentenceTallies",
    "TallyNoun",
    "carry_context",
    "find_tallies",
    "find_tally",
    "tally_matchers",
    "tally_nouns",
]

PRODUCER = "extract.tallies.v1"

_GAP = re.compile(r"^[\s\W]{0,3}$")
_WORD = re.compile(r"\w+")
_WIDE = (TimePrecision.MONTH, TimePrecision.WEEK, TimePrecision.YEAR)
_WEEK = timedelta(days=7)
_LIST_REACH = 12  # words between a count's noun and its breakdown marker ("31 attacks in April, among them")
_PART_REACH = 2  # words between a number of a breakdown and its event word ("9 عمليات اغتيال")
_TO = frozenset({"to", "at", "reached", "الي", "بلغ", "وصل"})  # normalized: إلى -> الي


@dataclass(frozen=True, slots=True)
class Count:
    """A number in the sentence (sentence offsets) — what :mod:`marsad.text.numbers` finds."""

    start: int
    end: int
    value: int
    vague: bool = False  # "عشرات", "dozens": no count a statistic states

    def shifted(self, by: int) -> Count:
        return Count(start=self.start + by, end=self.end + by, value=self.value, vague=self.vague)


@dataclass(frozen=True, slots=True)
class Period:
    """A date range in the sentence with its precision (sentence offsets)."""

    start: int
    end: int
    start_date: date
    end_date: date
    precision: TimePrecision
    relative: bool = False
    rolling: bool = False  # counted back from publication ("the past 30 days"): no calendar label

    def shifted(self, by: int) -> Period:
        return Period(
            start=self.start + by, end=self.end + by, start_date=self.start_date, end_date=self.end_date,
            precision=self.precision, relative=self.relative, rolling=self.rolling,
        )


@dataclass(frozen=True, slots=True)
class TallyNoun:
    """An event noun a statistic counts (sentence offsets); ``weak``: counts only with a wide period."""

    start: int
    end: int
    weak: bool = False


@dataclass(frozen=True, slots=True)
class SentenceTallies:
    """A sentence's tally claims; ``statistic``: a cardinal count, so the sentence reports no incident
    of its own (an ordinal claim leaves the sentence's incident to be reported)."""

    claims: tuple[TallyClaim, ...] = ()
    statistic: bool = False


@dataclass(frozen=True, slots=True, eq=False)
class _Lexicon:
    nouns: LexiconMatcher[bool]
    breakdown: LexiconMatcher[bool]
    since: LexiconMatcher[bool]
    recording: LexiconMatcher[bool]
    this_year: LexiconMatcher[bool]
    filler: frozenset[str]
    not_modifiers: frozenset[str]
    count_of: tuple[str, ...]


@cache
def _lexicon(lang: str) -> _Lexicon:
    data = tomllib.loads(
        resources.files("marsad.extract").joinpath("lexicons/tallies.toml").read_text("utf-8")
    )
    raw = data["en" if lang == "en" else "ar"]
    return _Lexicon(
        nouns=LexiconMatcher((w, True, True) for w in raw.get("nouns", [])),
        breakdown=LexiconMatcher((w, True, False) for w in raw.get("breakdown", [])),
        since=LexiconMatcher((w, True, False) for w in raw.get("since", [])),
        recording=LexiconMatcher((w, True, True) for w in raw.get("recording", [])),
        this_year=LexiconMatcher((w, True, False) for w in raw.get("this_year", [])),
        filler=frozenset(normalize_str(w) for w in raw.get("filler", [])),
        not_modifiers=frozenset(normalize_str(w) for w in raw.get("not_modifiers", [])),
        count_of=tuple(" ".join(normalize_str(w).split()) for w in raw.get("count_of", [])),
    )


def tally_matchers() -> tuple[LexiconMatcher[Any], ...]:
    """The matchers :func:`find_tallies` reads over a sentence's document (both languages)."""
    # the rarer matchers (since, this_year, recording) scan a document only when a sentence asks
    own = tuple(m for lang in ("ar", "en") for lex in [_lexicon(lang)] for m in (lex.nouns, lex.breakdown))
    return own + ordinal_matchers()


def tally_nouns(cues: CueLexicon, lang: str, text: str, start: int, end: int) -> list[TallyNoun]:
    """The event nouns a statistic may count in ``text[start:end]`` (normalized document text), in
    order, longest first at one position: the cue lexicon's (strong) and this module's (weak)."""
    strong = cues.tally_nouns.find_in(text, start, end)
    weak = _lexicon(lang).nouns.find_in(text, start, end)
    if not weak:
        return [TallyNoun(m.start, m.end) for m in strong]
    found = [TallyNoun(m.start, m.end) for m in strong] + [TallyNoun(m.start, m.end, weak=True) for m in weak]
    found.sort(key=lambda n: (n.start, n.start - n.end, n.weak))
    out: list[TallyNoun] = []
    for n in found:
        if out and n.start < out[-1].end:
            if not n.weak and out[-1].weak:  # "حالات خطف": a strong noun inside a longer weak one
                out[-1] = TallyNoun(out[-1].start, out[-1].end)
            continue
        out.append(n)
    return out


class _Draft(NamedTuple):
    """A claim before its source and area are known (sentence offsets of its evidence)."""

    start: int
    end: int
    value: int
    period: Period | None
    categories: list[str]
    parts: list[tuple[str, int]]
    statistic: bool = True  # a count first ("27 هجوماً"): the sentence states no incident of its own


def find_tally(
    ctx: SentenceContext,
    *,
    lexicon: CueLexicon,
    counts: Sequence[Count],
    periods: Sequence[Period],
    triggers: Sequence[TriggerHit],
    attributions: Sequence[Attribution],
    places: Sequence[PlaceMention],
    nouns: list[TallyNoun] | None = None,
    lang: str = "ar",
) -> TallyClaim | None:
    """The sentence's first cardinal tally claim (see :func:`find_tallies`), or None."""
    found = find_tallies(
        ctx, lexicon=lexicon, counts=counts, periods=periods, triggers=triggers,
        attributions=attributions, places=places, nouns=nouns, lang=lang,
    )
    return found.claims[0] if found.statistic else None


def find_tallies(
    ctx: SentenceContext,
    *,
    lexicon: CueLexicon,
    counts: Sequence[Count],
    periods: Sequence[Period],
    triggers: Sequence[TriggerHit],
    attributions: Sequence[Attribution],
    places: Sequence[PlaceMention],
    nouns: list[TallyNoun] | None = None,
    lang: str = "ar",
    ordinals: Sequence[NumberMention] | None = None,
) -> SentenceTallies:
    """Every tally claim of the sentence, in text order. ``nouns``, ``ordinals``: the sentence's tally
    nouns (:func:`tally_nouns`) and ordinals (``find_ordinals_in``) when the caller has read them
    already (sentence offsets)."""
    doc_text = ctx.doc.norm.text
    if nouns is None:
        nouns = tally_nouns(lexicon, lang, doc_text, ctx.nstart, ctx.nend)
    if not nouns:
        return SentenceTallies()
    lex = _lexicon(lang)
    recording = bool(lexicon.tally_context.find_in(doc_text, ctx.nstart, ctx.nend))
    periods = _with_windows(ctx, periods, lang)
    # a window of a week or more counts like a week ("over the past week"); "in the past 24 hours"
    # like a day ("three attacks in the past 24 hours killed five": incidents)
    wide = [p for p in periods if p.precision in _WIDE or (p.rolling and p.end_date - p.start_date >= _WEEK)]
    if ordinals is None:
        ordinals = find_ordinals_in(doc_text, ctx.nstart, ctx.nend, language=lang)
    if not (recording or wide or ordinals):
        return SentenceTallies()  # no counting context and no ordinal: nothing counts here
    wide = wide or _year_so_far(ctx, lex) or _bare_years(ctx.ntext, counts)
    since = lex.since.find_in(doc_text, ctx.nstart, ctx.nend) if ordinals else []
    # a short window is the period of a statistic the sentence states by other means ("وثق المرصد 4
    # هجمات خلال الـ48 ساعة الماضية")
    spans = sorted([*wide, *(p for p in periods if p.rolling and p not in wide)], key=lambda p: p.start)
    drafts: list[_Draft] = []
    if recording or wide:
        # a weak noun or a count with modifiers needs a week/month/year or a recording verb ("ثلاث
        # ضربات منذ صباح اليوم" and "two simultaneous attacks in X on Monday" are incidents)
        counting = bool(wide) or bool(lex.recording.find_in(doc_text, ctx.nstart, ctx.nend))
        drafts = _cardinal_claims(ctx, lex, counts, nouns, spans, triggers, lang, has_wide=counting)
    statistic = any(d.statistic for d in drafts)
    if ordinals:
        taken = [(d.start, d.end) for d in drafts]
        drafts += [
            d for d in _ordinal_claims(ctx, lex, ordinals, nouns, periods, spans, triggers, since)
            if not any(a < d.end and d.start < b for a, b in taken)
        ]
    if not drafts:
        return SentenceTallies()
    drafts.sort(key=lambda d: d.start)
    source = _best_source(attributions)
    named = (source.source, source.evidence) if source else _named_source(ctx, lexicon)
    area = "; ".join(dict.fromkeys(p.text for p in places))
    return SentenceTallies(claims=tuple(_claim(ctx, d, named, area) for d in drafts), statistic=statistic)


def _with_windows(ctx: SentenceContext, periods: Sequence[Period], lang: str) -> Sequence[Period]:
    """The sentence's periods with its windows ("over the past week", "so far this year",
    "خلال الأيام العشرة الماضية"), a window replacing the dates it overlaps ("the last week" holds
    "last week", "so far this year" holds "this year")."""
    found = find_windows(ctx.ntext, published=ctx.doc.published, language=lang)
    if not found:
        return periods
    windows = [
        Period(start=w.start, end=w.end, start_date=w.start_date, end_date=w.end_date, precision=w.precision,
               relative=True, rolling=w.rolling)
        for w in found
    ]
    kept = [p for p in periods if not any(w.start < p.end and p.start < w.end for w in windows)]
    return sorted(kept + windows, key=lambda p: p.start)


def _named_source(ctx: SentenceContext, lexicon: CueLexicon) -> tuple[str, Evidence] | None:
    """A catalogued source named in the sentence without a reporting verb ("سجل المرصد السوري ...")."""
    for m in lexicon.sources.find_in(ctx.doc.norm.text, ctx.nstart, ctx.nend):
        return m.payload, ctx.doc.evidence(ctx.nstart + m.start, ctx.nstart + m.end, PRODUCER)
    return None


def _bare_years(ntext: str, counts: Sequence[Count]) -> list[Period]:
    """Bare years the date reader leaves out (no cue before them) as year periods; a quarter or half
    ("the first quarter of 2024") is read by the date reader with its exact months."""
    return [
        Period(start=c.start, end=c.end, start_date=date(c.value, 1, 1), end_date=date(c.value, 12, 31),
               precision=TimePrecision.YEAR)
        for c in counts
        if 1990 <= c.value <= 2100 and c.end - c.start == 4 and ntext[c.start : c.end].isdigit()
    ]


def _year_so_far(ctx: SentenceContext, lex: _Lexicon) -> list[Period]:
    """"since the start of the year" as the publication year: a fallback for wordings the lexicon
    lists and the date reader does not read (it reads "منذ مطلع العام" and "since the start of the
    year" itself)."""
    published = ctx.doc.published
    if published is None or not ("منذ" in ctx.ntext or "since" in ctx.ntext):
        return []  # every phrase starts with one of these: no scan for most sentences
    hits = lex.this_year.find_in(ctx.doc.norm.text, ctx.nstart, ctx.nend)
    return [
        Period(start=m.start, end=m.end, start_date=date(published.year, 1, 1), end_date=published,
               precision=TimePrecision.YEAR)
        for m in hits
    ]


def _noun_after(ntext: str, count: Count, nouns: Sequence[TallyNoun], lex: _Lexicon, lang: str,
                has_wide: bool) -> TallyNoun | None:
    """The event noun the count counts: right after it (in English up to two modifiers between)."""
    for n in nouns:
        if n.start < count.end:
            continue
        gap = ntext[count.end : n.start]
        if _GAP.match(gap):
            pass
        elif lang == "en" and has_wide:
            words = _WORD.findall(gap)
            if len(words) > 2 or any(w in lex.not_modifiers or w.isdigit() for w in words) or \
                    re.search(r"[^\w\s-]", gap):
                return None
        else:
            return None
        if n.weak and not has_wide:
            return None
        return n
    return None


def _cardinal_claims(
    ctx: SentenceContext,
    lex: _Lexicon,
    counts: Sequence[Count],
    nouns: Sequence[TallyNoun],
    wide: Sequence[Period],
    triggers: Sequence[TriggerHit],
    lang: str,
    *,
    has_wide: bool,
) -> list[_Draft]:
    ntext = ctx.ntext
    breaks = clause_breaks(ntext)
    markers = lex.breakdown.find_in(ctx.doc.norm.text, ctx.nstart, ctx.nend)
    candidates: list[tuple[Count, TallyNoun]] = []
    for count in counts:
        if count.value < 2 or 1900 <= count.value <= 2100 or count.vague:
            continue
        noun = _noun_after(ntext, count, nouns, lex, lang, has_wide)
        if noun is not None:
            candidates.append((count, noun))
    claims: list[_Draft] = []
    zones: list[tuple[int, int]] = []
    for k, (count, noun) in enumerate(candidates):
        if any(a <= count.start < b for a, b in zones):
            continue  # a part of a breakdown already counted in its total
        next_start = candidates[k + 1][0].start if k + 1 < len(candidates) else len(ntext)
        zone = _breakdown(ntext, noun.end, next_start, markers, breaks)
        parts: list[tuple[str, int]] = []
        if zone is not None:
            zones.append(zone)
            categories = _types_in(triggers, ctx.nstart, zone[0], zone[1])
            parts = _parts(counts, triggers, ctx, zone)
            if not categories:
                categories = _own_categories(ntext, triggers, ctx.nstart, count, noun, next_start, breaks)
        else:
            categories = _own_categories(ntext, triggers, ctx.nstart, count, noun, next_start, breaks)
        period = min(wide, key=lambda p: abs(p.start - count.start)) if wide else None
        claims.append(_Draft(count.start, noun.end, count.value, period, categories, parts))
    taken = [(d.start, d.end) for d in claims] + zones
    for noun in nouns:
        if any(a <= noun.start < b for a, b in taken):
            continue
        found = _number_of(ntext, noun, counts, lex, has_wide)
        if found is None or any(a <= found[1].start < b for a, b in taken):
            continue
        start, count = found
        categories = _types_in(triggers, ctx.nstart, noun.start, count.start)[:1]
        period = min(wide, key=lambda p: abs(p.start - count.start)) if wide else None
        # "bringing the number of attacks to 11" often follows the incident it counts: no statistic
        claims.append(_Draft(start, count.end, count.value, period, categories, [], statistic=False))
        taken.append((start, count.end))
    return claims


def _number_of(ntext: str, noun: TallyNoun, counts: Sequence[Count], lex: _Lexicon, has_wide: bool
               ) -> tuple[int, Count] | None:
    """(start, count) of "the number of <noun> ... <count>" ("ارتفع عدد الهجمات إلى 15", "bringing the
    number of attacks to 15"): the count within four words after the noun, no clause break between."""
    if noun.weak and not has_wide:
        return None
    head = ntext[max(0, noun.start - 30) : noun.start].rstrip()
    marker = next((m for m in lex.count_of if head.endswith(m) or head.endswith(" " + m)), None)
    if marker is None:
        return None
    start = noun.start - (len(ntext[max(0, noun.start - 30) : noun.start]) - len(head)) - len(marker)
    for count in counts:
        if count.start < noun.end:
            continue
        between = ntext[noun.end : count.start]
        words = _WORD.findall(between)
        # up to three words, or up to eight ending in "to"/"إلى" ("... on local officials in X to 11")
        if re.search(r"[.,;:!?()]", between) or len(words) > 8 or (len(words) > 3 and words[-1] not in _TO):
            return None
        if count.value < 2 or 1900 <= count.value <= 2100 or count.vague:
            return None
        return start, count
    return None


def _breakdown(ntext: str, noun_end: int, next_start: int, markers: Sequence[Match[bool]],
               breaks: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of the breakdown list that follows a count's noun: its marker stands within
    ``_LIST_REACH`` words (a period phrase may come first) and the list runs to the next clause
    break after the marker's clause."""
    for m in markers:
        start, end = m.start, m.end
        if start < noun_end:
            continue
        if start >= next_start:
            return None  # the next count's breakdown
        if len(_WORD.findall(ntext[noun_end:start])) > _LIST_REACH:
            return None
        stop = next((s for s, _ in breaks if s > end), len(ntext))
        return end, stop
    return None


def _types_in(triggers: Sequence[TriggerHit], offset: int, a: int, b: int) -> list[str]:
    out: list[str] = []
    for h in triggers:
        rel = h.nstart - offset
        if a <= rel < b and h.event_type.value not in out:
            out.append(h.event_type.value)
    return out


def _own_categories(ntext: str, triggers: Sequence[TriggerHit], offset: int, count: Count, noun: TallyNoun,
                    next_start: int, breaks: list[tuple[int, int]]) -> list[str]:
    """Event words of the count's own noun phrase, else the first one after it in its clause, else the
    last one before it in its clause."""
    after = _WORD.search(ntext, noun.end)
    phrase_end = after.end() if after and after.start() - noun.end <= 1 else noun.end
    own = _types_in(triggers, offset, count.start, min(phrase_end, next_start))
    if own:
        return own
    stop = min(next((s for s, _ in breaks if s > noun.end), len(ntext)), next_start)
    later = _types_in(triggers, offset, count.end, stop)[:1]
    if later:
        return later
    # "بلغ عدد عمليات الاغتيال ... 9 عمليات": the event word stands before the count, in its clause
    begin = max((e for _, e in breaks if e <= count.start), default=0)
    return _types_in(triggers, offset, begin, count.start)[-1:]


def _parts(counts: Sequence[Count], triggers: Sequence[TriggerHit], ctx: SentenceContext,
           zone: tuple[int, int]) -> list[tuple[str, int]]:
    """(category, count) for the numbers of a breakdown followed by an event word."""
    ntext = ctx.ntext
    parts: list[tuple[str, int]] = []
    for c in counts:
        if not zone[0] <= c.start < zone[1]:
            continue
        hit = next((h for h in triggers if h.nstart - ctx.nstart >= c.end), None)
        if hit is None:
            continue
        rel = hit.nstart - ctx.nstart
        if rel < zone[1] and len(_WORD.findall(ntext[c.end : rel])) <= _PART_REACH:
            parts.append((hit.event_type.value, c.value))
    return parts


def _ordinal_claims(
    ctx: SentenceContext,
    lex: _Lexicon,
    ordinals: Sequence[NumberMention],
    nouns: Sequence[TallyNoun],
    periods: Sequence[Period],
    wide: Sequence[Period],
    triggers: Sequence[TriggerHit],
    since: Sequence[Match[bool]],
) -> list[_Draft]:
    ntext = ctx.ntext
    events = sorted([TallyNoun(h.nstart - ctx.nstart, h.nend - ctx.nstart) for h in triggers] + list(nouns),
                    key=lambda n: n.start)
    claims: list[_Draft] = []
    for o in ordinals:
        if any(p.start <= o.start < p.end for p in periods):
            continue  # "كانون الثاني": a month name, not an ordinal
        noun = _noun_of_ordinal(ntext, o, events, lex)
        if noun is None:
            continue
        later = [p for p in wide if p.start >= o.end]
        if not later and not any(s.start >= o.end for s in since):
            continue  # "the second attack" alone is another incident, no statistic
        period = min(later or list(wide), key=lambda p: abs(p.start - o.start)) if (later or wide) else None
        span = (min(o.start, noun.start), max(o.end, noun.end))
        categories = _types_in(triggers, ctx.nstart, span[0], span[1])[:1]
        claims.append(_Draft(span[0], span[1], o.value, period, categories, [], statistic=False))
    return claims


def _noun_of_ordinal(ntext: str, o: NumberMention, events: Sequence[TallyNoun], lex: _Lexicon
                     ) -> TallyNoun | None:
    """The event noun an ordinal qualifies: right before it ("الهجوم الثالث") or after it, fillers
    between ("ثاني محاولة اغتيال", "the fourth such attack")."""
    for n in events:
        if n.end <= o.start and _GAP.match(ntext[n.end : o.start]):
            return n
        if n.start >= o.end:
            words = _WORD.findall(ntext[o.end : n.start])
            if re.search(r"[^\w\s-]", ntext[o.end : n.start]) is None and (
                not words or (len(words) <= 2 and all(w in lex.filler for w in words))
            ):
                return n
    return None


def _claim(ctx: SentenceContext, d: _Draft, source: tuple[str, Evidence] | None, area: str) -> TallyClaim:
    evidence = ctx.doc.evidence(ctx.nstart + d.start, ctx.nstart + d.end, PRODUCER)
    period = d.period
    return TallyClaim(
        id=content_hash(ctx.doc.document_id, str(evidence.span.start), prefix="tal_"),
        document_id=ctx.doc.document_id,
        count=d.value,
        evidence=evidence,
        period=_period_label(period) if period else "",
        period_start=period.start_date if period else None,
        period_end=period.end_date if period else None,
        area=area,
        categories=tuple(d.categories),
        source=source[0] if source else "",
        source_evidence=source[1] if source else None,
        category_counts=tuple(d.parts),
    )


def carry_context(tallies: Sequence[TallyClaim], text: str) -> list[TallyClaim]:
    """Tallies of one document in order: one that names no period, source or area takes those of the
    tally before it in the same paragraph (no line break between): "وثق المرصد خلال نيسان 15 عملية
    اغتيال. كما سجل 8 حالات خطف" is 8 abductions in April by the observatory too. A statistic told
    again (same count, period and first category: "the third attack since April ... bringing the
    number of attacks to 3") is kept once."""
    out: list[TallyClaim] = []
    seen: set[tuple[int, str, str]] = set()
    for t in tallies:
        prev = out[-1] if out else None
        # a source read as raw words, not a catalogued name ("and" in "... and said"), gives way to
        # the paragraph's
        raw = t.source_evidence is not None and t.source == t.source_evidence.quote
        if raw and prev is not None and prev.source:
            t = dataclasses.replace(t, source="", source_evidence=None)
        missing = not (t.period and t.source and t.area)
        if missing and prev is not None and "\n" not in text[prev.evidence.span.end : t.evidence.span.start]:
            t = dataclasses.replace(
                t,
                period=t.period or prev.period,
                period_start=t.period_start if t.period else prev.period_start,
                period_end=t.period_end if t.period else prev.period_end,
                source=t.source or prev.source,
                source_evidence=t.source_evidence if t.source else prev.source_evidence,
                area=t.area or prev.area,
            )
        key = (t.count, t.period, t.categories[0] if t.categories else "")
        if key in seen:
            continue
        seen.add(key)
        out.append(t)
    return out


def _best_source(attributions: Sequence[Attribution]) -> Attribution | None:
    if not attributions:
        return None
    # A named source (an observatory, an agency) beats a generic one ("reports", "sources").
    generic = {"reports", "sources", "media"}
    known = [a for a in attributions if a.source != a.evidence.quote]  # canonical names from the list
    named = [a for a in known if a.source not in generic]
    return (named or known or list(attributions))[0]


def _period_label(p: Period) -> str:
    """``TallyClaim.period``: "2024-03" (month), "2024" (year), else "" (a week, a day, a rolling window).

    The label is coarse; ``period_start``/``period_end`` carry the exact range. A rolling window ("over
    the past week", "in the past 30 days", "خلال الشهرين الماضيين", "in recent weeks") is no calendar
    month or year: "" whatever its unit; so is a week ("last week", "هذا الأسبوع": the label names only
    a month or a year). "So far this year" is the year. A quarter or a half
    ("الربع الأول من 2024", "the first half of 2024") has no label of its own: the date reader gives it
    YEAR precision, so it is labelled by its year ("2024", Jan 1 - Mar 31). "Since the start of the
    year" is the year ("2024", Jan 1 - publication); "since early April" is labelled by the month it
    starts in ("2024-04", Apr 1 - publication, even when published in May), "since January" by the year.
    """
    if p.rolling:
        return ""
    if p.precision is TimePrecision.MONTH:
        return p.start_date.strftime("%Y-%m")
    if p.precision is TimePrecision.YEAR:
        return str(p.start_date.year)
    return ""
