"""iter_paths over files and folders: every format, header blocks, and failures that do not stop the run."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from marsad.model import Failure, RawItem
from marsad.sources.files import iter_paths
from marsad.vocab import Language

ARABIC = "قتل ثلاثة مدنيين في قصف مدفعي على قرية تل الورد."
DATA = Path(__file__).parent / "data"
FIXED = datetime(2024, 5, 1, tzinfo=UTC)


def read(*paths: Path | str) -> list[RawItem | Failure]:
    return list(iter_paths(list(paths), now=lambda: FIXED))


def items(results: list[RawItem | Failure]) -> list[RawItem]:
    return [r for r in results if isinstance(r, RawItem)]


def failures(results: list[RawItem | Failure]) -> list[Failure]:
    return [r for r in results if isinstance(r, Failure)]


def test_jsonl_with_one_broken_line_gives_two_items_and_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "reports.jsonl"
    good = {"url": "https://n.invented/1", "title": "T1", "published": "2024-04-02", "text": ARABIC}
    lines = [json.dumps(good, ensure_ascii=False), '{"title": "broken", "text": ', "",
             json.dumps({"title": "T3", "text": "Clashes near Kafr Invented.", "source": "Wire",
                         "language": "en", "reporter": "A. Writer"})]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    results = read(path)
    assert [type(r).__name__ for r in results] == ["RawItem", "Failure", "RawItem"]
    first, third = items(results)
    assert (first.title, first.url, first.content, first.content_type) == ("T1", good["url"], ARABIC, "text")
    assert first.published == datetime(2024, 4, 2, tzinfo=UTC)
    assert first.location == f"{path}:1"
    assert (third.source, third.language, third.location) == ("Wire", Language.EN, f"{path}:4")
    assert ("reporter", "A. Writer") in third.metadata
    (bad,) = failures(results)
    assert bad.location == f"{path}:2"
    assert bad.stage == "source"
    assert bad.error_type == "ParseError"
    assert bad.payload.startswith('{"title": "broken"')
    assert bad.traceback


def test_jsonl_records_that_are_not_objects_or_lack_text_fail_alone(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text('[1, 2]\n{"title": "no text"}\n{"text": 5}\n{"html": "<p>Hello there</p>"}\n', "utf-8")
    results = read(path)
    assert [f.location for f in failures(results)] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    (item,) = items(results)
    assert item.content_type == "html"


def test_unparseable_published_keeps_the_item_and_the_raw_value(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"text": "Body text.", "published": "last Tuesday"}) + "\n", "utf-8")
    (item,) = items(read(path))
    assert item.published is None
    assert ("published_raw", "last Tuesday") in item.metadata


def test_csv_rows_become_items_and_bad_rows_fail(tmp_path: Path) -> None:
    path = tmp_path / "reports.csv"
    path.write_text(
        "URL,Title,Published,Text\n"
        f'https://n.invented/1,"Shelling, again",2024-04-02T10:00:00+03:00,"{ARABIC}"\n'
        "https://n.invented/2,Empty,2024-04-03,\n"
        'https://n.invented/3,Multi,Tue, 02 Apr 2024 09:30:00 GMT,"line one\nline two"\n',
        "utf-8",
    )
    results = read(path)
    good = items(results)
    assert good[0].title == "Shelling, again"
    assert good[0].content == ARABIC
    assert good[0].published == datetime(2024, 4, 2, 7, tzinfo=UTC)
    assert good[0].location == f"{path}:2"
    assert [f.location for f in failures(results)] == [f"{path}:3", f"{path}:4"]


def test_csv_multiline_field_and_cp1256_file(tmp_path: Path) -> None:
    path = tmp_path / "ar.csv"
    path.write_bytes(f'title,text\nعنوان,"{ARABIC}\nسطر ثان"\n'.encode("cp1256"))
    (item,) = items(read(path))
    assert item.title == "عنوان"
    assert item.content == f"{ARABIC}\nسطر ثان"


def test_csv_without_text_column_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("title,body\nx,y\n", "utf-8")
    (failure,) = read(path)
    assert isinstance(failure, Failure)
    assert "'text'" in failure.reason


def test_txt_header_block_gives_metadata(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "Title: قصف على القرية\npublished: 2024-04-02\nurl: https://n.invented/9\nsource: Invented Monitor\n"
        "language: ar\nauthor: Someone\n\n" + ARABIC + "\n",
        "utf-8",
    )
    (item,) = read(path)
    assert isinstance(item, RawItem)
    assert item.title == "قصف على القرية"
    assert item.published == datetime(2024, 4, 2, tzinfo=UTC)
    assert (item.url, item.source, item.language) == ("https://n.invented/9", "Invented Monitor", Language.AR)
    assert item.content.strip() == ARABIC
    assert ("author", "Someone") in item.metadata
    assert item.fetched == FIXED


def test_txt_without_header_keeps_all_text_and_empty_title(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    text = "Update: clashes resumed at dawn.\n\nMore details later."
    path.write_text(text, "utf-8")
    (item,) = read(path)
    assert isinstance(item, RawItem)
    assert (item.title, item.content) == ("", text)


def test_markdown_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    text = '---\ntitle: "Front matter title"\ndate: 2024-04-05\ntags: [a, b]\n---\n\n# Body\n'
    path.write_text(text, "utf-8")
    (item,) = read(path)
    assert isinstance(item, RawItem)
    assert item.title == "Front matter title"
    assert item.published == datetime(2024, 4, 5, tzinfo=UTC)
    assert item.content == "# Body\n"


def test_utf8_bom_file_loses_the_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARABIC.encode("utf-8"))
    (item,) = read(path)
    assert isinstance(item, RawItem)
    assert item.content == ARABIC


def test_cp1256_text_file_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(ARABIC.encode("cp1256"))
    (item,) = read(path)
    assert isinstance(item, RawItem)
    assert item.content == ARABIC


def test_binary_file_is_a_decode_failure(tmp_path: Path) -> None:
    path = tmp_path / "binary.txt"
    path.write_bytes(b"\x00\x01\x02\x03\xff\xfe\x00" * 200 + bytes(range(128, 256)) * 8)
    (failure,) = read(path)
    assert isinstance(failure, Failure)
    assert (failure.stage, failure.error_type) == ("decode", "DecodeError")
    assert failure.payload.startswith("base64:")


def test_html_file_is_an_html_item(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    page = f'<html><head><meta charset="windows-1256"></head><body><p>{ARABIC}</p>'
    path.write_bytes(page.encode("cp1256"))
    (item,) = read(path)
    assert isinstance(item, RawItem)
    assert item.content_type == "html"
    assert ARABIC in item.content


def test_unknown_extension_named_directly_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4")
    (failure,) = read(path)
    assert isinstance(failure, Failure)
    assert ".pdf" in failure.reason
    assert failure.location == str(path)


def test_missing_path_is_a_failure_and_the_run_goes_on(tmp_path: Path) -> None:
    ok = tmp_path / "ok.txt"
    ok.write_text("Some text.", "utf-8")
    results = read(tmp_path / "nope.txt", ok)
    assert isinstance(results[0], Failure) and "no such file" in results[0].reason
    assert isinstance(results[1], RawItem)


def test_folder_is_walked_recursively_sorted_skipping_unknown_and_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text("two", "utf-8")
    (tmp_path / "a" / "1.md").write_text("one", "utf-8")
    (tmp_path / "a" / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".git" / "x.txt").write_text("hidden", "utf-8")
    (tmp_path / "0.htm").write_text("<p>zero</p>", "utf-8")
    (tmp_path / "feed.rss").write_bytes((DATA / "rss2.xml").read_bytes())
    results = read(tmp_path)
    assert all(isinstance(r, RawItem) for r in results)
    locations = [r.location for r in results]
    assert locations[:2] == [str(tmp_path / "0.htm"), str(tmp_path / "a" / "1.md")]
    assert locations[2] == str(tmp_path / "b" / "2.txt")
    assert [r.source_kind for r in results[3:]] == ["feed", "feed"]
    assert results == read(tmp_path)  # deterministic


def test_unreadable_file_is_a_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x", "utf-8")
    other = tmp_path / "fine.txt"
    other.write_text("fine", "utf-8")

    def refuse(self: Path) -> bytes:
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return original(self)

    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", refuse)
    failure, item = read(path, other)
    assert isinstance(failure, Failure)
    assert failure.error_type == "PermissionError"
    assert isinstance(item, RawItem) and item.content == "fine"


def test_file_over_the_size_limit_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("x" * 2000, "utf-8")
    (failure,) = list(iter_paths([path], max_bytes=1000))
    assert isinstance(failure, Failure)
    assert "split the file" in failure.reason
