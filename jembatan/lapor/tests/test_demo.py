"""The Wonosobo demo's reports from SP4N-LAPOR!."""

import pytest

from jembatan.lapor.demo.loader import lapor_demo_load
from jembatan.lapor.models import LaporLink
from jembatan.reports.models import Channel, Privacy, Status

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("wonosobo_demo")]


def test_demo_holds_lapor_reports_in_many_statuses_and_both_privacy_options():
    links = LaporLink.objects.select_related("report")
    reports = [link.report for link in links]

    assert len(reports) >= 6
    assert {report.channel for report in reports} == {Channel.LAPOR}
    assert {Status.BARU, Status.DIDISPOSISIKAN, Status.DITINDAKLANJUTI, Status.SELESAI,
            Status.DITOLAK} <= {report.status for report in reports}
    assert {Privacy.ANONIM, Privacy.RAHASIA} <= {report.privacy for report in reports}
    assert all(report.lead_agency_id for report in reports
               if report.status not in (Status.BARU, Status.DITOLAK))


def test_demo_runs_twice_without_duplicates():
    count = LaporLink.objects.count()
    lapor_demo_load(log=lambda *_: None)

    assert LaporLink.objects.count() == count
