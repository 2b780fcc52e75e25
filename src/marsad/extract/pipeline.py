"""Document extraction: one pure function from a Document to its EventReports and TallyClaims.

Per document: normalize once, detect the language, split sentences. Per sentence: triggers and
their clusters, certainty, attribution, then either a tally claim (a counting sentence yields no
incident events) or one EventReport per trigger cluster with perpetrator/target, casualties, places
and a date. With ``load_resources(use_model=True)``, asserted Arabic violence or protest mentions
that the incident model reads as "not a specific incident" (commentary, definitions, metaphors) are
dropped and counted in ``Extraction.notes``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from typing import Protocol, Self, TypeVar

from marsad.extract.attribution import find_attributions
from marsad.extract.casualties import casualty_matchers, combine_casualties, find_casualties
from marsad.extract.collaborators import Collaborators, load_collaborators
from marsad.extract.context import DocumentContext, PlaceNameSource, SentenceContext
from marsad.extract.coreference import (
    Reference,
    attackers_identity,
    attackers_named,
    coreference_words,
    identity_candidates,
    identity_cue,
    merge_anaphora,
    refers_back,
    stance_cue,
    stance_roles,
    victims_as_targets,
)
from marsad.extract.cues import CueLexicon, cue_lexicon
from marsad.extract.detect import LinearModel, load_detectors
from marsad.extract.elapsed import DateFinder, Governed, elapsed_date, split_at_intervals
from marsad.extract.language import detect_language
from marsad.extract.lexicon_files import lexicon_language, load_lexicon
from marsad.extract.places import dateline_end
from marsad.extract.reading import (
    TASK_GROUP,
    ClusterReading,
    SentenceReading,
    detector_features,
    read_sentence,
    split_incidents,
)
from marsad.extract.role_reading import protesters_by_default, read_roles
from marsad.extract.specificity import (
    charge_cues,
    charge_of_an_arrest,
    charge_spans,
    generic_cues,
    is_specific,
    threat_content,
    weapons_of_a_detention,
)
from marsad.extract.tallies import Count, Period, carry_context, find_tallies, tally_matchers, tally_nouns
from marsad.extract.triggers import CASUALTY, TriggerLexicon, group_of, trigger_lexicon
from marsad.model import (
    ActorMention,
    Attribution,
    CasualtyFigure,
    Document,
    EventDate,
    EventReport,
    Evidence,
    Extraction,
    PlaceMention,
    TallyClaim,
)
from marsad.text.dates import date_word_finder, find_dates
from marsad.text.intervals import find_intervals, without_incident
from marsad.text.match import MatcherSet, SharedScan, alternation
from marsad.text.normalize import normalize, normalize_str
from marsad.text.numbers import find_numbers, find_ordinals_in, number_word_finder
from marsad.text.sentences import split_sentences
from marsad.vocab import (
    AttributionKind,
    CasualtyKind,
    Certainty,
    DocumentStatus,
    EventType,
    Language,
    TimePrecision,
)

__all__ = ["ExtractionResources", "extract_batch", "extract_document", "load_resources"]

PRODUCER = "extract.rules.v1"
# The pipeline keeps an asserted mention unless the model is confident it is not an incident.
# The model is trained on Arabic sentences, so it only gates Arabic text.
GATE_FACTOR = 0.5
_LEAD_SENTENCES = 2


@dataclass(frozen=True, slots=True, eq=False)
class ExtractionResources:
    """Everything built once and reused for every document (matchers, catalogs, models)."""

    triggers: dict[str, TriggerLexicon]
    cues: dict[str, CueLexicon]
    models: dict[str, LinearModel]
    collaborators: Collaborators
    scanner: MatcherSet  # the matchers read over whole documents, in one pass per document


def _document_matchers(
    triggers: dict[str, TriggerLexicon], cues: dict[str, CueLexicon], col: Collaborators
) -> MatcherSet:
    """Every matcher that sentence stages read over the document text (see ``LexiconMatcher.find_in``)."""
    matchers: list[SharedScan] = [t.matcher for t in triggers.values()]
    for c in cues.values():
        matchers += [c.certainty, c.reporting, c.stance, c.sources, c.tally_nouns, c.tally_context]
    matchers += col.place_finder.matchers()
    matchers += casualty_matchers()
    matchers += tally_matchers()
    # the word finders that find_dates and find_numbers start from: no scan of their own per document
    matchers += [date_word_finder(), number_word_finder("ar"), number_word_finder("en")]
    return MatcherSet(matchers)


def load_resources(
    place_names: PlaceNameSource | None = None, *, use_model: bool = False
) -> ExtractionResources:
    """Build the matchers, catalogs and models once. ``use_model`` turns on the incident-model gate
    (trained on GSR's ASSAULT/PROTEST notion, stricter than marsad's: it rejects most abductions and
    executions), so it is off by default and the certainty rules decide."""
    triggers = {lang: trigger_lexicon(lang) for lang in ("ar", "en")}
    cues = {lang: cue_lexicon(lang) for lang in ("ar", "en")}
    collaborators = load_collaborators(place_names)
    return ExtractionResources(
        triggers=triggers,
        cues=cues,
        models={k: v for k, v in load_detectors().items() if use_model},
        collaborators=collaborators,
        scanner=_document_matchers(triggers, cues, collaborators),
    )


def extract_batch(docs: Sequence[Document], resources: ExtractionResources) -> list[Extraction]:
    """Extract every document, in order."""
    return [extract_document(d, resources) for d in docs]


@cache
def _statement_date_cue(lang: str) -> re.Pattern[str] | None:
    """``cues_<lang>.toml`` ``[statement_date]``: a reporting verb (and "on", "late on") that ends just
    before a date, on normalized text; None when the lexicon has none."""
    data = load_lexicon(f"cues_{lang}").get("statement_date")
    if not data:
        return None
    verbs = alternation(normalize_str(v) for v in data["verbs"])
    between = alternation(normalize_str(b) for b in data["between"])
    return re.compile(rf"(?<!\w)(?:{verbs})\s+(?:(?:{between})\s+)?$")


def _statement_dates(text: str, dates: list[Period], lang: str) -> frozenset[int]:
    """Indexes of the dates that follow a reporting verb ("said on Monday"): a statement's day."""
    cue = _statement_date_cue(lang)
    if cue is None:
        return frozenset()
    return frozenset(i for i, d in enumerate(dates) if cue.search(text, max(0, d.start - 40), d.start))


