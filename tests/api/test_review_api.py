from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from marsad.store import Store
from marsad.store.decisions import decisions_for
from tests.api.conftest import token_for


def _h(db_path: Path) -> dict[str, str]:
    return {"Authorization": f"Bearer {token_for(db_path, 'amal')}"}


def test_confirm_writes_history_with_the_user_and_reason(client: TestClient, db_path: Path) -> None:
    response = client.post(
        "/api/v1/events/evt_drone/confirm", json={"reason": "two sources agree"}, headers=_h(db_path)
    )
    assert response.status_code == 200
    history = client.get("/api/v1/events/evt_drone/history", headers=_h(db_path)).json()
    assert history[0]["action"] == "confirm"
    assert history[0]["actor"] == "web:amal" and history[0]["reason"] == "two sources agree"


def test_edit_changes_one_field_and_keeps_old_and_new(client: TestClient, db_path: Path) -> None:
    response = client.post(
        "/api/v1/events/evt_drone/edit",
        headers=_h(db_path),
        json={"field": "perpetrator", "value": "Amber Front", "reason": "misread alias"},
    )
    assert response.status_code == 200 and response.json()["perpetrator"] == "Amber Front"
    listed = client.get("/api/v1/events", params={"actor": "amber"}, headers=_h(db_path)).json()
    assert [e["id"] for e in listed["items"]] == ["evt_drone"]
    edit = client.get("/api/v1/events/evt_drone/history", headers=_h(db_path)).json()[0]
    assert edit["action"] == "edit"
    assert edit["old"] == {"field": "perpetrator", "value": "Jade Brigade"}
    assert edit["new"] == {"field": "perpetrator", "value": "Amber Front"}


def test_edit_needs_a_reason_and_a_known_field(client: TestClient, db_path: Path) -> None:
    no_reason = client.post(
        "/api/v1/events/evt_drone/edit",
        headers=_h(db_path),
        json={"field": "perpetrator", "value": "X", "reason": ""},
    )
    assert no_reason.status_code == 422
    bad_field = client.post(
        "/api/v1/events/evt_drone/edit",
        headers=_h(db_path),
        json={"field": "rejected", "value": "true", "reason": "r"},
    )
    assert bad_field.status_code == 422
    bad_type = client.post(
        "/api/v1/events/evt_drone/edit",
        headers=_h(db_path),
        json={"field": "event_type", "value": "earthquake", "reason": "r"},
    )
    assert bad_type.status_code == 400


def test_merge_split_and_reject_use_the_analyst_decision_log(
    client: TestClient, db_path: Path, ids: dict[str, str]
) -> None:
    h = _h(db_path)
    split = client.post(
        "/api/v1/events/evt_drone/split", json={"report_id": ids["r3"], "reason": "other day"}, headers=h
    )
    assert split.status_code == 200
    new_id = split.json()["new"]["id"]
    merged = client.post(
        "/api/v1/events/evt_drone/merge", json={"other_event_id": new_id, "reason": "same"}, headers=h
    )
    assert merged.status_code == 200 and set(merged.json()["report_ids"]) == {ids["r2"], ids["r3"]}
    rejected = client.post("/api/v1/events/evt_protest/reject", json={"reason": "not violent"}, headers=h)
    assert rejected.status_code == 200
    listed = client.get("/api/v1/events", headers=h).json()
    assert "evt_protest" not in {e["id"] for e in listed["items"]}
    with Store.open(str(db_path)) as store:
        actions = [d.action.value for d in decisions_for(store)]
        assert actions == ["split", "merge", "reject"]
        assert all(d.actor == "web:amal" for d in decisions_for(store))


def test_reject_needs_a_reason(client: TestClient, db_path: Path) -> None:
    response = client.post("/api/v1/events/evt_drone/reject", json={"reason": ""}, headers=_h(db_path))
    assert response.status_code == 422


def test_review_form_confirms_and_the_page_shows_it(analyst: tuple[TestClient, str]) -> None:
    client, csrf = analyst
    response = client.post(
        "/events/evt_drone/review",
        data={"action": "confirm", "reason": "seen", "csrf": csrf},
        follow_redirects=False,
    )
    assert response.status_code == 303
    page = client.get(response.headers["location"]).text
    assert "web:amal" in page and 'class="history-confirm"' in page


def test_review_form_reports_a_decision_error_on_the_page(analyst: tuple[TestClient, str]) -> None:
    client, csrf = analyst
    response = client.post(
        "/events/evt_drone/review", data={"action": "merge", "other_event_id": "evt_nope", "csrf": csrf}
    )
    assert response.status_code == 200
    assert "evt_nope" in response.text and 'id="review-message"' in response.text


def test_a_rejection_shows_in_the_listing_total_at_once(client: TestClient, db_path: Path) -> None:
    h = _h(db_path)
    assert client.get("/api/v1/events", headers=h).json()["total"] == 3
    client.post("/api/v1/events/evt_protest/reject", json={"reason": "not violent"}, headers=h)
    assert client.get("/api/v1/events", headers=h).json()["total"] == 2
