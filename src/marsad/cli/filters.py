"""Event filter options shared by ``events`` and ``export``."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, TypeVar

import typer

from marsad.errors import ConfigError
from marsad.vocab import Certainty, EventType

DATE_FROM = typer.Option(None, "--from", help="Earliest event date (YYYY-MM-DD).")
DATE_TO = typer.Option(None, "--to", help="Latest event date (YYYY-MM-DD).")
TYPES = typer.Option(
    [], "--type", "-t", help="Event type (repeatable): " + ", ".join(e.value for e in EventType)
)
ACTOR = typer.Option("", "--actor", help="Perpetrator or target contains this text.")
AREA = typer.Option("", "--area", help="Governorate, district or place contains this text.")
CERTAINTY = typer.Option(
    [], "--certainty", help="Certainty (repeatable): " + ", ".join(c.value for c in Certainty)
)
if TYPE_CHECKING:
    from marsad.store.records import EventFilter

E = TypeVar("E", EventType, Certainty)

INCLUDE_REJECTED = typer.Option(False, "--include-rejected", help="Also list events analysts rejected.")


def _date(value: str | None, flag: str) -> date | None:
    if not value:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise ConfigError(f"{flag} {value!r} is not a date", hint="write it as YYYY-MM-DD") from None


def _enum_values(cls: type[E], values: list[str], flag: str) -> list[E]:
    out: list[E] = []
    for v in values:
        for part in v.split(","):
            try:
                out.append(cls(part.strip()))
            except ValueError:
                raise ConfigError(
                    f"{flag} {part!r} is unknown", hint="choose from " + ", ".join(m.value for m in cls)
                ) from None
    return out


def build_filter(
    *,
    date_from: str | None,
    date_to: str | None,
    types: list[str],
    actor: str,
    area: str,
    certainty: list[str],
    include_rejected: bool,
    limit: int | None,
    offset: int = 0,
) -> EventFilter:
    from marsad.store.records import EventFilter

    return EventFilter(
        date_from=_date(date_from, "--from"),
        date_to=_date(date_to, "--to"),
        event_types=_enum_values(EventType, types, "--type"),
        actor=actor,
        area=area,
        certainties=_enum_values(Certainty, certainty, "--certainty"),
        include_rejected=include_rejected,
        limit=limit,
        offset=offset,
    )
