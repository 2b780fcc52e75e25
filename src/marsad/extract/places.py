"""Place mentions in one sentence: known names and cue-announced unknown names, with spans.

Two sources of names, both matched clitic-aware on normalized text (``inflect=False``):

- the injected :class:`~marsad.extract.context.PlaceNameSource` (the gazetteer) and a small built-in
  list of well-known NE Syria places in Arabic, English and Kurdish spellings (lexicons/places.toml),
  so the finder works without a gazetteer ("سري كانيه", "Serê Kaniyê" and "رأس العين" all match);
- cue words that announce a place ("في قرية X", "بلدة X", "ريف X الشرقي", "in the village of X"):
  the name after a strong cue is a mention even when no list knows it, so an unknown village still
  yields an unresolved :class:`~marsad.model.PlaceMention` with its span. Weak cues ("قرب", "near")
  only qualify a known name (or, in English, a capitalized one).

The cue fills ``qualifier``: "ريف دير الزور الشرقي" -> "eastern countryside", "بالقرب من X" ->
"near". Resolution to coordinates is the geocoder's job (``place`` stays None here).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import islice
from typing import Any, NamedTuple

from marsad.extract.actor_catalog import load_actor_catalog
from marsad.extract.actors import sentence_language
from marsad.extract.context import PlaceNameSource, SentenceContext
from marsad.extract.phrases import load_grammar
from marsad.model import PlaceMention
from marsad.text.match import LexiconMatcher, Match
from marsad.text.normalize import normalize_str
from marsad.vocab import Language

__all__ = ["PRODUCER", "PlaceMentionFinder", "builtin_place_names"]

PRODUCER = "extract.places.v1"
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_EN_LOWER_NAME_PARTS = frozenset({"al", "el", "ez", "ed", "as", "ar", "ad", "an", "at"})


@dataclass(frozen=True, slots=True)
class _Cue:
    text: str  # normalized cue
    strong: bool


@dataclass(frozen=True, slots=True, eq=False)
class _PlaceLexicon:
    builtin: tuple[tuple[str, str], ...]  # (spelling, canonical English name)
    cues: dict[Language, LexiconMatcher[_Cue]]
    qualifier: dict[str, str]
    direction: dict[str, str]
    name_prefix: frozenset[str]
    not_names: frozenset[str]
    not_places: frozenset[str] = frozenset()
    actor_before: frozenset[str] = frozenset()
    actor_after_en: frozenset[str] = frozenset()
    country_spatial: frozenset[str] = frozenset()
    person_before: frozenset[str] = frozenset()
    calendar: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()  # normalized spellings of country names
    strong_cues: frozenset[str] = frozenset()  # normalized Arabic strong cue words
    # English place-type nouns after a capitalized name ("the Hawija district"), as a pattern
    type_after_en: re.Pattern[str] | None = None
    # ... and those read only with "of" and the place they are part of ("the Tai neighbourhood of Qamishli")
    part_of_en: re.Pattern[str] | None = None
    adjective_en: frozenset[str] = frozenset()  # "Syrian", "Northern": no place before a type noun


@cache
def _lexicon() -> _PlaceLexicon:
    raw = resources.files("marsad.extract").joinpath("lexicons/places.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    builtin = tuple((spelling, str(p["name"])) for p in data.get("place", []) for spelling in p["names"])
    cues: dict[Language, LexiconMatcher[_Cue]] = {}
    for key, lang in (("ar", Language.AR), ("en", Language.EN)):
        table = data["cues"][key]
        cues[lang] = LexiconMatcher(
            [(w, _Cue(normalize_str(w), True), False) for w in table.get("strong", [])]
            + [(w, _Cue(normalize_str(w), False), False) for w in table.get("weak", [])]
        )
    return _PlaceLexicon(
        builtin=builtin, cues=cues,
        qualifier={normalize_str(k): str(v) for k, v in data.get("qualifier", {}).items()},
        direction={normalize_str(k): str(v) for k, v in data.get("direction", {}).items()},
        name_prefix=_set(data, "prefix"), not_names=_set(data, "not_names"),
        not_places=_set(data, "not_places"), actor_before=_set(data, "actor_before"),
        actor_after_en=_set(data, "actor_after_en"), country_spatial=_set(data, "country_spatial"),
        person_before=_set(data, "person_before"), calendar=_set(data, "calendar"),
        countries=frozenset(normalize_str(n) for p in data.get("place", []) if p.get("country")
                            for n in p["names"]),
        strong_cues=frozenset(normalize_str(w) for w in data["cues"]["ar"].get("strong", [])),
        adjective_en=_set(data, "adjective_en"),
        type_after_en=_type_after(data["cues"].get("en_after", {}).get("nouns", [])),
        part_of_en=_type_after(data["cues"].get("en_after", {}).get("part_of", []), " of"),
    )


def _type_after(nouns: list[str], then: str = "") -> re.Pattern[str] | None:
    """A place-type noun right after a name ("district", "oil field"), at the start of the text, with
    the words ``then`` after it (" of": "the Tai neighbourhood of Qamishli")."""
    if not nouns:
        return None
    body = "|".join(re.escape(normalize_str(n)) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(rf" (?:{body}){re.escape(then)}(?!\w)")


def _set(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(normalize_str(str(w)) for w in data.get("names", {}).get(key, []))


def builtin_place_names() -> tuple[tuple[str, str], ...]:
    """The built-in (spelling, canonical name) pairs."""
    return _lexicon().builtin


class _Found(NamedTuple):
    start: int
    end: int
    qualifier: str
    note: str


# A situation-report line: a day and month, then the place, an optional province in brackets and a colon
# ("14 Oct, Al-Rashad (Kirkuk): an IED detonated ...", "06 Jul, Markada: ..."), at the start of the
# sentence or after a heading's colon ("Notable incidents: 14 Oct, ..."). Read on normalized text.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
_SITREP = re.compile(
    rf"(?:\A|:)\s*\d{{1,2}}\s+{_MONTH},?\s+"
    rf"([\w'’\-]+(?:\s[\w'’\-]+){{0,3}}?)(?:\s\(([\w'’\- ]{{2,30}})\))?:\s"
)
def _article_name(original: str) -> bool:
    """A lower-case article glued to a capitalized name ("al-Kaif", "el-Bab"): a name's part."""
    head, _, rest = original.partition("-")
    return head in _EN_LOWER_NAME_PARTS and rest[:1].isupper()


