"""Event coreference in one document: definite event nouns that refer back are not new events."""

from __future__ import annotations

from datetime import UTC, datetime

from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document
from marsad.vocab import CasualtyKind


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


# --- Arabic returns to an incident (eval/events/dev_ar_gold.jsonl) ------------------------------------


def test_an_arabic_toll_update_dated_today_gives_the_latest_dead(resources: ExtractionResources) -> None:
    text = (
        "قُتل ثلاثة مدنيين وأصيب خمسة آخرون جراء قصف مدفعي استهدف بلدة تل زعفران عصر أمس. "
        "وارتفعت حصيلة ضحايا القصف صباح اليوم إلى أربعة قتلى بعد وفاة امرأة متأثرة بجراحها."
    )
    out = extract(text, resources)
    assert len(out.reports) == 1
    assert out.reports[0].casualty(CasualtyKind.KILLED) == 4


def test_clashes_that_ended_the_next_morning_are_the_same_clashes(resources: ExtractionResources) -> None:
    text = (
        "اندلعت اشتباكات عنيفة ليل الأحد بين مسلحين من عشيرة الفلان وعناصر حاجز في بلدة عين السرو. "
        "وتوقفت الاشتباكات صباح الاثنين بعد وساطة من وجهاء المنطقة."
    )
    assert len(extract(text, resources).reports) == 1


def test_weapons_and_confrontations_after_a_clash_are_that_clash(resources: ExtractionResources) -> None:
    text = (
        "اندلعت اشتباكات عنيفة أمس بين قوات الأسايش ومسلحين في بلدة عين السرو. "
        "واستخدم الطرفان الرشاشات الثقيلة وقذائف الهاون، وأسفرت المواجهات عن مقتل ثلاثة من المسلحين."
    )
    out = extract(text, resources)
    assert [r.event_type.value for r in out.reports] == ["armed_clash"]
    assert out.reports[0].casualty(CasualtyKind.KILLED) == 3


def test_an_accusation_naming_the_accused_country_still_names_the_bombing(
    resources: ExtractionResources,
) -> None:
    text = (
        "انفجرت سيارة مفخخة ظهر أمس قرب سوق شعبي في مدينة منبج، ما أسفر عن مقتل أربعة مدنيين. "
        "واتهم المجلس المحلي خلايا مرتبطة بتركيا بالوقوف وراء التفجير."
    )
    assert len(extract(text, resources).reports) == 1


def test_a_wounding_in_another_town_set_first_is_a_separate_incident(resources: ExtractionResources) -> None:
    text = (
        "قُتل رجل وزوجته برصاص مسلحين مجهولين اقتحموا منزلهما في بلدة الصبحة ليل الاثنين. "
        "وأفاد شهود عيان بأن المهاجمين لاذوا بالفرار. "
        "وفي بلدة البصيرة المجاورة، أصيب تاجر بجروح بالغة أمام محله صباح اليوم."
    )
    assert len(extract(text, resources).reports) == 2


def test_the_wounded_taken_to_a_hospital_elsewhere_stay_with_the_incident(
    resources: ExtractionResources,
) -> None:
    text = (
        "انفجرت عبوة ناسفة بسيارة عسكرية قرب بلدة كفرنجوم صباح اليوم. "
        "وأصيب ثلاثة عناصر نُقلوا إلى مشفى مدينة الحسكة."
    )
    assert len(extract(text, resources).reports) == 1


def test_chants_at_a_funeral_are_no_protest(resources: ExtractionResources) -> None:
    text = "قُتل مدنيان بقصف مدفعي على بلدة تل زعفران أمس. وشيّع الأهالي الضحيتين وسط هتافات تندد بالقصف."
    assert [r.event_type.value for r in extract(text, resources).reports] == ["shelling"]


def test_a_killing_word_does_not_pair_a_new_shooting_with_a_bombing(resources: ExtractionResources) -> None:
    text = (
        "انفجرت عبوة ناسفة بسيارة عسكرية قرب بلدة كفرنجوم صباح اليوم دون وقوع إصابات. "
        "وقُتل راعٍ برصاص قناص قرب قرية تل زعفران."
    )
    assert len(extract(text, resources).reports) == 2
