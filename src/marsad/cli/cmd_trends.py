"""``marsad trends``: surges and declines per series against a rolling baseline, with the events behind."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import timedelta

import typer
from rich.table import Table

from marsad.analyze.fetch import count_series, date_span, split_series
from marsad.analyze.periods import Period, next_start, parse_period_label, period_start
from marsad.analyze.selectors import build_query
from marsad.cli.common import handle_errors, open_store, settings_from, stdout_console
from marsad.errors import ConfigError
from marsad.store.analytics import event_ids
from marsad.vocab import EventType

SPLITS = ("type", "actor", "admin1", "certainty", "none")


def register(app: typer.Typer) -> None:
    @app.command("trends")
    @handle_errors
    def trends_cmd(
        ctx: typer.Context,
        period: Period = typer.Option(Period.WEEK, "--period", help="day, week or month."),
        split: str = typer.Option("type", "--split", help="One series per: " + ", ".join(SPLITS)),
        window: int = typer.Option(8, "--window", min=2, help="Baseline: this many periods before each."),
        last: int = typer.Option(4, "--last", min=1, help="Test this many most recent periods."),
        alpha: float = typer.Option(0.05, "--alpha", help="False-discovery rate for alerts."),
        to: str | None = typer.Option(None, "--to", help="Last day to consider (default: latest event)."),
        types: list[str] = typer.Option(
            [], "--type", "-t", help="Event type (repeatable): " + ", ".join(e.value for e in EventType)
        ),
        actor: str = typer.Option("", "--actor", help="Perpetrator contains this text."),
        area: str = typer.Option("", "--area", help="Governorate, district or place contains this text."),
        show_all: bool = typer.Option(False, "--all", help="Show every tested period, not only alerts."),
        as_json: bool = typer.Option(False, "--json", help="JSON output."),
        max_ids: int = typer.Option(20, "--max-ids", help="Event ids listed per alert."),
    ) -> None:
        """Detect surges and declines (each with its size, significance and the events behind it)."""
        # scipy loads here, not when the CLI starts (`marsad --help` stays fast).
        from marsad.analyze.trends import detect_changes

        if split not in SPLITS:
            raise ConfigError(f"--split {split!r} is unknown", hint="choose from " + ", ".join(SPLITS))
        if period is Period.YEAR:
            raise ConfigError("--period year is too coarse for trends", hint="use day, week or month")
        query = build_query(types=types, actor=actor, area=area)
        with open_store(settings_from(ctx)) as store:
            span = date_span(store.engine, [query])
            if span is None:
                stdout_console().print("no events match")
                return
            bounds = parse_period_label(to) if to else None
            if to and bounds is None:
                raise ConfigError(f"--to {to!r} is not a date", hint="write it as YYYY-MM-DD")
            end = bounds[1] if bounds else span[1]
            lastp = period_start(end, period)
            first = lastp
            for _ in range(window + last - 1):
                first = period_start(first - timedelta(days=1), period)
            stop = next_start(lastp, period) - timedelta(days=1)
            if split == "none":
                series = [count_series(store.engine, query, period, first, stop, name="all")]
            else:
                series = split_series(store.engine, query, period, split, first, stop)
            changes = detect_changes(series, window=window, last=last, alpha=alpha)
            shown = [c for c in changes if c.alert or show_all]
            behind: dict[int, list[str]] = {}
            for i, c in enumerate(shown):
                if not c.alert:
                    continue
                q = replace(
                    query,
                    date_from=c.period_start,
                    date_to=next_start(c.period_start, period) - timedelta(days=1),
                )
                dims, key = ((), ()) if split == "none" else ((split,), (c.series.split("=", 1)[1],))
                behind[i] = event_ids(store.engine, q, dims, key, limit=max_ids)
        if as_json:
            out = [
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
                    "event_ids": behind.get(i, []),
                }
                for i, c in enumerate(shown)
            ]
            sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
            return
        table = Table(
            title=f"{sum(c.alert for c in changes)} alert(s) in {len(changes)} tested periods "
            f"({period.value}ly, baseline = mean of the {window} previous)"
        )
        for col in ("series", "period", "change", "observed", "baseline", "ratio", "p", "q (BH)", "events"):
            table.add_column(col)
        for i, c in enumerate(shown):
            ids = behind.get(i, [])
            table.add_row(
                c.series,
                c.label,
                c.direction.value if c.alert else "-",
                str(c.observed),
                f"{c.baseline:.1f}",
                f"{c.ratio:.2f}",
                f"{c.p:.3g}",
                f"{c.q:.3g}",
                " ".join(ids),
            )
        stdout_console().print(table)
