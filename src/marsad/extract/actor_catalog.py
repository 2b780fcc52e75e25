"""The actor catalog: neutral canonical names, types and aliases (data in lexicons/actors.toml)."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from marsad.errors import ExtractionError
from marsad.model import Actor, Alias
from marsad.vocab import ActorType, Language, Role

_LANG_KEYS = (("ar", Language.AR), ("en", Language.EN), ("ku", Language.KU))


@dataclass(frozen=True, slots=True, kw_only=True)
class CatalogEntry:
    """An :class:`Actor` plus how the finder treats it."""

    actor: Actor
    generic: bool = False  # a class of actors ("gunmen", "civilians"): the mention keeps its own words
    inflect: bool = False  # aliases are common nouns taking plural/dual/pronoun suffixes
    role_hint: Role = Role.TARGET  # usual role when the sentence says nothing


@dataclass(frozen=True, slots=True)
class ActorCatalog:
    """All catalogued actors; ``get(actor_id)`` returns the :class:`Actor`."""

    entries: tuple[CatalogEntry, ...]

    @property
    def actors(self) -> tuple[Actor, ...]:
        return tuple(e.actor for e in self.entries)

    def entry(self, actor_id: str) -> CatalogEntry:
        for e in self.entries:
            if e.actor.id == actor_id:
                return e
        raise KeyError(actor_id)

    def get(self, actor_id: str) -> Actor:
        return self.entry(actor_id).actor

    def __iter__(self) -> Iterator[CatalogEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)


def _date(value: Any, where: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ExtractionError(
            f"bad date {value!r} in actor catalog", context=where,
            hint="write dates as YYYY-MM-DD in extract/lexicons/actors.toml",
        ) from exc


def parse_catalog(data: dict[str, Any]) -> ActorCatalog:
    """Build a catalog from parsed TOML (``[[actor]]`` tables); checks ids, types and parents."""
    entries: list[CatalogEntry] = []
    seen: set[str] = set()
    for raw in data.get("actor", []):
        actor_id = str(raw.get("id", ""))
        if not actor_id or actor_id in seen:
            raise ExtractionError(
                f"actor id {actor_id!r} missing or duplicated", context="actors.toml",
                hint="give every [[actor]] a unique id",
            )
        seen.add(actor_id)
        try:
            actor_type = ActorType(raw["type"])
            role_hint = Role(raw.get("role_hint", "target"))
        except (KeyError, ValueError) as exc:
            raise ExtractionError(
                f"actor {actor_id!r} has a bad type or role_hint", context="actors.toml",
                hint=f"use one of {[t.value for t in ActorType]}",
            ) from exc
        aliases = tuple(
            Alias(text=str(text), language=lang) for key, lang in _LANG_KEYS for text in raw.get(key, [])
        )
        actor = Actor(
            id=actor_id, name=str(raw["name"]), actor_type=actor_type, aliases=aliases,
            parent_id=raw.get("parent"), valid_from=_date(raw.get("valid_from"), actor_id),
            valid_to=_date(raw.get("valid_to"), actor_id), note=str(raw.get("note", "")),
        )
        entries.append(CatalogEntry(
            actor=actor, generic=bool(raw.get("generic", False)), inflect=bool(raw.get("inflect", False)),
            role_hint=role_hint,
        ))
    for e in entries:
        if e.actor.parent_id is not None and e.actor.parent_id not in seen:
            raise ExtractionError(
                f"actor {e.actor.id!r} names unknown parent {e.actor.parent_id!r}", context="actors.toml",
                hint="add the parent actor or fix the parent id",
            )
    return ActorCatalog(tuple(entries))


@cache
def load_actor_catalog() -> ActorCatalog:
    """The packaged catalog (read once)."""
    raw = resources.files("marsad.extract").joinpath("lexicons/actors.toml").read_text("utf-8")
    return parse_catalog(tomllib.loads(raw))


@cache
def generic_actor_ids() -> frozenset[str]:
    """Ids of catalogued actor classes ("gunmen", "civilians", "police" of an unnamed state)."""
    return frozenset(e.actor.id for e in load_actor_catalog().entries if e.generic)
