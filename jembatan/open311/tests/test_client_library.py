"""An Open311 client from the package registry (georeport, pinned in [dev]) against a live
server: it lists the services, reads a service definition, and reads back a request sent
through the server. georeport 0.3.1 cannot create requests (its README says so), so the
request is sent as the specification's form POST with requests, the HTTP library georeport
itself uses."""

import pytest
import requests
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
