"""Golden extraction cases: tests/extract/golden/<lang>_<topic>_<nn>.json (see the contract).

Only the keys present in a case are checked; each expected event must be matched by a distinct
extracted event. Extra keys: ``incident_count`` (asserted, non-threat events), ``attributions``
(document attributions, subset by kind/source).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from marsad.extract.jsonview import extraction_view
from marsad.extract.pipeline import ExtractionResources, extract_document, load_resources
from marsad.model import Document
from marsad.vocab import Language

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(GOLDEN.glob("*.json"))


@cache
def resources() -> ExtractionResources:
    return load_resources()


def _event_matches(expected: dict[str, Any], got: dict[str, Any]) -> bool:
    for key, want in expected.items():
        if key == "quotes":
            for field, quote in want.items():
                ev = got["evidence"].get(field)
                if ev is None or ev["quote"] != quote:
                    return False
        elif key == "places":
            if not set(want) <= set(got["places"]):
                return False
        elif key == "source":
            if want not in [a["source"] for a in got["attributions"]]:
                return False
        elif got.get(key) != want:
            return False
    return True


def _tally_matches(expected: dict[str, Any], got: dict[str, Any]) -> bool:
    return all(got.get(k) == v for k, v in expected.items())


def _assign(expected: list[dict[str, Any]], got: list[dict[str, Any]], match: Any) -> list[str]:
    used: set[int] = set()
    errors = []
    for want in expected:
        hit = next((i for i, g in enumerate(got) if i not in used and match(want, g)), None)
        if hit is None:
            errors.append(f"no extracted item matches {want}")
        else:
            used.add(hit)
    return errors


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden_case(path: Path) -> None:
    case = json.loads(path.read_text("utf-8"))
    published = (
        datetime.fromisoformat(case["published"]).replace(tzinfo=UTC) if case.get("published") else None
    )
    doc = Document.create(
        text=case["text"], published=published, language=Language(case.get("lang", "unknown"))
    )
    view = extraction_view(extract_document(doc, resources()))
    for ev in view["events"]:
        for field, spans in ev["evidence"].items():
            for span in spans if isinstance(spans, list) else [spans]:
                assert case["text"][span["start"] : span["end"]] == span["quote"], field
    expect = case["expect"]
    errors = _assign(expect.get("events", []), view["events"], _event_matches)
    errors += _assign(expect.get("tallies", []), view["tallies"], _tally_matches)
    if "exact_event_count" in expect and len(view["events"]) != expect["exact_event_count"]:
        errors.append(f"expected {expect['exact_event_count']} events, got {len(view['events'])}")
    if "incident_count" in expect:
        n = sum(1 for e in view["events"] if e["certainty"] == "asserted" and e["event_type"] != "threaten")
        if n != expect["incident_count"]:
            errors.append(f"expected {expect['incident_count']} incidents, got {n}")
    for want in expect.get("attributions", []):
        if not any(all(a.get(k) == v for k, v in want.items()) for a in view["attributions"]):
            errors.append(f"no attribution matches {want}")
    summary = [(e["event_type"], e["certainty"], e["date"], e["source"]) for e in view["events"]]
    assert not errors, (
        f"{case['why']}\n" + "\n".join(errors) + f"\ngot events: {summary}\ntallies: {view['tallies']}"
    )


def test_golden_has_enough_cases() -> None:
    langs = [json.loads(p.read_text("utf-8"))["lang"] for p in CASES]
    assert langs.count("ar") >= 35 and langs.count("en") >= 15
