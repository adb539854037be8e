"""GET /api/v1/insights/scorecard: the contract (fields, nulls, public figures, errors)."""

import datetime as dt

import pytest
from django.utils import timezone

from jembatan.core.models import Agency
from jembatan.insights import actions, rollups
from jembatan.reports.tests.factories import answered_report, disposed_report, wib

pytestmark = pytest.mark.django_db

URL = "/api/v1/insights/scorecard"
FIELDS = ["agency", "name", "received", "verified_on_time_rate", "followed_up_on_time_rate",
          "first_response_hours_median", "resolution_days_median", "rating_mean",
          "open_overdue", "social_reply_rate", "informative_share"]
PUBLIC = {"received", "followed_up_on_time_rate", "first_response_hours_median", "rating_mean",
          "social_reply_rate", "informative_share"}


@pytest.fixture
def august(coordinator, officer_a, agency_a, agency_b):
    answered_report(coordinator, officer_a, agency_a, at=wib(2026, 8, 3, 9),
                    answered_at=wib(2026, 8, 4, 9))
    disposed_report(coordinator, agency_a, at=wib(2026, 8, 5, 9))
    rollups.rebuild_all()
    return {"from": "2026-08-01", "to": "2026-08-31"}


def test_one_item_per_active_agency_with_exactly_the_agreed_fields(api, august, agency_a,
                                                                     agency_b, agency_c):
    Agency.objects.filter(pk=agency_c.pk).update(is_active=False)
    response = api.get(URL, **august)
    assert response.status_code == 200
    items = response.json()
    assert [item["agency"] for item in items] == sorted(
        [agency_a.slug, agency_b.slug], key=lambda slug: Agency.objects.get(slug=slug).name)
    for item in items:
        assert list(item) == FIELDS


def test_staff_see_every_figure(api, august, agency_a, officer_b_token):
    item = next(i for i in api.get(URL, token=officer_b_token, **august).json()
                if i["agency"] == agency_a.slug)
    assert item["received"] == 2
    assert item["followed_up_on_time_rate"] == 0.5
    assert item["verified_on_time_rate"] == 1.0
    assert item["resolution_days_median"] == 1.0
    assert item["open_overdue"] == 1
    assert item["rating_mean"] is None  # nobody rated: null, not 0
    assert item["social_reply_rate"] is None


def test_the_public_sees_only_the_public_figures(api, august, agency_a):
    item = next(i for i in api.get(URL, **august).json() if i["agency"] == agency_a.slug)
    assert item["received"] == 2
    assert item["followed_up_on_time_rate"] == 0.5
    for field in set(FIELDS) - PUBLIC - {"agency", "name"}:
        assert item[field] is None, field


def test_the_coordinators_choice_decides_what_the_public_sees(api, august, agency_a,
                                                              coordinator):
    actions.publication_update(actor=coordinator, metric_keys=["open_overdue"])
    item = next(i for i in api.get(URL, **august).json() if i["agency"] == agency_a.slug)
    assert item["open_overdue"] == 1
    assert item["received"] is None
    assert item["followed_up_on_time_rate"] is None


def test_a_citizens_token_is_the_public(api, august, agency_a, citizen_token):
    item = next(i for i in api.get(URL, token=citizen_token, **august).json()
                if i["agency"] == agency_a.slug)
    assert item["open_overdue"] is None


def test_the_default_period_is_the_last_30_days(api, coordinator, agency_a, officer_a_token):
    now = timezone.now()
    disposed_report(coordinator, agency_a, at=now - dt.timedelta(days=29))
    disposed_report(coordinator, agency_a, at=now - dt.timedelta(days=31))
    rollups.rebuild_all()
    item = next(i for i in api.get(URL, token=officer_a_token).json()
                if i["agency"] == agency_a.slug)
    assert item["received"] == 1


@pytest.mark.parametrize(("params", "code"), [
    ({"from": "2026-13-01"}, "invalid_date"),
    ({"from": "01/08/2026"}, "invalid_date"),
    ({"to": "20260801"}, "invalid_date"),
    ({"from": "2026-08-31", "to": "2026-08-01"}, "invalid_period"),
    ({"from": "2020-01-01", "to": "2026-08-01"}, "period_too_long"),
])
def test_bad_periods_are_a_400_with_a_code_and_a_message(api, agency_a, params, code):
    response = api.get(URL, **params)
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == code
    assert body["message"]


def test_an_overlong_parameter_is_a_400(api, agency_a):
    assert api.get(URL, **{"from": "2026-08-01" * 5}).status_code == 400


def test_the_query_count_does_not_grow_with_agencies_or_days(
        api, august, coordinator, agency_c, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        assert api.get(URL, **{"from": "2025-09-01", "to": "2026-08-31"}).status_code == 200
    for n in range(5):
        Agency.objects.create(name=f"Kantor Uji {n}", short_name=f"Uji {n}", slug=f"uji-{n}",
                              kind=Agency.Kind.LAINNYA)
    with django_assert_max_num_queries(12):
        assert len(api.get(URL, **{"from": "2025-09-01", "to": "2026-08-31"}).json()) == 8
