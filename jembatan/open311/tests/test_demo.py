"""The Wonosobo demo's Open311 client and its reports."""

import pytest

from jembatan.open311.demo.loader import CLIENT_NAME, open311_demo_load
from jembatan.open311.models import ClientKey, Submission
from jembatan.reports.models import Channel, Report

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("wonosobo_demo")]


def test_demo_holds_an_open311_client_with_reports_in_every_field():
    client = ClientKey.objects.get()
    reports = Report.objects.filter(channel=Channel.OPEN311)

    assert client.name == CLIENT_NAME
    assert reports.count() >= 3
    assert all(report.kecamatan_id and report.category_id for report in reports)
    assert Submission.objects.filter(client=client).count() == reports.count()


def test_the_report_staff_page_names_the_client(login):
    from jembatan.core.models import User

    report = Report.objects.filter(channel=Channel.OPEN311).first()
    html = login(User.objects.get(username="koordinator")).get(
        f"/staf/laporan/{report.tracking_code}/").content.decode()

    assert CLIENT_NAME in html


def test_demo_runs_twice_without_duplicates():
    count = Report.objects.filter(channel=Channel.OPEN311).count()
    open311_demo_load(log=lambda *_: None)

    assert Report.objects.filter(channel=Channel.OPEN311).count() == count
    assert ClientKey.objects.count() == 1
