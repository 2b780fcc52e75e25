"""A geocoded mention as a flat JSON-ready dict (CLI output, API payloads)."""

from __future__ import annotations

from marsad.model import PlaceMention


def mention_json(m: PlaceMention) -> dict[str, object]:
    p = m.place
    return {
        "mention": m.text,
        "span": [m.evidence.span.start, m.evidence.span.end],
        "qualifier": m.qualifier,
        "place_id": p.id if p else None,
        "geonameid": int(p.id.split(":")[1]) if p and p.id.startswith("geonames:") else None,
        "name": p.name if p else None,
        "name_ar": p.name_ar if p else None,
        "lat": p.latitude if p else None,
        "lon": p.longitude if p else None,
        "country": p.country_code if p else None,
        "admin1": p.admin1 if p else None,
        "admin1_code": p.admin1_code if p else None,
        "admin2": p.admin2 if p else None,
        "precision": int(p.precision) if p else None,
        "reason": m.resolution_note,
    }
