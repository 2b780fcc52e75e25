from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from tests.api.conftest import token_for


def _auth(db_path: Path, name: str = "vera") -> dict[str, str]:
    return {"Authorization": f"Bearer {token_for(db_path, name)}"}


def test_events_list_filters_and_pages_like_the_cli(client: TestClient, db_path: Path) -> None:
    h = _auth(db_path)
    everything = client.get("/api/v1/events", headers=h).json()
    assert everything["total"] == 3
    assert [e["id"] for e in everything["items"]] == [
        "evt_drone",
        "evt_hostile",
        "evt_protest",
    ]  # newest first
    drones = client.get("/api/v1/events", params={"type": "drone_strike"}, headers=h).json()
    assert [e["id"] for e in drones["items"]] == ["evt_drone"]
    area = client.get("/api/v1/events", params={"area": "hill gov"}, headers=h).json()
    assert [e["id"] for e in area["items"]] == ["evt_drone"]
    dated = client.get("/api/v1/events", params={"from": "2024-04-01", "to": "2024-04-01"}, headers=h).json()
    assert [e["id"] for e in dated["items"]] == ["evt_hostile"]
    second = client.get("/api/v1/events", params={"limit": 1, "offset": 1}, headers=h).json()
    assert second["total"] == 3 and [e["id"] for e in second["items"]] == ["evt_hostile"]


def test_events_geojson_has_only_placed_events_and_counts_the_rest(client: TestClient, db_path: Path) -> None:
    body = client.get("/api/v1/events.geojson", headers=_auth(db_path))
    assert body.headers["content-type"].startswith("application/geo+json")
    data = body.json()
    assert {f["id"] for f in data["features"]} == {"evt_drone", "evt_hostile"}
    assert data["marsad_unplaced_events"] == 1
    drone = next(f for f in data["features"] if f["id"] == "evt_drone")
    assert drone["geometry"]["coordinates"] == [41.2, 36.9]


def test_unknown_filter_value_is_a_400_with_a_hint(client: TestClient, db_path: Path) -> None:
    response = client.get("/api/v1/events", params={"type": "earthquake"}, headers=_auth(db_path))
    assert response.status_code == 400
    assert "drone_strike" in response.json()["hint"]
    assert client.get("/api/v1/events", params={"limit": 0}, headers=_auth(db_path)).status_code == 422


def test_one_event_has_reports_with_quoted_evidence_and_history(client: TestClient, db_path: Path) -> None:
    data = client.get("/api/v1/events/evt_drone", headers=_auth(db_path)).json()
    assert data["id"] == "evt_drone"
    assert len(data["reports"]) == 2
    quotes = {r["trigger"]["quote"] for r in data["reports"]}
    assert quotes == {"Drone strike", "drone hit"}
    assert data["casualties"] and "history" in data


def test_missing_event_is_a_json_404(client: TestClient, db_path: Path) -> None:
    response = client.get("/api/v1/events/evt_nope", headers=_auth(db_path))
    assert response.status_code == 404
    assert response.json()["detail"] == "no event 'evt_nope'"


def test_document_endpoint_returns_the_original_text(
    client: TestClient, db_path: Path, ids: dict[str, str]
) -> None:
    data = client.get(f"/api/v1/documents/{ids['hostile_doc']}", headers=_auth(db_path)).json()
    assert data["title"] == "<script>alert('title')</script>"  # JSON keeps the text as it is
    assert "tallies" in data


def test_tallies_count_events_by_type(client: TestClient, db_path: Path) -> None:
    data = client.get("/api/v1/tallies", params={"by": "type"}, headers=_auth(db_path)).json()
    counts = {row["type"]: row["events"] for row in data["rows"]}
    assert counts == {"drone_strike": 1, "shelling": 1, "protest": 1}
    assert client.get("/api/v1/tallies", params={"by": "colour"}, headers=_auth(db_path)).status_code == 400


def test_trends_and_claims_answer(client: TestClient, db_path: Path) -> None:
    trends = client.get("/api/v1/trends", params={"period": "week", "all": True}, headers=_auth(db_path))
    assert trends.status_code == 200 and isinstance(trends.json(), list)
    assert client.get("/api/v1/claims", headers=_auth(db_path)).json() == []


def test_export_downloads_an_acled_csv_of_every_matching_event(client: TestClient, db_path: Path) -> None:
    response = client.get("/api/v1/export", params={"format": "acled"}, headers=_auth(db_path))
    assert response.status_code == 200
    assert 'filename="marsad-events.csv"' in response.headers["content-disposition"]
    lines = response.text.strip().splitlines()
    assert len(lines) == 1 + 3
    jsonl = client.get(
        "/api/v1/export", params={"format": "jsonl", "type": "protest"}, headers=_auth(db_path)
    )
    assert len(jsonl.text.strip().splitlines()) == 1


def test_openapi_lists_the_endpoints(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    for path in (
        "/api/v1/events",
        "/api/v1/events/{event_id}",
        "/api/v1/events/{event_id}/confirm",
        "/api/v1/tallies",
        "/api/v1/trends",
        "/api/v1/test-link",
        "/api/v1/export",
    ):
        assert path in spec["paths"]
    assert "/api/v1/events" in client.get("/api/docs").text
