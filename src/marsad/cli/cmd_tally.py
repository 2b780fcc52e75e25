"""``marsad tally``: counts and casualty ranges grouped by period, type, actor, area and certainty."""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import replace
from enum import StrEnum

import typer
from rich.table import Table

from marsad.analyze.selectors import build_query
from marsad.analyze.tally import claim_query, compare_claim, tally_records
from marsad.cli.common import handle_errors, open_store, settings_from, stdout_console
from marsad.errors import ConfigError
from marsad.store.analytics import DIMENSIONS, tally_rows
from marsad.vocab import Certainty, EventType

TYPE_HELP = "Event type (repeatable): " + ", ".join(e.value for e in EventType)


class TallyFormat(StrEnum):
    TABLE = "table"
    CSV = "csv"
    JSON = "json"


def register(app: typer.Typer) -> None:
    @app.command("tally")
    @handle_errors
    def tally_cmd(
        ctx: typer.Context,
        by: str = typer.Option("month,type", "--by", help="Group by (comma list): " + ", ".join(DIMENSIONS)),
        date_from: str | None = typer.Option(None, "--from", help="Earliest event date (YYYY-MM-DD)."),
        date_to: str | None = typer.Option(None, "--to", help="Latest event date (YYYY-MM-DD)."),
        types: list[str] = typer.Option([], "--type", "-t", help=TYPE_HELP),
        actor: str = typer.Option("", "--actor", help="Perpetrator contains this text."),
        target: str = typer.Option("", "--target", help="Target contains this text."),
        area: str = typer.Option("", "--area", help="Governorate, district or place contains this text."),
        certainty: list[str] = typer.Option(
            [],
            "--certainty",
            help="Certainty (repeatable) or 'all'; default: asserted, alleged, threatened. Choices: "
            + ", ".join(c.value for c in Certainty),
        ),
        reports: bool = typer.Option(False, "--reports", help="Also count the reports behind the events."),
        claims: bool = typer.Option(
            False, "--claims", help="Show tally claims found in the text next to our counts."
        ),
        include_rejected: bool = typer.Option(False, "--include-rejected", help="Count rejected events."),
        fmt: TallyFormat = typer.Option(TallyFormat.TABLE, "--format", "-f", help="Output format."),
    ) -> None:
        """Count events by period, type, actor, area and certainty, with killed/injured ranges."""
        dims = [d.strip() for d in by.split(",") if d.strip()]
        unknown = [d for d in dims if d not in DIMENSIONS]
        if unknown:
            raise ConfigError(f"cannot group by {unknown}", hint="choose from " + ", ".join(DIMENSIONS))
        query = build_query(
            date_from=date_from,
            date_to=date_to,
            types=types,
            actor=actor,
            target=target,
            area=area,
            certainty=certainty,
            include_rejected=include_rejected,
        )
        with open_store(settings_from(ctx)) as store:
            rows = tally_rows(store.engine, query, dims)
            comparisons = []
            if claims:
                for claim in store.tallies():
                    cq = claim_query(claim, replace(query, date_from=None, date_to=None))
                    ours = tally_rows(store.engine, cq, ())[0].events if cq is not None else None
                    comparisons.append(compare_claim(claim, cq, ours))
        records = tally_records(dims, rows, with_reports=reports)
        claim_records = [
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
            for c in comparisons
        ]
        if fmt is TallyFormat.JSON:
            out = {"by": dims, "rows": records}
            if claims:
                out["claims"] = claim_records
            sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=1, default=str) + "\n")
            return
        if fmt is TallyFormat.CSV:
            columns = list(records[0]) if records else [*dims, "events"]
            writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
            writer.writerows(records)
            return
        console = stdout_console()
        total = sum(r.events for r in rows)
        table = Table(title=f"{total} events in {len(rows)} groups")
        columns = list(records[0]) if records else [*dims, "events"]
        for col in columns:
            table.add_column(col.replace("_", " "), justify="right" if col not in dims else "left")
        for rec in records:
            table.add_row(*(str(rec[c]) for c in columns))
        console.print(table)
        if claims:
            ct = Table(title="Tally claims in the text vs our counts")
            for col in ("claim", "ours", "period", "area", "categories", "source", "note"):
                ct.add_column(col)
            for rec in claim_records:
                ct.add_row(
                    *(
                        ",".join(map(str, v)) if isinstance(v := rec[c], list) else str(v)
                        for c in ("claim", "ours", "period", "area", "categories", "source", "note")
                    )
                )
            console.print(ct)
