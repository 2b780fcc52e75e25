"""Is a trigger cluster a specific incident, or a general statement, a statistic, a plan or a weapon?

News text uses event words for more than incidents. The rules read the cluster's clause (lists in
``cues_<lang>.toml`` ``[generic]``):

- a phenomenon word next to the event word makes it a trend, not an incident ("تصاعد الهجمات",
  "تكرار حوادث القتل", "has repeatedly bombed");
- a plural incident noun over a period, planned, or pointed at by a demonstrative is a series
  ("هجمات خلال الأشهر الماضية", "خلايا تخطط لشن هجمات", "these attacks", "similar attacks");
- a cluster of weapon words only, in a clause about seizing or finding them, is a seizure
  ("ضبط أحزمة ناسفة", "weapons and explosives were seized");
- a cluster of casualty words only is no incident when negated ("without civilian casualties");
- a cluster of weak words only (killed, قتل) counted over a period is a statistic ("112 people were
  killed in the first half of 2024").

A cluster with any event word that is not generic stays an incident. Nothing here decides whether a
specific mention is new or refers back (see :mod:`marsad.extract.coreference`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from marsad.extract.lexicon_files import load_lexicon
from marsad.extract.triggers import CASUALTY, EVENT, INSTRUMENT, TriggerCluster, TriggerHit, clause_bounds
from marsad.text.normalize import normalize_str

# Arabic clitics that may stand before a listed word (و ف ب ل and the article).
_CLITICS = r"(?:[وف]?(?:بال|لل|ال|[بل])?)"
_NEAR_WORDS = 2  # how far a phenomenon word may stand from the event word
_NEGATION_WORDS = 4  # how far before a casualty word a negation may stand


@dataclass(frozen=True, slots=True)
class GenericCues:
    phenomenon: re.Pattern[str]
    plural: re.Pattern[str]
    series: re.Pattern[str]
    period: re.Pattern[str]
    seized: re.Pattern[str]
    no_casualty: re.Pattern[str]


def _words_pattern(forms: list[str]) -> re.Pattern[str]:
    """Any of ``forms`` as whole words (after an optional Arabic clitic), on normalized text."""
    alts = sorted({" ".join(normalize_str(f).split()) for f in forms}, key=len, reverse=True)
    body = "|".join(re.escape(a) for a in alts)
    return re.compile(rf"(?<!\w){_CLITICS}(?:{body})(?!\w)")


@cache
def generic_cues(lang: str) -> GenericCues:
    """The ``[generic]`` lists of ``cues_<lang>.toml`` as patterns, built once."""
    data = load_lexicon(f"cues_{lang}")["generic"]
    return GenericCues(
        phenomenon=_words_pattern(data["phenomenon"]),
        plural=_words_pattern(data["plural"]),
        series=_words_pattern(data["series"]),
        period=_words_pattern(data["period"]),
        seized=_words_pattern(data["seized"]),
        no_casualty=_words_pattern(data["no_casualty"]),
    )


def is_specific(
    cluster: TriggerCluster,
    ntext: str,
    sentence_nstart: int,
    breaks: list[tuple[int, int]],
    cues: GenericCues,
) -> bool:
    """Whether ``cluster`` (of the normalized sentence ``ntext`` starting at document offset
    ``sentence_nstart``, with its :func:`clause_breaks`) reports a specific incident."""
    first = min(cluster.hits, key=lambda h: h.nstart)
    start = first.nstart - sentence_nstart
    c_start, c_end = clause_bounds(breaks, len(ntext), start)
    clause = ntext[c_start:c_end]
    if not cluster.strong and cues.period.search(clause):
        return False  # killings counted over a half year: a statistic
    events = [h for h in cluster.hits if h.mention == EVENT]
    if events:
        return not all(_generic_event(h, ntext, sentence_nstart, breaks, cues) for h in events)
    kinds = {h.mention for h in cluster.hits}
    if INSTRUMENT in kinds and cues.seized.search(clause):
        return False
    if kinds == {CASUALTY}:
        before = " ".join(ntext[c_start:start].split()[-_NEGATION_WORDS:])
        if cues.no_casualty.search(before):
            return False
    return True


def _generic_event(
    hit: TriggerHit, ntext: str, sentence_nstart: int, breaks: list[tuple[int, int]], cues: GenericCues
) -> bool:
    start, end = hit.nstart - sentence_nstart, hit.nend - sentence_nstart
    c_start, c_end = clause_bounds(breaks, len(ntext), start)
    near = " ".join(ntext[c_start:start].split()[-_NEAR_WORDS:] + ntext[end:c_end].split()[:_NEAR_WORDS])
    if cues.phenomenon.search(near):
        return True
    return bool(cues.plural.fullmatch(ntext[start:end]) and cues.series.search(ntext[c_start:c_end]))
