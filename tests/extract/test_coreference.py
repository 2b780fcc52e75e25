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


# --- paraphrases in the next sentence ------------------------------------------------------------


def test_opened_fire_after_shot_dead_is_the_same_shooting(resources: ExtractionResources) -> None:
    text = (
        "A village teacher was shot dead on Monday in the town of Fictorabad, residents said. "
        "Gunmen on a motorcycle opened fire on Samir al-Fictori as he left his school, they said."
    )
    assert [r.event_type.value for r in extract(text, resources).reports] == ["shooting"]


def test_a_detention_the_family_calls_a_kidnapping_is_one_event(resources: ExtractionResources) -> None:
    text = (
        "Fighters of a local faction detained a young man at a checkpoint in Fictorville on Wednesday. "
        "His relatives said Nabil Fictor, 24, was kidnapped and that a ransom was demanded."
    )
    assert [r.event_type.value for r in extract(text, resources).reports] == ["arrest"]


def test_two_specific_means_in_adjacent_sentences_stay_two_events(resources: ExtractionResources) -> None:
    text = (
        "A car bomb exploded in the town of Fictown on Monday. "
        "A suicide bomber blew himself up at a checkpoint on Tuesday."
    )
    assert len(extract(text, resources).reports) == 2


def test_a_paraphrase_naming_another_day_is_another_incident(resources: ExtractionResources) -> None:
    text = (
        "Gunmen shot dead a trader in the village of Tell Fictor on Monday. "
        "On Friday, gunmen opened fire on a bus, wounding two passengers."
    )
    assert len(extract(text, resources).reports) == 2


def test_a_claim_dated_in_its_own_clause_still_names_the_attack(resources: ExtractionResources) -> None:
    text = (
        "A suicide bomber blew himself up at a checkpoint in Fictorabad on Saturday, killing four policemen. "
        "Nine other people were wounded in the attack, which the Islamic State claimed on Sunday."
    )
    (report,) = extract(text, resources).reports
    assert report.event_type.value == "suicide_attack"
    assert report.date is not None and report.date.start.isoformat() == "2024-04-13"


def test_an_asserted_mention_of_an_alleged_incident_makes_it_asserted(resources: ExtractionResources) -> None:
    text = (
        "Police detained a man suspected of planting an explosive device in Fictown, officials said. "
        "The device exploded near a bakery on Tuesday, killing a woman."
    )
    bombs = [r for r in extract(text, resources).reports if r.event_type.value == "mine_ied"]
    assert [b.certainty.value for b in bombs] == ["asserted"]


def test_a_rising_toll_gives_the_latest_dead(resources: ExtractionResources) -> None:
    text = (
        "Three policemen were killed and five wounded in a gun attack on a police post in Fictown on Sunday. "
        "The death toll later rose to four after one of the wounded died."
    )
    (report,) = extract(text, resources).reports
    assert report.casualty(CasualtyKind.KILLED) == 4
