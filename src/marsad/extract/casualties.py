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
- numbers that measure something else (years, ages, kilometres, rockets, bullets, dates) are not
  counts, and each number is used by one cue only;
- an attached dual pronoun is two victims ("لقي راعٍ وطفل مصرعهما" = 2 killed); coordinated person
  nouns after a cue are counted ("قتل رجل وامرأة" = 2, "killing a man and a boy" = 2);
- an English passive cue takes its subject's count however long the subject ("Three fighters of the
  Syrian Democratic Forces (SDF) were killed" = 3); a singular subject with no number is one victim
  ("A tribal elder was shot dead"), a plural one is counted from its coordinated singulars ("An army
  officer and a soldier were killed" = 2);
- a stated **zero** ("No one was hurt" = injured 0, "there were no casualties", "دون وقوع إصابات",
  "لم يسفر عن إصابات" = killed 0 and injured 0, "no one was killed" = killed 0) is a figure of 0, left
  out for a kind the sentence gives a number for; "no immediate reports of casualties" (unknown) is
  none;
- "the number of" before a casualty noun takes the count after it ("عدد الجرحى بلغ 15"), and a bare
  indefinite singular casualty noun is one victim ("عثر على جثة شاب") when nothing else counts them;
- an injury word after "died of" is how a death came about ("توفي متأثرا بجروحه"): no injured;
- in a sentence that updates a toll ("ارتفعت حصيلة القتلى إلى 7", "the toll rose to 7") the first
  figure of each kind is the latest total, marked ``update`` (it replaces earlier figures of the
  incident, see :mod:`marsad.extract.coreference`) and the others of its kind, which explain the
  rise ("بعد وفاة امرأة"), are dropped.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any, NamedTuple

from marsad.extract.actors import sentence_language
from marsad.extract.context import SentenceContext
from marsad.model import CasualtyFigure
from marsad.text.match import LexiconMatcher, Match, alternation
from marsad.text.normalize import normalize, normalize_str
from marsad.text.numbers import NumberMention, find_dual_nouns, find_numbers
from marsad.vocab import CasualtyKind, Language

__all__ = ["PRODUCER", "casualty_matchers", "combine_casualties", "find_casualties"]

PRODUCER = "extract.casualties.v1"
_WORD = re.compile(r"\w+")
_BREAK = re.compile(r"[.;:!?,()\"]")
_AFTER_REACH = 4  # words between an event cue and its count ("مقتل ما لا يقل عن 5")
_BEFORE_REACH = 3  # words between a count and a following cue ("two people were killed")
_EN_AND = re.compile(r"\band\b")
# between two counted groups of one subject: a noun phrase, then "and" ("soldiers and", "members of
# the security forces and"); "between 10 and 15" (no noun) and "including" breakdowns do not match
_COUNTED_AND = re.compile(r"\s+(?!including\b)[^\W\d][^,;:()]*?\s+and\s+")
_YEAR_WORDS = frozenset({"عام", "العام", "سنه", "منذ", "في", "خلال", "in", "since", "year", "during", "of"})
_CASUALTY_DUALS = ("قتيل", "جريح", "مصاب", "رهينة", "مختطف", "معتقل", "شهيد", "ضحية")


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    kind: CasualtyKind
    noun: bool
    count_of: bool = False  # "عدد الجرحى", "the number of dead": the count follows the noun
    single: bool = False  # a bare indefinite singular noun ("جثة"): one victim when nothing else counts
    dual: bool = False  # an attached dual pronoun ("مصرعهما"): two victims
    one: bool = False  # a singular verb phrase that names one victim ("أصيب بجروح")
    # one victim when nothing else in the sentence counts the kind: a killing with a singular pronoun
    # ("ما أدى إلى مقتله", "قتلها"), a victim the sentence named before
    one_if_alone: bool = False


_PERSON_ENDINGS = ("", "ا", "ه", "ها", "هم")  # "شابا", "شقيقه", "والدها", "ابنهم"
_SINGULAR_PRONOUNS = frozenset({"ه", "ها"})  # "مقتله", "مقتلها", "قتله": one victim, named before
_EN_SINGULAR_OBJECTS = frozenset({"him", "her"})  # "wounding him", "killing her"
# the kinds a singular pronoun counts one victim of ("ما أدى إلى إصابتها", "wounding him"); an injured
# one only where the sentence tells of no death (after "لقي حتفه بعد إصابته" he is the dead man)
_ONE_IF_ALONE = frozenset({CasualtyKind.KILLED, CasualtyKind.INJURED})


@dataclass(frozen=True, slots=True, eq=False)
class _Lexicon:
    cues: LexiconMatcher[tuple[CasualtyKind, bool]]
    breakdown: LexiconMatcher[bool]
    update: LexiconMatcher[bool]
    units: frozenset[str]
    person: frozenset[str]
    person_forms: frozenset[str]  # person nouns with the accusative ending or a possessive pronoun
    another: frozenset[str]
    another_after: frozenset[str]
    pronouns: frozenset[str]
    prepositions: frozenset[str]
    died_of_wounds: re.Pattern[str]  # any of the phrases
    # deaths among the wounded: "وفاة اثنين من المصابين", "two of the wounded died"
    died_among: frozenset[str]
    count_of: frozenset[str]
    single: frozenset[str]
    one_victim: frozenset[str]
    pair: frozenset[str]
    not_counts: frozenset[str]
    singular_aux: tuple[str, ...]
    adverbs: frozenset[str]
    counted_after: frozenset[str]
    plural_aux: tuple[str, ...]
    no_one: frozenset[str]
    pronoun_forms: frozenset[str] = frozenset()  # a cue with a singular pronoun glued on ("إصابته")
    died_among_skip: frozenset[str] = frozenset()  # "later" of "one of the wounded later died"
    intransitive: frozenset[str] = frozenset()  # "died": its subject is its victims
    victim_before: frozenset[str] = frozenset()  # "تعرض راع للضرب حتى الموت": the victim before the cue
    zero: tuple[_ZeroPhrases, ...] = ()


# What a stated-zero phrase of ``[<lang>.zero]`` sets to 0.
_ZERO_KINDS = {
    "casualties": (CasualtyKind.KILLED, CasualtyKind.INJURED),
    "killed": (CasualtyKind.KILLED,),
    "injured": (CasualtyKind.INJURED,),
}


class _ZeroPhrases(NamedTuple):
    """One ``[<lang>.zero]`` list: its pattern, the kinds it sets to 0, and the longest word of each
    phrase (a match holds every word of its phrase, so a sentence holding none of these words cannot
    match: a substring test saves the search)."""

    pattern: re.Pattern[str]
    kinds: tuple[CasualtyKind, ...]
    anchors: tuple[str, ...]


def _zero_patterns(table: dict[str, Any]) -> tuple[_ZeroPhrases, ...]:
    """Each ``[<lang>.zero]`` list as one whole-phrase pattern on normalized text (after و/ف); up to
    two words (the subject) may follow a ``gap_after`` verb ("لم يسفر الانفجار عن إصابات")."""
    gap = frozenset(normalize_str(w) for w in table.get("gap_after", []))

    def phrase(form: str) -> str:
        words = normalize_str(form).split()
        return r"\s+".join(re.escape(w) + (r"(?:\s+\w+){0,2}?" if w in gap else "") for w in words)

    out = []
    for key, kinds in _ZERO_KINDS.items():
        said = {" ".join(normalize_str(f).split()) for f in table.get(key, [])}
        forms = sorted(said, key=len, reverse=True)
        if forms:
            body = "|".join(phrase(f) for f in forms)
            # (a phrase of no word gives the anchor "", found in every sentence)
            anchors = tuple(sorted({max(normalize_str(f).split(), key=len, default="") for f in forms}))
            out.append(_ZeroPhrases(re.compile(rf"(?<!\w)[وف]?(?:{body})(?!\w)"), kinds, anchors))
    return tuple(out)


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

    def words(key: str) -> frozenset[str]:
        return frozenset(normalize_str(w) for w in raw.get(key, []))

    def phrases(key: str) -> tuple[str, ...]:
        return tuple(" ".join(normalize_str(w).split()) for w in raw.get(key, []))

    return _Lexicon(
        cues=LexiconMatcher(entries),
        breakdown=LexiconMatcher((w, True, False) for w in raw.get("breakdown", [])),
        update=LexiconMatcher((w, True, False) for w in raw.get("update", [])),
        units=words("units"),
        person=words("person"),
        person_forms=frozenset(w + e for w in words("person") for e in _PERSON_ENDINGS)
        # a feminine noun's ta marbuta before a pronoun ("والدته", "زوجتها", "شقيقتهم")
        | frozenset(w[:-1] + "ت" + e for w in words("person") if w.endswith("ه") and len(w) > 3
                    for e in _PERSON_ENDINGS[2:]),
        another=words("another"),
        another_after=words("another_after"),
        pronouns=words("pronouns"),
        prepositions=words("prepositions"),
        died_of_wounds=re.compile(alternation(phrases("died_of_wounds"))),
        died_among=words("died_among"),
        count_of=words("count_of"),
        single=words("single"),
        one_victim=frozenset(phrases("one_victim")),
        pair=words("pair"),
        not_counts=frozenset(phrases("not_counts")),
        singular_aux=phrases("singular_auxiliaries"),
        adverbs=words("adverbs"),
        counted_after=words("counted_after"),
        plural_aux=phrases("plural_auxiliaries"),
        no_one=words("no_one"),
        pronoun_forms=words("pronoun_forms"),
        died_among_skip=words("died_among_skip"),
        intransitive=words("intransitive"),
        victim_before=frozenset(phrases("victim_before")),
        zero=_zero_patterns(raw.get("zero", {})),
    )


def casualty_matchers() -> tuple[LexiconMatcher[Any], ...]:
    """The matchers :func:`find_casualties` reads over a sentence's document (both languages)."""
    lexicons = [_lexicon(Language.AR), _lexicon(Language.EN)]
    return tuple(m for lex in lexicons for m in (lex.cues, lex.breakdown, lex.update))


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
            continue  # "40 عاما", "50 كلم", "5 rockets", "بعدة طلقات"
        if before and before[-1] in lex.no_one:
            continue  # "no one was hurt"
        said = " ".join(ntext[n.start : n.end].split())
        if n.form == "vague" and (said in lex.not_counts or f"{said} {following[0] if following else ''}"
                                  in lex.not_counts):
            continue  # "عدد من", "a number of": no defensible figure
        out.append(n)
    return out


def _cues(ctx: SentenceContext, lex: _Lexicon) -> list[_Cue]:
    ntext = ctx.ntext
    cues: list[_Cue] = []
    for m in lex.cues.find_in(ctx.doc.norm.text, ctx.nstart, ctx.nend):
        if cues and cues[-1].start == m.start:
            continue  # two senses of one word: keep the first
        kind, noun = m.payload
        if kind is CasualtyKind.INJURED and (
            _died_of_wounds(ntext, m.start, lex) or _died_among(ntext, m.start, lex)
            or (lex.died_among_skip and _wounded_who_died(ntext, m.start, m.end, lex))
        ):
            continue
        if noun:
            before = ntext[max(0, m.start - 16) : m.start].split()
            cues.append(_Cue(
                m.start, m.end, kind, True,
                count_of=(bool(before) and _strip_clitic(before[-1]) in lex.count_of)
                or m.pattern in lex.counted_after,
                single=m.end == m.stem_end and m.pattern in lex.single
                and "ال" not in ntext[m.start : m.stem_start],
            ))
        else:
            cues.append(_Cue(
                m.start, m.end, kind, False,
                dual=ntext.endswith("هما", m.start, m.end),
                one=m.end == m.stem_end and m.pattern in lex.one_victim,
                # ("أدى إلى مصرعه" too, but not the idiom "لقي X حتفه": X counts when a person, _met_death)
                one_if_alone=kind in _ONE_IF_ALONE and _singular_object(ntext, m, lex)
                and not _met_idiom(ntext, m.start),
            ))
    return cues


def _singular_object(ntext: str, m: Match[tuple[CasualtyKind, bool]], lex: _Lexicon) -> bool:
    """A singular pronoun on the cue ("مقتله", "إصابتها") or right after it ("wounding him")."""
    if ntext[m.stem_end : m.end] in _SINGULAR_PRONOUNS or m.pattern in lex.pronoun_forms:
        return True
    nxt = _WORD.match(ntext, m.end + 1)
    return nxt is not None and ntext[m.end : m.end + 1] == " " and nxt.group() in _EN_SINGULAR_OBJECTS


def _died_of_wounds(ntext: str, start: int, lex: _Lexicon) -> bool:
    """The injury word at ``start`` says how someone died ("توفي متأثرا بجروحه", "died of his wounds")."""
    head = ntext[max(0, start - 40) : start]
    if lex.died_of_wounds.search(head) is None:
        return False  # the usual case: no phrase anywhere before it
    return lex.died_of_wounds.search(" ".join(head.split()[-3:])) is not None


def _died_among(ntext: str, start: int, lex: _Lexicon) -> bool:
    """The injury word at ``start`` is the partitive of a death ("بعد وفاة اثنين من المصابين"): those
    who died among the wounded, no new figure of wounded."""
    before = ntext[max(0, start - 60) : start].split()[-4:]
    return len(before) >= 2 and before[-1] == "من" and any(w in lex.died_among for w in before[:-1])


def _wounded_who_died(ntext: str, start: int, end: int, lex: _Lexicon) -> bool:
    """The English injury word at [start, end) names wounded who died: a partitive ("two of the wounded
    died", "one of the injured later succumbed") or an attribute of the dead ("A wounded policeman died
    in hospital", "Two wounded soldiers died"), the death verb within two words after it."""
    before = ntext[max(0, start - 16) : start].split()[-2:]
    after = _WORD.findall(ntext[end : end + 60])[:4]
    if before[-2:] != ["of", "the"] and after and (after[0] in lex.person or _plural_person(after[0], lex)):
        after = after[1:]  # "a wounded policeman died"
    elif before[-2:] != ["of", "the"]:
        return False
    skipped = 0
    while after and after[0] in lex.died_among_skip and skipped < 2:
        after, skipped = after[1:], skipped + 1
    return bool(after) and after[0] in lex.died_among


_WHO_DIED = re.compile(r"\s*,?\s*who\s+(?:later\s+|subsequently\s+|had\s+|since\s+)?(?:died|succumbed)\b")


def _wounded_then_died(ntext: str, figure: CasualtyFigure) -> CasualtyFigure:
    """An English injured figure whose victims the sentence says died ("wounded his son, who later died
    in hospital"): killed."""
    if figure.kind is not CasualtyKind.INJURED or "who" not in ntext:
        return figure
    said = normalize_str(figure.evidence.quote)
    at = ntext.find(said)
    if at < 0 or not _WHO_DIED.match(ntext, at + len(said)):
        return figure
    return dataclasses.replace(figure, kind=CasualtyKind.KILLED)


def _plural_person(word: str, lex: _Lexicon) -> bool:
    """An English plural person noun ("soldiers", "policemen", "people")."""
    return word in _EN_PLURAL_PEOPLE or (word.endswith("s") and word[:-1] in lex.person) or (
        word.endswith("men") and word[:-3] + "man" in lex.person)


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
        return _zeros(ctx, lex, [])
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
    singles: list[_Cue] = []
    alone: list[_Cue] = []  # a singular pronoun's one victim, when nothing else counts the kind
    rises = lex.update.find_in(ctx.doc.norm.text, ctx.nstart, ctx.nend)
    for i, cue in enumerate(cues):
        prev_end = cues[i - 1].end if i > 0 else 0
        next_start = cues[i + 1].start if i + 1 < len(cues) else len(ntext)
        chosen = _pick(ntext, cue, numbers, used, prev_end, next_start, english)
        if english and not cue.noun:
            summed = _subject_sum(ntext, cue, numbers, used, prev_end, zones)
            if summed is not None and (chosen is None or summed.start <= chosen.start < summed.end):
                chosen = summed  # the number next to the cue is one group of a coordinated subject
            elif chosen is not None and chosen.end <= cue.start:
                chosen = _with_joined_persons(ntext, cue, chosen, prev_end, zones)
        if chosen is None and rises:
            chosen = _risen_to(ntext, cue, numbers, used, next_start, [m.end for m in rises], english)
        if chosen is None and english and not cue.noun:
            chosen = _passive_subject_count(ntext, cue, numbers, used, prev_end, zones)
        if chosen is not None:
            used.add(chosen.start)
            s, e = min(cue.start, chosen.start), max(cue.end, chosen.end)
            joined = 0 if english or cue.noun else _singles_joined(ntext, cue.end, chosen, lex)
            value = chosen.value + joined
            figures.append(_figure(ctx, cue.kind, value, chosen.approximate, s, e))
            continue
        if cue.noun:
            if cue.single and not any(a <= cue.start < b for a, b in zones):
                singles.append(cue)
            continue
        if cue.dual or cue.one:
            figures.append(_figure(ctx, cue.kind, 2 if cue.dual else 1, False, cue.start, cue.end))
            continue
        person = _lone_person(ntext, cue, lex, english, numbers)
        if person is None and english:
            person = _pair(ntext, cue, lex)
        if person is None and not english:
            person = _met_death(ntext, cue, lex, prev_end)
        if person is None and not english and ntext[cue.start : cue.end] in lex.victim_before:
            person = _person_before(ntext, cue, lex, prev_end)
        if person is None and english:
            person = _passive_subject_persons(ntext, cue, lex, prev_end, zones)
        if person is None and english:
            person = _object_to_death(ntext, cue, lex, prev_end, numbers)
        if person is None and english:
            person = _elliptical_subject(ntext, cue, lex, prev_end)
        if person is not None:
            value, s, e = person
            figures.append(_figure(ctx, cue.kind, value, False, s, e))
        elif cue.one_if_alone and not any(a <= cue.start < b for a, b in zones) and not (
            cue.kind is CasualtyKind.INJURED and any(c.kind is CasualtyKind.KILLED for c in cues)
        ):
            alone.append(cue)
    have = {f.kind for f in figures}
    figures += [_figure(ctx, c.kind, 1, False, c.start, c.end) for c in singles if c.kind not in have]
    for cue in alone:  # the same one victim however often named
        if cue.kind not in have and not any(c.kind is cue.kind for c in singles):
            figures.append(_figure(ctx, cue.kind, 1, False, cue.start, cue.end))
            have.add(cue.kind)
    if english and figures:
        figures = [_wounded_then_died(ntext, f) for f in figures]
    if figures and rises:
        first = min(rises, key=lambda m: m.start)  # original offsets, as the figures' evidence
        figures = _latest_totals(figures, ctx.doc.evidence(ctx.nstart + first.start, ctx.nstart + first.end,
                                                           PRODUCER).span.start)
    return _zeros(ctx, lex, figures)


def _zeros(ctx: SentenceContext, lex: _Lexicon, figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """``figures`` with a 0 for each kind a stated-zero phrase of the sentence names ("No one was
    hurt", "دون وقوع إصابات") and no figure of the sentence gives a number for."""
    have = {f.kind for f in figures}
    ntext = ctx.ntext
    for pattern, kinds, anchors in lex.zero:
        if not any(a in ntext for a in anchors):
            continue  # no phrase's longest word: no match (the usual case)
        m = pattern.search(ntext)
        if m is None:
            continue
        for kind in kinds:
            if kind not in have:
                have.add(kind)
                figures.append(_figure(ctx, kind, 0, False, m.start(), m.end()))
    return figures


def combine_casualties(
    base: tuple[CasualtyFigure, ...], extra: Sequence[CasualtyFigure]
) -> tuple[CasualtyFigure, ...]:
    """An incident's figures with those of a later mention of it added: a kind it lacks is added
    (arrests excepted: a later arrest is another incident's outcome), an ``update`` figure (a rising
    toll) replaces the figures of its kind, and other figures of a kind it has are left out (the
    same victims told again). A stated zero never replaces a number ("Two guards were wounded. No
    one was hurt" keeps 2 wounded), and a number replaces an earlier zero of its kind ("No one was
    killed ... One of the wounded later died" is 1 killed)."""
    numbered = {f.kind for f in base if f.value != 0}
    zeros = {f.kind for f in base if f.value == 0} - numbered
    updated = {f.kind for f in extra if f.update and f.value != 0}
    unzeroed = {f.kind for f in extra if f.kind in zeros and f.value != 0}
    have = {f.kind for f in base}
    kept = tuple(f for f in base if f.kind not in updated | unzeroed)
    added = tuple(
        f for f in extra
        if (f.update and f.kind in updated)
        or (f.kind in unzeroed and f.value != 0)
        or (f.kind not in have and f.kind is not CasualtyKind.ARRESTED)
    )
    return kept + added


def _latest_totals(figures: list[CasualtyFigure], rise_start: int) -> list[CasualtyFigure]:
    """In a sentence that updates a toll, the first figure of each kind from the first rising-toll phrase
    on is the new total (the deaths told before it explain the rise: "Two soldiers died of their wounds,
    raising the death toll to six", "توفي شاب متأثرا بجراحه لترتفع حصيلة القتلى إلى خمسة"), else the
    first figure of the kind."""
    out: list[CasualtyFigure] = []
    seen: set[CasualtyKind] = set()
    for f in sorted(figures, key=lambda f: (f.evidence.span.end <= rise_start, f.evidence.span.start)):
        if f.kind not in seen:
            seen.add(f.kind)
            out.append(dataclasses.replace(f, update=True))
    return out


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
    if cue.noun and not cue.count_of:
        return before[-1] if before else None
    after = [n for n in free if n.start >= cue.end and n.end <= next_start
             and _words(ntext[cue.end : n.start]) <= _AFTER_REACH
             and _clear(ntext, cue.end, n.start, english)]
    if after and (not english or not before or _words(ntext[cue.end : after[0].start]) <= 1):
        return after[0]
    return before[-1] if before else None


# What stands between a rising toll's verb and the figure it reaches (normalized spelling).
_TO = frozenset({"", "to", "at", "الي"})


def _risen_to(ntext: str, cue: _Cue, numbers: list[NumberMention], used: set[int], next_start: int,
              rise_ends: list[int], english: bool) -> NumberMention | None:
    """The count a rising toll reaches, however far it stands from the toll word: right after the verb
    ("the death toll from Monday's bombing of the market rose to 12"), or after "إلى" when the verb
    opens the phrase ("ارتفعت حصيلة قتلى التفجير الذي ضرب السوق أمس إلى 12"); within the clause and
    before the next cue."""
    for n in numbers:
        if n.start in used or n.start < cue.end or n.end > next_start:
            continue
        lead = ntext[max(0, n.start - 8) : n.start].split()
        reached = any(cue.end <= u <= n.start and ntext[u : n.start].strip() in _TO for u in rise_ends) or (
            # "raising the death toll from Sunday's ambush to six": the rise ends with the toll word
            bool(lead) and lead[-1] in _TO and any(0 <= cue.start - u <= 1 or u == cue.end for u in rise_ends)
        )
        if reached and _clear(ntext, cue.end, n.start, english):
            return n
    return None


def _persons_from(ntext: str, at: int, lex: _Lexicon, english: bool,
                  numbers: Sequence[NumberMention] = ()) -> tuple[int, int, int] | None:
    """(how many, end, start) of singular person nouns joined by "و"/"and" from ``at`` ("رجل وامرأة",
    "a man and a boy"); None when no person comes after an article and two modifiers. ``start`` is
    ``at``, or the first person's offset past an Arabic verb's subject ("أعدم تنظيم الدولة شابا"). In
    English an age modifier is one modifier ("a 12-year-old boy") and a counted group may be joined
    ("a farmer and his two sons" = 3)."""
    count, end, skipped, expect_person = 0, at, 0, True
    first = at  # Arabic: where the object starts past its verb's subject ("أعدم تنظيم الدولة [شابا]")
    for m in _WORD.finditer(ntext, at):
        if m.start() < end:  # inside a modifier already read with the person after it
            continue
        word = m.group()
        if english and word in ("a", "an", "the", "one"):
            continue
        if not expect_person:
            if (english and word == "and") or (not english and word.startswith("و") and len(word) > 3
                                                and _is_person(word[1:], lex)):
                if not english:
                    count, end = count + 1, m.end()
                    continue
                group = _counted_group(ntext, m.end(), numbers, lex)
                if group is not None:  # "and his two sons"
                    count, end = count + group[0], group[1]
                    continue
                expect_person, skipped = True, 0
                continue
            if not english and word in lex.person:  # "شاب ثالث": an ordinal after a person noun
                continue
            if not english:
                joined = _coordinated_after_modifier(ntext, m.start(), lex)
                if joined is not None:  # "مقتل ضابط برتبة ملازم أول وجندي" = 2
                    count, end = count + 1, joined
                    continue
            break
        if word in lex.person or (not english and _is_person(word, lex)):
            if not count and not english and skipped:
                first = m.start()
            count, end, expect_person = count + 1, m.end(), False
            continue
        if english and skipped < 2:
            age = _EN_AGE.match(ntext, m.start())
            if age is not None:  # "a 12-year-old boy", "a five-year-old": one modifier
                skipped, end = skipped + 1, age.end()
                continue
        if (english and skipped < 2 and word not in lex.prepositions) or (
            not english and skipped < _AR_SUBJECT_WORDS and _object_ahead(ntext, m.end(), lex, skipped)
        ):
            # English: two modifiers ("a Palestinian man", "a local council member"); Arabic: the
            # subject between the verb and an accusative object ("قتل مسلحون شابا")
            skipped += 1
            continue
        break
    return (count, end, first) if count else None


# How many words of a modifier ("برتبة ملازم أول", "في الجيش") may stand between a victim noun and a
# second person noun joined by "و" ("بمقتل ضابط برتبة ملازم أول وجندي"): both are victims.
_MODIFIER_WORDS = 3
# Words that make the modifier the agent's phrase, not the victim's ("مقتل شاب برصاص مسلح وشرطي").
_AGENT_MODIFIERS = frozenset({"يد", "بيد", "برصاص", "بنيران", "بقذيفة", "اثر", "جراء", "نتيجة"})


def _coordinated_after_modifier(ntext: str, at: int, lex: _Lexicon) -> int | None:
    """End of a person noun joined by "و" after a short modifier of the person before it, starting at
    the modifier's first word ``at`` ("ضابط [برتبة ملازم أول] وجندي"); None when a punctuation mark,
    a number or an agent's word stands between, or no such noun comes within the reach."""
    pos = at
    for _ in range(_MODIFIER_WORDS + 1):
        m = _WORD.match(ntext, pos) if pos == at else _WORD.search(ntext, pos)
        if m is None or (pos != at and ntext[pos : m.start()].strip()):
            return None  # punctuation between words ends the phrase
        word = m.group()
        if word.startswith("و") and len(word) > 3 and _is_person(word[1:], lex):
            return m.end() if m.start() > at else None
        if word.isdigit() or word in _AGENT_MODIFIERS or word.startswith("و"):
            return None
        pos = m.end()
    return None


_EN_AGE = re.compile(r"[\w]+-(?:year|month|week)s?-old\b")
# "and his two sons", "and their three children": a counted group of people joined to a person noun
_EN_GROUP = re.compile(r"\s+(?:(?:his|her|their|its|the)\s+)?(?P<num>[\w-]+)\s+(?P<noun>[a-z]+)\b")
_EN_PLURAL_PEOPLE = frozenset({"children", "men", "women", "people", "relatives", "siblings", "companions"})
# How many words an Arabic verb's subject may take before its object ("قتل مسلحون شابا", "أعدم تنظيم
# الدولة شابا", "اغتال مسلحون مجهولون القيادي")
_AR_SUBJECT_WORDS = 2


def _counted_group(ntext: str, at: int, numbers: Sequence[NumberMention], lex: _Lexicon
                   ) -> tuple[int, int] | None:
    """(count, end) of a counted group of people right after "and" at ``at`` ("and his two sons")."""
    m = _EN_GROUP.match(ntext, at)
    if m is None:
        return None
    noun = m.group("noun")
    if noun not in _EN_PLURAL_PEOPLE and not (noun.endswith("s") and noun[:-1] in lex.person):
        return None
    n = next((n for n in numbers if n.start == m.start("num") and n.end == m.end("num")), None)
    return (n.value, m.end()) if n is not None else None


def _object_ahead(ntext: str, at: int, lex: _Lexicon, skipped: int) -> bool:
    """An Arabic person object follows within the subject's reach: in the accusative ("قتل مسلحون
    شابا") or with the article ("اغتال مسلحون مجهولون القيادي")."""
    pos = at
    for _ in range(_AR_SUBJECT_WORDS - skipped):
        m = _WORD.search(ntext, pos)
        if m is None or ntext[pos : m.start()].strip():
            return False
        word = m.group()
        if _accusative_person(word, lex) or (word.startswith("ال") and word in lex.person):
            return True
        if word in lex.person or word.isdigit():
            return False
        pos = m.end()
    return False


def _accusative_person(word: str, lex: _Lexicon) -> bool:
    """An Arabic person noun in the accusative ("شابا", "رجلا")."""
    word = _strip_clitic(word)
    return word.endswith("ا") and word[:-1] in lex.person


def _is_person(word: str, lex: _Lexicon) -> bool:
    """An Arabic person noun, seen through a clitic, the accusative ending ("قتلوا شابا") or a
    possessive pronoun ("وإصابة شقيقه")."""
    return word in lex.person_forms or _strip_clitic(word) in lex.person_forms


_MET = frozenset({"لقي", "لقيت"})
_OWN_DEATH = frozenset({"حتفه", "حتفها", "مصرعه", "مصرعها"})


def _met_idiom(ntext: str, start: int) -> bool:
    """The noun of death at ``start`` closes "لقي X حتفه" (the verb within four words before it)."""
    if _strip_clitic(ntext[start : start + 8].split(" ")[0]) not in _OWN_DEATH:
        return False
    return any(w in _MET or w[1:] in _MET for w in ntext[max(0, start - 60) : start].split()[-5:])


def _met_death(ntext: str, cue: _Cue, lex: _Lexicon, prev_end: int) -> tuple[int, int, int] | None:
    """"لقي شاب حتفه", "لقيت امرأة مصرعها", "لقي سامر الفلاني حتفه": a singular person between the verb
    and the noun of death with its singular pronoun is one killed (the dual and plural pronouns carry
    their own count): a person noun, or a name (a first word without the article; "لقي القرار حتفه", a
    definite common noun, is a figure of speech)."""
    if _strip_clitic(ntext[cue.start : cue.end]) not in _OWN_DEATH:
        return None
    words = [m for m in _WORD.finditer(ntext, prev_end, cue.start)][-4:]
    verb = next((k for k, m in enumerate(words) if m.group() in _MET or m.group()[1:] in _MET), None)
    if verb is None or verb + 1 >= len(words):
        return None
    subject = words[verb + 1 :]
    named = not subject[0].group().startswith("ال") and not subject[0].group().isdigit()
    if not named and not any(_is_person(m.group(), lex) for m in subject):
        return None
    return 1, words[verb].start(), cue.end


def _singles_joined(ntext: str, start: int, count: NumberMention, lex: _Lexicon) -> int:
    """Singular Arabic person nouns between a cue and its count, joined to the count by "و" ("إصابة ضابط
    وعنصرين" = 1 + 2, "مقتل طفل وامرأة و3 رجال" = 2 + 3, "وثلاثة رجال"); 0 when anything else stands
    between, or the "و" is the number's own letter ("مقتل شاب واحد" = 1)."""
    count_at = count.start
    words = _WORD.findall(ntext[start:count_at])
    said = ntext[count.start : count.end]
    # "و3", or a number read with its "و" ("وعنصرين", "وثلاثة"), not "واحد", "واحدة"
    glued = ntext[count_at - 1 : count_at] == "و" or (said.startswith("و") and count.value != 1)
    if not words or not (words[-1] == "و" or glued):
        return 0
    if words[-1] == "و":
        words = words[:-1]
    persons = [w for w in words if _is_person(w, lex)]
    return len(persons) if persons and len(persons) == len(words) else 0


_VICTIM_BEFORE_WORDS = 4


def _person_before(ntext: str, cue: _Cue, lex: _Lexicon, prev_end: int) -> tuple[int, int, int] | None:
    """One victim: a singular Arabic person noun within four words before the cue, in its clause
    ("تعرض راع للضرب حتى الموت", "ضرب مسلحون شابا حتى الموت")."""
    words = list(_WORD.finditer(ntext, prev_end, cue.start))[-_VICTIM_BEFORE_WORDS:]
    for m in words:
        if _is_person(m.group(), lex) and not _BREAK.search(ntext, m.end(), cue.start):
            return 1, m.start(), cue.end
    return None


def _lone_person(ntext: str, cue: _Cue, lex: _Lexicon, english: bool,
                 numbers: Sequence[NumberMention] = ()) -> tuple[int, int, int] | None:
    """(count, start, end) of singular person nouns right after the cue ("قتل شاب" = 1, "killing a
    teacher and a farmer" = 2, "وأصيب ثالث" = 1 after a verb)."""
    if not english:
        nxt = _WORD.search(ntext, cue.end)
        verb = _strip_clitic(ntext[cue.start : cue.end])
        if nxt is not None and nxt.group() in lex.another and (
            verb in lex.another_after or ntext[cue.start : cue.end] in lex.another_after
        ):
            return 1, cue.start, nxt.end()
    elif not cue.noun:
        for phrase in lex.another:  # "wounded a third", "killed another"
            if ntext.startswith(" " + phrase, cue.end) and not _WORD.match(ntext, cue.end + 1 + len(phrase)):
                return 1, cue.start, cue.end + 1 + len(phrase)
    found = _persons_from(ntext, cue.end, lex, english, numbers)
    if found is None:
        return None
    count, end, first = found
    # past a subject the figure is the object alone: the subject is the killer ("أعدم تنظيم الدولة شابا")
    return count, (cue.start if first == cue.end else first), end


def _pair(ntext: str, cue: _Cue, lex: _Lexicon) -> tuple[int, int, int] | None:
    """"killing both": the two victims the sentence named before ("a car carrying two militiamen")."""
    nxt = _WORD.search(ntext, cue.end)
    if nxt is None or nxt.group() not in lex.pair or ntext[cue.end : nxt.start()].strip():
        return None
    after = _WORD.search(ntext, nxt.end())
    if after is not None and not ntext[nxt.end() : after.start()].strip(" "):
        return None  # "killing both men and women", "both sides": not the pronoun
    return 2, cue.start, nxt.end()


def _auxiliary(ntext: str, cue: _Cue, lex: _Lexicon) -> tuple[int, bool] | None:
    """(start, plural) of the passive auxiliary right before an English cue ("were", "was", "has
    been"), adverbs skipped ("was seriously wounded", "were also killed")."""
    words = list(_WORD.finditer(ntext, max(0, cue.start - 60), cue.start))
    while words and (words[-1].group().endswith("ly") or words[-1].group() in lex.adverbs):
        words.pop()
    for plural, table in ((False, lex.singular_aux), (True, lex.plural_aux)):
        for aux in table:
            n = aux.count(" ") + 1
            if len(words) >= n and " ".join(w.group() for w in words[-n:]) == aux:
                return words[-n].start(), plural
    return None


_SUBJECT_EDGE = re.compile(r"[.;:!?,]|\b(?:when|after|while|where|as|because|that|said|says)\b")


def _subject(ntext: str, cue: _Cue, lex: _Lexicon, prev_end: int, zones: list[tuple[int, int]]
             ) -> tuple[int, int, bool] | None:
    """(start, end, plural) of the subject of a passive English cue, None when it is not passive. The
    commas around a breakdown do not end it ("Four people, including two children, were killed")."""
    aux = _auxiliary(ntext, cue, lex)
    if aux is None and ntext[cue.start : cue.end] in lex.intransitive:
        aux = cue.start, _intransitive_plural(ntext, cue, lex, prev_end)
    if aux is None:
        return None
    end, plural = aux
    start = max(prev_end, end - 120)
    for m in _SUBJECT_EDGE.finditer(ntext, start, end):
        if not any(a - 2 <= m.start() <= b + 1 for a, b in zones):
            start = m.end()
    words = _WORD.findall(ntext[start:end])
    if not words or any(w in lex.no_one for w in words):
        return None
    return start, end, plural


def _intransitive_plural(ntext: str, cue: _Cue, lex: _Lexicon, prev_end: int) -> bool:
    """Whether the subject right before an intransitive death verb is plural: persons joined by "and"
    ("A soldier and a child died")."""
    words = _WORD.findall(ntext[max(prev_end, cue.start - 80) : cue.start])
    return "and" in words[-8:]


def _passive_subject_count(ntext: str, cue: _Cue, numbers: list[NumberMention], used: set[int],
                           prev_end: int, zones: list[tuple[int, int]]) -> NumberMention | None:
    """The subject's count for a passive cue: "Three fighters of the SDF (SDF) were killed"."""
    subject = _subject(ntext, cue, _lexicon(Language.EN), prev_end, zones)
    if subject is None:
        return None
    start, end, _ = subject
    inside = [n for n in numbers if start <= n.start and n.end <= end and n.start not in used]
    return _coordinated_sum(ntext, inside) or (inside[-1] if inside else None)


def _with_joined_persons(ntext: str, cue: _Cue, chosen: NumberMention, prev_end: int,
                         zones: list[tuple[int, int]]) -> NumberMention:
    """A passive cue's count with the singular persons its subject joins to the counted group: "A woman
    and her three children were killed" = 4, "A farmer and his two sons were wounded" = 3."""
    lex = _lexicon(Language.EN)
    subject = _subject(ntext, cue, lex, prev_end, zones)
    if subject is None or not subject[0] <= chosen.start < subject[1]:
        return chosen
    first = _WORD.search(ntext, subject[0], chosen.start)
    if first is None:
        return chosen
    persons = _persons_from(ntext, first.start(), lex, True, [chosen])
    if persons is None or persons[0] <= chosen.value or persons[1] < chosen.end:
        return chosen
    return dataclasses.replace(chosen, start=first.start(), value=persons[0])


def _coordinated_sum(ntext: str, inside: list[NumberMention]) -> NumberMention | None:
    """Coordinated counted groups of one subject, summed: "Two soldiers and three civilians were
    wounded" = 5, "Two dozen protesters and six members of the security forces were injured" = 30."""
    if len(inside) < 2 or not all(_COUNTED_AND.fullmatch(ntext, a.end, b.start) for a, b in pairwise(inside)):
        return None
    return dataclasses.replace(inside[0], end=inside[-1].end, value=sum(n.value for n in inside),
                               approximate=any(n.approximate for n in inside))


def _subject_sum(ntext: str, cue: _Cue, numbers: list[NumberMention], used: set[int], prev_end: int,
                 zones: list[tuple[int, int]]) -> NumberMention | None:
    """The coordinated sum of a passive cue's subject, None when its subject is one counted group."""
    subject = _subject(ntext, cue, _lexicon(Language.EN), prev_end, zones)
    if subject is None:
        return None
    start, end, _ = subject
    inside = [n for n in numbers if start <= n.start and n.end <= end and n.start not in used]
    return _coordinated_sum(ntext, inside)


def _passive_subject_persons(ntext: str, cue: _Cue, lex: _Lexicon, prev_end: int,
                             zones: list[tuple[int, int]]) -> tuple[int, int, int] | None:
    """A passive cue whose subject has no number: one victim when singular and a person ("A tribal
    elder was shot dead"), the coordinated persons when plural ("An officer and a soldier were
    killed" = 2, "A child and his mother were wounded" = 2)."""
    subject = _subject(ntext, cue, lex, prev_end, zones)
    if subject is None:
        return None
    start, end, plural = subject
    persons = [m for m in _WORD.finditer(ntext, start, end) if m.group() in lex.person]
    if not plural:  # a person or a pronoun: "a cache was seized" names no victim
        persons += [m for m in _WORD.finditer(ntext, start, end) if m.group() in lex.pronouns]
        return (1, persons[0].start(), cue.end) if persons else None
    if len(persons) >= 2 and _EN_AND.search(ntext, persons[0].end(), persons[-1].start()):
        return len(persons), persons[0].start(), cue.end
    return None


_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "one"})


