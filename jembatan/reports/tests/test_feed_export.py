"""The Atom feed, the CSV export, "my reports" and the recompute command."""

import csv
import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from jembatan.core.actions import day_off_save
from jembatan.core.models import DayOff
from jembatan.reports.models import Privacy
from jembatan.reports.tests.factories import (
    REPORTER_EMAIL,
    REPORTER_NAME,
    ReportFactory,
    disposed_report,
    wib,
)

pytestmark = pytest.mark.django_db


def csv_rows(response) -> list[dict]:
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


# --- Feed -------------------------------------------------------------------------------------


def test_feed_lists_verified_public_reports_without_the_reporter(client, coordinator, agency_a):
    shown = disposed_report(coordinator, agency_a, privacy=Privacy.ANONIM)

    response = client.get(reverse("reports:feed"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert shown.title in body
    assert REPORTER_NAME not in body
    assert REPORTER_EMAIL not in body


def test_feed_never_lists_rahasia_or_unverified_reports(client, coordinator, agency_a):
    secret = disposed_report(coordinator, agency_a, privacy=Privacy.RAHASIA,
                             title="Dugaan pungli di kantor desa")
    unverified = ReportFactory(title="Belum diverifikasi koordinator")

    body = client.get(reverse("reports:feed")).content.decode()

    assert secret.title not in body
    assert secret.body not in body
    assert unverified.title not in body


# --- CSV export -------------------------------------------------------------------------------


def test_coordinator_exports_every_report_with_the_anonim_reporter(login, coordinator,
                                                                    agency_a):
    report = disposed_report(coordinator, agency_a, privacy=Privacy.ANONIM)

    response = login(coordinator).get(reverse("reports:export"))

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    rows = csv_rows(response)
    assert [row["tracking_code"] for row in rows] == [report.tracking_code]
    assert rows[0]["reporter_name"] == REPORTER_NAME


def test_agency_export_has_only_its_reports_and_hides_the_anonim_reporter(
    login, coordinator, officer_a, agency_a, agency_b
):
    own = disposed_report(coordinator, agency_a, privacy=Privacy.ANONIM)
    disposed_report(coordinator, agency_b)

    rows = csv_rows(login(officer_a).get(reverse("reports:export")))

    assert [row["tracking_code"] for row in rows] == [own.tracking_code]
    assert rows[0]["reporter_name"] == ""
    assert REPORTER_EMAIL not in str(rows)


def test_export_neutralises_text_a_spreadsheet_would_run_as_a_formula(login, coordinator,
                                                                       agency_a):
    disposed_report(coordinator, agency_a, title='=HYPERLINK("http://contoh.id","klik")')

    rows = csv_rows(login(coordinator).get(reverse("reports:export")))

    assert rows[0]["title"].startswith("'=")


def test_citizen_cannot_export(login, citizen):
    assert login(citizen).get(reverse("reports:export")).status_code == 403


def test_anonymous_visitor_is_sent_to_login_for_the_export(client):
    response = client.get(reverse("reports:export"))

    assert response.status_code == 302
    assert reverse("login") in response["Location"]


# --- My reports -------------------------------------------------------------------------------


def test_citizen_sees_the_reports_sent_from_their_account(login, citizen):
    mine = ReportFactory(reporter=citizen)
    ReportFactory(title="Laporan orang lain")

    response = login(citizen).get(reverse("reports:mine"))

    assert response.status_code == 200
    assert [report.pk for report in response.context["page"].items] == [mine.pk]


def test_my_reports_needs_an_account(client):
    assert client.get(reverse("reports:mine")).status_code == 302


def test_logged_in_reporter_opens_their_anonim_report_and_sees_the_reporter_tools(login,
                                                                                  citizen):
    report = ReportFactory(reporter=citizen, privacy=Privacy.ANONIM)

    response = login(citizen).get(report.get_absolute_url())

    assert response.status_code == 200
    assert response.context["is_reporter"] is True


# --- Recompute command ------------------------------------------------------------------------


def test_recompute_command_moves_an_open_deadline_after_a_new_day_off(coordinator, agency_a):
    # Disposed Monday 2 November 2026: five working days end on Monday 9 November.
    report = disposed_report(coordinator, agency_a, at=wib(2026, 11, 2))
    assert report.deadline == wib(2026, 11, 9, 23, 59).replace(second=59)
    day_off_save(day_off=DayOff(date=wib(2026, 11, 4).date(), name="Hari Jadi",
                                kind=DayOff.Kind.LOCAL), actor=coordinator)

    out = io.StringIO()
    call_command("recompute_deadlines", stdout=out)

    report.refresh_from_db()
    assert report.deadline.date() == wib(2026, 11, 10).date()
    assert out.getvalue().startswith("1 ")
