"""Wire-style English words for incidents and their dead (invented reports, invented places)."""

from __future__ import annotations

from datetime import UTC, datetime

from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document, EventReport
from marsad.vocab import CasualtyKind, EventType


def events(text: str, resources: ExtractionResources) -> list[EventReport]:
    doc = Document.create(text=text, published=datetime(2024, 5, 15, 9, tzinfo=UTC))
    return list(extract_document(doc, resources).reports)


def test_gunned_down_is_a_shooting_with_its_dead(resources: ExtractionResources) -> None:
    text = (
        "Two brothers were gunned down at a checkpoint outside the town of Tell Wardan late on Monday, "
        "according to a local rights group."
    )
    (report,) = events(text, resources)
    assert report.event_type is EventType.SHOOTING
    assert report.casualty(CasualtyKind.KILLED) == 2
    assert report.certainty.value == "asserted"


def test_stabbed_to_death_counts_the_victim(resources: ExtractionResources) -> None:
    text = "A police officer was stabbed to death in the village of Marj Fictor on Tuesday, officials said."
    reports = events(text, resources)
    assert [r.event_type for r in reports] == [EventType.STABBING]
    assert reports[0].casualty(CasualtyKind.KILLED) == 1


def test_exchanged_fire_is_a_clash(resources: ExtractionResources) -> None:
    text = (
        "Government forces and opposition fighters exchanged heavy fire near the town of Deir Sunbul "
        "on Wednesday, a monitor said."
    )
    assert [r.event_type for r in events(text, resources)] == [EventType.ARMED_CLASH]


def test_rounded_up_is_an_arrest(resources: ExtractionResources) -> None:
    text = (
        "Security forces rounded up dozens of young men in the village of Deir Sunbul on Monday, "
        "residents said."
    )
    assert [r.event_type for r in events(text, resources)] == [EventType.ARREST]


def test_a_body_with_gunshot_wounds_is_a_shooting(resources: ExtractionResources) -> None:
    text = (
        "The body of a young man bearing gunshot wounds was found on the outskirts of the town of "
        "Tell Wardan on Tuesday, residents said."
    )
    assert [r.event_type for r in events(text, resources)] == [EventType.SHOOTING]


def test_rising_violence_is_a_trend_but_rising_prices_leave_a_protest(resources: ExtractionResources) -> None:
    assert events("The province has seen rising violence in recent months, residents said.", resources) == []
    text = "Hundreds of people protested in the town of Deir Sunbul on Sunday against rising fuel prices."
    assert [r.event_type for r in events(text, resources)] == [EventType.PROTEST]
