"""A woman named with her role, and feminine casualty verbs (invented people, places and incidents)."""

from __future__ import annotations

from datetime import UTC, datetime

from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document, EventReport
from marsad.vocab import CasualtyKind, EventType


def _strike(text: str, resources: ExtractionResources) -> EventReport:
    doc = Document.create(text=text, published=datetime(2024, 4, 15, 9, tzinfo=UTC))
    found = [r for r in extract_document(doc, resources).reports if r.event_type is EventType.DRONE_STRIKE]
    assert len(found) == 1, found
    return found[0]


_TEXT = (
    "استشهدت القيادية في وحدات حماية المرأة نارين خابور، وأصيبت مقاتلة أخرى، ظهر اليوم، إثر استهداف "
    "سيارتهما بطائرة مسيّرة تركية قرب بلدة الخرزة."
)


def test_a_titled_woman_in_a_named_force_makes_it_the_target(resources: ExtractionResources) -> None:
    report = _strike(_TEXT, resources)
    assert report.target is not None and report.target.actor_id == "ypj"
    assert "نارين خابور" in report.target.text


def test_feminine_casualty_verbs_count_one_each(resources: ExtractionResources) -> None:
    report = _strike(_TEXT, resources)
    figures = {c.kind: c.value for c in report.casualties}
    assert figures.get(CasualtyKind.KILLED) == 1
    assert figures.get(CasualtyKind.INJURED) == 1
