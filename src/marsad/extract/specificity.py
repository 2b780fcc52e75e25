"""Is a trigger cluster a specific incident, or a general statement, a statistic, a plan or a weapon?

News text uses event words for more than incidents. The rules read the cluster's clause (lists in
``cues_<lang>.toml`` ``[generic]``):

- a phenomenon word next to the event word makes it a trend, not an incident ("تصاعد الهجمات",
  "تكرار حوادث القتل", "has repeatedly bombed");
- a plural incident noun over a period, planned, or pointed at by a demonstrative is a series
  ("هجمات خلال الأشهر الماضية", "خلايا تخطط لشن هجمات", "these attacks", "similar attacks"), and so is
  any plural event noun said to be a habit after it ("Tribal clashes are frequent in the south");
- a cluster of weapon words only, in a clause about seizing or finding them, is a seizure
  ("ضبط أحزمة ناسفة", "weapons and explosives were seized"), and so is one in a sentence that reports
  a detention ("detained with a vehicle packed with explosives");
- a cluster of casualty words only is no incident when negated ("without civilian casualties");
- deaths counted over unnamed incidents are a statistic ("16 people were killed by gunfire in incidents
  whose perpetrators could not be identified");
- a prospect or a word's meaning is no incident ("the risk of renewed fighting", "the ministry uses
  the term to mean killed or captured"), nor is a figure of speech ("killing Iraqis slowly");
- a sound heard is no incident of its own ("as gunfire echoed through the streets", "gunshots could be
  heard"): the fighting it belongs to is reported by its own words;
- a cluster of weak words only (killed, قتل) counted over a period is a statistic ("112 people were
  killed in the first half of 2024");
- plural weapons over a period are a statistic too ("Landmines have killed dozens since 2019"), and so
  is an event verb counted in times ("had shelled the area more than 30 times");
- a threat noun or "warned" names a threat only with a threatened action after it ("threatened to
  attack", "warned that Ankara could launch an operation"; not "a threat to regional stability", "he
  had received threats"), and the violent words of a threat's clause after it are what is threatened,
  not an incident ("IS threatened on Sunday to attack the camps");
- the charge of an arrest is an accusation inside the arrest, not an incident of its own
  ("اعتقلت قوات الأمن شابين يشتبه بتورطهما في زرع ألغام", "بتهمة تنفيذ هجمات", "arrested two men
  suspected of planting mines", "over the killing of a shepherd"), unless the writer reports the
  charged incident itself, with its own day or outcome ("in connection with Monday's bombing of the
  market that killed 3"; lists in ``cues_<lang>.toml`` ``[charge]``).

A cluster with any event word that is not generic stays an incident. Nothing here decides whether a
specific mention is new or refers back (see :mod:`marsad.extract.coreference`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from marsad.extract.lexicon_files import load_lexicon
from marsad.extract.triggers import (
    CASUALTY,
    EVENT,
    INSTRUMENT,
    TriggerCluster,
    TriggerHit,
    clause_bounds,
    group_of,
)
from marsad.text.match import alternation
from marsad.text.normalize import normalize_str
from marsad.vocab import EventType

# Arabic clitics that may stand before a listed word (و ف ب ل and the article).
_CLITICS = r"(?:[وف]?(?:بال|لل|ال|[بل])?)"
_NEAR_WORDS = 2  # how far a phenomenon word may stand from the event word
_NEGATION_WORDS = 4  # how far before a casualty word a negation may stand
_UNREAL_WORDS = 4  # how far before the event word a prospect or meaning cue may stand


@dataclass(frozen=True, slots=True)
class GenericCues:
    phenomenon: re.Pattern[str]
    plural: re.Pattern[str]
    series: re.Pattern[str]
    period: re.Pattern[str]
    seized: re.Pattern[str]
    no_casualty: re.Pattern[str]
    plural_instruments: re.Pattern[str] | None = None
    phenomenon_before: re.Pattern[str] | None = None  # a trend word only in front of the event word
    habit: re.Pattern[str] | None = None  # "X are frequent": a plural event noun said to be a habit
    ranking: re.Pattern[str] | None = None  # "تصدرت X القائمة بـ 19 قتيلا": a statistic's share
    times: re.Pattern[str] | None = None  # "<number> times"
    threat_conditional: frozenset[str] = frozenset()
    threat_actions: re.Pattern[str] | None = None
    threat_window: int = 8
    # "gunfire echoed through the streets": a sound heard, a scene described, no incident of its own
    ambient_nouns: frozenset[str] = frozenset()
    ambient: re.Pattern[str] | None = None
    # "16 people were killed by gunfire in incidents whose perpetrators ...": a count over many incidents
    statistic: re.Pattern[str] | None = None
    # "the risk of renewed fighting", "uses the term to mean killed or captured": a few words before the
    # event word make it a prospect or a word's meaning, no incident
    unreal_before: re.Pattern[str] | None = None
    # "accused the ministry of killing Iraqis slowly": a word right after the event word makes it a figure
    figurative_after: re.Pattern[str] | None = None
    # "عثر على جثة شاب مقتولاً بطلق ناري", "the bodies were found riddled with bullets": what was found is
    # a victim, so its weapon tells an incident, not a seizure
    bodies: re.Pattern[str] | None = None


def _words_pattern(forms: list[str]) -> re.Pattern[str]:
    """Any of ``forms`` as whole words (after an optional Arabic clitic), on normalized text."""
    body = alternation(" ".join(normalize_str(f).split()) for f in forms)
    return re.compile(rf"(?<!\w){_CLITICS}(?:{body})(?!\w)")


def _optional(forms: list[str]) -> re.Pattern[str] | None:
    return _words_pattern(forms) if forms else None


def _times_pattern(times: list[str], quantity: list[str]) -> re.Pattern[str] | None:
    """A count in times: a number (digits or a quantity word) then a times word ("30 times")."""
    if not times:
        return None
    counts = "|".join([r"\d+"] + [re.escape(normalize_str(q)) for q in quantity])
    body = alternation(normalize_str(t) for t in times)
    return re.compile(rf"(?<!\w)(?:{counts})\s+(?:{body})(?!\w)")


@cache
def generic_cues(lang: str) -> GenericCues:
    """The ``[generic]`` and ``[threat]`` lists of ``cues_<lang>.toml`` as patterns, built once."""
    lexicon = load_lexicon(f"cues_{lang}")
    data = lexicon["generic"]
    threat = lexicon.get("threat", {})
    return GenericCues(
        phenomenon=_words_pattern(data["phenomenon"]),
        plural=_words_pattern(data["plural"]),
        series=_words_pattern(data["series"]),
        period=_words_pattern(data["period"]),
        seized=_words_pattern(data["seized"]),
        no_casualty=_words_pattern(data["no_casualty"]),
        plural_instruments=_optional(data.get("plural_instruments", [])),
        habit=_optional(data.get("habit", [])),
        ranking=_optional(data.get("ranking", [])),
        phenomenon_before=_optional(data.get("phenomenon_before", [])),
        times=_times_pattern(data.get("times", []), data.get("quantity", [])),
        ambient_nouns=frozenset(normalize_str(f) for f in data.get("ambient_nouns", [])),
        ambient=_optional(data.get("ambient", [])),
        statistic=_optional(data.get("statistic", [])),
        bodies=_optional(data.get("bodies", [])),
        unreal_before=_optional(data.get("unreal_before", [])),
        figurative_after=_optional(data.get("figurative_after", [])),
        threat_conditional=frozenset(normalize_str(f) for f in threat.get("conditional", [])),
        threat_actions=_optional(threat.get("actions", [])),
        threat_window=int(threat.get("window", 8)),
    )


def is_specific(
    cluster: TriggerCluster,
    ntext: str,
    sentence_nstart: int,
    breaks: list[tuple[int, int]],
    cues: GenericCues,
) -> bool:
    """Whether ``cluster`` (of the normalized sentence ``ntext`` starting at document offset
    ``sentence_nstart``, with its :func:`clause_breaks`) reports a specific incident."""
    first = min(cluster.hits, key=lambda h: h.nstart)
    start = first.nstart - sentence_nstart
    c_start, c_end = clause_bounds(breaks, len(ntext), start)
    clause = ntext[c_start:c_end]
    if not cluster.strong and cues.period.search(clause):
        return False  # killings counted over a half year: a statistic
    if not cluster.strong and cues.ranking is not None and cues.ranking.search(clause):
        return False  # "وتصدرت محافظة X القائمة بـ 19 قتيلا": a ranking of a statistic
    if cues.times is not None and cues.times.search(clause):
        return False  # "had shelled the area more than 30 times": a statistic
    if cues.statistic is not None and cues.statistic.search(clause):
        return False  # "16 people were killed by gunfire in incidents whose perpetrators ...": a statistic
    if _ambient(cluster, ntext, sentence_nstart, c_end, cues):
        return False  # "as gunfire echoed through the streets": a sound, no incident
    if cluster.event_type is EventType.THREATEN:
        return _names_a_threat(cluster, ntext, sentence_nstart, breaks, cues)
    events = [h for h in cluster.hits if h.mention == EVENT]
    if events:
        return not all(_generic_event(h, ntext, sentence_nstart, breaks, cues) for h in events)
    kinds = {h.mention for h in cluster.hits}
    if INSTRUMENT in kinds and cues.seized.search(clause) \
            and not (cues.bodies is not None and cues.bodies.search(clause)):
        return False
    if cues.plural_instruments is not None and cues.series.search(clause):
        plural = cues.plural_instruments
        words = (ntext[h.nstart - sentence_nstart : h.nend - sentence_nstart] for h in cluster.hits)
        if any(plural.fullmatch(w) for w in words):
            return False  # "Landmines have killed dozens of civilians since 2019"
    if kinds == {CASUALTY}:
        before = " ".join(ntext[c_start:start].split()[-_NEGATION_WORDS:])
        if cues.no_casualty.search(before):
            return False
    return True


def _ambient(
    cluster: TriggerCluster, ntext: str, sentence_nstart: int, c_end: int, cues: GenericCues
) -> bool:
    """A cluster made only of sound nouns ("gunfire", "gunshots") with a verb of hearing or echoing right
    after one of them ("gunfire echoed through the streets", "gunshots could be heard") describes what
    was heard, not an incident: the fighting it belongs to is reported by its own words."""
    if cues.ambient is None or not cues.ambient_nouns:
        return False
    words = [ntext[h.nstart - sentence_nstart : h.nend - sentence_nstart] for h in cluster.hits]
    if not all(w in cues.ambient_nouns for w in words):
        return False
    for h in cluster.hits:
        end = h.nend - sentence_nstart
        after = " ".join(ntext[end:c_end].split()[:_NEAR_WORDS + 1])
        match = cues.ambient.match(after)
        if match is not None:
            return True
    return False


def _generic_event(
    hit: TriggerHit, ntext: str, sentence_nstart: int, breaks: list[tuple[int, int]], cues: GenericCues
) -> bool:
    start, end = hit.nstart - sentence_nstart, hit.nend - sentence_nstart
    c_start, c_end = clause_bounds(breaks, len(ntext), start)
    before = ntext[c_start:start].split()[-_NEAR_WORDS:]
    near = " ".join(before + ntext[end:c_end].split()[:_NEAR_WORDS])
    if cues.phenomenon.search(near):
        return True
    if cues.phenomenon_before is not None and cues.phenomenon_before.search(" ".join(before)):
        return True
    if cues.unreal_before is not None and cues.unreal_before.search(
        " ".join(ntext[c_start:start].split()[-_UNREAL_WORDS:])
    ):
        return True  # "the risk of renewed fighting", "the term to mean killed or captured"
    if cues.figurative_after is not None and cues.figurative_after.search(
        " ".join(ntext[end:c_end].split()[:_NEAR_WORDS + 1])
    ):
        return True  # "killing Iraqis slowly": a figure of speech
    word = ntext[start:end]
    if cues.habit is not None and word.endswith("s") and cues.habit.search(ntext, end, c_end):
        return True  # "Tribal clashes with heavy weapons are frequent in the south"
    return bool(cues.plural.fullmatch(word) and cues.series.search(ntext[c_start:c_end]))


def _names_a_threat(
    cluster: TriggerCluster,
    ntext: str,
    sentence_nstart: int,
    breaks: list[tuple[int, int]],
    cues: GenericCues,
) -> bool:
    """A THREATEN cluster made only of threat nouns or "warned" names a threat only when a threatened
    action follows within its clause ("a threat to attack the camp"; not "a threat to stability")."""
    actions = cues.threat_actions
    if actions is None:
        return True
    for h in cluster.hits:
        start, end = h.nstart - sentence_nstart, h.nend - sentence_nstart
        if ntext[start:end] not in cues.threat_conditional:
            return True  # "threatened", "vowed to": a threat verb
        _, c_end = clause_bounds(breaks, len(ntext), start)
        after = " ".join(ntext[end:c_end].split()[: cues.threat_window])
        if actions.search(after):
            return True
    return False


def threat_content(
    cluster: TriggerCluster,
    threats: list[TriggerHit],
    ntext: str,
    sentence_nstart: int,
    breaks: list[tuple[int, int]],
) -> bool:
    """A violent cluster whose words all stand after a threat word of the same clause is what is
    threatened ("IS threatened on Sunday to attack the camps"), not an incident."""
    if group_of(cluster.event_type) != "violence" or not threats:
        return False
    for h in cluster.hits:
        start = h.nstart - sentence_nstart
        c_start, _ = clause_bounds(breaks, len(ntext), start)
        if not any(c_start <= t.nstart - sentence_nstart and t.nend <= h.nstart for t in threats):
            return False
    return True


def weapons_of_a_detention(cluster: TriggerCluster, arrest_in_sentence: bool, *, asserted: bool) -> bool:
    """Weapon words only, read as asserted, in a sentence that reports a detention: what the suspects
    were caught with ("the suspects were detained at a checkpoint with a vehicle packed with
    explosives"), no incident. A foiled plot ("arresting three men who were preparing a car bomb") is
    hypothetical and stays a planned incident."""
    return asserted and arrest_in_sentence and all(h.mention == INSTRUMENT for h in cluster.hits)


@dataclass(frozen=True, slots=True)
class ChargeCues:
    markers: re.Pattern[str]  # "بتهمة", "يشتبه", "suspected of", "on charges of"
    asserted: re.Pattern[str] | None  # the charged incident's own day or outcome: "that killed", "أمس"
    reach: int  # words between the arrest word and the marker


@cache
def charge_cues(lang: str) -> ChargeCues | None:
    """The ``[charge]`` list of ``cues_<lang>.toml`` as patterns, built once; None when it has none."""
    data = load_lexicon(f"cues_{lang}").get("charge")
    if not data:
        return None
    return ChargeCues(
        markers=_words_pattern(data["markers"]),
        asserted=_optional(data.get("asserted", [])),
        reach=int(data.get("reach", 14)),
    )


class Charges(NamedTuple):
    """What the arrested of a sentence are charged with (:func:`charge_spans`), sentence offsets."""

    accused: list[tuple[int, int]]  # an accusation, no incident ("بتهمة تنفيذ هجمات")
    incidents: list[tuple[int, int]]  # a charged incident reported as having happened


def charge_spans(
    arrests: list[TriggerHit],
    ntext: str,
    sentence_nstart: int,
    breaks: list[tuple[int, int]],
    cues: ChargeCues | None,
) -> Charges:
    """The charges after an arrest word of the sentence (``arrests``) at most ``reach`` words before
    their marker. ``accused``: spans from the marker to its clause's end that state what the arrested
    are charged with. ``incidents``: a charge that reports its incident as having happened, with the
    incident's own day or outcome ("اعتقلت ... بتهمة تفجير سيارة مفخخة في السوق يوم الاثنين أسفر عن مقتل
    أربعة", "arrested three over Monday's bombing of the market, which killed four"); that incident
    stays an event, but what its span says (its day, its dead and wounded, its place) is the
    incident's, and what stands outside it (the arresting force, the arrested, the arrest's day) is
    the arrest's. Such a span runs to the end of the clause that holds the incident's own day or
    outcome ("..., which killed 3"), never past a later arrest word."""
    charges = Charges([], [])
    if cues is None or not arrests:
        return charges
    ends = [h.nend - sentence_nstart for h in arrests]
    for m in cues.markers.finditer(ntext):
        if not any(e <= m.start() and len(ntext[e : m.start()].split()) <= cues.reach for e in ends):
            continue
        _, c_end = clause_bounds(breaks, len(ntext), m.start())
        # the charged incident's own outcome may follow a comma or "which" (", which killed 3")
        tail = ntext[m.start() : min(len(ntext), c_end + 40)]
        outcomes = list(cues.asserted.finditer(tail)) if cues.asserted is not None else []
        if not outcomes:
            if not charges.accused or m.start() >= charges.accused[-1][1]:  # not inside one already read
                charges.accused.append((m.start(), c_end))
            continue
        if charges.incidents and m.start() < charges.incidents[-1][1]:
            continue
        end = max(c_end, *(clause_bounds(breaks, len(ntext), m.start() + o.start())[1] for o in outcomes))
        later = [h.nstart - sentence_nstart for h in arrests if h.nstart - sentence_nstart > m.start()]
        if later:
            end = min(end, min(later))
        charges.incidents.append((m.start(), end))
    return charges


def charge_of_an_arrest(
    cluster: TriggerCluster, charges: list[tuple[int, int]], sentence_nstart: int
) -> bool:
    """A non-arrest cluster whose words all stand inside an accused span (:func:`charge_spans`) is what
    the arrested are accused of ("بتهمة تنفيذ هجمات"), not an incident."""
    if not charges or cluster.event_type is EventType.ARREST:
        return False
    return all(
        any(a <= h.nstart - sentence_nstart and h.nend - sentence_nstart <= b for a, b in charges)
        for h in cluster.hits
    )
