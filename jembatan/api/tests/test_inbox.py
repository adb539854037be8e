"""GET /api/v1/inbox: staff only, scoped, filtered, paged by cursor, in constant queries."""

import datetime as dt

import pytest
from django.utils import timezone

from jembatan.core.workflow import Actor
from jembatan.reports import actions

from .conftest import REPORTER_EMAIL, REPORTER_NAME

URL = "/api/v1/inbox"


@pytest.fixture
def make_reports(submit, dispose):
    """make_reports(n, agency, ...) sends n reports and disposes them to `agency`."""

    def make(count, agency=None, *, start=None, **submit_kwargs):
        start = start or timezone.now() - dt.timedelta(hours=count + 1)
        reports = []
        for n in range(count):
            report, _key = submit(at=start + dt.timedelta(minutes=n), **submit_kwargs)
            if agency is not None:
                report = dispose(report, agency)
            reports.append(report)
        return reports

    return make


def codes_of(response):
    return [item["tracking_code"] for item in response.json()["items"]]


def test_no_token_is_401(api, db):
    assert api.get(URL).status_code == 401


def test_citizen_account_is_403(api, citizen_token):
    response = api.get(URL, token=citizen_token)

    assert response.status_code == 403
    assert response.json()["code"] == "forbidden"


def test_officer_sees_only_their_agency_newest_first(api, make_reports, agency_a, agency_b,
                                                    officer_a_token):
    ours = make_reports(3, agency_a)
    make_reports(2, agency_b)

    response = api.get(URL, token=officer_a_token)

    assert response.status_code == 200
    assert codes_of(response) == [r.tracking_code for r in reversed(ours)]
    assert response.json()["next_cursor"] is None


def test_supporting_agency_sees_the_report(api, submit, dispose, agency_a, agency_b,
                                           officer_b_token):
    report, _key = submit()
    dispose(report, agency_a, supporting=[agency_b])

    assert codes_of(api.get(URL, token=officer_b_token)) == [report.tracking_code]


def test_coordinator_sees_everything(api, make_reports, agency_a, coordinator_token):
    reports = make_reports(2, agency_a) + make_reports(1)

    assert len(codes_of(api.get(URL, token=coordinator_token))) == len(reports)


def test_items_carry_the_list_fields_and_no_reporter(api, make_reports, agency_a,
                                                   coordinator_token):
    make_reports(1, agency_a, privacy="anonim")

    response = api.get(URL, token=coordinator_token)

    item = response.json()["items"][0]
    assert set(item) == {
        "tracking_code", "kind", "title", "status", "privacy", "channel", "agency", "kecamatan",
        "assigned_to", "is_returned", "created_at", "deadline", "overdue",
    }
    assert item["agency"] == "dpupr"
    assert item["privacy"] == "anonim"
    text = response.content.decode()
    assert REPORTER_NAME not in text
    assert REPORTER_EMAIL not in text


def test_filters(api, make_reports, submit, agency_a, agency_b, coordinator, coordinator_token):
    [complaint] = make_reports(1, agency_a)
    [question] = make_reports(1, agency_b, kind="pertanyaan", title="Jadwal posyandu?")
    [fresh] = make_reports(1)
    actions.report_reject(report=fresh, actor=Actor(user=coordinator), reason="abusive")

    def codes(**params):
        return codes_of(api.get(URL, token=coordinator_token, **params))

    assert codes(status="ditolak") == [fresh.tracking_code]
    assert codes(kind="pertanyaan") == [question.tracking_code]
    assert codes(agency="dpupr") == [complaint.tracking_code]
    assert codes(q="posyandu") == [question.tracking_code]
    assert codes(q=complaint.tracking_code.lower()) == [complaint.tracking_code]


def test_overdue_filter(api, make_reports, agency_a, coordinator_token):
    [late] = make_reports(1, start=timezone.now() - dt.timedelta(days=30))
    make_reports(1, agency_a)

    response = api.get(URL, token=coordinator_token, overdue="true")

    assert codes_of(response) == [late.tracking_code]
    assert response.json()["items"][0]["overdue"] is True


@pytest.mark.parametrize(
    "params",
    [{"status": "hilang"}, {"kind": "x"}, {"limit": 0}, {"limit": 201}, {"limit": "banyak"},
     {"overdue": "mungkin"}, {"q": "x" * 201}],
)
def test_bad_filters_are_400(api, coordinator_token, params):
    response = api.get(URL, token=coordinator_token, **params)

    assert response.status_code == 400
    assert response.json()["code"] == "invalid"


def test_cursor_pages_through_everything(api, make_reports, agency_a, officer_a_token):
    reports = make_reports(5, agency_a)
    seen, cursor = [], None

    for _page in range(3):
        params = {"limit": 2}
        if cursor:
            params["cursor"] = cursor
        response = api.get(URL, token=officer_a_token, **params)
        assert response.status_code == 200
        seen += codes_of(response)
        cursor = response.json()["next_cursor"]

    assert seen == [r.tracking_code for r in reversed(reports)]
    assert cursor is None


def test_same_timestamps_do_not_lose_rows(api, submit, dispose, agency_a, officer_a_token):
    moment = timezone.now() - dt.timedelta(hours=1)
    reports = [dispose(submit(at=moment)[0], agency_a) for _ in range(3)]
    seen, cursor = [], None
    while True:
        params = {"limit": 1, **({"cursor": cursor} if cursor else {})}
        response = api.get(URL, token=officer_a_token, **params)
        seen += codes_of(response)
        cursor = response.json()["next_cursor"]
        if not cursor:
            break

    assert sorted(seen) == sorted(r.tracking_code for r in reports)
    assert len(seen) == 3


@pytest.mark.parametrize("cursor", ["bukan-kursor", "!!!", "MjAyNi0wMS0wMXwx", "x" * 201])
def test_invalid_cursor_is_400(api, coordinator_token, cursor):
    response = api.get(URL, token=coordinator_token, cursor=cursor)

    assert response.status_code == 400
    assert response.json()["code"] in ("invalid_cursor", "invalid")


@pytest.mark.parametrize("count", [5, 40])
def test_constant_number_of_queries(api, make_reports, agency_a, agency_b, officer_a,
                                    officer_a_token, django_assert_max_num_queries, count):
    reports = make_reports(count, agency_a)
    for report in reports[::3]:
        actions.report_acknowledge(report=report, actor=Actor(user=officer_a))
    make_reports(2, agency_b)

    # The page, then its agencies and officers one query each (decision 0063).
    with django_assert_max_num_queries(8):
        response = api.get(URL, token=officer_a_token, limit=200)

    assert response.status_code == 200
    assert len(response.json()["items"]) == count
    assert response.json()["items"][-1]["assigned_to"] in (None, "petugas.dpupr")
