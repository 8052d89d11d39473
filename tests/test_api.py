"""The HTTP API over a real server: filters, changes, errors with the right status, the access matrix."""

import json

import pytest
from conftest import FIXTURES


def first_task(api, agency: str) -> dict:
    """The agency's task for item 1 of 2774/UBND-NC (due 9/6/2021)."""
    rows = api.request("GET", "/api/v1/tasks", "admin", params={"agency": agency, "directive": "2774/UBND-NC"}).json()
    return next(row for row in rows if row["item"] == "1")


def test_tasks_carry_the_same_keys_as_the_cli(api, cli):
    rows = api.request("GET", "/api/v1/tasks", "STTTT", params={"directive": "2774/UBND-NC", "status": "due_soon"}).json()
    cli_rows = json.loads(cli("tasks", "list", "--json", "--agency", "STTTT", "--status", "due_soon",
                              "--now", "2021-06-09T10:00").stdout)
    assert rows == cli_rows and len(rows) == 1


def test_agency_sees_only_its_own_tasks(api):
    rows = api.request("GET", "/api/v1/tasks", "STTTT").json()
    assert rows and {row["agency"] for row in rows} == {"STTTT"}
    assert api.request("GET", "/api/v1/tasks", "STTTT", params={"agency": "UBND-MT"}).status_code == 403


def test_without_a_token_the_api_answers_401(api):
    response = api.request("GET", "/api/v1/tasks")
    assert response.status_code == 401 and "bearer token" in response.json()["error"]
    assert api.request("GET", "/api/v1/tasks", headers={"Authorization": "Bearer trk_forged"}).status_code == 401


def test_revoked_token_stops_working(api, cli):
    lines = cli("tokens", "create", "--agency", "UBND-MT", "--name", "so-lieu").stdout.strip().splitlines()
    token_id, secret = lines[0].split()[1], lines[-1]
    headers = {"Authorization": f"Bearer {secret}"}
    assert api.request("GET", "/api/v1/tasks", headers=headers).status_code == 200
    assert cli("tokens", "revoke", token_id).exit_code == 0
    assert api.request("GET", "/api/v1/tasks", headers=dict(headers)).status_code == 401
    assert api.request("GET", "/api/v1/tasks", "UBND-MT").status_code == 200  # the agency's other token still works


def test_agency_marks_its_task_done_with_a_note(api):
    task = first_task(api, "STTTT")
    response = api.request("POST", f"/api/v1/tasks/{task['id']}/done", "STTTT", json={"note": "Đã gửi kế hoạch"})
    assert response.status_code == 200
    assert (response.json()["status"], response.json()["note"]) == ("done_on_time", "Đã gửi kế hoạch")
    again = api.request("POST", f"/api/v1/tasks/{task['id']}/done", "STTTT", json={})
    assert again.status_code == 409


def test_agency_cannot_mark_another_agencys_task_done(api):
    task = first_task(api, "UBND-MT")
    response = api.request("POST", f"/api/v1/tasks/{task['id']}/done", "STTTT", json={"note": "x"})
    assert response.status_code == 403
    assert first_task(api, "UBND-MT")["completed_at"] is None


def test_coordinator_extends_returns_and_cancels(api):
    task = first_task(api, "UBND-MT")
    extended = api.request("POST", f"/api/v1/tasks/{task['id']}/extend", "coordinator",
                           json={"to": "15/6/2021", "reason": "Xin gia hạn"})
    assert (extended.status_code, extended.json()["due"]) == (200, "2021-06-15")
    api.request("POST", f"/api/v1/tasks/{task['id']}/done", "UBND-MT", json={"note": "Báo cáo"})
    returned = api.request("POST", f"/api/v1/tasks/{task['id']}/return", "coordinator", json={"reason": "Thiếu số liệu"})
    assert (returned.status_code, returned.json()["completed_at"]) == (200, None)
    cancelled = api.request("POST", f"/api/v1/tasks/{task['id']}/cancel", "coordinator", json={"reason": "Hủy"})
    assert cancelled.json()["status"] == "cancelled"
    history = api.request("GET", f"/api/v1/tasks/{task['id']}/history", "UBND-MT").json()
    assert [event["action"] for event in history] == ["task.extend", "task.done", "task.return", "task.cancel"]


