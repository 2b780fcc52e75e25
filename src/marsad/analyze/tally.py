"""Tallies as tables, and our counts side by side with tally claims found in the text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from marsad.analyze.periods import Period, parse_period_label, period_key_start, period_label
from marsad.model import TallyClaim
from marsad.store.analytics import PERIOD_DIMENSIONS, EventQuery, TallyRow
from marsad.vocab import EventType

__all__ = ["TALLY_COLUMNS", "ClaimComparison", "claim_query", "compare_claim", "format_key", "tally_records"]

TALLY_COLUMNS = ("events", "reports", "killed_min", "killed_max", "injured_min", "injured_max")


def format_key(by: Sequence[str], key: Sequence[Any]) -> list[str]:
    """Printable key values: period keys as labels (``2024-W14``), empty as ``(none)``."""
    out = []
    for name, value in zip(by, key, strict=True):
        if name in PERIOD_DIMENSIONS:
            start = period_key_start(value, Period(name))
            out.append("undated" if start is None else period_label(start, Period(name)))
        else:
            out.append(str(value) if value not in (None, "") else "(none)")
    return out


def tally_records(by: Sequence[str], rows: Sequence[TallyRow], *, with_reports: bool) -> list[dict[str, Any]]:
    """Rows as flat records for CSV/JSON output (the CLI's boundary; not passed between modules)."""
    out = []
    for r in rows:
        rec: dict[str, Any] = dict(zip(by, format_key(by, r.key), strict=True))
        rec["events"] = r.events
        if with_reports:
            rec["reports"] = r.reports
        rec.update(killed_min=r.killed_min, killed_max=r.killed_max, injured_min=r.injured_min,
                   injured_max=r.injured_max)
        out.append(rec)
    return out


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimComparison:
    """A tally claim from a text next to what we count for the same period, area and categories."""

    claim: TallyClaim
    query: EventQuery | None  # None when the claim's period cannot be read
    our_count: int | None
    note: str

    @property
    def difference(self) -> int | None:
        """Our count minus the claimed count (None when there is nothing to compare)."""
        return None if self.our_count is None else self.our_count - self.claim.count


def claim_query(claim: TallyClaim, base: EventQuery) -> EventQuery | None:
    """The events a claim is about: its period (required), area and categories (when they are types)."""
    if claim.period_start and claim.period_end:
        bounds: tuple[date, date] | None = (claim.period_start, claim.period_end)
    else:
        bounds = parse_period_label(claim.period) if claim.period else None
    if bounds is None:
        return None
    types = tuple(EventType(c) for c in claim.categories if c in {t.value for t in EventType})
    return replace(base, date_from=bounds[0], date_to=bounds[1], event_types=types or base.event_types,
                   area=claim.area or base.area)


def compare_claim(claim: TallyClaim, query: EventQuery | None, our_count: int | None) -> ClaimComparison:
    if query is None or our_count is None:
        return ClaimComparison(claim=claim, query=None, our_count=None,
                               note="the claim's period could not be read; nothing to compare")
    diff = our_count - claim.count
    if diff == 0:
        note = "same count"
    elif diff < 0:
        note = (f"we count {-diff} fewer: our sources may miss events, or the claim counts differently "
                "(e.g. reports, wider area or broader categories)")
    else:
        note = f"we count {diff} more: the claim may be narrower or our events may include duplicates"
    return ClaimComparison(claim=claim, query=query, our_count=our_count, note=note)
