"""A NUL character typed or forged into an HTML form gives a form error, never a 500.

PostgreSQL cannot store or compare text holding NUL. Text fields refuse it through Django's own
validator; choice fields that look their value up by slug or code must refuse it before the
lookup (jembatan.core.forms), and the few views without a form drop it. Run on PostgreSQL in CI.
"""

import pytest
from django.urls import reverse

from jembatan.reports.models import Report, Status
from jembatan.reports.tests.factories import ReportFactory, answered_report, report_form_data

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("field", ["kecamatan", "desa", "title", "reporter_name", "kind"])
def test_the_public_report_form_answers_a_nul_with_a_form_error(client, field):
    response = client.post(reverse("reports:submit"), report_form_data(**{field: "33\x0007"}))

    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert not Report.objects.exists()


@pytest.mark.parametrize("data", [
    {"agency": "dpupr\x00", "kind": "pengaduan", "privacy": "publik"},
    {"agency": "dpupr", "supporting": ["x\x00"], "kind": "pengaduan", "privacy": "publik"},
    {"agency": "dpupr", "kecamatan": "\x00", "kind": "pengaduan", "privacy": "publik"},
])
def test_the_dispose_form_answers_a_nul_with_a_form_error(login, coordinator, agency_a, data):
    report = ReportFactory()

    response = login(coordinator).post(
        reverse("reports:staff_action", kwargs={"code": report.tracking_code,
                                                "action": "dispose"}), data)

    # The page answers a refused action by going back to the report with the form's error.
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == Status.BARU


def test_a_reporter_reason_with_a_nul_is_kept_without_it(client, coordinator, officer_a,
                                                          agency_a):
    report = answered_report(coordinator, officer_a, agency_a)
    client.post(reverse("reports:track"), {"tracking_code": report.tracking_code,
                                           "access_key": report.access_key})

    response = client.post(reverse("reports:reporter_action",
                                   kwargs={"code": report.tracking_code, "action": "reopen"}),
                           {"reason": "Masih\x00 berlubang."})

    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status != Status.DITINDAKLANJUTI
    assert "\x00" not in report.events.order_by("-pk").first().note


def test_a_nul_in_a_public_filter_is_400(client):
    response = client.get(reverse("reports:list"), {"agency": "dpupr\x00"})

    assert response.status_code == 400


def test_bulk_dispose_with_a_nul_code_is_a_form_error(login, coordinator, agency_a):
    report = ReportFactory()

    response = login(coordinator).post(reverse("reports:bulk_dispose"), {
        "codes": [report.tracking_code, "WSB\x00"], "agency": "dpupr"})

    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == Status.BARU
