"""The OpenAPI schema and the documentation page (which must work under our CSP)."""

import re
from pathlib import Path

import pytest

from jembatan.api.urls import api as ninja_api

EXPECTED_PATHS = {
    "/api/v1/auth/token": {"post", "delete"},
    "/api/v1/reports": {"post"},
    "/api/v1/reports/{code}": {"get"},
    "/api/v1/reports/{code}/actions": {"post"},
    "/api/v1/reports/{code}/messages": {"post"},
    "/api/v1/reports/{code}/rating": {"post"},
    "/api/v1/inbox": {"get"},
}


def test_openapi_lists_every_path(api, db):
    response = api.get("/api/v1/openapi.json")

    assert response.status_code == 200
    schema = response.json()
    for path, methods in EXPECTED_PATHS.items():
        assert path in schema["paths"], path
        assert methods <= set(schema["paths"][path]), path
    assert not any("assets" in path for path in schema["paths"])


def test_openapi_describes_the_bearer_token_and_the_actions(api, db):
    schema = api.get("/api/v1/openapi.json").json()

    assert schema["components"]["securitySchemes"]["BearerToken"]["scheme"] == "bearer"
    body = schema["paths"]["/api/v1/reports/{code}/actions"]["post"]["requestBody"]
    mapping = body["content"]["application/json"]["schema"]["discriminator"]["mapping"]
    assert set(mapping) == {
        "dispose", "reject", "acknowledge", "return", "forward", "respond", "hold", "resume",
        "close", "reopen", "merge", "extend", "object", "answer_objection", "assign",
        "undo_dispose",
    }


def test_docs_page_works_under_the_csp(api, db):
    response = api.get("/api/v1/docs")

    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "unsafe-inline" not in csp
    assert "unsafe-eval" not in csp
    assert "script-src 'self'" in csp
    html = response.content.decode()
    # No inline script, no inline style, nothing from another site.
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert "<style" not in html
    assert " style=" not in html
    assert "http://" not in html
    assert "https://" not in html
    # Readable without JavaScript: every endpoint is listed, and the schema is linked.
    for path in EXPECTED_PATHS:
        assert path in html
    assert 'href="/api/v1/openapi.json"' in html


@pytest.mark.parametrize(
    ("name", "content_type"),
    [
        ("swagger-ui-bundle.js", "javascript"),
        ("swagger-ui.css", "text/css"),
        ("docs.js", "javascript"),
        ("docs.css", "text/css"),
    ],
)
def test_docs_assets_are_served_from_our_origin(api, db, name, content_type):
    response = api.get(f"/api/v1/docs/assets/{name}")

    assert response.status_code == 200
    assert content_type in response["Content-Type"]
    assert b"".join(response.streaming_content)


@pytest.mark.parametrize("name", ["settings.py", "..%2F..%2Fsettings.py", "redoc.standalone.js"])
def test_only_the_listed_assets_are_served(api, db, name):
    assert api.get(f"/api/v1/docs/assets/{name}").status_code == 404


def test_the_docs_page_tells_where_a_token_is_optional_and_where_it_is_required(client, db):
    rows = {(row["method"], row["path"]): row["auth"]
            for row in client.get("/api/v1/docs").context["endpoints"]}

    assert rows[("GET", "/api/v1/posts")] == "optional"
    assert rows[("POST", "/api/v1/reports")] == "optional"
    assert rows[("GET", "/api/v1/inbox")] == "required"
    assert rows[("POST", "/api/v1/auth/token")] == ""


def test_the_schema_lists_the_token_as_optional_on_public_endpoints(client, db):
    paths = client.get("/api/v1/openapi.json").json()["paths"]

    for path, method in [("/api/v1/posts", "get"), ("/api/v1/posts/{post_id}", "get"),
                         ("/api/v1/reports", "post"), ("/api/v1/reports/{code}", "get")]:
        assert paths[path][method]["security"] == [{"BearerToken": []}, {}], path
    assert paths["/api/v1/inbox"]["get"]["security"] == [{"BearerToken": []}]


def test_the_calendar_feeds_document_their_errors_and_body(client, db):
    paths = client.get("/api/v1/openapi.json").json()["paths"]

    for path in ["/api/v1/agenda.ics", "/api/v1/agenda/{agency}.ics"]:
        responses = paths[path]["get"]["responses"]
        assert "text/calendar" in responses["200"]["content"]
        assert responses["400"]["content"]["application/json"]["schema"] == {
            "$ref": "#/components/schemas/ErrorOut"}


def test_every_operation_keeps_its_published_id():
    """Client generators name their methods after operation ids: moving a router must not
    rename them. `operation_ids.txt` lists every published operation."""
    schema = ninja_api.get_openapi_schema()
    operations = sorted(f"{operation['operationId']} {method.upper()} {path}"
                        for path, methods in schema["paths"].items()
                        for method, operation in methods.items()
                        if isinstance(operation, dict) and "operationId" in operation)
    published = (Path(__file__).parent / "operation_ids.txt").read_text().split("\n")

    assert operations == [line for line in published if line]
