"""The seed report (shared/seed): its attacks are a tally, generic statements and allegations."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from marsad.extract.pipeline import extract_document, load_resources
from marsad.model import Document
from marsad.vocab import AttributionKind, Certainty, EventType

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed"


class SeedPlaces:
    def place_names(self) -> Iterable[str]:
        return ["الباغوز", "رأس العين", "سري كانيه", "تل أبيض", "كري سبي", "دير الزور"]


@pytest.fixture(scope="module")
def extraction():  # type: ignore[no-untyped-def]
    files = sorted(SEED.glob("*.txt")) if SEED.is_dir() else []
    if not files:
        pytest.skip("shared/seed is not beside the checkout")
    doc = Document.create(text=files[0].read_text("utf-8"), published=datetime(2024, 5, 10, tzinfo=UTC))
    return doc, extract_document(doc, load_resources(SeedPlaces()))


def test_seed_yields_no_incident_events(extraction) -> None:  # type: ignore[no-untyped-def]
    _, ex = extraction
    incidents = [
        r for r in ex.reports if r.certainty is Certainty.ASSERTED and r.event_type is not EventType.THREATEN
    ]
    assert incidents == [], [(r.event_type, r.trigger.quote) for r in incidents]


def test_seed_has_one_tally_of_27_attacks_in_april(extraction) -> None:  # type: ignore[no-untyped-def]
    doc, ex = extraction
    assert len(ex.tallies) == 1
    tally = ex.tallies[0]
    assert tally.count == 27
    assert tally.period == "2024-04"
    assert tally.source == "Syrian Observatory for Human Rights"
    assert set(tally.categories) == {"armed_attack", "assassination", "shooting", "stabbing", "mine_ied"}
    assert doc.text[tally.evidence.span.start : tally.evidence.span.end] == tally.evidence.quote


def test_seed_place_mentions(extraction) -> None:  # type: ignore[no-untyped-def]
    _, ex = extraction
    texts = " | ".join(p.text for p in ex.places)
    for name in ("الباغوز", "رأس العين", "تل أبيض", "دير الزور"):
        assert name in texts
    assert "سري كانيه" in texts or "كري سبي" in texts


def test_seed_accusations_are_alleged_and_attributed(extraction) -> None:  # type: ignore[no-untyped-def]
    _, ex = extraction
    alleged = [r for r in ex.reports if r.certainty is Certainty.ALLEGED]
    assert alleged, "the sources' accusation (Turkey encourages the attacks) must be ALLEGED"
    assert any(a.source == "sources" for r in alleged for a in r.attributions)
    accusers = {a.source for a in ex.attributions if a.kind is AttributionKind.ACCUSES}
    assert "sources" in accusers
    assert "analysts" in {a.source for a in ex.attributions}


def test_seed_tally_lists_categories_without_counts_and_no_other_tally(extraction) -> None:  # type: ignore[no-untyped-def]
    # "3 من خلفاء داعش" and "8 سنوات" are no statistics of incidents; the list names no counts
    _, ex = extraction
    assert [t.count for t in ex.tallies] == [27]
    assert ex.tallies[0].category_counts == ()
