"""Cue lexicons (certainty, reporting, claims, sources, tallies) as ready matchers, built once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from marsad.extract.lexicon_files import load_lexicon
from marsad.text.match import LexiconMatcher
from marsad.text.normalize import normalize_str
from marsad.vocab import AttributionKind, Certainty


@dataclass(frozen=True, slots=True)
class CertaintyCue:
    certainty: Certainty
    scope: str  # "before", "adjacent" or "clause"
    gap: int


@dataclass(frozen=True, slots=True, eq=False)
class CueLexicon:
    certainty: LexiconMatcher[CertaintyCue]
    certainty_rank: dict[Certainty, int]
    reporting: LexiconMatcher[str]  # payload "prep" or "verb"
    stance: LexiconMatcher[AttributionKind]  # claims, accusations, denials
    sources: LexiconMatcher[str]  # canonical source name
    tally_nouns: LexiconMatcher[str]
    tally_context: LexiconMatcher[str]
    # news nouns a denial governs across commas ("نفى X، اليوم، الأنباء ... عن وقوع اشتباكات")
    denied_reports: frozenset[str] = frozenset()


@cache
def cue_lexicon(lang: str) -> CueLexicon:
    """The cue matchers for ``lang`` ("ar" or "en")."""
    data = load_lexicon(f"cues_{lang}")
    order = [Certainty(c) for c in data["certainty_order"]]
    cert_entries: list[tuple[str, CertaintyCue, bool]] = []
    for name, spec in data["certainty"].items():
        cue = CertaintyCue(Certainty(name), spec.get("scope", "clause"), int(spec.get("gap", 0)))
        cert_entries.extend((f, cue, True) for f in spec["forms"])
    rep = data["reporting"]
    reporting = LexiconMatcher(
        [(f, "prep", False) for f in rep["prepositions"]] + [(f, "verb", True) for f in rep["verbs"]]
    )
    stance_entries: list[tuple[str, AttributionKind, bool]] = []
    stance_entries += [(f, AttributionKind.CLAIMS_RESPONSIBILITY, True) for f in data["claims"]["forms"]]
    stance_entries += [(f, AttributionKind.ACCUSES, True) for f in data["accuses"]["forms"]]
    stance_entries += [(f, AttributionKind.DENIES, True) for f in data["denies"]["forms"]]
    source_entries: list[tuple[str, str, bool]] = []
    for src in data.get("source", []):
        for form in src["forms"]:
            source_entries.append((form, src["name"], False))
            if lang == "ar" and form.startswith("ال"):
                # after the preposition ل the article loses its alef: للمرصد = ل + لمرصد
                source_entries.append((form[1:], src["name"], False))
    sources = LexiconMatcher(source_entries)
    tally = data["tally"]
    return CueLexicon(
        denied_reports=frozenset(
            normalize_str(f) for f in data["certainty"].get("denied", {}).get("reports", [])
        ),
        certainty=LexiconMatcher(cert_entries),
        certainty_rank={c: i for i, c in enumerate(order)},
        reporting=reporting,
        stance=LexiconMatcher(stance_entries),
        sources=sources,
        tally_nouns=LexiconMatcher([(f, "noun", True) for f in tally["nouns"]]),
        tally_context=LexiconMatcher([(f, "ctx", True) for f in tally["context"]]),
    )
