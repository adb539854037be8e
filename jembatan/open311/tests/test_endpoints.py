"""The GeoReport v2 endpoints against the specification's examples: element names and shapes
in JSON and XML, the submission, the reading back, and every refusal as the error list."""

import datetime as dt
from xml.etree import ElementTree

import pytest
from django.utils import timezone

from jembatan.open311 import endpoints
from jembatan.open311.models import Submission
from jembatan.reports.models import Category, Channel, Privacy, Report, Status
from jembatan.reports.tests.factories import closed_report, disposed_report

pytestmark = pytest.mark.django_db

BASE = "/open311/v2/"
SERVICE_FIELDS = ["service_code", "service_name", "description", "metadata", "type",
                  "keywords", "group"]
REQUEST_FIELDS = ["service_request_id", "status", "status_notes", "service_name",
                  "service_code", "description", "agency_responsible", "service_notice",
                  "requested_datetime", "updated_datetime", "expected_datetime", "address",
                  "address_id", "zipcode", "lat", "long", "media_url"]


def xml(response):
    assert response["Content-Type"] == "text/xml; charset=utf-8"
    assert response.content.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    return ElementTree.fromstring(response.content)


def submit(client, key, *, headers=None, **fields):
    data = {"api_key": key, "service_code": "pengaduan", "lat": "-7.3601",
            "long": "109.9027",
            "description": "Lampu penerangan jalan di depan pasar Garung mati seminggu."}
    data.update(fields)
    return client.post(BASE + "requests.json", data, headers=headers or {})


def test_discovery_names_this_endpoint_and_both_formats(client):
    body = client.get(BASE + "discovery.json").json()
    assert set(body) == {"changeset", "contact", "key_service", "endpoints"}
    endpoint, = body["endpoints"]
    assert endpoint["specification"] == "http://wiki.open311.org/GeoReport_v2"
    assert endpoint["url"] == "http://testserver/open311/v2/"
    assert endpoint["formats"] == ["text/xml", "application/json"]
    root = xml(client.get(BASE + "discovery.xml"))
    assert root.tag == "discovery"
    assert [f.text for f in root.findall("endpoints/endpoint/formats/format")] == [
        "text/xml", "application/json"]


def test_services_are_the_kinds_and_the_active_topics(client):
    roads = Category.objects.create(name="Jalan dan jembatan")
    Category.objects.create(name="Sudah tidak dipakai", is_active=False)
    services = client.get(BASE + "services.json").json()
    assert [s["service_code"] for s in services] == [
        "pengaduan", "aspirasi", "informasi", "pertanyaan", f"topik-{roads.pk}"]
    for service in services:
        assert list(service) == SERVICE_FIELDS
        assert service["metadata"] is True
        assert service["type"] == "realtime"
    assert services[0]["service_name"] == "Pengaduan"
    assert services[-1]["service_name"] == "Jalan dan jembatan"
    root = xml(client.get(BASE + "services.xml"))
    assert root.tag == "services"
    first = root.find("service")
    assert [child.tag for child in first] == SERVICE_FIELDS
    assert first.find("metadata").text == "true"


def test_service_definition_lists_the_attributes(client, kecamatan):
    body = client.get(BASE + "services/pengaduan.json").json()
    assert body["service_code"] == "pengaduan"
    codes = [a["code"] for a in body["attributes"]]
    assert codes == ["judul", "privasi", "kecamatan", "desa"]
    privacy = body["attributes"][1]
    assert privacy["datatype"] == "singlevaluelist"
    assert privacy["required"] is False
    assert [v["key"] for v in privacy["values"]] == ["publik", "anonim", "rahasia"]
    assert body["attributes"][2]["values"] == [{"key": "33.07.12", "name": "Garung"}]
    root = xml(client.get(BASE + "services/pengaduan.xml"))
    assert root.tag == "service_definition"
    attribute = root.find("attributes/attribute[code='privasi']")
    assert [child.tag for child in attribute] == [
        "variable", "code", "datatype", "required", "datatype_description", "order",
        "description", "values"]
    assert [v.find("key").text for v in attribute.findall("values/value")] == [
        "publik", "anonim", "rahasia"]


def test_unknown_service_definition_is_404_in_the_error_format(client):
    response = client.get(BASE + "services/topik-999.json")
    assert response.status_code == 404
    assert response.json() == [{"code": 404, "description": response.json()[0]["description"]}]
    root = xml(client.get(BASE + "services/tidak-ada.xml"))
    assert root.tag == "errors"
    assert root.find("error/code").text == "404"


