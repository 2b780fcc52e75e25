"""A toll told with its subject first, and deaths among the wounded (invented incidents)."""

from __future__ import annotations

from datetime import UTC, datetime

from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document, EventReport
from marsad.vocab import CasualtyKind, EventType


def _bomb(text: str, resources: ExtractionResources) -> EventReport:
    doc = Document.create(text=text, published=datetime(2024, 4, 15, 9, tzinfo=UTC))
    found = [r for r in extract_document(doc, resources).reports if r.event_type is EventType.CAR_BOMB]
    assert len(found) == 1, found
    return found[0]


def _count(report: EventReport, kind: CasualtyKind) -> int | None:
    return next((c.value for c in report.casualties if c.kind is kind), None)


_FIRST = "انفجرت سيارة مفخخة في سوق بلدة الخرزة صباح اليوم، ما أسفر عن مقتل ستة أشخاص وإصابة 15 آخرين. "


def test_a_toll_with_its_subject_before_the_verb_is_the_new_total(resources: ExtractionResources) -> None:
    report = _bomb(_FIRST + "وقال مسعف إن حصيلة القتلى ارتفعت إلى تسعة.", resources)
    assert _count(report, CasualtyKind.KILLED) == 9
    assert _count(report, CasualtyKind.INJURED) == 15


def test_deaths_among_the_wounded_are_no_new_figure_of_wounded(resources: ExtractionResources) -> None:
    text = _FIRST + "وارتفعت حصيلة القتلى إلى تسعة بعد وفاة ثلاثة من المصابين."
    report = _bomb(text, resources)
    assert _count(report, CasualtyKind.KILLED) == 9
    assert _count(report, CasualtyKind.INJURED) == 15


def test_a_death_and_wounded_joined_by_and_both_count(resources: ExtractionResources) -> None:
    text = "انفجرت سيارة مفخخة في سوق بلدة الخرزة صباح اليوم، ما أدى إلى وفاة شخص وإصابة أربعة آخرين."
    report = _bomb(text, resources)
    assert _count(report, CasualtyKind.INJURED) == 4
