"""Response metrics per agency and channel, computed by the database, and their page."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from jembatan.connectors import inbound
from jembatan.connectors.metrics import response_metrics
from jembatan.connectors.tests.staff_factories import comment, whatsapp

pytestmark = pytest.mark.django_db


def _answered_after(conversation, seconds: int) -> None:
    inbound.mark_answered(conversation,
                          at=conversation.waiting_since + dt.timedelta(seconds=seconds))


@pytest.fixture
def history(agency_a, agency_b):
    now = timezone.now()
    start = now - dt.timedelta(hours=6)
    for n, seconds in enumerate((60, 120, 600)):
        _answered_after(whatsapp(agency_a, number=f"62812000001{n}", at=start), seconds)
    whatsapp(agency_a, number="6281200000199", at=start)  # still waiting
    comment(agency_a, channel="facebook", body="Terima kasih min", at=start)  # no reply needed
    _answered_after(comment(agency_b, body="Kapan air nyala?", at=start), 30)
    _answered_after(comment(agency_b, body="Pipa bocor di mana lapornya?", at=start), 90)
    # Started before the period: not received in it, but still waiting now.
    whatsapp(agency_b, number="6281200000777", at=now - dt.timedelta(days=40))
    return now - dt.timedelta(days=1), now + dt.timedelta(minutes=1)


def _row(rows, agency, channel=None):
    return next(r for r in rows if r.agency == agency and (channel is None
                                                           or r.channel == channel))


def test_per_agency_and_channel(coordinator, agency_a, agency_b, history):
    start, end = history
    result = response_metrics(user=coordinator, start=start, end=end)
    wa = _row(result.rows, agency_a, "whatsapp")
    assert (wa.received, wa.needed_reply, wa.answered, wa.unanswered_now) == (4, 4, 3, 1)
    assert wa.response_rate == pytest.approx(0.75)
    assert wa.median_seconds == 120
    assert wa.mean_seconds == pytest.approx(260)
    fb = _row(result.rows, agency_a, "facebook")
    assert (fb.received, fb.needed_reply, fb.answered) == (1, 0, 0)
    assert fb.response_rate is None
    ig = _row(result.rows, agency_b, "instagram")
    assert ig.median_seconds == 60  # the mean of the middle two of an even count
    b_wa = _row(result.rows, agency_b, "whatsapp")
    assert (b_wa.received, b_wa.unanswered_now) == (0, 1)


def test_totals_per_agency_and_overall(coordinator, agency_a, agency_b, history):
    start, end = history
    result = response_metrics(user=coordinator, start=start, end=end)
    a = _row(result.agencies, agency_a)
    assert (a.received, a.needed_reply, a.answered, a.unanswered_now) == (5, 4, 3, 1)
    assert a.median_seconds == 120
    assert result.total.received == 7
    assert result.total.answered == 5
    assert result.total.unanswered_now == 2
    assert result.total.median_seconds == 90


def test_agency_staff_see_only_their_agency(officer_b, agency_a, agency_b, history):
    start, end = history
    result = response_metrics(user=officer_b, start=start, end=end)
    assert {row.agency for row in result.rows} == {agency_b}
    assert result.total.received == 2


def test_metrics_are_a_fixed_number_of_queries(coordinator, history,
                                               django_assert_max_num_queries):
    start, end = history
    with django_assert_max_num_queries(10):
        response_metrics(user=coordinator, start=start, end=end)


def test_page_for_coordinator_and_officer(login, coordinator, officer_b, agency_a, agency_b,
                                          history):
    url = reverse("connectors:metrics")
    html = login(coordinator).get(url).content.decode()
    assert "DPUPR" in html
    assert "Tirta Aji" in html
    assert "75%" in html
    html = login(officer_b).get(url).content.decode()
    assert "Tirta Aji" in html
    assert "DPUPR" not in html
    response = login(officer_b).get(url, {"date_from": "2026-01-10", "date_to": "2026-01-01"})
    assert response.status_code == 200


def test_page_is_refused_to_citizens(login, citizen):
    assert login(citizen).get(reverse("connectors:metrics")).status_code == 403


@pytest.mark.parametrize("query", [{"date_to": "9999-12-31"}, {"date_from": "0001-01-01"},
                                   {"date_from": "9999-12-31", "date_to": "0001-01-01"}])
def test_dates_at_the_calendars_ends_fall_back_to_the_last_30_days(login, coordinator, query):
    response = login(coordinator).get(reverse("connectors:metrics"), query)

    assert response.status_code == 200
    assert response.context["form"].errors
    assert response.context["last_day"].date() == timezone.localdate()
