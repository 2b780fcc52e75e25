from __future__ import annotations

import pytest

from marsad.errors import ExtractionError
from marsad.extract.actor_catalog import load_actor_catalog, parse_catalog
from marsad.extract.actors import ActorFinder
from marsad.vocab import ActorType, Language, Role

from .sentence_helpers import sentence


def test_catalog_names_are_neutral_and_unique() -> None:
    catalog = load_actor_catalog()
    ids = [a.id for a in catalog.actors]
    assert len(ids) == len(set(ids))
    loaded = ("terrorist", "occupation", "mercenar", "regime", "إرهاب", "احتلال")
    for actor in catalog.actors:
        assert not any(w in actor.name.lower() for w in loaded), actor.name


def test_catalog_covers_required_actors_in_three_languages() -> None:
    catalog = load_actor_catalog()
    for actor_id in ("islamic_state", "sdf", "asayish", "turkish_armed_forces", "syrian_national_army"):
        langs = {a.language for a in catalog.get(actor_id).aliases}
        assert {Language.AR, Language.EN, Language.KU} <= langs, actor_id


def test_catalog_parents_exist() -> None:
    catalog = load_actor_catalog()
    assert catalog.get("deir_ez_zor_military_council").parent_id == "sdf"
    assert catalog.get("hamza_division").parent_id == "syrian_national_army"


def test_catalog_rejects_unknown_parent() -> None:
    with pytest.raises(ExtractionError):
        parse_catalog({"actor": [{"id": "x", "name": "X", "type": "rebel_group", "parent": "nope"}]})


def test_catalog_rejects_bad_type() -> None:
    with pytest.raises(ExtractionError):
        parse_catalog({"actor": [{"id": "x", "name": "X", "type": "wizards"}]})


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        ("هاجمت خلايا داعش نقطة عسكرية", "islamic_state_cells"),
        ("قالت قسد في بيان", "sdf"),
        ("أعلن مجلس دير الزور العسكري", "deir_ez_zor_military_council"),
        ("قصف جيش الاحتلال التركي القرية", "turkish_armed_forces"),
        ("اعتقلت الأسايش شابين", "asayish"),
        ("The SDF said on Monday", "sdf"),
        ("QSD operasyonek da dest pê kir", "sdf"),
        ("DAIŞ êrîş kir", "islamic_state"),
        ("فرقة الحمزات", "hamza_division"),
        ("والعمشات", "sultan_suleiman_shah_division"),
    ],
)
def test_mentions_find_catalogued_aliases(finder: ActorFinder, text: str, actor_id: str) -> None:
    ids = [m.actor_id for m in finder.mentions(sentence(text))]
    assert actor_id in ids


def test_loaded_wording_maps_to_the_neutral_actor_and_quote_keeps_the_words(finder: ActorFinder) -> None:
    ctx = sentence("استهدف جيش الاحتلال التركي قرية")
    m = next(m for m in finder.mentions(ctx) if m.actor_id == "turkish_armed_forces")
    assert m.name == "Turkish Armed Forces"
    assert m.evidence.quote == "جيش الاحتلال التركي"
    assert m.actor_type is ActorType.EXTERNAL_FORCES


def test_mentions_mark_observatory_as_reporter(finder: ActorFinder) -> None:
    ctx = sentence("حسب تقرير للمرصد السوري لحقوق الإنسان")
    roles = {m.actor_id: m.role for m in finder.mentions(ctx)}
    assert roles["sohr"] is Role.REPORTER


def test_mention_evidence_quotes_original_text(finder: ActorFinder) -> None:
    text = "قُتِلَ مدنيّون بنيران قوّات النظام"
    ctx = sentence(text)
    for m in finder.mentions(ctx):
        assert text[m.evidence.span.start : m.evidence.span.end] == m.evidence.quote
        assert m.evidence.producer == "extract.actors.v1"


def test_mentions_on_empty_sentence(finder: ActorFinder) -> None:
    assert finder.mentions(sentence("")) == []