def test_a_submission_is_a_report_of_the_open311_channel_with_the_clients_name(
        client, client_key, desa):
    key, raw = client_key
    response = submit(client, raw, first_name="Sumarni", last_name="Wulandari",
                      email="sumarni@contoh.id", phone="0812 2734 5561", device_id="hp-7",
                      account_id="u-42", **{"attribute[desa]": desa.code,
                                            "attribute[privasi]": "anonim"})
    assert response.status_code == 200
    row, = response.json()
    assert list(row) == ["service_request_id", "token", "service_notice", "account_id"]
    assert row["account_id"] == "u-42"
    report = Report.objects.get(tracking_code=row["service_request_id"])
    assert report.channel == Channel.OPEN311
    assert report.status == Status.BARU
    assert report.privacy == Privacy.ANONIM
    assert report.reporter_name == "Sumarni Wulandari"
    assert report.reporter_phone == "+6281227345561"
    assert report.kecamatan_id == "33.07.12"
    assert report.desa_id == desa.code
    assert str(report.latitude) == "-7.360100"
    assert report.title == "Lampu penerangan jalan di depan pasar Garung mati seminggu."
    submission = Submission.objects.get(report=report)
    assert submission.client == key
    assert submission.client_name == "Aplikasi Lapor Warga"
    assert submission.device_id == "hp-7"
    assert row["token"] == submission.token


def test_submission_in_xml_answers_in_xml(client, api_key):
    response = client.post(BASE + "requests.xml", {
        "api_key": api_key, "service_code": "aspirasi", "address_string": "Alun-alun",
        "description": "Mohon ditambah bangku taman di alun-alun."})
    root = xml(response)
    assert root.tag == "service_requests"
    assert [c.tag for c in root.find("request")] == [
        "service_request_id", "token", "service_notice", "account_id"]


def test_a_topic_service_files_a_complaint_of_that_category(client, api_key):
    roads = Category.objects.create(name="Jalan dan jembatan")
    code = submit(client, api_key, service_code=f"topik-{roads.pk}").json()[0][
        "service_request_id"]
    report = Report.objects.get(tracking_code=code)
    assert (report.kind, report.category) == ("pengaduan", roads)


def test_the_client_reads_back_its_new_request_and_the_token(client, client_key):
    _key, raw = client_key
    code = submit(client, raw).json()[0]["service_request_id"]
    # Not verified yet: the public does not see it, the client that sent it does.
    assert client.get(BASE + f"requests/{code}.json").status_code == 404
    row, = client.get(BASE + f"requests/{code}.json", {"api_key": raw}).json()
    assert list(row) == REQUEST_FIELDS
    assert row["status"] == "open"
    assert row["service_code"] == "pengaduan"
    assert row["lat"] is None
    assert row["long"] is None
    assert row["requested_datetime"].endswith("+07:00")
    token = Submission.objects.get(report__tracking_code=code).token
    assert client.get(BASE + f"tokens/{token}.json").json() == [
        {"service_request_id": code, "token": token}]
    root = xml(client.get(BASE + f"tokens/{token}.xml"))
    assert root.find("request/service_request_id").text == code


