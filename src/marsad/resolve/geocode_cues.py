"""Read the words around a place name: "ريف X الشرقي", "near X", "X province", "between X and Y".

Works on the normalized document text (see :mod:`marsad.text.normalize`), so hamza and diacritic
variants of the cue words match too. A :class:`Qualifier` is also written to
``PlaceMention.qualifier`` as a short string (``countryside east``, ``near``, ``admin1``, ``between``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import ahocorasick

from marsad.resolve.gazetteer_rules import Cues
from marsad.text.normalize import normalize_str

COUNTRYSIDE = "countryside"
NEAR = "near"
ADMIN1 = "admin1"
BETWEEN = "between"
TOWN = "town"
WINDOW = 48

_DIRECTIONS = {
    "الشرقي": "east",
    "الشرقيه": "east",
    "الغربي": "west",
    "الغربيه": "west",
    "الشمالي": "north",
    "الشماليه": "north",
    "الجنوبي": "south",
    "الجنوبيه": "south",
    "الشمالي الشرقي": "northeast",
    "الشمالي الغربي": "northwest",
    "الجنوبي الشرقي": "southeast",
    "الجنوبي الغربي": "southwest",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Qualifier:
    kind: str = ""  # "", countryside, near, admin1, between, town
    direction: str = ""  # east, west, north, south, northeast...
    cue: str = ""  # the normalized cue phrase that was read

    def label(self) -> str:
        return " ".join(p for p in (self.kind, self.direction) if p)

    @classmethod
    def parse(cls, label: str) -> Qualifier:
        parts = label.split()
        return cls(kind=parts[0] if parts else "", direction=parts[1] if len(parts) > 1 else "")


@dataclass(frozen=True, slots=True)
class _Patterns:
    countryside_before: re.Pattern[str]
    near_before: re.Pattern[str]
    admin1_before: re.Pattern[str]
    between_first: re.Pattern[str]
    between_second: re.Pattern[str]
    place_word_before: re.Pattern[str]
    town_before: re.Pattern[str]
    countryside_after: re.Pattern[str]
    admin1_after: re.Pattern[str]
    direction_after: re.Pattern[str]
    near_after: re.Pattern[str]
    # a pattern can match only where one of its cue words occurs: the words of every phrase list, so a
    # window is scanned once (in C) and only the patterns whose words it holds are run
    words: ahocorasick.Automaton
    always: frozenset[str]  # phrase lists holding an empty phrase (their patterns are always run)

    def present(self, window: str) -> frozenset[str] | set[str]:
        """The phrase lists with a word in ``window``."""
        found = {key for _, keys in self.words.iter(window) for key in keys}
        return found | self.always if self.always else found


def _alt(phrases: tuple[str, ...]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) or "(?!)"


def _before(phrases: tuple[str, ...], town: tuple[str, ...] = ()) -> re.Pattern[str]:
    # a cue word right before the name; Arabic cues may carry clitics (بريف, وقرب), English "the",
    # and a settlement word may sit between cue and name ("قرب مدينة X", "near the town of X")
    middle = rf"(?:\s+(?:{_alt(town)}))?" if town else ""
    return re.compile(rf"(?:^|[^\w])(?:[وفبلك]{{0,2}})({_alt(phrases)})(?:\s+(?:the|من))?{middle}\s*$")


def _words(lists: dict[str, tuple[str, ...]]) -> tuple[ahocorasick.Automaton, frozenset[str]]:
    keys: dict[str, set[str]] = {}
    always: set[str] = set()
    for key, phrases in lists.items():
        for phrase in phrases:
            word = phrase.split(" ")[0]  # _alt keeps each space-separated word of a phrase literally
            if word:
                keys.setdefault(word, set()).add(key)
            else:
                always.add(key)
    automaton = ahocorasick.Automaton()
    for word, ks in keys.items():
        automaton.add_word(word, frozenset(ks))
    if keys:
        automaton.make_automaton()
    return automaton, frozenset(always)


def _phrase_lists(cues: Cues) -> dict[str, tuple[str, ...]]:
    return {
        "countryside_before": cues.countryside_before,
        "near_before": cues.near_before,
        "admin1_before": cues.admin1_before,
        "between": cues.between,
        "place_words": cues.place_words,
        "town_before": cues.town_before,
        "countryside_after": cues.countryside_after,
        "admin1_after": cues.admin1_after,
        "direction_after": cues.direction_after,
        "near_after": cues.near_after,
    }


@cache
def patterns(cues: Cues) -> _Patterns:
    between = _alt(cues.between)
    words, always = _words(_phrase_lists(cues))
    return _Patterns(
        countryside_before=_before(cues.countryside_before),
        near_before=_before(cues.near_before, cues.town_before),
        admin1_before=_before(cues.admin1_before),
        between_first=_before(cues.between, cues.town_before),
        between_second=re.compile(
            rf"(?:^|[^\w])(?:{between})\s+[^,.;:!?\"]{{1,40}}\s(?:و|and)(?:\s+(?:al|el|ad|ar|as|at|az)[-\s]?)?\s*$"
        ),
        near_after=re.compile(rf"^\s*({_alt(cues.near_after)})(?:[^\w]|$)"),
        place_word_before=_before(cues.place_words),
        town_before=_before(cues.town_before),
        countryside_after=re.compile(rf"^\s*({_alt(cues.countryside_after)})(?:[^\w]|$)"),
        admin1_after=re.compile(rf"^\s*({_alt(cues.admin1_after)})(?:[^\w]|$)"),
        direction_after=re.compile(rf"^\s*({_alt(cues.direction_after)})(?:[^\w]|$)"),
        words=words,
        always=always,
    )


def read_qualifier(norm: str, nstart: int, nend: int, cues: Cues) -> Qualifier:
    """The qualifier of the name at normalized ``[nstart, nend)`` from the words around it."""
    p = patterns(cues)
    before = norm[max(0, nstart - WINDOW) : nstart]
    after = norm[nend : nend + WINDOW]
    # only the patterns whose cue words occur in the windows can match (each is tried in order)
    pb = p.present(before)
    pa = p.present(after)
    direction = ""
    if "direction_after" in pa and (m := p.direction_after.match(after)):
        direction = _DIRECTIONS.get(" ".join(m.group(1).split()), "")
    if "admin1_before" in pb and (m := p.admin1_before.search(before)):
        return Qualifier(kind=ADMIN1, cue=m.group(1))
    if "admin1_after" in pa and (m := p.admin1_after.match(after)):
        return Qualifier(kind=ADMIN1, cue=m.group(1))
    if "countryside_before" in pb and (m := p.countryside_before.search(before)):
        cue = " ".join(m.group(1).split())
        if not direction:
            direction = next(
                (
                    d
                    for d in (
                        "northeast",
                        "northwest",
                        "southeast",
                        "southwest",
                        "east",
                        "west",
                        "north",
                        "south",
                    )
                    if cue.startswith(d) or f" {d}" in cue
                ),
                "",
            )
        return Qualifier(kind=COUNTRYSIDE, direction=direction, cue=cue)
    if "countryside_after" in pa and (m := p.countryside_after.match(after)):
        return Qualifier(kind=COUNTRYSIDE, direction=direction, cue=m.group(1))
    if "between" in pb:
        if m := p.between_first.search(before):
            return Qualifier(kind=BETWEEN, cue=m.group(1))
        if p.between_second.search(before):
            return Qualifier(kind=BETWEEN, cue="between")
    if "near_before" in pb and (m := p.near_before.search(before)):
        return Qualifier(kind=NEAR, cue=m.group(1))
    if "near_after" in pa and (m := p.near_after.match(after)):
        return Qualifier(kind=NEAR, cue=m.group(1))
    if "town_before" in pb and (m := p.town_before.search(before)):
        return Qualifier(kind=TOWN, direction=direction, cue=m.group(1))
    return Qualifier(direction=direction) if direction else Qualifier()


def has_place_word_before(norm: str, nstart: int, cues: Cues) -> bool:
    p = patterns(cues)
    before = norm[max(0, nstart - WINDOW) : nstart]
    return "place_words" in p.present(before) and p.place_word_before.search(before) is not None


_CLITICS = re.compile(r"^(?:[وف]?(?:[بكل]|لل)?)(?=ال)|^[وفبل](?=[^\s]{3,})")


def split_mention(text: str, cues: Cues) -> tuple[str, Qualifier]:
    """A mention whose own text carries the cue ("ريف دير الزور الشرقي", "near Manbij"): the bare
    name and the qualifier read from it."""
    norm = " ".join(normalize_str(text).split())
    if " " not in norm:
        return text, Qualifier()
    for kind, phrases in (
        (ADMIN1, cues.admin1_before),
        (COUNTRYSIDE, cues.countryside_before),
        (BETWEEN, cues.between),
        (NEAR, cues.near_before),
    ):
        for phrase in phrases:
            for pre in ("", "و", "ب", "وب", "ل", "ف"):
                head = pre + phrase + " "
                if norm.startswith(head) and len(norm) > len(head):
                    core = norm[len(head) :]
                    core, direction = _strip_direction(core)
                    return core, Qualifier(kind=kind, direction=direction, cue=phrase)
    core, direction = _strip_direction(norm)
    for kind, phrases in ((ADMIN1, cues.admin1_after), (COUNTRYSIDE, cues.countryside_after)):
        for phrase in phrases:
            if core.endswith(" " + phrase):
                return core[: -len(phrase) - 1].strip(), Qualifier(kind=kind, direction=direction, cue=phrase)
    return (core if direction else text), Qualifier(direction=direction)


def _strip_direction(norm: str) -> tuple[str, str]:
    for phrase in sorted(_DIRECTIONS, key=len, reverse=True):
        if norm.endswith(" " + phrase):
            return norm[: -len(phrase) - 1].strip(), _DIRECTIONS[phrase]
    return norm, ""


def strip_clitics(text: str) -> str:
    """ "بالحسكة" -> "الحسكة", "ومنبج" -> "منبج": one try at removing attached conjunctions/prepositions."""
    return _CLITICS.sub("", normalize_str(text), count=1)
