"""The bundled demo corpus: loadable from the installed package, well-formed, and marked illustrative."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, datetime
from functools import cache
from importlib.resources import files
from typing import Any

FIELDS = {"url", "title", "published", "source", "language", "text", "illustrative"}
ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")


@cache
def _lines() -> tuple[str, ...]:
    raw = files("marsad.data.demo").joinpath("reports.jsonl").read_text(encoding="utf-8")
    return tuple(line for line in raw.splitlines() if line.strip())


def _records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in _lines()]


def test_demo_corpus_loads_from_package_resources() -> None:
    assert len(_lines()) == 40


def test_every_line_is_a_json_object_with_exactly_the_documented_fields() -> None:
    for number, line in enumerate(_lines(), start=1):
        record = json.loads(line)
        assert isinstance(record, dict), number
        assert set(record) == FIELDS, number
        for key in FIELDS - {"illustrative"}:
            assert isinstance(record[key], str), (number, key)
            assert record[key].strip(), (number, key)


def test_every_record_is_marked_illustrative() -> None:
    assert all(record["illustrative"] is True for record in _records())


def test_published_is_tz_aware_utc_between_march_and_may_2024() -> None:
    for record in _records():
        assert record["published"].endswith("Z")
        published = datetime.fromisoformat(record["published"])
        assert published.utcoffset() is not None
        assert published.tzinfo is not None
        assert datetime(2024, 3, 1, tzinfo=UTC) <= published < datetime(2024, 6, 1, tzinfo=UTC)


def test_dates_are_spread_over_three_months() -> None:
    months = Counter(datetime.fromisoformat(r["published"]).month for r in _records())
    assert set(months) == {3, 4, 5}
    assert min(months.values()) >= 8


def test_languages_are_arabic_and_english_roughly_two_to_one() -> None:
    languages = Counter(record["language"] for record in _records())
    assert set(languages) == {"ar", "en"}
    assert 22 <= languages["ar"] <= 30
    assert 10 <= languages["en"] <= 18


def test_language_field_matches_the_script_of_the_text() -> None:
    for record in _records():
        arabic_letters = len(ARABIC_LETTER.findall(record["text"]))
        if record["language"] == "ar":
            assert arabic_letters > len(record["text"]) // 2, record["url"]
        else:
            assert arabic_letters == 0, record["url"]


def test_texts_are_short_reports_of_300_to_1200_characters() -> None:
    for record in _records():
        assert 300 <= len(record["text"]) <= 1200, record["url"]


def test_urls_are_unique_fake_example_org_addresses() -> None:
    urls = [record["url"] for record in _records()]
    assert len(set(urls)) == len(urls)
    for record in _records():
        assert re.fullmatch(rf"https://example\.org/demo/{record['language']}/\d{{4}}", record["url"])


def test_sources_are_invented_demo_outlets() -> None:
    assert all(record["source"].startswith("Demo ") for record in _records())


def test_exactly_one_report_is_a_verbatim_duplicate_under_another_url() -> None:
    by_content = Counter(
        (r["title"], r["text"], r["published"], r["source"], r["language"]) for r in _records()
    )
    assert Counter(by_content.values()) == {1: len(_lines()) - 2, 2: 1}


def test_readme_says_the_texts_are_invented() -> None:
    readme = files("marsad.data.demo").joinpath("README.md").read_text(encoding="utf-8")
    assert "invented for illustration" in readme
    assert "not a real report" in readme
