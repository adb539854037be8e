"""A report that came through Open311 names its client on the staff page: the name the key had
when the report arrived, what it is called now and whether its key is revoked, and the client's
account id of the reporter to those who may see the reporter. The public page names no client."""

import pytest
from django.urls import reverse

from jembatan.open311 import actions
from jembatan.reports import actions as report_actions
from jembatan.reports.models import Privacy
from jembatan.reports.tests.factories import ReportFactory, staff

pytestmark = pytest.mark.django_db


def sent(client_key, *, privacy=Privacy.PUBLIK, account_id="warga-42"):
    key, _raw = client_key
    submission, _created = actions.open311_report_submit(
        client=key, kind="pengaduan", category=None, title="Lampu jalan mati",
        body="Lampu penerangan jalan di depan pasar Garung mati seminggu.", privacy=privacy,
        kecamatan=None, desa=None, address="Pasar Garung", latitude=None, longitude=None,
        reporter_name="", reporter_email="", reporter_phone="", device_id="hp-7",
        account_id=account_id, media_url="", idempotency_key=None)
    return submission.report


def staff_page(login, user, report):
    response = login(user).get(reverse("reports:staff_detail", args=[report.tracking_code]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_coordinator_sees_which_client_sent_the_report(login, coordinator, client_key):
    page = staff_page(login, coordinator, sent(client_key))

    assert "Dikirim melalui Open311 oleh klien “Aplikasi Lapor Warga”." in page
    assert "warga-42" in page


def test_a_renamed_or_revoked_client_keeps_the_name_it_sent_under(login, coordinator,
                                                                   client_key):
    report = sent(client_key)
    key, _raw = client_key
    key.name = "Lapor Wonosobo"  # renamed in the admin
    key.save(update_fields=["name"])
    actions.client_key_revoke(key=key, actor=coordinator)

    page = staff_page(login, coordinator, report)

    assert "oleh klien “Aplikasi Lapor Warga”." in page
    assert "Nama klien itu sekarang “Lapor Wonosobo”." in page
    assert "Kuncinya sudah dicabut." in page


def test_an_officer_who_may_not_see_an_anonymous_reporter_sees_the_client_not_the_account(
        login, coordinator, officer_a, agency_a, client_key):
    report = sent(client_key, privacy=Privacy.ANONIM)
    report_actions.report_dispose(report=report, actor=staff(coordinator), agency=agency_a)

    page = staff_page(login, officer_a, report)

    assert "oleh klien “Aplikasi Lapor Warga”." in page
    assert "warga-42" not in page


def test_the_public_page_names_no_client(client, coordinator, agency_a, client_key):
    report = sent(client_key)
    report_actions.report_dispose(report=report, actor=staff(coordinator), agency=agency_a)

    page = client.get(report.get_absolute_url()).content.decode()

    assert "Aplikasi Lapor Warga" not in page


def test_a_report_of_another_channel_has_no_client_line(login, coordinator):
    report = ReportFactory()

    assert 'id="open311-client"' not in staff_page(login, coordinator, report)
