"""The privacy canary of decision 0023 on the Open311 surfaces: a NIK, a phone number, an
email and a house number in every typed field of publik, anonim and rahasia reports, the
reporter's name, email and phone in the reporter's fields, and none of them in any Open311
answer, JSON or XML. (A name typed in free text is not found by the masking, decision 0023.)"""

import pytest

from jembatan.core.workflow import Actor
from jembatan.reports import actions as report_actions
from jembatan.reports.models import Privacy
from jembatan.reports.tests.factories import (
    REPORTER_EMAIL,
    REPORTER_NAME,
    REPORTER_PHONE,
    answered_report,
    staff,
)

pytestmark = pytest.mark.django_db

NIK = "3307121203850004"
CANARY = (f"Saya warga Garung, NIK {NIK}, HP {REPORTER_PHONE}, email {REPORTER_EMAIL}, "
          "rumah di Jl. Kenanga No. 17.")
SECRETS = (NIK, REPORTER_PHONE, REPORTER_EMAIL, "No. 17", REPORTER_NAME, "Wulandari")
CONFIDENTIAL = "Kepala seksi meminta uang pelicin Rp 2 juta."
INTERNAL = "Catatan internal: pelapor adalah kerabat kepala desa."


@pytest.fixture
def reports(coordinator, officer_a, agency_a):
    made = {}
    for privacy in Privacy:
        report = answered_report(
            coordinator, officer_a, agency_a, privacy=privacy,
            title=f"Laporan {privacy} {CONFIDENTIAL if privacy == 'rahasia' else ''}",
            body=f"{CANARY} {CONFIDENTIAL if privacy == 'rahasia' else ''}",
            address="Jl. Kenanga No. 17", answer=f"Kami hubungi di {REPORTER_PHONE}. {CANARY}")
        report_actions.message_post(report=report, actor=staff(officer_a), body=INTERNAL,
                                    visibility="internal")
        report_actions.message_post(report=report, actor=Actor(is_reporter=True),
                                    body=CANARY, visibility="public")
        made[privacy] = report
    return made


def answers(client, api_key, reports):
    codes = ",".join(r.tracking_code for r in reports.values())
    for fmt in ("json", "xml"):
        yield client.get(f"/open311/v2/requests.{fmt}").content.decode()
        yield client.get(f"/open311/v2/requests.{fmt}",
                         {"service_request_id": codes, "api_key": api_key}).content.decode()
        for report in reports.values():
            yield client.get(f"/open311/v2/requests/{report.tracking_code}.{fmt}").content.decode()
        yield client.get(f"/open311/v2/servicerequestupdates.{fmt}",
                         {"api_key": api_key}).content.decode()


def test_no_identity_no_confidential_content_no_internal_note(client, api_key, reports):
    seen = list(answers(client, api_key, reports))
    assert any(reports[Privacy.PUBLIK].tracking_code in text for text in seen)
    assert any("disamarkan" in text for text in seen)  # the masked text is there
    for text in seen:
        for secret in SECRETS:
            assert secret not in text
        assert "pelicin" not in text
        assert INTERNAL not in text
        assert reports[Privacy.RAHASIA].tracking_code not in text
        assert "-7." not in text  # no coordinates, whatever a report holds


def test_rahasia_is_404_to_the_public(client, reports):
    code = reports[Privacy.RAHASIA].tracking_code
    assert client.get(f"/open311/v2/requests/{code}.json").status_code == 404


def test_a_clients_own_rahasia_report_comes_back_without_its_text(client, api_key):
    response = client.post("/open311/v2/requests.json", {
        "api_key": api_key, "service_code": "pengaduan", "address_string": "Kantor desa",
        "description": f"{CONFIDENTIAL} {CANARY}", "attribute[privasi]": "rahasia"})
    code = response.json()[0]["service_request_id"]
    row, = client.get(f"/open311/v2/requests/{code}.json", {"api_key": api_key}).json()
    assert row["description"] is None
    assert row["address"] is None
    assert client.get(f"/open311/v2/requests/{code}.json").status_code == 404
