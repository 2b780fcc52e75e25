"""The pieces of extraction that live in their own modules (actor roles, place mentions), built once
per resources object and shared by every document."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.extract.actors import ActorFinder, load_actor_catalog
from marsad.extract.context import PlaceNameSource
from marsad.extract.places import PlaceMentionFinder


@dataclass(frozen=True, slots=True, eq=False)
class Collaborators:
    actor_finder: ActorFinder
    place_finder: PlaceMentionFinder


def load_collaborators(place_names: PlaceNameSource | None) -> Collaborators:
    return Collaborators(
        actor_finder=ActorFinder(load_actor_catalog()),
        place_finder=PlaceMentionFinder(place_names),
    )
