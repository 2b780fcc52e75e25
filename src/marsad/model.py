"""Frozen domain records. Every extracted value carries :class:`Evidence` pointing into the original text.

Records are plain frozen dataclasses (``slots=True, kw_only=True``); pydantic is only used at trust
boundaries (config files, HTTP schemas). IDs of documents and reports are content hashes, so running
anything twice is idempotent.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MemberDescriptorType

from marsad.vocab import (
    EVENT_TYPE_INFO,
    ActorType,
    AttributionKind,
    CasualtyKind,
    Certainty,
    DocumentStatus,
    EventType,
    GeoPrecision,
    Language,
    Mode,
    Role,
    TimePrecision,
    acled_types,
)


def content_hash(*parts: str, prefix: str = "", length: int = 20) -> str:
    """A stable short id: sha256 over the parts joined by a separator that cannot occur in text."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return f"{prefix}{digest[:length]}"


@dataclass(frozen=True, slots=True, kw_only=True)
class TextSpan:
    """A half-open character range ``[start, end)`` in a document's *original* text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def shifted(self, offset: int) -> TextSpan:
        return TextSpan(start=self.start + offset, end=self.end + offset)

    def contains(self, other: TextSpan) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: TextSpan) -> bool:
        return self.start < other.end and other.start < self.end

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    """Where a value came from: the document, the exact span, the quote, and the producer.

    ``producer`` is a versioned name such as ``extract.casualties.v1``; ``note`` explains a choice
    (for example why a geocoder picked one candidate).
    """

    document_id: str
    span: TextSpan
    quote: str
    producer: str
    note: str = ""

    @classmethod
    def from_text(
        cls, *, document_id: str, text: str, span: TextSpan, producer: str, note: str = ""
    ) -> Evidence:
        return cls(
            document_id=document_id, span=span, quote=span.of(text), producer=producer, note=note
        )


def _slot_setters(cls: type, names: tuple[str, ...]) -> tuple[Callable[[object, object], None], ...] | None:
    """The setters of ``cls``'s slot fields ``names`` (a frozen, slotted dataclass), or None where a
    field is not a plain slot (a compiled build of this module)."""
    slots = [cls.__dict__.get(name) for name in names]
    setters = tuple(s.__set__ for s in slots if isinstance(s, MemberDescriptorType))
    return setters if len(setters) == len(names) else None


# Evidence is built for every extracted field (hundreds per document), and a frozen dataclass's
# __init__ sets each field through object.__setattr__, three times the cost of the object itself.
# evidence_at fills the slots directly: the same object, the same check, a third of the time.
_SPAN_SLOTS = _slot_setters(TextSpan, ("start", "end"))
_EVIDENCE_SLOTS = _slot_setters(Evidence, ("document_id", "span", "quote", "producer", "note"))


def evidence_at(document_id: str, text: str, start: int, end: int, producer: str, note: str = "") -> Evidence:
    """``Evidence(document_id=, span=TextSpan(start=, end=), quote=text[start:end], producer=, note=)``,
    built faster (see above); raises ValueError for an invalid span, as TextSpan does."""
    if start < 0 or end < start:
        raise ValueError(f"invalid span [{start}, {end})")
    if _SPAN_SLOTS is None or _EVIDENCE_SLOTS is None:
        span = TextSpan(start=start, end=end)
        return Evidence(
            document_id=document_id, span=span, quote=text[start:end], producer=producer, note=note
        )
    set_start, set_end = _SPAN_SLOTS
    span = object.__new__(TextSpan)
    set_start(span, start)
    set_end(span, end)
    set_document, set_span, set_quote, set_producer, set_note = _EVIDENCE_SLOTS
    evidence = object.__new__(Evidence)
    set_document(evidence, document_id)
    set_span(evidence, span)
    set_quote(evidence, text[start:end])
    set_producer(evidence, producer)
    set_note(evidence, note)
    return evidence


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """One ingested report. ``id`` is a hash of the text, so the same article twice is one document."""

    id: str
    text: str
    title: str = ""
    url: str = ""
    source: str = ""
    source_kind: str = "file"
    published: datetime | None = None
    fetched: datetime | None = None
    language: Language = Language.UNKNOWN
    metadata: tuple[tuple[str, str], ...] = ()

    @staticmethod
    def make_id(text: str) -> str:
        return content_hash(" ".join(text.split()), prefix="doc_")

    @classmethod
    def create(
        cls,
        *,
        text: str,
        title: str = "",
        url: str = "",
        source: str = "",
        source_kind: str = "file",
        published: datetime | None = None,
        fetched: datetime | None = None,
        language: Language = Language.UNKNOWN,
        metadata: tuple[tuple[str, str], ...] = (),
    ) -> Document:
        if published is not None and published.tzinfo is None:
            raise ValueError("published must be timezone-aware (UTC)")
        return cls(
            id=cls.make_id(text),
            text=text,
            title=title,
            url=url,
            source=source,
            source_kind=source_kind,
            published=published,
            fetched=fetched,
            language=language,
            metadata=metadata,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Alias:
    text: str
    language: Language


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """A catalogued actor with a neutral canonical name and aliases in Arabic, English and Kurdish."""

    id: str
    name: str
    actor_type: ActorType
    aliases: tuple[Alias, ...] = ()
    parent_id: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    note: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    """A resolved place. ``id`` is ``geonames:<id>`` or ``admin1:<code>`` / ``admin2:<code>``."""

    id: str
    name: str
    name_ar: str = ""
    latitude: float
    longitude: float
    country_code: str
    admin1: str = ""
    admin2: str = ""
    admin1_code: str = ""
    admin2_code: str = ""
    feature_code: str = ""
    population: int = 0
    precision: GeoPrecision = GeoPrecision.TOWN


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorMention:
    text: str
    role: Role
    evidence: Evidence
    actor_id: str | None = None
    name: str = ""
    actor_type: ActorType = ActorType.UNIDENTIFIED


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceMention:
    """A place named in the text; ``place`` is filled by the geocoder (None while unresolved)."""

    text: str
    evidence: Evidence
    qualifier: str = ""
    place: Place | None = None
    resolution_note: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class EventDate:
    """An event date as an inclusive range plus a precision."""

    start: date
    end: date
    precision: TimePrecision
    evidence: Evidence | None = None
    resolved_from: str = "explicit"  # "explicit", "relative", "publication"


@dataclass(frozen=True, slots=True, kw_only=True)
class CasualtyFigure:
    kind: CasualtyKind
    value: int
    evidence: Evidence
    approximate: bool = False
    # the latest total of a rising or restated toll ("the toll rose to 7"): it replaces earlier figures
    # of its kind for the same incident instead of adding to them
    update: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Attribution:
    kind: AttributionKind
    source: str
    evidence: Evidence
    actor_id: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class EventReport:
    """One document's claim about one event, with evidence for every field."""

    id: str
    document_id: str
    event_type: EventType
    certainty: Certainty
    trigger: Evidence
    sentence: Evidence
    perpetrator: ActorMention | None = None
    target: ActorMention | None = None
    places: tuple[PlaceMention, ...] = ()
    date: EventDate | None = None
    casualties: tuple[CasualtyFigure, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    certainty_evidence: Evidence | None = None
    producer: str = "extract.rules.v1"

    @staticmethod
    def make_id(document_id: str, event_type: EventType, trigger: TextSpan) -> str:
        return content_hash(
            document_id, event_type.value, f"{trigger.start}:{trigger.end}", prefix="rep_"
        )

    @property
    def acled_event_type(self) -> str:
        """ACLED event type; direct violence against an armed target is a battle (``vocab.acled_types``)."""
        return acled_types(self.event_type, self.target.actor_type if self.target else None)[0]

    @property
    def acled_sub_event_type(self) -> str:
        return acled_types(self.event_type, self.target.actor_type if self.target else None)[1]

    @property
    def plover(self) -> str:
        return EVENT_TYPE_INFO[self.event_type].plover

    @property
    def mode(self) -> Mode:
        return EVENT_TYPE_INFO[self.event_type].mode

    def casualty(self, kind: CasualtyKind) -> int | None:
        values = [c.value for c in self.casualties if c.kind is kind]
        return sum(values) if values else None

    @property
    def killed(self) -> int | None:
        return self.casualty(CasualtyKind.KILLED)

    @property
    def injured(self) -> int | None:
        return self.casualty(CasualtyKind.INJURED)


@dataclass(frozen=True, slots=True, kw_only=True)
class TallyClaim:
    """A statistic in the text ("27 attacks in April, according to X"): a claim, not 27 events."""

    id: str
    document_id: str
    count: int
    evidence: Evidence
    period: str = ""  # month "2024-04" or year "2024"; "" for a week, a rolling window or none
    period_start: date | None = None
    period_end: date | None = None
    area: str = ""
    categories: tuple[str, ...] = ()
    source: str = ""
    source_evidence: Evidence | None = None
    # the counted parts of a breakdown ("27 attacks, among them 9 assassinations"): (category, count);
    # parts of the total, not added to it
    category_counts: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Extraction:
    """Everything extracted from one document."""

    document_id: str
    status: DocumentStatus
    reports: tuple[EventReport, ...] = ()
    tallies: tuple[TallyClaim, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class CasualtyLedgerEntry:
    report_id: str
    source: str
    kind: CasualtyKind
    value: int
    approximate: bool = False  # the report gave a vague figure ("dozens") turned into a number


@dataclass(frozen=True, slots=True, kw_only=True)
class Contribution:
    """One feature's share of a pair score (``weight`` is added to the score; negative speaks against)."""

    feature: str
    weight: float
    note: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Membership:
    """Why a report belongs to its event.

    ``decided_by`` is ``founder`` (the report started the event), ``clustering`` (its best match
    ``via`` another member scored ``score`` >= ``threshold``; ``contributions`` add up to ``score``)
    or ``analyst:<who>`` (a manual merge or split; ``note`` says which and why).
    """

    report_id: str
    decided_by: str
    via: str = ""
    score: float | None = None
    threshold: float | None = None
    contributions: tuple[Contribution, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldSupport:
    """Which reports support a reconciled Event field's value and which give another value."""

    field: str
    value: str
    supporting: tuple[str, ...] = ()
    disagreeing: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """A real-world event: the cluster of reports about it, with reconciled fields."""

    id: str
    event_type: EventType
    certainty: Certainty
    report_ids: tuple[str, ...]
    date: EventDate | None = None
    place: Place | None = None
    place_text: str = ""
    perpetrator: str = ""
    perpetrator_type: ActorType | None = None
    target: str = ""
    target_type: ActorType | None = None
    ledger: tuple[CasualtyLedgerEntry, ...] = field(default_factory=tuple)
    sources: tuple[str, ...] = ()
    summary: str = ""
    rejected: bool = False
    members: tuple[Membership, ...] = ()  # why each report belongs (same order as report_ids)
    support: tuple[FieldSupport, ...] = ()  # per reconciled field: supporting and disagreeing reports
    merged_into: str = ""  # set on an event an analyst merged into another (it then holds no reports)

    def casualty_range(self, kind: CasualtyKind) -> tuple[int, int] | None:
        values = [e.value for e in self.ledger if e.kind is kind]
        return (min(values), max(values)) if values else None


@dataclass(frozen=True, slots=True, kw_only=True)
class Failure:
    """Something that could not be processed, kept (quarantined) with the reason so nothing is lost.

    ``stage`` is where it failed (``source``, ``decode``, ``clean``, ``extract``, ``store``...),
    ``location`` what failed (a path, a URL, a document id, ``file.jsonl:17``), ``payload`` the raw
    input when it is small enough to keep (so a retry needs nothing else).
    """

    stage: str
    location: str
    reason: str
    error_type: str = ""
    traceback: str = ""
    payload: str = ""
    source_kind: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class RawItem:
    """What a source yields before cleaning: HTML or plain text plus whatever metadata it had."""

    location: str
    content: str
    content_type: str  # "html" or "text"
    source_kind: str  # "file", "feed", "web"
    source: str = ""
    title: str = ""
    url: str = ""
    published: datetime | None = None
    fetched: datetime | None = None
    language: Language = Language.UNKNOWN
    metadata: tuple[tuple[str, str], ...] = ()
