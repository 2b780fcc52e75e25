"""Numbers: digits in every script, Arabic and English words, vague quantities, duals."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.text.normalize import normalize
from marsad.text.numbers import NumberMention, find_dual_nouns, find_numbers, find_ordinals, parse_number

_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def _found(text: str, language: str = "ar") -> list[tuple[str, int, bool, str]]:
    norm = normalize(text)
    return [
        (norm.quote(m.start, m.end), m.value, m.approximate, m.form)
        for m in find_numbers(norm, language=language)
    ]


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("قتل 12 شخصا", "12", 12),
        ("نزوح 1,200 عائلة", "1,200", 1200),
        ("نزوح ١٬٢٠٠ عائلة", "١٬٢٠٠", 1200),
        ("نزوح ۱۲۰۰ عائلة", "۱۲۰۰", 1200),
        ("2,500,000 نازح", "2,500,000", 2500000),
        ("5 آلاف نازح", "5 آلاف", 5000),
        ("1.5 مليون نازح", "1.5 مليون", 1500000),
    ],
)
def test_find_numbers_reads_digits(text: str, quote: str, value: int) -> None:
    assert _found(text) == [(quote, value, False, "digits")]


@pytest.mark.parametrize(
    "text",
    ["على بعد 3.5 كم", "طائرة F-16 وبندقية M16"],
)
def test_find_numbers_skips_measures_and_model_names(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("مقتل ثلاثة مدنيين", "ثلاثة", 3),
        ("مقتل ثلاث نساء", "ثلاث", 3),
        ("وثلاثة جرحى", "وثلاثة", 3),
        ("بخمسة صواريخ", "بخمسة", 5),
        ("إحدى عشرة امرأة", "إحدى عشرة", 11),
        ("أحد عشر عنصرا", "أحد عشر", 11),
        ("اثنا عشر عنصرا", "اثنا عشر", 12),
        ("اثنتي عشرة قذيفة", "اثنتي عشرة", 12),
        ("سبعة عشر قتيلا", "سبعة عشر", 17),
        ("عشرين قتيلا", "عشرين", 20),
        ("ثلاثة وعشرين شخصا", "ثلاثة وعشرين", 23),
        ("واحد وتسعون", "واحد وتسعون", 91),
        ("مئة شخص", "مئة", 100),
        ("مائة وخمسة وعشرون", "مائة وخمسة وعشرون", 125),
        ("مئتين وثلاثة عشر", "مئتين وثلاثة عشر", 213),
        ("ثلاثمئة عائلة", "ثلاثمئة", 300),
        ("ثلاث مئة عائلة", "ثلاث مئة", 300),
        ("ألف نازح", "ألف", 1000),
        ("ألفين وخمسمائة", "ألفين وخمسمائة", 2500),
        ("خمسة آلاف", "خمسة آلاف", 5000),
        ("عشرين ألفا", "عشرين ألفا", 20000),
        ("مئتي ألف", "مئتي ألف", 200000),
        ("الثلاثة الباقون", "الثلاثة", 3),
    ],
)
def test_find_numbers_reads_arabic_words(text: str, quote: str, value: int) -> None:
    assert _found(text) == [(quote, value, False, "word")]


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("twenty-three people", "twenty-three", 23),
        ("twenty three people", "twenty three", 23),
        ("one hundred and five", "one hundred and five", 105),
        ("three thousand five hundred and twelve", "three thousand five hundred and twelve", 3512),
        ("a dozen soldiers", "a dozen", 12),
        ("two dozen soldiers", "two dozen", 24),
        ("a hundred people", "a hundred", 100),
        ("Eleven were hurt", "Eleven", 11),
    ],
)
def test_find_numbers_reads_english_words(text: str, quote: str, value: int) -> None:
    assert _found(text, "en") == [(quote, value, False, "word")]


@pytest.mark.parametrize(
    ("text", "quote", "value", "language"),
    [
        ("عشرات القتلى", "عشرات", 10, "ar"),
        ("بالعشرات", "بالعشرات", 10, "ar"),
        ("مئات النازحين", "مئات", 100, "ar"),
        ("آلاف المدنيين", "آلاف", 1000, "ar"),
        ("عشرات الآلاف", "عشرات الآلاف", 10000, "ar"),
        ("مئات الآلاف", "مئات الآلاف", 100000, "ar"),
        ("عدة أشخاص", "عدة", 3, "ar"),
        ("بضعة عناصر", "بضعة", 3, "ar"),
        ("عدد من الجرحى", "عدد من", 3, "ar"),
        ("dozens of people", "dozens", 12, "en"),
        ("tens of people", "tens", 10, "en"),
        ("scores of people", "scores", 10, "en"),
        ("hundreds of people", "hundreds", 100, "en"),
        ("thousands of people", "thousands", 1000, "en"),
        ("tens of thousands", "tens of thousands", 10000, "en"),
        ("several people", "several", 3, "en"),
        ("a few people", "a few", 3, "en"),
        ("a number of people", "a number", 3, "en"),
        ("several dozen", "several dozen", 36, "en"),
    ],
)
def test_find_numbers_maps_vague_quantities_to_floors(
    text: str, quote: str, value: int, language: str
) -> None:
    assert _found(text, language) == [(quote, value, True, "vague")]


def test_find_numbers_marks_hedged_numbers_approximate() -> None:
    assert _found("قتل نحو عشرين شخصا") == [("عشرين", 20, True, "word")]
    assert _found("about 20 people", "en") == [("20", 20, True, "digits")]


@pytest.mark.parametrize("text", ["يوم الأحد", "يوم الاثنين", "والاثنين", "لست أدري", "عدد القتلى"])
def test_find_numbers_ignores_weekdays_and_lookalikes(text: str) -> None:
    assert _found(text) == []


def test_find_numbers_skips_absurdly_long_digit_runs() -> None:
    assert _found("1" * 100_000) == []
    assert _found("هاتف 00963123456789012 ثم 7") == [("7", 7, False, "digits")]


def test_find_numbers_keeps_separate_numbers_apart() -> None:
    assert [v for _, v, _, _ in _found("ثلاثة، أربعة وخمسة 7")] == [3, 4, 5, 7]


def test_find_numbers_language_picks_word_tables() -> None:
    assert _found("three ثلاثة", "ar") == [("ثلاثة", 3, False, "word")]
    assert _found("three ثلاثة", "en") == [("three", 3, False, "word")]
    assert len(_found("three ثلاثة", "any")) == 2


def test_find_numbers_offsets_are_normalized_offsets() -> None:
    norm = normalize("قُتِلَ ثلاثةُ أشخاص")
    (m,) = find_numbers(norm)
    assert isinstance(m, NumberMention)
    assert norm.text[m.start : m.end] == "ثلاثه"
    assert norm.quote(m.start, m.end) == "ثلاثةُ"


def _duals(text: str, nouns: list[str] | None = None) -> list[tuple[str, int]]:
    norm = normalize(text)
    return [(norm.quote(m.start, m.end), m.value) for m in find_dual_nouns(norm, nouns)]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("مقتل شخصين", "شخصين"),
        ("قتل شخصان", "شخصان"),
        ("إصابة عنصرين", "عنصرين"),
        ("مقتل جنديين", "جنديين"),
        ("مقتل امرأتين", "امرأتين"),
        ("والطفلين", "والطفلين"),
        ("مقتل مدنيين اثنين", "مدنيين اثنين"),
        ("مقتل مدنيان", "مدنيان"),
        ("مقتل طفلين اثنين", "طفلين اثنين"),
    ],
)
def test_find_dual_nouns_counts_two(text: str, quote: str) -> None:
    assert _duals(text) == [(quote, 2)]


@pytest.mark.parametrize("text", ["مقتل مدنيين", "استهداف المقاتلين", "الطفل", "أطفال"])
def test_find_dual_nouns_skips_plurals_that_look_like_duals(text: str) -> None:
    assert _duals(text) == []


def test_find_dual_nouns_takes_a_custom_noun_list() -> None:
    assert _duals("اعتقال راعيين وشخصين", ["راعي"]) == [("راعيين", 2)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12", 12),
        ("١٢", 12),
        ("1,200", 1200),
        ("ثلاثة وعشرين", 23),
        ("عشرات", 10),
        ("twenty-three", 23),
        ("a dozen", 12),
        ("مدنيين اثنين", 2),
        ("شخصين", 2),
        ("  خمسة  ", 5),
    ],
)
def test_parse_number_reads_one_expression(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "قتل", "3 و 4", "12-04-2024", "3.5"])
def test_parse_number_rejects_anything_else(text: str) -> None:
    assert parse_number(text) is None


@given(st.integers(min_value=0, max_value=10**12))
def test_parse_number_reads_its_own_str(n: int) -> None:
    assert parse_number(str(n)) == n


@given(st.integers(min_value=0, max_value=10**9))
def test_parse_number_is_equal_across_digit_systems(n: int) -> None:
    ascii_ = str(n)
    assert (
        parse_number(ascii_)
        == parse_number(ascii_.translate(_ARABIC_INDIC))
        == parse_number(ascii_.translate(_PERSIAN))
        == n
    )


@given(st.integers(min_value=1000, max_value=10**9), st.sampled_from([",", "٬"]))
def test_parse_number_reads_thousands_separators(n: int, sep: str) -> None:
    assert parse_number(f"{n:,}".replace(",", sep).translate(_ARABIC_INDIC)) == n


# A small Arabic renderer for 1..999, in either gender, nominative or oblique.
_UNITS_M = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
_UNITS_F = ["", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع"]
_TENS = ["", "", "عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"]
_HUNDREDS = ["", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة", "ثمانمئة", "تسعمئة"]


def _arabic(n: int, feminine: bool, oblique: bool) -> str:
    units = _UNITS_F if feminine else _UNITS_M
    parts: list[str] = []
    h, rest = divmod(n, 100)
    if h:
        parts.append(_HUNDREDS[h])
    t, u = divmod(rest, 10)
    if rest == 10:
        parts.append("عشر" if feminine else "عشرة")
    elif rest == 11:
        parts.append("إحدى عشرة" if feminine else "أحد عشر")
    elif rest == 12:
        parts.append(
            ("اثنتي عشرة" if feminine else "اثني عشر")
            if oblique
            else ("اثنتا عشرة" if feminine else "اثنا عشر")
        )
    elif 13 <= rest <= 19:
        parts.append(f"{_UNITS_F[u]} عشرة" if feminine else f"{_UNITS_M[u]} عشر")
    else:
        tens = _TENS[t] + ("ين" if oblique else "ون") if t >= 2 else ""
        unit = ("اثنتين" if feminine else "اثنين") if u == 2 and oblique else units[u]
        parts.append(" و".join(p for p in (unit, tens) if p))
    return " و".join(p for p in parts if p)


@given(st.integers(min_value=1, max_value=999), st.booleans(), st.booleans(), st.sampled_from(["", "و"]))
def test_parse_number_reads_arabic_words_up_to_999(n: int, feminine: bool, oblique: bool, waw: str) -> None:
    text = waw + _arabic(n, feminine, oblique)
    assert parse_number(text) == n, text


_EN_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _english(n: int) -> str:
    h, rest = divmod(n, 100)
    words = [f"{_EN_UNITS[h]} hundred"] if h else []
    if rest:
        if h:
            words.append("and")
        t, u = divmod(rest, 10)
        words.append(_EN_UNITS[rest] if rest < 20 else _EN_TENS[t] + (f"-{_EN_UNITS[u]}" if u else ""))
    return " ".join(words)


@given(st.integers(min_value=1, max_value=999))
def test_parse_number_reads_english_words_up_to_999(n: int) -> None:
    assert parse_number(_english(n)) == n, _english(n)


# --- ordinals ---------------------------------------------------------------------------------------

_AR_ORDINALS = {2: "ثاني", 3: "ثالث", 4: "رابع", 5: "خامس", 6: "سادس", 7: "سابع", 8: "ثامن", 9: "تاسع",
                10: "عاشر"}
_EN_ORDINALS = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
                9: "ninth", 10: "tenth"}


def _ordinals(text: str, language: str) -> list[tuple[str, int]]:
    norm = normalize(text)
    return [(norm.quote(m.start, m.end), m.value) for m in find_ordinals(norm, language=language)]


@given(
    value=st.integers(min_value=2, max_value=10),
    article=st.sampled_from(["", "ال", "وال"]),
    feminine=st.booleans(),
    digits=st.sampled_from(["0123456789", "٠١٢٣٤٥٦٧٨٩"]),
)
def test_find_ordinals_reads_arabic_forms(value: int, article: str, feminine: bool, digits: str) -> None:
    word = article + _AR_ORDINALS[value] + ("ة" if feminine else "")
    days = str(value + 10).translate(str.maketrans("0123456789", digits))
    text = f"وقع الهجوم {word} في بلدة كفر سمرة منذ {days} يوما"
    assert _ordinals(text, "ar") == [(word, value)]


@given(value=st.integers(min_value=2, max_value=10), upper=st.booleans(), digits=st.booleans())
def test_find_ordinals_reads_english_forms(value: int, upper: bool, digits: bool) -> None:
    suffix = {2: "nd", 3: "rd"}.get(value, "th")
    word = f"{value}{suffix}" if digits else _EN_ORDINALS[value]
    word = word.capitalize() if upper else word
    assert _ordinals(f"the {word} such attack in 12 days", "en") == [(word, value)]


def test_find_ordinals_skips_cardinals_and_first() -> None:
    assert _ordinals("قتل ثلاثة أشخاص في أول هجوم", "ar") == []
    assert _ordinals("three people died in the first attack", "en") == []