# How far before a period an ordinal may stand to make it a tally's ("the second such attempt this month")
_TALLY_REACH = 50
_TALLY_BREAK = re.compile(r"[.;:!?()،؛]")
_WIDE = frozenset({TimePrecision.WEEK, TimePrecision.MONTH, TimePrecision.YEAR})


def _naming_an_incident(
    spans: list[tuple[int, int]], reading: SentenceReading, sctx: SentenceContext, state: _DocState
) -> list[tuple[int, int]]:
    """The charged-incident spans that hold a word of an incident other than an arrest ("arrested six
    suspects in Tell X on Tuesday" tells none: its day is the arrest's), each from its first such word
    or the date right before it ("last month's bombing"): the words between the charge's marker and
    the incident ("six suspects in Tell X on Tuesday in connection with ...") are the arrest's."""
    nstart = sctx.nstart
    hits = sorted(h.nstart - nstart for c in reading.clusters if c.event_type is not EventType.ARREST
                  for h in c.cluster.hits)
    out = []
    for a, b in spans:
        first = next((h for h in hits if a <= h < b), None)
        if first is None:
            continue
        for d in _sentence_dates(sctx, state):
            if a <= d.start - nstart and 0 <= first - (d.end - nstart) <= 3:
                first = d.start - nstart  # "last month's bombing", "Monday's attack"
        out.append((first, b))
    return out


def _tally_periods(text: str, dates: list[Period], lang: str) -> frozenset[int]:
    """Indexes of the week, month and year periods an ordinal counts in ("..., the second such attempt
    this month", "the third attack since early April", "الهجوم الثاني من نوعه هذا الشهر"): a tally's
    period, never the incident's date (the incident keeps its own day, or the document's)."""
    out = set()
    for i, d in enumerate(dates):
        if d.precision not in _WIDE:
            continue
        lo = max(0, d.start - _TALLY_REACH)
        ordinals = find_ordinals_in(text, lo, d.start, language=lang)
        if ordinals and not _TALLY_BREAK.search(text, lo + ordinals[-1].end, d.start):
            out.add(i)
    return frozenset(out)


@dataclass(slots=True)
class _DocState:
    """Per-document working data (local to one call)."""

    dates: list[Period]
    counts: list[Count]
    lead_places: tuple[PlaceMention, ...] = ()
    dropped: int = 0
    generic: int = 0  # clusters read as general statements, statistics, plans or seized weapons
    dates_disjoint: bool = False  # dates in order, none overlapping: their ends are in order too
    date_starts: list[int] = field(default_factory=list)  # the dates' starts and ends, for bisect
    date_ends: list[int] = field(default_factory=list)
    count_starts: list[int] = field(default_factory=list)
    statement: frozenset[int] = frozenset()  # indexes of dates that date a statement, not an incident

    def __post_init__(self) -> None:
        d = self.dates
        self.dates_disjoint = all(d[i].start <= d[i].end <= d[i + 1].start for i in range(len(d) - 1)) and (
            not d or d[-1].start <= d[-1].end
        )
        self.date_starts = [p.start for p in d]
        self.date_ends = [p.end for p in d]
        self.count_starts = [c.start for c in self.counts]


