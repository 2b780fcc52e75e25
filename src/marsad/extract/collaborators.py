"""The pieces of extraction other modules provide (actors, casualties, places, numbers, dates),
looked up once by name so the pipeline keeps working while one of them is not installed yet.

Each loader returns a callable or None; the pipeline skips a field whose provider is missing and
says so in ``Extraction.notes``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from marsad.extract.context import PlaceNameSource


def _optional(module: str) -> Any | None:
    try:
        return import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise
        return None


@dataclass(frozen=True, slots=True, eq=False)
class Collaborators:
    actor_finder: Any | None
    place_finder: Any | None
    find_casualties: Callable[..., Any] | None
    find_numbers: Callable[..., Any] | None
    find_dates: Callable[..., Any] | None

    def missing(self) -> list[str]:
        names = ("actor_finder", "place_finder", "find_casualties", "find_numbers", "find_dates")
        return [n for n in names if getattr(self, n) is None]


def load_collaborators(place_names: PlaceNameSource | None) -> Collaborators:
    actors = _optional("marsad.extract.actors")
    places = _optional("marsad.extract.places")
    casualties = _optional("marsad.extract.casualties")
    numbers = _optional("marsad.text.numbers")
    dates = _optional("marsad.text.dates")
    return Collaborators(
        actor_finder=actors.ActorFinder(actors.load_actor_catalog()) if actors else None,
        place_finder=places.PlaceMentionFinder(place_names) if places else None,
        find_casualties=casualties.find_casualties if casualties else None,
        find_numbers=numbers.find_numbers if numbers else None,
        find_dates=dates.find_dates if dates else None,
    )
