"""The geocoder: place mentions -> gazetteer candidates -> a choice by context -> a :class:`Place`.

Candidates come from normalized Arabic and transliteration-tolerant Latin keys (see
:mod:`marsad.resolve.gazetteer_keys`), with a rapidfuzz fallback for Latin spelling slips. The choice
weighs, in order of strength: the governorate the document names ("بريف حماة", "Idlib province"),
closeness to the other places the document names unambiguously, the country (Syria/Iraq over the
Turkish side), feature importance (capital, governorate seat) and population. Precision follows ACLED:
1 a town, 2 near a town / part of a district ("قرب X", "ريف X" for a town, "between X and Y"),
3 a region or a governorate ("ريف دير الزور الشرقي", "محافظة الحسكة", "وادي الخابور").

An unknown name stays unresolved with a note saying so; every other mention is still resolved.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from marsad.model import Evidence, PlaceMention, TextSpan
from marsad.resolve.gazetteer import Gazetteer
from marsad.resolve.gazetteer_record import GazetteerEntry
from marsad.resolve.gazetteer_rules import AreaName
from marsad.resolve.geocode_cues import (
    ADMIN1,
    BETWEEN,
    COUNTRYSIDE,
    NEAR,
    TOWN,
    Qualifier,
    read_qualifier,
    split_mention,
    strip_clitics,
)
from marsad.text.normalize import NormalizedText, normalize
from marsad.vocab import GeoPrecision

PRODUCER = "resolve.geocode.v1"
CORE_COUNTRIES = frozenset({"SY", "IQ"})
CORE_COUNTRY_BONUS = 1.5  # the observatory's countries outrank the Turkish side of the border
SAME_PLACE_KM = 15.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _approx_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: within a few percent of haversine at these latitudes, much cheaper."""
    dx = (lon2 - lon1) * 111.32 * math.cos(math.radians((lat1 + lat2) / 2))
    dy = (lat2 - lat1) * 110.57
    return math.hypot(dx, dy)


def _one_place(cands: Sequence[GazetteerEntry]) -> bool:
    first = cands[0]
    return all(
        _approx_km(first.latitude, first.longitude, c.latitude, c.longitude) <= SAME_PLACE_KM for c in cands
    )


@dataclass(frozen=True, slots=True)
class _Anchor:
    start: int
    end: int
    latitude: float
    longitude: float
    admin1: str
    country: str


@dataclass(frozen=True, slots=True)
class _DocContext:
    """What the whole document says about where it is: governorates named, unambiguous places."""

    admin1_named: frozenset[str]
    anchors: tuple[_Anchor, ...]
    countries: Counter[str]

    def anchors_except(self, start: int, end: int) -> list[_Anchor]:
        return [a for a in self.anchors if a.end <= start or a.start >= end]


@dataclass(frozen=True, slots=True, eq=False)
class DocumentPlaces:
    """One document prepared for geocoding (normalized, its place context read): build it once with
    :meth:`Geocoder.prepare` and resolve every mention list of the document against it."""

    norm: NormalizedText
    context: _DocContext


@dataclass(frozen=True, slots=True)
class _Choice:
    entry: GazetteerEntry
    precision: GeoPrecision
    reason: str


