"""Pydantic models at the HTTP boundary: request bodies of review actions and listed events."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "EDITABLE_FIELDS",
    "ConfirmRequest",
    "EditRequest",
    "EventList",
    "EventSummary",
    "MergeRequest",
    "RejectRequest",
    "SplitRequest",
]

EDITABLE_FIELDS = ("event_type", "certainty", "perpetrator", "target", "place_text", "summary",
                   "date_start", "date_end")  # fmt: skip
"""Event fields an analyst may correct by hand (each edit is kept in history with its reason)."""


class EventSummary(BaseModel):
    """One event as listed: flat columns (the full record is at ``/api/v1/events/{id}``)."""

    id: str
    event_type: str
    certainty: str
    date_start: date | None
    date_end: date | None
    time_precision: str | None
    place_text: str
    admin1: str
    admin2: str
    latitude: float | None
    longitude: float | None
    perpetrator: str
    target: str
    killed_min: int | None
    killed_max: int | None
    injured_min: int | None
    injured_max: int | None
    n_reports: int
    rejected: bool


class EventList(BaseModel):
    total: int = Field(description="Events matching the filters (all pages).")
    limit: int
    offset: int
    items: list[EventSummary]


class _Review(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: str = Field("", max_length=2000, description="Why (kept in the history).")


class ConfirmRequest(_Review):
    pass


class RejectRequest(_Review):
    reason: str = Field(..., min_length=1, max_length=2000, description="Why it is not an event.")


class EditRequest(_Review):
    field: Literal["event_type", "certainty", "perpetrator", "target", "place_text", "summary",
                   "date_start", "date_end"]  # fmt: skip
    value: str = Field(..., max_length=2000)
    reason: str = Field(..., min_length=1, max_length=2000, description="Why the value changes.")


class MergeRequest(_Review):
    other_event_id: str = Field(
        ...,
        min_length=1,
        max_length=200,
        description="The event merged into this one (it becomes an empty shell).",
    )


class SplitRequest(_Review):
    report_id: str = Field(
        ..., min_length=1, max_length=200, description="The report moved out into a new event."
    )


def geojson_feature(item: dict[str, Any]) -> dict[str, Any]:
    """A listed event (an :class:`EventSummary` dict) with coordinates as a GeoJSON Feature."""
    props = {k: v for k, v in item.items() if k not in ("latitude", "longitude")}
    return {
        "type": "Feature",
        "id": item["id"],
        "geometry": {"type": "Point", "coordinates": [item["longitude"], item["latitude"]]},
        "properties": props,
    }
