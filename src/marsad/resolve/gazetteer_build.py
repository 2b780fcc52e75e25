"""Build or extend a gazetteer from GeoNames data (the 19-column country dumps users download).

A GeoNames dump line (``SY.txt``, ``allCountries.txt``) has, tab-separated: geonameid, name,
asciiname, alternatenames (comma-separated), latitude, longitude, feature class, feature code,
country code, cc2, admin1, admin2, admin3, admin4, population, elevation, dem, timezone,
modification date. ``admin1CodesASCII.txt`` / ``admin2Codes.txt`` lines are ``code name asciiname
geonameid``. Only populated places (P), admin units (A: ADM1-ADM3) and a few features that conflict
reports name (camps, dams, airports, oil fields, bases, prisons, bridges) are kept.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

from marsad.errors import GazetteerError
from marsad.resolve.gazetteer_record import GazetteerEntry

GEONAMES_COLUMNS = 19
KEEP_CLASSES = frozenset({"P"})
KEEP_ADMIN = frozenset({"ADM1", "ADM2", "ADM3"})
KEEP_FEATURES = frozenset(
    {"CMP", "CMPRF", "DAM", "AIRP", "AIRB", "AIRF", "OILF", "GASF", "INSM", "MILB", "PRN", "BDG", "CRSB"}
)
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LATIN_ONLY = re.compile(r"^[\u0020-\u024f\u1e00-\u1eff\u02b0-\u02ff'’‘`-]+$")


def split_names(names: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(Arabic-script names, Latin-script names); mixed-script and other scripts are dropped."""
    ar: list[str] = []
    other: list[str] = []
    for raw in names:
        n = " ".join(raw.replace("\u200e", "").replace("\u200f", "").split())
        if not n or "|" in n:
            continue
        if _ARABIC.search(n):
            if not re.search(r"[A-Za-z]", n) and n not in ar:
                ar.append(n)
        elif _LATIN_ONLY.match(n) and len(n) >= 2 and n not in other:
            other.append(n)
    return tuple(ar), tuple(other)


@dataclass(frozen=True, slots=True, kw_only=True)
class AdminName:
    code: str  # "SY.01" or "SY.01.SY0101"
    name: str
    geonameid: int


def read_admin_codes(path: Path) -> list[AdminName]:
    """``admin1CodesASCII.txt`` or ``admin2Codes.txt`` (4 tab-separated columns)."""
    out = []
    for line in path.read_text("utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 4 and cells[3].strip().isdigit():
            out.append(AdminName(code=cells[0], name=cells[1], geonameid=int(cells[3])))
    return out


def is_admin_codes_file(path: Path) -> bool:
    with path.open(encoding="utf-8") as fh:
        first = fh.readline().split("\t")
    return len(first) == 4 and "." in first[0]


def parse_geonames_line(line: str, *, source: str, lineno: int) -> GazetteerEntry | None:
    """One dump line as an entry, or None when its feature is not kept."""
    cells = line.rstrip("\n").split("\t")
    if len(cells) != GEONAMES_COLUMNS:
        raise GazetteerError(
            f"line {lineno} has {len(cells)} columns, a GeoNames dump has {GEONAMES_COLUMNS}",
            context=source,
            hint="pass a GeoNames country dump such as SY.txt (tab-separated)",
        )
    fclass, fcode, country = cells[6], cells[7], cells[8]
    if not (fclass in KEEP_CLASSES or (fclass == "A" and fcode in KEEP_ADMIN) or fcode in KEEP_FEATURES):
        return None
    try:
        gid = int(cells[0])
        lat, lon = float(cells[4]), float(cells[5])
        population = int(cells[14] or 0)
    except ValueError as exc:
        raise GazetteerError(
            f"line {lineno}: {exc}", context=source, hint="the file is not a GeoNames dump"
        ) from exc
    admin1 = f"{country}.{cells[10]}" if cells[10] else ""
    admin2 = f"{admin1}.{cells[11]}" if admin1 and cells[11] else ""
    ar, other = split_names(cells[3].split(","))
    if fclass == "A" and fcode == "ADM1":
        entry_id = f"admin1:{admin1}"
    elif fclass == "A" and fcode == "ADM2" and admin2:
        entry_id = f"admin2:{admin2}"
    else:
        entry_id = f"geonames:{gid}"
    return GazetteerEntry(
        id=entry_id,
        geonameid=gid,
        name=cells[1],
        ascii_name=cells[2],
        names_ar=ar,
        names_other=other,
        latitude=lat,
        longitude=lon,
        country=country,
        admin1_code=admin1,
        admin2_code=admin2,
        feature_class=fclass,
        feature_code=fcode,
        population=population,
    )


def read_geonames_dump(path: Path, *, countries: frozenset[str] = frozenset()) -> Iterator[GazetteerEntry]:
    """Entries from a dump, optionally only for some country codes."""
    try:
        with path.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, start=1):
                if not line.strip() or line.startswith("#"):
                    continue
                entry = parse_geonames_line(line, source=str(path), lineno=lineno)
                if entry is not None and (not countries or entry.country in countries):
                    yield entry
    except OSError as exc:
        raise GazetteerError(
            f"cannot read {path}: {exc.strerror}",
            context=str(path),
            hint="download the dump from https://download.geonames.org/export/dump/",
        ) from exc


