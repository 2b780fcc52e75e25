"""Render a :class:`MonthlyReport` to Markdown and HTML (Jinja2 templates) with SVG charts.

Files written to ``out_dir``: ``report-<month>[-<area>]-<lang>.md`` and ``.html``, and the charts
``charts/<stem>-by-type.svg``, ``-timeline.svg``, ``-map.svg`` (the HTML also embeds them inline).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import jinja2

from marsad.reports.boundaries import country_outlines
from marsad.reports.charts import Bar, MapPoint, bar_chart, point_map, timeline_chart
from marsad.reports.labels import Labels, labels
from marsad.reports.monthly import Cell, MonthlyReport

__all__ = ["RenderedReport", "render_monthly", "write_monthly"]


@dataclass(frozen=True, slots=True, kw_only=True)
class RenderedReport:
    markdown: str
    html: str
    charts: dict[str, str]  # file name -> SVG
    stem: str


def _range(lo: int, hi: int, sep: str) -> str:
    return str(lo) if lo == hi else f"{lo}{sep}{hi}"


def _md_cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _environment(autoescape: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("marsad.reports", "templates"),
        autoescape=autoescape, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["md"] = _md_cell
    return env


def _stem(report: MonthlyReport, lang: str) -> str:
    area = re.sub(r"[^0-9A-Za-z]+", "-", report.area).strip("-").lower()
    return "-".join(p for p in ("report", report.month, area, lang) if p)


def _charts(report: MonthlyReport, words: Labels) -> dict[str, str]:
    rtl = words["dir"] == "rtl"
    by_type = bar_chart([Bar(label=words.type_name(c.key), value=c.events, href=f"#{c.anchor}")
                         for c in report.by_type], title=words["by_type"], rtl=rtl)
    timeline = timeline_chart(report.by_day, title=words["timeline"], rtl=rtl)
    places: Counter[tuple[str, float, float]] = Counter()
    for ev in report.events:
        if ev.latitude is not None and ev.longitude is not None:
            name = ev.place_text or ev.admin2 or ev.admin1
            places[(name, round(ev.latitude, 3), round(ev.longitude, 3))] += 1
    points = [MapPoint(label=name, latitude=lat, longitude=lon, count=n)
              for (name, lat, lon), n in places.items()]
    the_map = point_map(points, title=words["map"], rtl=rtl, outlines=country_outlines())
    return {"by-type": by_type, "timeline": timeline, "map": the_map}


def render_monthly(report: MonthlyReport, *, lang: str) -> RenderedReport:
    words = labels(lang)
    stem = _stem(report, lang)
    charts = _charts(report, words)
    by_anchor: dict[str, Cell] = {}
    for cell in (report.total, *report.by_type, *report.by_actor, *report.by_area):
        by_anchor.setdefault(cell.anchor, cell)
    context = {
        "r": report, "L": words, "lang": lang, "charts": charts, "stem": stem,
        "rng": lambda lo, hi: _range(lo, hi, words["range_sep"]),
        "groups": list(by_anchor.values()),
        "type_name": words.type_name,
        "certainty_name": words.certainty_name,
        "area_label": report.area or words["area_all"],
        "type_anchor": {c.key: c.anchor for c in report.by_type},
    }
    markdown = _environment(False).get_template("report.md.j2").render(**context)
    html = _environment(True).get_template("report.html.j2").render(**context)
    return RenderedReport(markdown=markdown, html=html,
                          charts={f"{stem}-{name}.svg": svg for name, svg in charts.items()}, stem=stem)


def write_monthly(report: MonthlyReport, out_dir: Path, *, lang: str) -> list[Path]:
    """Write the Markdown, the HTML and the SVG charts; returns the paths written."""
    rendered = render_monthly(report, lang=lang)
    chart_dir = out_dir / "charts"
    chart_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, svg in rendered.charts.items():
        path = chart_dir / name
        path.write_text(svg, "utf-8")
        written.append(path)
    for suffix, text in ((".md", rendered.markdown), (".html", rendered.html)):
        path = out_dir / f"{rendered.stem}{suffix}"
        path.write_text(text, "utf-8")
        written.append(path)
    return written