def extract_document(doc: Document, resources: ExtractionResources) -> Extraction:
    """Everything one document says about events, with evidence for each field."""
    if not doc.text.strip():
        return Extraction(document_id=doc.id, status=DocumentStatus.EMPTY)
    language = detect_language(doc.text, doc.language)
    if language not in (Language.AR, Language.EN):
        return Extraction(
            document_id=doc.id,
            status=DocumentStatus.UNSUPPORTED_LANGUAGE,
            notes=("text is neither Arabic nor English",),
        )
    norm = normalize(doc.text)
    resources.scanner.scan(norm.text)  # every document-level matcher's hits, in one pass
    published = doc.published.date() if doc.published else None
    dctx = DocumentContext(
        document_id=doc.id, text=doc.text, norm=norm, language=language, published=published
    )
    col = resources.collaborators
    dates = _document_dates(dctx, language)
    state = _DocState(
        dates=dates,
        counts=_document_counts(dctx, language),
        statement=_statement_dates(norm.text, dates, lexicon_language(language))
        | _tally_periods(norm.text, dates, lexicon_language(language)),
    )
    sentences = _sentences(dctx)
    # the lead sentences' places, found once (reused below)
    lead_found = [col.place_finder.find(s) for s in sentences[:_LEAD_SENTENCES]]
    state.lead_places = tuple(p for found in lead_found for p in found)
    reports: list[EventReport] = []
    back: list[Reference] = []  # per report: how it may refer to an earlier incident
    tallies: list[TallyClaim] = []
    doc_places: list[PlaceMention] = []
    doc_attrs: list[Attribution] = []
    identities: list[tuple[int, ActorMention]] = []  # "The attackers were members of X", per sentence
    # no Latin letter anywhere: a sentence is Arabic as soon as it has an Arabic letter (one C scan each)
    latin_free = _LATIN_LOWER.search(norm.text) is None
    # the sentences whose text holds a membership cue's words (the others have no identity cue)
    maybe_identity = identity_candidates(norm.text, [(s.nstart, s.nend) for s in sentences])
    for i, sctx in enumerate(sentences):
        lang = lexicon_language(_sentence_language(sctx, language, latin_free=latin_free))
        cues = resources.cues[lang]
        reading = read_sentence(sctx, resources.triggers[lang], cues)
        places = list(lead_found[i]) if i < len(lead_found) else col.place_finder.find(sctx)
        doc_places.extend(places)
        stance = _sentence_stance(reading) if reading.hits else None  # no trigger: no cue was read
        attrs = find_attributions(sctx, cues, stance=stance, arabic=lang == "ar")
        doc_attrs.extend(attrs)
        identity = identity_cue(sctx.ntext) if maybe_identity[i] else None
        if identity is not None:  # "The attackers were members of X": who did the latest incident
            cue = _original_offset(sctx)(identity)
            who = attackers_identity(col.actor_finder.mentions(sctx), cue, doc.text)
            if who is not None:
                identities.append((sctx.span.start, who))
        if not reading.hits:
            _attach_figures(reports, back, i, sctx, state)
            # no event word, yet a statistic ("It was the fourth attempt on the life of a tribal leader
            # in the area this year."): its tallies, never an event
            tallies.extend(_tallies_without_triggers(sctx, cues, lang, attrs, places, state))
            continue
        # a tally needs a count or an ordinal, and a tally noun: most sentences stop at the first test
        counts = _within(state.counts, state.count_starts, sctx)
        ordinals = None if counts else find_ordinals_in(dctx.norm.text, sctx.nstart, sctx.nend, language=lang)
        nouns = tally_nouns(cues, lang, dctx.norm.text, sctx.nstart, sctx.nend) if counts or ordinals else []
        if nouns:
            found = find_tallies(
                sctx,
                lexicon=cues,
                counts=counts,
                periods=_within(state.dates, state.date_starts, sctx),
                triggers=reading.hits,
                attributions=attrs,
                places=places,
                nouns=nouns,
                lang=lang,
                ordinals=ordinals,
            )
            tallies.extend(found.claims)
            if found.statistic:
                continue
        facts: _SentenceFacts | None = None  # what every cluster of the sentence shares, built once
        whole = reading  # the detector's reading (its features never see the split below)
        # two incidents told in one sentence ("... near A on Monday and a drone strike in B on Tuesday")
        separate = _separate_parts(sctx, places, state)
        reading = split_incidents(reading, resources.triggers[lang], cues, separate)
        # "..., a week after a roadside bomb killed two soldiers": the earlier incident, dated from this one
        intervals = find_intervals(sctx.ntext, lang)
        if intervals and lang == "ar":  # "قبل ثلاثة أسابيع من منزله": no incident after "من"
            heads = [h.nstart - sctx.nstart for h in reading.hits if h.head]
            intervals = without_incident(sctx.ntext, intervals, heads)
        governed = Governed(sctx, intervals) if intervals else None
        if governed is not None:
            reading = split_at_intervals(reading, governed, resources.triggers[lang], cues)
        breaks = reading.breaks  # clause_breaks(sctx.ntext), read with the triggers
        generic = generic_cues(lang)
        stance_hits = cues.stance.find_in(dctx.norm.text, sctx.nstart, sctx.nend)
        responsibility = bool(stance_hits)
        claim_at = next(
            (h.start for h in stance_hits if h.payload is AttributionKind.CLAIMS_RESPONSIBILITY), None
        )
        stance_words_in = stance_cue(sctx.ntext) if claim_at is None and not responsibility else True
        mentions: list[ActorMention] | None = None
        threats = [h for c in reading.clusters if c.event_type is EventType.THREATEN for h in c.cluster.hits]
        arrests = [h for c in reading.clusters if c.event_type is EventType.ARREST for h in c.cluster.hits]
        detention = bool(arrests)
        # what the arrested are charged with ("بتهمة تنفيذ هجمات"): an accusation, no incident
        # ... or with an incident reported as having happened: its words are its own, not the arrest's
        charges, incidents = charge_spans(arrests, sctx.ntext, sctx.nstart, breaks, charge_cues(lang))
        if incidents:  # a charged incident names one ("arrested six suspects in X on Tuesday" names none)
            incidents = _naming_an_incident(incidents, reading, sctx, state)
        made = len(reports)
        for cr in reading.clusters:
            if lang == "ar" and _not_an_incident(whole, cr, resources.models):
                state.dropped += 1
                continue
            # an accusation is kept as the accuser's claim even about a series (design: "sources
            # accused Turkey of coordinating" is an ALLEGED report, attributed)
            if (
                cr.certainty.certainty is not Certainty.ALLEGED
                and not is_specific(cr.cluster, sctx.ntext, sctx.nstart, breaks, generic)
            ) or (
                threat_content(cr.cluster, threats, sctx.ntext, sctx.nstart, breaks)
                or weapons_of_a_detention(
                    cr.cluster, detention, asserted=cr.certainty.certainty is Certainty.ASSERTED
                )
                or charge_of_an_arrest(cr.cluster, charges, sctx.nstart)
            ):
                state.generic += 1
                continue
            if facts is None:
                facts = _sentence_facts(sctx, attrs, places, state, col, charges)
            report = _report(sctx, cr, facts, state, col)
            if cr.segment is not None:
                report = _own_part(report, cr, reading, sctx, state, resources.triggers[lang])
            if incidents:
                report = _charged_part(report, cr, sctx, incidents, state)
            if governed is not None:
                report = elapsed_date(report, cr, governed, _date_finder(sctx, state))
            if stance_words_in:  # a claim or an accusation names the perpetrator (document-level roles)
                if mentions is None:
                    mentions = col.actor_finder.mentions(sctx)
                report = stance_roles(
                    report, mentions, sctx.ntext, _original_offset(sctx), claim_at=claim_at
                )
            reports.append(report)
            ref = refers_back(cr.cluster, i, responsibility=responsibility)
            if governed is not None and governed.sequel_of(cr):
                ref = replace(ref, sequel=True)
            apart = cr.coordinated or (governed is not None and governed.tells_another_time(cr))
            back.append(replace(ref, apart=True) if apart else ref)
        casualty_only = all(h.mention == CASUALTY for cr in reading.clusters for h in cr.cluster.hits)
        if len(reports) == made and casualty_only:
            # "No one was killed.", "ولم تسجل أي إصابات.": a stated zero of the incident before
            _attach_figures(reports, back, i, sctx, state, zero_only=True)
    reports = [victims_as_targets(r, doc.text) for r in reports]
    reports, merged = merge_anaphora(reports, doc.text, norm, back)
    for at, who in identities:
        attackers_named(reports, at, who)
    reports = [protesters_by_default(r) for r in reports]
    tallies = carry_context(tallies, doc.text)
    notes: list[str] = []
    if merged:
        notes.append(f"{merged} mention(s) referring back to an earlier event merged into it")
    if state.dropped:
        notes.append(f"{state.dropped} trigger(s) read as commentary, not incidents")
    if state.generic:
        notes.append(f"{state.generic} mention(s) read as general statements, statistics, plans or weapons")
    return Extraction(
        document_id=doc.id,
        status=DocumentStatus.PROCESSED,
        reports=tuple(reports),
        tallies=tuple(tallies),
        places=tuple(doc_places),
        attributions=tuple(doc_attrs),
        notes=tuple(notes),
    )


