"""Review actions the CLI does not have yet: confirm an event, correct one field with a reason.

Merge, split and reject are :mod:`marsad.jobs.analyst` (the same functions as ``marsad merge`` /
``split`` / ``reject``). Everything lands in the one ``history`` table, so ``marsad show`` and the
dashboard tell the same story.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from marsad.errors import ConfigError
from marsad.model import Event, EventDate
from marsad.store.records import HistoryRecord
from marsad.store.store import Store
from marsad.vocab import Certainty, EventType, TimePrecision

__all__ = ["confirm", "confirmed_by", "edit_field"]


def confirm(store: Store, event_id: str, *, actor: str, reason: str) -> int:
    """Record that an analyst checked the event against its sources and agrees; returns the history id."""
    event = store.get_event(event_id)
    return store.record_history("event", event.id, "confirm", None, {"confirmed": True}, actor, reason)


def confirmed_by(records: list[HistoryRecord]) -> HistoryRecord | None:
    """The latest confirmation, unless the event changed after it (then it needs a fresh look)."""
    for rec in records:  # newest first
        if rec.action == "confirm":
            return rec
        if rec.action in ("update", "edit", "merge", "split", "reject"):
            return None
    return None


def _parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ConfigError(f"{value!r} is not a date", hint="write it as YYYY-MM-DD") from None


def _edited(event: Event, name: str, value: str) -> Event:
    if name == "event_type":
        try:
            return dataclasses.replace(event, event_type=EventType(value.strip()))
        except ValueError:
            raise ConfigError(
                f"unknown event type {value!r}", hint="choose from " + ", ".join(t.value for t in EventType)
            ) from None
    if name == "certainty":
        try:
            return dataclasses.replace(event, certainty=Certainty(value.strip()))
        except ValueError:
            raise ConfigError(
                f"unknown certainty {value!r}", hint="choose from " + ", ".join(c.value for c in Certainty)
            ) from None
    if name in ("date_start", "date_end"):
        day = _parse_date(value)
        old = event.date
        start = day if name == "date_start" else (old.start if old else day)
        end = day if name == "date_end" else (old.end if old else day)
        if end < start:
            raise ConfigError("the end date is before the start date", hint="correct the other date first")
        precision = old.precision if old else TimePrecision.DAY
        return dataclasses.replace(
            event, date=EventDate(start=start, end=end, precision=precision, resolved_from="analyst")
        )
    if name == "perpetrator":
        return dataclasses.replace(event, perpetrator=value.strip())
    if name == "target":
        return dataclasses.replace(event, target=value.strip())
    if name == "place_text":
        return dataclasses.replace(event, place_text=value.strip())
    if name == "summary":
        return dataclasses.replace(event, summary=value.strip())
    raise ConfigError(
        f"the field {name!r} cannot be edited",
        hint="edit event_type, certainty, perpetrator, target, place_text, summary or dates",
    )


def _shown(event: Event, name: str) -> str:
    if name in ("date_start", "date_end"):
        if event.date is None:
            return ""
        return (event.date.start if name == "date_start" else event.date.end).isoformat()
    value = getattr(event, name)
    return str(value.value if hasattr(value, "value") else value)


def edit_field(store: Store, event_id: str, name: str, value: str, *, actor: str, reason: str) -> Event:
    """Set one field of an event by hand. The reason is required; the record change and a compact
    ``edit`` row (field, old value, new value) both go to history. Returns the edited event."""
    if not reason.strip():
        raise ConfigError("an edit needs a reason", hint="say why the value is wrong")
    event = store.get_event(event_id)
    edited = _edited(event, name, value)
    old, new = _shown(event, name), _shown(edited, name)
    if old == new:
        return event
    store.save_events([edited], actor=actor, reason=f"edit {name}: {reason}")
    store.record_history("event", event_id, "edit", {"field": name, "value": old},
                         {"field": name, "value": new}, actor, reason)  # fmt: skip
    return edited
