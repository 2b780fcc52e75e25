"""Build a one-sentence SentenceContext for unit tests of actors, casualties and places, or extract a
whole text."""

from __future__ import annotations

from datetime import UTC, datetime

from marsad.extract.context import DocumentContext, SentenceContext
from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.model import Document, Extraction, TextSpan
from marsad.text.normalize import normalize
from marsad.vocab import Language


def sentence(text: str, language: Language = Language.UNKNOWN) -> SentenceContext:
    norm = normalize(text)
    doc = DocumentContext(document_id="doc_test", text=text, norm=norm, language=language, published=None)
    return SentenceContext(doc=doc, span=TextSpan(start=0, end=len(text)), nstart=0, nend=len(norm.text))


def span_of(ctx: SentenceContext, word: str) -> tuple[int, int]:
    """Normalized offsets of the first occurrence of ``word`` (given in original spelling)."""
    target = normalize(word).text
    i = ctx.ntext.find(target)
    if i < 0:
        raise AssertionError(f"{word!r} not in sentence")
    return (ctx.nstart + i, ctx.nstart + i + len(target))


def extract_text(
    text: str,
    language: Language,
    resources: ExtractionResources,
    published: datetime = datetime(2024, 5, 10, tzinfo=UTC),
) -> Extraction:
    """The whole-document extraction of ``text`` (published 10 May 2024 unless said otherwise)."""
    doc = Document.create(text=text, published=published, language=language)
    return extract_document(doc, resources)
