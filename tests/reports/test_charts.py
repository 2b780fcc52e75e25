from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, timedelta

from marsad.reports.charts import Bar, MapPoint, bar_chart, point_map, timeline_chart

NS = "{http://www.w3.org/2000/svg}"


def _rects(svg: str) -> list[ET.Element]:
    return list(ET.fromstring(svg).iter(f"{NS}rect"))


def test_bar_chart_is_valid_svg_with_links_and_a_title() -> None:
    svg = bar_chart([Bar(label="Shelling", value=10, href="#n-type-shelling"), Bar(label="Threat", value=5)],
                    title="Events by type")
    root = ET.fromstring(svg)
    assert root.find(f"{NS}title") is not None and root.get("role") == "img"
    assert [a.get("href") for a in root.iter(f"{NS}a")] == ["#n-type-shelling"]
    widths = [float(r.get("width", 0)) for r in _rects(svg)]
    assert widths[0] == 2 * widths[1]


def test_right_to_left_bars_grow_leftwards() -> None:
    bars = [Bar(label="قصف", value=10), Bar(label="تهديد", value=5)]
    ltr, rtl = _rects(bar_chart(bars, title="t")), _rects(bar_chart(bars, title="t", rtl=True))
    assert float(rtl[0].get("x", 0)) < float(rtl[1].get("x", 0))  # longer bar starts further left
    assert float(ltr[0].get("x", 0)) == float(ltr[1].get("x", 0))
    assert 'direction="rtl"' in bar_chart(bars, title="t", rtl=True)


def test_timeline_has_one_bar_per_day() -> None:
    days = [(date(2024, 4, 1) + timedelta(days=i), i % 3) for i in range(30)]
    assert len(_rects(timeline_chart(days, title="t"))) == 30


def test_point_map_draws_a_frame_graticule_and_every_point() -> None:
    points = [MapPoint(label="Tel Nahr", latitude=36.5, longitude=40.7, count=4),
              MapPoint(label="Kafr Sahl", latitude=35.3, longitude=40.1, count=1)]
    root = ET.fromstring(point_map(points, title="Map"))
    circles = list(root.iter(f"{NS}circle"))
    assert len(circles) == 2
    assert float(circles[0].get("r", 0)) > float(circles[1].get("r", 0))
    labels = "".join(t.text or "" for t in root.iter(f"{NS}text"))
    assert "40°E" in labels and "36°N" in labels


def test_empty_charts_still_render() -> None:
    ET.fromstring(bar_chart([], title="t"))
    ET.fromstring(point_map([], title="t"))
