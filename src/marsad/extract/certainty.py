"""Certainty of one event mention: asserted, alleged, denied, threatened, hypothetical, negated,
historical.

The rules read the trigger's clause the way an analyst does:

- a THREATEN trigger is always THREATENED;
- a negator right before the trigger (لم يقع الهجوم, "did not attack") is NEGATED, but "no
  casualties" (لم يسفر عن اصابات) is not: the negator must touch the trigger;
- denial, threat, modality/plan/foiled, accusation and background cues in the trigger's clause
  (or before the trigger, for threats) set the certainty in the lexicon's order; a cue after the
  trigger and past an English "and" belongs to the next, coordinated predicate;
- an accusation or suspicion after an ARREST trigger is the arrest's charge ("اعتقلت شابين يشتبه
  بتورطهما في ...", "arrested a man accused of ..."): the arrest itself stays as it is told;
- a year two or more years before publication, in the clause or in a short time phrase fronted
  before it ("In 2015, the jihadists overran ..."), makes it HISTORICAL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from marsad.extract.cues import CertaintyCue, CueLexicon
from marsad.extract.triggers import TriggerCluster, clause_bounds, prenormalized
from marsad.text.match import Match
from marsad.vocab import Certainty, EventType

PRODUCER = "extract.certainty.v1"

_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")
_FRONTED_WORDS = 5  # a sentence-initial time phrase ("In August 2014,") is at most this long
_CLOSING_WORDS = 6  # a sentence-final one (", خلال شهر شباط من عام 2022.") at most this long
# a coordinated predicate after the trigger ("... were arrested and would be referred to court"): a cue
# standing past it belongs to that predicate, not to the trigger's
_COORDINATED = re.compile(r"\sand\s")
# ... unless the cue is the second participle of one passive ("an IED was detected and defused"): the
# same subject and auxiliary, so the same incident
_SHARED_PASSIVE = re.compile(r"\s(?:was|were|is|are|been)\s+\w+ed\s+and\s+\w+ed$")
_PLUPERFECT = re.compile(r"(?:^|\s)و?كان(?:ت|وا)?\s+(?:\S+\s+){0,4}?قد\s")
# "May" the month, not the modal: a day number or a year next to it, or a preposition or time word
# before it ("on May 2", "3 May", "May 2024", "in early May"); the modal stands between a subject and
# a verb ("the toll may rise")
_MONTH_MAY_BEFORE = re.compile(
    r"(?:\b(?:in|on|of|since|until|by|from|early|late|mid|last|this|next|end|during)|\d(?:st|nd|rd|th)?)[\s-]+$"
)
_MONTH_MAY_AFTER = re.compile(r"^\s*\d")


@dataclass(frozen=True, slots=True)
class CertaintyDecision:
    certainty: Certainty
    cue_start: int | None = None  # sentence offsets of the deciding cue
    cue_end: int | None = None


def find_cues(
    ntext: str, lexicon: CueLexicon, *, doc_text: str | None = None, nstart: int = 0
) -> list[Match[CertaintyCue]]:
    """Certainty cue hits in a normalized sentence (sentence offsets). With ``doc_text`` (the normalized
    document that ``ntext`` is the slice of, from ``nstart``), read from one pass over the document."""
    if doc_text is not None:
        return lexicon.certainty.find_all_in(doc_text, nstart, nstart + len(ntext))
    return lexicon.certainty.find_all(prenormalized(ntext))


def decide_certainty(
    cluster: TriggerCluster,
    *,
    ntext: str,
    sentence_nstart: int,
    breaks: list[tuple[int, int]],
    cues: list[Match[CertaintyCue]],
    lexicon: CueLexicon,
    published: date | None,
) -> CertaintyDecision:
    """The certainty of ``cluster`` inside its sentence (``ntext`` is the normalized sentence)."""
    anchor = cluster.anchor
    t_start = anchor.nstart - sentence_nstart
    t_end = anchor.nend - sentence_nstart
    if cluster.event_type is EventType.THREATEN:
        return CertaintyDecision(Certainty.THREATENED, t_start, t_end)
    c_start, c_end = clause_bounds(breaks, len(ntext), t_start)
    arrest = cluster.event_type is EventType.ARREST
    fired: list[tuple[int, Match[CertaintyCue]]] = []
    for m in cues:
        if m.start < t_end and t_start < m.end:
            continue  # the cue is the trigger word itself
        if _month_may(ntext, m.start, m.end):
            continue  # "on May 2": the month
        if m.start >= t_end and arrest and m.payload.certainty is Certainty.ALLEGED:
            continue  # "اعتقلت شابين يشتبه بتورطهما": the charge is alleged, not the arrest
        if _applies(m, ntext, t_start, c_start, c_end):
            fired.append((lexicon.certainty_rank.get(m.payload.certainty, 99), m))
    if fired:
        _, best = min(fired, key=lambda x: (x[0], abs(x[1].start - t_start)))
        return CertaintyDecision(best.payload.certainty, best.start, best.end)
    denial = _denied_report(ntext, t_start, cues, lexicon.denied_reports)
    if denial is not None:
        return denial
    historical = _historical_by_date(ntext, c_start, c_end, published)
    if historical is not None:
        return historical
    return CertaintyDecision(Certainty.ASSERTED)


def _month_may(ntext: str, start: int, end: int) -> bool:
    """The cue at ``start:end`` is the month May, not the modal verb ("on May 2", "3 May 2024")."""
    if ntext[start:end] != "may":
        return False
    return bool(_MONTH_MAY_BEFORE.search(ntext, max(0, start - 12), start)
                or _MONTH_MAY_AFTER.match(ntext[end : end + 4]))


_REPORT_REACH = 16  # words from a denial verb to the event word it denies through a news noun
_NOUN_CLITICS = ("وال", "بال", "لل", "ال", "و", "ب", "ل")


def _denied_report(
    ntext: str, t_start: int, cues: list[Match[CertaintyCue]], reports: frozenset[str]
) -> CertaintyDecision | None:
    """A denial verb whose object is news ("الأنباء", "التقارير") denies the event word the news tells
    of later in the sentence, across the commas of an adverbial and a relative clause."""
    if not reports:
        return None
    for m in cues:
        if m.payload.certainty is not Certainty.DENIED or m.end > t_start:
            continue
        words = ntext[m.end : t_start].split()
        if len(words) > _REPORT_REACH:
            continue
        if any(_bare_noun(w.strip("،,")) in reports for w in words):
            return CertaintyDecision(Certainty.DENIED, m.start, m.end)
    return None


def _bare_noun(word: str) -> str:
    for clitic in _NOUN_CLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 3:
            return word[len(clitic) :]
    return word


def _applies(m: Match[CertaintyCue], ntext: str, t_start: int, c_start: int, c_end: int) -> bool:
    cue = m.payload
    if cue.scope == "adjacent":
        if m.end > t_start:
            return False
        between = ntext[m.end : t_start].split()
        return len(between) <= cue.gap and m.start >= c_start
    if cue.scope == "before":
        return c_start <= m.start and m.end <= t_start
    if m.start >= t_start and _COORDINATED.search(ntext, t_start, m.start) \
            and not _SHARED_PASSIVE.search(ntext, t_start, m.end):
        return False  # "were arrested on security charges and would be referred": the next predicate's
    return c_start <= m.start and m.end <= c_end


def _historical_by_date(
    ntext: str, c_start: int, c_end: int, published: date | None
) -> CertaintyDecision | None:
    if published is None:
        return None
    # the clause, or a short time phrase fronted before it ("In 2015, the jihadists overran ...")
    head = ntext[:c_start]
    spans = [(c_start, c_end)]
    if head.rstrip().endswith((",", "،")) and len(head.split()) <= _FRONTED_WORDS:
        spans.append((0, c_start))
    # or a short time phrase closing the sentence after a comma ("قتل ... في بادية تدمر، خلال شهر شباط من
    # عام 2022"): the clause's own time, not another clause's
    tail = ntext[c_end:].strip()
    if tail.startswith((",", "،")) and len(tail[1:].split()) <= _CLOSING_WORDS \
            and not any(mark in tail[1:] for mark in (",", "،")):
        spans.append((c_end, len(ntext)))
    for start, end in spans:
        for m in _YEAR.finditer(ntext, start, end):
            if int(m.group(1)) <= published.year - 2:
                return CertaintyDecision(Certainty.HISTORICAL, m.start(), m.end())
    return None


def has_pluperfect(ntext: str) -> bool:
    """كان ... قد + verb: background narration (a detector feature, not a rule by itself)."""
    return _PLUPERFECT.search(ntext) is not None
