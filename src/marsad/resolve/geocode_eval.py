"""Score the geocoder on a test set of place mentions (``eval/places/mentions.jsonl``).

Each line: ``text``, ``mention``, ``start``/``end`` (span of the mention in ``text``), ``lang`` and
``expected`` (``lat``, ``lon``, ``admin1`` code, ``precision``). Figures: accuracy within 10 km for
town-level mentions (expected precision 1), admin1 accuracy and precision accuracy over all mentions,
the share resolved, and the same per language.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from marsad.errors import GazetteerError
from marsad.model import Evidence, PlaceMention, TextSpan
from marsad.resolve.geocode import PRODUCER, Geocoder, distance_km

TOWN_RADIUS_KM = 10.0


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceCase:
    id: str
    lang: str
    text: str
    mention: str
    span: TextSpan
    lat: float
    lon: float
    admin1: str
    precision: int


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceMiss:
    case_id: str
    mention: str
    problem: str
    note: str


@dataclass(frozen=True, slots=True, kw_only=True)
class GeocodeScore:
    cases: int
    resolved: float
    town_cases: int
    town_within_10km: float
    admin1_accuracy: float
    precision_accuracy: float
    by_language: dict[str, dict[str, float]] = field(default_factory=dict)
    misses: tuple[PlaceMiss, ...] = ()

    def figures(self) -> dict[str, object]:
        return {
            "cases": self.cases,
            "resolved": round(self.resolved, 4),
            "town_cases": self.town_cases,
            "town_within_10km": round(self.town_within_10km, 4),
            "admin1_accuracy": round(self.admin1_accuracy, 4),
            "precision_accuracy": round(self.precision_accuracy, 4),
            "by_language": self.by_language,
        }


def load_cases(path: Path) -> list[PlaceCase]:
    cases = []
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as exc:
        raise GazetteerError(f"cannot read {path}", hint="run from the repository root") from exc
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            e = r["expected"]
            span = TextSpan(start=int(r["start"]), end=int(r["end"]))
            if span.of(r["text"]) != r["mention"]:
                raise ValueError("span does not quote the mention")
            cases.append(
                PlaceCase(
                    id=r["id"],
                    lang=r["lang"],
                    text=r["text"],
                    mention=r["mention"],
                    span=span,
                    lat=float(e["lat"]),
                    lon=float(e["lon"]),
                    admin1=e["admin1"],
                    precision=int(e["precision"]),
                )
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise GazetteerError(
                f"{path}:{n}: malformed case: {exc}", hint="see resolve/geocode_eval.py"
            ) from exc
    return cases


def _rate(hits: int, total: int) -> float:
    return hits / total if total else 0.0


def score_geocoder(geocoder: Geocoder, cases: Sequence[PlaceCase]) -> GeocodeScore:
    resolved = towns = town_ok = admin_ok = prec_ok = 0
    per_lang: dict[str, list[int]] = {}
    misses: list[PlaceMiss] = []
    for case in cases:
        mention = PlaceMention(
            text=case.mention,
            evidence=Evidence(document_id=case.id, span=case.span, quote=case.mention, producer=PRODUCER),
        )
        got = geocoder.geocode_mentions([mention], document_text=case.text)[0]
        stats = per_lang.setdefault(case.lang, [0, 0, 0, 0])  # cases, admin1 ok, towns, towns ok
        stats[0] += 1
        p = got.place
        if p is None:
            misses.append(
                PlaceMiss(
                    case_id=case.id, mention=case.mention, problem="unresolved", note=got.resolution_note
                )
            )
            if case.precision == 1:
                towns += 1
                stats[2] += 1
            continue
        resolved += 1
        dist = distance_km(case.lat, case.lon, p.latitude, p.longitude)
        if p.admin1_code == case.admin1:
            admin_ok += 1
            stats[1] += 1
        else:
            misses.append(
                PlaceMiss(
                    case_id=case.id,
                    mention=case.mention,
                    problem=f"admin1 {p.admin1_code} != {case.admin1}",
                    note=got.resolution_note,
                )
            )
        if int(p.precision) == case.precision:
            prec_ok += 1
        else:
            misses.append(
                PlaceMiss(
                    case_id=case.id,
                    mention=case.mention,
                    problem=f"precision {int(p.precision)} != {case.precision}",
                    note=got.resolution_note,
                )
            )
        if case.precision == 1:
            towns += 1
            stats[2] += 1
            if dist <= TOWN_RADIUS_KM:
                town_ok += 1
                stats[3] += 1
            else:
                misses.append(
                    PlaceMiss(
                        case_id=case.id,
                        mention=case.mention,
                        problem=f"{dist:.0f} km off",
                        note=got.resolution_note,
                    )
                )
    n = len(cases)
    return GeocodeScore(
        cases=n,
        resolved=_rate(resolved, n),
        town_cases=towns,
        town_within_10km=_rate(town_ok, towns),
        admin1_accuracy=_rate(admin_ok, n),
        precision_accuracy=_rate(prec_ok, n),
        by_language={
            lang: {
                "cases": s[0],
                "admin1_accuracy": round(_rate(s[1], s[0]), 4),
                "town_within_10km": round(_rate(s[3], s[2]), 4),
            }
            for lang, s in sorted(per_lang.items())
        },
        misses=tuple(misses),
    )