def _union(a: Sequence[str], b: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*a, *b]))


def merge_entries(base: Iterable[GazetteerEntry], extra: Iterable[GazetteerEntry]) -> list[GazetteerEntry]:
    """Union by id. An extra row replaces a base row's fields but keeps every name of both; an admin
    unit from a dump (real GeoNames coordinates) replaces one derived from its seat."""
    merged: dict[str, GazetteerEntry] = {e.id: e for e in base}
    for e in extra:
        old = merged.get(e.id)
        if old is None:
            merged[e.id] = e
            continue
        merged[e.id] = replace(
            e,
            names_ar=_union(e.names_ar, old.names_ar),
            names_other=_union(e.names_other, old.names_other),
            population=e.population or old.population,
            feature_code=e.feature_code or old.feature_code,
            admin2_code=e.admin2_code or old.admin2_code,
            note=e.note or old.note,
        )
    return list(merged.values())


def apply_admin_names(entries: Iterable[GazetteerEntry], names: Sequence[AdminName]) -> list[GazetteerEntry]:
    """Give admin rows their official names from admin1CodesASCII/admin2Codes (names kept as aliases)."""
    by_code = {a.code: a for a in names}
    out = []
    for e in entries:
        code = e.admin1_code if e.admin_level == 1 else e.admin2_code if e.admin_level == 2 else ""
        official = by_code.get(code)
        if official and official.name != e.name:
            out.append(replace(e, name=official.name, names_other=_union(e.names_other, [e.name])))
        else:
            out.append(e)
    return out


def curated_names() -> dict[int, tuple[str, ...]]:
    """Curated Kurdish and alternate names by GeoNames id (``data/names.toml``)."""
    raw = resources.files("marsad.resolve").joinpath("data/names.toml").read_text("utf-8")
    return {int(p["id"]): tuple(p["names"]) for p in tomllib.loads(raw).get("place", [])}


def curated_admin1() -> list[dict[str, Any]]:
    raw = resources.files("marsad.resolve").joinpath("data/admin_areas.toml").read_text("utf-8")
    return list(tomllib.loads(raw).get("admin1", []))


def add_curated_names(
    entries: Iterable[GazetteerEntry], names: Mapping[int, Sequence[str]]
) -> list[GazetteerEntry]:
    out = []
    for e in entries:
        extra = names.get(e.geonameid) if e.id.startswith("geonames:") else None
        if extra:
            ar, other = split_names(extra)
            e = replace(e, names_ar=_union(e.names_ar, ar), names_other=_union(e.names_other, other))
        out.append(e)
    return out


def admin1_units(
    places: Mapping[int, GazetteerEntry], units: Sequence[Mapping[str, Any]]
) -> list[GazetteerEntry]:
    """Governorates as entries at their seat's coordinates; the seat is marked PPLA (PPLC for capitals)."""
    out = []
    for u in units:
        seat = places.get(int(u["capital"]))
        if seat is None:
            raise GazetteerError(
                f"admin1 {u['code']}: seat {u['capital']} is not in the data",
                hint="fix data/admin_areas.toml",
            )
        ar, other = split_names([u["name_ar"], *u.get("names", [])])
        out.append(
            GazetteerEntry(
                id=f"admin1:{u['code']}",
                geonameid=0,
                name=u["name"],
                ascii_name=u["name"],
                names_ar=ar,
                names_other=other,
                latitude=seat.latitude,
                longitude=seat.longitude,
                country=seat.country,
                admin1_code=u["code"],
                feature_class="A",
                feature_code="ADM1",
                note=f"coordinates of the seat geonames:{seat.geonameid} ({seat.name})",
            )
        )
    return out


DEFAULT_COUNTRIES = frozenset({"SY", "IQ", "TR"})
# Turkish provinces kept (the border strip): Şanlıurfa, Gaziantep, Kilis, Hatay, Mardin, Şırnak.
TURKISH_BORDER_ADMIN1 = frozenset({"TR.63", "TR.83", "TR.90", "TR.31", "TR.72", "TR.80"})


@dataclass(frozen=True, slots=True, kw_only=True)
class BuildReport:
    base_rows: int
    read_rows: int
    output_rows: int
    admin_names: int


def build_extended(
    files: Sequence[Path],
    base: Sequence[GazetteerEntry],
    *,
    countries: frozenset[str] = DEFAULT_COUNTRIES,
) -> tuple[list[GazetteerEntry], BuildReport]:
    """Merge GeoNames dumps (and admin code name files) into ``base`` (usually the bundled rows)."""
    admin_names: list[AdminName] = []
    read: list[GazetteerEntry] = []
    for path in files:
        if not path.is_file():
            raise GazetteerError(
                f"{path} is not a file",
                context=str(path),
                hint="pass GeoNames dump files such as SY.txt (unzipped)",
            )
        if is_admin_codes_file(path):
            admin_names.extend(read_admin_codes(path))
            continue
        for entry in read_geonames_dump(path, countries=countries):
            if entry.country == "TR" and entry.admin1_code not in TURKISH_BORDER_ADMIN1:
                continue
            read.append(entry)
    merged = apply_admin_names(merge_entries(base, read), admin_names)
    report = BuildReport(
        base_rows=len(base), read_rows=len(read), output_rows=len(merged), admin_names=len(admin_names)
    )
    return merged, report