def _original_offset(sctx: SentenceContext) -> Callable[[int], int]:
    """Maps an offset of the sentence's normalized text to the document's original text."""
    offsets = sctx.doc.norm.offsets
    return lambda k: offsets[min(sctx.nstart + k, len(offsets) - 1)]


# How many sentences after the last report's a sentence that names no incident may still give its
# figures ("A bomb exploded near X. Two guards were wounded, the source said.").
_FIGURE_REACH = 2


def _attach_figures(
    reports: list[EventReport],
    back: list[Reference],
    i: int,
    sctx: SentenceContext,
    state: _DocState,
    *,
    zero_only: bool = False,
) -> None:
    """Casualty figures of a sentence that names no incident go to the document's last report when it
    is a reported incident at most ``_FIGURE_REACH`` sentences before, the sentence counts over no
    week, month or year ("112 were killed in the first half of 2024" is a statistic) and nothing opens
    a separate incident ("وأشارت المصادر إلى أن عدد الجرحى بلغ 15"): a kind the report lacks is added,
    a rising toll replaces (:func:`combine_casualties`). ``zero_only``: only its stated zeros ("No one
    was killed", a sentence whose casualty words name no incident)."""
    if not reports or i - back[-1].sentence > _FIGURE_REACH or reports[-1].certainty in _NO_VICTIMS:
        return
    periods = _within(state.dates, state.date_starts, sctx)  # the sentence's dates (read only here)
    if any(p.precision in (TimePrecision.WEEK, TimePrecision.MONTH, TimePrecision.YEAR) for p in periods):
        return
    figures = find_casualties(sctx)
    if zero_only:
        figures = [f for f in figures if f.value == 0]
    if not figures:
        return
    head = " ".join(sctx.ntext.split())
    if any(phrase in head for phrase in coreference_words().separate):
        return
    last = reports[-1]
    casualties = combine_casualties(last.casualties, figures)
    if casualties != last.casualties:
        reports[-1] = replace(last, casualties=casualties)


