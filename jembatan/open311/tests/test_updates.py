"""mySociety's servicerequestupdates: the public changes of state and the staff's public
answers, in FixMyStreet's words; never internal notes or the reporter's own messages."""

import datetime as dt
from xml.etree import ElementTree

import pytest
from django.utils import timezone

from jembatan.core.workflow import Actor
from jembatan.open311 import actions
from jembatan.reports import actions as report_actions
from jembatan.reports.models import RejectionReason
from jembatan.reports.tests.factories import (
    answered_report,
    closed_report,
    rejected_report,
    staff,
)

pytestmark = pytest.mark.django_db

URL = "/open311/v2/servicerequestupdates"
ANSWER = "Lubang sudah ditambal oleh tim UPT Jalan pada hari Senin."
NOTE = "Catatan internal: kontraktor lama belum dibayar."


def test_updates_follow_the_report_in_fixmystreet_statuses(client, api_key, coordinator,
                                                           officer_a, agency_a):
    report = answered_report(coordinator, officer_a, agency_a, answer=ANSWER)
    report_actions.message_post(report=report, actor=staff(officer_a), body=NOTE,
                                visibility="internal")
    report_actions.message_post(report=report, actor=Actor(is_reporter=True),
                                body="Terima kasih, sudah saya cek.", visibility="public")
    rows = client.get(URL + ".json", {"api_key": api_key}).json()
    assert [(r["status"], r["description"]) for r in rows] == [
        ("investigating", ""), ("in_progress", ""), ("fixed", ANSWER)]
    for row in rows:
        assert list(row) == ["update_id", "service_request_id", "status", "updated_datetime",
                             "description", "media_url"]
        assert row["service_request_id"] == report.tracking_code
    body = client.get(URL + ".xml", {"api_key": api_key}).content
    assert NOTE.encode() not in body
    assert b"sudah saya cek" not in body
    root = ElementTree.fromstring(body)
    assert root.tag == "service_request_updates"
    assert [u.find("status").text for u in root.findall("request_update")] == [
        "investigating", "in_progress", "fixed"]


def test_closing_and_rejecting_map_to_closed_and_the_reason(client, api_key, coordinator,
                                                            officer_a, agency_a):
    closed = closed_report(coordinator, officer_a, agency_a)
    outside = rejected_report(coordinator, reason=RejectionReason.OUTSIDE_REMIT)
    rows = client.get(URL + ".json", {"api_key": api_key}).json()
    last = {r["service_request_id"]: r["status"] for r in rows}
    assert last[closed.tracking_code] == "closed"
    # A rejected report is not on the public list: a client sees it only if it sent it.
    assert outside.tracking_code not in last


def test_the_client_sees_its_own_rejected_report_with_the_reason(client, client_key,
                                                                 coordinator):
    _key, raw = client_key
    code = client.post("/open311/v2/requests.json", {
        "api_key": raw, "service_code": "pengaduan", "address_string": "Pasar",
        "description": "Bukan urusan pemda."}).json()[0]["service_request_id"]
    from jembatan.reports.models import Report

    report = Report.objects.get(tracking_code=code)
    report_actions.report_reject(report=report, actor=staff(coordinator),
                                 reason=RejectionReason.OUTSIDE_REMIT)
    rows = client.get(URL + ".json", {"api_key": raw}).json()
    assert [(r["service_request_id"], r["status"]) for r in rows] == [
        (code, "not_councils_responsibility")]


def test_updates_are_limited_to_the_dates_asked(client, api_key, coordinator, officer_a,
                                                agency_a):
    long_ago = timezone.now() - dt.timedelta(days=40)
    answered_report(coordinator, officer_a, agency_a, at=long_ago)
    assert client.get(URL + ".json", {"api_key": api_key,
                                      "start_date": timezone.now().date().isoformat()}
                      ).json() == []
    assert len(client.get(URL + ".json", {"api_key": api_key}).json()) == 3
    too_long = client.get(URL + ".json", {"api_key": api_key, "start_date": "2026-01-01",
                                          "end_date": "2026-12-01"})
    assert too_long.status_code == 400


def test_updates_need_a_key_with_that_scope(client):
    assert client.get(URL + ".json").status_code == 403
    _key, submit_only = actions.client_key_issue(name="Kirim saja", may_read_updates=False,
                                                 actor=None)
    response = client.get(URL + ".xml", {"api_key": submit_only})
    assert response.status_code == 403
    assert ElementTree.fromstring(response.content).find("error/code").text == "403"
