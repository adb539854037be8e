"""The coordinator's tab counts (new, returned, overdue) are kept in the shared cache: a change
to any report shows at once, and the overdue count follows the clock within a minute."""

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
