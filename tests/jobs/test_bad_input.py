"""What bad input gets: a clear one-line message, a quarantine row, non-zero exit, no lost data."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from typer.testing import CliRunner

from marsad.cli.app import build_app
from marsad.config import Settings
from marsad.jobs.ingest import ingest
from marsad.store.store import Store

from .conftest import Server

ARTICLE = (
    "<html><head><title>t</title></head><body><article><p>"
    + "انفجرت عبوة ناسفة في قرية. " * 30
    + "</p></article></body></html>"
)


def stages(store: Store) -> list[tuple[str, str]]:
    return [(f.stage, f.location) for f in store.failures()]


def test_ingesting_the_same_inputs_twice_adds_nothing(
    tmp_path: Path, store: Store, settings: Settings
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("title: A\npublished: 2024-04-12\n\nقتل شخص في بلدة خيالية أمس.", "utf-8")
    (folder / "b.txt").write_text("An explosion hit a market in Fictown yesterday, killing two.", "utf-8")
    first = ingest([str(folder)], store=store, settings=settings)
    second = ingest([str(folder)], store=store, settings=settings)
    assert first.counts["documents_added"] == 2
    assert second.counts.get("documents_added", 0) == 0
    assert second.counts["documents_duplicate"] == 2
    assert store.count_documents() == 2


def test_duplicate_document_under_another_url_is_counted_once(
    tmp_path: Path, store: Store, settings: Settings
) -> None:
    line = {"url": "https://a.example/1", "title": "x", "published": "2024-04-12", "text": "نص مكرر عن هجوم."}
    dup = {**line, "url": "https://b.example/2"}
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n" + json.dumps(dup, ensure_ascii=False) + "\n")
    out = ingest([str(path)], store=store, settings=settings)
    assert (out.counts["documents_added"], out.counts["documents_duplicate"]) == (1, 1)


def test_broken_jsonl_line_is_quarantined_and_the_rest_goes_on(
    tmp_path: Path, store: Store, settings: Settings
) -> None:
    path = tmp_path / "feed.jsonl"
    good = json.dumps({"url": "u", "title": "t", "published": "2024-04-12", "text": "هجوم مسلح في قرية."})
    path.write_text(good + "\n{not json\n", "utf-8")
    out = ingest([str(path)], store=store, settings=settings)
    assert out.counts["documents_added"] == 1
    assert not out.ok
    assert any(loc.endswith("feed.jsonl:2") for _, loc in stages(store))


def test_windows_1256_file_is_decoded(tmp_path: Path, store: Store, settings: Settings) -> None:
    path = tmp_path / "old.txt"
    text = "قتل ثلاثة أشخاص بانفجار لغم في ريف المدينة الشرقي."
    path.write_bytes(text.encode("cp1256"))
    out = ingest([str(path)], store=store, settings=settings)
    assert out.ok
    (doc,) = store.pending_documents(limit=10)
    assert "لغم" in doc.text


def test_undecodable_or_unknown_file_is_quarantined(tmp_path: Path, store: Store, settings: Settings) -> None:
    bad = tmp_path / "image.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    out = ingest([str(bad)], store=store, settings=settings)
    assert not out.ok and store.count_documents() == 0
    assert stages(store) and stages(store)[0][1].endswith("image.png")


def test_missing_path_is_a_failure_not_a_crash(tmp_path: Path, store: Store, settings: Settings) -> None:
    out = ingest([str(tmp_path / "nope.txt")], store=store, settings=settings)
    assert not out.ok and len(store.failures()) == 1


def test_page_without_article_timeout_and_huge_download_are_quarantined(
    server: Server, store: Store, settings: Settings
) -> None:
    server.body("/empty", b"<html><body><nav>menu</nav></body></html>")
    server.slow("/slow", 3.0)
    server.endless("/huge")
    server.body("/ok", ARTICLE.encode())
    urls = [server.url(p) for p in ("/empty", "/slow", "/huge", "/ok")]
    out = ingest(urls, store=store, settings=settings)
    assert out.counts["documents_added"] == 1
    failed = {loc for _, loc in stages(store)}
    assert {server.url("/empty"), server.url("/slow"), server.url("/huge")} <= failed
    reasons = " ".join(f.reason for f in store.failures()).lower()
    assert "time" in reasons and ("large" in reasons or "size" in reasons or "bytes" in reasons)


def test_garbage_feed_is_quarantined(server: Server, store: Store, settings: Settings) -> None:
    server.body("/rss.xml", b"\x00\x01 this is not a feed", "application/rss+xml")
    out = ingest([server.url("/rss.xml")], store=store, settings=settings)
    assert not out.ok
    assert store.failures()[0].location.startswith(server.url("/rss.xml"))


def test_private_address_is_refused_without_the_setting(
    server: Server, store: Store, settings: Settings
) -> None:
    server.body("/ok", ARTICLE.encode())
    strict = replace(settings, http_allow_private=False)
    out = ingest([server.url("/ok")], store=store, settings=strict)
    assert not out.ok and store.count_documents() == 0
    assert "private" in store.failures()[0].reason.lower() or "loopback" in store.failures()[0].reason.lower()


def test_cli_gives_one_line_message_and_nonzero_exit(tmp_path: Path, settings: Settings) -> None:
    bad = tmp_path / "broken.jsonl"
    bad.write_text("{oops\n", "utf-8")
    result = CliRunner().invoke(build_app(), ["-d", settings.database, "ingest", str(bad)])
    assert result.exit_code == 1
    assert "broken.jsonl:1" in result.output
    listed = CliRunner().invoke(build_app(), ["-d", settings.database, "failures", "--json"])
    assert listed.exit_code == 0
    row = json.loads(listed.stdout.splitlines()[0])
    assert row["location"].endswith("broken.jsonl:1") and row["attempts"] == 1


def test_retry_resolves_a_fixed_file(tmp_path: Path, store: Store, settings: Settings) -> None:
    from marsad.jobs.retry import retry_failures

    path = tmp_path / "later.jsonl"
    path.write_text("{oops\n", "utf-8")
    ingest([str(path)], store=store, settings=settings)
    assert len(store.failures()) == 1
    again = retry_failures(None, store=store, settings=settings)
    assert not again.ok and store.failures()[0].attempts == 2
    path.write_text(
        json.dumps({"url": "u", "title": "t", "published": "2024-04-12", "text": "اشتباك مسلح."}) + "\n"
    )
    fixed = retry_failures(None, store=store, settings=settings)
    assert fixed.ok and store.failures() == [] and store.count_documents() == 1
