"""Controlled vocabularies: event types (with ACLED and PLOVER mappings), certainty, precisions.

Every enum value is a stable lowercase string: it is what the store keeps and what exports print.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum


class EventType(StrEnum):
    """marsad's own incident types; each maps to ACLED and PLOVER via :data:`EVENT_TYPE_INFO`."""

    ARMED_CLASH = "armed_clash"
    ARMED_ATTACK = "armed_attack"
    ASSASSINATION = "assassination"
    SHOOTING = "shooting"
    STABBING = "stabbing"
    MINE_IED = "mine_ied"
    CAR_BOMB = "car_bomb"
    SUICIDE_ATTACK = "suicide_attack"
    SHELLING = "shelling"
    DRONE_STRIKE = "drone_strike"
    AIR_STRIKE = "air_strike"
    ABDUCTION = "abduction"
    ARREST = "arrest"
    EXECUTION = "execution"
    THREATEN = "threaten"
    PROTEST = "protest"


class Mode(StrEnum):
    """PLOVER-like mode of violence."""

    FIREARMS = "firearms"
    EXPLOSIVES = "explosives"
    ARTILLERY = "artillery"
    AERIAL = "aerial"
    DRONE = "drone"
    SHARP_OBJECT = "sharp_object"
    SEIZURE = "seizure"
    VERBAL = "verbal"
    DEMONSTRATION = "demonstration"
    UNSPECIFIED = "unspecified"


class Certainty(StrEnum):
    """How the text presents an event: the distinction machine coders usually lose."""

    ASSERTED = "asserted"  # the writer or a named source states it happened
    ALLEGED = "alleged"  # an accusation attributed to someone ("sources accused X of ...")
    DENIED = "denied"  # someone denies it ("the SDF denied ...")
    THREATENED = "threatened"  # a threat of future force
    HYPOTHETICAL = "hypothetical"  # conditional, planned, foiled, feared, "may"
    NEGATED = "negated"  # the text says it did not happen
    HISTORICAL = "historical"  # background: long ago or undated past events


class TimePrecision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


class GeoPrecision(IntEnum):
    """ACLED-style geo precision: 1 town, 2 near a town / part of a district, 3 larger area."""

    TOWN = 1
    NEAR_TOWN = 2
    REGION = 3


class ActorType(StrEnum):
    STATE_FORCES = "state_forces"
    REBEL_GROUP = "rebel_group"
    POLITICAL_MILITIA = "political_militia"
    IDENTITY_MILITIA = "identity_militia"
    EXTERNAL_FORCES = "external_forces"
    CIVILIANS = "civilians"
    PROTESTERS = "protesters"
    UNIDENTIFIED = "unidentified"
    OTHER = "other"


class Role(StrEnum):
    PERPETRATOR = "perpetrator"
    TARGET = "target"
    REPORTER = "reporter"
    CLAIMANT = "claimant"
    ACCUSER = "accuser"
    DENIER = "denier"


class AttributionKind(StrEnum):
    """What an attributed party does with the event."""

    REPORTS = "reports"
    CLAIMS_RESPONSIBILITY = "claims_responsibility"
    ACCUSES = "accuses"
    DENIES = "denies"


class Language(StrEnum):
    AR = "ar"
    EN = "en"
    KU = "ku"
    OTHER = "other"
    UNKNOWN = "unknown"


class DocumentStatus(StrEnum):
    NEW = "new"
    PROCESSED = "processed"
    EMPTY = "empty"
    UNSUPPORTED_LANGUAGE = "unsupported_language"
    FAILED = "failed"


class CasualtyKind(StrEnum):
    KILLED = "killed"
    INJURED = "injured"
    ABDUCTED = "abducted"
    ARRESTED = "arrested"


@dataclass(frozen=True, slots=True, kw_only=True)
class EventTypeInfo:
    """How one marsad type maps onto ACLED and PLOVER, and which family clustering blocks on."""

    acled_event_type: str
    acled_sub_event_type: str
    plover: str
    mode: Mode
    family: str


_V = "Violence against civilians"
_E = "Explosions/Remote violence"
_B = "Battles"
_S = "Strategic developments"

