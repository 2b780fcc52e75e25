"""Place mentions: known names (built-in and injected), cue-announced unknown names, qualifiers."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from marsad.extract.places import PlaceMentionFinder, builtin_place_names
from marsad.vocab import Language

from .sentence_helpers import sentence


class _Names:
    def __init__(self, names: Iterable[str]) -> None:
        self._names = list(names)

    def place_names(self) -> Iterable[str]:
        return self._names


@pytest.fixture(scope="module")
def finder() -> PlaceMentionFinder:
    return PlaceMentionFinder()


def _found(
    finder: PlaceMentionFinder, text: str, language: Language = Language.UNKNOWN
) -> list[tuple[str, str]]:
    return [(m.text, m.qualifier) for m in finder.find(sentence(text, language))]


def test_places_unknown_village_after_cue_is_a_mention(finder: PlaceMentionFinder) -> None:
    assert ("الزهيرة", "") in _found(finder, "قتل شاب في قرية الزهيرة")


def test_places_two_word_unknown_name(finder: PlaceMentionFinder) -> None:
    assert _found(finder, "انفجار لغم بالقرب من بلدة تل صفوك") == [("تل صفوك", "")]


def test_places_countryside_direction_qualifier(finder: PlaceMentionFinder) -> None:
    assert _found(finder, "هجوم في ريف دير الزور الشرقي") == [("دير الزور", "eastern countryside")]


def test_places_near_qualifier(finder: PlaceMentionFinder) -> None:
    assert _found(finder, "انفجار بالقرب من منبج") == [("منبج", "near")]


def test_places_arabic_renderings_of_kurdish_names(finder: PlaceMentionFinder) -> None:
    found = [t for t, _ in _found(finder, "في سري كانيه أو كري سبي")]
    assert found == ["سري كانيه", "كري سبي"]


def test_places_kurdish_latin_names_through_folding(finder: PlaceMentionFinder) -> None:
    found = [t for t, _ in _found(finder, "A drone hit Qamişlo and later Serê Kaniyê.", Language.EN)]
    assert found == ["Qamişlo", "Serê Kaniyê"]


def test_places_english_village_of(finder: PlaceMentionFinder) -> None:
    assert ("Kafr Zayt", "") in _found(finder, "Clashes in the village of Kafr Zayt.", Language.EN)


def test_places_mention_leaves_out_clitic(finder: PlaceMentionFinder) -> None:
    assert _found(finder, "وفي بالرقة وبسوريا") == [("الرقة", ""), ("سوريا", "")]


def test_places_adjective_after_cue_is_no_name(finder: PlaceMentionFinder) -> None:
    assert _found(finder, "سقطت القذيفة في منطقة مفتوحة") == []


def test_places_injected_gazetteer_names() -> None:
    finder = PlaceMentionFinder(_Names(["خربة الورد"]))
    assert [t for t, _ in _found(finder, "هاجم مسلحون خربة الورد")] == ["خربة الورد"]


def test_places_evidence_quotes_original(finder: PlaceMentionFinder) -> None:
    text = "في قريةِ الزُّهيرة"
    m = finder.find(sentence(text))[0]
    assert text[m.evidence.span.start : m.evidence.span.end] == m.evidence.quote == "الزُّهيرة"
    assert m.evidence.producer == "extract.places.v1"
    assert m.place is None


def test_places_builtin_list_has_seed_places() -> None:
    names = {c for _, c in builtin_place_names()}
    assert {"Baghouz", "Ras al-Ain", "Tal Abyad", "Deir ez-Zor"} <= names


def test_places_seed_report_mentions(finder: PlaceMentionFinder) -> None:
    seed = Path(__file__).resolve().parents[3] / "shared" / "seed"
    files = sorted(seed.glob("*.txt")) if seed.is_dir() else []
    if not files:
        pytest.skip("shared seed report not present")
    text = files[0].read_text("utf-8")
    found = {m.text for line in text.splitlines() for m in finder.find(sentence(line, Language.AR))}
    assert {"الباغوز", "سري كانيه", "رأس العين", "كري سبي", "تل أبيض", "دير الزور"} <= found


def test_places_empty_and_long_text(finder: PlaceMentionFinder) -> None:
    assert finder.find(sentence("")) == []
    assert len(finder.find(sentence("في قرية الزهيرة " + "كلمة " * 50000))) == 1


# ---------------------------------------------------------------- what is never a place (invented names)
def test_places_definite_place_noun_announces_no_name(finder: PlaceMentionFinder) -> None:
    # "المنطقة"/"المدينة" refer back; the verb after them is no village
    assert _found(finder, "طوقت الدورية المنطقة وباشرت التفتيش") == []
    assert _found(finder, "وصل المسعفون إلى المدينة لكنهم تأخروا") == []


def test_places_verb_or_pronoun_word_after_cue_is_no_name(finder: PlaceMentionFinder) -> None:
    assert _found(finder, "قصفت الطائرات مزرعة يستأجرها رجل من زيتونة") == []
    assert _found(finder, "خرج الأهالي في بلدة تنديدا بالقصف") == []


def test_places_cue_after_cue_takes_the_second_name(finder: PlaceMentionFinder) -> None:
    found = [t for t, _ in _found(finder, "سقطت قذائف على ريف بلدة كفرزيتون")]
    assert "بلدة" not in found
    assert "كفرزيتون" in found


def test_places_city_after_government_word_is_an_actor(finder: PlaceMentionFinder) -> None:
    texts = [t for t, _ in _found(finder, "اتهمت الإدارة حكومة دمشق بالتصعيد قرب حلب")]
    assert "دمشق" not in texts
    assert "حلب" in texts
    assert "Damascus" not in [t for t, _ in _found(
        finder, "The Damascus government denied the report", Language.EN)]


def test_places_country_is_a_place_only_after_a_spatial_word(finder: PlaceMentionFinder) -> None:
    assert "تركيا" not in [t for t, _ in _found(finder, "واتهمت الإدارة تركيا بقصف القرى")]
    assert "تركيا" in [t for t, _ in _found(finder, "فر الشاب إلى تركيا الشهر الماضي")]
    assert "سوريا" in [t for t, _ in _found(finder, "تصاعدت الهجمات في شمال وشرق سوريا")]


def test_places_place_inside_an_actor_name_is_no_mention(finder: PlaceMentionFinder) -> None:
    assert "سوريا" not in [t for t, _ in _found(finder, "قتل عنصر من قوات سوريا الديمقراطية")]


def test_places_months_and_weekdays_are_never_places(finder: PlaceMentionFinder) -> None:
    assert _found(finder, "The shelling resumed in April near the border", Language.EN) == []
    named = PlaceMentionFinder(_Names(["April", "نيسان"]))
    assert [t for t, _ in named.find(sentence("Raids continued in April", Language.EN))] == []


def test_places_person_name_after_naming_verb_is_no_place(finder: PlaceMentionFinder) -> None:
    named = PlaceMentionFinder(_Names(["زيتون"]))
    assert [m.text for m in named.find(sentence("قتل رجل يدعى كريم الزيتون في قرية المرجة"))] == ["المرجة"]


def test_places_pronoun_suffixed_preposition_is_no_place() -> None:
    named = PlaceMentionFinder(_Names(["عنه"]))
    assert named.find(sentence("ولم يصدر عنه أي تعليق")) == []


def test_places_an_iraqi_district_after_its_cue_is_a_mention(finder: PlaceMentionFinder) -> None:
    assert ("العوينات", "") in _found(finder, "قتل جنديان بهجوم على نقطة في قضاء العوينات")


def test_places_iraqi_governorates_are_known_after_a_weak_cue(finder: PlaceMentionFinder) -> None:
    names = [t for t, _ in _found(finder, "انفجرت عبوة في قرية الدويلية جنوب غربي كركوك ضمن محافظة الأنبار")]
    assert "كركوك" in names and "الدويلية" in names and "الأنبار" in names
