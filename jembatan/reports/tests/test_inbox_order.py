"""The inbox's open tab lists what must be done first: overdue reports (the oldest deadline
first), then the soonest deadline of the running clock, reports without one last, ties by the
time received; the other tabs stay newest first. Pages of that order cover every report once."""

import base64
import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from jembatan.core.pagination import (
    InvalidCursor,
    decode_due_cursor,
    encode_due_cursor,
    keyset_page_due_first,
)
from jembatan.reports import views
from jembatan.reports.models import Report
from jembatan.reports.tests.factories import (
    answered_report,
    disposed_report,
    held_report,
)

pytestmark = pytest.mark.django_db

INBOX = reverse("reports:inbox")
MOMENT = dt.datetime(2026, 3, 17, 3, 0, tzinfo=dt.UTC)


def set_clock(report, *, deadline, received):
    Report.objects.filter(pk=report.pk).update(deadline=deadline, created_at=received)
    return report


def codes(response):
    return [r.tracking_code for r in response.context["page"].items]


@pytest.fixture
def mixed(coordinator, officer_a, agency_a):
    """Open reports overdue, due soon, due later and without a running clock, and finished
    ones, each received at a time that would put them in another order newest first."""
    now = timezone.now()
    day = dt.timedelta(days=1)
    made = {
        "overdue_long": set_clock(disposed_report(coordinator, agency_a),
                                  deadline=now - 5 * day, received=now - 2 * day),
        "overdue_recent": set_clock(disposed_report(coordinator, agency_a),
                                    deadline=now - day, received=now - 20 * day),
        "due_soon": set_clock(disposed_report(coordinator, agency_a),
                              deadline=now + day, received=now - 3 * day),
        "due_later": set_clock(disposed_report(coordinator, agency_a),
                               deadline=now + 6 * day, received=now - 4 * day),
        "held_old": set_clock(held_report(coordinator, officer_a, agency_a),
                              deadline=None, received=now - 30 * day),
        "held_new": set_clock(held_report(coordinator, officer_a, agency_a),
                              deadline=None, received=now - day),
        "finished_old": set_clock(answered_report(coordinator, officer_a, agency_a),
                                  deadline=None, received=now - 40 * day),
        "finished_new": set_clock(answered_report(coordinator, officer_a, agency_a),
                                  deadline=None, received=now - 2 * day),
    }
    return {name: report.tracking_code for name, report in made.items()}


@pytest.mark.parametrize("who", ["coordinator", "officer_a"])
def test_open_work_is_ordered_overdue_first_then_by_deadline_then_undated(
    request, login, mixed, who
):
    response = login(request.getfixturevalue(who)).get(INBOX)

    assert codes(response) == [mixed[name] for name in (
        "overdue_long", "overdue_recent", "due_soon", "due_later", "held_old", "held_new")]
    assert "Diurutkan menurut tenggat: yang terlambat dulu." in response.content.decode()


def test_finished_and_all_tabs_stay_newest_first(login, officer_a, mixed):
    client = login(officer_a)

    done = client.get(INBOX, {"view": "done"})
    every = client.get(INBOX, {"view": "all"})

    assert codes(done) == [mixed["finished_new"], mixed["finished_old"]]
    assert codes(every)[0] == mixed["held_new"]
    assert codes(every)[-1] == mixed["finished_old"]
    assert "Diurutkan menurut waktu diterima: yang terbaru dulu." in done.content.decode()


def test_a_chosen_status_lists_newest_first(login, officer_a, mixed):
    response = login(officer_a).get(INBOX, {"status": "ditunda"})

    assert codes(response) == [mixed["held_new"], mixed["held_old"]]


def test_overdue_filter_on_open_work_starts_with_the_oldest_deadline(login, officer_a, mixed):
    response = login(officer_a).get(INBOX, {"overdue": "on"})

    assert codes(response) == [mixed["overdue_long"], mixed["overdue_recent"]]


@pytest.fixture
def ties(coordinator, officer_a, agency_a):
    """Eleven open reports in five groups sharing a deadline and often a receipt time too."""
    same = MOMENT - dt.timedelta(days=9)
    plan = [
        (MOMENT, same), (MOMENT, same), (MOMENT, same),
        (MOMENT, same - dt.timedelta(hours=1)),
        (MOMENT + dt.timedelta(days=2), same), (MOMENT + dt.timedelta(days=2), same),
        (None, same), (None, same), (None, same - dt.timedelta(hours=2)),
    ]
    reports = [set_clock(disposed_report(coordinator, agency_a), deadline=d, received=r)
               for d, r in plan[:6]]
    reports += [set_clock(held_report(coordinator, officer_a, agency_a), deadline=d, received=r)
                for d, r in plan[6:]]
    reports = [Report.objects.get(pk=r.pk) for r in reports]
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    return [r.tracking_code for r in sorted(
        reports, key=lambda r: (r.deadline or far, r.created_at, r.pk))]


@pytest.mark.parametrize("size", [1, 2, 3, 4, 6, 9, 20])
def test_pages_of_open_work_return_every_report_exactly_once(
    login, officer_a, ties, monkeypatch, size
):
    monkeypatch.setattr(views, "PAGE_SIZE", size)
    client = login(officer_a)
    seen, cursor, pages = [], None, 0
    while True:
        response = client.get(INBOX, {"cursor": cursor} if cursor else {})
        page = response.context["page"]
        seen += [r.tracking_code for r in page.items]
        pages += 1
        if not page.next_cursor:
            break
        cursor = page.next_cursor
        assert pages < 20

    assert seen == ties
    assert pages == max(1, -(-len(ties) // size))


def test_the_open_tab_query_count_does_not_grow_with_its_reports(
    login, coordinator, officer_a, agency_a, django_assert_max_num_queries
):
    client = login(officer_a)
    disposed_report(coordinator, agency_a)
    held_report(coordinator, officer_a, agency_a)
    with django_assert_max_num_queries(60) as few:
        client.get(INBOX)
    for _ in range(4):
        disposed_report(coordinator, agency_a)
        held_report(coordinator, officer_a, agency_a)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(INBOX)


def test_a_broken_cursor_shows_the_first_page_with_a_message(login, officer_a, mixed):
    response = login(officer_a).get(INBOX, {"cursor": "rusak!!"})

    assert codes(response)[0] == mixed["overdue_long"]
    assert "halaman pertama laporan" in response.content.decode()


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def test_the_due_cursor_round_trips_with_and_without_a_deadline():
    assert decode_due_cursor(encode_due_cursor(MOMENT, MOMENT, 7)) == (MOMENT, MOMENT, 7)
    assert decode_due_cursor(encode_due_cursor(None, MOMENT, 7)) == (None, MOMENT, 7)


@pytest.mark.parametrize("cursor", [
    "é", _b64(b"2026-03-17T10:00:00+07:00|5"),
    _b64(b"2026-03-17T10:00:00|2026-03-17T10:00:00+07:00|5"),
    _b64(b"-|2026-03-17T10:00:00+07:00|0"),
    _b64(b"besok|2026-03-17T10:00:00+07:00|5"),
    _b64(b"-|2026-03-17T10:00:00+07:00|5|6"),
    _b64(b"9999-12-31T23:59:59-14:00|2026-03-17T10:00:00+07:00|5"),
])
def test_a_tampered_due_cursor_is_refused(cursor):
    with pytest.raises(InvalidCursor):
        keyset_page_due_first(Report.objects.all(), cursor=cursor, size=5)
