"""Read endpoints: events (JSON and GeoJSON), one event with its evidence, history, documents."""

from __future__ import annotations

from importlib.resources import files
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from marsad.api import listing
from marsad.api.auth import Principal, require
from marsad.api.schemas import EventList, geojson_feature
from marsad.api.state import AppState, app_state
from marsad.jobs.inspect import describe_event
from marsad.store.codec import to_json
from marsad.store.records import EventFilter
from marsad.store.users import Role

__all__ = ["router"]

router = APIRouter(prefix="/api/v1", tags=["events"])
VIEWER = Depends(require(Role.VIEWER))


def history_json(request: Request, entity_id: str, limit: int = 100) -> list[dict[str, Any]]:
    return [to_json(h) for h in app_state(request).store.history(entity_id, limit=limit)]


@router.get("/events", response_model=EventList, summary="List events (filters as in `marsad events`)")
async def list_events(
    request: Request,
    f: Annotated[EventFilter, Depends(listing.event_filter)],
    _: Principal = VIEWER,
) -> JSONResponse:
    state = app_state(request)
    body = await run_in_threadpool(_listed, state, f)  # one thread hop for both queries (hot path)
    return JSONResponse(body)  # the shape of EventList, built without re-validating every item


def _listed(state: AppState, f: EventFilter) -> dict[str, Any]:
    return {"total": listing.count(state, f), "limit": f.limit or 0, "offset": f.offset,
            "items": listing.page(state.store, f)}  # fmt: skip


@router.get("/events.geojson", summary="Events with coordinates as a GeoJSON FeatureCollection")
def list_events_geojson(
    request: Request, f: Annotated[EventFilter, Depends(listing.event_filter)], _: Principal = VIEWER
) -> JSONResponse:
    store = app_state(request).store
    items = listing.page(store, f)
    placed = [i for i in items if i["latitude"] is not None and i["longitude"] is not None]
    body = {
        "type": "FeatureCollection",
        "features": [geojson_feature(i) for i in placed],
        "marsad_total": listing.count(app_state(request), f),
        "marsad_unplaced_events": len(items) - len(placed),
    }
    return JSONResponse(body, media_type="application/geo+json")


@router.get(
    "/events/{event_id}",
    summary="One event: reconciled fields, casualty ledger, reports with "
    "quoted evidence, analyst decisions and history",
)
def get_event(request: Request, event_id: str, _: Principal = VIEWER) -> dict[str, Any]:
    view = describe_event(app_state(request).store, event_id)
    data = dict(view.data)
    data["history"] = history_json(request, event_id)
    return data


@router.get("/events/{event_id}/history", summary="Changes to one event, newest first")
def event_history(
    request: Request, event_id: str, limit: Annotated[int, Query(ge=1, le=1000)] = 100, _: Principal = VIEWER
) -> list[dict[str, Any]]:
    app_state(request).store.get_event(event_id)  # 404 for an unknown event
    return history_json(request, event_id, limit)


@router.get("/reports/{report_id}", summary="One report (one document's claim) with its evidence")
def get_report(request: Request, report_id: str, _: Principal = VIEWER) -> dict[str, Any]:
    return to_json(app_state(request).store.get_report(report_id))


@router.get("/documents/{document_id}", summary="One source document with its text and tally claims")
def get_document(request: Request, document_id: str, _: Principal = VIEWER) -> dict[str, Any]:
    store = app_state(request).store
    data = to_json(store.get_document(document_id))
    data["tallies"] = [to_json(t) for t in store.tallies(document_id)]
    return data


@router.get(
    "/boundaries/countries.geojson", summary="Country borders for the map (Natural Earth)", tags=["map"]
)
def countries() -> Response:
    body = (files("marsad.data.boundaries") / "countries.geojson").read_bytes()
    return Response(
        body, media_type="application/geo+json", headers={"Cache-Control": "public, max-age=86400"}
    )
