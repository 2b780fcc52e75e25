"""Tokens and actor noun phrases of one sentence (normalized text), for the role grammar.

An actor phrase starts from a catalogued alias or a generic head word (matched clitic-aware) and is
grown the way annotators mark actors:

- a generic head joined to a following named actor, directly or through a partitive ``من``/``of``
  ("جنود المارينز", "عناصر من قوات النظام", "members of the SDF") becomes one phrase named after
  the more specific actor;
- Arabic heads take following adjectives and one genitive ("مسلحين مجهولين", "القوات الإسرائيلية
  المتمركزة", "قوات مكافحة الإرهاب"), stopping at prepositions, relatives, verbs marked by the word
  lists, numbers and punctuation; English heads take capitalized or listed modifiers before them;
- quantity words before the head are left out ("عشرات المتظاهرين" -> "المتظاهرين"), as annotators do;
- a title followed by a name ("العميد جبار مساعد", "المختار X", "القيادي في قسد X") is a person phrase.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any, NamedTuple

from marsad.text.normalize import normalize_str
from marsad.vocab import Language

_TOKEN = re.compile(r"\w+(?:[.'’-](?!s\b)\w+)*|[^\w\s]")
_CONJ = ("و", "ف")
_ARTICLE = re.compile(r"^(?:[وف]?(?:[بكل]?ال|لل))")
_NISBA = re.compile(r"(?:يه|ي|يين|يون|يان|يتين|يا|يات|ين|ون)$")
_SOUND_PLURAL = ("ون", "ين")
_EN_MODIFIERS = frozenset({"unknown", "unidentified", "masked", "armed", "suspected", "local", "foreign",
                           "rebel", "militant", "pro-government", "government", "security", "special"})


class Token(NamedTuple):
    """One word or punctuation mark of a sentence. It depends only on the word, so equal words share one
    (cached) token; where a token stands is in the start list :func:`tokenize` returns beside it."""

    text: str
    bare: str  # the token without a leading conjunction و/ف (Arabic, when the rest is still a word)
    is_word: bool
    is_number: bool
    definite: bool  # carries the article ("ال", "بال", "لل", ...): see is_definite


@lru_cache(maxsize=1 << 16)
def _token(text: str) -> Token:
    """The token for one word (pure; cached by word)."""
    bare = text[1:] if len(text) > 3 and text[0] in _CONJ else text
    definite = bool(_ARTICLE.match(text)) and len(text) > 3
    return Token(text, bare, text[0].isalpha(), text[0].isdigit(), definite)


def tokenize(ntext: str) -> tuple[list[Token], list[int]]:
    """The tokens of ``ntext`` and their start offsets (a token ends at its start + ``len(text)``)."""
    words: list[str] = _TOKEN.findall(ntext)
    starts: list[int] = []
    add = starts.append
    find = ntext.find
    pos = 0
    for w in words:  # only whitespace lies between tokens, so each is found where the pattern matched it
        pos = find(w, pos)
        add(pos)
        pos += len(w)
    return list(map(_token, words)), starts


# "تبنى" (claimed) and its forms with an object pronoun ("تبناه", "تبنته", "تبنتها")
CLAIM_PREFIX = "تبن"


@dataclass(frozen=True, slots=True)
class Grammar:
    """Word classes for one language (normalized), from lexicons/actor_grammar.toml."""

    stop: frozenset[str]
    quantity: frozenset[str]
    title: frozenset[str]
    agent_before: frozenset[str]
    target_before: frozenset[str]
    support_verb: frozenset[str]
    undergo_verb: frozenset[str]
    passive_default: frozenset[str]
    nominal: frozenset[str]
    victim_noun: frozenset[str]
    patient_genitive: frozenset[str]
    nationality: dict[str, str]
    protest_object: frozenset[str] = frozenset()
    intransitive: frozenset[str] = frozenset()
    person_noun: frozenset[str] = frozenset()  # heads an uncatalogued target may have
    vehicle_noun: frozenset[str] = frozenset()  # vehicles/facilities named after their occupants
    not_actor: frozenset[str] = frozenset()  # heads that never name a party (weapons, places, events)
    object_verb: frozenset[str] = frozenset()  # event verbs that take an attached object pronoun
    event_verb: frozenset[str] = frozenset()  # stems of finite event verbs (main-predicate choice)
    subordinator: frozenset[str] = frozenset()  # words opening a subordinate or relative clause
    adjunct_before: frozenset[str] = frozenset()  # prepositions that make an event noun an adjunct
    phrase_end: frozenset[str] = frozenset()  # words after a head that are never part of its phrase
    member_noun: frozenset[str] = frozenset()  # members of a body: "جنوده" (its soldiers) names the body
    protest_demand: frozenset[str] = frozenset()  # words before what protesters demand of or oppose
    noun_homonym: frozenset[str] = frozenset()  # aliases that are also common nouns ("القاعدة", a base)
    homonym_adjective: frozenset[str] = frozenset()  # adjectives that make them the common noun
    adjective_homonym: frozenset[str] = frozenset()  # English aliases that are also adjectives ("military")
    adjective_head: frozenset[str] = frozenset()  # nouns after which they are the adjective ("operation")
    nationality_plural: frozenset[str] = frozenset()  # broken-plural nationalities ("أفغان", "أكراد")
    name_particle: frozenset[str] = frozenset()  # first words of compound names ("عبد", "أبو", "بن")
    civilian_title: frozenset[str] = frozenset()  # titles of private persons ("المواطن", "الشيخ", "Sheikh")
    time_word: frozenset[str] = frozenset()  # words of a time adverbial ("مساء", "الأحد", "الماضي")
    victim_state: frozenset[str] = frozenset()  # accusative states of the harmed ("قتيلا", "جريحا")
    affiliation: frozenset[str] = frozenset()  # "belonging to" before an owner ("تابعة لـ X")
    possession: frozenset[str] = frozenset()  # things whose possessive names the target ("سيارته")
    person_object: frozenset[str] = frozenset()  # verbs whose object is a person ("اغتالوا X")
    passive_only: frozenset[str] = frozenset()  # verbs of the harmed only ("أصيبت X"): X is never an agent
    charge_before: frozenset[str] = frozenset()  # "بتهمة الانتماء لـ X": X is the accused's side, no agent
    ally_before: frozenset[str] = frozenset()  # "بمساندة X": X helps the agent, never the target
    carry_verb: frozenset[str] = frozenset()  # "سيارة تقل X", "a car carrying X": X is who was struck
    counter_verb: frozenset[str] = frozenset()  # "defused by X": X countered the incident, never its agent
    place_head: frozenset[str] = frozenset()  # "ناحية", "قرية": the word after one names a place
    loyal_to: frozenset[str] = frozenset()  # "الموالية لها": a party on the agent's side
    threat_participle: frozenset[str] = frozenset()  # "مهدداً": its agent is the clause subject
    adjective_after_noun: frozenset[str] = frozenset()  # "العسكرية" after a noun: an adjective
    person_patient: frozenset[str] = frozenset()  # masdars whose genitive is a person ("اغتيال X")
    support_masdar: frozenset[str] = frozenset()  # "إقدام X على قتل Y": the genitive X is the agent
    exposure_verb: frozenset[str] = frozenset()  # "تعرض X لـ": its subject is the one harmed
    accusative_count: frozenset[str] = frozenset()  # "عددا": a marked accusative count, an object
    opposed_object: frozenset[str] = frozenset()  # party heads a protest opposes ("ضد حزب X")
    speech_verb: frozenset[str] = frozenset()  # "قال X"; its subject reports the event, never its target
    # derived once from the lists above (lookups the grammar makes for every token)
    nominal_forms: frozenset[str] = field(init=False)  # ``nominal`` words with any proclitic cluster
    victim_forms: frozenset[str] = field(init=False)  # ``victim_noun`` words with any proclitic cluster
    name_stop: frozenset[str] = field(init=False)  # words that end a title's name (see title_phrase)
    object_stems: frozenset[str] = field(init=False)  # verbs that may carry an object pronoun
    claim_marker: frozenset[str] = field(init=False)  # ``agent_before`` words that claim ("تبنته X")
    carried_skip: frozenset[str] = field(init=False)  # words between a carry verb and whom it carries
    quantity_time: frozenset[str] = field(init=False)  # ``quantity`` and ``time_word`` (skip_quantity)

    def __post_init__(self) -> None:
        object.__setattr__(self, "nominal_forms", with_proclitics(self.nominal))
        object.__setattr__(self, "victim_forms", with_proclitics(self.victim_noun))
        object.__setattr__(self, "name_stop", self.stop | self.quantity | self.title | self.agent_before
                           | self.target_before)
        object.__setattr__(self, "object_stems", self.object_verb | self.passive_default)
        object.__setattr__(self, "claim_marker",
                           frozenset(w for w in self.agent_before if w.startswith(CLAIM_PREFIX)))
        object.__setattr__(self, "carried_skip",
                           self.quantity | self.person_noun | self.member_noun | {"of"})
        object.__setattr__(self, "quantity_time", self.quantity | self.time_word)

    def has(self, cls: frozenset[str], tok: Token) -> bool:
        return tok.text in cls or tok.bare in cls


# proclitic clusters a noun may carry (longest first), for lookups of nouns in the word lists
AR_NOMINAL_PREFIX = ("وبال", "فبال", "وال", "بال", "لل", "ال", "وب", "ول", "فب", "فل", "و", "ب", "ل", "ف")


def with_proclitics(words: frozenset[str]) -> frozenset[str]:
    """``words`` and each of them (of 3 letters or more) behind any proclitic cluster: a token is in this
    set exactly when it, or it without a leading cluster that leaves 3 letters, is in ``words``."""
    return words | {p + w for w in words if len(w) >= 3 for p in AR_NOMINAL_PREFIX}


def _words(raw: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(normalize_str(str(w)) for w in raw.get(key, []))


@cache
def load_grammar(language: Language) -> Grammar:
    data = tomllib.loads(
        resources.files("marsad.extract").joinpath("lexicons/actor_grammar.toml").read_text("utf-8")
    )
    raw = data["en" if language is Language.EN else "ar"]
    return Grammar(
        stop=_words(raw, "stop"), quantity=_words(raw, "quantity"), title=_words(raw, "title"),
        agent_before=_words(raw, "agent_before"), target_before=_words(raw, "target_before"),
        support_verb=_words(raw, "support_verb"), undergo_verb=_words(raw, "undergo_verb"),
        passive_default=_words(raw, "passive_default"), nominal=_words(raw, "nominal"),
        victim_noun=_words(raw, "victim_noun"), patient_genitive=_words(raw, "patient_genitive"),
        nationality={normalize_str(k): str(v) for k, v in raw.get("nationality", {}).items()},
        protest_object=_words(raw, "protest_object"), intransitive=_words(raw, "intransitive"),
        person_noun=_words(raw, "person_noun"), vehicle_noun=_words(raw, "vehicle_noun"),
        not_actor=_words(raw, "not_actor"), object_verb=_words(raw, "object_verb"),
        event_verb=_words(raw, "event_verb"), subordinator=_words(raw, "subordinator"),
        adjunct_before=_words(raw, "adjunct_before"), phrase_end=_words(raw, "phrase_end"),
        member_noun=_words(raw, "member_noun"), protest_demand=_words(raw, "protest_demand"),
        noun_homonym=_words(raw, "noun_homonym"), homonym_adjective=_words(raw, "homonym_adjective"),
        adjective_homonym=_words(raw, "adjective_homonym"), adjective_head=_words(raw, "adjective_head"),
        nationality_plural=_words(raw, "nationality_plural"), name_particle=_words(raw, "name_particle"),
        civilian_title=_words(raw, "civilian_title"), time_word=_words(raw, "time_word"),
        victim_state=_words(raw, "victim_state"), affiliation=_words(raw, "affiliation"),
        possession=_words(raw, "possession"), person_object=_words(raw, "person_object"),
        passive_only=_words(raw, "passive_only"), charge_before=_words(raw, "charge_before"),
        ally_before=_words(raw, "ally_before"), carry_verb=_words(raw, "carry_verb"),
        counter_verb=_words(raw, "counter_verb"),
        place_head=_words(raw, "place_head"), threat_participle=_words(raw, "threat_participle"),
        adjective_after_noun=_words(raw, "adjective_after_noun"), loyal_to=_words(raw, "loyal_to"),
        person_patient=_words(raw, "person_patient"), support_masdar=_words(raw, "support_masdar"),
        exposure_verb=_words(raw, "exposure_verb"), accusative_count=_words(raw, "accusative_count"),
        opposed_object=_words(raw, "opposed_object"), speech_verb=_words(raw, "speech_verb"),
    )


class Phrase(NamedTuple):
    """An actor phrase: tokens ``[first, last]`` (inclusive) and what it names."""

    first: int
    last: int
    actor_id: str | None  # catalogued actor (the most specific one inside), or None for a person/NP
    generic: bool  # the catalogued actor is a class ("gunmen"): the phrase text names it
    head: int  # token index of the head match (for role hints)
    cut: int = 0  # proclitic letters (و ف ب ل ك) to leave out of the first token ("لداعش" -> "داعش")


def proclitic_cut(prefix: str) -> int:
    """How many letters of a matched prefix are proclitics to leave out (the article stays)."""
    if prefix.endswith("لل"):
        return len(prefix) - 2
    if prefix.endswith("ال"):
        return len(prefix) - 2
    return len(prefix)


def is_definite(tok: Token) -> bool:
    return tok.definite


def _ar_modifier(tok: Token, head_definite: bool, grammar: Grammar, taken_genitive: bool,
                 head_accusative: bool = True) -> bool:
    """Can ``tok`` follow an Arabic head (adjective or one genitive)?"""
    stop = grammar.stop  # grammar.has(stop, tok), inlined (a hot test)
    if not tok.is_word or tok.text in stop or tok.bare in stop \
            or (tok.text[0] in _CONJ and len(tok.text) > 3 \
            and not tok.text.startswith(("وحد", "وزار", "ولا")) and not _fa_nisba(tok)):
        return False
    if tok.text in grammar.nationality_plural:
        return not head_definite  # "مدنيين أفغان", "متظاهرون أكراد": a broken-plural nationality
    if tok.text in grammar.vehicle_noun or tok.bare in grammar.vehicle_noun:
        return False  # "خلايا داعش دورية": a vehicle/facility noun heads a new phrase (the object)
    if tok.text.startswith(("بال", "كال", "وبال")):
        return False  # a prepositional phrase ("مسلحون ... بالرصاص"), never a genitive
    if is_definite(tok):
        return head_definite or not taken_genitive
    if tok.text.endswith("ا") and not head_accusative:
        return False  # an accusative adverb ("رميا") cannot agree with a nominative or genitive head
    if tok.text[0] in "يتن" and tok.text.endswith("ي") and len(tok.text) >= 5:
        return False  # an imperfect verb ("ترتدي", "تتعدى"), not a nisba adjective
    if tok.text[0] == "ي" and tok.text.endswith(("ون", "ين", "ان")) and len(tok.text) >= 5 \
            and not tok.text.endswith(("يون", "يين", "يان")):
        return False  # an imperfect plural verb ("يستقلون", "يرتدون"); nisba plurals end in -iyyun
    return not head_definite and bool(_NISBA.search(tok.text)) and len(tok.text) > 3


def _fa_nisba(tok: Token) -> bool:
    """A nisba adjective whose first letter is ف ("فلسطينيون", "فرنسية"), not the conjunction ف: the
    conjunction joins clauses, it never stands between a noun and its adjective."""
    return tok.text[0] == "ف" and tok.text.endswith(("يون", "يين", "ية", "يه", "يان")) and len(tok.text) >= 6


def grow_arabic(tokens: list[Token], first: int, last: int, grammar: Grammar, limit: int = 4) -> int:
    """Extend an Arabic phrase to the right over adjectives/genitives; returns the new last index."""
    head_definite = is_definite(tokens[last])
    taken_genitive = head_definite
    head_accusative = not tokens[last].text.endswith(("ون", "ان"))  # marked nominative plural/dual
    j = last + 1
    grown = 0
    while j < len(tokens) and grown < limit:
        tok = tokens[j]
        if tok.bare in ("التابعه", "التابع", "الموالية", "الموالي", "المواليه", "المدعومه", "المدعوم") \
                and j + 1 < len(tokens) and tokens[j + 1].text[:1] in ("ل", "م"):
            j += 2
            grown += 2
            continue
        if not _ar_modifier(tok, head_definite, grammar, taken_genitive, head_accusative) \
                or grammar.has(grammar.quantity, tok) or grammar.has(grammar.phrase_end, tok):
            break  # a number ("مدنيين اثنين") or a participle of place ("القوات المتمركزة") is no part
        prev = tokens[j - 1].text
        if len(prev) >= 5 and prev.endswith(_SOUND_PLURAL) and not tok.text.endswith(_SOUND_PLURAL) \
                and tok.text not in grammar.nationality_plural:
            # a sound plural keeps its nun only outside a construct, so what follows it is an adjective,
            # which agrees in the plural ("المسلحون المجهولون"); anything else is the next constituent
            # ("ورفع المتظاهرون الأعلام", "متظاهرون معارضون للحكومة")
            break
        if is_definite(tok):
            taken_genitive = True
            head_definite = True
        j += 1
        grown += 1
    return j - 1


def grow_english(tokens: list[Token], first: int, original_words: list[str], grammar: Grammar) -> int:
    """Extend an English phrase to the left over capitalized or listed modifiers."""
    i = first - 1
    while i >= 0 and first - i <= 2:
        tok = tokens[i]
        if not tok.is_word or tok.text in grammar.stop or tok.text in grammar.quantity:
            break
        word = original_words[i]
        if not (word[:1].isupper() or tok.text in _EN_MODIFIERS):
            break
        i -= 1
    return i + 1


def title_phrase(
    tokens: list[Token], i: int, grammar: Grammar, taken: set[int], limit: int = 3, titled: bool = False
) -> int | None:
    """If token ``i`` is a title (or ``titled`` says it is one behind a proclitic: "لزعيم"), the last
    index of "title [في ACTOR] Name Name"; else None."""
    if not (titled or grammar.has(grammar.title, tokens[i])):
        return None
    j = i + 1
    if j + 1 < len(tokens) and tokens[j].text in ("في", "in", "of") and j + 1 in taken:
        j += 1
        while j in taken:
            j += 1
    names = 0
    name_stop = grammar.name_stop  # stop, quantity, title, agent and target marker words
    particle = grammar.name_particle
    counted = 0  # name units: a title's definite genitive ("وزير الخارجية") and a compound name's
    # particle ("عبد الله", "أبو محمد") do not use up the limit of name words
    while j < len(tokens) and counted < limit:
        tok = tokens[j]
        if not tok.is_word or tok.text in name_stop or tok.bare in name_stop or j in taken:
            if names and j not in taken and tok.is_word and tok.text in grammar.title and j + 1 < len(tokens):
                # a second title in apposition: "رئيس التنظيم العقيد X", "قائد الشرطة اللواء X"
                j += 1
                continue
            break
        t = tok.text
        if names > 0 and tok.bare in ("من", "منذ"):
            break  # "الشاب X من أمام منزله": a preposition after the name
        if names > 0 and ((t[0] == "و" and len(t) > 3) or (t.endswith("ا") and not t.endswith("يا")
                                                             and len(t) >= 4)):
            break  # a coordinated word, or an accusative adverb or count after the name ("فضلا", "عاما")
        if names > 0 and (t.startswith(("بال", "كال", "لل", "وبال")) or (counted >= 2 and t[0] == "ل")):
            break  # a prepositional phrase after the name ("اتهموا الوزير X بالفساد", "X لرئاسة")
        if not (names == 0 and tok.definite) and tok.text not in particle:
            counted += 1
        names += 1
        j += 1
    return j - 1 if names else None