# Reports whose incident did not (yet) happen: a later sentence's figures are not theirs.
_NO_VICTIMS = frozenset({Certainty.HYPOTHETICAL, Certainty.THREATENED, Certainty.NEGATED})


def _sentences(dctx: DocumentContext) -> list[SentenceContext]:
    offsets = dctx.norm.offsets
    out = []
    for span in split_sentences(dctx.text):
        nstart = bisect_left(offsets, span.start)
        nend = bisect_left(offsets, span.end, lo=nstart)
        if nend > nstart:
            out.append(SentenceContext(doc=dctx, span=span, nstart=nstart, nend=nend))
    return out


# Counting script characters on the UTF-8 bytes: U+0600..U+06FF are exactly the characters whose
# lead byte is D8..DB, and a..z are single bytes that never occur inside a multi-byte character.
_ARABIC_LEAD_BYTES = bytes(range(0xD8, 0xDC))
_LATIN_LOWER_BYTES = bytes(range(ord("a"), ord("z") + 1))


_LATIN_LOWER = re.compile("[a-z]")
_ARABIC_CHAR = re.compile("[\u0600-\u06ff]")


def _sentence_language(
    sctx: SentenceContext, doc_language: Language, *, latin_free: bool = False
) -> Language:
    """The sentence's majority script among its first 2,000 characters (Arabic or Latin letters, each
    winning at more than twice the other), else the document's language. ``latin_free``: the document
    has no letter a..z at all (then one search for an Arabic character decides)."""
    end = min(sctx.nend, sctx.nstart + 2000)
    if latin_free:
        return Language.AR if _ARABIC_CHAR.search(sctx.doc.norm.text, sctx.nstart, end) else doc_language
    text = sctx.doc.norm.text[sctx.nstart : end]
    raw = text.encode("utf-8", "surrogatepass")
    arabic = len(raw) - len(raw.translate(None, _ARABIC_LEAD_BYTES))
    latin = len(raw) - len(raw.translate(None, _LATIN_LOWER_BYTES))
    if latin > 2 * arabic:
        return Language.EN
    if arabic > 2 * latin:
        return Language.AR
    return doc_language


def _tallies_without_triggers(
    sctx: SentenceContext, cues: CueLexicon, lang: str, attrs: list[Attribution], places: list[PlaceMention],
    state: _DocState,
) -> tuple[TallyClaim, ...]:
    """The tallies of a sentence with no event trigger: a tally noun and a count or an ordinal."""
    text = sctx.doc.norm.text
    nouns = tally_nouns(cues, lang, text, sctx.nstart, sctx.nend)
    if not nouns:
        return ()
    counts = _within(state.counts, state.count_starts, sctx)
    ordinals = None if counts else find_ordinals_in(text, sctx.nstart, sctx.nend, language=lang)
    if not (counts or ordinals):
        return ()
    return find_tallies(
        sctx, lexicon=cues, counts=counts, periods=_within(state.dates, state.date_starts, sctx),
        triggers=(), attributions=attrs, places=places, nouns=nouns, lang=lang, ordinals=ordinals,
    ).claims


def _document_dates(dctx: DocumentContext, language: Language) -> list[Period]:
    return [
        Period(
            start=d.start,
            end=d.end,
            start_date=d.start_date,
            end_date=d.end_date,
            precision=TimePrecision(d.precision),
            relative=bool(d.relative),
        )
        for d in find_dates(dctx.norm, published=dctx.published, language=language.value)
    ]


