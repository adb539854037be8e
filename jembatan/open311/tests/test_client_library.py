"""Open311 clients from the package registry (pinned in [dev]) against a live server: they list
the services, read a service definition, send a request and read it back.

georeport 0.3.1 cannot create requests (its README says so), so its test sends the request as
the specification's form POST with requests, the HTTP library georeport itself uses. civicbot
0.4.0 sends it itself."""

import pytest
import requests
from civicbot.http import HttpError, HttpTransport, RateLimiter
from civicbot.open311 import Open311Client, ValidationError
from civicbot.registry import Endpoint
from georeport import GeoReport

from jembatan.reports import actions as report_actions
from jembatan.reports.models import Report
from jembatan.reports.tests.factories import staff

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("output_format", ["json", "xml"])
def test_georeport_lists_services_and_reads_back_a_request(live_server, api_key, coordinator,
                                                           agency_a, output_format):
    endpoint = f"{live_server.url}/open311/v2/"
    client = GeoReport(endpoint, jurisdiction="33.07", api_key=api_key,
                       output_format=output_format)
    services = client.get_service_list()
    assert [s["service_code"] for s in services] == [
        "pengaduan", "aspirasi", "informasi", "pertanyaan"]
    assert client.get_service_definition("pengaduan")["service_code"] == "pengaduan"

    sent = requests.post(f"{endpoint}requests.{output_format}", data={
        "api_key": api_key, "jurisdiction_id": "33.07", "service_code": "pengaduan",
        "lat": "-7.3601", "long": "109.9027",
        "description": "Jembatan gantung di Desa Tlogo miring setelah banjir.",
    }, timeout=30)
    assert sent.status_code == 200, sent.text
    code = Report.objects.get().tracking_code
    assert code in sent.text

    # georeport sends no api_key when reading, so it reads as the public does: nothing
    # before the coordinator verifies the report, the request once it is verified.
    with pytest.raises(requests.HTTPError):
        client.get_service_request(code)
    report_actions.report_dispose(report=Report.objects.get(), actor=staff(coordinator),
                                  agency=agency_a)
    request = client.get_service_request(code)
    assert request["service_request_id"] == code
    assert request["status"] == "open"
    assert request["description"].startswith("Jembatan gantung")
    listed = client.get_service_requests(service_request_id=code)
    if output_format == "json":
        assert [r["service_request_id"] for r in listed] == [code]
    else:  # xmltodict gives one element as a dict, several as a list
        assert listed["service_request_id"] == code


def test_civicbot_lists_services_sends_a_request_and_reads_it_back(live_server, api_key,
                                                                   coordinator, agency_a,
                                                                   kecamatan):
    """civicbot (pinned in [dev]) is a client that really POSTs: the whole cycle through it.
    It reads and sends JSON only (it parses every answer as JSON), so there is no XML case."""
    endpoint = Endpoint(id="wonosobo", name="Jembatan Wonosobo",
                        base_url=f"{live_server.url}/open311/v2", write=True)
    # civicbot waits half a second between two calls to one host unless told otherwise.
    transport = HttpTransport(rate_limiter=RateLimiter(min_interval=0), timeout=30)
    client = Open311Client(endpoint, transport=transport, jurisdiction_id="33.07")

    services = client.list_services()
    assert [s["service_code"] for s in services] == [
        "pengaduan", "aspirasi", "informasi", "pertanyaan"]
    assert all(s["metadata"] is True for s in services)
    definition = client.get_service_definition("pengaduan")
    assert [a["code"] for a in definition["attributes"]] == [
        "judul", "privasi", "kecamatan", "desa"]

    # validate_remote: civicbot checks the attributes against the definition it fetched, so
    # a value outside a list is refused before anything is sent.
    with pytest.raises(ValidationError, match="privasi"):
        client.create_request("pengaduan", validate_remote=True, lat=-7.3601, lng=109.9027,
                              description="x", attributes={"privasi": "umum"})
    sent = client.create_request(
        "pengaduan", dry_run=False, confirm="SEND", api_key=api_key, validate_remote=True,
        lat=-7.3601, lng=109.9027, account_id="warga-17",
        description="Jembatan gantung di Desa Tlogo miring setelah banjir.",
        attributes={"judul": "Jembatan gantung miring", "privasi": "publik",
                    "kecamatan": kecamatan.code})
    assert sent.dry_run is False
    [answer] = sent.response
    report = Report.objects.get()
    assert answer["service_request_id"] == report.tracking_code
    assert answer["account_id"] == "warga-17"
    assert (report.title, report.kecamatan) == ("Jembatan gantung miring", kecamatan)
    code = answer["service_request_id"]

    # The token leads to the id; civicbot reads without a key, as the public does: nothing
    # before the coordinator verifies the report, the request once it is verified.
    assert client.get_token(answer["token"]) == [
        {"service_request_id": code, "token": answer["token"]}]
    with pytest.raises(HttpError) as refused:
        client.get_request(code)
    assert refused.value.status == 404
    report_actions.report_dispose(report=report, actor=staff(coordinator), agency=agency_a)
    request = client.get_request(code)
    assert request["service_request_id"] == code
    assert request["status"] == "open"
    assert request["service_code"] == "pengaduan"
    assert request["address"] == kecamatan.name
    assert (request["lat"], request["long"]) == (None, None)
    assert [r["service_request_id"] for r in client.list_requests(service_request_ids=[code])] == [
        code]
    assert [r["service_request_id"] for r in client.list_requests(status="open")] == [code]
