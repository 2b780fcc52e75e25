"""Analysis endpoints: tallies, tally claims against our counts, trend alerts, claim (link) tests.

Each is the HTTP face of the matching command (``marsad tally``, ``trends``, ``test-link``) over the
same :mod:`marsad.analyze` functions, with the same parameters and defaults.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from marsad.analyze.explain import CAVEATS, explain_link
from marsad.analyze.fetch import count_series, date_span, split_series, volume_series
from marsad.analyze.link import assess_link
from marsad.analyze.periods import Period, next_start, period_start
from marsad.analyze.selectors import build_query, describe, parse_selector
from marsad.analyze.tally import claim_query, compare_claim, tally_records
from marsad.analyze.trends import detect_changes
from marsad.api.auth import Principal, require
from marsad.api.state import app_state
from marsad.errors import ConfigError
from marsad.store.analytics import DIMENSIONS, event_ids, tally_rows
from marsad.store.users import Role

__all__ = ["router"]

router = APIRouter(prefix="/api/v1", tags=["analysis"])
VIEWER = Depends(require(Role.VIEWER))
SPLITS = ("type", "actor", "admin1", "certainty", "none")


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


@router.get("/tallies", summary="Counts and casualty ranges grouped by period, type, actor, area...")
def tallies(
    request: Request,
    by: Annotated[str, Query(description="Group by (comma list): " + ", ".join(DIMENSIONS))] = "month,type",
    date_from: Annotated[date | None, Query(alias="from")] = None,
    date_to: Annotated[date | None, Query(alias="to")] = None,
    types: Annotated[list[str] | None, Query(alias="type")] = None,
    actor: Annotated[str, Query(max_length=200, description="Perpetrator contains this text.")] = "",
    target: Annotated[str, Query(max_length=200)] = "",
    area: Annotated[str, Query(max_length=200)] = "",
    certainty: Annotated[
        list[str] | None, Query(description="Default: asserted, alleged, threatened; 'all': every.")
    ] = None,
    reports: Annotated[bool, Query(description="Also count the reports behind the events.")] = False,
    include_rejected: Annotated[bool, Query()] = False,
    _: Principal = VIEWER,
) -> dict[str, Any]:
    dims = [d.strip() for d in by.split(",") if d.strip()]
    unknown = [d for d in dims if d not in DIMENSIONS]
    if unknown:
        raise ConfigError(f"cannot group by {unknown}", hint="choose from " + ", ".join(DIMENSIONS))
    query = build_query(
        date_from=_iso(date_from),
        date_to=_iso(date_to),
        types=types or [],
        actor=actor,
        target=target,
        area=area,
        certainty=certainty or [],
        include_rejected=include_rejected,
    )
    rows = tally_rows(app_state(request).store.engine, query, dims)
    return {"by": dims, "rows": tally_records(dims, rows, with_reports=reports)}


@router.get("/claims", summary='Tally claims found in the text ("27 attacks in April") next to our counts')
def claims(request: Request, _: Principal = VIEWER) -> list[dict[str, Any]]:
    store = app_state(request).store
    base = build_query()
    out = []
    for claim in store.tallies():
        cq = claim_query(claim, replace(base, date_from=None, date_to=None))
        ours = tally_rows(store.engine, cq, ())[0].events if cq is not None else None
        c = compare_claim(claim, cq, ours)
        out.append(
            {
                "claim": c.claim.count,
                "ours": c.our_count,
                "period": c.claim.period,
                "area": c.claim.area,
                "categories": list(c.claim.categories),
                "source": c.claim.source,
                "quote": c.claim.evidence.quote,
                "document_id": c.claim.document_id,
                "note": c.note,
            }
        )
    return out


@router.get("/trends", summary="Surges and declines against a rolling baseline, with the events behind")
def trends(
    request: Request,
    period: Annotated[Period, Query()] = Period.WEEK,
    split: Annotated[str, Query(description="One series per: " + ", ".join(SPLITS))] = "type",
    window: Annotated[int, Query(ge=2, le=104)] = 8,
    last: Annotated[int, Query(ge=1, le=104)] = 4,
    alpha: Annotated[float, Query(gt=0, lt=1)] = 0.05,
    to: Annotated[date | None, Query(description="Last day to consider (default: latest event).")] = None,
    types: Annotated[list[str] | None, Query(alias="type")] = None,
    actor: Annotated[str, Query(max_length=200)] = "",
    area: Annotated[str, Query(max_length=200)] = "",
    show_all: Annotated[
        bool, Query(alias="all", description="Every tested period, not only alerts.")
    ] = False,
    max_ids: Annotated[int, Query(ge=0, le=500)] = 20,
    _: Principal = VIEWER,
) -> list[dict[str, Any]]:
    if split not in SPLITS:
        raise ConfigError(f"split {split!r} is unknown", hint="choose from " + ", ".join(SPLITS))
    if period is Period.YEAR:
        raise ConfigError("period year is too coarse for trends", hint="use day, week or month")
    engine = app_state(request).store.engine
    query = build_query(types=types or [], actor=actor, area=area)
    span = date_span(engine, [query])
    if span is None:
        return []
    lastp = period_start(to or span[1], period)
    first = lastp
    for _i in range(window + last - 1):
        first = period_start(first - timedelta(days=1), period)
    stop = next_start(lastp, period) - timedelta(days=1)
    series = ([count_series(engine, query, period, first, stop, name="all")] if split == "none"
              else split_series(engine, query, period, split, first, stop))  # fmt: skip
    out = []
    for c in detect_changes(series, window=window, last=last, alpha=alpha):
        if not (c.alert or show_all):
            continue
        ids: list[str] = []
        if c.alert and max_ids:
            q = replace(
                query,
                date_from=c.period_start,
                date_to=next_start(c.period_start, period) - timedelta(days=1),
            )
            dims, key = ((), ()) if split == "none" else ((split,), (c.series.split("=", 1)[1],))
            ids = event_ids(engine, q, dims, key, limit=max_ids)
        out.append(
            {
                "series": c.series,
                "period": c.label,
                "direction": c.direction.value,
                "observed": c.observed,
                "baseline": round(c.baseline, 2),
                "ratio": round(c.ratio, 2),
                "p": c.p,
                "q": c.q,
                "alert": c.alert,
                "event_ids": ids,
            }
        )
    return out


@router.get("/test-link", summary="Test a claim that one kind of event follows another (lagged association)")
def test_link(
    request: Request,
    cause: Annotated[str, Query(max_length=500, description='Selector, e.g. "actor=Turkish type=threaten".')],
    effect: Annotated[str, Query(max_length=500, description='Selector, e.g. "type=armed_attack".')],
    area: Annotated[str, Query(max_length=200)] = "",
    period: Annotated[Period, Query()] = Period.WEEK,
    max_lag: Annotated[int, Query(ge=1, le=52)] = 8,
    date_from: Annotated[date | None, Query(alias="from")] = None,
    date_to: Annotated[date | None, Query(alias="to")] = None,
    alpha: Annotated[float, Query(gt=0, lt=1)] = 0.05,
    event_study: Annotated[bool, Query()] = True,
    _: Principal = VIEWER,
) -> dict[str, Any]:
    if period is Period.YEAR:
        raise ConfigError("period year leaves too few periods", hint="use week (default) or month")
    cq = parse_selector(cause, area=area, date_from=date_from, date_to=date_to)
    eq = parse_selector(effect, area=area, date_from=date_from, date_to=date_to)
    engine = app_state(request).store.engine
    span = date_span(engine, [cq, eq])
    if span is None:
        raise ConfigError(
            "no events match the cause or the effect",
            hint="check the selectors against /api/v1/tallies?by=type,actor",
        )
    first = period_start(date_from or span[0], period)
    last = next_start(period_start(date_to or span[1], period), period) - timedelta(days=1)
    xs = count_series(engine, cq, period, first, last, name="cause")
    ys = count_series(engine, eq, period, first, last, name="effect")
    vs = volume_series(engine, period, first, last)
    result = assess_link(xs, ys, volume=vs, max_lag=max_lag, alpha=alpha, with_event_study=event_study)
    cause_name, effect_name = describe(cq), describe(eq)
    reg = result.regression
    return {
        "cause": cause_name, "effect": effect_name, "period": period.value, "max_lag": max_lag,
        "verdict": result.verdict.value,
        "explanation": explain_link(result, cause_name=cause_name, effect_name=effect_name),
        "caveats": list(CAVEATS), "periods": xs.labels, "cause_counts": xs.counts.tolist(),
        "effect_counts": ys.counts.tolist(), "documents": vs.counts.tolist(),
        "lags": [] if reg is None else [
            {"lag": e.lag, "rate_ratio": e.rate_ratio, "ci": [e.ci_low, e.ci_high], "p": e.p,
             "p_holm": e.p_adj}
            for e in reg.effects
        ],
    }  # fmt: skip
