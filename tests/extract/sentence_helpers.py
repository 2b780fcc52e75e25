"""Build a one-sentence SentenceContext for unit tests of actors, casualties and places, or extract a
whole text."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from marsad.extract.actors import ActorFinder
from marsad.extract.context import DocumentContext, SentenceContext
from marsad.extract.pipeline import ExtractionResources, extract_document
from marsad.extract.role_reading import read_roles
from marsad.extract.triggers import TriggerCluster, TriggerHit
from marsad.model import ActorMention, Document, Extraction, TextSpan
from marsad.text.normalize import normalize
from marsad.vocab import EventType, Language


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


def roles_of(
    finder: ActorFinder, text: str, words: str | Sequence[str], event_type: EventType = EventType.ARMED_ATTACK
) -> tuple[ActorMention | None, ActorMention | None]:
    """Perpetrator and target that role reading gives a cluster of strong ``words`` (the first anchors
    it) in the one-sentence ``text``."""
    ctx = sentence(text)
    hits = tuple(
        TriggerHit(event_type=event_type, strong=True, nstart=s, nend=e, pattern=w)
        for w in ([words] if isinstance(words, str) else words)
        for s, e in [span_of(ctx, w)]
    )
    cluster = TriggerCluster(event_type=event_type, hits=hits, anchor=hits[0])
    return read_roles(finder, ctx, cluster, event_type)


def role_texts(
    finder: ActorFinder, text: str, words: str | Sequence[str], event_type: EventType = EventType.ARMED_ATTACK
) -> tuple[str | None, str | None]:
    """:func:`roles_of` as the two phrases' texts."""
    p, t = roles_of(finder, text, words, event_type)
    return (p.text if p else None, t.text if t else None)