def test_requests_list_filters_by_ids_code_status_and_dates(client, coordinator, agency_a,
                                                            officer_a):
    now = timezone.now()
    recent = disposed_report(coordinator, agency_a, at=now - dt.timedelta(days=3))
    done = closed_report(coordinator, officer_a, agency_a, at=now - dt.timedelta(days=5))
    old = disposed_report(coordinator, agency_a, at=now - dt.timedelta(days=120))

    def codes(**params):
        return [r["service_request_id"] for r in client.get(BASE + "requests.json",
                                                            params).json()]

    assert codes() == [recent.tracking_code, done.tracking_code]  # the last 90 days
    assert codes(status="open") == [recent.tracking_code]
    assert codes(status="closed") == [done.tracking_code]
    assert codes(service_code="aspirasi") == []
    assert codes(service_request_id=f"{old.tracking_code},{done.tracking_code}") == [
        done.tracking_code, old.tracking_code]
    start = (now - dt.timedelta(days=130)).strftime("%Y-%m-%dT%H:%M:%SZ")
    end = (now - dt.timedelta(days=100)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert codes(start_date=start, end_date=end) == [old.tracking_code]
    root = xml(client.get(BASE + "requests.xml", {"status": "closed"}))
    request = root.find("request")
    assert [c.tag for c in request] == REQUEST_FIELDS
    assert request.find("status").text == "closed"
    assert request.find("agency_responsible").text == agency_a.name


@pytest.mark.parametrize(("params", "message"), [
    ({"start_date": "2026-01-01T00:00:00Z", "end_date": "2026-06-01T00:00:00Z"}, "90"),
    ({"start_date": "kemarin"}, "start_date"),
    ({"start_date": "2026-03-01T00:00:00Z", "end_date": "2026-02-01T00:00:00Z"}, "end_date"),
    ({"status": "pending"}, "status"),
])
def test_bad_request_lists_are_400(client, params, message):
    response = client.get(BASE + "requests.json", params | {"jurisdiction_id": "33.07"},
                          HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    error, = response.json()
    assert error["code"] == 400
    assert message in error["description"]


def test_wrong_jurisdiction_is_404(client, api_key):
    response = client.get(BASE + "services.json", {"jurisdiction_id": "33.08"})
    assert response.status_code == 404
    assert response.json()[0]["code"] == 404
    assert submit(client, api_key, jurisdiction_id="sf.gov").status_code == 404
    assert client.get(BASE + "services.json", {"jurisdiction_id": "33.07"}).status_code == 200


@pytest.mark.parametrize(("fields", "status"), [
    ({"api_key": ""}, 403),
    ({"api_key": "o311_tidak-pernah-diberikan"}, 403),
    ({"service_code": ""}, 400),
    ({"service_code": "topik-999"}, 400),
    ({"description": ""}, 400),
    ({"description": "x" * 4001}, 400),
    ({"lat": "", "long": ""}, 400),
    ({"lat": "-7.36", "long": ""}, 400),
    ({"lat": "utara"}, 400),
    ({"lat": "91"}, 400),
    ({"email": "bukan-email"}, 400),
    ({"phone": "12"}, 400),
    ({"media_url": "javascript:alert(1)"}, 400),
    ({"address_id": "99.99"}, 400),
    ({"attribute[privasi]": "rahasia sekali"}, 400),
    ({"description": "ada\x00nul"}, 400),
])
def test_bad_submissions_are_refused_and_store_nothing(client, api_key, fields, status):
    response = submit(client, api_key, **fields)
    assert response.status_code == status
    error, = response.json()
    assert error["code"] == status
    assert error["description"]
    assert not Report.objects.exists()


def test_address_id_is_a_kemendagri_code(client, api_key, desa):
    code = submit(client, api_key, lat="", long="", address_id=desa.code).json()[0][
        "service_request_id"]
    assert Report.objects.get(tracking_code=code).desa == desa


def test_a_key_without_the_submit_scope_may_not_submit(client):
    from jembatan.open311 import actions

    _key, raw = actions.client_key_issue(name="Pembaca", may_submit=False, actor=None)
    assert submit(client, raw).status_code == 403


def test_a_revoked_key_stops_working_at_once(client, client_key):
    from jembatan.open311 import actions

    key, raw = client_key
    assert submit(client, raw).status_code == 200
    actions.client_key_revoke(key=key, actor=None)
    response = submit(client, raw)
    assert response.status_code == 403
    assert Report.objects.count() == 1


def test_submissions_are_rate_limited_per_key(client, api_key, monkeypatch):
    from jembatan.open311 import actions

    monkeypatch.setattr(endpoints, "SUBMIT_RATE", "2/h")
    assert submit(client, api_key).status_code == 200
    assert submit(client, api_key).status_code == 200
    refused = submit(client, api_key)
    assert refused.status_code == 429
    assert refused.json()[0]["code"] == 429
    _other, other_key = actions.client_key_issue(name="Aplikasi lain", actor=None)
    assert submit(client, other_key).status_code == 200


def test_a_retry_with_the_same_idempotency_key_creates_nothing(client, api_key):
    first = submit(client, api_key, headers={"Idempotency-Key": "a1b2"})
    again = submit(client, api_key, headers={"Idempotency-Key": "a1b2"})
    assert first.json()[0]["service_request_id"] == again.json()[0]["service_request_id"]
    assert Report.objects.count() == 1


def test_other_methods_are_405_in_the_error_format(client):
    response = client.post(BASE + "services.json")
    assert response.status_code == 405
    assert response.json()[0]["code"] == 405
    assert response["Allow"] == "GET"


def test_unknown_format_is_not_a_route(client):
    assert client.get(BASE + "services.csv").status_code == 404