class Geocoder:
    """Resolve :class:`PlaceMention` objects against a :class:`Gazetteer`. Cheap to build; reuse it."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._cues = gazetteer.rules.cues
        # memo tables private to this geocoder (names repeat across documents), bounded by _remember
        self._lookups: dict[str, tuple[GazetteerEntry, ...]] = {}
        self._splits: dict[str, tuple[str, Qualifier]] = {}
        self._cands: dict[tuple[str, str, str], tuple[tuple[GazetteerEntry, ...], str]] = {}
        self._areas: dict[str, AreaName | None] = {}

    def _area_named(self, text: str) -> AreaName | None:
        if text in self._areas:
            return self._areas[text]
        return _remember(self._areas, text, self.gazetteer.lookup_area(text))

    def _lookup(self, surface: str) -> tuple[GazetteerEntry, ...]:
        found = self._lookups.get(surface)
        if found is None:
            found = _remember(self._lookups, surface, self.gazetteer.lookup(surface))
        return found

    def _split(self, text: str) -> tuple[str, Qualifier]:
        found = self._splits.get(text)
        if found is None:
            found = split_mention(text, self._cues)
            if found[0] != text and self.gazetteer.lookup(text):
                found = (text, Qualifier())  # "سرين الشمالية", "Damascus countryside" are names
            found = _remember(self._splits, text, found)
        return found

    # ------------------------------------------------------------------ document context
    def _context(self, norm: NormalizedText) -> _DocContext:
        g = self.gazetteer
        admin1: set[str] = set()
        anchors: list[_Anchor] = []
        countries: Counter[str] = Counter()
        for m in g.matcher.find(norm):
            hit = m.payload
            if hit.common or hit.is_area:
                continue
            cands = self._lookup(hit.surface)
            if not cands:
                continue
            units = [c for c in cands if c.admin_level == 1]
            admin1.update(c.admin1_code for c in units)
            if units:
                q = read_qualifier(norm.text, m.stem_start, m.stem_end, self._cues)
                if q.kind in (ADMIN1, COUNTRYSIDE):
                    continue  # "ريف حماة": a governorate named, not a point to measure distance from
            places = [c for c in cands if c.admin_level == 0] or list(cands)
            if _one_place(places):
                c = places[0]
                span = norm.to_original(m.stem_start, m.stem_end)
                anchors.append(
                    _Anchor(span.start, span.end, c.latitude, c.longitude, c.admin1_code, c.country)
                )
                countries[c.country] += 1
        return _DocContext(frozenset(admin1), tuple(anchors), countries)

    # ------------------------------------------------------------------ candidates
    def _candidates(self, text: str, q: Qualifier) -> tuple[tuple[GazetteerEntry, ...], str]:
        key = (text, q.kind, q.cue)
        found = self._cands.get(key)
        if found is None:
            found = _remember(self._cands, key, self._find_candidates(text, q))
        return found

    def _find_candidates(self, text: str, q: Qualifier) -> tuple[tuple[GazetteerEntry, ...], str]:
        g = self.gazetteer
        if q.kind == COUNTRYSIDE and q.cue:
            whole = g.lookup(f"{q.cue} {text}")  # "ريف دمشق" is a governorate's own name
            if whole:
                return whole, "exact"
        cands = g.lookup(text)
        if cands:
            return cands, "exact"
        bare = strip_clitics(text)
        if bare != text and (cands := g.lookup(bare)):
            return cands, "exact after clitics"
        cands, score = g.fuzzy(text)
        if cands:
            return cands, f"fuzzy {score:.0f}"
        return (), ""

    def _score(self, c: GazetteerEntry, ctx: _DocContext, anchors: Sequence[_Anchor]) -> tuple[float, str]:
        score = 0.3 * math.log10(c.population + 1)
        why: list[str] = []
        if c.admin1_code in ctx.admin1_named:
            score += 3.0
            why.append(f"governorate {self.gazetteer.admin1_name(c.admin1_code)} named in the document")
        if anchors:
            near = min(_approx_km(c.latitude, c.longitude, a.latitude, a.longitude) for a in anchors)
            if near < 40:
                score += 2.0
                why.append(f"{near:.0f} km from another place in the document")
            elif near < 120:
                score += 1.0
                why.append(f"{near:.0f} km from another place in the document")
        if c.country in CORE_COUNTRIES:
            score += CORE_COUNTRY_BONUS
        if ctx.countries and c.country == ctx.countries.most_common(1)[0][0]:
            score += 0.5
        if c.feature_code == "PPLC":
            score += 1.2
        elif c.feature_code == "PPLA":
            score += 0.8
        return score, "; ".join(why)

    def _choose(
        self, cands: Sequence[GazetteerEntry], q: Qualifier, ctx: _DocContext, anchors: Sequence[_Anchor]
    ) -> _Choice:
        g = self.gazetteer
        units = [c for c in cands if c.admin_level == 1]
        places = [c for c in cands if c.admin_level != 1]
        if q.kind == ADMIN1 and (units or places):
            unit = units[0] if units else g.admin1(self._best(places, ctx, anchors)[0].admin1_code)
            if unit is not None:
                return _Choice(unit, GeoPrecision.REGION, f"governorate ({q.cue})")
        if not places:
            return _Choice(units[0], GeoPrecision.REGION, "governorate name")
        if units and not any(self._is_seat(p) for p in places) and q.kind not in (COUNTRYSIDE, TOWN):
            return _Choice(
                units[0], GeoPrecision.REGION, "governorate name (no town of that name is its seat)"
            )
        best, why = self._best(places, ctx, anchors)
        if len(places) == 1:
            why = "only candidate"
        elif not why:
            why = f"{len(places)} candidates, most important (population {best.population})"
        else:
            why = f"{len(places)} candidates; {why}"
        if q.kind == COUNTRYSIDE:
            unit = units[0] if units else (g.admin1(best.admin1_code) if self._is_seat(best) else None)
            if unit is not None:
                side = f" ({q.direction})" if q.direction else ""
                return _Choice(unit, GeoPrecision.REGION, f"countryside of a governorate seat{side}; {why}")
            return _Choice(best, GeoPrecision.NEAR_TOWN, f"countryside of a town; {why}")
        if q.kind in (NEAR, BETWEEN):
            return _Choice(best, GeoPrecision.NEAR_TOWN, f"{q.kind} ({q.cue}); {why}")
        return _Choice(best, GeoPrecision.TOWN, why)

    def _best(
        self, places: Sequence[GazetteerEntry], ctx: _DocContext, anchors: Sequence[_Anchor]
    ) -> tuple[GazetteerEntry, str]:
        scored = [(self._score(p, ctx, anchors), i, p) for i, p in enumerate(places)]
        (_, why), _, best = max(scored, key=lambda t: (t[0][0], -t[1]))
        return best, why

    def _is_seat(self, place: GazetteerEntry) -> bool:
        unit = self.gazetteer.admin1(place.admin1_code)
        return unit is not None and (unit.latitude, unit.longitude) == (place.latitude, place.longitude)

    def _area(self, area: AreaName, ctx: _DocContext) -> _Choice | None:
        entries = [e for t in area.targets if (e := self.gazetteer.get(t)) is not None]
        if not entries:
            return None
        named = [e for e in entries if e.admin1_code in ctx.admin1_named]
        chosen = named[0] if named else entries[0]
        why = (
            "named area; its governorate is named in the document"
            if named and len(entries) > 1
            else "named area"
        )
        return _Choice(chosen, area.precision, why)

    # ------------------------------------------------------------------ public
    def geocode_mentions(
        self, mentions: Sequence[PlaceMention], *, document_text: str
    ) -> tuple[PlaceMention, ...]:
        """Copies of ``mentions`` with ``place`` set, or left unresolved with the reason in the note."""
        return self.geocode_prepared(mentions, self.prepare(document_text))

    def prepare(self, document_text: str) -> DocumentPlaces:
        """Normalize the document and read its place context once (for several mention lists)."""
        norm = normalize(document_text)
        return DocumentPlaces(norm=norm, context=self._context(norm))

    def geocode_prepared(
        self, mentions: Sequence[PlaceMention], document: DocumentPlaces
    ) -> tuple[PlaceMention, ...]:
        """:meth:`geocode_mentions` against a document already :meth:`prepare`-d (each mention is
        resolved independently of the others)."""
        return tuple(self._resolve(m, document.norm, document.context) for m in mentions)

    def _resolve(self, mention: PlaceMention, norm: NormalizedText, ctx: _DocContext) -> PlaceMention:
        span = mention.evidence.span
        text, q = self._split(mention.text)
        if not q.kind and span.end <= len(norm.original) and span.end > span.start:
            ns, ne = _to_norm(norm, span.start), _to_norm(norm, span.end)
            q = read_qualifier(norm.text, ns, ne, self._cues)
        if not q.kind and mention.qualifier:
            q = Qualifier.parse(mention.qualifier)
        choice: _Choice | None = None
        how = ""
        area = self._area_named(mention.text) or self._area_named(text)
        if area is not None:
            choice = self._area(area, ctx)
            how = "area"
        if choice is None:
            cands, how = self._candidates(text, q)
            if not cands:
                return replace(
                    mention,
                    place=None,
                    qualifier=mention.qualifier or q.label(),
                    resolution_note=f"unresolved: {text!r} is not in the gazetteer",
                )
            choice = self._choose(cands, q, ctx, ctx.anchors_except(span.start, span.end))
        place = self.gazetteer.to_place(choice.entry, choice.precision)
        note = f"{place.id} {place.name} ({how}): {choice.reason}"
        return replace(mention, place=place, qualifier=mention.qualifier or q.label(), resolution_note=note)

    def find_place_mentions(self, text: str, document_id: str) -> list[PlaceMention]:
        """Every gazetteer or area name in ``text``, unresolved, with evidence and qualifier."""
        from marsad.resolve.geocode_find import find_place_mentions

        return find_place_mentions(self.gazetteer, text, document_id)

    def resolve_name(self, name: str, *, context: str = "") -> PlaceMention:
        """Geocode one name, optionally inside a context sentence (for quick checks and the CLI)."""
        text = context or name
        start = text.find(name)
        span = (
            TextSpan(start=max(start, 0), end=max(start, 0) + len(name))
            if start >= 0
            else TextSpan(start=0, end=0)
        )
        mention = PlaceMention(
            text=name, evidence=Evidence(document_id="", span=span, quote=span.of(text), producer=PRODUCER)
        )
        return self.geocode_mentions([mention], document_text=text)[0]


MEMO_LIMIT = 50_000
K = TypeVar("K")
V = TypeVar("V")


def _remember(table: dict[K, V], key: K, value: V) -> V:
    if len(table) >= MEMO_LIMIT:
        table.clear()
    table[key] = value
    return value


def _to_norm(norm: NormalizedText, original_index: int) -> int:
    """The normalized index of an original character (the first normalized char at or after it)."""
    return min(bisect_left(norm.offsets, original_index), len(norm.text))


def find_and_geocode(geocoder: Geocoder, text: str, document_id: str) -> tuple[PlaceMention, ...]:
    """Find every place mention in ``text`` and geocode them together (one shared document context)."""
    from marsad.resolve.geocode_find import find_place_mentions

    return geocoder.geocode_mentions(
        find_place_mentions(geocoder.gazetteer, text, document_id), document_text=text
    )
