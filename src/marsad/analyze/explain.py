"""Plain-language text for a claim test: the verdict, the numbers behind it and the caveats."""

from __future__ import annotations

from marsad.analyze.link import LinkResult, Verdict

__all__ = ["CAVEATS", "explain_link"]

CAVEATS = (
    "Correlation is not coordination: even a clear lagged association says nothing about who decided "
    "what. A third factor (an offensive, a season, a political crisis) can drive both series.",
    "Reporting bias: these are events *reported* in the documents marsad read. Media attention rises "
    "and falls, and outlets that report threats may also report attacks more. The test controls for "
    "the number of documents per period, not for what each outlet chooses to cover.",
    "Event extraction is automatic and imperfect; missed or duplicated events add noise and can bias "
    "counts for actors named in unusual ways.",
    "The claim was tested at one time scale (the period chosen) and for lags up to the maximum "
    "given; a link at other scales is not ruled out.",
)

_HEADLINE = {
    Verdict.SUPPORTED: "The data support the claim: {effect} rose in the periods after {cause} rose.",
    Verdict.CO_MOVEMENT: "{cause} and {effect} rose and fell together in the same periods, but the "
                         "effect did not follow the cause; the direction cannot be told.",
    Verdict.OPPOSITE: "The data point the other way: {effect} fell in the periods after {cause} rose.",
    Verdict.NOT_SUPPORTED: "The data do not support the claim: no association between {cause} and later "
                           "{effect} beyond chance. With this much data that is weak evidence of no "
                           "link, not proof of none.",
    Verdict.INSUFFICIENT: "Not enough data to test the claim.",
}


def _pct(ratio: float) -> str:
    return f"{(ratio - 1) * 100:+.0f}%"


def explain_link(
    result: LinkResult, *, cause_name: str, effect_name: str, trigger_name: str = "",
) -> list[str]:
    """Paragraphs, most important first."""
    unit = result.cause.period.value
    lines = [_HEADLINE[result.verdict].format(cause=cause_name, effect=effect_name)]
    lines.append(
        f"Data: {len(result.cause)} {unit}s from {result.cause.labels[0] if len(result.cause) else '-'} "
        f"to {result.cause.labels[-1] if len(result.cause) else '-'}; {int(result.cause.counts.sum())} "
        f"{cause_name} events, {int(result.effect.counts.sum())} {effect_name} events."
    )
    e = result.decisive
    if e is not None and result.regression is not None:
        lines.append(
            f"Strongest lag: {e.lag} {unit}(s). One standard deviation more {cause_name} "
            f"({result.regression.cause_sd:.1f} events per {unit}) goes with {_pct(e.rate_ratio)} "
            f"{effect_name} {e.lag} {unit}(s) later (rate ratio {e.rate_ratio:.2f}, 95% CI "
            f"{e.ci_low:.2f}-{e.ci_high:.2f}; per extra event {e.rate_ratio_per_event:.2f}); "
            f"p = {e.p:.3g}, {e.p_adj:.3g} after Holm correction for the {len(result.regression.effects)} "
            f"lags tried. Controls: {', '.join(result.regression.controls)}."
        )
    if result.ccf is not None:
        k = max(range(len(result.ccf.r)), key=lambda i: abs(result.ccf.r[i]))  # type: ignore[union-attr]
        lines.append(
            f"Pre-whitened cross-correlation (AR({result.ccf.ar_order}) filter): largest at lag "
            f"{result.ccf.lags[k]}, r = {result.ccf.r[k]:+.2f} (corrected p = {result.ccf.p_holm[k]:.3g}; "
            f"|r| > {result.ccf.bound:.2f} is nominally significant)."
        )
    if result.granger is not None:
        g = result.granger
        helps = f"past {cause_name} helps predict {effect_name}"
        lines.append(
            f"Granger test ({g.order} lag(s), chosen by AIC): F({g.df_num}, {g.df_den}) = {g.f:.2f}, "
            f"p = {g.p:.3g} ({helps if g.p < result.alpha else 'no added predictive power'})."
        )
    if result.event_study is not None:
        s = result.event_study
        change = _pct(s.ratio) if s.before > 0 else "n/a"
        lines.append(
            f"Event study around {len(s.triggers)} trigger {unit}s ({trigger_name or 'most ' + cause_name}): "
            f"{effect_name} "
            f"averaged {s.before:.1f} per {unit} before and {s.after:.1f} after ({change}; "
            f"placebo p = {s.p:.3g})."
        )
    lines.append("The verdict rests on the count regression alone; the other analyses are corroboration, "
                 "so running them does not add chances of a false positive.")
    lines.extend(result.notes)
    return lines
