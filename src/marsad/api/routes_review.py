"""Review endpoints (analyst role): confirm, edit a field, merge, split, reject.

Merge, split and reject call :mod:`marsad.jobs.analyst`, exactly what ``marsad merge`` / ``split`` /
``reject`` call, so decisions from the browser and the command line share one log and one history.
Calls authenticated by the dashboard cookie must send the ``X-CSRF-Token`` header.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, Depends, Request

from marsad.api import review
from marsad.api.auth import Principal, require
from marsad.api.schemas import ConfirmRequest, EditRequest, MergeRequest, RejectRequest, SplitRequest
from marsad.api.state import app_state
from marsad.jobs import analyst
from marsad.store.codec import to_json
from marsad.store.users import Role

__all__ = ["router"]


def _fresh_counts(request: Request) -> Iterator[None]:
    """After a review action, listing totals are recounted (see :mod:`marsad.api.cache`)."""
    yield
    app_state(request).counts.clear()


router = APIRouter(prefix="/api/v1/events/{event_id}", tags=["review"], dependencies=[Depends(_fresh_counts)])
ANALYST = Depends(require(Role.ANALYST))


@router.post("/confirm", summary="Confirm the event after checking its sources")
def confirm(
    request: Request, event_id: str, body: ConfirmRequest, who: Principal = ANALYST
) -> dict[str, Any]:
    history_id = review.confirm(app_state(request).store, event_id, actor=who.actor, reason=body.reason)
    return {"event_id": event_id, "history_id": history_id}


@router.post("/edit", summary="Correct one field (the reason is required and kept)")
def edit(request: Request, event_id: str, body: EditRequest, who: Principal = ANALYST) -> dict[str, Any]:
    event = review.edit_field(
        app_state(request).store, event_id, body.field, body.value, actor=who.actor, reason=body.reason
    )
    return to_json(event)


@router.post("/merge", summary="Merge another event into this one")
def merge(request: Request, event_id: str, body: MergeRequest, who: Principal = ANALYST) -> dict[str, Any]:
    merged = analyst.merge(
        app_state(request).store, event_id, body.other_event_id, actor=who.actor, reason=body.reason
    )
    return to_json(merged)


@router.post("/split", summary="Move one report out of this event into a new event")
def split(request: Request, event_id: str, body: SplitRequest, who: Principal = ANALYST) -> dict[str, Any]:
    remaining, new = analyst.split(
        app_state(request).store, event_id, body.report_id, actor=who.actor, reason=body.reason
    )
    return {"remaining": to_json(remaining), "new": to_json(new)}


@router.post("/reject", summary="Mark the event as not an event")
def reject(request: Request, event_id: str, body: RejectRequest, who: Principal = ANALYST) -> dict[str, Any]:
    return to_json(analyst.reject(app_state(request).store, event_id, actor=who.actor, reason=body.reason))
