"""A conversation becomes a report in one step, and the citizen hears its code."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from jembatan.connectors import actions
from jembatan.connectors.tests.staff_factories import comment, email, whatsapp
from jembatan.core.models import AuditEntry
from jembatan.reports.models import Report

pytestmark = pytest.mark.django_db


def _notice(conversation):
    return conversation.messages.filter(direction="out").order_by("-id").first()


def test_whatsapp_conversation_becomes_a_confidential_report(officer_a, agency_a):
    conversation = whatsapp(agency_a, number="6281234567890", name="Sumarni",
                            body="Jalan di depan SD Kalikajar berlubang besar")
    report = actions.conversation_convert_to_report(conversation=conversation, actor=officer_a)
    assert report.channel == "whatsapp"
    assert report.privacy == "rahasia"
    assert report.reporter_phone == "+6281234567890"
    assert report.reporter_name == "Sumarni"
    assert report.entered_by == officer_a
    assert report.body == "Jalan di depan SD Kalikajar berlubang besar"
    assert report.title == "Jalan di depan SD Kalikajar berlubang besar"
    conversation.refresh_from_db()
    assert conversation.report == report
    notice = _notice(conversation)
    assert report.tracking_code in notice.body
    assert report.access_key in notice.body
    assert report.notice_sent is True
    assert AuditEntry.objects.filter(action="conversation_convert").exists()


def test_converting_twice_returns_the_same_report(officer_a, agency_a):
    conversation = whatsapp(agency_a)
    first = actions.conversation_convert_to_report(conversation=conversation, actor=officer_a)
    again = actions.conversation_convert_to_report(conversation=conversation, actor=officer_a)
    assert again.pk == first.pk
    assert Report.objects.count() == 1
    assert conversation.messages.filter(direction="out").count() == 1


def test_public_comment_becomes_a_public_report_without_access_key(officer_a, agency_a):
    conversation = comment(agency_a, channel="facebook")
    report = actions.conversation_convert_to_report(
        conversation=conversation, actor=officer_a, kind="pertanyaan")
    assert report.privacy == "publik"
    assert report.kind == "pertanyaan"
    assert report.reporter_phone == ""
    notice = _notice(conversation)
    assert report.tracking_code in notice.body
    assert report.access_key not in notice.body


def test_email_gives_the_reporter_address(officer_a, agency_a):
    conversation = email(agency_a, sender="Budi.Santoso@Contoh.id")
    report = actions.conversation_convert_to_report(
        conversation=conversation, actor=officer_a, title="Syarat izin usaha")
    assert report.reporter_email == "budi.santoso@contoh.id"
    assert report.channel == "email"
    assert report.title == "Syarat izin usaha"


def test_portal_question_gives_the_reporter_address_and_phone(officer_a, agency_a):
    conversation, _key = actions.web_question_ask(
        agency=agency_a, body="Syarat PBG rumah tinggal apa saja?", name="Wahyu",
        email="Wahyu@Example.id", phone="0812 3456 7890")
    report = actions.conversation_convert_to_report(conversation=conversation, actor=officer_a)
    assert report.privacy == "rahasia"
    assert report.reporter_name == "Wahyu"
    assert report.reporter_email == "wahyu@example.id"
    assert report.reporter_phone == "+6281234567890"


def test_closed_whatsapp_window_keeps_the_report_and_says_the_code_was_not_sent(officer_a,
                                                                                agency_a):
    conversation = whatsapp(agency_a, at=timezone.now() - dt.timedelta(hours=30))
    report = actions.conversation_convert_to_report(conversation=conversation, actor=officer_a)
    assert report.notice_sent is False
    assert report.access_key
    assert not conversation.messages.filter(direction="out").exists()
    assert AuditEntry.objects.filter(action="conversation_convert_notice_failed",
                                     note__contains=report.tracking_code).exists()
    conversation.refresh_from_db()
    assert conversation.report == report


def test_one_message_only(officer_a, agency_a):
    conversation = whatsapp(agency_a, body="Halo min")
    second = whatsapp(agency_a, body="Lampu PJU di Jl. Bhayangkara mati semua")
    assert second.pk == conversation.pk  # the same person and thread
    message = conversation.messages.order_by("-id").first()
    report = actions.conversation_convert_to_report(
        conversation=conversation, actor=officer_a, message=message)
    assert report.body == "Lampu PJU di Jl. Bhayangkara mati semua"


def test_officer_of_another_agency_may_not_convert(officer_b, agency_a):
    conversation = whatsapp(agency_a)
    with pytest.raises(PermissionDenied):
        actions.conversation_convert_to_report(conversation=conversation, actor=officer_b)
    assert Report.objects.count() == 0


def test_unknown_kind_and_foreign_message_are_refused(officer_a, agency_a):
    conversation = whatsapp(agency_a)
    other = whatsapp(agency_a, number="6281311112222")
    with pytest.raises(ValidationError):
        actions.conversation_convert_to_report(
            conversation=conversation, actor=officer_a, kind="gosip")
    with pytest.raises(ValidationError):
        actions.conversation_convert_to_report(
            conversation=conversation, actor=officer_a, message=other.messages.first())
    assert Report.objects.count() == 0


def test_converting_marks_the_conversation_answered(officer_a, agency_a):
    conversation = whatsapp(agency_a, body="Lampu jalan di Kertek mati")
    assert conversation.waiting_since is not None
    actions.conversation_convert_to_report(conversation=conversation, actor=officer_a)
    conversation.refresh_from_db()
    assert conversation.status == "answered"
    assert conversation.waiting_since is None
    assert conversation.first_response_at is not None
    entry = AuditEntry.objects.get(action="conversation_convert")
    assert entry.changes["status"] == ["open", "answered"]


def test_the_public_reply_is_the_officers_own_words(officer_a, agency_a):
    conversation = comment(agency_a, channel="facebook")
    report = actions.conversation_convert_to_report(
        conversation=conversation, actor=officer_a,
        reply="Matur nuwun, sudah kami catat: {kode}. Pantau di {tautan}")
    body = _notice(conversation).body
    assert body.startswith(f"Matur nuwun, sudah kami catat: {report.tracking_code}. Pantau di ")
    assert f"/{report.tracking_code}" in body


def test_a_public_reply_without_the_code_still_gets_it(officer_a, agency_a):
    conversation = comment(agency_a, channel="facebook")
    report = actions.conversation_convert_to_report(
        conversation=conversation, actor=officer_a, reply="Terima kasih, kami tindak lanjuti.")
    assert report.tracking_code in _notice(conversation).body


def test_the_default_public_reply_is_short_and_names_code_and_link():
    from jembatan.connectors.notices import public_reply_default

    text = public_reply_default()
    assert "{kode}" in text
    assert "{tautan}" in text
    assert len(text) < 160


def test_a_private_channel_keeps_the_notice_with_the_key(officer_a, agency_a):
    conversation = whatsapp(agency_a)
    report = actions.conversation_convert_to_report(
        conversation=conversation, actor=officer_a, reply="Terima kasih {kode}")
    assert report.access_key in _notice(conversation).body
