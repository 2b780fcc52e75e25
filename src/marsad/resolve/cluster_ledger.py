"""The casualty ledger: every report's figure per kind, and the event's min, max and conservative value.

Conservative rule (after ACLED's "most conservative credible estimate"): when reports of one event
disagree, the event's figure is the **lowest figure any report states exactly**; vague figures turned
into numbers ("dozens", "عشرات") count only when no report gives an exact one. Min and max span every
figure; ``disagreement`` is set when they differ, and every report's figure stays in the ledger with
its source so nothing reported is lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from marsad.model import CasualtyLedgerEntry, EventReport
from marsad.vocab import CasualtyKind

__all__ = ["CONSERVATIVE_RULE", "CasualtySummary", "casualty_summary", "ledger_for"]

CONSERVATIVE_RULE = (
    "lowest exact figure stated by any report (vague figures only when no report is exact), "
    "after ACLED's most-conservative-credible-estimate practice"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class CasualtySummary:
    kind: CasualtyKind
    minimum: int
    maximum: int
    conservative: int
    disagreement: bool
    n_reports: int
    sources: tuple[str, ...]
    rule: str = CONSERVATIVE_RULE


def ledger_for(reports: Sequence[EventReport], sources: dict[str, str]) -> tuple[CasualtyLedgerEntry, ...]:
    """One entry per report and kind (a report's figures of one kind are added up, as
    :meth:`EventReport.casualty` does), in report order then kind order."""
    out = []
    for r in reports:
        for kind in CasualtyKind:
            figures = [c for c in r.casualties if c.kind is kind]
            if figures:
                out.append(CasualtyLedgerEntry(
                    report_id=r.id, source=sources.get(r.id, r.document_id), kind=kind,
                    value=sum(c.value for c in figures), approximate=all(c.approximate for c in figures),
                ))  # fmt: skip
    return tuple(out)


def casualty_summary(ledger: Sequence[CasualtyLedgerEntry], kind: CasualtyKind) -> CasualtySummary | None:
    entries = [e for e in ledger if e.kind is kind]
    if not entries:
        return None
    values = [e.value for e in entries]
    exact = [e.value for e in entries if not e.approximate]
    return CasualtySummary(
        kind=kind,
        minimum=min(values),
        maximum=max(values),
        conservative=min(exact) if exact else min(values),
        disagreement=min(values) != max(values),
        n_reports=len({e.report_id for e in entries}),
        sources=tuple(dict.fromkeys(e.source for e in entries)),
    )
