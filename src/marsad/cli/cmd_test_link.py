"""``marsad test-link``: test a claim that one kind of event follows another (lagged association)."""

from __future__ import annotations

import json
import sys
from datetime import timedelta

import typer

from marsad.analyze.fetch import count_series, date_span, volume_series
from marsad.analyze.periods import Period, next_start, period_start
from marsad.analyze.selectors import SELECTOR_KEYS, build_query, describe, parse_selector
from marsad.cli.common import handle_errors, open_store, settings_from, stdout_console
from marsad.errors import ConfigError

SELECTOR_HELP = (
    "Series selector, key=value pairs; keys: "
    + ", ".join(SELECTOR_KEYS)
    + '. Example: "actor=Turkish type=threaten".'
)


TRIGGER_HELP = ('Centre the event study on periods with these events (a selector, e.g. "type=air_strike"); '
                "default: the cause's peak periods.")


def register(app: typer.Typer) -> None:
    @app.command("test-link")
    @handle_errors
    def test_link_cmd(
        ctx: typer.Context,
        cause: str = typer.Option(..., "--cause", help=SELECTOR_HELP),
        effect: str = typer.Option(..., "--effect", help=SELECTOR_HELP),
        area: str = typer.Option("", "--area", help="Restrict both series to this area."),
        period: Period = typer.Option(Period.WEEK, "--period", help="day, week or month."),
        max_lag: int = typer.Option(8, "--max-lag", min=1, help="Longest lag tried, in periods."),
        date_from: str | None = typer.Option(None, "--from", help="First day (default: first event)."),
        date_to: str | None = typer.Option(None, "--to", help="Last day (default: last event)."),
        alpha: float = typer.Option(0.05, "--alpha", help="Significance level (after correction)."),
        event_study: bool = typer.Option(
            True, "--event-study/--no-event-study", help="Also run an event study around the cause's peaks."
        ),
        trigger: str = typer.Option("", "--trigger", help=TRIGGER_HELP),
        as_json: bool = typer.Option(False, "--json", help="JSON output."),
    ) -> None:
        """Test whether EFFECT events rise after CAUSE events rise (threats count as a cause type)."""
        # scipy/statsmodels load here, not when the CLI starts (`marsad --help` stays fast).
        from marsad.analyze.explain import CAVEATS, explain_link
        from marsad.analyze.link import assess_link

        if period is Period.YEAR:
            raise ConfigError("--period year leaves too few periods", hint="use week (default) or month")
        bounds = build_query(date_from=date_from, date_to=date_to)
        cq = parse_selector(cause, area=area, date_from=bounds.date_from, date_to=bounds.date_to)
        eq = parse_selector(effect, area=area, date_from=bounds.date_from, date_to=bounds.date_to)
        with open_store(settings_from(ctx)) as store:
            span = date_span(store.engine, [cq, eq])
            if span is None:
                raise ConfigError(
                    "no events match the cause or the effect",
                    hint="check the selectors with `marsad tally --by type,actor`",
                )
            first = period_start(bounds.date_from or span[0], period)
            last = next_start(period_start(bounds.date_to or span[1], period), period) - timedelta(days=1)
            xs = count_series(store.engine, cq, period, first, last, name="cause")
            ys = count_series(store.engine, eq, period, first, last, name="effect")
            vs = volume_series(store.engine, period, first, last)
            tq = parse_selector(trigger, area=area) if trigger else None
            ts = count_series(store.engine, tq, period, first, last, name="trigger") if tq else None
        result = assess_link(xs, ys, volume=vs, max_lag=max_lag, alpha=alpha, with_event_study=event_study,
                             trigger=ts)
        cause_name, effect_name = describe(cq), describe(eq)
        lines = explain_link(result, cause_name=cause_name, effect_name=effect_name,
                             trigger_name=describe(tq) if tq else "")
        if as_json:
            reg = result.regression
            out = {
                "cause": cause_name,
                "effect": effect_name,
                "period": period.value,
                "max_lag": max_lag,
                "verdict": result.verdict.value,
                "explanation": lines,
                "caveats": list(CAVEATS),
                "periods": xs.labels,
                "cause_counts": xs.counts.tolist(),
                "effect_counts": ys.counts.tolist(),
                "documents": vs.counts.tolist(),
                "lags": []
                if reg is None
                else [
                    {
                        "lag": e.lag,
                        "rate_ratio": e.rate_ratio,
                        "ci": [e.ci_low, e.ci_high],
                        "rate_ratio_per_event": e.rate_ratio_per_event,
                        "p": e.p,
                        "p_holm": e.p_adj,
                    }
                    for e in reg.effects
                ],
                "ccf": None
                if result.ccf is None
                else {
                    "r": list(result.ccf.r),
                    "p_holm": list(result.ccf.p_holm),
                    "ar_order": result.ccf.ar_order,
                },
                "granger": None
                if result.granger is None
                else {"order": result.granger.order, "f": result.granger.f, "p": result.granger.p},
                "event_study": None
                if result.event_study is None
                else {
                    "before": result.event_study.before,
                    "after": result.event_study.after,
                    "p": result.event_study.p,
                    "profile": list(result.event_study.mean_profile),
                },
            }
            sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
            return
        console = stdout_console()
        console.print(f"[bold]Claim:[/] whenever {cause_name} rise, {effect_name} rise", highlight=False)
        console.print(f"[bold]Verdict: {result.verdict.value.replace('_', ' ')}[/]", highlight=False)
        for line in lines:
            console.print(line, highlight=False, markup=False)
        if result.regression is not None and result.regression.effects:
            console.print("\nlag  rate ratio (95% CI)   p       p (Holm)", highlight=False)
            for e in result.regression.effects:
                console.print(
                    f"{e.lag:>3}  {e.rate_ratio:5.2f} ({e.ci_low:.2f}-{e.ci_high:.2f})"
                    f"     {e.p:<7.3g} {e.p_adj:.3g}",
                    highlight=False,
                )
        console.print("\n[bold]Caveats[/]")
        for c in CAVEATS:
            console.print(f"- {c}", highlight=False, markup=False)
