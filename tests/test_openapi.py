"""The OpenAPI document at /openapi.json is valid OpenAPI 3, lists every API route with its errors, and /docs serves it."""

from openapi_spec_validator import validate

API_ROUTES = {
    ("get", "/api/v1/agencies"), ("get", "/api/v1/directives"), ("post", "/api/v1/directives"),
    ("get", "/api/v1/directives/{number}"), ("get", "/api/v1/tasks"), ("get", "/api/v1/tasks/{task_id}"),
    ("get", "/api/v1/tasks/{task_id}/history"), ("post", "/api/v1/tasks/{task_id}/done"),
    ("post", "/api/v1/tasks/{task_id}/extend"), ("post", "/api/v1/tasks/{task_id}/return"),
    ("post", "/api/v1/tasks/{task_id}/cancel"), ("get", "/api/v1/statistics"), ("get", "/api/v1/outbox"),
}


def test_openapi_document_is_valid_and_lists_every_api_route(api):
    document = api.http.get("/openapi.json").json()
    validate(document)  # raises on anything that is not valid OpenAPI
    documented = {(method, path) for path, operations in document["paths"].items() for method in operations}
    assert documented >= API_ROUTES
    assert not any(path.startswith(("/inbox", "/board", "/l/", "/signin")) for _, path in documented)  # pages stay out


def test_every_api_route_documents_its_json_errors(api):
    document = api.http.get("/openapi.json").json()
    for method, path in API_ROUTES:
        responses = document["paths"][path][method]["responses"]
        for code in ("401", "403", "404", "422"):
            assert responses[code]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorOut"), (path, code)


def test_swagger_ui_is_served_at_docs(api):
    page = api.http.get("/docs")
    assert page.status_code == 200 and "swagger-ui" in page.text and "/openapi.json" in page.text


def test_missing_field_is_a_json_422_naming_it(api):
    task = api.request("GET", "/api/v1/tasks", "coordinator").json()[0]
    answer = api.request("POST", f"/api/v1/tasks/{task['id']}/extend", "coordinator", json={"to": "1/7/2021"})
    assert answer.status_code == 422
    assert answer.json()["problems"] == ["body.reason: Field required"]


def test_malformed_json_is_a_400(api):
    task = api.request("GET", "/api/v1/tasks", "STTTT").json()[0]
    answer = api.request("POST", f"/api/v1/tasks/{task['id']}/done", "STTTT", content=b"{not json",
                         headers={"content-type": "application/json"})
    assert answer.status_code == 400 and answer.json()["error"].startswith("body")