EVENT_TYPE_INFO: dict[EventType, EventTypeInfo] = {
    EventType.ARMED_CLASH: EventTypeInfo(
        acled_event_type=_B, acled_sub_event_type="Armed clash", plover="FIGHT",
        mode=Mode.FIREARMS, family="ground"),
    EventType.ARMED_ATTACK: EventTypeInfo(
        acled_event_type=_V, acled_sub_event_type="Attack", plover="ASSAULT",
        mode=Mode.FIREARMS, family="ground"),
    EventType.ASSASSINATION: EventTypeInfo(
        acled_event_type=_V, acled_sub_event_type="Attack", plover="ASSAULT",
        mode=Mode.FIREARMS, family="targeted"),
    EventType.SHOOTING: EventTypeInfo(
        acled_event_type=_V, acled_sub_event_type="Attack", plover="ASSAULT",
        mode=Mode.FIREARMS, family="ground"),
    EventType.STABBING: EventTypeInfo(
        acled_event_type=_V, acled_sub_event_type="Attack", plover="ASSAULT",
        mode=Mode.SHARP_OBJECT, family="targeted"),
    EventType.MINE_IED: EventTypeInfo(
        acled_event_type=_E, acled_sub_event_type="Remote explosive/landmine/IED",
        plover="ASSAULT", mode=Mode.EXPLOSIVES, family="explosive"),
    EventType.CAR_BOMB: EventTypeInfo(
        acled_event_type=_E, acled_sub_event_type="Remote explosive/landmine/IED",
        plover="ASSAULT", mode=Mode.EXPLOSIVES, family="explosive"),
    EventType.SUICIDE_ATTACK: EventTypeInfo(
        acled_event_type=_E, acled_sub_event_type="Suicide bomb", plover="ASSAULT",
        mode=Mode.EXPLOSIVES, family="explosive"),
    EventType.SHELLING: EventTypeInfo(
        acled_event_type=_E, acled_sub_event_type="Shelling/artillery/missile attack",
        plover="FIGHT", mode=Mode.ARTILLERY, family="remote"),
    EventType.DRONE_STRIKE: EventTypeInfo(
        acled_event_type=_E, acled_sub_event_type="Air/drone strike", plover="FIGHT",
        mode=Mode.DRONE, family="remote"),
    EventType.AIR_STRIKE: EventTypeInfo(
        acled_event_type=_E, acled_sub_event_type="Air/drone strike", plover="FIGHT",
        mode=Mode.AERIAL, family="remote"),
    EventType.ABDUCTION: EventTypeInfo(
        acled_event_type=_V, acled_sub_event_type="Abduction/forced disappearance",
        plover="ASSAULT", mode=Mode.SEIZURE, family="seizure"),
    EventType.ARREST: EventTypeInfo(
        acled_event_type=_S, acled_sub_event_type="Arrests", plover="COERCE",
        mode=Mode.SEIZURE, family="seizure"),
    EventType.EXECUTION: EventTypeInfo(
        acled_event_type=_V, acled_sub_event_type="Attack", plover="ASSAULT",
        mode=Mode.FIREARMS, family="targeted"),
    EventType.THREATEN: EventTypeInfo(
        acled_event_type=_S, acled_sub_event_type="Other", plover="THREATEN",
        mode=Mode.VERBAL, family="threat"),
    EventType.PROTEST: EventTypeInfo(
        acled_event_type="Protests", acled_sub_event_type="Peaceful protest", plover="PROTEST",
        mode=Mode.DEMONSTRATION, family="protest"),
}

# Organised armed actors: ACLED codes direct violence against them as a battle, not as violence
# against civilians (ACLED codebook: "Violence against civilians" needs unarmed, non-combatant victims;
# an attack by one organised armed group on another is "Battles - Armed clash", even when one-sided).
ARMED_ACTOR_TYPES = frozenset(
    {
        ActorType.STATE_FORCES,
        ActorType.REBEL_GROUP,
        ActorType.POLITICAL_MILITIA,
        ActorType.IDENTITY_MILITIA,
        ActorType.EXTERNAL_FORCES,
    }
)
# Direct (ground, close-range) violence whose ACLED type depends on who was targeted. Explosions and
# remote violence are coded by weapon whatever the target; abductions and executions (of captives,
# who are hors de combat) stay violence against civilians.
_TARGET_DEPENDENT = frozenset(
    {EventType.ARMED_ATTACK, EventType.SHOOTING, EventType.ASSASSINATION, EventType.STABBING}
)


def acled_types(event_type: EventType, target_type: ActorType | None = None) -> tuple[str, str]:
    """ACLED ``(event_type, sub_event_type)`` for a marsad type and, where it matters, the target's actor
    type: an armed attack, shooting, stabbing or assassination of an organised armed actor is
    ``Battles / Armed clash``; of civilians, or of an unknown target, ``Violence against civilians /
    Attack`` (the type's default mapping)."""
    info = EVENT_TYPE_INFO[event_type]
    if event_type in _TARGET_DEPENDENT and target_type in ARMED_ACTOR_TYPES:
        return _B, "Armed clash"
    return info.acled_event_type, info.acled_sub_event_type
