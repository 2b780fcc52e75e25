"""The gazetteer: places and admin units with names in Arabic, English and Kurdish, indexed for lookup.

:func:`load_gazetteer` reads the bundled file (GeoNames cities500 for Syria, Iraq and the Turkish
border provinces, plus governorates; built by ``scripts/build_gazetteer.py``) or a file written by
``marsad gazetteer build``. Loading is lazy and cached per path; nothing is read at import time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache, cached_property
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz, process

from marsad.model import Place
from marsad.resolve.gazetteer_io import read_gazetteer, read_gazetteer_bytes
from marsad.resolve.gazetteer_keys import fold_latin, is_arabic, name_key
from marsad.resolve.gazetteer_record import GazetteerEntry
from marsad.resolve.gazetteer_rules import AreaName, PlaceRules, bundled_rules
from marsad.text.match import LexiconMatcher
from marsad.text.normalize import normalize_str
from marsad.vocab import GeoPrecision

BUNDLED = "bundled"
MIN_LATIN_SCAN = 4  # shorter Latin names ("Ana", "Hit") are everyday words more often than places
FUZZY_CUTOFF = 88.0  # rapidfuzz ratio on transliteration skeletons; high, so only spelling slips pass


class ScanHit:
    """What the scanner's automaton returns for a name: its kind and the surface form."""

    __slots__ = ("common", "is_area", "latin", "surface")

    def __init__(self, surface: str, *, is_area: bool, common: bool) -> None:
        self.surface = surface
        self.is_area = is_area
        self.common = common
        self.latin = not is_arabic(surface)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ScanHit) and (self.surface, self.is_area) == (other.surface, other.is_area)

    def __hash__(self) -> int:
        return hash((self.surface, self.is_area))


class Gazetteer:
    """Places and admin units; implements the extraction stage's ``PlaceNameSource`` protocol."""

    def __init__(
        self, entries: Iterable[GazetteerEntry], *, rules: PlaceRules | None = None, source: str = BUNDLED
    ) -> None:
        self.entries: tuple[GazetteerEntry, ...] = tuple(entries)
        self.rules = rules if rules is not None else bundled_rules()
        self.source = source
        self._by_id = {e.id: e for e in self.entries}
        self._admin1 = {e.admin1_code: e for e in self.entries if e.admin_level == 1}
        self._admin2 = {e.admin2_code: e for e in self.entries if e.admin_level == 2}
        index: dict[str, list[GazetteerEntry]] = defaultdict(list)
        keys: dict[str, str] = {}  # many names repeat across entries: compute each key once
        for entry in self.entries:
            mine: set[str] = set()
            for n in entry.all_names():
                if n:
                    key = keys.get(n)
                    if key is None:
                        key = keys[n] = name_key(n)
                    mine.add(key)
            for key in mine:
                if key:
                    index[key].append(entry)
        self._index = {k: tuple(v) for k, v in index.items()}
        areas: dict[str, AreaName] = {}
        for area in self.rules.areas:
            for n in area.names:
                areas.setdefault(name_key(n), area)
        self._areas = areas

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> GazetteerEntry | None:
        return self._by_id.get(entry_id)

    def admin1(self, code: str) -> GazetteerEntry | None:
        return self._admin1.get(code)

    def admin2(self, code: str) -> GazetteerEntry | None:
        return self._admin2.get(code)

    def admin1_units(self) -> tuple[GazetteerEntry, ...]:
        return tuple(self._admin1.values())

    def lookup(self, name: str) -> tuple[GazetteerEntry, ...]:
        """Entries with a name equal to ``name`` up to normalization / transliteration."""
        key = name_key(name)
        return self._index.get(key, ()) if key else ()

    def lookup_area(self, name: str) -> AreaName | None:
        return self._areas.get(name_key(name))

    def fuzzy(self, name: str, *, cutoff: float = FUZZY_CUTOFF) -> tuple[tuple[GazetteerEntry, ...], float]:
        """The best near-spelling (Latin skeletons, or Arabic keys of 5+ letters) above ``cutoff``."""
        key = name_key(name)
        if len(key) < 5:
            return (), 0.0
        keys = self._latin_keys if not is_arabic(name) else self._arabic_keys
        best = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=cutoff)
        if best is None:
            return (), 0.0
        return self._index[best[0]], float(best[1])

    @cached_property
    def _latin_keys(self) -> list[str]:
        return [k for k in self._index if k and not is_arabic(k) and len(k) >= 4]

    @cached_property
    def _arabic_keys(self) -> list[str]:
        return [k for k in self._index if k and is_arabic(k) and len(k) >= 4]

    def _scan_names(self) -> Iterable[tuple[str, bool]]:
        seen: set[str] = set()
        for entry in self.entries:
            for n in entry.all_names():
                if n and n not in seen:
                    seen.add(n)
                    yield n, False
        for area in self.rules.areas:
            for n in area.names:
                yield n, True

    @cached_property
    def _scan_table(self) -> list[tuple[str, bool, bool, bool]]:
        """(name, is_area, scannable, common) for every name, each normalized once."""
        common = self.rules.cues.common_words
        out = []
        for n, is_area in self._scan_names():
            if is_arabic(n):
                norm = " ".join(normalize_str(n).split())
                ok = len(norm) >= 3
            else:
                norm = " ".join(fold_latin(n).split())
                ok = len(norm) >= MIN_LATIN_SCAN and norm.isascii() and any(c.isalpha() for c in norm)
            out.append((n, is_area, ok, norm in common))
        return out

    def place_names(self) -> list[str]:
        """Names worth searching a text for: no everyday words, no very short Latin names."""
        return [n for n, _, ok, common in self._scan_table if ok and not common]

    @cached_property
    def matcher(self) -> LexiconMatcher[ScanHit]:
        """Aho-Corasick over every scannable name (everyday-word names flagged ``common``)."""
        return LexiconMatcher(
            (n, ScanHit(n, is_area=is_area, common=common), False)
            for n, is_area, ok, common in self._scan_table
            if ok or common
        )

    def admin1_name(self, code: str) -> str:
        unit = self._admin1.get(code)
        return unit.name if unit else ""

    def to_place(self, entry: GazetteerEntry, precision: GeoPrecision) -> Place:
        admin2 = self._admin2.get(entry.admin2_code) if entry.admin2_code else None
        return Place(
            id=entry.id,
            name=entry.name,
            name_ar=entry.name_ar,
            latitude=entry.latitude,
            longitude=entry.longitude,
            country_code=entry.country,
            admin1=self.admin1_name(entry.admin1_code),
            admin2=admin2.name if admin2 else "",
            admin1_code=entry.admin1_code,
            admin2_code=entry.admin2_code,
            feature_code=entry.feature_code,
            population=entry.population,
            precision=precision,
        )


def bundled_entries() -> list[GazetteerEntry]:
    data = resources.files("marsad.resolve").joinpath("data/gazetteer.tsv.gz").read_bytes()
    return read_gazetteer_bytes(data, source="marsad/resolve/data/gazetteer.tsv.gz")


@cache
def load_gazetteer(path: str = "") -> Gazetteer:
    """The gazetteer at ``path`` (a ``marsad gazetteer build`` output), or the bundled one when empty."""
    if not path:
        return Gazetteer(bundled_entries(), source=BUNDLED)
    return Gazetteer(read_gazetteer(Path(path)), source=path)


def gazetteer_from_entries(entries: Sequence[GazetteerEntry]) -> Gazetteer:
    """A gazetteer over given entries (tests and custom plugins), with the bundled area rules."""
    return Gazetteer(entries, source="memory")
