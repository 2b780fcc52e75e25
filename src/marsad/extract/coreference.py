"""Event coreference inside one document: a definite or demonstrative event noun that refers back to
an event already reported ("انفجرت عبوة ناسفة ... وتبنى التنظيم الهجوم", "A bomb exploded ... The
blast killed two") is the same event, not a new one.

News reports name an incident once, then return to it with a definite noun (الهجوم، الانفجار، the
attack, this blast) to add casualties, a claim of responsibility, a denial or details. Counting each
mention as an event is the classic machine-coding error of counting reports instead of events. An
anaphoric mention is merged into its antecedent: the nearest earlier report of the document with the
same certainty whose date and places do not contradict it. The antecedent keeps its id; fields it
lacks are filled from the anaphor (their evidence still points at the anaphor's sentence), and the
anaphor's attributions are added. Verbs ("هاجم مسلحون") and indefinite nouns ("هجوم آخر") always
start a new event.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections.abc import Sequence

from marsad.model import EventReport
from marsad.text.normalize import NormalizedText, normalize_str
from marsad.text.tokens import ARTICLE_PREFIXES
from marsad.vocab import CasualtyKind

PRODUCER = "extract.coreference.v1"

_AR_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين"})
_EN_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its"})
# Words that mark a second, distinct incident even with a definite noun ("الهجوم الثاني", "another").
_NEW_EVENT_MARKERS = frozenset(
    {
        "اخر",
        "اخري",
        "ثاني",
        "الثاني",
        "الثانيه",
        "جديد",
        "الجديد",
        "جديده",
        "الجديده",
        "ثالث",
        "الثالث",
        "another",
        "second",
        "new",
        "third",
        "earlier",
        "previous",
        "similar",
        "مماثل",
        "مماثله",
    }
)


def _normalized(text: str, norm: NormalizedText | None, start: int, end: int) -> str:
    """``normalize_str(text[start:end])``; with ``norm`` (``normalize(text)``) a slice of it, since
    normalization maps each character on its own (no normalize call per report)."""
    if norm is None:
        return normalize_str(text[start:end])
    offsets = norm.offsets
    nstart = bisect_left(offsets, start)
    return norm.text[nstart : bisect_left(offsets, end, lo=nstart)]


def _words_before(text: str, start: int, n: int, norm: NormalizedText | None = None) -> list[str]:
    return _normalized(text, norm, max(0, start - 60), start).split()[-n:]


def _word_after(text: str, end: int, norm: NormalizedText | None = None) -> str:
    words = _normalized(text, norm, end, min(len(text), end + 40)).split()
    return words[0] if words else ""


def is_anaphoric(report: EventReport, text: str, norm: NormalizedText | None = None) -> bool:
    """The trigger is a definite/demonstrative noun phrase and nothing marks it as a new incident.
    ``norm``, when given, is ``normalize(text)`` (read instead of normalizing windows again)."""
    span = report.trigger.span
    if norm is not None and report.trigger.quote == text[span.start : span.end]:
        trigger = _normalized(text, norm, span.start, span.end).strip()
    else:
        trigger = normalize_str(report.trigger.quote).strip()
    if not trigger:
        return False
    # cheapest test first: the determiners are no new-event markers, so a trigger with neither an
    # article nor a determiner before it is not anaphoric whatever follows it
    first = trigger.split()[0]
    arabic = "\u0600" <= first[0] <= "\u06ff"
    definite = arabic and any(first.startswith(p) and len(first) > len(p) + 2 for p in ARTICLE_PREFIXES)
    before = [w.strip(".,;:\"'()") for w in _words_before(text, report.trigger.span.start, 2, norm)]
    if before and before[-1] in _NEW_EVENT_MARKERS:
        return False
    if not definite and not (before and before[-1] in (_AR_DEMONSTRATIVES if arabic else _EN_DETERMINERS)):
        return False
    after = _word_after(text, report.trigger.span.end, norm).strip(".,;:\"'")
    return after not in _NEW_EVENT_MARKERS


def _compatible(antecedent: EventReport, anaphor: EventReport) -> bool:
    if antecedent.certainty is not anaphor.certainty:
        return False
    a, b = antecedent.date, anaphor.date
    if (
        a is not None
        and b is not None
        and a.resolved_from != "publication"
        and b.resolved_from in ("explicit", "relative")
        and (b.end < a.start or a.end < b.start)
    ):
        return False
    a_places = {normalize_str(p.text) for p in antecedent.places}
    b_places = {normalize_str(p.text) for p in anaphor.places}
    return not (a_places and b_places and not a_places & b_places and b_places - a_places == b_places)


def _merge(antecedent: EventReport, anaphor: EventReport) -> EventReport:
    have = {c.kind for c in antecedent.casualties}
    casualties = antecedent.casualties + tuple(
        c for c in anaphor.casualties if c.kind not in have and c.kind is not CasualtyKind.ARRESTED
    )
    seen = {(a.kind, a.source, a.evidence.span.start) for a in antecedent.attributions}
    attributions = antecedent.attributions + tuple(
        a for a in anaphor.attributions if (a.kind, a.source, a.evidence.span.start) not in seen
    )
    date = antecedent.date
    if anaphor.date is not None and (date is None or date.resolved_from == "publication"):
        date = anaphor.date
    return dataclasses.replace(
        antecedent,
        perpetrator=antecedent.perpetrator or anaphor.perpetrator,
        target=antecedent.target or anaphor.target,
        casualties=casualties,
        attributions=attributions,
        places=antecedent.places or anaphor.places,
        date=date,
    )


def merge_anaphora(
    reports: Sequence[EventReport], text: str, norm: NormalizedText | None = None
) -> tuple[list[EventReport], int]:
    """Merge anaphoric reports into their antecedents; returns (reports, number merged).

    ``reports`` are one document's, in text order; ``text`` is the document's original text and
    ``norm``, when given, ``normalize(text)``.
    """
    out: list[EventReport] = []
    merged = 0
    for report in reports:
        if out and is_anaphoric(report, text, norm):
            for i in range(len(out) - 1, -1, -1):
                if out[i].trigger.span.start < report.trigger.span.start and _compatible(out[i], report):
                    out[i] = _merge(out[i], report)
                    merged += 1
                    break
            else:
                out.append(report)
            continue
        out.append(report)
    return out, merged
