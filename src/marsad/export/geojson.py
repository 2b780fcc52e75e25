"""GeoJSON FeatureCollection of events that have coordinates (others are counted, not dropped)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from marsad.export.rows import event_row
from marsad.export.target import Target, text_target
from marsad.model import Event


def write_geojson(events: Iterable[Event], target: Target) -> int:
    with text_target(target) as out:
        return _write(events, out)


def _write(events: Iterable[Event], out: TextIO) -> int:
    features = []
    unplaced = 0
    for event in events:
        row = event_row(event)
        if row["latitude"] is None or row["longitude"] is None:
            unplaced += 1
            continue
        props = {k: v for k, v in row.items() if k not in {"latitude", "longitude"}}
        features.append(
            {
                "type": "Feature",
                "id": event.id,
                "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
                "properties": props,
            }
        )
    json.dump(
        {"type": "FeatureCollection", "features": features, "marsad_unplaced_events": unplaced},
        out,
        ensure_ascii=False,
    )
    out.write("\n")
    return len(features)
