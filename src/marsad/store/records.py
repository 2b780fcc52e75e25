"""Records the store hands back that are about the store itself: runs, quarantine, history, feeds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from marsad.model import Failure
from marsad.vocab import Certainty, EventType

__all__ = [
    "AddResult",
    "EventFilter",
    "FeedState",
    "HistoryRecord",
    "QuarantineRecord",
    "RunRecord",
    "RunStatus",
]


class RunStatus(StrEnum):
    RUNNING = "running"
    OK = "ok"
    FAILED = "failed"
    INTERRUPTED = "interrupted"


@dataclass(frozen=True, slots=True, kw_only=True)
class RunRecord:
    """One pipeline or job run: what ran, with which settings, how it ended, what it counted."""

    id: str
    kind: str
    started_at: datetime
    finished_at: datetime | None
    status: RunStatus
    config_hash: str
    counts: dict[str, int]
    timings: dict[str, float]
    n_failures: int


@dataclass(frozen=True, slots=True, kw_only=True)
class QuarantineRecord:
    """A quarantined :class:`~marsad.model.Failure` with its bookkeeping."""

    id: int
    run_id: str | None
    stage: str
    location: str
    reason: str
    error_type: str
    traceback: str
    payload: str
    source_kind: str
    created_at: datetime
    attempts: int
    resolved_at: datetime | None

    @property
    def resolved(self) -> bool:
        return self.resolved_at is not None

    def failure(self) -> Failure:
        """The failure as it was reported (for a retry)."""
        return Failure(
            stage=self.stage,
            location=self.location,
            reason=self.reason,
            error_type=self.error_type,
            traceback=self.traceback,
            payload=self.payload,
            source_kind=self.source_kind,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class HistoryRecord:
    """One append-only change: what entity, what happened, the values before and after, who and why."""

    id: int
    entity: str
    entity_id: str
    action: str
    old: Any
    new: Any
    actor: str
    reason: str
    at: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class AddResult:
    added: int
    duplicates: int


@dataclass(frozen=True, slots=True, kw_only=True)
class EventFilter:
    """Which events to list. Empty or ``None`` criteria match everything.

    - ``date_from``/``date_to``: inclusive; an event matches when its date range overlaps them
      (events without a date never match a date criterion);
    - ``actor``: case-insensitive substring of the perpetrator or the target;
    - ``area``: case-insensitive substring of admin1, admin2 or the place text;
    - ``limit=None``: no limit. Order: newest first (``date_start`` descending, undated last), then id.
    """

    date_from: date | None = None
    date_to: date | None = None
    event_types: Sequence[EventType] = ()
    actor: str = ""
    area: str = ""
    certainties: Sequence[Certainty] = ()
    include_rejected: bool = False
    limit: int | None = 100
    offset: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedState:
    """What ``watch`` remembers about a feed between polls (conditional GET and last outcome).

    ``last_status`` is the HTTP status of the last poll (``None`` when it never got a response).
    """

    url: str
    etag: str = ""
    last_modified: str = ""
    last_polled: datetime | None = None
    last_status: int | None = None
    last_error: str = ""
