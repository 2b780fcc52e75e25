"""Series selectors: ``"actor=Turkish type=threaten,shelling area=Hasakah"`` -> an EventQuery."""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from marsad.analyze.rules import COUNTED_CERTAINTIES
from marsad.errors import ConfigError
from marsad.store.analytics import EventQuery
from marsad.vocab import Certainty, EventType

__all__ = ["SELECTOR_KEYS", "build_query", "describe", "parse_selector"]

SELECTOR_KEYS = ("actor", "target", "type", "certainty", "area")
"""``actor`` is the perpetrator (who attacks, who threatens); ``target`` who is hit or threatened."""

_HINT = ('write key=value pairs, e.g. "actor=Islamic State type=armed_attack,mine_ied"; keys: '
         + ", ".join(SELECTOR_KEYS))


def _enum_list(cls: type[EventType] | type[Certainty], value: str, key: str) -> tuple[str, ...]:
    out = []
    for part in value.split(","):
        part = part.strip()
        if not part:
            continue
        try:
            out.append(cls(part).value)
        except ValueError:
            raise ConfigError(f"{key}={part!r} is unknown",
                              hint="choose from " + ", ".join(m.value for m in cls)) from None
    return tuple(out)


def _pairs(text: str) -> list[tuple[str, str]]:
    """Split on spaces, but let a value run on until the next ``key=`` (so names may hold spaces)."""
    try:
        tokens = shlex.split(text)
    except ValueError as exc:
        raise ConfigError(f"cannot read selector {text!r}: {exc}", hint=_HINT) from None
    pairs: list[tuple[str, str]] = []
    for tok in tokens:
        key, sep, value = tok.partition("=")
        if sep and key.strip().lower() in SELECTOR_KEYS:
            pairs.append((key.strip().lower(), value))
        elif pairs:
            k, v = pairs[-1]
            pairs[-1] = (k, f"{v} {tok}".strip())
        else:
            raise ConfigError(f"cannot read {tok!r} in selector {text!r}", hint=_HINT)
    return pairs


def parse_selector(
    text: str, *, area: str = "", date_from: date | None = None, date_to: date | None = None,
) -> EventQuery:
    """An :class:`EventQuery` for one series. Certainty defaults to :data:`COUNTED_CERTAINTIES`."""
    query = EventQuery(certainties=COUNTED_CERTAINTIES, area=area, date_from=date_from, date_to=date_to)
    for key, value in _pairs(text):
        if key == "type":
            query = replace(query, event_types=tuple(EventType(v) for v in _enum_list(EventType, value, key)))
        elif key == "certainty":
            values = _enum_list(Certainty, value, key)
            query = replace(query, certainties=tuple(Certainty(v) for v in values))
        elif key == "actor":
            query = replace(query, perpetrator=value.strip())
        elif key == "target":
            query = replace(query, target=value.strip())
        else:
            query = replace(query, area=value.strip())
    if not any((query.event_types, query.perpetrator, query.target)):
        raise ConfigError(f"selector {text!r} selects every event", hint=_HINT)
    return query


def describe(query: EventQuery) -> str:
    """A short plain description: ``threaten by 'Turkish'``."""
    what = ", ".join(t.value for t in query.event_types) or "events"
    parts = [what]
    if query.perpetrator:
        parts.append(f"by {query.perpetrator!r}")
    if query.target:
        parts.append(f"against {query.target!r}")
    if query.area:
        parts.append(f"in {query.area!r}")
    return " ".join(parts)


def _date(value: str | None, flag: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"{flag} {value!r} is not a date", hint="write it as YYYY-MM-DD") from None


def build_query(
    *, date_from: str | None = None, date_to: str | None = None, types: Sequence[str] = (),
    actor: str = "", target: str = "", area: str = "", certainty: Sequence[str] = (),
    include_rejected: bool = False,
) -> EventQuery:
    """An :class:`EventQuery` from command-line strings. ``certainty`` empty: the counted certainties;
    ``all``: every certainty. ``actor`` is the perpetrator."""
    cert_values = [p.strip() for v in certainty for p in v.split(",") if p.strip()]
    if "all" in cert_values:
        certainties: tuple[Certainty, ...] = ()
    elif cert_values:
        certainties = tuple(Certainty(v) for v in _enum_list(Certainty, ",".join(cert_values), "--certainty"))
    else:
        certainties = COUNTED_CERTAINTIES
    type_values = ",".join(types)
    return EventQuery(
        date_from=_date(date_from, "--from"), date_to=_date(date_to, "--to"),
        event_types=tuple(EventType(v) for v in _enum_list(EventType, type_values, "--type")),
        certainties=certainties, perpetrator=actor.strip(), target=target.strip(), area=area.strip(),
        include_rejected=include_rejected,
    )
