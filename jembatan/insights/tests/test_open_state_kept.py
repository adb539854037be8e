"""Today's open reports worked out once and kept (insights.open_state, decision 0058): the kept
answer is the one worked out from the rows, a change of the rows shows at once, a new day
counts again, nothing is kept inside a transaction; and the start page's overdue reports per
agency, read from them, equal the rows of the lists they link to.

Transactional tests: the answer is only kept when read outside a transaction, as a web page
reads it; inside one (every action, every ordinary test) it is worked out from the rows."""

import datetime as dt
import re

import pytest
from django.core.cache import cache
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from jembatan.core import start_counts
from jembatan.core.workdays import JAKARTA
from jembatan.insights import rollups, selectors
from jembatan.insights.open_state import KEY_PREFIX, now_state, overdue_by
from jembatan.reports import actions as report_actions
from jembatan.reports.models import Report
from jembatan.reports.tests.factories import (
    ReportFactory,
    disposed_report,
    in_progress_report,
    staff,
)

pytestmark = pytest.mark.django_db(transaction=True)


def _kept_keys() -> list[str]:
    return [key for key in cache._cache if KEY_PREFIX in key]  # the local-memory cache


def _late(report, now, days=1):
    # Deadlines end at 23:59:59 Jakarta time: one that passed is of an earlier day.
    Report.objects.filter(pk=report.pk).update(deadline=now - dt.timedelta(days=days))


@pytest.fixture
def open_reports(immediate_tasks, coordinator, officer_a, agency_a, agency_b):
    """Open reports of two agencies and the coordinator's queue, two of them late."""
    now = timezone.now()
    disposed_report(coordinator, agency_a)
    _late(in_progress_report(coordinator, officer_a, agency_a), now)
    _late(disposed_report(coordinator, agency_b), now, days=2)
    ReportFactory()  # still with the coordinator
    rollups.refresh_open_state()  # the deadlines were moved with update(): no action recounts
    return now


def _worked_out(now):
    with transaction.atomic():  # inside a transaction nothing is read from or kept in the cache
        return (now_state(agency_ids=None, now=now),
                {by: overdue_by(by, agency_id=None, now=now)
                 for by in ("kecamatan", "category", "channel", "kind")})


def test_the_kept_answer_is_the_one_worked_out_from_the_rows(open_reports, agency_a, agency_b,
                                                             django_assert_num_queries):
    now = open_reports
    expected_state, expected_by = _worked_out(now)
    assert expected_state[0][agency_a.pk] == 1
    assert expected_state[0][agency_b.pk] == 1
    assert sum(expected_state[1][agency_a.pk].values()) == 2

    assert now_state(agency_ids=None, now=now) == expected_state
    assert _kept_keys()
    with django_assert_num_queries(2):  # the rows' stamp once per call; not the rows
        assert now_state(agency_ids=None, now=now) == expected_state
        assert now_state(agency_ids=[agency_a.pk], now=now) == (
            {agency_a.pk: 1}, {agency_a.pk: expected_state[1][agency_a.pk]})
    for by, counts in expected_by.items():
        assert overdue_by(by, agency_id=None, now=now) == counts
    expected_kinds = _one_agency(now, agency_b.pk)
    with django_assert_num_queries(1):
        assert overdue_by("kind", agency_id=agency_b.pk, now=now) == expected_kinds


def _one_agency(now, agency_id):
    with transaction.atomic():
        return overdue_by("kind", agency_id=agency_id, now=now)


def test_a_report_action_shows_at_once(open_reports, coordinator, officer_a, agency_a):
    now = open_reports
    before = now_state(agency_ids=[agency_a.pk], now=now)[1][agency_a.pk]

    disposed_report(coordinator, agency_a)  # its recount runs once the action has committed

    after = now_state(agency_ids=[agency_a.pk], now=now)[1][agency_a.pk]
    assert after["0-5"] == before["0-5"] + 1

    report_actions.report_respond(report=in_progress_report(coordinator, officer_a, agency_a),
                                  actor=staff(officer_a), message="Sudah kami perbaiki.")
    # One more disposed, then answered: no longer waiting.
    assert now_state(agency_ids=[agency_a.pk], now=now)[1][agency_a.pk]["0-5"] == after["0-5"]


def test_an_agency_whose_last_open_report_closed_drops_out(immediate_tasks, coordinator,
                                                           officer_a, agency_a):
    now = timezone.now()
    report = in_progress_report(coordinator, officer_a, agency_a)
    _late(report, now)
    rollups.refresh_open_state()
    assert now_state(agency_ids=None, now=now)[0][agency_a.pk] == 1

    # Its row is deleted and none written in its place: the stamp still changes.
    Report.objects.filter(pk=report.pk).update(status="selesai", deadline=None)
    rollups.refresh_open_state([agency_a.pk])

    assert now_state(agency_ids=None, now=now)[0].get(agency_a.pk, 0) == 0
    assert all(row["slug"] != agency_a.slug for row in selectors.overdue_by_agency(now=now)[0])


def test_a_new_day_counts_yesterdays_deadlines_as_overdue(immediate_tasks, coordinator,
                                                          agency_a):
    now = timezone.now()
    report = disposed_report(coordinator, agency_a)
    end_of_today = dt.datetime.combine(now.astimezone(JAKARTA).date(), dt.time(23, 59, 59),
                                       tzinfo=JAKARTA)
    Report.objects.filter(pk=report.pk).update(deadline=end_of_today)
    rollups.refresh_open_state()

    assert now_state(agency_ids=None, now=now)[0][agency_a.pk] == 0
    # No row changed; the day did.
    assert now_state(agency_ids=None, now=now + dt.timedelta(days=1))[0][agency_a.pk] == 1


def test_nothing_is_kept_inside_a_transaction(open_reports):
    with transaction.atomic():
        now_state(agency_ids=None, now=open_reports)
        overdue_by("kecamatan", agency_id=None, now=open_reports)

    assert _kept_keys() == []


def _rows_on(client, url: str) -> int:
    content = client.get(url).content.decode()
    return len(set(re.findall(r'href="/staf/laporan/([A-Z0-9-]+)/"', content)))


def test_the_start_pages_overdue_per_agency_equal_the_rows_of_their_lists(
        open_reports, login, coordinator, agency_a, agency_b):
    queue = ReportFactory()
    _late(queue, open_reports)
    rollups.refresh_open_state([None])
    item = next(item for item in start_counts.coordinator_work(coordinator)
                if item.key == "overdue")
    client = login(coordinator)

    assert {row["slug"]: row["count"] for row in item.rows} == {
        agency_a.slug: 1, agency_b.slug: 1, "": 1}
    for row in item.rows:
        assert _rows_on(client, row["url"]) == row["count"], row["slug"]
    assert sum(row["count"] for row in item.rows) == item.count
    content = client.get(reverse("core:start")).content.decode()
    assert "Per instansi: dihitung setelah perubahan terakhir, pukul" in content
