"""Build the bundled country outlines (Natural Earth 1:50m, public domain) from world-atlas TopoJSON.

    npm pack world-atlas@2 && tar xzf world-atlas-*.tgz
    python scripts/build_boundaries.py package/countries-50m.json

Writes src/marsad/data/boundaries/countries.geojson with Syria, Iraq, Turkey and their neighbours,
coordinates rounded to 3 decimals (about 100 m). world-atlas is ISC-licensed; Natural Earth data is in
the public domain. No governorate (admin-1) layer is bundled yet: no registry package ships one under
a licence we can redistribute.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

KEEP = {
    "760": "SY",
    "368": "IQ",
    "792": "TR",
    "400": "JO",
    "422": "LB",
    "364": "IR",
    "682": "SA",
    "376": "IL",
}
OUT = Path(__file__).resolve().parents[1] / "src" / "marsad" / "data" / "boundaries" / "countries.geojson"


def decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((round(x * sx + tx, 3), round(y * sy + ty, 3)))
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    coords: list[list[float]] = []
    for i in indexes:
        points = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        if coords:
            points = points[1:]
        coords.extend([list(p) for p in points])
    return coords


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topojson", type=Path)
    args = parser.parse_args()
    topo = json.loads(args.topojson.read_text("utf-8"))
    arcs = decode_arcs(topo)
    features = []
    for geom in topo["objects"]["countries"]["geometries"]:
        code = KEEP.get(str(geom.get("id")))
        if code is None:
            continue
        polygons = [geom["arcs"]] if geom["type"] == "Polygon" else geom["arcs"]
        coordinates = [[ring(r, arcs) for r in polygon] for polygon in polygons]
        features.append(
            {
                "type": "Feature",
                "id": code,
                "properties": {"iso2": code, "name": geom["properties"]["name"]},
                "geometry": {"type": "MultiPolygon", "coordinates": coordinates},
            }
        )
    collection = {
        "type": "FeatureCollection",
        "source": "Natural Earth 1:50m admin-0 via world-atlas 2 (public domain / ISC)",
        "features": sorted(features, key=lambda f: f["id"]),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(collection, separators=(",", ":")), "utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes, {len(features)} countries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
