"""Find place mentions in a whole text: gazetteer names (Aho-Corasick, clitic-aware) and area names,
plus, for Latin script, capitalized words whose transliteration skeleton is a gazetteer name.

Each mention quotes the original text (``evidence.quote == text[span]``) and carries the qualifier
read from the words around it ("countryside east", "near", "admin1", "between").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from marsad.model import Evidence, PlaceMention, TextSpan
from marsad.resolve.gazetteer import MIN_LATIN_SCAN, Gazetteer
from marsad.resolve.gazetteer_keys import latin_key
from marsad.resolve.geocode_cues import has_place_word_before, read_qualifier
from marsad.text.normalize import NormalizedText, normalize

PRODUCER = "resolve.geocode.v1"
_ARTICLE = r"(?:al|el|ad|ar|as|at|az|ash|an|ez|es|ed|en|et)"
_CAPITALIZED = re.compile(
    rf"(?:\b{_ARTICLE}[-\s])?\b[A-Z][\w'’ʿ]+(?:[-\s](?:{_ARTICLE}[-\s])?[A-Z][\w'’ʿ]+){{0,3}}"
)


def find_place_mentions(gazetteer: Gazetteer, text: str, document_id: str) -> list[PlaceMention]:
    norm = normalize(text)
    cues = gazetteer.rules.cues
    found: list[tuple[TextSpan, int, int]] = []
    for m in gazetteer.matcher.find(norm):
        hit = m.payload
        span = norm.to_original(m.stem_start, m.stem_end)
        if hit.common and not has_place_word_before(norm.text, m.start, cues):
            continue
        if hit.latin and not (
            text[span.start : span.start + 1].isupper()
            or text[span.start : span.start + 3].lower() in {"al-", "el-", "ad-", "ar-", "as-", "az-", "at-"}
        ):
            continue
        if any(s.overlaps(span) for s, _, _ in found):
            continue
        found.append((span, m.stem_start, m.stem_end))
    for span, ns, ne in _latin_runs(gazetteer, text, norm, [s for s, _, _ in found]):
        found.append((span, ns, ne))
    found.sort(key=lambda t: t[0].start)
    out = []
    for span, ns, ne in found:
        q = read_qualifier(norm.text, ns, ne, cues)
        out.append(
            PlaceMention(
                text=span.of(text),
                evidence=Evidence(document_id=document_id, span=span, quote=span.of(text), producer=PRODUCER),
                qualifier=q.label(),
            )
        )
    return out


def _latin_runs(
    gazetteer: Gazetteer, text: str, norm: NormalizedText, taken: list[TextSpan]
) -> list[tuple[TextSpan, int, int]]:
    """Capitalized word runs (longest first) whose skeleton is a gazetteer name."""
    out: list[tuple[TextSpan, int, int]] = []
    common = gazetteer.rules.cues.common_words
    for m in _CAPITALIZED.finditer(text):
        words = list(re.finditer(r"[^\s-]+", m.group()))
        done = False
        for size in range(len(words), 0, -1):
            for i in range(0, len(words) - size + 1):
                start = m.start() + words[i].start()
                end = m.start() + words[i + size - 1].end()
                span = TextSpan(start=start, end=end)
                phrase = text[start:end].rstrip("'’s").rstrip("'’")
                span = TextSpan(start=start, end=start + len(phrase))
                key = latin_key(phrase)
                if len(key) < MIN_LATIN_SCAN + 1 or " ".join(phrase.lower().split()) in common:
                    continue
                if any(s.overlaps(span) for s in taken) or not gazetteer.lookup(phrase):
                    continue
                ns = _norm_index(norm, span.start)
                ne = _norm_index(norm, span.end)
                out.append((span, ns, ne))
                taken.append(span)
                done = True
                break
            if done:
                break
    return out


def _norm_index(norm: NormalizedText, original_index: int) -> int:
    return min(bisect_left(norm.offsets, original_index), len(norm.text))