_NAME_SUFFIX = ("-held", "-controlled", "-run", "-backed", "-led", "-based")
_POSSESSIVE = ("'s", "’s")


# A wire dateline: capitalized place, optional country and day, optional agency, then a dash
# ("BAGHDAD, March 12 (Reuters) - ", "DEIR EZ-ZOR, Syria, Aug 31 (Reuters) - ", "QAMISHLI - ").
_DATELINE = re.compile(
    r"\A\s*[A-Z][A-Z'’.\-/ ]*[A-Z](?:,\s*[A-Z][A-Za-z.\- ]{1,30}?)*?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\([A-Za-z.\- ]{1,30}\))?\s*[-–—]+\s"
)


def dateline_end(text: str) -> int:
    """Where a document's wire dateline ends (original offsets; 0 when it has none): "BAGHDAD, March 12
    (Reuters) - " says where and when the reporter files, not where or when anything happened."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


def _without_dateline(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places of a document's first sentence less those of its wire dateline, when the sentence
    names another place: "DAMASCUS, Syria (AP) - Gunmen abducted three men south of Raqqa" happened
    near Raqqa; the dateline says where the reporter files from. A dateline alone is kept."""
    m = _DATELINE.match(text)
    if m is None:
        return places
    body = [p for p in places if p.evidence.span.start >= m.end()]
    return body if body else places


