"""The gazetteer file: gzip-compressed tab-separated rows, one place or admin unit per row.

Columns (header line ``#marsad-gazetteer v1`` then the column names):
``id geonameid name ascii_name names_ar names_other latitude longitude country admin1 admin2
feature_class feature_code population note``; name lists are ``|``-separated.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterable, Iterator
from pathlib import Path

from marsad.errors import GazetteerError
from marsad.resolve.gazetteer_record import GazetteerEntry

MAGIC = "#marsad-gazetteer v1"
COLUMNS = (
    "id",
    "geonameid",
    "name",
    "ascii_name",
    "names_ar",
    "names_other",
    "latitude",
    "longitude",
    "country",
    "admin1",
    "admin2",
    "feature_class",
    "feature_code",
    "population",
    "note",
)


def _clean(value: str) -> str:
    return value.replace("\t", " ").replace("\n", " ").replace("|", "/").strip()


def _row(entry: GazetteerEntry) -> str:
    cells = (
        entry.id,
        str(entry.geonameid),
        _clean(entry.name),
        _clean(entry.ascii_name),
        "|".join(_clean(n) for n in entry.names_ar),
        "|".join(_clean(n) for n in entry.names_other),
        f"{entry.latitude:.5f}",
        f"{entry.longitude:.5f}",
        entry.country,
        entry.admin1_code,
        entry.admin2_code,
        entry.feature_class,
        entry.feature_code,
        str(entry.population),
        _clean(entry.note),
    )
    return "\t".join(cells)


def write_gazetteer(entries: Iterable[GazetteerEntry], path: Path) -> int:
    """Write entries sorted by id (reproducible bytes: gzip mtime fixed at 0). Returns the row count."""
    rows = sorted(entries, key=lambda e: e.id)
    buf = io.StringIO()
    buf.write(MAGIC + "\n" + "\t".join(COLUMNS) + "\n")
    for entry in rows:
        buf.write(_row(entry) + "\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(buf.getvalue().encode("utf-8"))
    return len(rows)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(n for n in cell.split("|") if n) if cell else ()


def parse_gazetteer(text: str, *, source: str = "") -> Iterator[GazetteerEntry]:
    lines = text.splitlines()
    if not lines or lines[0].strip() != MAGIC:
        raise GazetteerError(
            "not a marsad gazetteer file",
            context=source,
            hint="build one with `marsad gazetteer build SY.txt --output FILE`",
        )
    for lineno, line in enumerate(lines[2:], start=3):
        if not line:
            continue
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            raise GazetteerError(
                f"line {lineno} has {len(cells)} columns, expected {len(COLUMNS)}",
                context=source,
                hint="rebuild the file with `marsad gazetteer build`",
            )
        try:
            yield GazetteerEntry(
                id=cells[0],
                geonameid=int(cells[1]),
                name=cells[2],
                ascii_name=cells[3],
                names_ar=_split(cells[4]),
                names_other=_split(cells[5]),
                latitude=float(cells[6]),
                longitude=float(cells[7]),
                country=cells[8],
                admin1_code=cells[9],
                admin2_code=cells[10],
                feature_class=cells[11],
                feature_code=cells[12],
                population=int(cells[13]),
                note=cells[14],
            )
        except ValueError as exc:
            raise GazetteerError(
                f"line {lineno}: {exc}", context=source, hint="rebuild the file with `marsad gazetteer build`"
            ) from exc


def read_gazetteer_bytes(data: bytes, *, source: str = "") -> list[GazetteerEntry]:
    try:
        text = gzip.decompress(data).decode("utf-8")
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise GazetteerError(
            f"cannot decompress the gazetteer: {exc}",
            context=source,
            hint="point MARSAD_GAZETTEER at a file written by `marsad gazetteer build`",
        ) from exc
    return list(parse_gazetteer(text, source=source))


def read_gazetteer(path: Path) -> list[GazetteerEntry]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise GazetteerError(
            f"cannot read the gazetteer: {exc.strerror}",
            context=str(path),
            hint="check MARSAD_GAZETTEER, or unset it to use the bundled gazetteer",
        ) from exc
    return read_gazetteer_bytes(data, source=str(path))
