"""What every sentence-level extractor receives, and the interfaces extract/ needs from later stages.

extract/ may not import resolve/ (the layering rule), so the gazetteer reaches the place-mention
finder through the :class:`PlaceNameSource` protocol, injected by the pipeline.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from marsad.model import Evidence, TextSpan, evidence_at
from marsad.text.normalize import NormalizedText
from marsad.vocab import Language


@dataclass(frozen=True, slots=True, eq=False)
class DocumentContext:
    """One document, normalized once."""

    document_id: str
    text: str
    norm: NormalizedText
    language: Language
    published: date | None

    def evidence(self, nstart: int, nend: int, producer: str, note: str = "") -> Evidence:
        """Evidence for a normalized span, quoting the original text."""
        norm = self.norm
        if not 0 <= nstart < nend <= len(norm.text):
            span = norm.to_original(nstart, nend)  # empty or invalid spans: the general path
            return evidence_at(self.document_id, self.text, span.start, span.end, producer, note)
        # to_original, inlined (evidence is built for every extracted field)
        offs = norm.offsets
        o_start = offs[nstart]
        o_end = offs[nend - 1] + 1
        if offs[nend] > o_end:
            o_end = offs[nend]
        return evidence_at(self.document_id, self.text, o_start, o_end, producer, note)


@dataclass(frozen=True, slots=True, eq=False)
class SentenceContext:
    """One sentence of a document: original span and the same sentence in normalized offsets."""

    doc: DocumentContext
    span: TextSpan
    nstart: int
    nend: int
    # the normalized sentence text (offsets relative to ``nstart``), sliced once: every stage reads it
    ntext: str = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "ntext", self.doc.norm.text[self.nstart : self.nend])

    @property
    def text(self) -> str:
        return self.span.of(self.doc.text)


class PlaceNameSource(Protocol):
    """Anything that can list place names to look for (the gazetteer implements it)."""

    def place_names(self) -> Iterable[str]: ...
