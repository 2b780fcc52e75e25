"""Elapsed intervals ("a week after", "بعد يومين من"): what they span, what they govern, how far back."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.text.intervals import (
    ElapsedInterval,
    IntervalKind,
    find_intervals,
    shifted_range,
    without_incident,
)
from marsad.text.normalize import normalize_str
from marsad.vocab import TimePrecision


def one(text: str, lang: str, kind: IntervalKind = "earlier") -> tuple[str, str, int | None, TimePrecision]:
    ntext = normalize_str(text) if lang == "ar" else text
    found = find_intervals(ntext, lang)
    assert len(found) == 1, found
    iv = found[0]
    assert iv.kind == kind
    return ntext[iv.start : iv.end], ntext[iv.scope_start : iv.scope_end].strip(), iv.days, iv.precision


@pytest.mark.parametrize(
    ("text", "phrase", "days", "precision"),
    [
        ("The protest came a day after gunmen kidnapped a trader.", "a day after", 1, TimePrecision.DAY),
        ("It came two days after the raid.", "two days after", 2, TimePrecision.DAY),
        ("It came 3 days after the raid.", "3 days after", 3, TimePrecision.DAY),
        ("It came just a week after the raid.", "a week after", 7, TimePrecision.WEEK),
        ("It came two weeks following the raid.", "two weeks following", 14, TimePrecision.WEEK),
        ("It came hours after the raid.", "hours after", 0, TimePrecision.DAY),
        ("It came 48 hours after the raid.", "48 hours after", 2, TimePrecision.DAY),
        ("It came weeks after the raid.", "weeks after", None, TimePrecision.WEEK),
        ("It came a few days after the raid.", "few days after", None, TimePrecision.DAY),
        ("It came a month after the raid.", "a month after", 30, TimePrecision.MONTH),
    ],
)
def test_english_intervals_read_their_count_and_unit(
    text: str, phrase: str, days: int | None, precision: TimePrecision
) -> None:
    found, _, got_days, got_precision = one(text, "en")
    assert (found, got_days, got_precision) == (phrase, days, precision)


@pytest.mark.parametrize(
    ("text", "days", "precision"),
    [
        ("وتأتي الضربة بعد يومين من قصف مدفعي", 2, TimePrecision.DAY),
        ("وتأتي الضربة بعد يوم من قصف مدفعي", 1, TimePrecision.DAY),
        ("وتأتي الضربة بعد ثلاثة أيام من قصف مدفعي", 3, TimePrecision.DAY),
        ("وتأتي الضربة بعد ٤ أيام من قصف مدفعي", 4, TimePrecision.DAY),
        ("وتأتي الضربة بعد نحو أسبوع على قصف مدفعي", 7, TimePrecision.WEEK),
        ("وتأتي الضربة بعد أسبوعين من قصف مدفعي", 14, TimePrecision.WEEK),
        ("وتأتي الضربة بعد ساعات من قصف مدفعي", 0, TimePrecision.DAY),
        ("وتأتي الضربة عقب أيام من قصف مدفعي", None, TimePrecision.DAY),
        ("وتأتي الضربة بعد بضعة أسابيع من قصف مدفعي", None, TimePrecision.WEEK),
        ("وتأتي الضربة بعد شهرين من قصف مدفعي", 60, TimePrecision.MONTH),
    ],
)
def test_arabic_intervals_read_singular_dual_counted_and_vague_forms(
    text: str, days: int | None, precision: TimePrecision
) -> None:
    _, governed, got_days, got_precision = one(text, "ar")
    assert governed == normalize_str("قصف مدفعي")
    assert (got_days, got_precision) == (days, precision)


@pytest.mark.parametrize(
    "text",
    [
        "Fighting went on day after day in the old town.",  # no interval: a repeated unit
        "وبعد الهجوم فرضت القوات حظر تجول",  # "after" with no interval
    ],
)
def test_after_without_a_stated_interval_is_no_interval(text: str) -> None:
    lang = "en" if text[0].isascii() else "ar"
    found = find_intervals(normalize_str(text) if lang == "ar" else text, lang)
    assert found == []


def test_a_fronted_interval_governs_its_clause_only() -> None:
    _, governed, days, _ = one("وبعد يومين من الكمين، شنت طائرات غارة على مخبأ", "ar")
    assert (governed, days) == (normalize_str("الكمين"), 2)
    _, governed, _, _ = one("Two days after the ambush, aircraft struck a hideout.", "en")
    assert governed == "the ambush"


def test_a_trailing_interval_keeps_the_earlier_incidents_outcome() -> None:
    _, governed, _, _ = one(
        "It came a week after a bomber blew himself up at a wedding, killing three. Police said.", "en"
    )
    assert governed == "a bomber blew himself up at a wedding, killing three"
    arabic = "قتل مسلح مختار القرية بعد أسبوع من تفجير عبوة، ما أسفر عن مقتل جنديين، فيما"
    _, governed, _, _ = one(arabic, "ar")
    assert governed == normalize_str("تفجير عبوة، ما أسفر عن مقتل جنديين،")


def _iv(days: int | None, precision: TimePrecision, kind: IntervalKind = "earlier") -> ElapsedInterval:
    return ElapsedInterval(start=0, end=1, scope_start=1, scope_end=2, days=days, precision=precision,
                           kind=kind)


def test_shifted_range_goes_back_or_forward_with_the_coarser_precision() -> None:
    may10 = date(2024, 5, 10)
    assert shifted_range(may10, may10, TimePrecision.DAY, _iv(2, TimePrecision.DAY)) == (
        date(2024, 5, 8), date(2024, 5, 8), TimePrecision.DAY)
    assert shifted_range(may10, may10, TimePrecision.DAY, _iv(2, TimePrecision.DAY, "later")) == (
        date(2024, 5, 12), date(2024, 5, 12), TimePrecision.DAY)
    assert shifted_range(may10, may10, TimePrecision.DAY, _iv(1, TimePrecision.DAY, "sequel")) == (
        date(2024, 5, 11), date(2024, 5, 11), TimePrecision.DAY)
    assert shifted_range(may10, may10, TimePrecision.DAY, _iv(7, TimePrecision.WEEK)) == (
        date(2024, 4, 30), date(2024, 5, 6), TimePrecision.WEEK)
    assert shifted_range(may10, may10, TimePrecision.DAY, _iv(365, TimePrecision.YEAR)) == (
        date(2023, 1, 1), date(2023, 12, 31), TimePrecision.YEAR)
    assert shifted_range(may10, may10, TimePrecision.DAY, _iv(None, TimePrecision.DAY)) is None


@pytest.mark.parametrize(
    ("text", "lang", "phrase", "governed", "days"),
    [
        ("Gunmen attacked a post on Monday, two days before a bomb killed two soldiers.", "en",
         "two days before", "a bomb killed two soldiers", 2),
        ("هاجم مسلحون حاجزا يوم الاثنين قبل يومين من انفجار عبوة ناسفة.", "ar",
         "قبل يومين من", "انفجار عبوه ناسفه", 2),
    ],
)
def test_before_governs_the_later_incident(
    text: str, lang: str, phrase: str, governed: str, days: int
) -> None:
    found, words, got, _ = one(text, lang, "later")
    assert (found, words, got) == (normalize_str(phrase) if lang == "ar" else phrase, governed, days)


@pytest.mark.parametrize(
    ("text", "lang", "phrase", "clause", "days"),
    [
        ("Two days later, a roadside bomb killed two soldiers.", "en", "Two days later",
         "a roadside bomb killed two soldiers", 2),
        ("The suspect, a cousin, fled but was arrested hours later at a checkpoint.", "en", "hours later",
         "fled but was arrested hours later at a checkpoint", 0),
        ("The next day, gunmen abducted a trader.", "en", "The next day", "gunmen abducted a trader", 1),
        ("وبعد يومين، قتل جنديان بانفجار عبوة ناسفة.", "ar", "وبعد يومين",
         "قتل جنديان بانفجار عبوه ناسفه", 2),
        ("وفي اليوم التالي، ألقت القوات القبض على شخصين.", "ar", "اليوم التالي",
         "القت القوات القبض علي شخصين", 1),
    ],
)
def test_sequels_govern_their_own_clause(text: str, lang: str, phrase: str, clause: str, days: int) -> None:
    found, words, got, _ = one(text, lang, "sequel")
    norm = (lambda t: normalize_str(t)) if lang == "ar" else (lambda t: t)
    assert (found, got) == (norm(phrase), days)
    assert words.endswith(norm(clause))


@pytest.mark.parametrize(
    ("text", "lang", "phrase", "words", "days"),
    [
        ("Police found the body of a man who had been abducted a week earlier in Tell Qaswa.", "en",
         "a week earlier", "been abducted", 7),
        ("Gunmen shot dead a trader. He had been kidnapped two days before.", "en",
         "two days before", "been kidnapped", 2),
        # a reduced relative: three words back, not the body found
        ("The body of a man kidnapped three days earlier was found in Tell Qaswa.", "en",
         "three days earlier", "a man kidnapped", 3),
        ("Gunmen shot dead a trader on Monday. Three days earlier, they had kidnapped his son.", "en",
         "Three days earlier", "they had kidnapped his son", 3),
        # the Arabic phrase reaches three words back without a relative word
        ("عثرت الشرطة يوم الخميس على جثة رجل اختطف قبل أسبوع في بلدة تل قسوة", "ar",
         "قبل أسبوع", "جثه رجل اختطف", 7),
        ("عثرت الشرطة على جثة الشاب الذي اختطفه مسلحون قبل أسبوعين", "ar", "قبل أسبوعين", "اختطفه مسلحون",
         14),
    ],
)
def test_earlier_and_a_bare_before_govern_the_words_before_them(
    text: str, lang: str, phrase: str, words: str, days: int
) -> None:
    found, governed, got, _ = one(text, lang, "prior")
    assert (found, governed, got) == (normalize_str(phrase) if lang == "ar" else phrase,
                                      normalize_str(words) if lang == "ar" else words, days)


def test_before_days_alone_in_arabic_is_a_day_counted_from_publication() -> None:
    assert find_intervals(normalize_str("قتل شاب قبل يومين في بلدة تل قسوة"), "ar") == []
    assert find_intervals(normalize_str("ستنفجر القنابل قبل يوم الأربعاء"), "ar") == []


def test_earlier_needs_a_unit_before_it() -> None:
    assert find_intervals("Gunmen attacked the post earlier this week, police said earlier.", "en") == []


def test_a_prior_interval_goes_back() -> None:
    iv = ElapsedInterval(start=0, end=1, scope_start=0, scope_end=0, days=2, precision=TimePrecision.DAY,
                         kind="prior")
    assert shifted_range(date(2024, 5, 9), date(2024, 5, 9), TimePrecision.DAY, iv) == (
        date(2024, 5, 7), date(2024, 5, 7), TimePrecision.DAY)


_PIECES = st.sampled_from(
    ["بعد", "يومين", "من", "أيام", "عقب", "على", "ساعات", "3", "a", "day", "days", "after", "weeks", "two",
     "following", "،", ",", ".", " ", "وبعد", "الهجوم", "attack", "نحو", "about", "قبل", "later", "before",
     "the next day", "اليوم التالي", "The", "Next", "DAY"]
)


@given(st.lists(_PIECES, max_size=30), st.sampled_from(["ar", "en"]))
def test_intervals_are_well_formed_on_any_word_salad(pieces: list[str], lang: str) -> None:
    text = " ".join(pieces)
    ntext = normalize_str(text) if lang == "ar" else text
    for iv in find_intervals(ntext, lang):
        assert 0 <= iv.start < iv.end <= len(ntext)
        assert 0 <= iv.scope_start <= iv.scope_end <= len(ntext)
        assert iv.days is None or iv.days >= 0


def test_an_arabic_interval_governing_the_victims_home_is_prior() -> None:
    text = normalize_str("وكان مسلحون قد اختطفوا الشاب قبل ثلاثة أسابيع من منزله في قرية تل قسوة")
    found = find_intervals(text, "ar")
    assert [iv.kind for iv in found] == ["later"]
    (prior,) = without_incident(text, found, heads=[text.index("اختطفوا")])
    assert prior.kind == "prior" and prior.days == 21
    assert text[prior.scope_start : prior.scope_end].strip() == normalize_str("قد اختطفوا الشاب")


def test_an_arabic_interval_governing_an_incident_is_kept() -> None:
    text = normalize_str("قتل مسلحون شابا بعد يومين من اختطافه في قرية تل قسوة")
    found = find_intervals(text, "ar")
    assert without_incident(text, found, heads=[0, text.index("اختطافه")]) == found