def _document_counts(dctx: DocumentContext, language: Language) -> list[Count]:
    return [
        Count(start=n.start, end=n.end, value=n.value, vague=n.form == "vague")
        for n in find_numbers(dctx.norm, language=language.value)
    ]


class _Shiftable(Protocol):
    """A found item with document offsets that can move to sentence offsets (:class:`Count`,
    :class:`Period`). A bound, not a constrained TypeVar: mypyc compiles one body for all types."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    def shifted(self, by: int) -> Self: ...


_Item = TypeVar("_Item", bound=_Shiftable)


def _within(items: list[_Item], starts: list[int], sctx: SentenceContext) -> list[_Item]:
    """Items inside the sentence, shifted to sentence offsets (binary search on ``starts``, the items'
    starts: no rescans)."""
    lo = bisect_left(starts, sctx.nstart)
    out: list[_Item] = []
    for item in items[lo:]:
        if item.start >= sctx.nend:
            break
        if item.end <= sctx.nend:
            out.append(item.shifted(-sctx.nstart))
    return out


def _sentence_stance(reading: SentenceReading) -> Certainty | None:
    kinds = {cr.certainty.certainty for cr in reading.clusters} | set(reading.cue_kinds)
    for c in (Certainty.DENIED, Certainty.ALLEGED):
        if c in kinds:
            return c
    return None


def _not_an_incident(reading: SentenceReading, cr: ClusterReading, models: dict[str, LinearModel]) -> bool:
    if cr.certainty.certainty is not Certainty.ASSERTED:
        return False
    group = group_of(cr.event_type)
    task = next((t for t, g in TASK_GROUP.items() if g == group), None)
    model = models.get(task) if task else None
    if model is None:
        return False
    return model.probability(detector_features(reading, group)) < model.threshold * GATE_FACTOR


@dataclass(frozen=True, slots=True)
class _SentenceFacts:
    """Per-sentence fields shared by every report of the sentence (computed once, not per cluster)."""

    sentence: Evidence
    places: tuple[PlaceMention, ...]
    attributions: tuple[Attribution, ...]
    casualties: tuple[CasualtyFigure, ...]


def _sentence_facts(
    sctx: SentenceContext,
    attrs: list[Attribution],
    places: list[PlaceMention],
    state: _DocState,
    col: Collaborators,
    charges: Sequence[tuple[int, int]] = (),
) -> _SentenceFacts:
    """``charges``: spans naming what the arrested are accused of; the dead and wounded there are the
    charged crime's ("على خلفية مقتل مختار القرية"), not the arrest's."""
    figures = find_casualties(sctx)
    if charges:
        figures = [f for f in figures if f.kind is CasualtyKind.ARRESTED or not _inside(f, sctx, charges)]
    return _SentenceFacts(
        sentence=sctx.doc.evidence(sctx.nstart, sctx.nend, PRODUCER),
        places=tuple(places) or state.lead_places,
        attributions=tuple(attrs),
        casualties=tuple(figures),
    )


def _inside(figure: CasualtyFigure, sctx: SentenceContext, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the figure's evidence lies inside one of the sentence's normalized ``spans``."""
    to_original = _original_offset(sctx)
    span = figure.evidence.span
    return any(to_original(a) <= span.start and span.end <= to_original(b) for a, b in spans)


def _report(
    sctx: SentenceContext,
    cr: ClusterReading,
    facts: _SentenceFacts,
    state: _DocState,
    col: Collaborators,
) -> EventReport:
    dctx = sctx.doc
    anchor = cr.cluster.anchor
    trigger_ev = dctx.evidence(anchor.nstart, anchor.nend, "extract.triggers.v1")
    decision = cr.certainty
    cert_ev = None
    if (
        decision.cue_start is not None
        and decision.cue_end is not None
        and decision.certainty is not Certainty.ASSERTED
    ):
        cert_ev = dctx.evidence(
            sctx.nstart + decision.cue_start, sctx.nstart + decision.cue_end, "extract.certainty.v1"
        )
    perpetrator, target = read_roles(col.actor_finder, sctx, cr.cluster, cr.event_type)
    return EventReport(
        id=EventReport.make_id(dctx.document_id, cr.event_type, trigger_ev.span),
        document_id=dctx.document_id,
        event_type=cr.event_type,
        certainty=decision.certainty,
        trigger=trigger_ev,
        sentence=facts.sentence,
        perpetrator=perpetrator,
        target=target,
        places=facts.places,
        date=_event_date(sctx, anchor.nstart, decision.certainty, state),
        casualties=facts.casualties,
        attributions=facts.attributions,
        certainty_evidence=cert_ev,
        producer=PRODUCER,
    )


def _sentence_dates(sctx: SentenceContext, state: _DocState) -> list[Period]:
    """The sentence's dates that may date an incident (not a statement's), in document offsets."""
    return [
        d
        for i, d in enumerate(state.dates)
        if sctx.nstart <= d.start and d.end <= sctx.nend and i not in state.statement
    ]


