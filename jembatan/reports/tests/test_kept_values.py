"""What the coordinator's pages keep in the shared cache until a report changes: the tab counts
(new, returned, overdue; the overdue count also follows the clock within a minute) and a
report's similar open reports. A change to any report shows at once."""

import datetime as dt

import freezegun
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from jembatan.reports.selectors import report_counts_for_coordinator
from jembatan.reports.tests.factories import ReportFactory, disposed_report

pytestmark = pytest.mark.django_db


def counts_and_queries():
    with CaptureQueriesContext(connection) as queries:
        counts = report_counts_for_coordinator()
    return counts, len(queries.captured_queries)


def test_the_counts_are_counted_once_then_kept(jurisdiction):
    ReportFactory()
    first, counted = counts_and_queries()
    again, read = counts_and_queries()

    assert first == again == {"new": 1, "returned": 0, "overdue": 0}
    assert counted == 2
    assert read == 0


def test_a_new_or_disposed_report_shows_at_once(jurisdiction, coordinator, agency_a):
    ReportFactory()
    assert counts_and_queries()[0]["new"] == 1

    ReportFactory()
    assert counts_and_queries()[0]["new"] == 2
    disposed_report(coordinator, agency_a)  # new, then disposed: it has left the queue
    assert counts_and_queries()[0]["new"] == 2


def test_the_overdue_count_follows_the_clock_within_a_minute(jurisdiction):
    with freezegun.freeze_time("2026-12-01 08:00") as clock:
        report = ReportFactory()
        assert counts_and_queries()[0]["overdue"] == 0
        # Past the deadline: nothing about the report changed, only the time, and the kept
        # counts are at most a minute old.
        clock.move_to(report.deadline + dt.timedelta(minutes=1))
        assert counts_and_queries()[0]["overdue"] == 1


# --- a report's similar open reports, on the coordinator's staff page -------------------------

SIMILAR_BODY = ("Jalan di depan pasar Garung berlubang besar dan dalam, sudah dua motor jatuh "
                "minggu ini. Mohon segera ditambal sebelum musim hujan.")


def similar_on_page(client, report):
    from django.urls import reverse

    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("reports:staff_detail",
                                      kwargs={"code": report.tracking_code}))
    compared = sum("LIMIT 300" in q["sql"] for q in queries.captured_queries)
    return [r.tracking_code for r, _score in response.context["duplicates"]], compared


def test_a_reports_similar_reports_are_compared_once_then_kept(
        jurisdiction, login, coordinator, kecamatan, desa):
    first = ReportFactory(kecamatan=kecamatan, desa=desa, title="Jalan pasar Garung berlubang",
                          body=SIMILAR_BODY)
    report = ReportFactory(kecamatan=kecamatan, desa=desa, title="Lubang di jalan pasar Garung",
                           body=SIMILAR_BODY)
    client = login(coordinator)

    assert similar_on_page(client, report) == ([first.tracking_code], 1)
    assert similar_on_page(client, report) == ([first.tracking_code], 0)

    # A new report nearby about the same matter is there at once.
    second = ReportFactory(kecamatan=kecamatan, desa=desa, title="Jalan pasar Garung rusak",
                           body=SIMILAR_BODY)
    found, compared = similar_on_page(client, report)
    assert set(found) == {first.tracking_code, second.tracking_code}
    assert compared == 1