class PlaceMentionFinder:
    """Finds place mentions. Build once (the name matcher is compiled here), reuse per sentence."""

    def __init__(self, names: PlaceNameSource | None = None) -> None:
        lex = _lexicon()
        entries: list[tuple[str, str, bool]] = [(s, f"known name ({c})", False) for s, c in lex.builtin]
        if names is not None:
            entries.extend((n, "gazetteer name", False) for n in names.place_names())
        self._names: LexiconMatcher[str] = LexiconMatcher(entries)
        self._lex = lex
        self._grammar_ar = load_grammar(Language.AR)  # the function words an unknown name is not
        # actor names that contain a place name ("قوات سوريا الديمقراطية", "مجلس منبج العسكري"): a
        # place matched inside one of them is part of the actor's name, not a location
        inner = [alias.text for e in load_actor_catalog() for alias in e.actor.aliases
                 if self._names.find(normalize_str(alias.text))]
        self._actor_names: LexiconMatcher[bool] = LexiconMatcher((a, True, False) for a in inner)

    def matchers(self) -> tuple[LexiconMatcher[Any], ...]:
        """The matchers :meth:`find` reads over a sentence's document (for a shared document pass)."""
        return (*self._lex.cues.values(), self._names, self._actor_names)

    def find(self, ctx: SentenceContext) -> list[PlaceMention]:
        lang = Language.EN if sentence_language(ctx) is Language.EN else Language.AR
        ntext = ctx.ntext
        lex = self._lex
        doc_text, nstart, nend = ctx.doc.norm.text, ctx.nstart, ctx.nend
        cues = lex.cues[lang].find_in(doc_text, nstart, nend)
        known = self._names.find_in(doc_text, nstart, nend)
        frames = lang is Language.EN and (":" in ntext or any(
            p is not None and p.search(ntext) is not None for p in (lex.type_after_en, lex.part_of_en)))
        if not known and not cues and not frames:
            return []  # no name, no cue word and no place frame: no place (most sentences)
        found: list[_Found] = []
        taken: list[tuple[int, int]] = []
        seen_known: set[tuple[int, int]] = set()
        actor_spans = (
            [(a.start, a.end) for a in self._actor_names.find_in(doc_text, nstart, nend)] if known else []
        )
        for m in known:
            if (m.start, m.end) in seen_known:
                continue
            seen_known.add((m.start, m.end))
            if any(a <= m.start and m.end <= b for a, b in actor_spans) \
                    or not self._is_location(ctx, lang, m.start, m.end, m.stem_start):
                taken.append((m.start, m.end))  # an actor's name, a person's name or a month: no place
                continue
            cue = self._cue_before(ntext, cues, m.start, m.stem_start)
            found.append(_Found(m.stem_start, m.end, self._qualifier(ntext, cue, m.end), m.payload))
            taken.append((m.start, m.end))
        for c in cues:
            if not c.payload.strong:
                continue
            if lang is Language.AR and ntext[c.start : c.stem_start].endswith(("ال", "لل")):
                continue  # "المدينة", "في المنطقة": a definite place noun refers back, it names nothing
            span = self._unknown_name(ctx, lang, c.end)
            if span is None or any(a < span[1] and span[0] < b for a, b in taken):
                continue
            found.append(_Found(span[0], span[1], self._qualifier(ntext, c, span[1]),
                                f"cue {ntext[c.start:c.end]!r}; not in any name list"))
            taken.append(span)
        if lang is Language.EN:
            for c in cues:
                if c.payload.strong:
                    continue
                span = self._unknown_name(ctx, lang, c.end)
                if span is None or any(a < span[1] and span[0] < b for a, b in taken):
                    continue
                found.append(_Found(span[0], span[1], self._qualifier(ntext, c, span[1]),
                                    f"capitalized name after {ntext[c.start:c.end]!r}"))
                taken.append(span)
        if lang is Language.EN:
            self._english_patterns(ctx, found, taken, frames=frames)
        found.sort(key=lambda f: f.start)
        out: list[PlaceMention] = []
        for f in found:
            ev = ctx.doc.evidence(ctx.nstart + f.start, ctx.nstart + f.end, PRODUCER, note=f.note)
            out.append(PlaceMention(text=ev.quote, evidence=ev, qualifier=f.qualifier))
        if lang is Language.EN and out and ctx.span.start < 80:
            out = _without_dateline(ctx.doc.text, out)
        return out

    def _english_patterns(
        self, ctx: SentenceContext, found: list[_Found], taken: list[tuple[int, int]], *, frames: bool
    ) -> None:
        """English names no list knows, read from their frame: a situation-report line ("14 Oct,
        Al-Rashad (Kirkuk): ..."), a capitalized name before a place-type noun ("in the Hawija
        district", "the Sarsang oil field"), and a capitalized name joined by "and" to a place found
        ("in Dhiban and al-Tayyana", "Gara and Hakurk regions")."""
        ntext = ctx.ntext

        def add(start: int, end: int, note: str) -> None:
            if start < end and not any(a < end and start < b for a, b in taken):
                found.append(_Found(start, end, "", note))
                taken.append((start, end))

        for m in _SITREP.finditer(ntext) if frames else ():
            for g in (1, 2):
                if m.group(g) is not None and self._capitalized(ctx, m.start(g), m.end(g)):
                    add(m.start(g), m.end(g), "situation-report line")
        for pattern in (self._lex.type_after_en, self._lex.part_of_en) if frames else ():
            if pattern is None:
                continue
            for m in pattern.finditer(ntext):
                span = self._name_before(ctx, m.start())
                if span is not None:
                    add(span[0], span[1], f"capitalized name before {m.group().strip()!r}")
        for f in list(found):
            nxt = ntext[f.end : f.end + 5]
            if nxt != " and ":
                continue
            span = self._english_name(ctx, list(islice(_WORD.finditer(ntext, f.end + 5), 4)))
            if span is not None and span[0] == f.end + 5:
                add(span[0], span[1], "capitalized name joined to a place by 'and'")
        # a name read twice (a cue and a frame) is one mention
        for f in [f for f in found if (f.start, f.end) not in taken]:
            found.remove(f)

    def _name_before(self, ctx: SentenceContext, end: int) -> tuple[int, int] | None:
        """The capitalized words (up to three) that end at ``end``, not at the sentence's start."""
        ntext = ctx.ntext
        words = [m for m in _WORD.finditer(ntext[:end]) if m.end() <= end]
        if not words or words[-1].end() != end:
            return None
        start = None
        for m in reversed(words[-3:]):
            if not self._capitalized(ctx, m.start(), m.end()) or m.start() == 0:
                break
            if start is not None and ntext[m.end() : start] != " ":
                break
            start = m.start()
        if start is None:
            return None
        first = _WORD.match(ntext, start)
        while first is not None and first.end() < end and self._adjective(first.group()):
            first = _WORD.search(ntext, first.end())  # "the Iraqi Kurdistan region": Kurdistan
        if first is None or self._adjective(first.group()):
            return None  # "in the Syrian desert": an adjective, no name
        start = first.start()
        before = _WORD.findall(ntext[max(0, start - 20) : start])
        if before and before[-1] in self._lex.actor_before:
            return None
        return (start, end)

    def _adjective(self, word: str) -> bool:
        return word in self._lex.adjective_en or word.endswith(("ian", "ese", "ish"))

    def _capitalized(self, ctx: SentenceContext, start: int, end: int) -> bool:
        """Is every word of the span a capitalized name word ("Al-Rashad", "al-Tayyana", "Kfar Rumman"),
        not a month or weekday, an acronym (an actor: "SDF", "ISF") or "X-held"?"""
        words = list(_WORD.finditer(ctx.ntext, start, end))
        if not words:
            return False
        for m in words:
            w = m.group()
            original = ctx.doc.norm.quote(ctx.nstart + m.start(), ctx.nstart + m.end())
            lower_part = "-" in original and w.split("-", 1)[0] in _EN_LOWER_NAME_PARTS
            core = original.split("-", 1)[1] if lower_part else original  # "al-Tayyana": Tayyana
            if not core[:1].isupper() or w in self._lex.calendar or w.endswith(_NAME_SUFFIX):
                return False
            if original.isupper() and len(original) <= 5:
                return False
        return True

    def _cue_before(
        self, ntext: str, cues: list[Match[_Cue]], start: int, stem_start: int
    ) -> Match[_Cue] | None:
        for c in cues:
            if c.end <= stem_start and not ntext[c.end:stem_start].strip(" \"'(«") and c.end >= start - 1:
                return c
            if c.end <= start and not ntext[c.end:start].strip(" \"'(«"):
                return c
        return None

    def _qualifier(self, ntext: str, cue: Match[_Cue] | None, end: int) -> str:
        base = self._lex.qualifier.get(cue.payload.text, "") if cue is not None else ""
        if base == "countryside":
            words = _WORD.findall(ntext[end : end + 40])
            for n in (2, 1):
                key = " ".join(words[:n])
                if key in self._lex.direction:
                    return f"{self._lex.direction[key]} countryside"
        return base

    def _unknown_name(self, ctx: SentenceContext, lang: Language, pos: int) -> tuple[int, int] | None:
        ntext = ctx.ntext
        words = list(islice(_WORD.finditer(ntext, pos), 4))
        if not words or ntext[pos : words[0].start()].strip(" \"'«("):
            return None
        if lang is Language.EN:
            return self._english_name(ctx, words)
        grammar = self._grammar_ar
        first = words[0]
        w = first.group()
        if not w[0].isalpha() or w in grammar.stop or w in self._lex.direction or w in self._lex.qualifier \
                or w in self._lex.not_names or not self._could_be_name(w):
            return None
        end = first.end()
        if len(words) > 1 and ntext[first.end() : words[1].start()] == " ":
            nxt = words[1].group()
            if (w in self._lex.name_prefix or (nxt.startswith("ال") and nxt not in self._lex.direction)) \
                    and nxt not in grammar.stop and nxt not in self._lex.not_names and nxt[0].isalpha():
                end = words[1].end()
        return (first.start(), end)

    def _could_be_name(self, w: str) -> bool:
        """Can an Arabic word after a strong cue be a place name? Not another cue ("ريف بلدة X"), a
        function word, month or common noun, nor a word with verb or pronoun morphology: a conjunction
        on a verb ("وبدأت"), an attached pronoun ("يملكها"), a perfect-tense ending ("تدخلت"), an
        imperfect prefix with a plural ending ("يطالبون") or an indefinite accusative ("تنديدا")."""
        lex = self._lex
        if w in lex.strong_cues or w in lex.not_places or w in lex.calendar:
            return False
        if w.endswith(("ها", "هم", "هما", "كم", "نا")) and not w.startswith("ال") and len(w) > 4:
            return False
        if w[0] in "وف" and len(w) > 3 and not w.startswith(("واد", "وادي")):
            return False
        perfect = w.endswith("ت") and not w.endswith(("يت", "وت", "ات")) and (w[0] == "ت" or len(w) == 4)
        verb_like = perfect or w.endswith("وا") or (w[0] in "يتن" and w.endswith(("ون", "ين")))
        if verb_like and not w.startswith("ال"):
            return False
        return not (w.endswith("ا") and not w.startswith("ال") and len(w) > 4)

    def _is_location(self, ctx: SentenceContext, lang: Language, start: int, end: int, stem: int) -> bool:
        """Is a known name used as a location here? Not a month or weekday, not a person's name
        ("يدعى فراس الجاسم"), not a government ("حكومة دمشق", "Damascus government"), and a country
        only after a spatial word ("في تركيا", "شمال سوريا"; "اتهمت تركيا" is the state acting)."""
        lex = self._lex
        ntext = ctx.ntext
        name = ntext[stem:end]
        if name in lex.calendar or name in lex.not_places:
            return False
        before = _WORD.findall(ntext[max(0, start - 40) : start])
        after = _WORD.findall(ntext[end : end + 30])
        if any(w in lex.person_before for w in before[-2:]):
            return False
        if before and (before[-1] in lex.actor_before or " ".join(before[-2:]) in lex.actor_before):
            return False
        if lang is Language.EN and after and after[0] in lex.actor_after_en:
            return False
        if name in lex.countries:
            prefix = ntext[start:stem]
            if lang is Language.AR and prefix.endswith(("ب", "في")) and not prefix.endswith("لب"):
                return True  # "بتركيا": in Turkey
            last = before[-1] if before else ""
            if last not in lex.country_spatial and last.removeprefix("و") not in lex.country_spatial:
                return False
        return True

    def _english_name(self, ctx: SentenceContext, words: list[re.Match[str]]) -> tuple[int, int] | None:
        start = end = None
        for m in words:
            if m.group().removesuffix(_POSSESSIVE[0]).removesuffix(_POSSESSIVE[1]) in self._lex.calendar:
                break  # "in Wednesday's attack": a day, no place
            original = ctx.doc.norm.quote(ctx.nstart + m.start(), ctx.nstart + m.end())
            if original[:1].isupper() or (start is None and self._capitalized(ctx, m.start(), m.end())) \
                    or (start is not None and _article_name(original)):  # "Um al-Kaif"
                start = m.start() if start is None else start
                end = m.end()
            elif start is not None and m.group() in _EN_LOWER_NAME_PARTS:
                continue
            else:
                break
        if start is None or end is None:
            return None
        if all(self._adjective(w) for w in _WORD.findall(ctx.ntext[start:end])):
            return None  # "in Turkish shelling", "in Iranian drone strikes": an adjective, no name
        return start, end
