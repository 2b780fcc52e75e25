"""Resolution: the gazetteer and geocoder (places), the actor catalog, clustering reports into events."""

from __future__ import annotations

from marsad.resolve.gazetteer import Gazetteer, load_gazetteer
from marsad.resolve.gazetteer_record import GazetteerEntry
from marsad.resolve.geocode import Geocoder, find_and_geocode
from marsad.resolve.geocode_find import find_place_mentions

__all__ = [
    "Gazetteer",
    "GazetteerEntry",
    "Geocoder",
    "find_and_geocode",
    "find_place_mentions",
    "load_gazetteer",
]
