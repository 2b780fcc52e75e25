"""Charts as hand-written SVG (no plotting dependency): bars by category, a daily timeline, a point map.

Every chart has a ``<title>`` and ``role="img"`` for screen readers. Bars can carry a link (``href``) to
the report section listing the events behind them. Right-to-left charts mirror the horizontal axis.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from marsad.reports.boundaries import Outline

__all__ = ["Bar", "MapPoint", "bar_chart", "point_map", "timeline_chart"]

FONT = "font-family=\"'Noto Naskh Arabic','Noto Sans','DejaVu Sans',Arial,sans-serif\""
COLOR = "#3b6ea8"


@dataclass(frozen=True, slots=True, kw_only=True)
class Bar:
    label: str
    value: int
    href: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class MapPoint:
    label: str
    latitude: float
    longitude: float
    count: int
    href: str = ""


def _svg(width: int, height: int, title: str, body: list[str], *, rtl: bool) -> str:
    direction = ' direction="rtl"' if rtl else ""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
            f'height="{height}" role="img" aria-label="{escape(title)}" {FONT} font-size="12"{direction}>'
            f"<title>{escape(title)}</title>" + "".join(body) + "</svg>")


def _link(href: str, inner: str) -> str:
    return f'<a href="{escape(href)}">{inner}</a>' if href else inner


def bar_chart(bars: Sequence[Bar], *, title: str, rtl: bool = False, width: int = 560) -> str:
    """Horizontal bars, largest first as given; the value is printed at the end of each bar."""
    row, label_w, pad = 22, 170, 8
    height = max(1, len(bars)) * row + 2 * pad + 18
    top = max((b.value for b in bars), default=0) or 1
    span = width - label_w - 60
    body = [f'<text x="{width / 2}" y="14" text-anchor="middle" font-weight="bold">{escape(title)}</text>']
    for i, b in enumerate(bars):
        y = pad + 18 + i * row
        w = span * b.value / top
        if rtl:
            x_label, anchor_label = width - pad, "start"
            x_bar = width - label_w - w
            x_val, anchor_val = x_bar - 4, "end"
        else:
            x_label, anchor_label = pad, "start"
            x_bar = label_w
            x_val, anchor_val = x_bar + w + 4, "start"
        inner = (f'<text x="{x_label}" y="{y + 14}" text-anchor="{anchor_label}">{escape(b.label)}</text>'
                 f'<rect x="{x_bar:.1f}" y="{y + 3}" width="{max(w, 1):.1f}" height="{row - 6}" '
                 f'fill="{COLOR}"/><text x="{x_val:.1f}" y="{y + 14}" text-anchor="{anchor_val}" '
                 f'direction="ltr">{b.value}</text>')
        body.append(_link(b.href, inner))
    return _svg(width, height, title, body, rtl=rtl)


def timeline_chart(days: Sequence[tuple[date, int]], *, title: str, rtl: bool = False,
                   width: int = 560, height: int = 180) -> str:
    """Vertical bars per day; days run right-to-left when ``rtl``."""
    left, right, top_pad, bottom = 34, 10, 24, 26
    n = max(1, len(days))
    plot_w, plot_h = width - left - right, height - top_pad - bottom
    top = max((v for _, v in days), default=0) or 1
    step = plot_w / n
    body = [f'<text x="{width / 2}" y="14" text-anchor="middle" font-weight="bold">{escape(title)}</text>',
            f'<line x1="{left}" y1="{top_pad + plot_h}" x2="{width - right}" y2="{top_pad + plot_h}" '
            'stroke="#888"/>',
            f'<text x="{left - 4}" y="{top_pad + 8}" text-anchor="end" direction="ltr">{top}</text>',
            f'<text x="{left - 4}" y="{top_pad + plot_h}" text-anchor="end" direction="ltr">0</text>']
    for i, (day, value) in enumerate(days):
        pos = (n - 1 - i) if rtl else i
        x = left + pos * step
        h = plot_h * value / top
        body.append(f'<rect x="{x + 1:.1f}" y="{top_pad + plot_h - h:.1f}" width="{max(step - 2, 1):.1f}" '
                    f'height="{h:.1f}" fill="{COLOR}"><title>{day.isoformat()}: {value}</title></rect>')
        if day.day in (1, 8, 15, 22, 29):
            body.append(f'<text x="{x + step / 2:.1f}" y="{height - 8}" text-anchor="middle" '
                        f'direction="ltr">{day.day}</text>')
    return _svg(width, height, title, body, rtl=rtl)


def point_map(points: Sequence[MapPoint], *, title: str, note: str = "", rtl: bool = False,
              width: int = 560, height: int = 420, outlines: Sequence[Outline] = ()) -> str:
    """Events as circles (area ~ count) on an equirectangular longitude/latitude frame with a graticule.

    ``outlines`` (the bundled Natural Earth country borders) are drawn under the points, clipped to the
    frame; no governorate layer is bundled, so place labels name the areas.
    """
    pad, title_h = 36, 24
    located = [p for p in points if math.isfinite(p.latitude) and math.isfinite(p.longitude)]
    if located:
        lat0, lat1 = min(p.latitude for p in located), max(p.latitude for p in located)
        lon0, lon1 = min(p.longitude for p in located), max(p.longitude for p in located)
    else:
        lat0, lat1, lon0, lon1 = 32.0, 38.0, 35.0, 43.0
    lat0, lat1 = math.floor(lat0 - 0.5), math.ceil(lat1 + 0.5)
    lon0, lon1 = math.floor(lon0 - 0.5), math.ceil(lon1 + 0.5)
    kx = math.cos(math.radians((lat0 + lat1) / 2))
    plot_w, plot_h = width - 2 * pad, height - 2 * pad - title_h
    scale = min(plot_w / ((lon1 - lon0) * kx), plot_h / (lat1 - lat0))
    ox = pad + (plot_w - (lon1 - lon0) * kx * scale) / 2
    oy = pad + title_h + (plot_h - (lat1 - lat0) * scale) / 2

    def xy(lat: float, lon: float) -> tuple[float, float]:
        return ox + (lon - lon0) * kx * scale, oy + (lat1 - lat) * scale

    body = [f'<text x="{width / 2}" y="14" text-anchor="middle" font-weight="bold">{escape(title)}</text>']
    x0, y0 = xy(lat1, lon0)
    x1, y1 = xy(lat0, lon1)
    body.append(f'<rect x="{x0:.1f}" y="{y0:.1f}" width="{x1 - x0:.1f}" height="{y1 - y0:.1f}" '
                'fill="#f4f6f8" stroke="#888"/>')
    if outlines:
        body.append(f'<clipPath id="frame"><rect x="{x0:.1f}" y="{y0:.1f}" width="{x1 - x0:.1f}" '
                    f'height="{y1 - y0:.1f}"/></clipPath><g clip-path="url(#frame)">')
        for outline in outlines:
            path = " ".join(
                "M" + " L".join(f"{px:.1f},{py:.1f}" for px, py in (xy(lat, lon) for lon, lat in ring)) + " Z"
                for ring in outline.rings
            )
            body.append(f'<path d="{path}" fill="#ffffff" stroke="#9aa5b1" stroke-width="0.8" '
                        f'fill-rule="evenodd"><title>{escape(outline.name)}</title></path>')
        body.append("</g>")
    for lon in range(lon0, lon1 + 1):
        x, _ = xy(lat0, lon)
        body.append(f'<line x1="{x:.1f}" y1="{y0:.1f}" x2="{x:.1f}" y2="{y1:.1f}" stroke="#ddd"/>'
                    f'<text x="{x:.1f}" y="{y1 + 14:.1f}" text-anchor="middle" font-size="10" '
                    f'direction="ltr">{lon}°E</text>')
    for lat in range(lat0, lat1 + 1):
        _, y = xy(lat, lon0)
        body.append(f'<line x1="{x0:.1f}" y1="{y:.1f}" x2="{x1:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
                    f'<text x="{x0 - 4:.1f}" y="{y + 3:.1f}" text-anchor="end" font-size="10" '
                    f'direction="ltr">{lat}°N</text>')
    biggest = max((p.count for p in located), default=1) or 1
    for p in sorted(located, key=lambda p: -p.count):
        x, y = xy(p.latitude, p.longitude)
        r = 3 + 12 * math.sqrt(p.count / biggest)
        inner = (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{COLOR}" fill-opacity="0.55" '
                 f'stroke="#1d3f66"><title>{escape(p.label)}: {p.count}</title></circle>'
                 f'<text x="{x + r + 2:.1f}" y="{y + 4:.1f}" font-size="10">{escape(p.label)}</text>')
        body.append(_link(p.href, inner))
    if note:
        body.append(f'<text x="{width / 2}" y="{height - 6}" text-anchor="middle" font-size="9" '
                    f'fill="#555">{escape(note[:140])}</text>')
    return _svg(width, height, title, body, rtl=rtl)