def test_bad_input_gets_a_clear_422(api):
    task = first_task(api, "UBND-MT")
    response = api.request("POST", f"/api/v1/tasks/{task['id']}/extend", "coordinator",
                           json={"to": "31/6/2021", "reason": "x"})
    assert response.status_code == 422 and "is not a real date" in response.json()["error"]
    assert api.request("GET", "/api/v1/tasks/999999", "admin").status_code == 404


def test_coordinator_registers_a_directive_from_toml_and_errors_carry_lines(api):
    text = (FIXTURES / "reminders.toml").read_text(encoding="utf-8")
    created = api.request("POST", "/api/v1/directives", "coordinator", content=text.encode(),
                          headers={"Content-Type": "application/toml"})
    assert (created.status_code, created.json()["number"]) == (201, "01/KH-TEST")
    assert api.request("POST", "/api/v1/directives", "coordinator", content=text.encode()).status_code == 409
    bad = api.request("POST", "/api/v1/directives", "coordinator", content=text.replace('"STTTT"', '"KHONG-CO"').encode(),
                      params={"replace": "true"})
    assert bad.status_code == 422
    assert bad.json()["error"].startswith("request:") and "unknown agency 'KHONG-CO'" in bad.json()["error"]
    assert api.request("POST", "/api/v1/directives", "STTTT", content=text.encode()).status_code == 403


def test_directive_registered_from_json(api):
    body = {"number": "5/CV-TEST", "kind": "cong-van", "title": "Thử", "issuer": "UBND-TG", "issued_on": "2021-06-07",
            "coordinator": "CA-TG", "items": [{"ref": "1", "title": "Báo cáo", "lead": ["STTTT"], "due": "2021-06-30"}]}
    response = api.request("POST", "/api/v1/directives", "coordinator", json=body)
    assert (response.status_code, response.json()["created"]) == (201, 1)
    shown = api.request("GET", "/api/v1/directives/5/CV-TEST", "STTTT").json()
    assert shown["items"][0]["lead"] == ["STTTT"]


def test_statistics_per_agency(api):
    api.request("POST", f"/api/v1/tasks/{first_task(api, 'STTTT')['id']}/done", "STTTT", json={})
    api.clock.instant = api.clock.instant.replace(day=12)
    rows = {row["agency"]: row for row in api.request("GET", "/api/v1/statistics", "coordinator").json()}
    assert (rows["STTTT"]["done_on_time"], rows["UBND-MT"]["overdue"]) == (1, 1)
    own = api.request("GET", "/api/v1/statistics", "STTTT").json()
    assert [row["agency"] for row in own] == ["STTTT"]


def test_openapi_document_lists_every_route(api):
    document = api.request("GET", "/openapi.json").json()
    assert document["openapi"].startswith("3.")
    assert {"/api/v1/tasks", "/api/v1/tasks/{task_id}/done", "/api/v1/directives", "/api/v1/statistics",
            "/api/v1/outbox"} <= set(document["paths"])


READ = [("GET", "/api/v1/tasks/{task}"), ("GET", "/api/v1/tasks/{task}/history")]
# In an order that keeps each change valid for a principal allowed to make it.
CHANGE = {"extend": {"to": "20/6/2021", "reason": "x"}, "done": {"note": "x"}, "return": {"reason": "x"},
          "cancel": {"reason": "x"}}
# Who may touch STTTT's task: STTTT reads and marks done; the coordinator (CA-TG coordinates 2774) and
# admin do everything; UBND-MT nothing; anonymous is asked to authenticate.
EXPECTED = {
    None: {"read": 401, "done": 401, "extend": 401, "return": 401, "cancel": 401},
    "STTTT": {"read": 200, "done": 200, "extend": 403, "return": 403, "cancel": 403},
    "UBND-MT": {"read": 403, "done": 403, "extend": 403, "return": 403, "cancel": 403},
    "coordinator": {"read": 200, "done": 200, "extend": 200, "return": 200, "cancel": 200},
    "admin": {"read": 200, "done": 200, "extend": 200, "return": 200, "cancel": 200},
}


@pytest.mark.parametrize("who", list(EXPECTED))
def test_access_matrix(api, who):
    task = first_task(api, "STTTT")["id"]
    found = {"read": {api.request(method, path.format(task=task), who).status_code for method, path in READ}}
    for action, body in CHANGE.items():
        found[action] = {api.request("POST", f"/api/v1/tasks/{task}/{action}", who, json=body).status_code}
    assert found == {action: {status} for action, status in EXPECTED[who].items()}
