"""Actor mentions and their roles (perpetrator, target) in one sentence.

``ActorFinder(load_actor_catalog())`` is built once; ``roles(ctx, trigger, event_type)`` reads the
sentence around a trigger (see :mod:`marsad.extract.roles` for the grammar) and
``mentions(ctx)`` lists every actor phrase with its usual role. Spans are noun phrases the way
annotators mark them (:mod:`marsad.extract.phrases`); catalogued actors get their neutral canonical
name, uncatalogued phrases keep their own words as the name.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count
from operator import attrgetter

from marsad.extract.actor_catalog import ActorCatalog, CatalogEntry, load_actor_catalog
from marsad.extract.context import SentenceContext
from marsad.extract.phrases import (
    Grammar,
    Phrase,
    Token,
    grow_arabic,
    grow_english,
    is_definite,
    load_grammar,
    proclitic_cut,
    title_phrase,
    tokenize,
)
from marsad.extract.roles import (
    RoleGrammar,
    RoleSlots,
    head_forms,
    is_event_verb,
    is_nominal,
    is_vehicle,
    strip_proclitics,
)
from marsad.model import ActorMention
from marsad.text.match import LexiconMatcher
from marsad.vocab import EventType, Language, Role

__all__ = ["ActorCatalog", "ActorFinder", "RoleAssignment", "SentenceAnalysis", "load_actor_catalog",
           "sentence_language"]

PRODUCER = "extract.actors.v1"
_ALA = "علي"  # "على" after normalization (alef maqsura -> ya)
_PARTITIVE = frozenset({"من", "of", "منهم"})
_QUOTES = frozenset({'"', "'", "(", ")"})
_POSSESSIVE = ("هما", "هم", "ها", "ه")  # attached possessive pronouns (ta marbuta folds to ه too)
_TEXT = attrgetter("text")
_BARE = attrgetter("bare")
_FIRST = attrgetter("first")
_LAST = attrgetter("last")


@dataclass(frozen=True, slots=True, kw_only=True)
class RoleAssignment:
    perpetrator: ActorMention | None = None
    target: ActorMention | None = None
    marked: bool = False  # the perpetrator is introduced by an agent marker ("على يد X", "نفذه X", "by X")


def _pronoun(word: str) -> str:
    """The possessive pronoun ``word`` ends with (see _POSSESSIVE), or ""."""
    return next((s for s in _POSSESSIVE if word.endswith(s)), "")


@lru_cache(maxsize=1 << 16)
def _member_with_pronoun(word: str, members: frozenset[str]) -> bool:
    """Is ``word`` a member noun with a possessive pronoun ("جنوده", "وعناصرها")? (pure; cached by word)"""
    return any(f.endswith(_POSSESSIVE) and f.removesuffix(_pronoun(f)) in members
               for f in strip_proclitics(word))


_APPOSITION_GAP = frozenset({"،", ",", '"', "«", "»", "(", ")"})


def _without_appositions(tokens: list[Token], phrases: list[Phrase]) -> list[Phrase]:
    """Drop appositions: a definite phrase right after an actor phrase and a comma ("كتائب القسام،
    الجناح العسكري لحركة حماس") describes that actor; the first phrase is the one annotators mark and the
    one the role rules must see (the apposition is not another party)."""
    out = [phrases[0]]
    for q in phrases[1:]:
        p = out[-1]
        start = q.first
        if start - 1 > p.last and is_definite(tokens[start - 1]):
            start -= 1  # "الجناح العسكري لحركة X": the apposition's head noun before the matched words
        gap = [t.text for t in tokens[p.last + 1 : start]]
        if gap and ("،" in gap or "," in gap) and all(t in _APPOSITION_GAP for t in gap) \
                and gap.count("،") + gap.count(",") == 1 and q.first == q.head \
                and is_definite(tokens[start]) and tokens[start].text[0] not in "وف" \
                and (q.last + 1 >= len(tokens) or tokens[q.last + 1].text not in ("،", ",")
                     or q.actor_id == p.actor_id):
            continue
        out.append(q)
    return out


def _qualifiable(tok: Token, g: Grammar) -> bool:
    """An Arabic word an adjective may follow: a word with no conjunction, not a number, preposition,
    particle or time word."""
    return tok.is_word and not tok.is_number and tok.text == tok.bare and not g.has(g.stop, tok) \
        and not g.has(g.time_word, tok)


def _is_name_word(tok: Token, g: Grammar) -> bool:
    """Can ``tok`` be a word of a personal name after a definite noun? An indefinite word cannot be the
    adjective of a definite noun nor its genitive (a construct head takes no article), so it is a name
    in apposition unless it is a particle, number, verb, adverb or prepositional phrase."""
    t = tok.text
    return tok.is_word and not tok.definite and not tok.is_number and not g.has(g.name_stop, tok) \
        and t[0] not in "وبلكف" and not (t[0] in "يتن" and len(t) >= 5) \
        and not t.endswith(("ا", "ين", "ون")) and not is_event_verb(tok, g) and not g.has(g.not_actor, tok)


def _surname(tok: Token, g: Grammar) -> bool:
    """A family name with the article after a first name ("سليم الحوراني"): a definite nisba."""
    return tok.definite and tok.text.startswith("ال") and tok.text.endswith("ي") and len(tok.text) >= 6 \
        and not g.has(g.name_stop, tok)


def _with_names(tokens: list[Token], phrases: list[Phrase], g: Grammar) -> list[Phrase]:
    """A definite singular person noun followed by a personal name takes the name ("المزارع X Y", "الطفل
    X"): annotators mark the person by name, with the description before it."""
    out: list[Phrase] = []
    for idx, p in enumerate(phrases):
        head = tokens[p.last]
        nxt = phrases[idx + 1].first if idx + 1 < len(phrases) else len(tokens)
        if head.definite and not head.text.endswith(("ون", "ين", "ات")) and p.last + 1 < nxt \
                and any(f in g.person_noun for f in head_forms(head.text)) \
                and _is_name_word(tokens[p.last + 1], g):
            last = p.last + 1
            while last + 1 < min(nxt, p.last + 4) and (_is_name_word(tokens[last + 1], g) or _surname(
                    tokens[last + 1], g)):
                last += 1
            p = p._replace(last=last)
        out.append(p)
    return out


def _vehicle_cut(tok: Token, g: Grammar) -> int:
    """Letters of proclitics before a vehicle noun that heads a phrase ("بسيارة" -> 1): not quoted."""
    for prefix in ("وب", "فب", "ب", "و", "ف"):
        rest = tok.text[len(prefix):]
        if tok.text.startswith(prefix) and len(rest) >= 3 \
                and any(f in g.vehicle_noun for f in head_forms(rest)):
            return len(prefix)
    return 0


@lru_cache(maxsize=1 << 16)
def _possessed(word: str, things: frozenset[str]) -> bool:
    """Is ``word`` one of ``things`` with a possessive pronoun ("سيارته", "بمنزلهم")? (cached by word)"""
    return any(f.removesuffix(_pronoun(f)) in things for f in strip_proclitics(word) if _pronoun(f))


def _owner_start(parsed: SentenceAnalysis, p: Phrase) -> int | None:
    """In a vehicle phrase with "belonging to" ("سيارة عسكرية تابعة لقوات X"), the owner's first token."""
    if parsed.english or p.actor_id is None or not is_vehicle(parsed.tokens[p.first], parsed.grammar):
        return None
    g = parsed.grammar
    for k in range(p.first + 1, min(p.last, p.first + 3)):
        if g.has(g.affiliation, parsed.tokens[k]):
            return k + 1
    return None


def _coordinated(parsed: SentenceAnalysis, p: Phrase | None, other: Phrase | None
                 ) -> tuple[Phrase | None, Phrase | None]:
    """A party and the actors coordinated with it by "و" are one side ("11 مدنيا وأربعة من رجال الشرطة",
    "قوات الأمن الأفغانية والدولية"): annotators mark the whole coordination. Returns ``p`` widened over
    a following "و"-joined adjective, or "و" + phrase, or "و" + count (+ "من") + phrase, and ``other``;
    a counted conjunct ("وأربعة من رجال الشرطة") belongs to ``p``'s side even when ``other`` held it
    (a guess by usual role), and ``other`` is then dropped."""
    if p is None:
        return p, other
    tokens, g = parsed.tokens, parsed.grammar
    last = p.last
    k = last + 1
    if k < len(tokens) and tokens[k].text[0] == "و" and len(tokens[k].text) > 3 \
            and tokens[k].bare.startswith("ال") and tokens[last].definite \
            and tokens[k].bare.endswith(("ية", "يه", "ي")) and not any(q.first == k for q in parsed.phrases):
        return p._replace(last=k), other  # "قوات الأمن الأفغانية والدولية": a coordinated adjective
    nxt = next((q for q in parsed.phrases if q.first > last), None)
    if nxt is None:
        return p, other
    gap = tokens[last + 1 : nxt.first]
    first_word = gap[0] if gap else tokens[nxt.first]
    if not (first_word.text[0] == "و" and len(first_word.text) > 2 and first_word.text != first_word.bare):
        return p, other
    rest = gap[1:]
    if len(rest) > 2 or not all(t.is_number or g.has(g.quantity, t) or t.bare == "من" for t in rest):
        return p, other
    counted = bool(gap) and g.has(g.quantity, first_word)
    if gap and not counted:
        return p, other  # only a count may stand between "و" and the next party ("وأربعة من رجال الشرطة")
    held = other is not None and other.first <= nxt.last and nxt.first <= other.last
    if held and not counted and not _loyal(parsed, nxt):
        return p, other
    return p._replace(last=nxt.last), (None if held else other)


def _other_side(parsed: SentenceAnalysis, p: Phrase | None) -> Phrase | None:
    """A clash "بين X وY" (between X and Y): the party joined by "و" right after the first is the other
    side, not a part of the first ("اشتباكات بين فرقة X وفرقة Y"); None otherwise."""
    if p is None or p.first == 0 or parsed.tokens[p.first - 1].bare != "بين":
        return None
    nxt = next((q for q in parsed.phrases if q.first > p.last), None)
    if nxt is None or nxt.first != p.last + 1 or nxt.actor_id is None:
        return None
    conj = parsed.tokens[nxt.first]
    return nxt if conj.text[0] == "و" and conj.text != conj.bare else None


_BACK_PRONOUN = frozenset({"لها", "له", "لهم", "لهما", "منها", "منه", "منهم"})


def _loyal(parsed: SentenceAnalysis, q: Phrase) -> bool:
    """The phrase says its party is loyal to the one before by a pronoun ("والفصائل الموالية لها")."""
    tokens, g = parsed.tokens, parsed.grammar
    end = min(q.last + 2, len(tokens) - 1)
    return any(
        g.has(g.loyal_to, tokens[k]) and tokens[k + 1].text in _BACK_PRONOUN for k in range(q.first, end)
    )


_MEMBER_OF = frozenset({"من", "في"})  # "ناشط في كتائب X", "متظاهر من أنصار X": a member and his body


def _member_of(parsed: SentenceAnalysis, p: Phrase | None, other: Phrase | None,
               reporter: Callable[[Phrase], bool]) -> Phrase | None:
    """A person noun followed by "من"/"في" and a catalogued party names a member of that party
    ("ناشط في كتائب X", "مقاتل من حركة Y"): annotators mark the whole phrase. Returns ``p`` widened over
    it, else ``p``. Only an indefinite person head ("ناشطا", not "الجنود من ..."), only a named party
    (a class such as "في الجيش" stays out), never over the other side or a reporter."""
    if p is None or (p.actor_id is not None and not p.generic):
        return p
    tokens, g = parsed.tokens, parsed.grammar
    k = p.last + 1
    if k + 1 >= len(tokens) or tokens[k].bare not in _MEMBER_OF:
        return p
    head = tokens[p.head]
    if not any(f in g.person_noun for f in head_forms(head.text)) or is_definite(head):
        return p  # an indefinite person ("ناشطا", "متظاهر"); "الجنود من قوات X" is a partitive of its own
    nxt = next((q for q in parsed.phrases if q.first == k + 1), None)
    if nxt is None or nxt.actor_id is None or nxt.generic or reporter(nxt) \
            or (other is not None and other.first <= nxt.last and nxt.first <= other.last):
        return p
    return p._replace(last=nxt.last)


def _name_genitive(tokens: list[Token], j: int, g: Grammar) -> int:
    """The last index of up to two name words after an indefinite construct head at ``j`` ("إدارة
    جورج بوش", "حكومة أردوغان"): words that are no particle, verb, number or prepositional phrase."""
    last = j
    for k in range(j + 1, min(j + 3, len(tokens))):
        tok = tokens[k]
        if not tok.is_word or tok.definite or g.has(g.name_stop, tok) or tok.text[0] in "وبليت" \
                or tok.text.endswith(("ا", "ين", "ون")):
            break
        last = k
    return last


def sentence_language(ctx: SentenceContext) -> Language:
    """The document language, or (when unknown) the sentence's majority script."""
    if ctx.doc.language in (Language.AR, Language.EN):
        return ctx.doc.language
    text = ctx.ntext
    arabic = sum(1 for c in text if "\u0600" <= c <= "\u06ff")
    latin = sum(1 for c in text if "a" <= c <= "z")
    return Language.EN if latin > arabic else Language.AR


@dataclass(frozen=True, slots=True, eq=False)
class SentenceAnalysis:
    """Tokens and actor phrases of one sentence, computed once and shared by every trigger in it
    (``ActorFinder.sentence_analysis``)."""

    ctx: SentenceContext
    tokens: list[Token]
    phrases: list[Phrase]
    english: bool
    grammar: Grammar
    starts: list[int]  # token start offsets (relative to the sentence); a token ends at start + len(text)
    victim_at: tuple[int, ...]  # tokens that are victim nouns ("مقتل", "إصابة"), for RoleGrammar
    roles: RoleGrammar  # the role rules for this sentence's language (shared by its triggers)


_Parsed = SentenceAnalysis


class ActorFinder:
    """Finds actor phrases and decides their roles. Build once, reuse for every sentence."""

    def __init__(self, catalog: ActorCatalog) -> None:
        self._catalog = catalog
        self._entries: dict[str, CatalogEntry] = {e.actor.id: e for e in catalog}
        self._matcher: LexiconMatcher[str] = LexiconMatcher(
            (alias.text, e.actor.id, e.inflect) for e in catalog for alias in e.actor.aliases
        )
        self._hints = {aid: e.role_hint for aid, e in self._entries.items()}
        self._generic = {aid: e.generic for aid, e in self._entries.items()}
        # generic state forces usually acting ("طائرة مسيرة", "warplanes"): a nationality adjective names them
        self._state_agents = frozenset(aid for aid, e in self._entries.items() if e.generic
                                       and e.role_hint is Role.PERPETRATOR
                                       and e.actor.actor_type.value == "state_forces")
        # generic classes of unknown actors ("مجهول", "ملثم"): as adjectives they say who a person is
        self._unidentified = frozenset({"unidentified_gunmen"} & self._entries.keys())
        # the last sentence analysed, per thread (a finder may be shared by a threaded worker); the
        # pipeline passes the analysis explicitly (read_roles), this serves other callers
        self._recent = threading.local()

    # what a pickle carries: every attribute but the per-thread cache (named, not read from __dict__,
    # which a mypyc-compiled instance does not have)
    _STATE = ("_catalog", "_entries", "_matcher", "_hints", "_generic", "_state_agents", "_unidentified")

    def __getstate__(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in self._STATE}

    def __setstate__(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            setattr(self, name, value)
        self._recent = threading.local()

    # ------------------------------------------------------------------ phrases
    def sentence_analysis(self, ctx: SentenceContext) -> SentenceAnalysis:
        """Tokens and actor phrases of ``ctx`` (cached for the thread's most recent sentence)."""
        recent = self._recent
        last: SentenceAnalysis | None = getattr(recent, "analysis", None)
        if last is not None and (last.ctx is ctx or (
                last.ctx.doc is ctx.doc and last.ctx.nstart == ctx.nstart and last.ctx.nend == ctx.nend)):
            return last
        analysis = self._parse(ctx)
        recent.analysis = analysis
        return analysis

    def _parse(self, ctx: SentenceContext) -> SentenceAnalysis:
        lang = sentence_language(ctx)
        english = lang is Language.EN
        grammar = load_grammar(Language.EN if english else Language.AR)
        ntext = ctx.ntext
        tokens, starts = tokenize(ntext)
        raw: list[tuple[int, int, str]] = []  # (first, last, actor_id)
        cuts: dict[int, int] = {}
        for m in self._matcher.find(ntext):
            first = bisect.bisect_right(starts, m.start) - 1
            last = bisect.bisect_left(starts, m.end) - 1
            if first < 0 or last < first:
                continue
            if raw and first <= raw[-1][1]:
                continue  # a second sense of the same words: keep the first
            if english and tokens[last].text.endswith("ed") and self._entries[m.payload].inflect:
                continue  # "crowded", "armed": an English participle, not the noun alias ("crowd")
            if not english and first == last and last + 1 < len(tokens) \
                    and grammar.has(grammar.noun_homonym, tokens[last]) \
                    and (grammar.has(grammar.homonym_adjective, tokens[last + 1])
                         or tokens[last + 1].bare.removesuffix("ه") in grammar.nationality):
                continue  # "القاعدة العسكرية": a base, a place, not the organisation of that name
            if not english and first > 0 and starts[first] == m.start \
                    and tokens[first - 1].text in grammar.place_head:
                continue  # "ناحية المعتصم", "قرية الحشد": the name of a place, not the actor
            if not english and first == last and raw and raw[-1][1] == first - 1 \
                    and tokens[last].text in grammar.adjective_after_noun \
                    and _qualifiable(tokens[first - 1], grammar):
                continue  # "الشرطة العسكرية": an adjective of the actor named before it, not the army
            if english and first == last and last + 1 < len(tokens) \
                    and grammar.has(grammar.adjective_homonym, tokens[last]) \
                    and grammar.has(grammar.adjective_head, tokens[last + 1]):
                continue  # "a military operation", "hit military sites": an adjective, not the army
            raw.append((first, last, m.payload))
            if starts[first] == m.start:
                cuts[first] = proclitic_cut(ntext[m.start : m.stem_start]) if m.stem_start > m.start else 0
        original_words = [ctx.doc.norm.quote(ctx.nstart + s, ctx.nstart + s + len(t.text))
                          for s, t in zip(starts, tokens, strict=True)] if english else []
        grown: list[tuple[int, int, str]] = []
        for idx, (first, last, aid) in enumerate(raw):
            if english:
                first = grow_english(tokens, first, original_words, grammar)
                if grown:
                    first = max(first, grown[-1][1] + 1)
            else:
                limit = raw[idx + 1][0] - 1 if idx + 1 < len(raw) else len(tokens) - 1
                last = max(min(grow_arabic(tokens, first, last, grammar), limit), last)
            grown.append((first, last, aid))
        generic = self._generic
        spans = self._qualify(tokens, self._merge(tokens, grown, english, grammar), english, grammar) \
            if grown else grown
        texts = list(map(_TEXT, tokens))
        i_title = 0
        titles: list[tuple[int, int]] = []
        title = grammar.title
        if not (title.isdisjoint(texts) and title.isdisjoint(map(_BARE, tokens))):
            taken = {i for f, la, aid in spans if not generic[aid] for i in range(f, la + 1)}
            for i, tok in enumerate(tokens):
                # title_phrase starts only at a title word: test that here, for every token, first
                if (tok.text in title or tok.bare in title) and i >= i_title and i not in taken:
                    end_title = title_phrase(tokens, i, grammar, taken)
                    if end_title is not None:
                        titles.append((i, end_title))
                        i_title = end_title + 1
        if titles:
            covered = {k for a, b in titles for k in range(a, b + 1)}
            phrases: list[Phrase] = [
                Phrase(first, last, aid, generic[aid], first,
                       cuts[first] if first in cuts else _vehicle_cut(tokens[first], grammar))
                for first, last, aid in spans if not any(first <= k <= last for k in covered)
            ]
            civilian = "civilians" if "civilians" in generic else None
            for a, b in titles:
                inner = [(f, aid) for f, la, aid in spans if a <= f and la <= b and not generic[aid]]
                # a person named with a role: the name is the phrase itself; the affiliation gives the type,
                # and a private person's title with no affiliation makes the person a civilian
                aid_title = inner[0][1] if inner else (
                    civilian if grammar.has(grammar.civilian_title, tokens[a]) else None)
                phrases.append(Phrase(a, b, aid_title, False, inner[0][0] if inner else a))
            phrases.sort(key=_FIRST)
        else:
            phrases = [Phrase(first, last, aid, generic[aid], first,
                              cuts[first] if first in cuts else _vehicle_cut(tokens[first], grammar))
                       for first, last, aid in spans]
            phrases.sort(key=_FIRST)
        if not english and phrases:
            phrases = _with_names(tokens, phrases, grammar)
        if not english and len(phrases) > 1:
            phrases = _without_appositions(tokens, phrases)
        victims = grammar.victim_forms  # victim nouns ("مقتل", "إصابة"), seen through proclitics
        victim_at = tuple(compress(count(), map(victims.__contains__, texts)))
        return SentenceAnalysis(ctx, tokens, phrases, english, grammar, starts, victim_at,
                                RoleGrammar(grammar, english, self._hints, victim_at))

    def _qualify(self, tokens: list[Token], spans: list[tuple[int, int, str]], english: bool,
                 grammar: Grammar) -> list[tuple[int, int, str]]:
        """Adjectives that say who a generic phrase is:

        - a nationality on an unnamed state force, weapon carrier or aircraft names the state's forces
          ("طائرة مسيرة تركية", "طائرات حربية تركية", "Turkish warplanes" -> Turkish Armed Forces);
        - a generic adjective after a vehicle or facility noun names its occupants, and the phrase
          starts at the noun ("سيارة مدنية" -> civilians, "دورية عسكرية" -> military forces)."""
        out: list[tuple[int, int, str]] = []
        owned: set[int] | None = None  # the tokens of every span, gathered when first asked
        for first, last, aid in spans:
            entry = self._entries[aid]
            if aid in self._state_agents:
                if english:
                    word = tokens[first].text
                    if grammar.nationality.get(word) in self._entries:
                        aid = grammar.nationality[word]
                else:
                    if owned is None:
                        owned = {i for f, la, _ in spans for i in range(f, la + 1)}
                    k = first + 1
                    while k < len(tokens) and k <= last + 3 and tokens[k].is_word \
                            and (k <= last or k not in owned) \
                            and not grammar.has(grammar.stop, tokens[k]):
                        word = tokens[k].bare
                        nat = grammar.nationality.get(word) or grammar.nationality.get(word.removesuffix("ه"))
                        if nat in self._entries:
                            aid, last = str(nat), k
                            break
                        k += 1
            if not english and first > 1 and tokens[first].text.startswith("ل") \
                    and grammar.has(grammar.affiliation, tokens[first - 1]) \
                    and is_vehicle(tokens[first - 2], grammar):
                if owned is None:
                    owned = {i for f, la, _ in spans for i in range(f, la + 1)}
                if first - 2 not in owned:
                    first -= 2  # "رتلا تابعا لقوات X": the vehicle belongs to the owner's side
            if not english and first > 0 and grammar.has(grammar.vehicle_noun, tokens[first - 1]) \
                    and ((entry.generic and not is_definite(tokens[first]))
                         or tokens[first].text.startswith("ل")):
                if owned is None:
                    owned = {i for f, la, _ in spans for i in range(f, la + 1)}
                if first - 1 not in owned:
                    first -= 1  # "سيارة مدنية", "دورية للشرطة": the noun heads, the actor is its occupant
            out.append((first, last, aid))
        return out

    def _merge(
        self, tokens: list[Token], raw: list[tuple[int, int, str]], english: bool, grammar: Grammar
    ) -> list[tuple[int, int, str]]:
        """Join a generic head with the actor it is a part of ("جنود المارينز", "عناصر من قوات النظام")."""
        out: list[tuple[int, int, str]] = []
        for first, last, aid in raw:
            if out:
                pf, pl, paid = out[-1]
                gap = [t.text for t in tokens[pl + 1 : first] if t.text not in _QUOTES]
                if not gap and self._entries[paid].generic and self._entries[aid].generic:
                    if not english and pf == pl and is_vehicle(tokens[pf], grammar):
                        out[-1] = (pf, last, aid)  # "دورية عسكرية": the adjective names the occupants
                        continue
                    if english and first == last and is_vehicle(tokens[first], grammar):
                        out[-1] = (pf, last, paid)  # "army patrol": the modifier names the occupants
                        continue
                    if not english and first == last and paid not in self._unidentified \
                            and aid in self._unidentified and not is_definite(tokens[first]):
                        # "على يد شخص مجهول", "رجل ملثم": an adjective saying the person is unknown names
                        # who acted (unidentified), not the generic noun it describes (a civilian)
                        out[-1] = (pf, last, aid)
                        continue
                if not english and not gap and pf == pl and self._entries[paid].generic \
                        and not tokens[pf].definite and tokens[first].definite \
                        and grammar.has(grammar.member_noun, tokens[pf]):
                    # a construct state: an indefinite member noun and a definite genitive ("عناصر
                    # الشرطة", "جنود الجيش") are one phrase, named after the body
                    out[-1] = (pf, last, aid)
                    continue
                if not english and self._entries[paid].generic \
                        and (len(gap) == 1 or (len(gap) == 2 and paid in self._state_agents)) \
                        and first == pl + len(gap) + 1 \
                        and grammar.has(grammar.affiliation, tokens[first - 1]) \
                        and tokens[first].text.startswith("ل"):
                    # (an aircraft's adjective may stand between: "طائرة مسيرة تابعة لجيش X")
                    # "سيارة عسكرية تابعة لقوات X": the owner names the side, the vehicle heads
                    out[-1] = (pf - 1 if pf > 0 and is_vehicle(tokens[pf - 1], grammar) else pf, last, aid)
                    continue
                if english and gap in (["of"], ["of", "the"], ["of", "a"], ["of", "an"]) \
                        and self._entries[paid].generic:
                    out[-1] = (pf, last, aid)  # "two fighters of the X council": the body they belong to
                    continue
                partitive = len(gap) == 1 and gap[0] in _PARTITIVE
                if not english and gap == ["في"] and pf == pl and self._entries[paid].generic \
                        and not self._entries[aid].generic \
                        and any(f in grammar.member_noun for f in head_forms(tokens[pf].text)):
                    # "عنصر في قوات X", "مقاتلان في الوحدات": a member in a named body is that body
                    out[-1] = (pf, last, aid)
                    continue
                # a generic head takes a named actor as genitive ("جنود المارينز"), any actor through
                # a partitive ("عناصر من القوات"), and only itself when adjacent ("عناصر القوة")
                joined = partitive or (not gap and (not self._entries[aid].generic or aid == paid))
                if english and not gap and not self._entries[paid].generic and self._entries[aid].generic:
                    out[-1] = (pf, last, paid)  # "Taliban militants", "SDF fighters": the name modifies
                    continue
                if joined and self._entries[paid].generic:
                    keep = paid if self._entries[aid].generic else aid
                    out[-1] = (pf, last, keep)
                    continue
            out.append((first, last, aid))
        return out

    # ------------------------------------------------------------------ mentions
    def mention(self, ctx: SentenceContext, parsed: _Parsed, p: Phrase, role: Role) -> ActorMention:
        """The mention of phrase ``p`` of the sentence (with its evidence) in ``role``."""
        s = ctx.nstart + parsed.starts[p.first] + p.cut
        owner = _owner_start(parsed, p)
        if owner is not None:
            s = ctx.nstart + parsed.starts[owner]  # "حافلة مملوكة للحرس الثوري": annotators mark the owner
        e = ctx.nstart + parsed.starts[p.last] + len(parsed.tokens[p.last].text)
        evidence = ctx.doc.evidence(s, e, PRODUCER)
        if p.actor_id is None:
            return ActorMention(text=evidence.quote, role=role, evidence=evidence, name=evidence.quote)
        entry = self._entries[p.actor_id]
        if entry.generic and not p.generic:  # a titled private person ("المواطن X"): a civilian by name
            if role is Role.PERPETRATOR:
                return ActorMention(text=evidence.quote, role=role, evidence=evidence, name=evidence.quote)
            return ActorMention(text=evidence.quote, role=role, evidence=evidence, actor_id=p.actor_id,
                                name=evidence.quote, actor_type=entry.actor.actor_type)
        if p.first != p.head and not entry.generic:  # a person named with a role in a catalogued actor
            # as a victim, a member of it: the person by name, the actor's id ("استشهدت القيادية في
            # وحدات X روجين Y" -> X, eval/events/README.md guideline 6)
            member = p.actor_id if role is Role.TARGET else None
            return ActorMention(text=evidence.quote, role=role, evidence=evidence, name=evidence.quote,
                                actor_id=member, actor_type=entry.actor.actor_type)
        return ActorMention(
            text=evidence.quote, role=role, evidence=evidence, actor_id=p.actor_id,
            name=entry.actor.name, actor_type=entry.actor.actor_type,
        )

    def mentions(self, ctx: SentenceContext) -> list[ActorMention]:
        """Every actor phrase in the sentence, with its catalogued usual role (TARGET when unknown)."""
        parsed = self.sentence_analysis(ctx)
        return [
            self.mention(ctx, parsed, p, self._hints.get(p.actor_id or '', Role.TARGET))
            for p in parsed.phrases
        ]

    # ------------------------------------------------------------------ roles
    def roles(self, ctx: SentenceContext, trigger: tuple[int, int], event_type: EventType,
              analysis: SentenceAnalysis | None = None) -> RoleAssignment:
        """Perpetrator and target of the event whose trigger is at normalized document offsets ``trigger``.
        ``analysis`` (from :meth:`sentence_analysis`) saves re-reading the sentence."""
        parsed = analysis if analysis is not None and analysis.ctx is ctx else self.sentence_analysis(ctx)
        if not parsed.tokens:
            return RoleAssignment()
        perp, target, marked = self.role_phrases(parsed, trigger, event_type)
        return RoleAssignment(
            perpetrator=self.mention(ctx, parsed, perp, Role.PERPETRATOR) if perp is not None else None,
            target=self.mention(ctx, parsed, target, Role.TARGET) if target is not None else None,
            marked=marked,
        )

    def role_phrases(self, parsed: SentenceAnalysis, trigger: tuple[int, int], event_type: EventType
                     ) -> tuple[Phrase | None, Phrase | None, bool]:
        """:meth:`roles` as phrases of the sentence (perpetrator, target, marked), before they are made
        mentions: a caller that weighs several triggers (``read_roles``) makes mentions of the chosen
        ones only. The sentence must have tokens."""
        ctx = parsed.ctx
        tokens = parsed.tokens
        t0, t1 = trigger[0] - ctx.nstart, trigger[1] - ctx.nstart
        starts = parsed.starts
        ta = max(bisect.bisect_right(starts, t0) - 1, 0)
        tb = max(bisect.bisect_left(starts, t1) - 1, ta)
        phrases = [p for p in parsed.phrases if not (p.first <= tb and p.last >= ta)]
        slots = parsed.roles.assign(tokens, phrases, ta, tb, event_type)
        if event_type is EventType.PROTEST:
            # "ورفع المتظاهرون ...", "احتشد آلاف المتظاهرين": a trigger that names the protesters
            # themselves is the acting side, whatever else the clause holds
            named = next((p for p in parsed.phrases if p.first <= tb and p.last >= ta
                          and p.actor_id == "protesters"), None)
            if named is not None:
                slots = RoleSlots(named, slots.target if slots.target is not named else None)
        if not parsed.english and (slots.perpetrator or slots.target):
            slots = RoleSlots(self._antecedent(parsed, slots.perpetrator, slots.target),
                              self._antecedent(parsed, slots.target, slots.perpetrator), slots.marked)
        perp = slots.perpetrator
        target = slots.target
        if event_type is EventType.THREATEN and not parsed.english \
                and parsed.grammar.has(parsed.grammar.threat_participle, tokens[ta]):
            # "قال وزير الدفاع X ...، مهدداً بشن عملية": the main clause's subject threatens
            subject = next((p for p in parsed.phrases if p.last < ta and p.actor_id), None)
            if subject is not None and subject is not target:
                perp = subject
        if target is not None and target.actor_id is None and not parsed.english:
            # "هاجم مسلحون نقطة عسكرية لقوات X": a post or vehicle read as the object names its owner
            owner = next((q for q in parsed.phrases if target.first < q.first and q.last <= target.last
                          and q.actor_id and not q.generic), None)
            if owner is not None:
                target = target._replace(actor_id=owner.actor_id, head=owner.head)
        if event_type is EventType.ARMED_CLASH and not parsed.english and target is None:
            target = _other_side(parsed, perp)
        if not parsed.english:
            target, perp = _coordinated(parsed, target, perp)
            perp, target = _coordinated(parsed, perp, target)
            reporter = self._is_reporter
            perp, target = (_member_of(parsed, perp, target, reporter),
                            _member_of(parsed, target, perp, reporter))
        if perp is None:
            inside = [p for p in parsed.phrases if p.first <= tb and p.last >= ta and p.actor_id
                      and self._hints.get(p.actor_id) is Role.PERPETRATOR]
            if inside:  # the trigger names its agent: "Turkish drones", "طيران التحالف"
                perp = inside[0]
        if perp is None or (self._generic.get(perp.actor_id or "") and not slots.marked):
            # "بطائرة مسيرة تركية", "قصف تركي": the trigger's own nationality adjective names the agent
            # before a generic class found elsewhere in the clause ("مقاتلة أخرى", "طائرة")
            perp = self._nationality(parsed, ta, tb, adjacent=perp is not None) or perp
        elif not slots.marked and not parsed.english and perp.first > tb:
            # "استهدفت مسيرة تركية نقطة لقوات X": the adjective on the trigger names the agent, not an
            # unmarked phrase after it (the struck side)
            perp = self._nationality(parsed, ta, tb, adjacent=True) or perp
        if target is None and event_type is not EventType.PROTEST:
            target = self._object_phrase(parsed, ta, tb, slots)
        if target is None and event_type is not EventType.PROTEST:
            target = self._possessor(parsed, ta, tb, perp)
        if target is None and event_type is EventType.PROTEST and not parsed.english:
            target = self._protest_object(parsed, tb, slots)
        marked = perp is not None and slots.marked and slots.perpetrator is not None
        return perp, target, marked

    def _is_reporter(self, p: Phrase) -> bool:
        return p.actor_id is not None and self._hints.get(p.actor_id) is Role.REPORTER

    def _antecedent(self, parsed: SentenceAnalysis, p: Phrase | None, other: Phrase | None) -> Phrase | None:
        """A member noun with a possessive pronoun ("جنوده" its soldiers, "عناصرها") stands for the body
        the pronoun refers to: the nearest catalogued actor before it ("قال الجيش الأميركي إن جنوده
        قتلوا ..." -> the army), unless that actor fills the other side. Otherwise ``p`` itself."""
        if p is None or p.first != p.last:
            return p
        if not _member_with_pronoun(parsed.tokens[p.first].text, parsed.grammar.member_noun):
            return p
        for q in reversed(parsed.phrases):
            if q.last < p.first and q.actor_id is not None and q is not other \
                    and self._hints.get(q.actor_id) is not Role.REPORTER \
                    and not (other is not None and q.first <= other.last and other.first <= q.last):
                return q
        return p

    def _protest_object(self, parsed: SentenceAnalysis, tb: int, slots: RoleSlots) -> Phrase | None:
        """What a protest is against or addresses: an authority the protesters demand something of or
        oppose ("للمطالبة باستقالة الحكومة", "ضد الإصلاحات الاقتصادية للحكومة"), else the first
        authority named after the trigger ("هتافات معادية لرئيس الوزراء", "أمام مقر السفارة"), or a
        catalogued non-protester."""
        g = parsed.grammar
        tokens = parsed.tokens
        at = {p.first: p for p in parsed.phrases}

        def found(j: int, opposed: bool = False) -> Phrase | None:
            return self._authority(parsed, j, at, slots.perpetrator, opposed)

        for k in range(tb + 1, len(tokens)):  # 1. the object of a demand or of opposition
            if g.has(g.protest_demand, tokens[k]):
                for j in range(k + 1, min(k + 5, len(tokens))):
                    if not tokens[j].is_word:
                        break
                    if (m := found(j, opposed=True)) is not None:
                        return m
        for j in range(tb + 1, len(tokens)):  # 2. the first authority after the trigger
            if (m := found(j)) is not None:
                return m
        return None

    def _authority(self, parsed: SentenceAnalysis, j: int, at: dict[int, Phrase],
                   perp: Phrase | None, opposed: bool = False) -> Phrase | None:
        """The authority phrase starting at token ``j`` (a catalogued non-protester, or a protest-object
        head with its genitive, title and name; ``opposed``, right after a word of demand or opposition:
        also a party, "ضد حزب X"), or None."""
        g = parsed.grammar
        tokens = parsed.tokens
        if perp is not None and perp.first <= j <= perp.last:
            return None
        phrase = at.get(j)
        if phrase is not None and phrase is not perp and phrase.actor_id is not None \
                and self._hints.get(phrase.actor_id) is not Role.REPORTER \
                and self._entries[phrase.actor_id].actor.id != "protesters":
            return phrase
        tok = tokens[j]
        if not tok.is_word:
            return None
        forms = strip_proclitics(tok.text)
        heads = g.protest_object | g.opposed_object if opposed else g.protest_object
        head = next((f for f in forms[::-1] if f in heads), None)
        if head is None:
            return None
        prev = tokens[j - 1] if j > 0 else None
        if prev is not None and tok.text.startswith("ال") and prev.definite and j - 1 not in at \
                and not any(f in g.protest_object for f in strip_proclitics(prev.text)):
            return None  # "الشارع الرئيس" (the main street): an adjective of the noun before it
        end = title_phrase(tokens, j, g, set(), titled=True) if any(f in g.title for f in forms) else None
        last = end if end is not None else grow_arabic(tokens, j, j, g, limit=2)
        if end is None and last == j and not tok.definite:
            last = _name_genitive(tokens, j, g)  # "إدارة جورج بوش": a construct head and a name
        if last + 1 < len(tokens) and g.has(g.title, tokens[last + 1]):
            # "حكومة رئيس الوزراء X": the head's genitive is a titled person
            last = title_phrase(tokens, last + 1, g, set()) or last
        elif head in g.opposed_object and last == j + 1 and tokens[last].definite \
                and last + 1 < len(tokens) and tokens[last + 1].text.startswith("وال") \
                and last + 1 not in at and not g.has(g.person_noun, tokens[last + 1]):
            # "حزب العدالة والتنمية": a party's name is two nouns joined by "و", not one
            last += 1
        cut = len(tok.text) - len(head)
        return Phrase(j, last, None, False, j, proclitic_cut(tok.text[:cut]) if cut else 0)

    def _nationality(self, parsed: _Parsed, ta: int, tb: int, adjacent: bool = False) -> Phrase | None:
        """"قصف تركي", "غارة إسرائيلية", "Turkish drone strike": the adjective names the perpetrator.
        ``adjacent``: only an adjective right at the trigger (when it is to replace a generic agent)."""
        g = parsed.grammar
        tokens = parsed.tokens
        # "مسيرة تركية" read as one trigger: the adjective is its own, whatever the head
        near = list(range(ta + 1, tb + 1)) if not parsed.english else []
        if is_nominal(tokens[ta], g, parsed.english) or (parsed.english and is_nominal(tokens[tb], g, True)):
            # "air strike": the head of an English compound trigger is its last word
            near += ([tb + 1, tb + 2] if not parsed.english else [ta - 1, ta - 2])[: 1 if adjacent else 2]
        for k in near:
            if 0 <= k < len(tokens):
                word = tokens[k].bare
                aid = g.nationality.get(word) or g.nationality.get(word.removesuffix("ه"))
                if aid and aid in self._entries:
                    return Phrase(k, k, aid, False, k)
        return None

    def _possessor(self, parsed: _Parsed, ta: int, tb: int, perp: Phrase | None) -> Phrase | None:
        """"انفجرت عبوة زرعت أسفل سيارته", "استهدفت منزله", "opened fire on his car": a thing with a
        possessive pronoun at or after the trigger names its owner as the target: the nearest catalogued
        actor before the trigger that is not the perpetrator nor a reporter."""
        tokens, g = parsed.tokens, parsed.grammar
        owned = False
        for k in range(ta, min(len(tokens), tb + 10)):
            tok = tokens[k]
            if tok.text in (".", ";", "!", "?"):
                break
            if parsed.english:
                owned = tok.text in ("his", "her", "their", "its") and k + 1 < len(tokens) \
                    and tokens[k + 1].text in g.possession
            else:
                owned = tok.text.endswith(_POSSESSIVE) and _possessed(tok.text, g.possession)
            if owned:
                break
        if not owned:
            return None
        for p in sorted(parsed.phrases, key=_LAST, reverse=True):  # stable: ties keep their order
            if p.last < ta and p.actor_id is not None and (perp is None or p.actor_id != perp.actor_id) \
                    and self._hints.get(p.actor_id) is not Role.REPORTER:
                return p
        return None

    def _object_phrase(self, parsed: _Parsed, ta: int, tb: int, slots: object) -> Phrase | None:
        """An uncatalogued object right after an active transitive verb ("اغتالوا القنصل العام")."""
        g = parsed.grammar
        tokens = parsed.tokens
        trig = tokens[ta]
        if parsed.english:
            return None
        grammar = parsed.roles  # Arabic here; the victim positions it holds are not used below
        ala = [k for k in range(tb + 1, min(tb + 5, len(tokens))) if tokens[k].text in (_ALA, "ضد")]
        if ala:
            j = ala[0] + 1
        elif ta != tb or is_nominal(trig, g, False) or g.has(g.passive_default, trig) \
                or g.has(g.undergo_verb, trig):
            return None
        else:
            j = grammar.skip_quantity(tokens, tb + 1)
        if j >= len(tokens) or not tokens[j].is_word or g.has(g.stop, tokens[j]) \
                or not (is_definite(tokens[j]) or j > tb + 1) \
                or any(p.first <= j <= p.last for p in parsed.phrases):
            return None
        last = grow_arabic(tokens, j, j, g, limit=2)
        joined = [p for p in parsed.phrases if p.first == last + 1]
        if joined:  # "حاجز للأسايش": a thing of a catalogued actor
            last = joined[0].last
        phrase = Phrase(j, last, None, False, j)
        if not grammar.is_party(tokens, phrase, Role.TARGET):
            return None  # "على قريتي X", "بقذائف الهاون", "على تطبيق": a place, weapon or thing
        return phrase


