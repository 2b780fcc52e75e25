"""build_document(s): RawItem to Document or Failure, metadata carried over, the run goes on."""

from __future__ import annotations

from datetime import UTC, datetime

from marsad.documents.build import build_document, build_documents
from marsad.model import Document, Failure, RawItem
from marsad.vocab import Language

ARABIC = "قتل ثلاثة مدنيين في قصف مدفعي على قرية تل الورد، بحسب مصادر محلية."
FETCHED = datetime(2024, 5, 1, 12, tzinfo=UTC)


def raw(content: str, content_type: str = "text", **kw: object) -> RawItem:
    return RawItem(location="loc", content=content, content_type=content_type, source_kind="file",
                   fetched=FETCHED, **kw)  # type: ignore[arg-type]


def test_text_item_becomes_document_with_language_and_id() -> None:
    doc = build_document(raw(f"\r\n  {ARABIC}  \r\n\r\n", title=" A  title ", url="https://n.invented/1"))
    assert isinstance(doc, Document)
    assert doc.text == ARABIC
    assert doc.language is Language.AR
    assert doc.id == Document.make_id(ARABIC)
    assert (doc.title, doc.source, doc.fetched) == ("A title", "n.invented", FETCHED)


def test_declared_language_is_kept() -> None:
    doc = build_document(raw("Some words here.", language=Language.KU))
    assert isinstance(doc, Document) and doc.language is Language.KU


def test_html_item_is_cleaned_and_dated_from_the_page() -> None:
    html = (
        '<html><head><title>T</title><meta property="article:published_time" content="2024-04-02T09:00:00Z">'
        '<meta name="author" content="R. Invented"></head>'
        f"<body><nav><a href='/'>Home</a></nav><article><p>{ARABIC}</p></article></body></html>"
    )
    doc = build_document(raw(html, "html"))
    assert isinstance(doc, Document)
    assert doc.text == ARABIC
    assert doc.published == datetime(2024, 4, 2, 9, tzinfo=UTC)
    assert ("published_from", "page") in doc.metadata
    assert ("author", "R. Invented") in doc.metadata


def test_source_published_wins_over_the_page() -> None:
    html = f'<meta property="article:published_time" content="2020-01-01"><p>{ARABIC}</p>'
    given = datetime(2024, 4, 2, tzinfo=UTC)
    doc = build_document(raw(html, "html", published=given))
    assert isinstance(doc, Document) and doc.published == given


def test_empty_text_is_a_clean_failure() -> None:
    failure = build_document(raw(" \n\t "))
    assert isinstance(failure, Failure)
    assert (failure.stage, failure.reason, failure.location) == ("clean", "no text", "loc")


def test_page_without_article_is_a_clean_failure_with_payload() -> None:
    html = "<html><body><nav>menu</nav></body></html>"
    failure = build_document(raw(html, "html"))
    assert isinstance(failure, Failure)
    assert failure.stage == "clean"
    assert failure.error_type == "NoContentError"
    assert failure.payload == html


def test_build_documents_passes_failures_through_and_goes_on() -> None:
    earlier = Failure(stage="source", location="x.jsonl:2", reason="bad line")
    results = list(build_documents([raw(ARABIC), earlier, raw(""), raw("Second document text.")]))
    assert [type(r).__name__ for r in results] == ["Document", "Failure", "Failure", "Document"]
    assert results[1] is earlier
