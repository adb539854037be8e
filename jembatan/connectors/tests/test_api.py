"""The conversations API: staff only, scoped per agency, the reply and convert contracts, and
bad input answered with 4xx JSON, never 500."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.test import Client
from django.utils import timezone

from jembatan.api.auth import token_issue
from jembatan.connectors.models import Conversation
from jembatan.connectors.tests.staff_factories import comment, email, whatsapp
from jembatan.reports.models import Report

pytestmark = pytest.mark.django_db

BASE = "/api/v1/conversations"


class Api:
    def __init__(self, user=None) -> None:
        self.client = Client()
        self.headers = {"Authorization": f"Bearer {token_issue(user)}"} if user else {}

    def get(self, path: str, **params):
        return self.client.get(path, params, headers=self.headers)

    def post(self, path: str, data=None, *, raw: str | None = None):
        body = raw if raw is not None else json.dumps(data if data is not None else {})
        return self.client.post(path, body, content_type="application/json",
                                headers=self.headers)


# --- Who may call -----------------------------------------------------------------------------


def test_without_token_is_401(agency_a):
    conversation = whatsapp(agency_a)
    api = Api()
    assert api.get(BASE).status_code == 401
    assert api.get(f"{BASE}/{conversation.pk}").status_code == 401
    assert api.post(f"{BASE}/{conversation.pk}/reply", {"body": "Halo"}).status_code == 401
    assert api.post(f"{BASE}/{conversation.pk}/convert").status_code == 401


def test_browser_session_is_not_enough(login, officer_a, agency_a):
    whatsapp(agency_a)
    assert login(officer_a).get(BASE).status_code == 401


def test_citizen_with_token_is_403(citizen, agency_a):
    conversation = whatsapp(agency_a)
    api = Api(citizen)
    response = api.get(BASE)
    assert response.status_code == 403
    assert response.json()["code"] == "forbidden"
    assert api.get(f"{BASE}/{conversation.pk}").status_code == 403


def test_officer_of_other_agency_cannot_see_or_answer(officer_b, agency_a):
    conversation = whatsapp(agency_a)
    api = Api(officer_b)
    assert api.get(BASE).json()["items"] == []
    assert api.get(f"{BASE}/{conversation.pk}").status_code == 404
    assert api.post(f"{BASE}/{conversation.pk}/reply", {"body": "Halo"}).status_code == 404
    assert api.post(f"{BASE}/{conversation.pk}/convert").status_code == 404
    assert not conversation.messages.filter(direction="out").exists()
    assert Report.objects.count() == 0


# --- Listing ----------------------------------------------------------------------------------


def test_list_is_newest_first_with_the_contract_fields(officer_a, agency_a):
    now = timezone.now()
    older = whatsapp(agency_a, at=now - dt.timedelta(hours=3))
    newer = comment(agency_a, at=now - dt.timedelta(hours=1))
    response = Api(officer_a).get(BASE)
    assert response.status_code == 200
    items = response.json()["items"]
    assert [item["id"] for item in items] == [newer.pk, older.pk]
    first = items[0]
    assert first["channel"] == "instagram"
    assert first["agency"] == "dpupr"
    assert first["status"] == "open"
    assert first["messages"][0]["direction"] == "in"
    assert first["messages"][0]["body"].startswith("Min, air PDAM")
    assert first["messages"][0]["author"] == "wulan_wsb"
    assert "created_at" in first["messages"][0]


def test_list_filters(officer_a, coordinator, agency_a, agency_b):
    wa = whatsapp(agency_a, body="Kapan jalan Kertek diaspal?")
    fb = comment(agency_a, channel="facebook", body="Terima kasih min")
    mail = email(agency_b, body="Mohon info tarif air untuk sekolah")
    api = Api(coordinator)

    def ids(**params):
        response = api.get(BASE, **params)
        assert response.status_code == 200, response.content
        return {item["id"] for item in response.json()["items"]}

    assert ids(channel="whatsapp") == {wa.pk}
    assert ids(channel="web") == set()
    assert ids(agency="perumda-tirta-aji") == {mail.pk}
    assert ids(unanswered="true") == {wa.pk, mail.pk}
    assert ids(unanswered="false") == {fb.pk}
    assert ids(q="tarif air") == {mail.pk}
    assert ids(status="open") == {wa.pk, fb.pk, mail.pk}


def test_list_pages_with_a_cursor(officer_a, agency_a):
    now = timezone.now()
    for n in range(5):
        whatsapp(agency_a, number=f"62812000000{n:02d}", at=now - dt.timedelta(minutes=n))
    api = Api(officer_a)
    first = api.get(BASE, limit=3).json()
    assert len(first["items"]) == 3
    assert first["next_cursor"]
    second = api.get(BASE, limit=3, cursor=first["next_cursor"]).json()
    assert len(second["items"]) == 2
    assert second["next_cursor"] is None
    assert not {i["id"] for i in first["items"]} & {i["id"] for i in second["items"]}


@pytest.mark.parametrize("params", [
    {"channel": "telegram"}, {"status": "baru"}, {"unanswered": "kadang"},
    {"limit": "0"}, {"limit": "9999"}, {"cursor": "bukan-kursor"}, {"agency": "tidak-ada"},
    {"q": "x" * 500},
])
def test_bad_list_parameters_are_400(officer_a, agency_a, params):
    response = Api(officer_a).get(BASE, **params)
    assert response.status_code == 400
    assert response.json()["code"]
    assert response.json()["message"]


# --- Reading one ------------------------------------------------------------------------------


def test_detail_has_messages_and_notes_apart(officer_a, agency_a):
    conversation = whatsapp(agency_a)
    from jembatan.connectors import actions

    actions.conversation_reply(
        conversation=conversation, actor=officer_a, body="Baik Bu, kami cek besok.")
    actions.conversation_note_add(
        conversation=conversation, actor=officer_a, body="Tanya UPT Kalikajar dulu.")
    data = Api(officer_a).get(f"{BASE}/{conversation.pk}").json()
    assert [m["direction"] for m in data["messages"]] == ["in", "out"]
    assert data["messages"][0]["delivery_status"] is None
    assert data["messages"][1]["delivery_status"] == "queued"
    assert data["messages"][1]["author"] == officer_a.full_name
    assert [n["body"] for n in data["notes"]] == ["Tanya UPT Kalikajar dulu."]
    assert "Tanya UPT" not in json.dumps(data["messages"])


@pytest.mark.parametrize(("path", "status", "code"), [
    (f"{BASE}/0", 400, "invalid"),
    (f"{BASE}/abc", 400, "invalid"),
    (f"{BASE}/999999999", 404, "not_found"),
    (f"{BASE}/99999999999999999999999", 400, "invalid"),
])
def test_odd_ids_are_400_and_unknown_ones_404(officer_a, path, status, code):
    response = Api(officer_a).get(path)
    assert response.status_code == status
    assert response.json()["code"] == code


# --- Replying ---------------------------------------------------------------------------------


def test_reply_is_201_with_the_message(officer_a, agency_a):
    conversation = whatsapp(agency_a)
    response = Api(officer_a).post(f"{BASE}/{conversation.pk}/reply",
                                   {"body": "Baik Bu, besok tim kami survei."})
    assert response.status_code == 201
    data = response.json()
    assert data["direction"] == "out"
    assert data["body"] == "Baik Bu, besok tim kami survei."
    assert data["delivery_status"] == "queued"
    conversation.refresh_from_db()
    assert conversation.waiting_since is None


def test_reply_outside_the_whatsapp_window_is_409_with_a_clear_message(officer_a, agency_a):
    conversation = whatsapp(agency_a, at=timezone.now() - dt.timedelta(hours=25))
    api = Api(officer_a)
    response = api.post(f"{BASE}/{conversation.pk}/reply", {"body": "Halo Bu"})
    assert response.status_code == 409
    assert response.json()["code"] == "outside_service_window"
    assert "24" in response.json()["message"]
    assert not conversation.messages.filter(direction="out").exists()
    response = api.post(f"{BASE}/{conversation.pk}/reply",
                        {"template": "tindak_lanjut", "template_params": ["Sumarni"]})
    assert response.status_code == 201
    assert response.json()["kind"] == "template"


@pytest.mark.parametrize("body", [{"body": ""}, {"body": "   "}, {"body": "x" * 6000},
                                  {"body": 12}, {"nothing": "here"}])
def test_bad_reply_bodies_are_400(officer_a, agency_a, body):
    conversation = whatsapp(agency_a)
    response = Api(officer_a).post(f"{BASE}/{conversation.pk}/reply", body)
    assert response.status_code == 400
    assert not conversation.messages.filter(direction="out").exists()


def test_malformed_json_is_400(officer_a, agency_a):
    conversation = whatsapp(agency_a)
    response = Api(officer_a).post(f"{BASE}/{conversation.pk}/reply", raw="{not json")
    assert response.status_code == 400


# --- Converting -------------------------------------------------------------------------------


def test_convert_returns_the_tracking_code_once(officer_a, agency_a):
    conversation = whatsapp(agency_a, body="Jalan di depan SD Kalikajar berlubang besar")
    api = Api(officer_a)
    first = api.post(f"{BASE}/{conversation.pk}/convert")
    assert first.status_code == 201
    code = first.json()["tracking_code"]
    assert first.json()["notice_sent"] is True
    assert first.json()["access_key"] is None
    again = api.post(f"{BASE}/{conversation.pk}/convert")
    assert again.status_code == 200
    assert again.json()["tracking_code"] == code
    assert Report.objects.count() == 1
    assert Conversation.objects.get(pk=conversation.pk).report.tracking_code == code


def test_convert_with_a_title_and_a_message_of_another_conversation(officer_a, agency_a):
    conversation = whatsapp(agency_a)
    other = whatsapp(agency_a, number="6281311112222")
    api = Api(officer_a)
    response = api.post(f"{BASE}/{conversation.pk}/convert",
                        {"message_id": other.messages.first().pk})
    assert response.status_code == 400
    response = api.post(f"{BASE}/{conversation.pk}/convert",
                        {"title": "Jalan rusak Kalikajar", "kind": "aspirasi"})
    assert response.status_code == 201
    report = Report.objects.get(tracking_code=response.json()["tracking_code"])
    assert report.title == "Jalan rusak Kalikajar"
    assert report.kind == "aspirasi"
    assert api.post(f"{BASE}/{other.pk}/convert", {"kind": "gosip"}).status_code == 400


def test_list_leaves_the_spam_folder_out(officer_a, agency_a):
    question = comment(agency_a)
    comment(agency_a, body="Slot gacor maxwin, daftar sekarang klik bio", author="9001")
    ids = [item["id"] for item in Api(officer_a).get(BASE).json()["items"]]
    assert ids == [question.pk]
