"""RawItem -> Document: clean HTML (or tidy text), detect the language, carry the metadata over.

:func:`build_documents` passes Failures through and turns every problem into a Failure with stage
``clean``, so a bad item is quarantined and the run goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

from marsad.documents.clean import html_to_text
from marsad.documents.language import detect_language
from marsad.model import Document, Failure, RawItem
from marsad.sources.dates import to_utc
from marsad.sources.failure import failure_from_exception, failure_from_reason
from marsad.vocab import Language

_CONTROL = {c: None for c in range(32) if chr(c) not in "\t\n"} | {0x7F: None}


def tidy_text(text: str) -> str:
    """Unify newlines, drop control characters, strip trailing spaces and outer blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROL)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def build_document(raw: RawItem) -> Document | Failure:
    """One Document, or a Failure (stage ``clean``) saying why not. Never raises on bad input."""
    try:
        return _build(raw)
    except Exception as exc:  # noqa: BLE001 - NoContentError, or a bug on one odd page: quarantine it
        return failure_from_exception(
            exc, stage="clean", location=raw.location, payload=raw.content, source_kind=raw.source_kind
        )


def _build(raw: RawItem) -> Document | Failure:
    title = raw.title
    published = raw.published
    metadata = list(raw.metadata)
    if raw.content_type == "html":
        page = html_to_text(raw.content, raw.url)
        text = tidy_text(page.text)
        title = title or page.title
        if published is None and page.published is not None:
            published = page.published
            metadata.append(("published_from", "page"))
        if page.author:
            metadata.append(("author", page.author))
        metadata.append(("clean_method", page.method))
    else:
        text = tidy_text(raw.content)
    if not text:
        return failure_from_reason(
            "no text",
            stage="clean",
            location=raw.location,
            error_type="NoContentError",
            payload=raw.content,
            source_kind=raw.source_kind,
        )
    language = raw.language if raw.language is not Language.UNKNOWN else detect_language(text)
    return Document.create(
        text=text,
        title=" ".join(title.split()),
        url=raw.url,
        source=raw.source or (urlsplit(raw.url).hostname or ""),
        source_kind=raw.source_kind,
        published=to_utc(published) if published is not None else None,
        fetched=to_utc(raw.fetched) if raw.fetched is not None else None,
        language=language,
        metadata=tuple(metadata),
    )


def build_documents(items: Iterable[RawItem | Failure]) -> Iterator[Document | Failure]:
    """Documents for RawItems; Failures from earlier stages pass through unchanged."""
    for item in items:
        if isinstance(item, Failure):
            yield item
        else:
            yield build_document(item)
