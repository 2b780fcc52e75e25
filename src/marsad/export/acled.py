"""ACLED-style CSV. The column schema is versioned (``ACLED_SCHEMA_VERSION``) and documented in
docs/export.md; marsad's own columns come after ACLED's, prefixed ``marsad_``."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from marsad.export.rows import event_row
from marsad.export.target import Target, text_target
from marsad.model import Event
from marsad.vocab import ActorType, TimePrecision

ACLED_SCHEMA_VERSION = "marsad-acled-1"

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "inter1",
    "actor2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
    "marsad_schema",
    "marsad_event_type",
    "marsad_certainty",
    "marsad_fatalities_min",
    "marsad_fatalities_max",
    "marsad_injured",
    "marsad_n_reports",
)

# ACLED interaction codes by actor type.
_INTER: dict[ActorType, int] = {
    ActorType.STATE_FORCES: 1,
    ActorType.REBEL_GROUP: 2,
    ActorType.POLITICAL_MILITIA: 3,
    ActorType.IDENTITY_MILITIA: 4,
    ActorType.PROTESTERS: 6,
    ActorType.CIVILIANS: 7,
    ActorType.EXTERNAL_FORCES: 8,
    ActorType.OTHER: 8,
}
_TIME_PRECISION = {TimePrecision.DAY: 1, TimePrecision.WEEK: 2, TimePrecision.MONTH: 3, TimePrecision.YEAR: 3}
_COUNTRY = {"SY": ("Syria", 760), "IQ": ("Iraq", 368), "TR": ("Turkey", 792)}
_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}


def acled_row(event: Event) -> dict[str, object]:
    row = event_row(event)
    inter1 = _INTER.get(event.perpetrator_type, 0) if event.perpetrator_type else 0
    inter2 = _INTER.get(event.target_type, 0) if event.target_type else 0
    country, iso = _COUNTRY.get(row["country_code"] or "", ("", ""))
    year = row["date_start"][:4] if row["date_start"] else ""
    return {
        "event_id_cnty": event.id,
        "event_date": row["date_start"] or "",
        "year": year,
        "time_precision": _TIME_PRECISION.get(event.date.precision, 3) if event.date else "",
        "disorder_type": _DISORDER.get(row["acled_event_type"], ""),
        "event_type": row["acled_event_type"],
        "sub_event_type": row["acled_sub_event_type"],
        "actor1": row["perpetrator"] or "Unidentified Armed Group",
        "inter1": inter1,
        "actor2": row["target"] or "",
        "inter2": inter2,
        "interaction": int(f"{min(inter1, inter2)}{max(inter1, inter2)}") if inter1 and inter2 else inter1,
        "civilian_targeting": "Civilian targeting" if event.target_type is ActorType.CIVILIANS else "",
        "iso": iso,
        "country": country,
        "admin1": row["admin1"] or "",
        "admin2": row["admin2"] or "",
        "location": row["location"] or "",
        "latitude": row["latitude"] if row["latitude"] is not None else "",
        "longitude": row["longitude"] if row["longitude"] is not None else "",
        "geo_precision": row["geo_precision"] or "",
        "source": row["sources"],
        "notes": row["summary"],
        "fatalities": row["killed"] if row["killed"] is not None else 0,
        "marsad_schema": ACLED_SCHEMA_VERSION,
        "marsad_event_type": row["event_type"],
        "marsad_certainty": row["certainty"],
        "marsad_fatalities_min": row["killed_min"] if row["killed_min"] is not None else "",
        "marsad_fatalities_max": row["killed_max"] if row["killed_max"] is not None else "",
        "marsad_injured": row["injured"] if row["injured"] is not None else "",
        "marsad_n_reports": row["n_reports"],
    }


def write_acled(events: Iterable[Event], target: Target) -> int:
    with text_target(target) as out:
        return _write(events, out)


def _write(events: Iterable[Event], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=list(ACLED_COLUMNS), lineterminator="\n")
    writer.writeheader()
    n = 0
    for event in events:
        writer.writerow(acled_row(event))
        n += 1
    return n
