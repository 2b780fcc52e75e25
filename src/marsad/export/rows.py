"""One flat row per event: the shape every tabular export (and the DataFrame API) shares."""

from __future__ import annotations

from typing import Any

from marsad.model import Event
from marsad.resolve.cluster_ledger import casualty_summary
from marsad.vocab import EVENT_TYPE_INFO, CasualtyKind, acled_types

ROW_COLUMNS: tuple[str, ...] = (
    "event_id",
    "date_start",
    "date_end",
    "time_precision",
    "event_type",
    "acled_event_type",
    "acled_sub_event_type",
    "plover",
    "mode",
    "certainty",
    "perpetrator",
    "perpetrator_type",
    "target",
    "target_type",
    "location",
    "admin1",
    "admin2",
    "country_code",
    "latitude",
    "longitude",
    "geo_precision",
    "place_id",
    "killed",
    "killed_min",
    "killed_max",
    "injured",
    "injured_min",
    "injured_max",
    "abducted",
    "casualty_disagreement",
    "n_reports",
    "sources",
    "summary",
    "rejected",
)


def conservative(event: Event, kind: CasualtyKind) -> tuple[int | None, int | None, int | None]:
    """(conservative, min, max) for one casualty kind, by the ledger rule of
    :func:`marsad.resolve.cluster_ledger.casualty_summary` (after ACLED's "most conservative credible
    figure": the lowest exact figure any report gives; vague figures only when no report is exact)."""
    summary = casualty_summary(event.ledger, kind)
    if summary is None:
        return None, None, None
    return summary.conservative, summary.minimum, summary.maximum


def event_row(event: Event) -> dict[str, Any]:
    info = EVENT_TYPE_INFO[event.event_type]
    acled = acled_types(event.event_type, event.target_type)
    killed, killed_min, killed_max = conservative(event, CasualtyKind.KILLED)
    injured, injured_min, injured_max = conservative(event, CasualtyKind.INJURED)
    abducted, _, _ = conservative(event, CasualtyKind.ABDUCTED)
    place = event.place
    disagreement = any(
        (lo, hi) != (None, None) and lo != hi
        for lo, hi in ((killed_min, killed_max), (injured_min, injured_max))
    )
    return {
        "event_id": event.id,
        "date_start": event.date.start.isoformat() if event.date else None,
        "date_end": event.date.end.isoformat() if event.date else None,
        "time_precision": event.date.precision.value if event.date else None,
        "event_type": event.event_type.value,
        "acled_event_type": acled[0],
        "acled_sub_event_type": acled[1],
        "plover": info.plover,
        "mode": info.mode.value,
        "certainty": event.certainty.value,
        "perpetrator": event.perpetrator,
        "perpetrator_type": event.perpetrator_type.value if event.perpetrator_type else None,
        "target": event.target,
        "target_type": event.target_type.value if event.target_type else None,
        "location": place.name if place else event.place_text,
        "admin1": place.admin1 if place else None,
        "admin2": place.admin2 if place else None,
        "country_code": place.country_code if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": int(place.precision) if place else None,
        "place_id": place.id if place else None,
        "killed": killed,
        "killed_min": killed_min,
        "killed_max": killed_max,
        "injured": injured,
        "injured_min": injured_min,
        "injured_max": injured_max,
        "abducted": abducted,
        "casualty_disagreement": disagreement,
        "n_reports": len(event.report_ids),
        "sources": "; ".join(event.sources),
        "summary": event.summary,
        "rejected": event.rejected,
    }