def _elliptical_subject(ntext: str, cue: _Cue, lex: _Lexicon, prev_end: int) -> tuple[int, int, int] | None:
    """One victim of a passive whose auxiliary the coordination left out: "A child was killed and his
    mother seriously injured" (after "and": a determiner, a singular person noun, adverbs)."""
    words = list(_WORD.finditer(ntext, max(prev_end, cue.start - 60), cue.start))
    while words and words[-1].group().endswith("ly"):
        words.pop()
    if len(words) < 3 or words[-1].group() not in lex.person or words[-2].group() not in _DETERMINERS:
        return None
    if words[-3].group() != "and" or _BREAK.search(ntext, words[-3].end(), cue.start):
        return None
    return 1, words[-2].start(), cue.end


_TO_DEATH = "to death"
_SENTENCED = frozenset({"sentenced", "sentence", "sentences", "condemned", "condemn", "condemns"})
_OBJECT_WORDS = 6  # words of a victim between a verb and "to death" ("stabbed his old neighbour to death")


def _object_to_death(ntext: str, cue: _Cue, lex: _Lexicon, prev_end: int, numbers: Sequence[NumberMention]
                     ) -> tuple[int, int, int] | None:
    """The persons between an English verb and "to death" ("stabbed his wife to death" = 1, "beat a
    farmer and his son to death" = 2): the words up to the cue must be the victims' phrase."""
    if ntext[cue.start : cue.end] != _TO_DEATH:
        return None
    words = list(_WORD.finditer(ntext, max(prev_end, cue.start - 60), cue.start))[-(_OBJECT_WORDS + 1):]
    if any(w.group() in _SENTENCED for w in words):
        return None  # "sentenced a man to death": a verdict, not a killing
    for k, verb in enumerate(words[:-1]):
        if _BREAK.search(ntext, verb.end(), cue.start):
            continue
        found = _persons_from(ntext, verb.end(), lex, True, numbers)
        if found is not None and not ntext[found[1] : cue.start].strip():
            return found[0], words[k + 1].start(), found[1]
    return None


def _figure(ctx: SentenceContext, kind: CasualtyKind, value: int, approximate: bool, s: int, e: int
            ) -> CasualtyFigure:
    evidence = ctx.doc.evidence(ctx.nstart + s, ctx.nstart + e, PRODUCER)
    return CasualtyFigure(kind=kind, value=value, evidence=evidence, approximate=approximate)