def _separate_parts(
    sctx: SentenceContext, places: list[PlaceMention], state: _DocState
) -> Callable[[tuple[int, int], tuple[int, int]], str]:
    """Whether two parts of the sentence (sentence offsets) each have their own day ("day") or each
    their own place ("place"), else "": what a coordinator between them needs to join two incidents
    (:func:`split_incidents`)."""
    to_original = _original_offset(sctx)
    # a wire dateline's day ("BAGHDAD, March 12 (Reuters) - ") dates no part of the sentence
    filed = dateline_end(sctx.doc.text) if sctx.span.start == 0 else 0
    offsets = sctx.doc.norm.offsets

    def separate(left: tuple[int, int], right: tuple[int, int]) -> str:
        dates = [d for d in _sentence_dates(sctx, state) if offsets[d.start] >= filed]
        ld = {(d.start_date, d.end_date) for d in dates if left[0] <= d.start - sctx.nstart < left[1]}
        rd = {(d.start_date, d.end_date) for d in dates if right[0] <= d.start - sctx.nstart < right[1]}
        if ld and rd - ld:
            return "day"
        lo, hi = (to_original(left[0]), to_original(left[1])), (to_original(right[0]), to_original(right[1]))
        lp = {_place_key(p) for p in places if lo[0] <= p.evidence.span.start < lo[1]}
        rp = {_place_key(p) for p in places if hi[0] <= p.evidence.span.start < hi[1]}
        return "place" if lp and rp - lp else ""

    return separate


def _place_key(place: PlaceMention) -> str:
    """One key per place however its name is spelled or prefixed ("للعراق" and "العراق" are one)."""
    if place.place is not None:
        return place.place.id
    words = normalize_str(place.text).split()
    if words and words[0].startswith("لل"):
        words[0] = "ال" + words[0][2:]
    elif words and words[0][:1] in "وبفل" and words[0][1:3] == "ال":
        words[0] = words[0][1:]
    return " ".join(words)


def _own_part(
    report: EventReport,
    cr: ClusterReading,
    reading: SentenceReading,
    sctx: SentenceContext,
    state: _DocState,
    lexicon: TriggerLexicon,
) -> EventReport:
    """One of several incidents a sentence tells (``segment``: its part, sentence offsets) keeps the
    figures, places, day and target of its own part, never another part's: places outside every other
    part when its own names none, else the document lead's; its day from the document before when its
    part names none. The perpetrator may be shared ("Gunmen killed X in A and abducted Y in B")."""
    segment = cr.segment or (0, sctx.nend - sctx.nstart)
    to_original = _original_offset(sctx)
    own = (to_original(segment[0]), to_original(segment[1]))
    others = [
        (to_original(cr.segment[0]), to_original(cr.segment[1]))
        for cr in reading.clusters
        if cr.segment is not None and cr.segment != segment
    ]

    def inside(ev: Evidence | None, span: tuple[int, int]) -> bool:
        return ev is not None and span[0] <= ev.span.start and ev.span.end <= span[1]

    def elsewhere(ev: Evidence | None) -> bool:
        return any(inside(ev, o) for o in others)

    casualties = tuple(f for f in report.casualties if inside(f.evidence, own))
    places = tuple(p for p in report.places if inside(p.evidence, own)) or tuple(
        p for p in report.places if not elsewhere(p.evidence)
    ) or tuple(p for p in state.lead_places if not elsewhere(p.evidence))
    target = None if elsewhere(report.target.evidence if report.target else None) else report.target
    perpetrator = report.perpetrator
    if perpetrator is not None and elsewhere(perpetrator.evidence) and _opens_contrast(
        sctx, segment, lexicon
    ):
        perpetrator = None  # "..., while a roadside bomb wounded ...": a new clause with its own agent
    a, b = sctx.nstart + segment[0], sctx.nstart + segment[1]
    date_ = _event_date(
        sctx, cr.cluster.anchor.nstart, report.certainty, state, keep=lambda s, e: a <= s and e <= b
    )
    if date_ is None or date_.resolved_from in ("context", "publication"):
        # its part names no day: a day fronted before the sentence's first incident dates them all
        # ("On Monday, gunmen killed ... in A, while a bomb wounded ... in B")
        first = min(c.cluster.nstart for c in reading.clusters)
        fronted = _event_date(
            sctx, cr.cluster.anchor.nstart, report.certainty, state, keep=lambda s, e: e <= first
        )
        if fronted is not None and fronted.resolved_from in ("relative", "explicit"):
            date_ = fronted
    return replace(
        report, casualties=casualties, places=places, perpetrator=perpetrator, target=target, date=date_
    )


def _opens_contrast(sctx: SentenceContext, segment: tuple[int, int], lexicon: TriggerLexicon) -> bool:
    """The part starts with a contrast marker (while, فيما), not a plain coordinator (and, و)."""
    coord = lexicon.coordination
    words = sctx.ntext[segment[0] : segment[1]].split()
    return coord is not None and bool(words) and (
        words[0] in coord.contrast or " ".join(words[:2]) in coord.contrast
    )


