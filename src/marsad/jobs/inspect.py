"""Readable views of stored items with the quoted evidence behind every field (for ``marsad show``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from marsad.model import Event, EventReport, Evidence, Membership
from marsad.resolve.cluster_ledger import CONSERVATIVE_RULE, casualty_summary
from marsad.store.codec import to_json
from marsad.store.decisions import decisions_for
from marsad.store.store import Store
from marsad.vocab import CasualtyKind


@dataclass(frozen=True, slots=True)
class View:
    data: dict[str, Any]
    text: str


def _ev(evidence: Evidence | None) -> str:
    if evidence is None:
        return "(no quote: inferred)"
    note = f"; {evidence.note}" if evidence.note else ""
    return f"<- «{evidence.quote}» [{evidence.span.start}:{evidence.span.end}] {evidence.producer}{note}"


def report_lines(report: EventReport, indent: str = "  ") -> list[str]:
    lines = [
        f"{indent}sentence:    «{report.sentence.quote}»",
        f"{indent}type:        {report.event_type.value} ({report.acled_event_type} / "
        f"{report.acled_sub_event_type}; PLOVER {report.plover}, {report.mode.value}) {_ev(report.trigger)}",
        f"{indent}certainty:   {report.certainty.value} {_ev(report.certainty_evidence)}",
    ]
    for label, actor in (("perpetrator", report.perpetrator), ("target", report.target)):
        if actor is not None:
            name = actor.name or actor.text
            lines.append(f"{indent}{label + ':':<13}{name} ({actor.actor_type.value}) {_ev(actor.evidence)}")
        else:
            lines.append(f"{indent}{label + ':':<13}(not stated)")
    if report.date is not None:
        d = report.date
        when = d.start.isoformat() if d.start == d.end else f"{d.start.isoformat()}..{d.end.isoformat()}"
        how = "" if d.resolved_from == "explicit" else f" (from {d.resolved_from})"
        lines.append(f"{indent}date:        {when} precision {d.precision.value}{how} {_ev(d.evidence)}")
    else:
        lines.append(f"{indent}date:        (unknown)")
    for m in report.places:
        where = (
            f"{m.place.name} ({m.place.admin1}, {m.place.latitude:.4f},{m.place.longitude:.4f}, "
            f"precision {int(m.place.precision)})"
            if m.place
            else "unresolved"
        )
        reason = f" [{m.resolution_note}]" if m.resolution_note else ""
        lines.append(f"{indent}place:       {m.text} -> {where}{reason} {_ev(m.evidence)}")
    for c in report.casualties:
        approx = " (approximate)" if c.approximate else ""
        lines.append(f"{indent}{c.kind.value + ':':<13}{c.value}{approx} {_ev(c.evidence)}")
    for a in report.attributions:
        lines.append(f"{indent}{a.kind.value + ':':<13}{a.source} {_ev(a.evidence)}")
    return lines


def describe_report(store: Store, report_id: str) -> View:
    report = store.get_report(report_id)
    doc = store.get_document(report.document_id)
    head = f"report {report.id}  document {doc.id}  source {doc.source or doc.url or '-'}"
    if doc.published:
        head += f"  published {doc.published.date().isoformat()}"
    return View(data=to_json(report), text="\n".join([head, *report_lines(report)]))


def _membership_lines(m: Membership | None, indent: str) -> list[str]:
    if m is None:
        return [f"{indent}why: (no explanation stored)"]
    who = m.decided_by
    if m.score is not None and m.threshold is not None:
        head = f"{indent}why: {who}; best match {m.via} scored {m.score:+.2f} (threshold {m.threshold:.2f})"
    else:
        head = f"{indent}why: {who}"
    lines = [head + (f"; {m.note}" if m.note else "")]
    for c in m.contributions:
        lines.append(f"{indent}  {c.weight:+.2f} {c.feature}: {c.note}")
    return lines


def _support_lines(event: Event) -> list[str]:
    lines = []
    for s in event.support:
        against = f"; disagree: {', '.join(s.disagreeing)}" if s.disagreeing else ""
        lines.append(f"  {s.field}: {s.value} (supported by {len(s.supporting)}{against})")
    return lines


def describe_event(store: Store, event_id: str) -> View:
    event = store.get_event(event_id)
    reports = store.reports_for_event(event_id)
    status = "  REJECTED" if event.rejected and not event.merged_into else ""
    lines = [
        f"event {event.id}  {event.event_type.value}  {event.certainty.value}{status}",
        f"  date: {event.date.start.isoformat() if event.date else 'unknown'}"
        f"  place: {event.place.name if event.place else event.place_text or 'unknown'}"
        f"  perpetrator: {event.perpetrator or '-'}  target: {event.target or '-'}",
    ]
    if event.merged_into:
        lines.append(f"  MERGED INTO {event.merged_into}: see `marsad show {event.merged_into}`")
    casualties = []
    for kind in CasualtyKind:
        summary = casualty_summary(event.ledger, kind)
        if summary is None:
            continue
        per_source = ", ".join(
            f"{e.source}: {e.value}{'~' if e.approximate else ''}" for e in event.ledger if e.kind is kind
        )
        flag = "  DISAGREEMENT" if summary.disagreement else ""
        lines.append(
            f"  {kind.value}: conservative {summary.conservative} "
            f"(min {summary.minimum}, max {summary.maximum}){flag} ({per_source})"
        )
        casualties.append(to_json(summary))
    if casualties:
        lines.append(f"  conservative rule: {CONSERVATIVE_RULE}")
    lines.extend(_support_lines(event))
    members = {m.report_id: m for m in event.members}
    lines.append(f"  {len(reports)} report(s):")
    for report in reports:
        doc = store.get_document(report.document_id)
        lines.append(f"- report {report.id} from {doc.source or doc.url or doc.id}")
        lines.extend(_membership_lines(members.get(report.id), "    "))
        lines.extend(report_lines(report, indent="    "))
    decisions = decisions_for(store, event_id)
    if decisions:
        lines.append("  analyst decisions:")
        for d in decisions:
            what = {"merge": f"merged {d.other_event_id} into {d.event_id}",
                    "split": f"split {d.report_id} from {d.event_id} into {d.other_event_id}",
                    "reject": f"rejected {d.event_id}"}[d.action.value]  # fmt: skip
            when = d.at.isoformat(timespec="seconds")
            lines.append(f"  - {when} {d.actor}: {what} ({d.reason or 'no reason'})")
    data = to_json(event)
    data["casualties"] = casualties
    data["reports"] = [to_json(r) for r in reports]
    data["decisions"] = [to_json(d) for d in decisions]
    return View(data=data, text="\n".join(lines))


def describe_document(store: Store, document_id: str) -> View:
    doc = store.get_document(document_id)
    data = to_json(doc)
    text = "\n".join(
        [
            f"document {doc.id}",
            f"  title: {doc.title or '-'}",
            f"  url: {doc.url or '-'}",
            f"  source: {doc.source or '-'} ({doc.source_kind})",
            f"  published: {doc.published.isoformat() if doc.published else 'unknown'}",
            f"  language: {doc.language.value}",
            "",
            doc.text,
        ]
    )
    return View(data=data, text=text)
