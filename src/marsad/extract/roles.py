"""Who did it and to whom: the perpetrator and target of a trigger, from the sentence's grammar.

The rules, in the order they are tried (Arabic and English, see lexicons/actor_grammar.toml):

1. **Agent markers** name the perpetrator wherever they are in the clause: passive agents
   ("على يد X", "من قبل X", "بنيران X", "برصاص X", "by X") and relative agents ("هجوم نفذه X").
2. **Target markers** name the target: "على X", "ضد X", "بحق X" after the trigger, "on/against X".
3. **Nominal triggers** (masdar: "اغتيال X", "مقتل X", "killing of X"): the genitive right after is the
   target; "لـ X" right after ("هجوم لداعش") or a nationality adjective ("قصف تركي") is the
   perpetrator; a support verb before ("قام X بقتل Y", "أقدم X على ...") gives its subject as agent;
   "Y تعرض لهجوم" gives Y as target; in English "X's attack" / "X attack" gives X as agent.
4. **Verbal triggers**: a subject right before the verb is the agent (SVO: "مسلحون اغتالوا Y",
   "X attacked Y") and the object after it the target; with nothing before, verbs that read as
   passive without diacritics ("قتل 18 شخصا", "أصيب جنديان") take the noun after as target, other
   verbs read VSO (agent, then object). English "was/were killed" is passive: the subject is the target.
5. Otherwise an actor whose usual role (catalog ``role_hint``) fits fills an empty slot; for an active
   transitive verb with no actor phrase after it, the noun phrase after it is an uncatalogued target.

Reporters (observatories, "sources") are never perpetrator or target; clause boundaries (sentence
punctuation, "أن"/"that" after a speech verb) limit how far the rules look.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from marsad.extract.phrases import (
    AR_NOMINAL_PREFIX,
    Grammar,
    Phrase,
    Token,
    grow_arabic,
    is_definite,
    proclitic_cut,
)
from marsad.vocab import EventType, Role

_BOUNDARY = frozenset({".", ";", "!", "?", ":"})
_LEFT_BOUNDARY = frozenset({"ان", "أن", "انه", "بان", "بانه", "that", "فيما", "بينما", "حيث", "while"})
_AGENT_REACH = 8  # tokens after the trigger where a passive agent ("by X", "على يد X") may stand
_SUPPORT_REACH = 11  # tokens before a masdar where its support verb ("قام X بقتل") may stand
_ADDRESSEE_REACH = 7  # words from a speech verb, over its subject, to the one it addresses ("لصحافيين")
_HINT_REACH = 12  # tokens around the trigger where an actor may fill a slot by its usual role
_PASSIVE_AUX = frozenset({"was", "were", "been", "being", "be", "is", "are", "got"})
_AR_NOMINAL_PREFIX = AR_NOMINAL_PREFIX

_FIRST = attrgetter("first")
_LAST = attrgetter("last")
_ALA = "علي"  # "على" after normalization (alef maqsura -> ya)
_CONJ_AR = ("و", "ف")
# Words of a modifier ("برتبة ملازم أول") that may stand between a victim noun and a noun joined to it.
_COORDINATED_MODIFIER = 3
_MARKER_PREPOSITION = frozenset({_ALA, "ضد", "بحق", "on", "at", "against"})
# the subject pronoun a complementizer after a speech verb carries (normalized), and the verb's agreement
_ARTICLE_CLUSTERS = ("وبال", "فبال", "بال", "كال", "وال", "فال")  # proclitics + the article (normalized)
_RESUMPTIVE = frozenset({"لها", "له", "لهم", "لهما"})  # "التي تعرض لها X": the pronoun of the antecedent
_SPEAKER_PRONOUN = {"انه": "masculine", "بانه": "masculine", "انها": "feminine", "بانها": "feminine",
                    "انهم": "plural", "بانهم": "plural"}
_DESCRIBES = frozenset({"انهم", "انه", "انها", "انهما"})  # "مسلحون يعتقد أنهم من X": X says who they are
_CONTROL = frozenset({"controlled", "held", "run", "backed", "supported", "led", "owned", "occupied",
                      "manned",
                      "operated", "besieged", "surrounded"})  # "X-ed by Y" describing a place or group
_SHOTS = frozenset({"برصاص", "رصاص", "بنيران", "نيران"})  # gunfire: the class after it is who fired
_SUBSET = frozenset({"بينهم", "بينهن", "منهم", "منهن", "بينها"})  # "X، بينهم Y،": Y is part of X
# "أمام", "قرب", "بالقرب من", "داخل", ... (normalized): where an explosion happened, next to whom
_NEAR = frozenset({"امام", "قرب", "بقرب", "بالقرب", "بجانب", "جانب", "داخل", "مقابل", "قباله", "عند"})
_HEDGE = frozenset({"الاقل", "الاكثر"})  # normalized: "على الأقل" (at least), "على الأكثر" (at most)
# units of a duration (normalized): "من قبل أسبوع", "من قبل ثلاثة أيام" mean "a week / three days before"
_DURATION = frozenset({"اسبوع", "اسبوعين", "اسابيع", "شهر", "شهرين", "اشهر", "شهور", "سنه", "سنتين", "سنوات",
                       "عام", "عامين", "اعوام", "يوم", "يومين", "ايام", "ساعه", "ساعتين", "ساعات", "دقيقه",
                       "دقايق", "لحظات", "فتره"})
# prepositions between a support verb (with its subject) and its masdar: "قام X بـ", "أقدم X على",
# "نجح X في", "تمكن X من" (normalized)
_COMPLEMENT_PREPOSITION = frozenset({_ALA, "في", "من", "الي"})
_NAMED = frozenset({"المدعو", "المدعوه", "يدعي", "تدعي"})  # normalized: "the one called X"
_AGENT_HAND = frozenset({"يد", "ايدي"})  # normalized: "على يد X", "على أيدي X" (at the hands of X)
_ADVERB = frozenset({"ايضا", "كذلك"})  # normalized: "also" between a verb and its object
_PRONOUN_SUFFIX = ("هما", "هم", "هن", "ها", "ه")  # attached possessive pronouns (normalized)
_DEMONSTRATIVE = frozenset({"هذا", "هذه", "هذين", "هاتين", "هؤلاء", "ذلك", "تلك"})  # normalized
_RELATIVE = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})  # normalized
# words that may stand right before a sentence's subject: auxiliaries and speech-verb complementizers
_SUBJECT_LEFT = frozenset({"كان", "كانت", "وكان", "وكانت", "ان", "لكن", "كما", "اذ", "عندما", "حين",
                           "بعدما", "ثم", "قال", "قالت", "فيما", "بينما"})  # normalized (إن -> ان)


# a uniform or dress: the party after it is a disguise ("مسلحون يرتدون زي الشرطة"), never a side
_UNIFORM = frozenset({"زي", "بزي", "الزي", "بالزي", "ازياء", "بازياء", "ملابس", "بملابس", "لباس", "بلباس",
                      "بزات", "ببزات"})


def _uniform(tokens: list[Token], p: Phrase) -> bool:
    """Is phrase ``p`` the genitive of a uniform word ("زي الشرطة", "بملابس الجيش")?"""
    k = p.first - 1
    while k >= 0 and not tokens[k].is_word and p.first - k <= 2:
        k -= 1  # a quote between them
    return k >= 0 and (tokens[k].text in _UNIFORM or tokens[k].bare in _UNIFORM)


@dataclass(frozen=True, slots=True)
class RoleSlots:
    """Chosen phrases (indices into the phrase list, or a synthetic one for a nationality adjective)."""

    perpetrator: Phrase | None
    target: Phrase | None
    marked: bool = False  # the perpetrator is introduced by an agent marker ("على يد X", "نفذه X")


@lru_cache(maxsize=1 << 16)
def _strip_ar(text: str) -> tuple[str, ...]:
    """The token and its forms without a leading proclitic cluster (pure; cached by word)."""
    forms = [text]
    for p in _AR_NOMINAL_PREFIX:
        if text.startswith(p) and len(text) - len(p) >= 3:
            forms.append(text[len(p):])
    return tuple(forms)


_NOUN_ENDINGS = ("يين", "يون", "ين", "ون", "ان", "ات", "ا")
_OBJECT_PRONOUN = ("هما", "هم", "ها", "ه")  # attached to a verb: "أعدمه مسلحون" (gunmen executed him)


@lru_cache(maxsize=1 << 16)
def head_forms(text: str) -> tuple[str, ...]:
    """Lookup forms of a head noun: without proclitics, and without a sound-plural, dual or accusative
    ending ("عنصرين" -> "عنصر", "طفلا" -> "طفل", "مدنيين" -> "مدني")."""
    out: list[str] = []
    for f in _strip_ar(text):
        out.append(f)
        for e in _NOUN_ENDINGS:
            if f.endswith(e) and len(f) - len(e) >= 2:
                out.append(f[: -len(e)] + ("ي" if e in ("يين", "يون") else ""))
    return tuple(out)


def is_vehicle(tok: Token, grammar: Grammar) -> bool:
    """A vehicle or facility noun ("سيارة", "دورية", "checkpoint"), named after who is in it."""
    return any(f in grammar.vehicle_noun for f in head_forms(tok.text))


def object_pronoun(tok: Token, grammar: Grammar, english: bool) -> bool:
    """Does a verbal trigger carry an attached object pronoun ("أعدمه", "قتلوها")?"""
    if english or is_nominal(tok, grammar, english) or grammar.has(grammar.intransitive, tok):
        return False
    verbs = grammar.object_stems  # object_verb | passive_default
    for suffix in _OBJECT_PRONOUN:  # ta marbuta folds to ه, so the stem must be a listed verb
        stem = tok.bare[: -len(suffix)] if tok.bare.endswith(suffix) else ""
        if len(stem) >= 3 and (stem in verbs or (stem.endswith("و") and stem + "ا" in verbs)):
            return True
    return False


_SUBJECT_SUFFIX = ("وا", "تا", "ا", "ت")
_IMPERFECT_SUFFIX = ("ون", "ان", "وا")


def is_event_verb(tok: Token, g: Grammar) -> bool:
    """A finite event verb: an indefinite word whose stem (without a subject ending, or an imperfect
    prefix and ending) is a listed event verb. "فجر" followed by a time word is "dawn", not a verb."""
    return _event_verb(tok, g.event_verb)


@lru_cache(maxsize=1 << 16)
def _event_verb(tok: Token, verbs: frozenset[str]) -> bool:
    """:func:`is_event_verb` for one word and verb list (pure; cached by word: the role rules ask it of
    the same tokens again and again)."""
    if tok.definite or not tok.is_word:
        return False
    if tok.text != tok.bare and tok.text[0] == "ف" and _event_verb_form(tok.text, verbs):
        return True  # a verb whose first root letter is the one read as a conjunction ("فجرت", "فتحوا")
    return _event_verb_form(tok.bare, verbs)


def _event_verb_form(w: str, verbs: frozenset[str]) -> bool:
    if w in verbs:
        return True
    for s in _SUBJECT_SUFFIX:
        if w.endswith(s) and w[: -len(s)] in verbs:
            return True
    if len(w) >= 4 and w[0] in "يت":
        for stem in (w[1:], "ا" + w[1:]):  # derived forms drop their alef: "يطلق" (أطلق), "يستهدف"
            if stem in verbs or any(stem.endswith(s) and stem[: -len(s)] in verbs for s in _IMPERFECT_SUFFIX):
                return True
    return False


def strip_proclitics(text: str) -> tuple[str, ...]:
    """``text`` and its forms without a leading proclitic cluster (و ف ب ل and the article)."""
    return _strip_ar(text)


def is_nominal(tok: Token, grammar: Grammar, english: bool) -> bool:
    if english:
        return tok.text in grammar.nominal
    return tok.text in grammar.nominal_forms or is_definite(tok)  # nominal, seen through proclitics


def victim_noun(tok: Token, grammar: Grammar) -> bool:
    return tok.text in grammar.victim_forms  # victim_noun, seen through proclitics


class RoleGrammar:
    """Applies the role rules to one sentence's tokens and actor phrases."""

    def __init__(self, grammar: Grammar, english: bool, hints: dict[str, Role],
                 victim_at: tuple[int, ...] | None = None) -> None:
        self.g = grammar
        self.english = english
        self.hints = hints  # actor_id -> role hint
        self.victim_at = victim_at  # victim-noun token positions, when the caller computed them
        self._marks: tuple[list[Token], list[int], list[int]] | None = None  # see _window
        # claim markers among the agent markers ("وتبنته X", "تبنتها X"): a claim names the agent of the
        # event its pronoun refers to wherever it stands in the clause, not only near the trigger
        self.claim_marker = grammar.claim_marker

    def is_party(self, tokens: list[Token], p: Phrase, role: Role) -> bool:
        """Can the phrase fill ``role``? Catalogued actors and titled persons always can; an
        uncatalogued target must be headed by a person, group or facility noun; no party is ever
        headed by a weapon, place, event or abstract noun ("قذائف", "قريتي", "الضربة", "معلومات")."""
        g = self.g
        if p.actor_id is not None:
            # "civilian areas": an English class adjective on a place or thing is no party
            nxt = tokens[p.last + 1] if self.english and p.last + 1 < len(tokens) else None
            return nxt is None or nxt.text not in g.not_actor
        tok = tokens[p.last] if self.english else tokens[p.head]
        if g.has(g.title, tokens[p.first]):
            return True
        forms = (tok.text,) if self.english else head_forms(tok.text)
        if any(f in g.not_actor for f in forms):
            return False
        if not self.english and any(f in g.not_actor for k in range(p.head + 1, p.last + 1)
                                    for f in _strip_ar(tokens[k].text)):
            return False  # "سيارة مفخخة", "دراجة ملغومة": a vehicle made a weapon
        if role is Role.TARGET:
            # a person noun, or a plural demonym ("بريطانيين", "13 إثيوبيا")
            return any(f in g.person_noun for f in forms) or tok.text.endswith(("يين", "يون")) or (
                tok.text.endswith("يا") and p.head > 0 and tokens[p.head - 1].is_number)
        return tok.is_word

    def _weapon_genitive(self, tokens: list[Token], p: Phrase) -> bool:
        """A generic class after a weapon noun names the weapon, not a party ("بقذائف المدفعية")."""
        if not p.generic or p.first == 0:
            return False
        prev, g = tokens[p.first - 1], self.g
        if g.has(g.stop, prev) or g.has(g.quantity, prev) or prev.bare in _SHOTS:
            return False  # "ثلاثة من رجال الشرطة": a partitive; "برصاص مجهولين": gunfire names its shooters
        return any(len(f) >= 4 and f in g.not_actor for f in head_forms(prev.text))

    def adjective_of_event(self, tokens: list[Token], p: Phrase) -> bool:
        """A one-word nisba that agrees with the event noun before it is an adjective, not a party:
        "هجوم انتحاري", "الهجوم الانتحاري", "عملية انتحارية", "هجوما انتحاريا" (but "هجوم المسلحين" is a
        genitive)."""
        if p.first != p.last or p.first == 0:
            return False
        tok, prev = tokens[p.first], tokens[p.first - 1]
        # the event noun may carry the indefinite accusative alef ("ينفذ هجوما انتحاريا")
        noun = prev.text in self.g.nominal_forms or (
            prev.text.endswith("ا") and tok.text.endswith("يا") and prev.text[:-1] in self.g.nominal_forms)
        return tok.text.endswith(("ي", "يه", "يا")) and noun \
            and is_definite(prev) == is_definite(tok) and not is_event_verb(prev, self.g) \
            and self.hint(p) is Role.PERPETRATOR  # "قتل مدني" is a passive verb and its subject

    def event_subject(self, tokens: list[Token], ta: int) -> bool:
        """Is the verb at ``ta`` preceded, in its clause, by an event or weapon noun as subject?"""
        g = self.g
        for k in range(ta - 1, max(ta - 5, -1), -1):
            tok = tokens[k]
            if not tok.is_word or g.has(g.stop, tok) or tok.bare in _LEFT_BOUNDARY:
                return False
            if tok.text.startswith(("ب", "ل")):
                continue  # "بسيارة مفخخة": an instrument between the subject and its verb
            if tok.text in g.nominal_forms or any(f in g.not_actor for f in head_forms(tok.text)):
                return True
        return False

    def hint(self, p: Phrase) -> Role:
        return self.hints.get(p.actor_id, Role.TARGET) if p.actor_id else Role.TARGET

    def _window(self, tokens: list[Token], ta: int, tb: int) -> tuple[int, int]:
        """The clause around tokens ``ta..tb``: after the last boundary before it (sentence punctuation
        or a left boundary word), up to the first punctuation boundary after it."""
        marks = self._marks
        if marks is None or marks[0] is not tokens:
            # the boundary positions of the sentence, found once for all its triggers (a RoleGrammar
            # serves one sentence; other token lists are scanned again)
            left_at = [i for i, t in enumerate(tokens) if t.text in _BOUNDARY or t.bare in _LEFT_BOUNDARY]
            right_at = [i for i in left_at if tokens[i].text in _BOUNDARY]
            marks = self._marks = (tokens, left_at, right_at)
        _, left_at, right_at = marks
        k = bisect_left(left_at, ta)
        left = left_at[k - 1] + 1 if k else 0
        k = bisect_right(right_at, tb)
        right = right_at[k] - 1 if k < len(right_at) else len(tokens) - 1
        return left, right

    def _countered_by(self, tokens: list[Token], p: Phrase) -> bool:
        """Is the phrase the passive agent of a verb of countering ("defused by X", "foiled by X")? It
        stopped or found the incident: neither its agent nor its target."""
        k = p.first - 1
        if not self.g.counter_verb or k < 1 or not self.g.has(self.g.agent_before, tokens[k]):
            return False
        return self.g.has(self.g.counter_verb, tokens[k - 1])

    def _marked(self, tokens: list[Token], p: Phrase, words: frozenset[str],
                trigger: tuple[int, int] = (-1, -1)) -> bool:
        """Is the phrase introduced by one of ``words`` (directly, or across a quote or article)?"""
        k = p.first - 1
        while k >= 0 and p.first - k <= 2 and (
                (not tokens[k].is_word and tokens[k].text not in _BOUNDARY)
                or tokens[k].text in ("the", "a", "an")):
            k -= 1
        if k < 0 or not (tokens[k].text in words or tokens[k].bare in words):
            return False
        if trigger[0] <= k <= trigger[1] and not (trigger[0] < k and tokens[k].bare in _MARKER_PREPOSITION):
            return False  # a marker verb that is the trigger ("استهدف مفجر انتحاري مركزا"); but a trigger
            # phrase may end in its preposition ("أطلقوا النار على X", "اعتدى على X")
        word = tokens[k].bare
        if word in ("يد", "قبل"):  # only as "على يد", "من قبل"
            return k > 0 and tokens[k - 1].bare in (_ALA, "من")
        return True

    def skip_quantity(self, tokens: list[Token], j: int) -> int:
        """Index of the first token at or after ``j`` that is not a number, quantity, time word or "من"."""
        quantity_time, stop = self.g.quantity_time, self.g.stop  # the word classes, tested inline
        n = len(tokens)
        while j < n:
            tok = tokens[j]
            text, bare = tok.text, tok.bare
            skip = tok.is_number or text in quantity_time or bare in quantity_time \
                or bare in ("من", "of", "at", "least") \
                or ((text in stop or bare in stop) and bare not in (_ALA, "ضد", "on"))
            if not skip:
                break
            j += 1
        return j

    def assign(self, tokens: list[Token], phrases: list[Phrase], ta: int, tb: int,
               event_type: EventType) -> RoleSlots:
        g = self.g
        left, right = self._window(tokens, ta, tb)
        hints = self.hints
        usable = [p for p in phrases if p.first >= left and p.last <= right
                  and not (p.first <= tb and p.last >= ta)
                  and not (p.actor_id and hints.get(p.actor_id) is Role.REPORTER)
                  and not self._countered_by(tokens, p)]
        if not self.english:
            usable = [p for p in usable if not self.adjective_of_event(tokens, p) and not _uniform(tokens, p)]
            if any(not p.generic and p.first == p.head and (p.last < ta or tb < p.first <= tb + 3)
                   and p.actor_id and hints.get(p.actor_id) is Role.PERPETRATOR for p in usable):
                # "قصفت القوات التركية بقذائف المدفعية": with a named force in the clause, a class after
                # a weapon noun names the weapon
                usable = [p for p in usable if not self._weapon_genitive(tokens, p)]
        # attrgetter keys (C, no lambda call per phrase); reverse=True keeps ties in order, as -last did
        before = sorted([p for p in usable if p.last < ta], key=_LAST, reverse=True)
        after = sorted([p for p in usable if p.first > tb], key=_FIRST)
        trig = tokens[ta]
        perp: Phrase | None = None
        target: Phrase | None = None

        # 1-2. markers
        for p in usable:
            if perp is None and tb < p.first and (
                    (p.first <= tb + _AGENT_REACH and self._marked(tokens, p, g.agent_before))
                    or self._marked(tokens, p, self.claim_marker)) \
                    and not (self.english and p.first >= 2 and tokens[p.first - 2].text in _CONTROL):
                perp = p  # but "a village controlled by X" names who holds a place, not who acted
        if perp is None and not self.english:
            perp = self._passive_agent(tokens, tb, right, usable)
        if target is None:
            target = self._carried(tokens, after, tb)
        for p in after:
            if target is None and p is not perp and self._marked(tokens, p, g.target_before, (ta, tb)):
                target = p
        if target is not None and target is perp:
            target = None
        if event_type is EventType.PROTEST:
            return self._protest(tokens, ta, tb, before, after, perp, target)
        marked = perp
        if not self.english and g.has(g.victim_state, trig) and before and before[0].last == ta - 1 \
                and before[0] is not perp:
            # "أردى مسلح، مساء أمس، الشاب X قتيلا": the noun the state describes is the one harmed; the
            # verb's subject before it is the agent
            target = target or before[0]
            if perp is None:
                perp = next((p for p in before[1:] if self.hint(p) is Role.PERPETRATOR), None)
            return RoleSlots(perp, target, perp is not None and perp is marked)

        nominal = is_nominal(trig, g, self.english)
        if nominal and not self.english and before and before[0].last >= ta - 2 and trig.text == trig.bare \
                and all(g.has(g.quantity, tokens[k]) for k in range(before[0].last + 1, ta)) \
                and is_event_verb(trig, g):
            nominal = False  # "جنديا أميركيا قتل": a subject right before it makes "قتل" a verb, not a masdar
        if nominal and not self.english and is_event_verb(trig, g) and (
                (ta > 0 and tokens[ta - 1].bare in _RELATIVE)
                or (after and after[0].first == tb + 1 and tokens[tb + 1].text.endswith("ون")
                    and len(tokens[tb + 1].text) >= 5)):
            # "النائب X الذي قتل": a relative pronoun opens a clause, so "قتل" is its verb; "وخطف مسلحون
            # تاجرا": a nominative plural after it is a subject (a masdar's genitive would read -ين)
            nominal = False
        if nominal and not self.english and is_event_verb(trig, g) and trig.text[0] in _CONJ_AR \
                and trig.text != trig.bare and (ta == 0 or tokens[ta - 1].text in _BOUNDARY) \
                and after and after[0].first == tb + 1 and not is_definite(tokens[tb + 1]) \
                and self.hint(after[0]) is Role.PERPETRATOR \
                and self.skip_quantity(tokens, after[0].last + 1) > after[0].last + 1:
            # "وقتل مفجر انتحاري 42 مجندا": a clause opening with "و" + the word, an indefinite agent and
            # a count after it reads verb-subject-object (a masdar does not open a clause with a count)
            nominal = False
        if not nominal and not self.english and not is_event_verb(trig, g) \
                and self._supported(tokens, ta, phrases):
            nominal = True  # "شنت X هجوما", "حاول X اغتيالها": a support verb's complement is a masdar
        exposed = False
        if nominal:
            perp, target, exposed = self._nominal(tokens, ta, tb, before, after, perp, target)
        else:
            perp, target = self._verbal(tokens, ta, tb, before, after, perp, target)

        named_object = target is not None and target.actor_id is None and (
            exposed  # "تعرض سامر الحسون للخطف": the subject of exposure, named or not
            or (g.has(g.person_object, trig) and target.first == self.skip_quantity(tokens, tb + 1))
            or (nominal and target == self.person_genitive(tokens, tb))  # "اغتالوا X Y", "اغتيال X"
            or (not nominal and g.has(g.passive_default, trig) and self._bare_object(tokens, tb, target))
            # "اغتال مسلحون، مساء أمس، المدعو X Y": past the agent and an adverbial (see _verbal)
            or (not nominal and perp is not None and perp.first > tb and g.has(g.person_object, trig)
                and tokens[target.first - 1].bare in _NAMED)
            # "عبد العزيز الحسون الذي اغتالته X": the antecedent of a person verb's object pronoun
            or (not nominal and target.last == ta - 2 and tokens[ta - 1].bare in _RELATIVE
                and any(trig.bare.endswith(x) and trig.bare[: -len(x)] in g.person_object
                        for x in _OBJECT_PRONOUN)))
        if target is not None and not named_object and not self.is_party(tokens, target, Role.TARGET):
            target = None
        if perp is not None and not self.is_party(tokens, perp, Role.PERPETRATOR):
            perp = None

        # 5. fill empty slots by usual role
        victims = self._passive_subjects(tokens, usable, ta, tb) + self._harmed_after(tokens, usable)
        if perp in victims and perp is not marked:
            perp = None  # but "تعرض للاختطاف من قبل X": an agent marker names X outright
        if target is None:
            target = self._victim(tokens, usable, perp) or (victims[0] if victims else None)
        near = [p for p in before + after if p.last >= ta - _HINT_REACH and p.first <= tb + _HINT_REACH
                and p not in victims]
        # the noun right after a patient masdar or a passive-reading verb is the one harmed ("قتل نحو
        # عشرين عنصرا من قوات X في هجوم ... على نقطة"), never the agent, even when a marked target exists
        patient_at = self.skip_quantity(tokens, tb + 1) if not self.english and (
            any(f in g.patient_genitive for f in _strip_ar(trig.text))
            or g.has(g.passive_default, trig)) else -1
        if perp is None:
            for p in near:
                if p is not target and p.first != patient_at and self.hint(p) is Role.PERPETRATOR \
                        and not self._marked(
                        tokens, p, g.target_before):
                    perp = p
                    break
        if target is None:
            for p in sorted(near, key=lambda p: (p.last < ta, p.first)):
                if p is not perp and self.hint(p) is Role.TARGET and not self.reports(tokens, p):
                    target = p
                    break
        if target is not None and not named_object and not self.is_party(tokens, target, Role.TARGET):
            target = None  # a victim or usual-role filler that is a class adjective ("civilian areas")
        if target is not None and target.generic and not self.english and is_vehicle(tokens[target.first], g):
            named = self._named_victim(tokens, usable, perp)
            if named is not None:
                # "قتل عنصران من قوات X ... إثر هجوم على حاجز عسكري": the checkpoint's adjective only
                # says what kind of post it is; the killed, named by their force, are who was attacked
                target = named
        if not self.english and perp is not None and self._marked(tokens, perp, g.charge_before):
            perp = None  # "بتهمة الانتماء لخلايا X": the side the detained are charged with
        if not self.english and target is not None and self._marked(tokens, target, g.ally_before):
            target = None  # "بمساندة مروحيات X": an ally of the agent
        return RoleSlots(perp, target, perp is not None and perp is marked)

    def reports(self, tokens: list[Token], p: Phrase) -> bool:
        """Does the phrase report the event rather than take part in it: the subject right after a
        speech verb ("قال العميد X إن الهجوم", "نفى X ...", "تلا السفير X بيانا"), or the one addressed
        by "لـ" after a speech verb and its subject ("قال X لصحافيين")? Arabic only."""
        g = self.g
        if self.english or not g.speech_verb:
            return False
        if p.first > 0 and g.has(g.speech_verb, tokens[p.first - 1]):
            return True  # but not after a quote mark: "وأضاف «الأسرة ...»" opens the words reported
        if not tokens[p.first].text.startswith("ل"):
            return False
        for k in range(p.first - 1, max(p.first - _ADDRESSEE_REACH, -1), -1):
            tok = tokens[k]
            if tok.text in _BOUNDARY or tok.bare in _LEFT_BOUNDARY or is_event_verb(tok, g):
                return False
            if g.has(g.speech_verb, tok):
                return True
        return False

    def _passive_agent(self, tokens: list[Token], tb: int, right: int, usable: list[Phrase]) -> Phrase | None:
        """An uncatalogued noun phrase after "على يد", "على أيدي", "من قبل" or a relative agent verb ("التي
        نفذها", "اللذين شنهما") close after the trigger ("تعرضت للخطف على يد أحد ركابها", "الهجوم الذي
        نفذه مسلحون ملثمون"): the passive or relative agent. Not a time
        word ("من قبل أسبوع" is "a week before"), and none when a catalogued phrase stands there or heads
        the genitive chain ("على أيدي أعضاء جناح X" is left to X)."""
        g = self.g
        for k in range(tb + 2, min(tb + _AGENT_REACH, right) + 1):
            word = tokens[k].bare
            if not (word in _AGENT_HAND and tokens[k - 1].bare == _ALA) \
                    and not (word == "قبل" and tokens[k - 1].bare == "من") \
                    and not (word in g.agent_before and tokens[k - 1].bare in _RELATIVE):
                continue  # "على يد X", "من قبل X", "الهجومين اللذين شنهما X"
            j = k + 1
            while j <= right and (tokens[j].is_number or g.has(g.quantity, tokens[j])
                                  or (j > k + 1 and tokens[j].bare == "من")):
                j += 1  # "على يد أحد ركابها", "على أيدي عدد من المسلحين"
            agent = self.bare_np(tokens, j)
            if agent is None or agent.last > right or g.has(g.time_word, tokens[j]) \
                    or tokens[j].bare in _DURATION or self._no_party_head(tokens[j]) \
                    or any(p.last >= j and p.first <= agent.last + 2 for p in usable):
                return None
            return agent
        return None

    def _victim(self, tokens: list[Token], usable: list[Phrase], perp: Phrase | None) -> Phrase | None:
        """"... أسفر عن مقتل X", "أدى إلى إصابة X": the genitive of a victim noun in the clause."""
        positions = self.victim_at if self.victim_at is not None else tuple(
            i for i, tok in enumerate(tokens) if victim_noun(tok, self.g))
        for i in positions:
            if True:
                at = self.skip_quantity(tokens, i + 1)
                for p in usable:
                    if p.first == at and p is not perp:
                        return p
        return None

    def _named_victim(self, tokens: list[Token], usable: list[Phrase], perp: Phrase | None) -> Phrase | None:
        """A catalogued (named, not generic) actor right after a passive-reading verb or a victim noun
        ("قتل عنصران من قوات X", "مقتل عناصر من X"), if the clause has one."""
        g = self.g
        for p in usable:
            if p.generic or p.actor_id is None or p is perp or p.first == 0:
                continue
            k = p.first - 1
            while k > 0 and (g.has(g.quantity, tokens[k]) or tokens[k].is_number or tokens[k].bare == "من"):
                k -= 1  # "قتل ثلاثة من مقاتلي X": a number and a partitive before the named members
            if g.has(g.passive_default, tokens[k]) or victim_noun(tokens[k], g):
                return p
        return None

    def _passive_subjects(self, tokens: list[Token], usable: list[Phrase], ta: int, tb: int) -> list[Phrase]:
        """Subjects of passive-reading verbs with no object elsewhere in the clause ("جنديان قتلا ب...")."""
        g = self.g
        out: list[Phrase] = []
        if self.english:
            for p in usable:
                k = p.last + 1
                if k + 1 < len(tokens) and tokens[k].text in ("was", "were") \
                        and (tokens[k + 1].text.endswith("ed") or tokens[k + 1].text in ("shot", "hit")):
                    out.append(p)
            return out
        for p in usable:
            k = p.last + 1
            if k < len(tokens) and not (ta <= k <= tb) and g.has(g.passive_default, tokens[k]):
                nxt = self.skip_quantity(tokens, k + 1)
                has_object = nxt < len(tokens) and (
                    is_definite(tokens[nxt]) or any(q.first == nxt for q in usable))
                if not has_object:
                    out.append(p)
        return out

    def _harmed_after(self, tokens: list[Token], usable: list[Phrase]) -> list[Phrase]:
        """Subjects after a verb that only reports harm suffered ("وأصيبت مقاتلة أخرى", "استشهد عنصران
        من X") and genitives of a victim noun ("مقتل X", "تحييد 9 X"): the harmed, never the agent."""
        g = self.g
        if self.english or not g.passive_only:
            return []
        out: list[Phrase] = []
        positions = self.victim_at if self.victim_at is not None else tuple(
            i for i, tok in enumerate(tokens) if victim_noun(tok, g))
        # "مقتل X", "تحييد 9 X"; not after a word that may be a verb too ("وخطف المسلحون تاجرا")
        genitive_at = {self.skip_quantity(tokens, i + 1) for i in positions
                       if not (g.has(g.passive_default, tokens[i]) or g.has(g.object_verb, tokens[i]))}
        for p in usable:
            k = p.first - 1
            while k > 0 and (tokens[k].is_number or g.has(g.quantity, tokens[k])):
                k -= 1
            if (k >= 0 and g.has(g.passive_only, tokens[k])) or p.first in genitive_at \
                    or self._coordinated_genitive(tokens, p, genitive_at):
                out.append(p)
        return out

    def _coordinated_genitive(self, tokens: list[Token], p: Phrase, genitive_at: set[int]) -> bool:
        """A phrase joined by "و" to the genitive of a victim noun, after at most a short modifier of
        the first ("بمقتل ضابط برتبة ملازم أول وجندي"): harmed as well, never the agent."""
        first = tokens[p.first]
        if first.text == first.bare or first.text[0] not in _CONJ_AR:
            return False
        for j in genitive_at:
            if j < p.first <= j + 1 + _COORDINATED_MODIFIER and all(
                tokens[k].is_word and not tokens[k].is_number and tokens[k].text == tokens[k].bare
                for k in range(j, p.first)
            ):
                return True
        return False

    def _carried(self, tokens: list[Token], after: list[Phrase], tb: int) -> Phrase | None:
        """"struck a car carrying two members of X": the people a vehicle carried are the target."""
        skippable = self.g.carried_skip  # quantity, person and member nouns, "of"
        for p in after:
            if p.first > tb + 12 + self._adverbial_tokens(tokens, tb + 1, p.first):
                break
            k = p.first - 1
            while k > tb and (tokens[k].is_number or tokens[k].text in skippable):
                k -= 1
            if k > tb + 1 and self.g.has(self.g.carry_verb, tokens[k]) \
                    and self.g.has(self.g.vehicle_noun, tokens[k - 1]):
                return p
        return None

    def _bare_name(self, tokens: list[Token], p: Phrase) -> Phrase:
        """``p`` widened over up to two more words of a personal name ("مسلم يعقوب البطاط")."""
        g = self.g
        last = p.first
        while last + 1 < len(tokens) and last < p.first + 2:
            tok = tokens[last + 1]
            if not tok.is_word or tok.is_number or g.has(g.stop, tok) or g.has(g.title, tok) \
                    or tok.text[0] in "وبلف" or is_event_verb(tok, g):
                break
            last += 1
        return Phrase(p.first, max(last, p.last), None, False, p.first)

    def past_uniform(self, tokens: list[Token], k: int) -> int:
        """The first index at or after ``k`` past a dress description of the agent ("يرتدون زي الشرطة
        العراقية", "بملابس عسكرية"); ``k`` itself when none stands there."""
        u = k + 1 if k < len(tokens) and tokens[k].is_word and tokens[k].text[0] in "يت" else k
        if u + 1 >= len(tokens) or not (tokens[u].text in _UNIFORM or tokens[u].bare in _UNIFORM):
            return k
        return grow_arabic(tokens, u + 1, u + 1, self.g, limit=3) + 1

    def _adverbial_tokens(self, tokens: list[Token], a: int, b: int) -> int:
        """How many of tokens ``a..b-1`` are punctuation (not a sentence boundary) or time words."""
        time_word = self.g.time_word
        return sum(1 for t in tokens[a:b] if (not t.is_word and t.text not in _BOUNDARY)
                   or t.text in time_word or t.bare in time_word)

    def past_adverbial(self, tokens: list[Token], k: int) -> int:
        """The first index at or after ``k`` past punctuation and time words ("، ليل الأحد،")."""
        g = self.g
        while k < len(tokens) and ((not tokens[k].is_word and tokens[k].text not in _BOUNDARY)
                                   or g.has(g.time_word, tokens[k])):
            k += 1
        return k

    def _past_description(self, tokens: list[Token], agent: Phrase, rest: list[Phrase]) -> int | None:
        """After an agent described by a clause ("مسلحون يعتقد أنهم من خلايا X"), the index past the
        description's phrase; None when no such clause follows the agent."""
        for k in range(agent.last + 1, min(agent.last + 3, len(tokens))):
            if tokens[k].bare in _DESCRIBES:
                desc = next((p for p in rest if k < p.first <= k + 2), None)
                return desc.last + 1 if desc is not None else None
        return None

    def _vehicle_object(self, tokens: list[Token], p: Phrase, tb: int) -> bool:
        """Is ``p`` a vehicle or post right after the verb with no object after it, so the verb's object
        ("فجرت حافلة مملوكة لـ X", "استهدفت دورية لقوات X بعبوة")? With an object after it, the vehicle is
        the agent ("داهمت دورية للشرطة، فجر أمس، منزل X")."""
        g = self.g
        j = self.skip_quantity(tokens, tb + 1)
        if j < len(tokens) and is_event_verb(tokens[j], g):
            j = self.skip_quantity(tokens, j + 1)  # "سيارة مفخخة فجرت حافلة": the device's verb
        if p.first != j or not is_vehicle(tokens[p.first], g):
            return False
        k = p.last + 1
        while k < len(tokens) and ((not tokens[k].is_word and tokens[k].text not in _BOUNDARY)
                                   or g.has(g.time_word, tokens[k])):
            k += 1  # "، فجر أمس،"
        if k >= len(tokens) or not tokens[k].is_word:
            return True
        tok = tokens[k]
        return g.has(g.stop, tok) or tok.text.startswith(("ب", "و", "ف", "ل")) or is_event_verb(tok, g)

    def _struck_vehicle(self, tokens: list[Token], after: list[Phrase], tb: int, perp: Phrase | None
                        ) -> Phrase | None:
        """"انفجرت عبوة ناسفة، صباح اليوم، بسيارة تابعة لقوات X": a vehicle or post introduced by "بـ"
        after an explosion or a device is what it struck; the phrase names its occupants or owner."""
        for p in after:
            if p.first > tb + 10:
                break
            first = tokens[p.first]
            if p is not perp and p.actor_id is not None and first.text.startswith("ب") \
                    and is_vehicle(first, self.g):
                return p
        return None

    def _blast_site(self, tokens: list[Token], ta: int, tb: int, phrases: list[Phrase],
                    perp: Phrase | None) -> Phrase | None:
        """"انفجرت سيارة مفخخة أمام مقر X", "سيارة مفخخة متوقفة قرب مركز للشرطة انفجرت": a party noun
        after "أمام"/"قرب"/"داخل"/... next to an explosion (within its clause) is where it was aimed."""
        left, right = self._window(tokens, ta, tb)
        for k in range(max(left, ta - 8), min(right, tb + 8)):
            tok = tokens[k]
            if not (tok.bare in _NEAR or (tok.bare == "من" and k > 0 and tokens[k - 1].bare in _NEAR)):
                continue
            j = k + 1
            if j <= right and tokens[j].bare == "من":
                continue  # "بالقرب من": the site comes after "من"
            named = next((p for p in phrases if p.first == j and p is not perp), None)
            site = named or self.thing_object(tokens, j, phrases)
            if site is not None and site is not perp and site.last <= right:
                return site
        return None

    def _event_noun(self, tok: Token) -> bool:
        """An event or weapon noun ("هجوم", "انفجار", "قذيفة"): it can be a verb's subject, never a party."""
        return tok.text in self.g.nominal_forms or any(f in self.g.not_actor for f in head_forms(tok.text))

    def _no_party_head(self, tok: Token) -> bool:
        """An event or weapon noun, or the head of a place ("قرية", "مدينة"): no word to head an actor."""
        return self._event_noun(tok) or any(f in self.g.place_head for f in head_forms(tok.text))

    def thing_object(self, tokens: list[Token], j: int, phrases: list[Phrase]) -> Phrase | None:
        """An uncatalogued object at ``j`` that can be a target, with the "لـ" complement chain that says
        whose it is, up to a catalogued actor ("موكبا لسفارة X", "مركزا لتجنيد أفراد للشرطة")."""
        if j >= len(tokens) or tokens[j].text != tokens[j].bare:
            return None  # "وسيارة ملغومة": a word after "و" is coordinated with the subject, no object
        obj = self.bare_np(tokens, j)
        if obj is None or not self.is_party(tokens, obj, Role.TARGET) or (obj.last + 1 < len(tokens) and any(
                f in self.g.not_actor for f in _strip_ar(tokens[obj.last + 1].text))):
            return None  # a person or thing, not a weapon ("فجر انتحاري سيارة مفخخة")
        k = obj.last + 1
        while k < len(tokens) and k <= obj.last + 3 and tokens[k].is_word \
                and not self.g.has(self.g.stop, tokens[k]):
            owner = next((p for p in phrases if p.first == k), None)
            if owner is not None:  # named after its owner, as "دورية للشرطة" is (ActorFinder._qualify)
                return Phrase(obj.first, owner.last, owner.actor_id, owner.generic, obj.first)
            if not (tokens[k].text.startswith("ل") or k > obj.last + 1):
                break  # the chain starts with "لـ" ("لتجنيد", "لسفارة")
            k += 1
        if obj.last + 1 < len(tokens) and tokens[obj.last + 1].text.startswith("ل") \
                and not tokens[obj.last + 1].text.startswith("لل") and tokens[obj.last + 1].is_word:
            k = obj.last + 1  # "موكبا لسفارة الولايات المتحدة": an uncatalogued owner in construct
            return Phrase(obj.first, grow_arabic(tokens, k, k, self.g, limit=2), None, False, obj.first)
        return obj

    def bare_np(self, tokens: list[Token], j: int) -> Phrase | None:
        """An uncatalogued noun phrase starting at token ``j`` (a noun with its adjectives)."""
        g = self.g
        if j >= len(tokens) or not tokens[j].is_word or g.has(g.stop, tokens[j]) \
                or g.has(g.quantity, tokens[j]) or g.has(g.agent_before, tokens[j]) \
                or (tokens[j].text[0] in "يت" and not is_definite(tokens[j])
                    and not g.has(g.person_noun, tokens[j])) or is_event_verb(tokens[j], g):
            return None  # an imperfect verb ("يستقلون"), but a listed person noun ("تاجر", "تلميذ") is none
        return Phrase(j, grow_arabic(tokens, j, j, g, limit=2), None, False, j)

    @staticmethod
    def _past_hedge(tokens: list[Token], k: int) -> int:
        """``k``, or the start of a hedge right before it ("على الأقل", "على الأكثر") that stands between
        a counted subject and its verb ("12 سفينة على الأقل تعرضت")."""
        if k >= 2 and tokens[k - 2].bare == _ALA and tokens[k - 1].bare in _HEDGE:
            return k - 2
        return k

    def bare_subject(self, tokens: list[Token], ta: int) -> Phrase | None:
        """An uncatalogued subject right before a verb (SVO after "أن", a comma or the sentence start:
        "أن مسلحين مجهولين اختطفوا", "وكان الوحيدي أطلق"); "قد" between them is skipped."""
        g = self.g
        k = ta - 1
        if k >= 0 and tokens[k].bare == "قد":
            k -= 1
        last = k
        while k >= 0 and last - k < 3 and tokens[k].is_word and not g.has(g.stop, tokens[k]) \
                and tokens[k].bare not in _SUBJECT_LEFT and not any(c.isdigit() for c in tokens[k].text) \
                and not g.has(g.quantity, tokens[k]) and not (k < last and tokens[k].text[0] in _CONJ_AR) \
                and not is_event_verb(tokens[k], g) and not g.has(g.intransitive, tokens[k]):
            k -= 1
        first = k + 1
        if first > last:
            return None
        if first == last and tokens[first].text[0] in _CONJ_AR and not is_definite(tokens[first]):
            return None  # "وقد", "وفي", "وراح": a particle or a verb with its conjunction, never a subject
        if first == last and tokens[first].text[0] in "يت" and not is_definite(tokens[first]):
            return None  # "يرافقه", "تقوم": an imperfect verb (as bare_np says), never a subject
        edge = tokens[k] if k >= 0 else None
        if edge is not None and edge.is_word and edge.bare not in _LEFT_BOUNDARY \
                and edge.bare not in _SUBJECT_LEFT and not edge.is_number:  # a count may precede it
            return None
        return Phrase(first, last, None, False, first)

    def _protest(self, tokens: list[Token], ta: int, tb: int, before: list[Phrase], after: list[Phrase],
                 perp: Phrase | None, target: Phrase | None) -> RoleSlots:
        if perp is None and not self.english:
            perp = self.protest_subject(tokens, ta, tb, before + after)
        if perp is None:
            for p in before + after:
                if p is not target:
                    perp = p
                    break
        return RoleSlots(perp, target)

    def protest_subject(self, tokens: list[Token], ta: int, tb: int, phrases: list[Phrase],
                        catalogued: bool = False) -> Phrase | None:
        """Who protests, named by no catalogued phrase: the people subject of the protest verb, after it
        ("تظاهر المئات من أبناء X": past the count) or before it ("وكان الآلاف من النيباليين قد تظاهروا"),
        of the verb right before "في" + a protest noun ("خرج الآلاف من X في مسيرة" is VSO, "الآلاف
        من X خرجوا في مسيرة" SVO), or of a support verb before a protest masdar ("قام نحو ألف شخص
        بالتظاهر", "وسير المئات من أبناء X مظاهرة"). A catalogued phrase there is left to the usual choice,
        unless ``catalogued``: then a class of people there ("ألف شخص") is the subject too."""
        g = self.g
        verb = ta if is_event_verb(tokens[ta], g) else None
        end = tb
        if verb is None and ta >= 2 and tokens[ta - 1].bare == "في" and tokens[ta - 2].is_word \
                and tokens[ta - 2].text.endswith("وا"):
            verb = end = ta - 2  # "خرجوا في مسيرة": a plural verb before the adjunct protest noun
        support = -1
        if verb is None and not self.english:
            support = self._support_at(tokens, ta, phrases)
            if support >= 0:
                verb = end = support  # "قام نحو ألف شخص بالتظاهر", "وسير المئات من أبناء X مظاهرة"
        if verb is None:
            return None
        taken = {i for p in phrases for i in range(p.first, p.last + 1)}
        # before the verb: a count and its partitive ("الآلاف من النيباليين قد")
        k = verb - 1
        if k >= 0 and tokens[k].bare == "قد":
            k -= 1
        last = k
        while k >= 0 and last - k < 5 and tokens[k].is_word and tokens[k].bare not in _SUBJECT_LEFT \
                and tokens[k].bare not in _LEFT_BOUNDARY and (not g.has(g.stop, tokens[k])
                                                              or tokens[k].bare == "من"):
            k -= 1
        candidates = []
        if last >= k + 1:
            candidates.append((self.skip_quantity(tokens, k + 1), last))
        j = self.skip_quantity(tokens, end + 1)
        np = self.bare_np(tokens, j)
        if np is not None and (support < 0 or np.last < ta):
            candidates.append((np.first, np.last))
        for first, stop in candidates:
            if first > stop:
                continue
            if any(i in taken for i in range(first, stop + 1)):
                named = next((p for p in phrases if p.first == first), None) if catalogued else None
                if named is not None and named.generic and self.hint(named) is Role.TARGET:
                    return named  # "ألف شخص": a class of people named by the catalogue
                continue
            phrase = Phrase(first, grow_arabic(tokens, first, first, g, limit=2), None, False, first)
            if phrase.last <= stop and self.is_party(tokens, phrase, Role.TARGET):  # people, not a place
                return phrase
        return None

    def _nominal(self, tokens: list[Token], ta: int, tb: int, before: list[Phrase], after: list[Phrase],
                 perp: Phrase | None, target: Phrase | None) -> tuple[Phrase | None, Phrase | None, bool]:
        """Perpetrator and target of a masdar, and whether the target is the subject of a verb of
        exposure (:meth:`_exposed`), which needs no person noun."""
        g = self.g
        nxt = after[0] if after else None
        exposed = False
        if self.english:
            if perp is None and before and before[0].last >= ta - 2:
                perp = before[0]  # "the SDF attack", "ISIS's attack"
            if target is None and nxt is not None and nxt is not perp and nxt.first <= tb + 3 \
                    and tokens[nxt.first - 1].text in ("of", "the"):
                target = nxt
            return perp, target, exposed
        # Arabic
        lam = nxt is not None and tokens[nxt.first].text.startswith("ل") \
            and not tokens[nxt.first].text.startswith("لل")
        if perp is None and nxt is not None and nxt.first <= tb + 2 and lam:
            perp = nxt  # "هجوم لداعش"
        patient = any(f in g.patient_genitive for f in _strip_ar(tokens[ta].text))
        if perp is None and not patient and ta == tb and not is_definite(tokens[ta]):
            agent, attacked = self._agent_genitive(tokens, tb, after, nxt)
            if agent is not None:
                perp = agent
                if target is None or target.first <= agent.last:
                    target = attacked
        genitive = nxt is not None and nxt is not perp and nxt is not target \
            and nxt.first <= self.skip_quantity(tokens, tb + 1)
        if genitive and nxt is not None and not patient and perp is None \
                and self.hint(nxt) is Role.PERPETRATOR and nxt.first == tb + 1:
            perp = nxt  # agent genitive: "قصف الجيش التركي"
        elif genitive and target is None:
            target = nxt  # patient genitive: "اغتيال المختار", "مقتل عنصرين", "قتل العشرات من المسلحين"
        # a support verb before the trigger: "قام X بقتل Y", "أقدم مسلحون على ..."
        # the support verb's subject may carry a relative clause before the masdar ("قامت امرأة اعتنقت
        # الإسلام ومتزوجة من X بتفجير نفسها"): look back to the clause start, at most _SUPPORT_REACH words
        support, undergo = g.support_verb, g.undergo_verb
        for k in range(ta - 1, max(ta - _SUPPORT_REACH, -1), -1):
            word, word_bare = tokens[k].text, tokens[k].bare  # g.has, inlined: run for every masdar
            if word in _BOUNDARY:
                break
            if word in support or word_bare in support:
                if perp is None:
                    subj = [p for p in before if p.last < k and p.last >= k - 3] or \
                           sorted([p for p in before if p.first > k], key=_FIRST)
                    # before the verb, else the first phrase after it (VSO), else an uncatalogued subject
                    perp = subj[0] if subj else self._support_subject(tokens, k, ta)
                break
            if word in g.support_masdar or word_bare in g.support_masdar:
                if perp is None:  # "إقدام شاب على طعن شرطي": the support masdar's genitive
                    perp = next((p for p in before if p.first == k + 1), None) \
                        or self._support_subject(tokens, k, ta, after_only=True)
                break
            if word in undergo or word_bare in undergo:
                if target is None and not self.english and g.has(g.exposure_verb, tokens[k]):
                    # "قال X إنه تعرض للتعذيب": the pronoun of "إنه" is the speaker, the one harmed
                    target = self._speaker_of(tokens, k, before)
                    exposed = target is not None
                if target is None:
                    inner = [p for p in before if p.first > k]
                    if not inner and not self.english and g.has(g.exposure_verb, tokens[k]):
                        # "نفى X تعرض سامر الحسون للتعذيب": the words up to the complement are the subject
                        target = self._exposed(tokens, k, ta, after_only=True)
                        exposed = target is not None
                    subj = [] if exposed else \
                        [p for p in before if p.last < k and p.last >= k - 3] or inner
                    if subj and subj[0] is not perp:
                        target = subj[0]
                    elif not subj and not self.english:
                        # "سقط عشرات العراقيين بين قتيل وجريح بانفجار": an uncatalogued subject after it;
                        # else one before it ("أن 12 سفينة على الأقل تعرضت للهجوم": SVO)
                        bare = self.bare_np(tokens, self.skip_quantity(tokens, k + 1))
                        if bare is None or bare.last >= ta:
                            bare = self.bare_subject(tokens, self._past_hedge(tokens, k))
                        if bare is not None and bare.last < ta and self.is_party(tokens, bare, Role.TARGET):
                            target = bare
                        elif not exposed and g.has(g.exposure_verb, tokens[k]):
                            target = self._exposed(tokens, k, ta)
                            exposed = target is not None
                break
        if target is None and not self.english:
            # "محاولة الاغتيال التي تعرض لها سامر الحسون": the subject of exposure in a relative clause
            # on the masdar
            target = self._exposed_in_relative(tokens, tb, after)
            exposed = target is not None
        if target is None and not genitive:
            target = self.person_genitive(tokens, tb)  # "اغتيال المعموري", "خطف ثلاثة من نشطائها"
        if perp is None and nxt is None and before and self.hint(before[0]) is Role.PERPETRATOR \
                and before[0].last >= ta - 2:
            perp = before[0]
        return perp, target, exposed

    def _exposed_in_relative(self, tokens: list[Token], tb: int, after: list[Phrase]) -> Phrase | None:
        """The subject of a verb of exposure in a relative clause on the masdar ending at ``tb``, its
        complement the resumptive "لها"/"له" ("محاولة الاغتيال الفاشلة التي تعرض لها سامر الحسون"), or
        None. Not a place, a time, an event or a weapon."""
        g = self.g
        for k in range(tb + 1, min(tb + 4, len(tokens) - 3)):
            tok = tokens[k]
            if tok.bare in _RELATIVE:
                break
            if not tok.is_word or not tok.definite:
                return None  # only the masdar's definite adjectives stand before the relative pronoun
        else:
            return None
        if not g.has(g.exposure_verb, tokens[k + 1]) or tokens[k + 2].bare not in _RESUMPTIVE:
            return None
        j = k + 3
        listed = next((p for p in after if p.first == j), None)
        if listed is not None:
            return listed
        if not tokens[j].is_word or g.has(g.stop, tokens[j]) or g.has(g.quantity_time, tokens[j]) \
                or is_event_verb(tokens[j], g):
            return None
        subject = Phrase(j, grow_arabic(tokens, j, j, g, limit=2), None, False, j)
        head = tokens[j]
        forms = head_forms(head.text)
        if self._event_noun(head) or any(f in g.place_head or f in g.not_actor for f in forms):
            return None
        return subject

    def relative_antecedent(self, tokens: list[Token], rel: int) -> Phrase | None:
        """The uncatalogued definite noun phrase a relative pronoun at ``rel`` describes ("بالسفينة
        الإيرانية التي خطفها", "الرهينة الكوري الذي قتلته", "عبد العزيز الحسون الذي اغتالته"): its
        definite words back to the head (one with a preposition, "بالسفينة", is the head) or to the
        first word of a compound name ("عبد", "أبو"), at most four words."""
        g = self.g
        last = rel - 1
        if last < 0 or not tokens[last].definite or g.has(g.stop, tokens[last]):
            return None
        first = last
        while last - first < 3:
            tok = tokens[first]
            if tok.text.startswith(("بال", "لل", "وبال", "فبال", "كال")) or first == 0:
                break
            prev = tokens[first - 1]
            if g.has(g.name_particle, prev):
                first -= 1
                break
            if not prev.is_word or not prev.definite or g.has(g.stop, prev) or g.has(g.quantity_time, prev) \
                    or is_event_verb(prev, g) or prev.text in g.nominal_forms or g.has(g.title, tok):
                break
            first -= 1
        head = tokens[first]
        forms = head_forms(head.text)
        if self._event_noun(head) or any(f in g.place_head or f in g.not_actor for f in forms) \
                or g.has(g.time_word, head):
            return None
        prefix = next((c for c in _ARTICLE_CLUSTERS if head.text.startswith(c)), "")
        return Phrase(first, last, None, False, first, proclitic_cut(prefix))

    def _speaker_of(self, tokens: list[Token], k: int, before: list[Phrase]) -> Phrase | None:
        """"قال سامر الحسون إنه تعرض للتعذيب", "وقالت X لصحافيين إنها تعرضت": the subject of a speech verb
        whose complementizer carries the subject pronoun of the verb of exposure at ``k`` is the one
        harmed (the pronoun agreeing with the verb: "قال ... إنه", "قالت ... إنها", "قالوا ... إنهم")."""
        g = self.g
        j = k - 1
        if j >= 0 and tokens[j].bare == "قد":
            j -= 1
        if j < 1 or tokens[j].bare not in _SPEAKER_PRONOUN:
            return None
        v = j - 1
        while v >= 0 and j - v <= _ADDRESSEE_REACH and not g.has(g.speech_verb, tokens[v]):
            if tokens[v].text in _BOUNDARY or tokens[v].bare in _LEFT_BOUNDARY:
                return None
            v -= 1
        if v < 0 or j - v > _ADDRESSEE_REACH:
            return None
        verb = tokens[v].bare
        plural = verb.endswith(("وا", "ون"))
        feminine = not plural and (verb.endswith("ت") or verb.startswith("ت"))
        agreement = "plural" if plural else "feminine" if feminine else "masculine"
        if _SPEAKER_PRONOUN[tokens[j].bare] != agreement:
            return None
        first = v + 1
        listed = next((p for p in before if p.first == first and p.last < j), None)
        if listed is not None:
            return listed
        last = first - 1
        while last + 1 < j and tokens[last + 1].is_word and not tokens[last + 1].is_number \
                and not tokens[last + 1].text.startswith("ل") and not g.has(g.stop, tokens[last + 1]) \
                and not g.has(g.quantity_time, tokens[last + 1]) and not is_event_verb(tokens[last + 1], g):
            last += 1
        if last < first or last - first > 3 or (last + 1 < j and tokens[last + 1].text in _BOUNDARY):
            return None
        return Phrase(first, last, None, False, first)

    def _exposed(self, tokens: list[Token], k: int, ta: int, after_only: bool = False) -> Phrase | None:
        """The uncatalogued subject of the verb (or masdar) of exposure at ``k`` whose complement holds
        the masdar at ``ta``: the words between it and the complement's "لـ"/"إلى" ("تعرض سامر الحسون
        للخطف", "نفى تعرض هذه السيدة للتعذيب"), else the subject right before it ("وكان سامر الحسون قد
        تعرض للخطف", "إن موكله تعرض للتعذيب"). A personal name is as good as a person noun here: the
        construction, not the head, says who was harmed. Never a place, a time, an event or a weapon.
        With ``after_only``, only the subject after it."""
        g = self.g
        m = k + 1
        while m <= ta and tokens[m].bare != "الي" and not (
                tokens[m].text.startswith("ل") and not tokens[m].text.startswith("لا")):
            m += 1
        if m > ta:
            return None  # the masdar is no complement of this verb ("تعرض في الوقت نفسه لـ")
        if m > k + 1:
            words = range(k + 1, m)
            if m - k - 1 > 4 or not all(
                    tokens[i].is_word and not tokens[i].is_number and not g.has(g.stop, tokens[i])
                    and not g.has(g.quantity_time, tokens[i]) and not is_event_verb(tokens[i], g)
                    and tokens[i].text[0] not in "بف" for i in words):
                return None
            subject = Phrase(k + 1, m - 1, None, False, k + 1)
        elif after_only:
            return None
        elif tokens[k].text[0] in _CONJ_AR and tokens[k].text != tokens[k].bare:
            return None  # "لكنه فشل وتعرض لـ": a verb joined by "و" shares the earlier clause's subject
        else:
            before = self.bare_subject(tokens, self._past_hedge(tokens, k))
            if before is None or g.has(g.time_word, tokens[before.first]):
                return None
            subject = before
        head = tokens[subject.head]
        if head.text.endswith(_PRONOUN_SUFFIX) and any(
                head.text.removesuffix(s) in g.quantity for s in _PRONOUN_SUFFIX):
            return None  # "بعضهم", "كلهم": a part of people named elsewhere
        if self._no_party_head(head) \
                or any(f in g.not_actor for i in range(subject.first, subject.last + 1)
                       for f in _strip_ar(tokens[i].text)):
            return None
        return subject

    def _supported(self, tokens: list[Token], ta: int, phrases: list[Phrase]) -> bool:
        """Does a support verb stand before token ``ta`` (:meth:`_support_at`)?"""
        return self._support_at(tokens, ta, phrases) >= 0

    def _support_at(self, tokens: list[Token], ta: int, phrases: list[Phrase]) -> int:
        """Where a support verb ("قام", "شن", "حاول", "نظم", ...) stands before token ``ta`` in its clause,
        within :data:`_SUPPORT_REACH` words, with no other complement after "بـ" between them (a word of
        an actor phrase, "جنود باكستانيين", is no complement); -1 when none does."""
        support = self.g.support_verb
        for k in range(ta - 1, max(ta - _SUPPORT_REACH, -1), -1):
            tok = tokens[k]
            if tok.text in _BOUNDARY or (tok.bare[0] == "ب" and len(tok.bare) >= 5
                                         and not any(p.first <= k <= p.last for p in phrases)):
                return -1  # "قام X بتحرير رهائن": the complement after "بـ" comes before the word
            if tok.text in support or tok.bare in support:
                return k
        return -1

    def _support_subject(self, tokens: list[Token], k: int, ta: int,
                         after_only: bool = False) -> Phrase | None:
        """The uncatalogued subject of the support verb at ``k`` whose masdar is at ``ta``: the noun phrase
        right after the verb, past a count and its partitive (verb-subject: "قام سامر الحسون باغتيال X",
        "شنت أطراف المعارضة هجوما"), else the one right before it (subject-verb: "فرق الموت نجحت في
        اغتيال X"). Never a time word, a place, an event or weapon noun, or a prepositional phrase."""
        g = self.g
        j = k + 1
        while j < ta and (tokens[j].is_number or g.has(g.quantity, tokens[j])
                          or (j > k + 1 and tokens[j].bare == "من")):
            j += 1  # "قام نحو ألف شخص", "أقدم أحد الحراس"
        subj = self.bare_np(tokens, j) if j < ta else None
        if subj is None and j == k + 1 and not after_only:
            subj = self.bare_subject(tokens, k)  # before the verb: a definite noun or a person noun
            if subj is not None and not (is_definite(tokens[subj.first])
                                         or self.is_party(tokens, subj, Role.TARGET)):
                return None  # "ما كان ليحصل لو نفذ الاعتداء": no noun, no subject
        if subj is None or subj.last >= ta:
            return None
        # the masdar is the support verb's own complement: only its preposition and a time adverbial
        # stand between them ("حاول الانتحار أثناء إلقاء القبض عليه": "الانتحار" is the complement)
        if any(tokens[i].is_word and tokens[i].bare not in _COMPLEMENT_PREPOSITION
               and not g.has(g.time_word, tokens[i]) for i in range(max(subj.last, k) + 1, ta)):
            return None
        head = tokens[subj.first]
        if (head.text != head.bare and head.text[0] in "بلك") or g.has(g.time_word, head) \
                or self._no_party_head(head) \
                or not self.is_party(tokens, subj, Role.PERPETRATOR):
            return None
        return subj

    def _bare_object(self, tokens: list[Token], tb: int, obj: Phrase) -> bool:
        """Can ``obj`` name a party by name as the verb's bare argument: right after the verb at ``tb``
        (past "أيضا" or a time word only) its direct object, or, before a passive-reading verb with no
        object, its subject ("الخامري اختطف من سيارته")? Not an accusative adverbial ("ذبحا": indefinite,
        in -ا), a time word, an event, weapon or place noun."""
        g = self.g
        if any(not (g.has(g.time_word, t) or t.bare in _ADVERB) for t in tokens[tb + 1:obj.first]):
            return False
        head = tokens[obj.first]
        return not (head.text.endswith("ا") and not is_definite(head)) and head.text == head.bare \
            and not g.has(g.time_word, head) and not self._no_party_head(head)

    def _agent_genitive(self, tokens: list[Token], tb: int, after: list[Phrase], nxt: Phrase | None
                        ) -> tuple[Phrase | None, Phrase | None]:
        """"هجوم الأهالي على مركز الشرطة", "اعتداء الحراس ضد السجناء": the genitive right after an event
        masdar (not a patient one), followed at once by "على"/"ضد" and a party, is who attacked, and that
        party who was attacked. An uncatalogued genitive must be definite: after an indefinite masdar that
        makes it a genitive, not an adjective ("هجوم مسلح على X" is an armed attack)."""
        g = self.g
        if nxt is not None and nxt.first == tb + 1:
            agent: Phrase | None = nxt
        elif tb + 1 < len(tokens) and is_definite(tokens[tb + 1]) and not self._event_noun(tokens[tb + 1]) \
                and not any(f in g.time_word for f in _strip_ar(tokens[tb + 1].text)):  # "هجوم الأمس"
            agent = self.bare_np(tokens, tb + 1)
        else:
            return None, None
        if agent is None or not self.is_party(tokens, agent, Role.PERPETRATOR):
            return None, None
        k = agent.last + 1
        if k + 1 >= len(tokens) or tokens[k].bare not in (_ALA, "ضد"):
            return None, None
        attacked = next((p for p in after if p.first == k + 1), None) \
            or self.thing_object(tokens, k + 1, after)
        return (agent, attacked) if attacked is not None else (None, None)

    def person_genitive(self, tokens: list[Token], tb: int) -> Phrase | None:
        """The uncatalogued genitive right after a masdar whose patient is a person ("اغتيال المعموري",
        "خطف إمام مصري", "باختطاف ثلاثة من نشطائها", "إعدام هذه المرأة"), past a count, its partitive
        "من" and a demonstrative; None when the word there is no noun that can name a person."""
        g = self.g
        if self.english or is_definite(tokens[tb]) \
                or not any(f in g.person_patient for f in _strip_ar(tokens[tb].text)):
            return None  # a definite masdar takes no genitive: "الاغتيال البشعة", "التعذيب الشديد"
        j = tb + 1
        counted = False
        while j < len(tokens) and (
                tokens[j].is_number or g.has(g.quantity, tokens[j])
                or tokens[j].bare in _DEMONSTRATIVE or (counted and tokens[j].bare == "من")):
            counted = counted or tokens[j].is_number or g.has(g.quantity, tokens[j])
            j += 1
        obj = self.bare_np(tokens, j)
        if obj is None:
            return None
        head = tokens[obj.first]
        if head.text != head.bare or head.text.startswith(("ب", "ل", "ك")) or g.has(g.time_word, head) \
                or self._no_party_head(head):
            return None  # "خطف وقتل", "اغتيال بسيارة", "مقتل امس", "اغتيال في", "خطف قرية"
        if self.is_party(tokens, obj, Role.TARGET):
            return obj
        if not is_definite(head) and head.text.endswith(("ي", "يه", "يا")):
            return None  # an indefinite nisba agrees with the masdar: "تعذيب جسدي", "خطف جماعي"
        return self._bare_name(tokens, obj)  # a personal name: "مقتل أحمد نصر الكفارنة"

    def _verbal(self, tokens: list[Token], ta: int, tb: int, before: list[Phrase], after: list[Phrase],
                perp: Phrase | None, target: Phrase | None) -> tuple[Phrase | None, Phrase | None]:
        g = self.g
        trig = tokens[ta]
        subject = before[0] if before and before[0].last >= ta - 4 else None
        if subject is not None and len(before) > 1 and subject.first > 0 \
                and tokens[subject.first - 1].bare in _SUBSET and before[1].last >= subject.first - 3:
            subject = before[1]  # "ثمانية أشخاص، بينهم طفلان، قتلوا": the part is parenthetical
        relative = not self.english and ta >= 2 and tokens[ta - 1].bare in _RELATIVE
        if relative and subject is not None and subject.last == ta - 2:
            pass  # "النائب X الذي قتل": a relative pronoun's antecedent is the subject of its verb
        elif subject is not None and not self.english and any(
                g.has(g.stop, tokens[k]) for k in range(subject.last + 1, ta) if tokens[k].bare != "قد"):
            subject = None  # "قتل رجلان إثر استهداف ...": a preposition between them; another verb's subject
        if not self.english and target is None and (g.has(g.intransitive, trig) or self._event_noun(trig)):
            target = self._struck_vehicle(tokens, after, tb, perp)
            if target is None and g.has(g.intransitive, trig):
                target = self._blast_site(tokens, ta, tb, before + after, perp)
            if target is not None and subject is not None and self._event_noun(tokens[subject.first]):
                subject = None
        if g.has(g.intransitive, trig):
            return perp, target  # "انفجرت سيارة مفخخة": the subject is the device, not a party
        if object_pronoun(trig, g, self.english):
            # "جثة شاب أعدمه مسلحون": the verb carries its object; the noun after it is the subject and
            # the antecedent before it is the one harmed
            agent = next((p for p in after if p is not target and p.first <= tb + 3), None) \
                or self.bare_np(tokens, tb + 1)
            if perp is None and agent is not None and agent.first <= tb + 3:
                perp = agent
            if target is None and before and before[0].last >= ta - 2 and before[0] is not perp:
                target = before[0]
            if target is None and ta >= 2 and tokens[ta - 1].bare in _RELATIVE:
                target = self.relative_antecedent(tokens, ta - 1)  # "السفينة التي خطفها قراصنة"
            return perp, target
        if subject is None and not self.english:
            subject = self.bare_subject(tokens, ta)
            if subject is not None and self.event_subject(tokens, ta):
                subject = None  # "سيارة مفخخة فجرت حافلة": a device is the subject, never a party
        if subject is None and not self.english and target is None and self.event_subject(tokens, ta) \
                and not g.has(g.passive_default, trig) and not g.has(g.undergo_verb, trig):
            # "عملية انتحارية استهدفت قافلة X", "عبوة ناسفة استهدفت دورية": the subject is the attack or
            # the device itself, so the noun after the verb is its object (the target), not its agent
            obj = next((p for p in after if p is not perp and p.first <= tb + 4), None)
            if obj is not None:
                return perp, obj
        free_after = [p for p in after if p is not perp and p is not target]
        if not self.english and subject is None and perp is None and g.has(g.passive_default, trig) \
                and free_after and free_after[0].first == self.skip_quantity(tokens, tb + 1) \
                and self.hint(free_after[0]) is Role.PERPETRATOR:
            # verb-subject-object with an indefinite agent: "اختطف مجهولون طفلا", "قتل مسلحون راعيا";
            # an agent-like noun right after the verb and an object after it make the verb active
            agent = free_after[0]
            # the object follows directly (no preposition between: "قتل X في هجوم ... على نقطة" is passive)
            obj = next((p for p in free_after[1:] if p.first <= agent.last + 8 and not any(
                g.has(g.stop, tokens[k]) and not g.has(g.time_word, tokens[k])
                for k in range(agent.last + 1, p.first))), None)
            if obj is None:
                k = self.skip_quantity(tokens, self.past_uniform(tokens, agent.last + 1))
                while k < len(tokens) and k <= agent.last + 8 and (
                        not tokens[k].is_word or g.has(g.stop, tokens[k]) or is_definite(tokens[k])
                        or g.has(g.time_word, tokens[k])):
                    k += 1  # a time adverbial between them ("، الليلة الماضية،", "، ليل الأحد،")
                k = self.skip_quantity(tokens, k)  # and the object's count ("ثلاثة تجار")
                # past the adverbial, a catalogued phrase ("تاجرا" -> civilians) before an uncatalogued one
                bare = next((p for p in free_after if p.first == k), None) or self.bare_np(tokens, k)
                obj = bare if bare is not None and self.is_party(tokens, bare, Role.TARGET) else None
            if obj is not None:
                return agent, target or obj
        if not self.english and not free_after and perp is None and subject is None \
                and not g.has(g.undergo_verb, trig) and not self._event_noun(trig) \
                and not (tb > ta and trig.text.endswith("ه")):
            # VSO with uncatalogued nouns: "وخطف مسلحون خمسة بريطانيين", "وقتل الإرهابيون ثلاثة رهائن".
            # Not after an event or weapon noun ("عبوة زُرعت", "قذيفة انطلقت") or a feminine noun with
            # its adjective ("سيارة مفخخة متوقفة"): a noun is no verb, the word after it no subject of it
            agent = self.bare_np(tokens, tb + 1)
            if agent is not None and self._event_noun(tokens[agent.first]):
                # "واستهدف هجوم انتحاري بسيارة مفخخة، أمس، موكبا لسفارة X": the attack itself is the
                # subject (no party); the object comes after its instrument and a time adverbial
                k = agent.last + 1
                while k < len(tokens) and k <= agent.last + 8 and (
                        not tokens[k].is_word or g.has(g.stop, tokens[k])
                        or tokens[k].text.startswith(("ب", "و"))
                        or (k > agent.last + 1 and tokens[k - 1].text.startswith(("ب", "و"))
                            and not is_definite(tokens[k]) and tokens[k].text.endswith(("ه", "ة")))):
                    k += 1  # punctuation, time words, "بسيارة مفخخة", a second subject "وسيارة ملغومة"
                k = self.skip_quantity(tokens, k)
                obj = next((p for p in after if p.first == k), None) or self.thing_object(tokens, k, after)
                return perp, target or obj
            if agent is not None and (not g.has(g.passive_default, trig) or is_definite(tokens[agent.first])):
                patient = self.bare_np(tokens, self.skip_quantity(tokens, agent.last + 1))
                if patient is not None and patient.first <= agent.last + 4:
                    return agent, target or patient
        if self.english:
            passive = any(tokens[k].text in _PASSIVE_AUX for k in range(max(ta - 3, 0), ta))
            if passive:
                if target is None and subject is not None and subject is not perp:
                    target = subject
            else:
                if perp is None and subject is not None and subject is not target:
                    perp = subject
                if target is None and free_after and free_after[0].first <= tb + 4:
                    target = free_after[0]
            return perp, target
        if g.has(g.undergo_verb, trig) and not (subject and self.hint(subject) is Role.PERPETRATOR
                                                 and not g.has(g.passive_default, trig)):
            # passive forms: "أصيب X", "X أصيب"
            if target is None:
                reach = self.skip_quantity(tokens, tb + 1) + 1
                # with a subject before the verb, a noun after a preposition is a companion or a place
                # ("النائب X الذي قتل مع 9 مواطنين"), not the verb's subject
                cand = [p for p in free_after if p.first <= reach and not (subject and any(
                    g.has(g.stop, tokens[k]) for k in range(tb + 1, p.first)))]
                cand = cand or ([subject] if subject else [])
                if cand and cand[0] is not perp:
                    target = cand[0]
            return perp, target
        obj_at = self.skip_quantity(tokens, tb + 1)
        # "اعدم عددا من التجار": a marked accusative count right after the verb is its object
        counted = not self.english and tb + 1 < len(tokens) and g.has(g.accusative_count, tokens[tb + 1])
        if counted:
            obj_at = self.skip_quantity(tokens, tb + 2)
        has_object = counted or (obj_at < len(tokens) and (
            (obj_at > tb + 1 and tokens[tb + 1].is_number) or any(p.first == obj_at for p in free_after)
            or (is_definite(tokens[obj_at]) and not g.has(g.stop, tokens[obj_at]))))
        if subject is not None and g.has(g.passive_default, trig) and not has_object \
                and self.hint(subject) is Role.PERPETRATOR and subject.actor_id is not None \
                and obj_at < len(tokens) and tokens[obj_at].is_word and tokens[obj_at].text[0] not in "بلك":
            # "مسلحون مجهولون اختطفوا نقيب الأطباء": an armed subject before the verb and a person noun
            # right after it (no preposition between) make the verb active, the noun its object
            obj = self.bare_np(tokens, obj_at)
            if obj is not None and self.is_party(tokens, obj, Role.TARGET):
                has_object = True
            elif obj is not None and target is None and self._bare_object(tokens, tb, obj):
                # "مسلحين مجهولين قتلوا X Y", "مسلحون خطفوا أيضا زورق X": a passive verb takes no bare
                # noun after it, so with an armed subject the verb is active and the noun its object
                has_object, target = True, self._bare_name(tokens, obj)
        if subject is not None and g.has(g.passive_default, trig) and not has_object:
            # "جنديين عراقيين قتلا بانفجار": a subject, no object -> passive, the subject is the victim
            if target is None and subject is not perp:
                target = subject
            return perp, target
        if subject is not None and subject is not target:
            if perp is None:
                perp = subject
            if target is None and free_after and free_after[0] is not perp and free_after[0].first <= obj_at:
                target = free_after[0]
            elif target is None and obj_at > tb and (has_object or not g.has(g.passive_default, trig)):
                # SVO with an uncatalogued object ("حركة X خطفت 23 من الكوريين الجنوبيين"): the noun
                # phrase right after the verb (past a count) is its object, before any later actor
                obj = self.bare_np(tokens, obj_at)
                if obj is not None and self.is_party(tokens, obj, Role.TARGET):
                    target = obj
                elif obj is not None and g.has(g.person_object, trig) \
                        and not any(f in g.not_actor for f in head_forms(tokens[obj.first].text)):
                    target = self._bare_name(tokens, obj)  # "مسلحون اغتالوا X Y": a person by name
            return perp, target
        if g.has(g.passive_default, trig):
            if target is None and free_after and free_after[0].first <= obj_at + 1:
                target = free_after[0]
            return perp, target
        # VSO: verb, agent, object
        # a time adverbial between commas ("، ليل أمس،") does not count towards the reach
        rest = [p for p in free_after if p.first <= tb + 6 + self._adverbial_tokens(tokens, tb + 1, p.first)]
        if rest and perp is None and (self.hint(rest[0]) is Role.PERPETRATOR or len(rest) > 1) \
                and not self._vehicle_object(tokens, rest[0], tb):
            perp = rest.pop(0)
            after_agent = self._past_description(tokens, perp, rest)
            if after_agent is not None:
                # "هاجم مسلحون يعتقد أنهم من خلايا X، ليل الأحد، نقطة لقوات Y": the clause describes the
                # agent; the object comes after it and a time adverbial
                k = self.past_adverbial(tokens, after_agent)
                obj = next((p for p in free_after if p.first == k
                            or (p.first == k + 1 and is_vehicle(tokens[k], g))), None)
                if target is None and obj is not None:
                    return perp, obj
                rest = [p for p in rest if p.first >= after_agent]
            if target is None and not any(p.first == perp.last + 1 for p in rest):
                # "استهدف مفجر انتحاري مركزا لتجنيد أفراد للشرطة": the noun right after the agent is
                # the object, whatever catalogued actor its complement names
                target = self.thing_object(tokens, perp.last + 1, rest)
                if target is None and g.has(g.person_object, trig):
                    # "اغتال مسلحون، مساء أمس، المدعو X Y": past a time adverbial and "المدعو", the
                    # person the verb's object always is, by name
                    k = self.past_adverbial(tokens, perp.last + 1)
                    if k > perp.last + 1 and k < len(tokens) and tokens[k].bare in _NAMED:
                        k += 1
                    obj = next((p for p in free_after if p.first == k), None) or self.bare_np(tokens, k)
                    head = tokens[obj.first] if obj is not None else None
                    if obj is not None and head is not None and obj.actor_id is None \
                            and head.text == head.bare and not g.has(g.time_word, head) \
                            and not self._no_party_head(head):
                        target = self._bare_name(tokens, obj)
                    elif obj is not None and obj.actor_id is not None:
                        target = obj
        if rest and target is None:
            target = rest[0]
        return perp, target
