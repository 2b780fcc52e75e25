"""The dashboard's package data: built static files, message catalogs, both text directions."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from importlib.resources import files

from fastapi.testclient import TestClient

from marsad.api.i18n import LANGUAGES
from marsad.vocab import Certainty, EventType


def test_built_map_bundle_and_styles_are_shipped() -> None:
    static = files("marsad.web") / "static"
    bundle = (static / "dashboard.js").read_text("utf-8")
    assert "leaflet" in bundle.lower() and "data-ready" not in bundle  # built, not the source
    assert (static / "leaflet.css").is_file() and (static / "app.css").is_file()
    assert (static / "LEAFLET-LICENSE.txt").is_file()
    package = json.loads((files("marsad.web") / "frontend" / "package.json").read_text("utf-8"))
    assert "leaflet" in package["dependencies"]


def test_catalogs_have_the_same_keys_and_none_hides_a_dict_method() -> None:
    catalogs = {
        lang: tomllib.loads((files("marsad.web") / "i18n" / f"{lang}.toml").read_text("utf-8"))
        for lang in LANGUAGES
    }
    assert set(catalogs["ar"]) == set(catalogs["en"])
    assert set(catalogs["ar"]["labels"]) == set(catalogs["en"]["labels"])
    vocab = {t.value for t in EventType} | {c.value for c in Certainty}
    assert vocab <= set(catalogs["ar"]["labels"]), vocab - set(catalogs["ar"]["labels"])
    shadowed = set(catalogs["en"]) & set(dir(dict))
    assert not shadowed, f"templates read t.<key>; these keys name dict methods: {shadowed}"


def test_event_types_show_in_the_page_language(make_client: Callable[..., TestClient]) -> None:
    client = make_client(api_anonymous_read=True)
    assert "غارة بطائرة مسيّرة" in client.get("/").text
    client.get("/lang/en")
    assert "drone strike" in client.get("/").text


def test_arabic_pages_are_rtl_and_english_pages_ltr(client: TestClient) -> None:
    page = client.get("/login").text
    assert '<html lang="ar" dir="rtl">' in page
    switched = client.get("/lang/en", params={"next": "/login"}, follow_redirects=True).text
    assert '<html lang="en" dir="ltr">' in switched


def test_language_switch_stays_on_the_site(client: TestClient) -> None:
    response = client.get("/lang/en", params={"next": "https://evil.example/"}, follow_redirects=False)
    assert response.headers["location"] == "/"


def test_country_borders_are_served_for_the_map(client: TestClient) -> None:
    response = client.get("/api/v1/boundaries/countries.geojson")
    assert response.status_code == 200
    assert response.json()["type"] == "FeatureCollection"
