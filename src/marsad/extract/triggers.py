"""Event triggers: lexicon hits in a sentence, grouped into clusters that each become one report.

A sentence's triggers are grouped by *family group* (violence, arrest, threat, protest): all
violent words of one sentence usually describe one incident ("هجوم انتحاري بسيارة مفخخة أسفر عن
مقتل ..."), and the most specific type wins by the lexicon's priority order (suicide > car bomb >
IED). A cluster made only of weak words (قتل, انفجار) keeps the weak type.

Each trigger form also says what kind of *mention* it is (``mention`` in the lexicon): the event
itself (هجوم, قصف, attacked), an instrument (قذائف, rockets: the weapon of an event), a casualty word
(قتلى, wounded) or a participant (المتظاهرون, the attackers). Only event words name an incident by
themselves; the others describe one (see :mod:`marsad.extract.coreference`). Lexicon ``[[blocker]]``
forms are readings that are no event at all ("فجر اليوم" = at dawn today): a blocker covering a trigger
word removes it, and ``[[figurative]]`` entries drop a trigger whose object is abstract ("فجّر
القرار موجة غضب": the decision sparked anger).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from marsad.errors import ConfigError
from marsad.extract.context import SentenceContext
from marsad.extract.lexicon_files import load_lexicon
from marsad.text.match import LexiconMatcher
from marsad.text.normalize import NormalizedText, normalize_str
from marsad.vocab import EventType

PRODUCER = "extract.triggers.v1"

# Which cluster a type belongs to. Violence types share one cluster per sentence.
_GROUP: dict[EventType, str] = {
    EventType.ARREST: "arrest",
    EventType.THREATEN: "threat",
    EventType.PROTEST: "protest",
}

# Clause breaks: punctuation, contrastive conjunctions, and (English) a reporting verb or relative
# pronoun that opens a reported or relative clause ("... detained seven men and said they would be
# tried": "would" belongs to the reported clause, not to the detention; "speakers at the rally warned
# that attacks would cause a disaster": the rally took place).
# The period of a one-letter abbreviation ("U.S. forces", "U.N.") breaks no clause: "claimed dozens
# of attacks on U.S. forces since 2023" is one clause, whose "since" makes the attacks a series.
# Punctuation, a full stop not after a lone letter (an initial), or a contrastive or reporting word
# between spaces: ``[,;:!?\n"()«»]|(?<!\b[^\W\d_])\.|\s(?:فيما|...)\s``, written to open with one
# character class (every branch's first character) so that re skips to candidates in C instead of
# trying the alternation at every position (2x faster); each branch then checks the character it
# took, in the same order, so the matches are the same.
_CLAUSE_BREAK = re.compile(
    r"[,;:!?\n\"()«».\s](?:(?<=[,;:!?\n\"()«»])|(?<=\.)(?<!\b[^\W\d_]\.)|(?<=\s)(?:فيما|بينما|في حين|لكن"
    r"|غير ان|الا ان|while|but|whereas|said|says|told|added|stated|who|which|warned that|warning that)\s)"
)


# Mention kinds (the lexicon's ``mention`` key); EVENT is the default.
EVENT = "event"
INSTRUMENT = "instrument"
CASUALTY = "casualty"
PARTICIPANT = "participant"
MENTION_KINDS = frozenset({EVENT, INSTRUMENT, CASUALTY, PARTICIPANT})


@dataclass(frozen=True, slots=True)
class TriggerSense:
    """What a lexicon form means; ``event_type`` is None for a blocker (a non-event reading)."""

    event_type: EventType | None
    strong: bool
    mention: str = EVENT


@dataclass(frozen=True, slots=True)
class TriggerHit:
    """One trigger word; ``nstart``/``nend`` are normalized *document* offsets."""

    event_type: EventType
    strong: bool
    nstart: int
    nend: int
    pattern: str
    mention: str = EVENT

    @property
    def head(self) -> bool:
        """A strong event or weapon word: it names an incident of its own, not only its dead, wounded or
        people."""
        return self.strong and self.mention in (EVENT, INSTRUMENT)


@dataclass(frozen=True, slots=True)
class TriggerCluster:
    """The triggers of one event mention; ``anchor`` is the hit that gave the type."""

    event_type: EventType
    hits: tuple[TriggerHit, ...]
    anchor: TriggerHit

    @property
    def strong(self) -> bool:
        return any(h.strong for h in self.hits)

    @property
    def describes_only(self) -> bool:
        """No word of the cluster names an event: only instruments, casualties or participants."""
        return all(h.mention != EVENT for h in self.hits)

    @property
    def role_anchors(self) -> tuple[TriggerHit, ...]:
        """The hits roles are read around, in order of preference: the most specific word (``anchor``),
        then the clause's first trigger word. The specific word often names its agent ("في هجوم لخلايا
        داعش"); Arabic news clauses lead with their verb (VSO), whose object is the target when the
        specific word gave none. Roles take each side from the first anchor that yields it.
        Measured on the GSR spans (marsad evaluate gsr): target F1 0.398 -> 0.447, source unchanged.
        """
        first = min(self.hits, key=lambda h: h.nstart)
        return (first,) if first is self.anchor else (self.anchor, first)

    @property
    def nstart(self) -> int:
        return min(h.nstart for h in self.hits)

    @property
    def nend(self) -> int:
        return max(h.nend for h in self.hits)


@dataclass(frozen=True, slots=True)
class Figurative:
    """A trigger form read figuratively when an abstract object follows it within ``window`` words."""

    objects: frozenset[str]
    window: int


@dataclass(frozen=True, slots=True)
class AimedAt:
    """Another type for a trigger form aimed at one of ``objects`` ("opened fire on an army post":
    an assault on a position, not a shooting of people): a preposition right after the form, then
    the object noun within ``window`` words."""

    event_type: EventType
    prepositions: frozenset[str]
    objects: frozenset[str]
    window: int


@dataclass(frozen=True, slots=True)
class SequenceCue:
    """A sentence that returns to an incident with a definite noun and ties a new one to it with a
    connective ("The fighting broke out after gunmen ambushed a patrol", "The thwarted attack came
    weeks after a suicide bomber blew himself up"): the words after the connective are their own
    incident. ``gap``: words allowed between the determiner and the event word ("the thwarted attack")."""

    connectives: frozenset[str]
    determiners: frozenset[str]
    gap: int
    # "a week after", "two days after": a stated interval before the connective separates two incidents
    # in time whatever the first is called, and the second may be named by its weapon ("a week after a
    # roadside bomb killed two soldiers")
    intervals: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class CoordinationCue:
    """Two incidents told in one sentence, joined by a coordinator or a contrast marker ("Gunmen killed a
    shepherd near A on Sunday, while a roadside bomb wounded three soldiers in B on Monday", "قتل مدني
    برصاص مسلحين في A، فيما أصيب طفلان بانفجار لغم في B"). ``words``: coordinators (and, و); ``contrast``:
    contrast markers (while, فيما), which also split on a different means family alone; ``clitic``: a
    coordinator prefixed to the new clause's first word (Arabic و); ``means``: the means family of a
    type (a type not listed — attack, clash, assassination, abduction — has no means of its own)."""

    words: frozenset[str]
    contrast: frozenset[str]
    clitic: str
    means: dict[EventType, str]


@dataclass(frozen=True, slots=True)
class SenseInContext:
    """Another sense of an ambiguous form, taken when the document names ``cues`` up to its sentence."""

    sense: TriggerSense
    cues: tuple[str, ...]


@dataclass(frozen=True, slots=True, eq=False)
class TriggerLexicon:
    matcher: LexiconMatcher[TriggerSense]
    rank: dict[EventType, int]
    # types that keep their name when an instrument of another type is in their cluster (a clash
    # fought with mortars is a clash)
    over_instruments: frozenset[EventType] = frozenset()
    figurative: dict[str, Figurative] = field(default_factory=dict)  # by trigger pattern
    senses_in_context: dict[str, SenseInContext] = field(default_factory=dict)  # by trigger pattern
    aimed_at: dict[str, AimedAt] = field(default_factory=dict)  # by trigger pattern
    calendar: frozenset[str] = frozenset()  # month names that are also trigger words ("march")
    sequence: SequenceCue | None = None  # "The attack came days after a bomb exploded ...": two incidents
    coordination: CoordinationCue | None = None  # "... in A on Sunday, while a bomb ... in B": two incidents


@cache
def trigger_lexicon(lang: str) -> TriggerLexicon:
    """The trigger matcher for ``lang`` ("ar" or "en"), built once."""
    data = load_lexicon(f"triggers_{lang}")
    entries: list[tuple[str, TriggerSense, bool]] = []
    for group in data.get("trigger", []):
        mention = group.get("mention", EVENT)
        if mention not in MENTION_KINDS:
            raise ConfigError(
                f"triggers_{lang}: unknown mention kind {mention!r}",
                hint=f"use one of {sorted(MENTION_KINDS)}",
            )
        sense = TriggerSense(EventType(group["type"]), group.get("strength", "strong") == "strong", mention)
        inflect = bool(group.get("inflect", True))
        entries.extend((form, sense, inflect) for form in group["forms"])
    blocker = TriggerSense(None, False)
    for group in data.get("blocker", []):
        entries.extend((form, blocker, bool(group.get("inflect", False))) for form in group["forms"])
    figurative = {}
    for fig in data.get("figurative", []):
        spec = Figurative(frozenset(normalize_str(o) for o in fig["objects"]), int(fig.get("window", 4)))
        figurative.update({normalize_str(t): spec for t in fig["triggers"]})
    in_context = {}
    for amb in data.get("sense_in_context", []):
        alt = SenseInContext(
            TriggerSense(EventType(amb["type"]), True, amb.get("mention", EVENT)),
            tuple(" ".join(normalize_str(c).split()) for c in amb["when"]),
        )
        in_context.update({normalize_str(f): alt for f in amb["forms"]})
    aimed_at: dict[str, AimedAt] = {}
    for aim in data.get("aimed_at", []):
        aim_spec = AimedAt(
            EventType(aim["type"]),
            frozenset(normalize_str(w) for w in aim["prepositions"]),
            frozenset(normalize_str(o) for o in aim["objects"]),
            int(aim.get("window", 4)),
        )
        aimed_at.update({normalize_str(t): aim_spec for t in aim["triggers"]})
    calendar = frozenset(normalize_str(f) for f in data.get("calendar", {}).get("months", []))
    seq = data.get("sequence")
    sequence = SequenceCue(
        frozenset(normalize_str(w) for w in seq["connectives"]),
        frozenset(normalize_str(w) for w in seq["determiners"]),
        int(seq.get("gap", 2)),
        frozenset(normalize_str(w) for w in seq.get("intervals", [])),
    ) if seq else None
    coord = data.get("coordination")
    coordination = CoordinationCue(
        frozenset(normalize_str(w) for w in [*coord["words"], *coord["contrast"]]),
        frozenset(normalize_str(w) for w in coord["contrast"]),
        normalize_str(coord.get("clitic", "")),
        {EventType(t): family for family, types in coord["means"].items() for t in types},
    ) if coord else None
    order = [EventType(t) for t in data["priority"]["order"]]
    over = frozenset(EventType(t) for t in data["priority"].get("over_instruments", []))
    return TriggerLexicon(
        LexiconMatcher(entries), {t: i for i, t in enumerate(order)}, over, figurative, in_context,
        aimed_at, calendar, sequence, coordination,
    )


def prenormalized(ntext: str) -> NormalizedText:
    """Wrap already-normalized text so matchers do not normalize it a second time (offsets unused)."""
    return NormalizedText(original=ntext, text=ntext, offsets=array("q"))


def find_triggers(ctx: SentenceContext, lexicon: TriggerLexicon) -> list[TriggerHit]:
    """Trigger hits in the sentence (longest match wins), in text order, in document offsets.
    Words covered by a blocker reading, and figurative uses, are no triggers."""
    hits: list[TriggerHit] = []
    blocked: set[tuple[int, int]] = set()
    text = ctx.doc.norm.text
    for m in lexicon.matcher.find_in(text, ctx.nstart, ctx.nend, relative=False):
        event_type = m.payload.event_type
        if event_type is None:
            blocked.add((m.start, m.end))
            continue
        fig = lexicon.figurative.get(m.pattern)
        if fig is not None and _figurative(text, m.end, ctx.nend, fig):
            continue
        if lexicon.calendar and text[m.start : m.end] in lexicon.calendar and _dated(text, m.start, m.end):
            continue  # "March 12 (Reuters)", "on 3 March": the month, not a march
        sense = m.payload
        aim = lexicon.aimed_at.get(m.pattern)
        if aim is not None and _aimed_at(text, m.end, ctx.nend, aim):
            sense = TriggerSense(aim.event_type, sense.strong, sense.mention)
        alt = lexicon.senses_in_context.get(m.pattern)
        # a cue anywhere in the document up to the sentence's end (``c in text[:nend]``, read in place,
        # not by copying the document's head once per cue)
        if alt is not None and any(text.find(c, 0, ctx.nend) >= 0 for c in alt.cues):
            sense = alt.sense  # "المسيرة" after "طائرة مسيرة": the drone, not a march
        hits.append(
            TriggerHit(
                event_type=sense.event_type or event_type,
                strong=sense.strong,
                nstart=m.start,
                nend=m.end,
                pattern=m.pattern,
                mention=sense.mention,
            )
        )
    if blocked:  # a blocker covering a trigger word removes it ("in march": the month)
        hits = [h for h in hits if not any(b0 <= h.nstart and h.nend <= b1 for b0, b1 in blocked)]
    return _dedupe(hits, lexicon)


def _figurative(text: str, end: int, limit: int, fig: Figurative) -> bool:
    """An abstract object among the next words of the clause ("فجر ... موجة غضب")."""
    window = _CLAUSE_BREAK.split(text[end : min(limit, end + 80)], maxsplit=1)[0].split()[: fig.window]
    return any(_strip_clitics(w) in fig.objects for w in window)


_DAY_AFTER = re.compile(r"\s+\d{1,4}(?!\d)")
_DAY_BEFORE = re.compile(r"(?<![\d,.])\d{1,2}(?:st|nd|rd|th)?\s+$")


def _dated(text: str, start: int, end: int) -> bool:
    """A month name with a day or year number next to it ("march 12", "12 march", "march 2024")."""
    return bool(_DAY_AFTER.match(text, end) or _DAY_BEFORE.search(text[max(0, start - 8) : start]))


def _aimed_at(text: str, end: int, limit: int, aim: AimedAt) -> bool:
    """A preposition right after the trigger, then one of the objects ("on an sdf checkpoint")."""
    words = _CLAUSE_BREAK.split(text[end : min(limit, end + 80)], maxsplit=1)[0].split()
    if not words or words[0] not in aim.prepositions:
        return False
    return any(w in aim.objects for w in words[1 : 1 + aim.window])


def _strip_clitics(word: str) -> str:
    for prefix in ("وال", "بال", "فال", "لل", "ال", "و", "ب"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix) :]
    return word


def _dedupe(hits: list[TriggerHit], lexicon: TriggerLexicon) -> list[TriggerHit]:
    """Same span, several senses: keep the strongest, most specific one. ``find_in`` gives hits in
    text order, the senses of one span side by side: then one pass does it, with no sort."""
    out: list[TriggerHit] = []
    for h in hits:
        if out:
            last = out[-1]
            if h.nstart == last.nstart and h.nend == last.nend:
                if _better(h, last, lexicon):
                    out[-1] = h
                continue
            if h.nstart <= last.nstart:
                return _dedupe_any(hits, lexicon)  # not in that order: the general way
        out.append(h)
    return out


def _dedupe_any(hits: list[TriggerHit], lexicon: TriggerLexicon) -> list[TriggerHit]:
    best: dict[tuple[int, int], TriggerHit] = {}
    for h in hits:
        key = (h.nstart, h.nend)
        old = best.get(key)
        if old is None or _better(h, old, lexicon):
            best[key] = h
    return sorted(best.values(), key=lambda h: h.nstart)


def _better(a: TriggerHit, b: TriggerHit, lexicon: TriggerLexicon) -> bool:
    return (not a.strong, lexicon.rank.get(a.event_type, 99)) < (
        not b.strong,
        lexicon.rank.get(b.event_type, 99),
    )


def group_of(event_type: EventType) -> str:
    return _GROUP.get(event_type, "violence")


def cluster_triggers(hits: list[TriggerHit], lexicon: TriggerLexicon) -> list[TriggerCluster]:
    """One cluster per family group in the sentence; type from the strongest, most specific hit."""
    groups: dict[str, list[TriggerHit]] = {}
    for h in hits:
        groups.setdefault(group_of(h.event_type), []).append(h)
    clusters = []
    for members in groups.values():
        ranked = members
        if lexicon.over_instruments and any(
            h.event_type in lexicon.over_instruments and h.strong for h in members
        ):
            ranked = [h for h in members if h.mention != INSTRUMENT]  # the weapons of a clash
        anchor = min(ranked, key=lambda h: (not h.strong, lexicon.rank.get(h.event_type, 99), h.nstart))
        clusters.append(TriggerCluster(event_type=anchor.event_type, hits=tuple(members), anchor=anchor))
    clusters.sort(key=lambda c: c.nstart)
    return clusters


def split_sequences(
    clusters: list[TriggerCluster], text: str, lexicon: TriggerLexicon
) -> tuple[list[TriggerCluster], list[tuple[int, int]]]:
    """Split a cluster at a connective that ties a new incident to a definite mention of another (see
    :class:`SequenceCue`); ``text`` is the normalized document the hits index. Also returns the
    connectives' document spans: each is a clause break (the cues before it are the first incident's)."""
    seq = lexicon.sequence
    if seq is None:
        return clusters, []
    out: list[TriggerCluster] = []
    spans: list[tuple[int, int]] = []
    for cluster in clusters:
        at = _sequence_connective(cluster, text, seq)
        if at is None:
            out.append(cluster)
            continue
        out += cluster_triggers([h for h in cluster.hits if h.nend <= at[0]], lexicon)
        out += cluster_triggers([h for h in cluster.hits if h.nstart >= at[1]], lexicon)
        spans.append(at)
    return out, spans


def _sequence_connective(cluster: TriggerCluster, text: str, seq: SequenceCue) -> tuple[int, int] | None:
    events = sorted((h for h in cluster.hits if h.mention == EVENT), key=lambda h: h.nstart)
    for left, right in pairwise(events):
        if not right.strong:
            continue
        before = text[max(0, left.nstart - 60) : left.nstart].split()[-(seq.gap + 1) :]
        if not any(w in seq.determiners for w in before):
            continue  # "was shot dead after gunmen stormed his house": one incident told in order
        for m in _WORDS.finditer(text, left.nend, right.nstart):
            if m.group() in seq.connectives:
                return m.start(), m.end()
    return _interval_connective(cluster, text, seq)


def _interval_connective(cluster: TriggerCluster, text: str, seq: SequenceCue) -> tuple[int, int] | None:
    """A connective right after a stated interval ("a week after", "two days after") between an
    incident word and a strong event or weapon word after it: two incidents apart in time."""
    hits = sorted(cluster.hits, key=lambda h: h.nstart)
    heads = [h for h in hits if h.head]
    if not seq.intervals or not heads:
        return None
    for m in _WORDS.finditer(text, hits[0].nend, heads[-1].nstart):
        if m.group() not in seq.connectives:
            continue
        words = text[max(0, m.start() - 30) : m.start()].split()[-2:]
        if not any(w in seq.intervals for w in words):
            continue
        if any(h.nend <= m.start() for h in hits) and any(h.nstart >= m.end() for h in heads):
            return m.start(), m.end()
    return None


_WORDS = re.compile(r"\w+")

# A span of the sentence (normalized document offsets): which part of it an incident's words stand in.
Segment = tuple[int, int]


def split_coordinated(
    cluster: TriggerCluster,
    text: str,
    lexicon: TriggerLexicon,
    segment: Segment,
    separate: Callable[[Segment, Segment], str],
) -> list[tuple[TriggerCluster, Segment]]:
    """Split a violence cluster into the incidents a coordinator or contrast marker separates (see
    :class:`CoordinationCue`): the words after it, up to the next coordinator, start a new incident when
    they hold a strong event or weapon word and either ``separate(left, right)`` says each side has its
    own day ("day"), or its own place ("place") and the marker contrasts or the sides name different
    means, or the marker contrasts, the new clause opens with its head and the two sides name
    different means ("..., while a roadside bomb ..." after a shooting). The incident before the
    coordinator must have words of its own after its last trigger ("تفجير وخطف وقتل" is a list of one
    kind of deed). Means and outcome words of one incident ("attacked the checkpoint with machine guns
    and RPGs, killing two") stay one cluster. ``segment`` bounds the cluster's part of the sentence
    (``text`` offsets); each part comes back with its own segment, the coordinator opening the next."""
    coord = lexicon.coordination
    if coord is None or group_of(cluster.event_type) != "violence" or len(cluster.hits) < 2:
        return [(cluster, segment)]
    hits = sorted(cluster.hits, key=lambda h: h.nstart)
    marks = _coordinators(text, segment, coord)
    if not marks:
        return [(cluster, segment)]
    parts: list[tuple[list[TriggerHit], int]] = []  # each part's hits and where its segment starts
    current: list[TriggerHit] = [hits[0]]
    start = segment[0]
    for i in range(1, len(hits)):
        at = _last_mark(marks, hits[i - 1].nend, hits[i].nstart)
        if at is not None and _WORDS.search(text, hits[i - 1].nend, at[0]) is not None:
            end = next((m for m, _ in marks if m > at[0]), segment[1])
            right = [h for h in hits[i:] if h.nstart < end]  # the new clause, up to the next coordinator
            apart = separate((start, at[0]), (at[0], end))
            # a plain coordinator joining two places of one means may still tell one incident that
            # moved ("attacked a post in A and clashed with its guards in nearby B"): it needs two days,
            # or two places and two means; a contrast marker needs two days or places, or two means
            if _new_head(right, coord, opens=_headed(current)) and (
                apart == "day"
                or (apart == "place" and (at[1] or _different_means(current, right, coord)))
                or (
                    at[1] and _new_head(right, coord, opens=False) and _different_means(current, right, coord)
                )
            ):
                parts.append((current, start))
                current, start = [], at[0]
        current.append(hits[i])
    if not parts:
        return [(cluster, segment)]
    parts.append((current, start))
    out: list[tuple[TriggerCluster, Segment]] = []
    for k, (members, begin) in enumerate(parts):
        finish = parts[k + 1][1] if k + 1 < len(parts) else segment[1]
        out += [(c, (begin, finish)) for c in cluster_triggers(members, lexicon)]
    return out


def _coordinators(text: str, segment: Segment, coord: CoordinationCue) -> list[tuple[int, bool]]:
    """The coordinators of a sentence part, in order: their normalized start and whether each is a
    contrast marker. A word with the coordinator clitic counts after a comma ("، وانفجرت عبوة")."""
    out: list[tuple[int, bool]] = []
    words = list(_WORDS.finditer(text, segment[0], segment[1]))
    for k, m in enumerate(words):
        w = m.group()
        if w in coord.words:
            out.append((m.start(), w in coord.contrast))
        elif k + 1 < len(words) and f"{w} {words[k + 1].group()}" in coord.contrast:
            out.append((m.start(), True))  # في حين
        elif coord.clitic and w.startswith(coord.clitic) and len(w) > 3 and _after_comma(text, m.start()):
            out.append((m.start(), False))
    return out


def _last_mark(marks: list[tuple[int, bool]], lo: int, hi: int) -> tuple[int, bool] | None:
    """The last coordinator after ``lo`` up to ``hi`` (a clitic on the next trigger word starts at it)."""
    found = None
    for m in marks:
        if m[0] > hi:
            break
        if m[0] >= lo:
            found = m
    return found


def _after_comma(text: str, at: int) -> bool:
    before = text[max(0, at - 4) : at].rstrip()
    return before.endswith(("،", ","))


def _headed(hits: list[TriggerHit]) -> bool:
    """A strong event or weapon word: the words name an incident, not only its dead and wounded."""
    return any(h.head for h in hits)


def _new_head(hits: list[TriggerHit], coord: CoordinationCue, *, opens: bool) -> bool:
    """The words after a coordinator name an incident of their own: a strong event or weapon word
    ("a roadside bomb wounded", "بانفجار لغم"), not only casualties ("and three were wounded"). When
    the words before name only casualties (``opens`` false: "Two soldiers were killed"), the new clause
    must open with its event or weapon, of a means ("a roadside bomb wounded", "انفجرت عبوة"): "...
    killed and three wounded when a roadside bomb hit" tells what killed them, "قتل ... واصيب 10 آخرون
    اثر انفجار سيارة مفخخة" and "بينما قتل الرابع برصاص" likewise."""
    if not _headed(hits) or not _happened(hits):
        return False
    if opens:
        return True
    first = hits[0]
    return first.mention in (EVENT, INSTRUMENT) and (first.strong or first.event_type in coord.means)


def _happened(hits: list[TriggerHit]) -> bool:
    """The words tell something that happened, not only weapons ("لتجد ... متفجرات، وقنينة غاز مفخخة،
    وبطاريات للتفجير": a cache found): a strong event word, a casualty word, or an event verb before
    its weapon ("انفجرت عبوة", "بانفجار لغم")."""
    if any(h.mention == CASUALTY or (h.strong and h.mention == EVENT) for h in hits):
        return True
    first_weapon = next((h.nstart for h in hits if h.strong and h.mention == INSTRUMENT), None)
    return first_weapon is not None and any(h.mention == EVENT and h.nstart < first_weapon for h in hits)


def _different_means(left: list[TriggerHit], right: list[TriggerHit], coord: CoordinationCue) -> bool:
    """Both sides name a means (strong words only) and they share none (gunfire, then a landmine)."""
    a = {coord.means[h.event_type] for h in left if h.strong and h.event_type in coord.means}
    b = {coord.means[h.event_type] for h in right if h.strong and h.event_type in coord.means}
    return bool(a) and bool(b) and not a & b


def clause_breaks(ntext: str) -> list[tuple[int, int]]:
    """Clause break spans (punctuation, contrastive conjunctions) of a normalized sentence."""
    return [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(ntext)]


def clause_bounds(breaks: list[tuple[int, int]], length: int, pos: int) -> tuple[int, int]:
    """The clause around sentence offset ``pos``, given :func:`clause_breaks` (binary search)."""
    i = bisect_right(breaks, (pos, length + 1))
    start = 0
    j = i - 1
    while j >= 0:
        if breaks[j][1] <= pos:
            start = breaks[j][1]
            break
        j -= 1
    end = length
    k = i
    while k < len(breaks):
        if breaks[k][0] >= pos:
            end = breaks[k][0]
            break
        k += 1
    return start, end