def _charged_part(
    report: EventReport,
    cr: ClusterReading,
    sctx: SentenceContext,
    spans: Sequence[tuple[int, int]],
    state: _DocState,
) -> EventReport:
    """Splits a sentence that reports an arrest and the incident the arrested are charged with
    (``incidents`` of :func:`charge_spans`): the charged incident keeps only what its span says (figures,
    day, places, actors named there; the arresting force is not its perpetrator), the arrest (and
    any other event of the sentence) only what stands outside it. Figures of the arrested stay the
    arrest's."""
    to_original = _original_offset(sctx)
    bounds = [(to_original(a), to_original(b)) for a, b in spans]

    def inside(ev: Evidence | None) -> bool:
        return ev is not None and any(a <= ev.span.start and ev.span.end <= b for a, b in bounds)

    at = cr.cluster.anchor.nstart - sctx.nstart
    charged = cr.event_type is not EventType.ARREST and any(a <= at < b for a, b in spans)
    sentence_offsets = [(sctx.nstart + a, sctx.nstart + b) for a, b in spans]

    def in_spans(start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in sentence_offsets)

    def outside_spans(start: int, end: int) -> bool:
        return not in_spans(start, end)

    perpetrator, target = report.perpetrator, report.target
    if charged:
        casualties = tuple(
            f for f in report.casualties if f.kind is not CasualtyKind.ARRESTED and inside(f.evidence)
        )
        places = tuple(p for p in report.places if inside(p.evidence)) or report.places
        perpetrator = perpetrator if perpetrator is not None and inside(perpetrator.evidence) else None
        target = target if target is not None and inside(target.evidence) else None
        date_ = _event_date(sctx, cr.cluster.anchor.nstart, report.certainty, state, keep=in_spans)
    else:
        casualties = tuple(
            f for f in report.casualties if f.kind is CasualtyKind.ARRESTED or not inside(f.evidence)
        )
        places = tuple(p for p in report.places if not inside(p.evidence)) or report.places
        target = target if target is None or not inside(target.evidence) else None
        date_ = _event_date(sctx, cr.cluster.anchor.nstart, report.certainty, state, keep=outside_spans)
    return replace(
        report, casualties=casualties, places=places, perpetrator=perpetrator, target=target, date=date_
    )


def _date_finder(sctx: SentenceContext, state: _DocState) -> DateFinder:
    """:func:`_event_date` for the sentence, as :func:`marsad.extract.elapsed.elapsed_date` asks for it."""

    def find(at: int, certainty: Certainty, keep: Callable[[int, int], bool]) -> EventDate | None:
        return _event_date(sctx, at, certainty, state, keep=keep)

    return find


def _event_date(
    sctx: SentenceContext,
    trigger_at: int,
    certainty: Certainty,
    state: _DocState,
    *,
    keep: Callable[[int, int], bool] | None = None,
) -> EventDate | None:
    """The date in the sentence nearest the trigger, else the nearest earlier date in the document,
    else (asserted events only) the publication date. ``keep`` (normalized start, end): which of the
    sentence's dates may be this event's (a sentence that reports two events)."""
    dctx = sctx.doc
    dates = state.dates
    if state.dates_disjoint:  # binary search: no scan of the document's dates per report
        lo = bisect_left(state.date_starts, sctx.nstart)
        inside = []
        for i in range(lo, len(dates)):
            d = dates[i]
            if d.start > sctx.nend:
                break
            if d.end <= sctx.nend and i not in state.statement:
                inside.append(d)
        k = bisect_right(state.date_ends, sctx.nstart)
        while k and k - 1 in state.statement:
            k -= 1
        last_earlier = dates[k - 1] if k else None
    else:
        inside = [
            d
            for i, d in enumerate(dates)
            if sctx.nstart <= d.start and d.end <= sctx.nend and i not in state.statement
        ]
        earlier = [d for i, d in enumerate(dates) if d.end <= sctx.nstart and i not in state.statement]
        last_earlier = earlier[-1] if earlier else None
    if keep is not None:
        inside = [d for d in inside if keep(d.start, d.end)]
    chosen = min(inside, key=lambda d: abs(d.start - trigger_at)) if inside else last_earlier
    if chosen is not None:
        return EventDate(
            start=chosen.start_date,
            end=chosen.end_date,
            precision=chosen.precision,
            evidence=dctx.evidence(chosen.start, chosen.end, "extract.dates.v1"),
            # chosen is one of ``inside`` exactly when there are any (no field-by-field comparison)
            resolved_from=("relative" if chosen.relative else "explicit") if inside else "context",
        )
    if certainty is Certainty.ASSERTED and dctx.published is not None:
        day: date = dctx.published
        return EventDate(start=day, end=day, precision=TimePrecision.DAY, resolved_from="publication")
    return None
