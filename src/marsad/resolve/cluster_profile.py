"""The compact features clustering compares: one :class:`Profile` per report (no text kept, only a
MinHash signature), so a million reports fit in memory."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.extract.actor_catalog import generic_actor_ids
from marsad.model import ActorMention, EventReport
from marsad.resolve.similarity import minhash, script_of
from marsad.text.normalize import normalize_str
from marsad.vocab import EVENT_TYPE_INFO, ActorType, CasualtyKind, EventType, GeoPrecision, TimePrecision

__all__ = ["ActorKey", "Profile", "profile_of"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorKey:
    """An actor as clustering sees it: the catalogue id when known, else the normalized name."""

    actor_id: str
    name: str
    actor_type: ActorType
    generic: bool = False  # a catalogued class ("military forces", "police"), not a named actor

    @property
    def identified(self) -> bool:
        return bool(self.actor_id or self.name) and self.actor_type is not ActorType.UNIDENTIFIED


@dataclass(frozen=True, slots=True, kw_only=True)
class Profile:
    id: str
    document_id: str
    family: str
    event_type: EventType
    start: int | None  # date ordinal (None: undated)
    end: int | None
    precision: TimePrecision
    place_id: str
    latitude: float | None
    longitude: float | None
    place_precision: GeoPrecision | None
    admin2: str
    place_text: str  # normalized text of the first place mention
    place_names: tuple[str, ...]  # place_text plus the resolved place's English and Arabic names
    perpetrator: ActorKey | None
    target: ActorKey | None
    killed: int | None
    injured: int | None
    abducted: int | None
    arrested: int | None
    script: str
    signature: bytes

    @property
    def dated(self) -> bool:
        return self.start is not None

    @property
    def located(self) -> bool:
        return self.latitude is not None and self.longitude is not None


def _key(text: str) -> str:
    return " ".join(normalize_str(text).lower().split())


def _actor(mention: ActorMention | None) -> ActorKey | None:
    if mention is None:
        return None
    return ActorKey(
        actor_id=mention.actor_id or "",
        name=_key(mention.name or mention.text),
        actor_type=mention.actor_type,
        generic=bool(mention.actor_id) and mention.actor_id in generic_actor_ids(),
    )


def profile_of(report: EventReport, permutations: int = 64) -> Profile:
    place = next((m.place for m in report.places if m.place is not None), None)
    d = report.date
    dated = d is not None and d.precision not in (TimePrecision.YEAR, TimePrecision.UNKNOWN)
    text = report.sentence.quote
    place_text = _key(report.places[0].text) if report.places else ""
    names = (_key(place.name), _key(place.name_ar)) if place else ()
    return Profile(
        id=report.id,
        document_id=report.document_id,
        family=EVENT_TYPE_INFO[report.event_type].family,
        event_type=report.event_type,
        start=d.start.toordinal() if dated and d is not None else None,
        end=d.end.toordinal() if dated and d is not None else None,
        precision=d.precision if d is not None else TimePrecision.UNKNOWN,
        place_id=place.id if place else "",
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        place_precision=place.precision if place else None,
        admin2=f"{place.country_code}|{place.admin1}|{place.admin2}" if place and place.admin2 else "",
        place_text=place_text,
        place_names=tuple(dict.fromkeys(n for n in (place_text, *names) if n)),
        perpetrator=_actor(report.perpetrator),
        target=_actor(report.target),
        killed=report.casualty(CasualtyKind.KILLED),
        injured=report.casualty(CasualtyKind.INJURED),
        abducted=report.casualty(CasualtyKind.ABDUCTED),
        arrested=report.casualty(CasualtyKind.ARRESTED),
        script=script_of(text),
        signature=minhash(text, permutations),
    )
