"""Event coreference inside one document: a definite or demonstrative event noun that refers back to
an event already reported ("انفجرت عبوة ناسفة ... وتبنى التنظيم الهجوم", "A bomb exploded ... The
blast killed two") is the same event, not a new one.

News reports name an incident once, then return to it with a definite noun (الهجوم، الانفجار، the
attack, this blast) to add casualties, a claim of responsibility, a denial or details. Counting each
mention as an event is the classic machine-coding error of counting reports instead of events. An
anaphoric mention is merged into its antecedent: the nearest earlier report of the document with a
compatible certainty whose date and places do not contradict it. The antecedent keeps its id; fields it
lacks are filled from the anaphor (their evidence still points at the anaphor's sentence), and the
anaphor's attributions are added. Verbs ("هاجم مسلحون") and indefinite nouns ("هجوم آخر") start a
new event unless the pipeline says the mention refers back (:func:`refers_back`: a cluster made only
of weapons, casualties or participants, or a trigger inside a claim, accusation or denial sentence).

Merging needs the same family group (violence, arrest, protest, threat), a certainty that can
describe the antecedent (an accusation, denial or background remark about an asserted incident
leaves it asserted; an asserted mention of an alleged incident makes it asserted), no other date and
no other place in the anaphor's own clause (the claim "which IS claimed on Sunday" is dated, not the
attack), and no phrase that opens a separate incident ("في حادثة منفصلة", "in another incident").

A *paraphrase* is the same incident told again in the next sentence with other words: "was shot dead
... Gunmen opened fire on him", "kidnapped ... was abducted as he closed his shop", "detained ... the
family said he was kidnapped". A report whose type is in one ``[[paraphrase]]`` set of
``coreference.toml`` with an event mentioned in the previous sentence is merged into it under the
same checks (the sets may cross family groups: arrest and abduction). A *retelling* further on (up to
``[retelling] sentences`` after the event's last mention) joins only the latest event reported, and
only when one of its words names that event's own type or a type of its ``[[paraphrase]]`` set
("Gunmen shot dead X ... <background> ... Two men opened fire on him"); an event first told only as a
killing then takes the means the retelling names (killed ... opened fire on him = a shooting).

A report made only of weapon words joins an incident only when a weapon fits its means
(``[[weapons]]``: a roadside bomb is no weapon of a shooting). A new scene before the trigger
(``[shift]``: "Meanwhile", "In nearby X", "also", "hours later", "responded with") stops paraphrase and
weapon joins, but not a claim, a denial or a definite noun ("Hours later, IS claimed the attack").
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from marsad.extract.actor_catalog import generic_actor_ids
from marsad.extract.casualties import combine_casualties
from marsad.extract.lexicon_files import load_lexicon
from marsad.extract.places import dateline_end
from marsad.extract.triggers import CASUALTY, EVENT, INSTRUMENT, TriggerCluster, group_of
from marsad.model import ActorMention, Attribution, EventReport, PlaceMention, TextSpan
from marsad.text.match import alternation
from marsad.text.normalize import NormalizedText, normalize_str
from marsad.text.tokens import ARTICLE_PREFIXES
from marsad.vocab import AttributionKind, CasualtyKind, Certainty, EventType, Role

_ARTICLE_TUPLE = tuple(sorted(ARTICLE_PREFIXES))  # for str.startswith

PRODUCER = "extract.coreference.v1"

_AR_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين"})
_EN_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its"})
# Words that mark a second, distinct incident even with a definite noun ("الهجوم الثاني", "another").
_NEW_EVENT_MARKERS = frozenset(
    {
        "اخر",
        "اخري",
        "ثاني",
        "الثاني",
        "الثانيه",
        "جديد",
        "الجديد",
        "جديده",
        "الجديده",
        "ثالث",
        "الثالث",
        "another",
        "second",
        "new",
        "third",
        "earlier",
        "previous",
        "similar",
        "مماثل",
        "مماثله",
    }
)


# Certainties under which a mention still describes an asserted antecedent: "X accused Y of the
# bombing", "Y denied involvement in the attack", "this is the third attack since March".
_DESCRIBES_ASSERTED = frozenset({Certainty.ALLEGED, Certainty.DENIED, Certainty.HISTORICAL})
# Certainties of an antecedent that an asserted mention may still name: "the SDF denied shelling the
# village ... media said two were wounded in the shelling"; "detained a man suspected of planting a
# device ... The device exploded near a bakery".
_ASSERTED_CAN_NAME = frozenset({Certainty.ALLEGED, Certainty.DENIED})
# Clause edges on the original text, for "the anaphor's own clause" (places elsewhere in its
# sentence, such as the hospital the wounded were taken to, do not make it another incident).
# also an English temporal connective: "The thwarted attack came weeks after a bomber blew himself up in
# X" dates and places the other incident after "after", not the attack it refers back to
_CLAUSE_EDGE = re.compile(r"[,،;؛.!?\n:()]|\b(?:after|following)\b")


@dataclass(frozen=True, slots=True)
class CoreferenceWords:
    ordinals: frozenset[str]
    copulas: frozenset[str]
    separate: tuple[str, ...]
    paraphrase: tuple[frozenset[EventType], ...] = ()
    paraphrase_any: frozenset[EventType] = frozenset()
    continuation: frozenset[str] = frozenset()
    shift: tuple[str, ...] = ()
    weapons: dict[EventType, frozenset[EventType]] = dataclasses.field(default_factory=dict)
    window: int = 1
    # words that name a violent incident or a detention alike ("raid"): a definite one refers back to
    # either ("jets bombed rebel positions ... The raids destroyed depots")
    either_group: frozenset[str] = frozenset()


@cache
def coreference_words() -> CoreferenceWords:
    """The lexicon of ``lexicons/coreference.toml``, normalized, built once."""
    data = load_lexicon("coreference")

    def forms(key: str) -> list[str]:
        return [" ".join(normalize_str(f).split()) for f in data[key]["forms"]]

    return CoreferenceWords(
        ordinals=frozenset(forms("ordinal")),
        copulas=frozenset(forms("copula")),
        separate=tuple(forms("separate")),
        paraphrase=tuple(frozenset(EventType(t) for t in p["types"]) for p in data.get("paraphrase", [])),
        paraphrase_any=frozenset(EventType(t) for t in data.get("paraphrase_any", {}).get("types", [])),
        continuation=frozenset(
            normalize_str(f).strip() for f in data.get("continuation", {}).get("forms", [])
        ),
        shift=tuple(f" {f} " for f in forms("shift")) if "shift" in data else (),
        weapons={
            EventType(w["event"]): frozenset(EventType(t) for t in w["instruments"])
            for w in data.get("weapons", [])
        },
        window=int(data.get("retelling", {}).get("sentences", 1)),
        either_group=frozenset(forms("either_group")) if "either_group" in data else frozenset(),
    )


def paraphrases(earlier: EventType, later: EventType, *, later_weak: bool = False) -> bool:
    """Whether a report of type ``later`` (``later_weak``: made of weak words only) can tell again the
    incident reported as ``earlier`` (see ``coreference.toml`` ``[[paraphrase]]``)."""
    if earlier is later:
        return True
    words = coreference_words()
    same_group = group_of(earlier) == group_of(later)
    if same_group and (later_weak or earlier in words.paraphrase_any or later in words.paraphrase_any):
        return True
    return _paraphrase_set(earlier, later)


def _paraphrase_set(earlier: EventType, later: EventType) -> bool:
    """The two types share a ``[[paraphrase]]`` set of ``coreference.toml``."""
    return any(earlier in s and later in s for s in coreference_words().paraphrase)


@dataclass(frozen=True, slots=True)
class Reference:
    """How a report was found, for coreference: ``sentence`` is its sentence's index in the document;
    ``describes``: its cluster has only weapon, casualty or participant words; ``responsibility``: its
    sentence claims, accuses or denies."""

    sentence: int
    describes: bool = False
    responsibility: bool = False
    weak: bool = False  # the cluster has only weak words ("exploded", "killing")
    # the types of every word of the cluster: "واستخدم الطرفان ... قذائف الهاون، وأسفرت المواجهات عن"
    # is typed shelling by its weapon, but its weak word "المواجهات" names the clash just reported
    types: frozenset[EventType] = frozenset()
    # the types of the cluster's weapon words ("a roadside bomb", "warplanes"), which must fit the
    # means of the incident they would describe (coreference.toml [[weapons]])
    instruments: frozenset[EventType] = frozenset()
    # normalized document offsets of the cluster's event words, for a definite one that is not the
    # anchor ("the explosion was caused by a car packed with explosives")
    event_spans: tuple[tuple[int, int], ...] = ()
    # one of several incidents its sentence tells (reading.split_incidents): it names no other incident
    # of its own sentence
    apart: bool = False
    # only casualty words ("Two dozen protesters and six policemen were injured"): next to a protest, the
    # toll of that protest, not an attack of its own
    casualties_only: bool = False
    # a later incident by a stated interval ("Two days later, a roadside bomb killed ...", "وفي اليوم
    # التالي، ..."; extract/elapsed.py): a new incident even when told only by its weapon
    sequel: bool = False

    @property
    def back(self) -> bool:
        return self.describes or self.responsibility


def refers_back(cluster: TriggerCluster, sentence: int, *, responsibility: bool) -> Reference:
    """A mention that describes an incident rather than reporting one: only weapon, casualty or
    participant words ("the shells fell on two villages", "a fourth passenger was wounded", "the
    protesters carried banners"), or any trigger in a sentence that claims, accuses or denies
    ("IS claimed the attack", "اتهم المجلس ... بالوقوف وراء التفجير"). Either is merged into an
    earlier compatible event of the document when there is one, and stays an event otherwise. A
    describing mention in the sentence of its antecedent or the next one attaches to it whatever
    other date or place its sentence names (the funeral today, the hospital the wounded reached)."""
    return Reference(
        sentence=sentence,
        describes=cluster.describes_only,
        responsibility=responsibility,
        weak=not cluster.strong,
        types=frozenset(h.event_type for h in cluster.hits),
        instruments=frozenset(h.event_type for h in cluster.hits if h.mention == INSTRUMENT),
        event_spans=tuple((h.nstart, h.nend) for h in cluster.hits if h.mention == EVENT),
        casualties_only=all(h.mention == CASUALTY for h in cluster.hits),
    )


def _normalized(text: str, norm: NormalizedText | None, start: int, end: int) -> str:
    """``normalize_str(text[start:end])``; with ``norm`` (``normalize(text)``) a slice of it, since
    normalization maps each character on its own (no normalize call per report)."""
    if norm is None:
        return normalize_str(text[start:end])
    offsets = norm.offsets
    nstart = bisect_left(offsets, start)
    return norm.text[nstart : bisect_left(offsets, end, lo=nstart)]


def _words_before(text: str, start: int, n: int, norm: NormalizedText | None = None) -> list[str]:
    return _normalized(text, norm, max(0, start - 60), start).split()[-n:]


def _word_after(text: str, end: int, norm: NormalizedText | None = None) -> str:
    words = _normalized(text, norm, end, min(len(text), end + 40)).split()
    return words[0] if words else ""


def is_anaphoric(report: EventReport, text: str, norm: NormalizedText | None = None) -> bool:
    """The trigger is a definite/demonstrative noun phrase and nothing marks it as a new incident.
    ``norm``, when given, is ``normalize(text)`` (read instead of normalizing windows again)."""
    span = report.trigger.span
    if norm is not None and report.trigger.quote == text[span.start : span.end]:
        trigger = _normalized(text, norm, span.start, span.end).strip()
    else:
        trigger = normalize_str(report.trigger.quote).strip()
    if not trigger:
        return False
    return _definite(
        trigger,
        _words_before(text, report.trigger.span.start, 3, norm),
        lambda: _word_after(text, report.trigger.span.end, norm),
    )


def _definite(trigger: str, words_before: list[str], word_after: Callable[[], str]) -> bool:
    """``trigger`` (normalized) is a definite or demonstrative noun that names no new incident, given
    the (up to three) normalized words before it and a reader of the word after it."""
    # cheapest test first: the determiners are no new-event markers, so a trigger with neither an
    # article nor a determiner before it is not anaphoric whatever follows it
    first = trigger.split()[0]
    arabic = "\u0600" <= first[0] <= "\u06ff"
    before = [w.strip(".,;:\"'()") for w in words_before]
    if _ordinal_of_current(before):
        return True
    if before and before[-1] in _NEW_EVENT_MARKERS:
        return False
    definite = arabic and first.startswith(_ARTICLE_TUPLE) and any(
        first.startswith(p) and len(first) > len(p) + 2 for p in ARTICLE_PREFIXES
    )  # one C-level prefix test first: most words carry no article
    demonstrative = bool(before) and before[-1] in (_AR_DEMONSTRATIVES if arabic else _EN_DETERMINERS)
    if not demonstrative and not arabic and len(before) >= 2 and before[-1].endswith(("ed", "ly")):
        # one participle or "-ly" adjective between: "the thwarted attack", "the deadly bombing"
        demonstrative = before[-2] in _EN_DETERMINERS
    if not definite and not demonstrative:
        return False
    after = word_after().strip(".,;:\"'")
    if demonstrative and after in coreference_words().ordinals:
        return True  # "هذا الهجوم الثالث من نوعه": this (the reported) attack is the third
    return after not in _NEW_EVENT_MARKERS


def definite_at(ntext: str, nstart: int, nend: int) -> bool:
    """The event word at ``[nstart, nend)`` of the normalized document text is a definite or demonstrative
    noun that names no new incident ("the attack", "الهجوم", "this bombing")."""
    trigger = ntext[nstart:nend].strip()
    return bool(trigger) and _definite(
        trigger,
        ntext[max(0, nstart - 60) : nstart].split()[-3:],
        lambda: (ntext[nend : nend + 40].split() or [""])[0],
    )


def _definite_word(ref: Reference, norm: NormalizedText | None) -> bool:
    """An event word of the report's cluster other than its anchor is a definite noun ("officials said
    the explosion was caused by a car packed with explosives")."""
    if norm is None:
        return False
    return any(definite_at(norm.text, nstart, nend) for nstart, nend in ref.event_spans)


def _ordinal_of_current(before: list[str]) -> bool:
    """ "وهي ثاني محاولة اغتيال", "this is the fourth such attack": a copula or demonstrative, then an
    ordinal, then the trigger: the sentence counts the incident just reported, it names no new one."""
    words = coreference_words()
    tail = [w for w in before if w != "such"]
    for i in range(len(tail) - 1, 0, -1):
        if tail[i] in words.ordinals:
            return tail[i - 1] in words.copulas and i >= len(tail) - 2
    return False


def _certainty_fits(antecedent: Certainty, anaphor: Certainty) -> bool:
    """Whether a mention of certainty ``anaphor`` can name an incident reported as ``antecedent``."""
    return (
        antecedent is anaphor
        or (antecedent is Certainty.ASSERTED and anaphor in _DESCRIBES_ASSERTED)
        or (anaphor is Certainty.ASSERTED and antecedent in _ASSERTED_CAN_NAME)
    )


def _compatible(
    antecedent: EventReport,
    anaphor: EventReport,
    text: str,
    *,
    adjacent: bool = False,
    paraphrase: bool = False,
    weak: bool = False,
    sentence_wide: bool = False,
    word_types: frozenset[EventType] = frozenset(),
    responsibility: bool = False,
    toll: bool = False,
    either: bool = False,
) -> bool:
    """Whether ``anaphor`` can be the same incident as ``antecedent``; ``toll``: the anaphor is only
    casualty words next to its antecedent, which may then be a protest (the injured of a rally whose
    crowd clashed with the police are its toll, not an attack of their own); ``either``: the anaphor is a
    definite word of both the violence and the arrest groups ("the raids"), which may name either;
    ``adjacent``: a describing mention next to its antecedent, where only the group and the certainty
    are checked;
    ``paraphrase``: the types must pair (:func:`paraphrases`; ``weak``: the anaphor has weak words
    only; ``word_types``: the types of the anaphor's other words, any of which may pair) instead of
    sharing a group;
    ``responsibility``: a claim, accusation or denial, whose places before its incident noun belong to
    the parties ("اتهم المجلس خلايا مرتبطة بتركيا بالوقوف وراء التفجير": Turkey is no place of the
    bombing), so only places after the noun count;
    ``sentence_wide``: a date or place anywhere in the anaphor's sentence counts (a definite noun or a
    claim is checked on its own clause only: "the attack, which IS claimed on Sunday")."""
    if paraphrase:
        # the cluster's other words pair only by their own type ("المواجهات" = the clash), never
        # through the generic word ("مقتل" would pair a new shooting with any violent incident)
        if not paraphrases(antecedent.event_type, anaphor.event_type, later_weak=weak) and not any(
            t is antecedent.event_type or _paraphrase_set(antecedent.event_type, t) for t in word_types
        ):
            return False
    elif group_of(antecedent.event_type) != group_of(anaphor.event_type) and not (
        (toll and adjacent and antecedent.event_type is EventType.PROTEST)
        or (either and {group_of(antecedent.event_type), group_of(anaphor.event_type)} == _EITHER)
    ):
        return False
    if not _certainty_fits(antecedent.certainty, anaphor.certainty):
        return False
    if adjacent:
        return not _framed_elsewhere(antecedent, anaphor, text)
    start, end = (
        (anaphor.sentence.span.start, anaphor.sentence.span.end) if sentence_wide else _clause(anaphor, text)
    )
    a, b = antecedent.date, anaphor.date
    if (
        # the cheap date tests first: the clause is read for words only when the dates differ
        a is not None
        and b is not None
        and a.resolved_from != "publication"
        and b.resolved_from in ("explicit", "relative")
        and (b.evidence is None or start <= b.evidence.span.start < end)
        and (b.end < a.start or a.end < b.start)
        and not _toll_update(anaphor)  # "ارتفعت حصيلة ضحايا القصف صباح اليوم": the day of the update
        and not _continues(anaphor, text)  # "وتوقفت الاشتباكات صباح الاثنين": the day it ended
        and not _counted(anaphor, text)  # "The rocket attack was the third this month": the series' span
    ):
        return False
    if responsibility:
        start = max(start, anaphor.trigger.span.end)
    # a place the antecedent is only near ("shelled a village near Manbij") is a landmark: the later
    # mention may name the spot itself ("the shelling of the village of Arab Hassan")
    # nor is a wire dateline ("DEIR EZ-ZOR (Reuters) - fighters attacked villages east of the river"):
    # it says where the reporter files from
    a_places = {normalize_str(p.text) for p in _sited(antecedent, dateline_end(text))}
    b_places = {
        normalize_str(p.text)
        for p in anaphor.places
        if start <= p.evidence.span.start and p.evidence.span.end <= end
    }
    return not (a_places and b_places and not a_places & b_places)


_NEAR = "near"  # places.py qualifier of a place given as a landmark ("near X", "قرب X")

# "وفي بلدة البصيرة المجاورة، أصيب تاجر ...": a sentence that opens with "in <place>" sets a scene.
_FRAME_OPENERS = frozenset({"في", "وفي", "in", "elsewhere"})


def _sited(report: EventReport, filed: int) -> list[PlaceMention]:
    """The report's places that say where it happened: not a landmark it was near ("near Manbij") nor
    the wire dateline (which ends at ``filed``)."""
    return [p for p in report.places if p.qualifier != _NEAR and p.evidence.span.start >= filed]


def _framed_elsewhere(antecedent: EventReport, anaphor: EventReport, text: str) -> bool:
    """The anaphor's sentence opens with a place frame ("وفي بلدة البصيرة المجاورة، أصيب تاجر") naming
    places before its trigger that the antecedent lacks: a casualty word next to an incident belongs to
    it whatever hospital or funeral its sentence names later, but not when a new scene is set first."""
    head = normalize_str(text[anaphor.sentence.span.start : anaphor.trigger.span.start]).split()
    if not head or head[0].strip(".,،") not in _FRAME_OPENERS:
        return False
    a_places = {normalize_str(p.text) for p in antecedent.places}
    framed = {
        normalize_str(p.text)
        for p in anaphor.places
        if anaphor.sentence.span.start <= p.evidence.span.start < anaphor.trigger.span.start
    }
    return bool(a_places and framed and not a_places & framed)


def _continues(report: EventReport, text: str) -> bool:
    """The report's clause says the incident went on or ended ("وتوقفت الاشتباكات صباح الاثنين",
    "the clashes ended on Monday"): a later day there is the day it ended, not another incident."""
    start, end = _clause(report, text)
    words = {w.strip(".,،;:") for w in normalize_str(text[start:end]).split()}
    return bool(words & coreference_words().continuation)


def _counted(report: EventReport, text: str) -> bool:
    """The report's clause, after its trigger, counts it in a series with a copula and an ordinal ("The
    rocket attack was the third on the base this month"): a period there is the series', not the
    incident's day."""
    _, end = _clause(report, text)
    words = [w.strip(".,،;:") for w in normalize_str(text[report.trigger.span.end : end]).split()]
    found = coreference_words()
    return any(w in found.ordinals and i > 0 and words[i - 1] in found.copulas for i, w in enumerate(words))


def _clause(report: EventReport, text: str) -> tuple[int, int]:
    """The original-text bounds of the report's trigger clause (between punctuation marks)."""
    span = report.trigger.span
    lo = report.sentence.span.start
    hi = report.sentence.span.end
    before = [m.end() for m in _CLAUSE_EDGE.finditer(text, lo, span.start)]
    after = _CLAUSE_EDGE.search(text, span.end, hi)
    return (before[-1] if before else lo), (after.start() if after else hi)


def _separate_incident(report: EventReport, text: str, norm: NormalizedText | None) -> bool:
    """The anaphor's sentence, up to its trigger, opens a separate incident ("وفي حادثة منفصلة")."""
    head = " ".join(_normalized(text, norm, report.sentence.span.start, report.trigger.span.start).split())
    return any(phrase in head for phrase in coreference_words().separate)


def _toll_update(report: EventReport) -> bool:
    """The report's sentence says a toll rose ("the death toll later rose to four"): its figures are
    marked ``update`` by the casualty reader (lexicons/casualties.toml ``update``)."""
    return any(c.update for c in report.casualties)


def _merge(antecedent: EventReport, anaphor: EventReport, filed: int = 0) -> EventReport:
    """``anaphor`` merged into ``antecedent``; ``filed``: where the document's wire dateline ends (an
    antecedent placed only by it or by a landmark also takes the places the anaphor names)."""
    casualties = combine_casualties(antecedent.casualties, anaphor.casualties)  # a rising toll replaces
    seen = {(a.kind, a.source, a.evidence.span.start) for a in antecedent.attributions}
    attributions = antecedent.attributions + tuple(
        a for a in anaphor.attributions if (a.kind, a.source, a.evidence.span.start) not in seen
    )
    date = antecedent.date
    if anaphor.date is not None and (date is None or date.resolved_from == "publication"):
        date = anaphor.date
    certainty = antecedent.certainty
    if certainty is Certainty.ALLEGED and anaphor.certainty is Certainty.ASSERTED:
        certainty = Certainty.ASSERTED  # the incident itself is asserted; the accusation was of a role
    return dataclasses.replace(
        antecedent,
        certainty=certainty,
        certainty_evidence=antecedent.certainty_evidence if certainty is antecedent.certainty else None,
        perpetrator=_merged_perpetrator(antecedent, anaphor),
        target=_better(antecedent.target, anaphor.target),
        casualties=casualties,
        attributions=attributions,
        places=_merged_places(antecedent, anaphor, filed),
        date=date,
    )


def _merged_places(antecedent: EventReport, anaphor: EventReport, filed: int) -> tuple[PlaceMention, ...]:
    if not antecedent.places:
        return anaphor.places
    if _sited(antecedent, filed):
        return antecedent.places
    # "DEIR EZ-ZOR (Reuters) - fighters attacked ... an attack on its positions in Dhiban": the spot
    seen = {normalize_str(p.text) for p in antecedent.places}
    return antecedent.places + tuple(p for p in anaphor.places if normalize_str(p.text) not in seen)


def _better(kept: ActorMention | None, other: ActorMention | None) -> ActorMention | None:
    """The antecedent's actor unless it lacks one or is only uncatalogued words ("موقع") and the
    anaphor names a catalogued one ("the strike killed an IS commander")."""
    if kept is None or (kept.actor_id is None and other is not None and other.actor_id is not None):
        return other if other is not None else kept
    return kept


def _merged_perpetrator(antecedent: EventReport, anaphor: EventReport) -> ActorMention | None:
    """A claim of responsibility in the anaphor's sentence (its perpetrator is the claimant, recorded
    as a claims_responsibility attribution) names the actor behind an incident told only by a class
    of actors ("a bomber ... the attack, which IS claimed"); otherwise :func:`_better`."""
    kept, claimant = antecedent.perpetrator, anaphor.perpetrator
    if (
        claimant is not None
        and claimant.actor_id is not None
        and (kept is None or kept.actor_id is None or kept.actor_id in generic_actor_ids())
        and any(
            a.kind is AttributionKind.CLAIMS_RESPONSIBILITY and a.actor_id == claimant.actor_id
            for a in anaphor.attributions
        )
    ):
        return claimant
    return _better(kept, claimant)


def merge_anaphora(
    reports: Sequence[EventReport],
    text: str,
    norm: NormalizedText | None = None,
    back: Sequence[Reference] = (),
) -> tuple[list[EventReport], int]:
    """Merge anaphoric reports into their antecedents; returns (reports, number merged).

    ``reports`` are one document's, in text order; ``text`` is the document's original text and
    ``norm``, when given, ``normalize(text)``; ``back[i]`` says how report ``i`` was found
    (:func:`refers_back`): a describing or responsibility mention refers back whatever its wording,
    and any report may be a paraphrase of an event mentioned in the previous sentence.
    """
    out: list[EventReport] = []
    seen: list[set[int]] = []  # per report in ``out``: the sentence indexes that mention it
    generic: list[bool] = []  # per report in ``out``: told only by weak words of no means ("killed")
    merged = 0
    filed = dateline_end(text)
    by_sentence: dict[TextSpan, list[EventReport]] = {}  # the reports of each sentence, for _borrowed_date
    for report in reports:
        by_sentence.setdefault(report.sentence.span, []).append(report)
    for k, report in enumerate(reports):
        ref = back[k] if k < len(back) else None
        # "Lawyers went on strike on Tuesday to protest the killing": the day is the protest's; the
        # killing it names is checked (and merged) without it
        borrowed = _borrowed_date(report, by_sentence[report.sentence.span])
        probe = dataclasses.replace(report, date=None) if borrowed else report
        target = _antecedent(out, seen, probe, ref, text, norm) if out else None
        if target is None:
            out.append(report)
            seen.append({ref.sentence} if ref is not None else set())
            generic.append(ref is not None and ref.weak and report.event_type is EventType.ARMED_ATTACK)
            continue
        means = None
        if generic[target] and ref is not None and not ref.weak and not ref.describes:
            means = _specific_means(out[target], report)
        out[target] = _merge(out[target], probe, filed)
        if means is not None:
            # "Gunmen killed a tribal elder ... He was shot several times": the retelling names the means
            out[target] = dataclasses.replace(out[target], event_type=means)
            generic[target] = False
        if ref is not None:
            seen[target].add(ref.sentence)
        merged += 1
    return out, merged


def _borrowed_date(report: EventReport, reports: Sequence[EventReport]) -> bool:
    """The report's date is read from the same words as that of a report of another group in its
    sentence ("The murder sparked protests by lawyers on Tuesday", "Lawyers went on strike on Tuesday to
    protest the killing"): the day belongs to the protest or the arrest, not to the incident it names.
    ``reports``: the document's reports of the report's sentence (others cannot share the words)."""
    date = report.date
    if date is None or date.evidence is None:
        return False
    group = group_of(report.event_type)
    return any(
        other is not report
        and other.sentence.span == report.sentence.span
        and group_of(other.event_type) != group
        and other.date is not None
        and other.date.evidence is not None
        and other.date.evidence.span == date.evidence.span
        for other in reports
    )


def _antecedent(
    out: list[EventReport],
    seen: list[set[int]],
    report: EventReport,
    ref: Reference | None,
    text: str,
    norm: NormalizedText | None,
) -> int | None:
    """The index in ``out`` of the event ``report`` names again, or None when it is a new one."""
    if _separate_incident(report, text, norm) or (ref is not None and ref.sequel):
        return None
    at = report.trigger.span.start
    # lazy: the search below usually stops at the nearest compatible event (each branch iterates once)
    earlier = (
        i
        for i in range(len(out) - 1, -1, -1)
        if out[i].trigger.span.start < at and not (ref is not None and ref.apart and ref.sentence in seen[i])
    )
    definite = is_anaphoric(report, text, norm) or (ref is not None and _definite_word(ref, norm))
    # a new scene ("Meanwhile, ...", "In nearby Tafas, ...", "Gunmen also shot dead ...") opens a
    # report that no paraphrase or weapon word joins to the incident before it
    shifted = ref is not None and _shifted(report, text, norm)
    if (ref is not None and ref.back) or definite:
        describes = ref is not None and ref.describes
        armed = describes and ref is not None and bool(ref.instruments) and not definite
        if armed and shifted:
            return None
        for i in earlier:
            if armed and ref is not None and not _weapon_fits(out[i].event_type, ref.instruments):
                continue  # "a roadside bomb wounded two soldiers" is no weapon of a shooting
            adjacent = describes and ref is not None and bool({ref.sentence, ref.sentence - 1} & seen[i])
            wide = describes and not definite  # "were killed ... hit a landmine": the sentence's day
            if _compatible(
                out[i],
                report,
                text,
                adjacent=adjacent,
                sentence_wide=wide,
                responsibility=ref is not None and ref.responsibility,
                toll=ref is not None and ref.casualties_only,
                either=definite and _either_group(report, text, norm),
            ):
                return i
        return None
    if ref is None or shifted:
        return None
    # a paraphrase: a following sentence tells the same incident again in other words; the next
    # sentence may retell any event it follows, a later one (within the [retelling] window) only the
    # latest event reported, with nothing in between
    window = coreference_words().window
    for i in earlier:
        if ref.sentence - 1 in seen[i]:
            if _compatible(
                out[i], report, text, paraphrase=True, weak=ref.weak, sentence_wide=True, word_types=ref.types
            ):
                return i
        elif (
            i == len(out) - 1
            and any(ref.sentence - k in seen[i] for k in range(2, window + 1))
            and _retells(out[i].event_type, ref.types)
            and _compatible(out[i], report, text, paraphrase=True, sentence_wide=True, word_types=ref.types)
        ):
            return i
    return None


_EITHER = {"violence", "arrest"}


def _either_group(report: EventReport, text: str, norm: NormalizedText | None) -> bool:
    """The report's trigger is a word of both groups (coreference.toml [either_group]: "raid")."""
    span = report.trigger.span
    word = " ".join(_normalized(text, norm, span.start, span.end).split())
    return word in coreference_words().either_group


def _retells(earlier: EventType, types: frozenset[EventType]) -> bool:
    """A word of a later cluster names the means of the ``earlier`` incident: its own type or one of a
    shared ``[[paraphrase]]`` set (a retelling sentences later must name it so; the generic "attack" or a
    weak word pairs only in the next sentence)."""
    return any(t is earlier or _paraphrase_set(earlier, t) for t in types)


def _specific_means(antecedent: EventReport, anaphor: EventReport) -> EventType | None:
    """The type of a strong retelling that names the means of an incident first told only as a killing
    ("Gunmen killed ... He was shot"), when it is a specific violent type; None otherwise."""
    later = anaphor.event_type
    if later is EventType.ARMED_ATTACK or group_of(later) != group_of(antecedent.event_type):
        return None
    return later


def _weapon_fits(event: EventType, instruments: frozenset[EventType]) -> bool:
    """Whether a weapon word of one of the types ``instruments`` can be the means of an ``event``
    (coreference.toml [[weapons]]; a type not listed there takes any weapon)."""
    allowed = coreference_words().weapons.get(event)
    return allowed is None or bool(instruments & allowed)


def _shifted(report: EventReport, text: str, norm: NormalizedText | None) -> bool:
    """The report's sentence, up to its trigger, sets a new scene (coreference.toml [shift])."""
    shift = coreference_words().shift
    if not shift:
        return False
    head = _normalized(text, norm, report.sentence.span.start, report.trigger.span.start)
    head = " " + " ".join(w.strip(".,،;:") for w in head.split()) + " "
    return any(phrase in head for phrase in shift)


# ------------------------------------------------------------------ document-level roles


@dataclass(frozen=True, slots=True)
class StanceWords:
    """``[claim]`` and ``[accusation]`` of ``lexicons/coreference.toml``, normalized and padded."""

    claim: tuple[str, ...]
    accusation: tuple[str, ...]
    mutual: tuple[str, ...]


# Words just before a claim cue that deny it: "No group claimed the bombing", "ولم تتبن أي جهة".
_NO_CLAIM = frozenset({"no", "not", "never", "nobody", "none", "yet", "لم", "ولم", "لا", "ولا", "without"})


@cache
def stance_words() -> StanceWords:
    data = load_lexicon("coreference")

    def padded(forms: list[str]) -> tuple[str, ...]:
        return tuple(f" {' '.join(normalize_str(f).split())} " for f in forms)

    return StanceWords(
        claim=padded(data["claim"]["forms"]),
        accusation=padded(data["accusation"]["forms"]),
        mutual=padded(data["accusation"].get("mutual", [])),
    )


def _first_cue(padded: str, forms: tuple[str, ...]) -> int | None:
    """Offset in the unpadded text of the earliest form (word-bounded) in ``padded``."""
    if not forms:
        return None
    found = _alternation(forms).search(padded)
    return found.start() if found is not None else None


@cache
def _alternation(forms: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a list of literal forms: its leftmost match starts where the earliest form
    does (one scan of the sentence instead of one ``str.find`` per form)."""
    return re.compile(alternation(forms))


def _claim_denied(ntext: str, at: int) -> bool:
    return any(w in _NO_CLAIM for w in ntext[:at].split()[-3:])


def stance_cue(ntext: str) -> bool:
    """The sentence has a claim or accusation word of ``[claim]``/``[accusation]`` (cheap test first)."""
    forms = _stance_forms()
    return bool(forms) and _alternation(forms).search(f" {ntext.lower()} ") is not None


@cache
def _stance_forms() -> tuple[str, ...]:
    """Every padded form of :func:`stance_words`, joined once (not per sentence)."""
    words = stance_words()
    return words.claim + words.accusation + words.mutual


def stance_roles(
    report: EventReport,
    mentions: Sequence[ActorMention],
    ntext: str,
    to_original: Callable[[int], int],
    *,
    claim_at: int | None = None,
) -> EventReport:
    """The perpetrator of a violent report in a sentence that claims or accuses, read from the
    claim or the accusation rather than from the event's own clause.

    ``ntext`` is the report's normalized sentence, ``claim_at`` the offset in it of a claim cue of
    the cue lexicon (``[claims]``), ``mentions`` the sentence's actor phrases and ``to_original`` maps
    a normalized offset of the sentence to the document's original text. A claim names the claimant,
    the named actor nearest its cue, as the perpetrator and records it as a claims_responsibility
    attribution (the claimant's word, not the writer's); a denied claim ("No group claimed ...") names
    nobody. An actor before an accusation cue is the accuser, never the perpetrator: the accused after
    the cue takes its place, and sides that "traded accusations" leave it empty (only when the event is
    named after the cue: the accusation is then of this incident)."""
    if group_of(report.event_type) != "violence":
        return report
    words = stance_words()
    padded = f" {ntext.lower()} "
    if claim_at is None:
        claim_at = _first_cue(padded, words.claim)
    if claim_at is not None:
        if _claim_denied(ntext, claim_at):  # "No group claimed the bombing, but IS is active": nobody
            return dataclasses.replace(report, perpetrator=None)
        generic = generic_actor_ids()
        at = to_original(claim_at)
        tspan = report.target.evidence.span if report.target is not None else None
        named = [
            m for m in mentions if m.actor_id and m.actor_id not in generic and m.evidence.span != tspan
        ]
        if not named:
            return report
        who = min(named, key=lambda m: min(abs(m.evidence.span.start - at), abs(m.evidence.span.end - at)))
        attrs = report.attributions
        claims = AttributionKind.CLAIMS_RESPONSIBILITY
        if not any(a.kind is claims and a.actor_id == who.actor_id for a in attrs):
            attrs += (
                Attribution(
                    kind=AttributionKind.CLAIMS_RESPONSIBILITY,
                    source=who.text,
                    actor_id=who.actor_id,
                    evidence=who.evidence,
                ),
            )
        return dataclasses.replace(
            report, perpetrator=dataclasses.replace(who, role=Role.PERPETRATOR), attributions=attrs
        )
    perp = report.perpetrator
    if perp is None:
        return report
    # the accusation is of this incident when the event is named after its cue ("accused Y of the
    # bombing"), not when the cue is in a clause about its victims ("executed two men they accused of")
    trigger = report.trigger.span.start
    mutual = _first_cue(padded, words.mutual)
    if mutual is not None and perp.evidence.span.start < to_original(mutual) < trigger:
        return dataclasses.replace(report, perpetrator=None)
    accused_at = _first_cue(padded, words.accusation)
    if accused_at is None:
        return report
    at = to_original(accused_at)
    if not perp.evidence.span.start < at < trigger:
        return report
    tspan = report.target.evidence.span if report.target is not None else None
    after = [m for m in mentions if m.evidence.span.start > at and m.evidence.span != tspan]
    accused = min(after, key=lambda m: m.evidence.span.start) if after else None
    return dataclasses.replace(
        report, perpetrator=dataclasses.replace(accused, role=Role.PERPETRATOR) if accused else None
    )


# Words inside a casualty figure that make an actor there the agent, not the victims' side: "two
# killed by IS gunmen", "مقتل شاب على يد مسلحين", "برصاص قناص".
_AGENT_WORDS = frozenset({"by", "hands", "when", "as", "after", "على", "يد", "بيد", "برصاص", "بنيران", "اثر"})
# A figure longer than this many words is a clause, not a victims' phrase ("two members ... were
# killed on Monday when IS militants attacked"): an actor in it may be the attacker.
_FIGURE_WORDS = 4
# Figures of the dead and wounded; a figure of people taken ("اختطف مجهولون طفلاً") holds the taker.
_HARMED = frozenset({CasualtyKind.KILLED, CasualtyKind.INJURED})
# How many words of ``[victim_link]`` may stand between a figure and the victims' actor.
_VICTIM_GAP = 3


@cache
def _victim_links() -> frozenset[str]:
    data = load_lexicon("coreference")
    return frozenset(normalize_str(f).strip() for f in data["victim_link"]["forms"])


def victims_as_targets(report: EventReport, text: str) -> EventReport:
    """A perpetrator read inside, or just after, one of the report's casualty figures ("leaving two
    soldiers dead", "أسفرت عن مقتل قيادي في تنظيم X") names the side of the dead or wounded: it is the
    target (when the report has none, or only uncatalogued words), never the perpetrator. Clashes are
    left alone: both sides there fight and die."""
    perp = report.perpetrator
    if perp is None or not report.casualties or report.event_type is EventType.ARMED_CLASH:
        return report
    at = perp.evidence.span.start
    for c in report.casualties:
        start, end = c.evidence.span.start, c.evidence.span.end
        if c.kind not in _HARMED or not start <= at:
            continue
        if at < end:
            words = normalize_str(text[start:at]).split()
            if len(normalize_str(text[start:end]).split()) > _FIGURE_WORDS or _AGENT_WORDS & set(words):
                continue
        else:
            gap = text[end:at]
            words = normalize_str(gap).lower().split()
            if _CLAUSE_EDGE.search(gap) or len(words) > _VICTIM_GAP or not set(words) <= _victim_links():
                continue
        target = report.target
        if target is None or target.actor_id is None:
            target = dataclasses.replace(perp, role=Role.TARGET)
        return dataclasses.replace(report, perpetrator=None, target=target)
    return report


@dataclass(frozen=True, slots=True)
class IdentityWords:
    """``[identity]`` of ``lexicons/coreference.toml``, normalized and padded."""

    attackers: tuple[str, ...]
    cues: tuple[str, ...]


@cache
def identity_words() -> IdentityWords:
    data = load_lexicon("coreference")["identity"]

    def padded(forms: list[str]) -> tuple[str, ...]:
        return tuple(f" {' '.join(normalize_str(f).split())} " for f in forms)

    return IdentityWords(attackers=padded(data["attackers"]), cues=padded(data["cues"]))


def identity_cue(ntext: str) -> int | None:
    """Offset in the normalized sentence of a membership cue that follows a word for the attackers
    ("The attackers were members of", "المسلحون ينتمون"), or None (cheap test first)."""
    words = identity_words()
    padded = f" {ntext.lower()} "
    cue = _first_cue(padded, words.cues)
    if cue is None:
        return None
    before = padded[: cue + 1]
    return cue if any(f in before for f in words.attackers) else None


def identity_candidates(text: str, spans: Sequence[tuple[int, int]]) -> list[bool]:
    """For each of the sorted, disjoint ``spans`` (offsets of the normalized ``text``), whether
    :func:`identity_cue` may find a cue in ``text[start:end]``: the words of a membership cue occur
    inside it (a necessary condition), read with one search per cue over the whole text instead of a
    lower-cased, padded copy and a pattern search per sentence."""
    lower = text.lower()
    if len(lower) != len(text) or "\u03a3" in text:
        # a letter whose lower case is longer moves offsets; a capital sigma's depends on its context
        return [True] * len(spans)
    starts = [a for a, _ in spans]
    out = [False] * len(spans)
    for form in identity_words().cues:
        core = form.strip()
        at = lower.find(core)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            if k >= 0 and at + len(core) <= spans[k][1]:
                out[k] = True
            at = lower.find(core, at + 1)
    return out


def attackers_identity(mentions: Sequence[ActorMention], cue: int, text: str) -> ActorMention | None:
    """The catalogued, non-generic actor nearest after a membership cue (original offset ``cue``) in
    the cue's clause: "The attackers were members of X" -> X; "يعتقد أنها تركية، فيما قالت ... Y"
    names nobody (Y is in another clause)."""
    generic = generic_actor_ids()
    named = [
        m
        for m in mentions
        if m.actor_id
        and m.actor_id not in generic
        and m.evidence.span.start >= cue
        and not _CLAUSE_EDGE.search(text, cue, m.evidence.span.start)
    ]
    return min(named, key=lambda m: m.evidence.span.start) if named else None


def attackers_named(reports: list[EventReport], at: int, who: ActorMention) -> None:
    """A sentence starting at ``at`` (original offset) says the attackers were ``who``
    (:func:`attackers_identity`): it becomes the perpetrator of the latest violent incident before the
    sentence when that incident names no perpetrator, only a class of actors or uncatalogued words
    ("Gunmen attacked ... The attackers were members of X"). ``reports`` (merged) is changed in place."""
    generic = generic_actor_ids()
    for k in range(len(reports) - 1, -1, -1):
        r = reports[k]
        if r.trigger.span.start >= at or group_of(r.event_type) != "violence":
            continue
        kept = r.perpetrator
        if kept is None or kept.actor_id is None or kept.actor_id in generic:
            reports[k] = dataclasses.replace(r, perpetrator=dataclasses.replace(who, role=Role.PERPETRATOR))
        return
