"""Perpetrator and target from the sentence grammar (invented names and places)."""

from __future__ import annotations

from marsad.extract.actors import ActorFinder
from marsad.vocab import EventType, Language

from .sentence_helpers import sentence, span_of


def _roles(finder: ActorFinder, text: str, trigger: str, event_type: EventType = EventType.ARMED_ATTACK,
           language: Language = Language.UNKNOWN) -> tuple[str | None, str | None]:
    ctx = sentence(text, language)
    r = finder.roles(ctx, span_of(ctx, trigger), event_type)
    return (r.perpetrator.text if r.perpetrator else None, r.target.text if r.target else None)


def test_roles_active_svo_arabic(finder: ActorFinder) -> None:
    assert _roles(finder, "مسلحون مجهولون اغتالوا المختار زيدان فرحو في قرية تل نمرة", "اغتالوا") == (
        "مسلحون مجهولون", "المختار زيدان فرحو")


def test_roles_active_vso_arabic(finder: ActorFinder) -> None:
    perp, target = _roles(finder, "استهدفت خلايا داعش دورية لقوى الأمن الداخلي قرب بلدة كفر سلوان", "استهدفت")
    assert perp == "خلايا داعش"
    assert target is not None and "دورية" in target


def test_roles_passive_with_ala_yad(finder: ActorFinder) -> None:
    assert _roles(finder, "قتل مدني على يد مسلحين مجهولين في بلدة عين ورد", "قتل") == (
        "مسلحين مجهولين", "مدني")


def test_roles_passive_with_min_qibal(finder: ActorFinder) -> None:
    perp, target = _roles(finder, "اختطف ثلاثة رعاة من قبل عناصر من قوات النظام", "اختطف")
    assert perp == "عناصر من قوات النظام"
    assert target == "رعاة"


def test_roles_passive_with_bi_niran(finder: ActorFinder) -> None:
    perp, target = _roles(finder, "أصيب طفل بنيران الجيش التركي قرب قرية زرقان الصغرى", "أصيب")
    assert (perp, target) == ("الجيش التركي", "طفل")


def test_roles_nominal_assassination_genitive_is_target(finder: ActorFinder) -> None:
    perp, target = _roles(finder, "اغتيال القيادي في قسد خليل بوزان برصاص مجهولين", "اغتيال",
                          EventType.ASSASSINATION)
    assert target == "القيادي في قسد خليل بوزان"
    assert perp == "مجهولين"


def test_roles_nominal_attack_with_lam_and_ala(finder: ActorFinder) -> None:
    assert _roles(finder, "هجوم لداعش على حاجز للأسايش في بلدة حمرين", "هجوم") == ("داعش", "حاجز للأسايش")


def test_roles_support_verb_qama_bi(finder: ActorFinder) -> None:
    perp, target = _roles(finder, "قام عدد من جنود المارينز بقتل المدنيين", "بقتل")
    assert perp == "جنود المارينز"
    assert target == "المدنيين"


def test_roles_undergo_verb_subject_is_target(finder: ActorFinder) -> None:
    perp, target = _roles(finder, "تعرض المدنيون لهجوم نفذه مسلحون ملثمون", "لهجوم")
    assert target == "المدنيون"
    assert perp == "مسلحون ملثمون"


def test_roles_passive_subject_without_object_is_victim(finder: ActorFinder) -> None:
    perp, target = _roles(finder, "جنديين من القوات العراقية قتلا بانفجار عبوة", "قتلا")
    assert perp is None
    assert target == "جنديين من القوات العراقية"


def test_roles_victim_clause_gives_target(finder: ActorFinder) -> None:
    _, target = _roles(finder, "انفجرت عبوة ناسفة مما أدى إلى مقتل ثلاثة مدنيين", "انفجرت")
    assert target == "مدنيين"


def test_roles_nationality_adjective_is_perpetrator(finder: ActorFinder) -> None:
    perp, _ = _roles(finder, "قصف تركي يستهدف قرية بيرا في ريف المدينة", "قصف", EventType.SHELLING)
    assert perp == "تركي"


def test_roles_reporter_is_never_perpetrator(finder: ActorFinder) -> None:
    perp, _ = _roles(finder, "قال المرصد السوري إن مسلحين هاجموا حاجزا", "هاجموا")
    assert perp == "مسلحين"


def test_roles_english_active(finder: ActorFinder) -> None:
    assert _roles(finder, "Unknown gunmen attacked a teacher in the village of Kafr Nabu.", "attacked") == (
        "Unknown gunmen", "teacher")


def test_roles_english_passive_by(finder: ActorFinder) -> None:
    assert _roles(finder, "Three civilians were killed by Turkish drones near Tel Hamo.", "killed") == (
        "Turkish drones", "civilians")


def test_roles_english_possessive_attack_on(finder: ActorFinder) -> None:
    assert _roles(finder, "The SDF's attack on ISIS cells was reported.", "attack") == ("SDF", "ISIS cells")


def test_roles_english_protesters_are_the_source(finder: ActorFinder) -> None:
    perp, target = _roles(finder, "Hundreds of protesters marched against the police in Amude.", "marched",
                          EventType.PROTEST)
    assert perp == "protesters"
    assert target == "police"


def test_roles_protest_arabic(finder: ActorFinder) -> None:
    perp, _ = _roles(finder, "تظاهر عشرات المواطنين أمام مبنى البلدية", "تظاهر", EventType.PROTEST)
    assert perp == "المواطنين"


def test_roles_catalogued_name_is_canonical(finder: ActorFinder) -> None:
    ctx = sentence("هاجم تنظيم الدولة الإسلامية نقطة لقسد")
    r = finder.roles(ctx, span_of(ctx, "هاجم"), EventType.ARMED_ATTACK)
    assert r.perpetrator is not None and r.perpetrator.name == "Islamic State"


def test_roles_without_actors_are_empty(finder: ActorFinder) -> None:
    ctx = sentence("انفجار في المنطقة")
    r = finder.roles(ctx, span_of(ctx, "انفجار"), EventType.MINE_IED)
    assert r.perpetrator is None


def test_roles_evidence_quote_matches_text(finder: ActorFinder) -> None:
    text = "اغتالَ مسلّحون المختارَ زيدان فرحو"
    ctx = sentence(text)
    r = finder.roles(ctx, span_of(ctx, "اغتالَ"), EventType.ASSASSINATION)
    for m in (r.perpetrator, r.target):
        assert m is not None
        assert text[m.evidence.span.start : m.evidence.span.end] == m.evidence.quote


def test_roles_survive_a_long_sentence_without_punctuation(finder: ActorFinder) -> None:
    text = "قتل مدني " + "كلمة " * 20000 + "على يد مسلحين"
    ctx = sentence(text)
    r = finder.roles(ctx, span_of(ctx, "قتل"), EventType.ARMED_ATTACK)
    assert r.target is not None
