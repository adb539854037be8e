"""The OpenAPI schema and the documentation page (which must work under our CSP)."""

import re
from pathlib import Path

import pytest
from django.conf import settings

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


# --- Language: Indonesian unless the reader chose English -------------------------------------

# Texts that read the same in both languages (proper names); everything else a reader sees in
# the schema must be translated.
SAME_IN_BOTH = {"Jembatan API"}
# The words of the schema a person reads; every other key is a contract (paths, parameter and
# field names, types, operation ids) and must not change with the language.
PROSE_KEYS = {"title", "summary", "description"}


def _schema_in(client, language: str | None) -> dict:
    if language:
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client.get("/api/v1/openapi.json").json()


def _prose(node, where=()):
    """(where, text) of every text meant for a person in the schema."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in PROSE_KEYS and isinstance(value, str):
                yield (*where, key), value
            else:
                yield from _prose(value, (*where, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _prose(value, (*where, index))


def _without_prose(node):
    if isinstance(node, dict):
        return {key: _without_prose(value) for key, value in node.items()
                if not (key in PROSE_KEYS and isinstance(value, str))}
    if isinstance(node, list):
        return [_without_prose(value) for value in node]
    return node


def test_the_schema_is_in_indonesian_by_default(client, db):
    schema = _schema_in(client, None)

    assert schema["info"]["description"].startswith("Kirim dan lacak laporan publik")
    token = schema["paths"]["/api/v1/auth/token"]["post"]
    assert token["summary"] == "Ambil token akses"
    assert token["description"].startswith("Tukarkan nama pengguna")
    assert token["responses"]["400"]["description"] == "Permintaan tidak valid"
    assert token["tags"] == ["auth"]
    tags = {tag["name"]: tag["description"] for tag in schema["tags"]}
    assert tags["reports"].startswith("Laporan publik")
    bearer = schema["components"]["securitySchemes"]["BearerToken"]
    assert bearer["description"] == "Token dari POST /api/v1/auth/token."
    username = schema["components"]["schemas"]["TokenIn"]["properties"]["username"]
    assert username["description"] == "Nama pengguna atau alamat email."


def test_the_schema_is_in_english_for_who_chose_english(client, db):
    schema = _schema_in(client, "en")

    assert schema["info"]["description"].startswith("Send and follow public reports")
    token = schema["paths"]["/api/v1/auth/token"]["post"]
    assert token["summary"] == "Get an access token"
    assert token["responses"]["400"]["description"] == "Bad Request"
    act = schema["paths"]["/api/v1/reports/{code}/actions"]["post"]["description"]
    assert act.startswith("`action` is one of: acknowledge, answer_objection, assign,")


def test_accept_language_does_not_turn_the_schema_english(client, db):
    """As on every page: Indonesian unless the reader chose English with the switcher."""
    schema = client.get("/api/v1/openapi.json", HTTP_ACCEPT_LANGUAGE="en").json()

    assert schema["paths"]["/api/v1/auth/token"]["post"]["summary"] == "Ambil token akses"


def test_the_language_changes_the_words_of_the_schema_and_nothing_else(client, db):
    indonesian = _schema_in(client, "id")
    english = _schema_in(client, "en")

    assert _without_prose(indonesian) == _without_prose(english)


def test_every_text_of_the_schema_is_translated(client, db):
    """Each summary and description (of the API, a tag, an operation, an answer, a parameter or
    a field) reads in Indonesian: none is left as the English one, but for the proper names in
    SAME_IN_BOTH. Titles are pydantic's, made from the field and class names: they stay."""
    english = dict(_prose(_schema_in(client, "en")))
    indonesian = dict(_prose(_schema_in(client, "id")))

    assert indonesian.keys() == english.keys()
    untranslated = sorted(
        "/".join(map(str, where)) for where, text in indonesian.items()
        if text == english[where] and text not in SAME_IN_BOTH and where[-1] != "title"
    )
    assert untranslated == []


def test_the_docs_page_is_in_indonesian_by_default(client, db):
    html = client.get("/api/v1/docs").content.decode()

    assert '<html lang="id">' in html
    assert "Ambil token akses" in html
    assert "Kotak masuk petugas" in html
    assert "Get an access token" not in html


def test_the_docs_page_is_in_english_for_who_chose_english(client, db):
    client.get("/api/v1/docs")  # built once in Indonesian first: nothing of it may stay
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    html = client.get("/api/v1/docs").content.decode()

    assert '<html lang="en">' in html
    assert "Get an access token" in html
    assert "The staff inbox" in html
    assert "Ambil token akses" not in html


def test_the_docs_page_sets_code_in_descriptions_as_code_not_backticks(client, db):
    html = client.get("/api/v1/docs").content.decode()
    listing = html[html.index('id="endpoints-title"'):html.index("</table>")]

    assert "`" not in listing
    assert "<code>X-Access-Key</code>" in listing
    assert "<code>Authorization: Bearer &lt;token&gt;</code>" in listing
