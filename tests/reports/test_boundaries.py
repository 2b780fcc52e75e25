"""Bundled country borders load from package data and are drawn under report map points."""

from __future__ import annotations

from marsad.reports.boundaries import country_outlines
from marsad.reports.charts import MapPoint, point_map


def test_syria_and_iraq_outlines_are_bundled_with_plausible_coordinates() -> None:
    outlines = {o.iso2: o for o in country_outlines()}
    assert {"SY", "IQ", "TR"} <= set(outlines)
    lons = [lon for ring in outlines["SY"].rings for lon, _ in ring]
    lats = [lat for ring in outlines["SY"].rings for _, lat in ring]
    assert 35 < min(lons) < 36.5 and 42 < max(lons) < 42.6
    assert 32 < min(lats) < 33 and 37 < max(lats) < 37.5


def test_point_map_draws_outlines_clipped_to_its_frame() -> None:
    points = [MapPoint(label="Hasakah", latitude=36.5, longitude=40.7, count=3, href="#x")]
    svg = point_map(points, title="map", outlines=country_outlines())
    assert svg.count("<path") == len(country_outlines())
    assert 'clip-path="url(#frame)"' in svg and "<title>Syria</title>" in svg
    assert "<path" not in point_map(points, title="map")
