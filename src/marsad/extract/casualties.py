"""Casualty figures (killed, injured, abducted, arrested) in one sentence, never double counted.

The grammar (cue words in lexicons/casualties.toml, numbers from :mod:`marsad.text.numbers`):

- an **event cue** (مقتل, أصيب, خطف, killed, wounded) takes the nearest count after it in the same
  clause ("مقتل 3 مدنيين", "killing two", "خطف 4 رعاة", "أسفر عن مقتل عنصرين"), or else right before
  it ("شخصين قتلا", "two people were killed", "five injured");
- a **noun cue** (قتلى, جرحى, dead) takes the count right before it ("5 قتلى", "12 dead") or is itself a
  dual ("سقوط قتيلين" = 2 killed);
- counts are digits (Arabic-Indic digits are ASCII after normalization), number words, duals of person
  nouns ("مقتل طفلين") or vague quantities (عشرات = 10, dozens = 12, مئات = 100) with ``approximate``;
- an event cue followed by a singular person noun and no count is one victim ("قتل شاب" = 1);
- a **breakdown** ("بينهم امرأة وطفل", "including a child") describes people already counted: counts
  after it are skipped until the next cue, so "مقتل 5 بينهم امرأة وطفل" is 5 killed, not 7;
- numbers that measure something else (years, ages, kilometres, rockets, dates) are not counts, and
  each number is used by one cue only.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from marsad.extract.actors import sentence_language
from marsad.extract.context import SentenceContext
from marsad.model import CasualtyFigure
from marsad.text.match import LexiconMatcher
from marsad.text.normalize import normalize, normalize_str
from marsad.text.numbers import NumberMention, find_dual_nouns, find_numbers
from marsad.vocab import CasualtyKind, Language

__all__ = ["PRODUCER", "casualty_matchers", "find_casualties"]

PRODUCER = "extract.casualties.v1"
_WORD = re.compile(r"\w+")
_BREAK = re.compile(r"[.;:!?,()\"]")
_AFTER_REACH = 4  # words between an event cue and its count ("مقتل ما لا يقل عن 5")
_BEFORE_REACH = 3  # words between a count and a following cue ("two people were killed")
_EN_AND = re.compile(r"\band\b")
_YEAR_WORDS = frozenset({"عام", "العام", "سنه", "منذ", "في", "خلال", "in", "since", "year", "during", "of"})
_CASUALTY_DUALS = ("قتيل", "جريح", "مصاب", "رهينة", "مختطف", "معتقل", "شهيد", "ضحية")


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    kind: CasualtyKind
    noun: bool


@dataclass(frozen=True, slots=True, eq=False)
class _Lexicon:
    cues: LexiconMatcher[tuple[CasualtyKind, bool]]
    breakdown: LexiconMatcher[bool]
    units: frozenset[str]
    person: frozenset[str]


@cache
def _lexicon(lang: Language) -> _Lexicon:
    data = tomllib.loads(
        resources.files("marsad.extract").joinpath("lexicons/casualties.toml").read_text("utf-8")
    )
    raw = data["en" if lang is Language.EN else "ar"]
    entries: list[tuple[str, tuple[CasualtyKind, bool], bool]] = []
    for kind in CasualtyKind:
        table = raw.get(kind.value, {})
        entries += [(w, (kind, False), True) for w in table.get("event", [])]
        entries += [(w, (kind, True), True) for w in table.get("noun", [])]
    return _Lexicon(
        cues=LexiconMatcher(entries),
        breakdown=LexiconMatcher((w, True, False) for w in raw.get("breakdown", [])),
        units=frozenset(normalize_str(w) for w in raw.get("units", [])),
        person=frozenset(normalize_str(w) for w in raw.get("person", [])),
    )


def casualty_matchers() -> tuple[LexiconMatcher[Any], ...]:
    """The matchers :func:`find_casualties` reads over a sentence's document (both languages)."""
    lexicons = [_lexicon(Language.AR), _lexicon(Language.EN)]
    return tuple(m for lex in lexicons for m in (lex.cues, lex.breakdown))


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _strip_clitic(word: str) -> str:
    for p in ("وال", "بال", "فال", "ال", "و", "ف", "ب", "ل"):
        if word.startswith(p) and len(word) - len(p) >= 3:
            return word[len(p):]
    return word


def _numbers(ntext: str, lang: Language, lex: _Lexicon) -> list[NumberMention]:
    norm = normalize(ntext)  # idempotent on normalized text: offsets stay those of the sentence
    found = find_numbers(norm, language="en" if lang is Language.EN else "ar")
    if lang is not Language.EN:
        found += find_dual_nouns(norm) + find_dual_nouns(norm, _CASUALTY_DUALS)
    found.sort(key=lambda n: (n.start, -(n.end - n.start)))
    out: list[NumberMention] = []
    for n in found:
        if out and n.start < out[-1].end:
            continue
        before = _WORD.findall(ntext[max(n.start - 12, 0) : n.start])
        if n.form == "digits" and 1900 <= n.value <= 2100 and n.end - n.start == 4 \
                and (not before or before[-1] in _YEAR_WORDS):
            continue  # a year ("عام 2019", "in 2019", a sentence starting with a year)
        following = _WORD.findall(ntext[n.end : n.end + 20])
        if following and (following[0] in lex.units or _strip_clitic(following[0]) in lex.units):
            continue  # "40 عاما", "50 كلم", "5 rockets"
        out.append(n)
    return out


