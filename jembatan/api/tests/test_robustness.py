"""Bad input anywhere is a 4xx with a JSON `{"code", "message"}`, never a server error."""

import pytest

from jembatan.reports.models import Report

BODIES = [
    "", "{", "[", "null", "true", "1", '"x"', "[]", "{}", '{"a": 1}', "\ufeff{}", "\x00",
    '{"action": {"x": 1}}', '{"kind": [], "title": {}, "body": null}', '{"score": 1e400}',
    '{"body": "' + "x" * 100_000 + '"}', '{"username": 1, "password": []}',
    '{"reporter": {"name": {"$gt": ""}}}', '{"action": "dispose", "agency": ["a"]}',
    '{"action": "assign", "officer": 7}', '{"latitude": "NaN", "longitude": "Infinity"}',
]


@pytest.fixture
def paths(submit, dispose, agency_a):
    report, _key = submit()
    report = dispose(report, agency_a)
    code = report.tracking_code
    return [
        "/api/v1/auth/token",
        "/api/v1/reports",
        f"/api/v1/reports/{code}/actions",
        f"/api/v1/reports/{code}/messages",
        f"/api/v1/reports/{code}/rating",
    ]


@pytest.mark.parametrize("body", BODIES)
def test_garbage_never_yields_5xx(api, paths, coordinator_token, body):
    for path in paths:
        response = api.post(path, raw=body, token=coordinator_token)

        assert 400 <= response.status_code < 500, (path, body[:40], response.content[:200])
        assert set(response.json()) >= {"code", "message"}


def test_wrong_content_type_is_400(api, paths, coordinator_token):
    response = api.client.post(paths[1], "kind=pengaduan", content_type="text/plain",
                               headers={"Authorization": f"Bearer {coordinator_token}"})

    assert response.status_code == 400


def test_body_larger_than_django_allows_is_4xx(api, jurisdiction, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000

    response = api.post("/api/v1/reports", raw='{"body": "' + "x" * 5000 + '"}')

    assert response.status_code == 413
    assert response.json()["code"] == "too_large"


@pytest.mark.parametrize(("code", "status"), [
    ("x" * 500, 400), ("WSB-%00", 400), ("../../etc", 404), ("WSB-2222-22;DROP", 404),
])
def test_odd_tracking_codes_are_4xx(api, db, code, status):
    response = api.get(f"/api/v1/reports/{code}")

    assert response.status_code == status


def test_wrong_method_is_405_json(api, db):
    response = api.get("/api/v1/reports")

    assert response.status_code == 405
    assert response.json()["code"] == "method_not_allowed"
    assert "POST" in response["Allow"]


def test_unknown_api_path_is_404_json(api, db):
    response = api.get("/api/v1/tidak-ada/sama-sekali")

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_api_root_is_404_json(api, db):
    response = api.get("/api/v1/")

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


@pytest.mark.parametrize("body", [
    '{"title": "Jalan\\u0000 rusak", "body": "x", "agency": "dpupr"}',
    '{"title": "t", "body": "b", "agency": "dpupr", "co_authors": ["a\\u0000b"]}',
])
def test_a_null_character_in_a_json_string_is_400(api, coordinator_token, agency_a, body):
    # PostgreSQL cannot store or compare text with NUL: it used to be a server error there.
    response = api.post("/api/v1/posts", raw=body, token=coordinator_token)

    assert response.status_code == 400
    assert response.json()["code"] == "invalid"


@pytest.mark.parametrize("path", ["/api/v1/posts?q=a%00b", "/api/v1/conversations?agency=%00",
                                  "/api/v1/agenda/a%00b.ics"])
def test_a_null_character_in_the_query_or_path_is_400(api, coordinator_token, path):
    response = api.client.get(path, headers={"Authorization": f"Bearer {coordinator_token}"})

    assert response.status_code == 400
    assert response.json()["code"] == "invalid"



def _deep(depth: int, *, inner: str = "1") -> str:
    return '{"title": ' + "[" * depth + inner + "]" * depth + "}"


@pytest.mark.parametrize("body", [_deep(1_000), _deep(1_000, inner='"\\u0000"'),
                                  _deep(50_000), _deep(50_000, inner='"\\u0000"')])
def test_json_nested_too_deep_is_400_json_on_every_url(api, paths, coordinator_token, body):
    for path in [*paths, "/api/v1/posts", "/api/v1/conversations/1/reply"]:
        response = api.post(path, raw=body, token=coordinator_token)

        assert response.status_code == 400, (path, response.content[:200])
        assert response.json()["code"] == "malformed"


NUL_REPORT = ('{"kind": "pengaduan", "title": "Jalan rusak\\u0000", '
              '"body": "Lubang besar di depan SD."}')


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded",
                                          "multipart/form-data; boundary=x", ""])
def test_a_null_character_is_400_whatever_the_content_type(api, jurisdiction, content_type):
    # The API reads the body as JSON whatever the header says, so the check cannot depend on it.
    response = api.client.generic("POST", "/api/v1/reports", NUL_REPORT.encode(),
                                  content_type=content_type)

    assert response.status_code == 400
    assert response.json()["code"] == "invalid"
    assert "null" in response.json()["message"]
    assert not Report.objects.exists()


@pytest.mark.parametrize("payload", [
    {"reporter": {"name": "Wagiyem\x00"}},
    {"address": "Jl. Kenanga\x00 7"},
    {"category": "\x00"},
])
def test_a_null_character_in_any_field_of_a_report_is_400(api, valid_payload, payload):
    response = api.post("/api/v1/reports", valid_payload(**payload))

    assert response.status_code == 400
    assert response.json()["details"][0]["type"] == "nul_character"
    assert not Report.objects.exists()


def test_a_null_character_in_a_field_the_api_ignores_is_harmless(api, valid_payload):
    response = api.post("/api/v1/reports", valid_payload(unknown_field="a\x00b"))

    assert response.status_code == 201


def test_the_schema_says_strings_cannot_hold_a_null_character(api, db):
    schema = api.get("/api/v1/openapi.json").json()
    title = schema["components"]["schemas"]["ReportSubmitIn"]["properties"]["title"]

    assert "\\x00" in title["pattern"]


def test_too_many_query_parameters_is_413_json(api, db):
    query = "&".join(f"p{number}=1" for number in range(1_200))

    response = api.client.get(f"/api/v1/posts?{query}")

    assert response.status_code == 413
    assert response.json()["code"] == "too_large"
