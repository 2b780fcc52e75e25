"""Event coreference in one document: definite event nouns that refer back are not new events."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from marsad.extract.pipeline import ExtractionResources, extract_document, load_resources
from marsad.model import Document
from marsad.vocab import CasualtyKind


@pytest.fixture(scope="module")
def resources() -> ExtractionResources:
    return load_resources()


def extract(text: str, resources: ExtractionResources):  # type: ignore[no-untyped-def]
    doc = Document.create(text=text, published=datetime(2024, 4, 15, 9, tzinfo=UTC))
    return extract_document(doc, resources)


def test_definite_noun_in_a_later_sentence_joins_the_first_event_arabic(
    resources: ExtractionResources,
) -> None:
    text = (
        "انفجرت عبوة ناسفة بسيارة عسكرية قرب بلدة كفرنجوم صباح اليوم. "
        "وأسفر الانفجار عن مقتل عنصرين وإصابة ثلاثة آخرين، بحسب مصادر محلية."
    )
    out = extract(text, resources)
    assert len(out.reports) == 1
    (report,) = out.reports
    assert report.casualty(CasualtyKind.KILLED) == 2
    assert any("merged" in n for n in out.notes)


def test_claim_of_the_attack_adds_the_perpetrator_english(resources: ExtractionResources) -> None:
    text = (
        "Gunmen attacked a checkpoint near the village of Tell Fictor on Monday, killing two guards. "
        "The attack was claimed by the Islamic State."
    )
    out = extract(text, resources)
    attacks = [r for r in out.reports if r.certainty.value == "asserted"]
    assert len(attacks) == 1
    assert attacks[0].casualty(CasualtyKind.KILLED) == 2


def test_a_second_attack_stays_a_second_event(resources: ExtractionResources) -> None:
    text = (
        "Gunmen attacked a checkpoint near the village of Tell Fictor on Monday, killing two guards. "
        "Another attack hit a patrol in the town of Fictown on Tuesday, wounding three soldiers."
    )
    out = extract(text, resources)
    assert len([r for r in out.reports if r.certainty.value == "asserted"]) == 2


def test_a_verb_always_starts_a_new_event(resources: ExtractionResources) -> None:
    text = (
        "انفجرت عبوة ناسفة قرب بلدة كفرنجوم صباح اليوم. وهاجم مسلحون مجهولون حاجزاً في قرية تل خيال مساء أمس."
    )
    out = extract(text, resources)
    assert len(out.reports) == 2