def _cues(ctx: SentenceContext, lex: _Lexicon) -> list[_Cue]:
    cues: list[_Cue] = []
    for m in lex.cues.find_in(ctx.doc.norm.text, ctx.nstart, ctx.nend):
        if cues and cues[-1].start == m.start:
            continue  # two senses of one word: keep the first
        kind, noun = m.payload
        cues.append(_Cue(m.start, m.end, kind, noun))
    return cues


def _clear(ntext: str, a: int, b: int, english: bool) -> bool:
    """No clause break (or, in English, no "and") between offsets a and b."""
    between = ntext[a:b]
    return not _BREAK.search(between) and not (english and _EN_AND.search(between))


def find_casualties(ctx: SentenceContext) -> list[CasualtyFigure]:
    """Killed, injured, abducted and arrested counts in the sentence, with evidence."""
    lang = sentence_language(ctx)
    english = lang is Language.EN
    lex = _lexicon(Language.EN if english else Language.AR)
    ntext = ctx.ntext
    cues = _cues(ctx, lex)
    if not cues:
        return []
    numbers = _numbers(ntext, lang, lex)
    # breakdown zones: from the marker to the next cue (or the clause end)
    zones: list[tuple[int, int]] = []
    for m in lex.breakdown.find_in(ctx.doc.norm.text, ctx.nstart, ctx.nend):
        nxt = [c.start for c in cues if c.start >= m.end]
        brk = _BREAK.search(ntext, m.end)
        ends = [*nxt, brk.start() if brk else len(ntext)]
        zones.append((m.start, min(ends)))
    numbers = [n for n in numbers if not any(a <= n.start < b for a, b in zones)]
    used: set[int] = set()
    figures: list[CasualtyFigure] = []
    for i, cue in enumerate(cues):
        prev_end = cues[i - 1].end if i > 0 else 0
        next_start = cues[i + 1].start if i + 1 < len(cues) else len(ntext)
        chosen = _pick(ntext, cue, numbers, used, prev_end, next_start, english)
        if chosen is not None:
            used.add(chosen.start)
            s, e = min(cue.start, chosen.start), max(cue.end, chosen.end)
            figures.append(_figure(ctx, cue.kind, chosen.value, chosen.approximate, s, e))
            continue
        if not cue.noun:
            lone = _lone_person(ntext, cue, lex, english)
            if lone is not None:
                figures.append(_figure(ctx, cue.kind, 1, False, cue.start, lone))
    return figures


def _pick(ntext: str, cue: _Cue, numbers: list[NumberMention], used: set[int], prev_end: int,
          next_start: int, english: bool) -> NumberMention | None:
    free = [n for n in numbers if n.start not in used]
    # the cue word itself is a dual ("قتيلين", "جريحين")
    for n in free:
        if n.start <= cue.start and cue.end <= n.end:
            return n
    before = [n for n in free if prev_end <= n.start and n.end <= cue.start
              and _words(ntext[n.end : cue.start]) <= (1 if cue.noun else _BEFORE_REACH)
              and _clear(ntext, n.end, cue.start, english)]
    if cue.noun:
        return before[-1] if before else None
    after = [n for n in free if n.start >= cue.end and n.end <= next_start
             and _words(ntext[cue.end : n.start]) <= _AFTER_REACH
             and _clear(ntext, cue.end, n.start, english)]
    if after and (not english or not before or _words(ntext[cue.end : after[0].start]) <= 1):
        return after[0]
    return before[-1] if before else None


def _lone_person(ntext: str, cue: _Cue, lex: _Lexicon, english: bool) -> int | None:
    """End offset of a singular person noun right after the cue ("قتل شاب", "killed a teacher")."""
    skipped = 0
    for m in _WORD.finditer(ntext, cue.end):
        word = m.group()
        if english and word in ("a", "an", "the", "one"):
            continue
        if word in lex.person or (not english and _strip_clitic(word) in lex.person):
            return m.end()
        if english and skipped == 0:  # one adjective: "a Palestinian man", "a local teacher"
            skipped += 1
            continue
        return None
    return None


def _figure(ctx: SentenceContext, kind: CasualtyKind, value: int, approximate: bool, s: int, e: int
            ) -> CasualtyFigure:
    evidence = ctx.doc.evidence(ctx.nstart + s, ctx.nstart + e, PRODUCER)
    return CasualtyFigure(kind=kind, value=value, evidence=evidence, approximate=approximate)
