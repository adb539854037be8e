"""Staff pages for conversations: the list, the unanswered queue, one conversation and its
actions, with allowed and denied callers for each."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from jembatan.connectors.inbound import InboundItem, receive
from jembatan.connectors.models import (
    Conversation,
    ConversationAttachment,
    ConversationMessage,
    Label,
)
from jembatan.connectors.tests.staff_factories import comment, email, whatsapp
from jembatan.core.models import AuditEntry
from jembatan.reports.models import CannedResponse, Privacy
from jembatan.reports.tests.factories import ReportFactory, disposed_report

pytestmark = pytest.mark.django_db

INBOX = reverse("connectors:inbox")


def _url(name: str, conversation: Conversation, *args) -> str:
    return reverse(f"connectors:{name}", args=[conversation.pk, *args])


def _audited(action: str, conversation: Conversation) -> bool:
    return AuditEntry.objects.filter(action=action, object_id=str(conversation.pk)).exists()


# --- The list ---------------------------------------------------------------------------------


def test_anonymous_visitor_is_sent_to_login(client):
    response = client.get(INBOX)
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_citizen_may_not_open_the_list(login, citizen):
    assert login(citizen).get(INBOX).status_code == 403


def test_officer_sees_own_agency_conversations_only(login, officer_a, agency_a, agency_b):
    own = whatsapp(agency_a, name="Sumarni")
    whatsapp(agency_b, number="6281311112222", name="Pak Harjo")
    response = login(officer_a).get(INBOX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Sumarni" in html
    assert own.get_absolute_url() in html
    assert "Pak Harjo" not in html


def test_coordinator_sees_every_agency(login, coordinator, agency_a, agency_b):
    whatsapp(agency_a, name="Sumarni")
    whatsapp(agency_b, number="6281311112222", name="Pak Harjo")
    html = login(coordinator).get(INBOX).content.decode()
    assert "Sumarni" in html
    assert "Pak Harjo" in html


def test_inbox_opens_on_what_waits_for_an_answer_and_all_is_one_tab_away(login, officer_a,
                                                                           agency_a):
    from jembatan.connectors import actions

    answered = whatsapp(agency_a, name="Pak Harjo", body="Jadwal posyandu bulan ini kapan?")
    actions.conversation_reply(conversation=answered, actor=officer_a, body="Tanggal 12.")
    whatsapp(agency_a, number="6281311112222", name="Sumarni", body="Air PDAM mati")
    client = login(officer_a)

    html = client.get(INBOX).content.decode()
    assert "Sumarni" in html
    assert "Pak Harjo" not in html
    assert 'href="?unanswered=on" aria-current="page"' in html

    html = client.get(INBOX, {"view": "all"}).content.decode()
    assert "Sumarni" in html
    assert "Pak Harjo" in html

    Conversation.objects.filter(waiting_since__isnull=False).update(waiting_since=None)
    html = client.get(INBOX).content.decode()
    assert "Tidak ada percakapan yang menunggu jawaban." in html
    assert 'href="?view=all"' in html


def test_row_shows_excerpt_waiting_and_failed_deliveries(login, officer_a, agency_a):
    conversation = comment(agency_a, body="Lampu jalan di Jl. Sumbing mati total sejak Senin")
    from jembatan.connectors import actions

    reply = actions.conversation_reply(
        conversation=conversation, actor=officer_a, body="Baik, kami cek.")
    ConversationMessage.objects.filter(pk=reply.pk).update(
        delivery_status="failed", delivery_error="token expired")
    comment(agency_a, body="Halo min, jembatan Krasak retak, mohon dicek ya")
    html = login(officer_a).get(INBOX, {"view": "all"}).content.decode()
    assert "Reply:" in html or "Balasan:" in html
    assert "jembatan Krasak retak" in html
    assert "1 reply not delivered" in html or "1 balasan tidak tersampaikan" in html
    assert "Instagram" in html


def test_filters_by_channel_unanswered_and_text(login, officer_a, agency_a):
    whatsapp(agency_a, name="Sumarni", body="Kapan pengaspalan jalan Kertek?")
    comment(agency_a, channel="facebook", name="Joko", body="Terima kasih min")
    email(agency_a, body="Mohon info jadwal pengerukan saluran irigasi")
    client = login(officer_a)
    html = client.get(INBOX, {"channel": "whatsapp"}).content.decode()
    assert "Sumarni" in html
    assert "Joko" not in html
    assert "Budi" not in html
    html = client.get(INBOX, {"unanswered": "on"}).content.decode()
    assert "Sumarni" in html
    assert "Joko" not in html
    html = client.get(INBOX, {"q": "irigasi"}).content.decode()
    assert "Budi" in html
    assert "Sumarni" not in html


def test_filter_by_label_and_assignment(login, officer_a, agency_a):
    labelled = whatsapp(agency_a, name="Sumarni")
    whatsapp(agency_a, number="6281311112222", name="Pak Harjo")
    label = Label.objects.create(agency=agency_a, name="jalan rusak")
    labelled.labels.add(label)
    Conversation.objects.filter(pk=labelled.pk).update(assigned_to=officer_a)
    client = login(officer_a)
    html = client.get(INBOX, {"label": label.pk}).content.decode()
    assert "Sumarni" in html
    assert "Pak Harjo" not in html
    html = client.get(INBOX, {"assigned": "me"}).content.decode()
    assert "Sumarni" in html
    assert "Pak Harjo" not in html


def test_list_query_count_does_not_grow_with_rows(login, coordinator, agency_a, agency_b,
                                                  django_assert_max_num_queries):
    client = login(coordinator)
    for n in range(2):
        whatsapp(agency_a, number=f"62812000000{n:02d}")
    with CaptureQueriesContext(connection) as few:
        client.get(INBOX)
    label = Label.objects.create(name="umum")
    for n in range(12):
        conversation = comment(agency_b if n % 2 else agency_a, author=f"user{n}")
        conversation.labels.add(label)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(INBOX)
    assert response.content.decode().count("umum") >= 12


def test_keyset_pages_and_a_broken_cursor(login, officer_a, agency_a):
    now = timezone.now()
    for n in range(30):
        whatsapp(agency_a, number=f"628120000{n:04d}", at=now - dt.timedelta(minutes=n))
    client = login(officer_a)
    first = client.get(INBOX)
    assert "cursor=" in first.content.decode()
    cursor = first.content.decode().split("cursor=")[1].split('"')[0]
    second = client.get(INBOX, {"cursor": cursor})
    assert second.status_code == 200
    assert client.get(INBOX, {"cursor": "not-a-cursor"}).status_code == 200


def test_htmx_filter_answers_rows_only(login, officer_a, agency_a):
    whatsapp(agency_a, name="Sumarni")
    response = login(officer_a).get(INBOX, {"channel": "whatsapp"}, HTTP_HX_REQUEST="true")
    assert "<tr>" in response.content.decode()
    assert "<html" not in response.content.decode()


def test_navigation_counts_unanswered_conversations(login, officer_a, agency_a, agency_b):
    whatsapp(agency_a)
    comment(agency_a, body="Kapan air nyala lagi?")
    whatsapp(agency_b, number="6281311112222")  # another agency's: not counted
    html = login(officer_a).get(reverse("core:start")).content.decode()
    assert 'title="waiting for a reply">2</span>' in html or 'menunggu balasan">2</span>' in html


# --- The unanswered queue ---------------------------------------------------------------------


def test_unanswered_queue_merges_reports_and_conversations_oldest_first(login, coordinator,
                                                                        agency_a):
    now = timezone.now()
    recent = whatsapp(agency_a, name="Sumarni", at=now - dt.timedelta(hours=1))
    report = ReportFactory(title="Talud longsor di Kejajar", at=now - dt.timedelta(hours=5))
    oldest = comment(agency_a, body="Kenapa sampah di pasar belum diangkut?",
                     at=now - dt.timedelta(days=2))
    comment(agency_a, body="mantap min 👍")  # needs no reply: not in the queue
    html = login(coordinator).get(reverse("connectors:unanswered")).content.decode()
    positions = [html.index(oldest.get_absolute_url()),
                 html.index(report.tracking_code), html.index(recent.get_absolute_url())]
    assert positions == sorted(positions)
    assert "mantap" not in html


def test_unanswered_queue_of_an_officer_holds_only_their_agency(login, officer_b, agency_a,
                                                                agency_b):
    theirs = whatsapp(agency_b, number="6281311112222")
    other = whatsapp(agency_a)
    html = login(officer_b).get(reverse("connectors:unanswered")).content.decode()
    assert theirs.get_absolute_url() in html
    assert other.get_absolute_url() not in html


# --- One conversation -------------------------------------------------------------------------


def test_officer_of_other_agency_gets_404(login, officer_b, agency_a):
    conversation = whatsapp(agency_a)
    assert login(officer_b).get(conversation.get_absolute_url()).status_code == 404
    response = login(officer_b).post(_url("reply", conversation), {"body": "Halo"})
    assert response.status_code == 404
    assert not conversation.messages.filter(direction="out").exists()


def test_page_shows_post_messages_window_and_suggestion(login, officer_a, agency_a):
    conversation = comment(agency_a)
    html = login(officer_a).get(conversation.get_absolute_url()).content.decode()
    assert "Jadwal pemeliharaan pipa minggu ini" in html
    assert "https://www.instagram.com/p/TESTPOST/" in html
    assert "air PDAM di Sapuran" in html
    assert "a question or request" in html or "pertanyaan atau permintaan" in html
    wa = whatsapp(agency_a)
    html = login(officer_a).get(wa.get_absolute_url()).content.decode()
    assert 'id="whatsapp-window"' in html
    assert ("23 h" in html or "23 j" in html)


def test_page_lists_earlier_contacts_and_reports_with_the_same_phone(login, coordinator,
                                                                     agency_a, agency_b):
    report = ReportFactory(reporter_phone="0812 3456 7890")
    first = whatsapp(agency_b, number="6281234567890")
    second = whatsapp(agency_a, number="6281234567890")
    html = login(coordinator).get(second.get_absolute_url()).content.decode()
    assert first.get_absolute_url() in html
    assert report.tracking_code in html


def test_handling_officer_is_not_shown_an_anonymous_report_of_the_same_phone(
        login, coordinator, officer_a, agency_a):
    # Linking the chat to the anonymous report would name its reporter to the agency.
    anonymous = disposed_report(coordinator, agency_a, privacy=Privacy.ANONIM,
                                reporter_phone="0812 3456 7890")
    public = disposed_report(coordinator, agency_a, reporter_phone="0812 3456 7890")
    conversation = whatsapp(agency_a, number="6281234567890")
    html = login(officer_a).get(conversation.get_absolute_url()).content.decode()
    assert public.tracking_code in html
    assert anonymous.tracking_code not in html
    assert anonymous.title not in html
    html = login(coordinator).get(conversation.get_absolute_url()).content.decode()
    assert anonymous.tracking_code in html


def test_reply_sends_and_answers_the_conversation(login, officer_a, agency_a):
    conversation = whatsapp(agency_a)
    response = login(officer_a).post(_url("reply", conversation),
                                     {"body": "Baik Bu, besok tim kami survei."})
    assert response.status_code == 302
    out = conversation.messages.get(direction="out")
    assert out.body == "Baik Bu, besok tim kami survei."
    assert out.author == officer_a
    conversation.refresh_from_db()
    assert conversation.waiting_since is None
    assert conversation.first_response_seconds is not None


def test_reply_with_htmx_answers_the_updated_section(login, officer_a, agency_a):
    conversation = whatsapp(agency_a)
    response = login(officer_a).post(_url("reply", conversation), {"body": "Siap, kami cek."},
                                     HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="conversation-section"' in html
    assert "Siap, kami cek." in html
    assert "<html" not in html


def test_reply_outside_whatsapp_window_is_refused_with_a_clear_message(login, officer_a,
                                                                       agency_a):
    conversation = whatsapp(agency_a, at=timezone.now() - dt.timedelta(hours=30))
    client = login(officer_a)
    html = client.get(conversation.get_absolute_url()).content.decode()
    assert 'id="template-form" open' in html
    response = client.post(_url("reply", conversation), {"body": "Halo"}, follow=True)
    assert "24" in response.content.decode()
    assert not conversation.messages.filter(direction="out").exists()
    client.post(_url("reply_template", conversation),
                {"template": "tindak_lanjut", "language": "id", "params": "Sumarni"})
    assert conversation.messages.filter(direction="out", kind="template").exists()


def test_note_is_internal_and_audited(login, officer_a, agency_a):
    conversation = whatsapp(agency_a)
    login(officer_a).post(_url("note", conversation), {"body": "Sudah koordinasi dengan UPT."})
    note = conversation.messages.get(direction="note")
    assert note.body == "Sudah koordinasi dengan UPT."
    assert _audited("conversation_note", conversation)


def test_assign_to_officer_of_the_agency_only(login, admin_a, officer_a, officer_b, agency_a):
    conversation = whatsapp(agency_a)
    client = login(admin_a)
    client.post(_url("assign", conversation), {"officer": officer_b.pk})
    conversation.refresh_from_db()
    assert conversation.assigned_to is None
    client.post(_url("assign", conversation), {"officer": officer_a.pk})
    conversation.refresh_from_db()
    assert conversation.assigned_to == officer_a
    assert _audited("conversation_assign", conversation)


def test_labels_of_another_agency_are_refused(login, officer_a, agency_a, agency_b):
    conversation = whatsapp(agency_a)
    ours = Label.objects.create(agency=agency_a, name="jalan")
    shared = Label.objects.create(name="penting")
    theirs = Label.objects.create(agency=agency_b, name="pipa")
    client = login(officer_a)
    client.post(_url("labels", conversation), {"labels": [ours.pk, theirs.pk]})
    assert not conversation.labels.exists()
    client.post(_url("labels", conversation), {"labels": [ours.pk, shared.pk]})
    assert set(conversation.labels.all()) == {ours, shared}
    assert _audited("conversation_labels", conversation)


def test_label_id_beyond_the_database_range_is_refused_not_a_server_error(login, officer_a,
                                                                          agency_a):
    conversation = whatsapp(agency_a)
    ours = Label.objects.create(agency=agency_a, name="jalan")
    response = login(officer_a).post(_url("labels", conversation),
                                     {"labels": [ours.pk, "99999999999999999999999"]})
    assert response.status_code == 302
    assert not conversation.labels.exists()
    assert not _audited("conversation_labels", conversation)


def test_no_reply_needed_stops_the_wait(login, officer_a, agency_a):
    conversation = whatsapp(agency_a)
    login(officer_a).post(_url("needs_reply", conversation), {"needs_reply": "no"})
    conversation.refresh_from_db()
    assert not conversation.needs_reply
    assert conversation.waiting_since is None
    assert not conversation.needs_reply_is_suggestion
    assert _audited("conversation_needs_reply", conversation)


def test_close_and_reopen(login, officer_a, agency_a):
    conversation = whatsapp(agency_a)
    client = login(officer_a)
    client.post(_url("status", conversation, "close"))
    conversation.refresh_from_db()
    assert conversation.status == "closed"
    assert conversation.waiting_since is None
    client.post(_url("status", conversation, "reopen"))
    conversation.refresh_from_db()
    assert conversation.status == "open"
    assert conversation.waiting_since is not None
    assert _audited("conversation_close", conversation)
    assert client.post(_url("status", conversation, "explode")).status_code == 404


def test_actions_refuse_get(login, officer_a, agency_a):
    conversation = whatsapp(agency_a)
    assert login(officer_a).get(_url("status", conversation, "close")).status_code == 404


def test_failed_reply_shows_the_error_and_can_be_sent_again(login, officer_a, agency_a):
    conversation = whatsapp(agency_a)
    from jembatan.connectors import actions

    reply = actions.conversation_reply(conversation=conversation, actor=officer_a, body="Baik Bu.")
    ConversationMessage.objects.filter(pk=reply.pk).update(
        delivery_status="failed", delivery_error="The access token has expired.")
    client = login(officer_a)
    html = client.get(conversation.get_absolute_url()).content.decode()
    assert "The access token has expired." in html
    assert _url("retry", conversation, reply.pk) in html
    client.post(_url("retry", conversation, reply.pk))
    reply.refresh_from_db()
    assert reply.delivery_status == "queued"


def test_canned_response_fills_the_reply_box_with_and_without_javascript(login, officer_a,
                                                                         agency_a, agency_b):
    conversation = whatsapp(agency_a, name="Sumarni")
    canned = CannedResponse.objects.create(title="Terima kasih",
                                           body="Terima kasih {nama}, laporan kami terima.")
    foreign = CannedResponse.objects.create(agency=agency_b, title="PDAM", body="Air")
    client = login(officer_a)
    html = client.get(conversation.get_absolute_url(), {"canned": canned.pk}).content.decode()
    assert "Terima kasih Sumarni, laporan kami terima." in html
    assert "PDAM" not in html
    response = client.get(_url("canned", conversation, canned.pk), HTTP_HX_REQUEST="true")
    assert "Terima kasih Sumarni" in response.content.decode()
    assert client.get(_url("canned", conversation, foreign.pk)).status_code == 404


@pytest.mark.parametrize("value", ["²", "abc", "9" * 30])
def test_a_malformed_canned_choice_leaves_the_reply_box_empty(login, officer_a, agency_a,
                                                              value):
    conversation = whatsapp(agency_a)
    response = login(officer_a).get(conversation.get_absolute_url(), {"canned": value})
    assert response.status_code == 200


def test_convert_from_the_page(login, officer_a, agency_a):
    conversation = whatsapp(agency_a, body="Jalan di depan SD Kalikajar berlubang besar")
    response = login(officer_a).post(_url("convert", conversation),
                                     {"kind": "pengaduan", "title": ""}, follow=True)
    conversation.refresh_from_db()
    assert conversation.report is not None
    assert conversation.report.tracking_code in response.content.decode()


def test_reports_inbox_links_to_conversations(login, officer_a):
    html = login(officer_a).get(reverse("reports:inbox")).content.decode()
    assert reverse("connectors:inbox") in html
    assert reverse("connectors:unanswered") in html


def _with_attachment(agency, content_type: str, name: str, content: bytes) -> Conversation:
    message, _created = receive(InboundItem(
        channel="whatsapp", contact_id="6281234567890", contact_name="Sumarni",
        thread_key="6281234567890", external_id=f"wamid.MEDIA-{name}", kind="document",
        media=[("media-1", content_type, name, content)],
    ), agency=agency)
    return message.conversation


def test_a_photo_attachment_is_shown_in_the_browser(login, officer_a, agency_a):
    conversation = _with_attachment(agency_a, "image/jpeg", "foto.jpg", b"\xff\xd8\xff")
    item = ConversationAttachment.objects.get()
    response = login(officer_a).get(_url("attachment", conversation, item.pk))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("inline")


def test_an_svg_claiming_to_be_an_image_is_downloaded_not_shown(login, officer_a, agency_a):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    conversation = _with_attachment(agency_a, "image/svg+xml", "gambar.svg", svg)
    item = ConversationAttachment.objects.get()
    response = login(officer_a).get(_url("attachment", conversation, item.pk))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")


def test_officer_of_another_agency_gets_404_for_an_attachment(login, officer_b, agency_a):
    conversation = _with_attachment(agency_a, "image/jpeg", "foto.jpg", b"\xff\xd8\xff")
    item = ConversationAttachment.objects.get()
    assert login(officer_b).get(_url("attachment", conversation, item.pk)).status_code == 404



def test_the_convert_form_offers_an_editable_public_reply_for_comments(login, officer_a,
                                                                        agency_a):
    from jembatan.connectors.tests.staff_factories import comment

    conversation = comment(agency_a, channel="facebook")
    client = login(officer_a)
    html = client.get(conversation.get_absolute_url()).content.decode()
    assert 'name="reply"' in html
    assert "{kode}" in html
    client.post(_url("convert", conversation),
                {"kind": "pengaduan", "reply": "Sudah kami catat ({kode}), terima kasih."})
    conversation.refresh_from_db()
    assert conversation.status == "answered"
    sent = conversation.messages.filter(direction="out").get()
    assert sent.body == f"Sudah kami catat ({conversation.report.tracking_code}), terima kasih."


def test_the_convert_form_has_no_public_reply_on_whatsapp(login, officer_a, agency_a):
    conversation = whatsapp(agency_a)
    html = login(officer_a).get(conversation.get_absolute_url()).content.decode()
    assert 'name="reply"' not in html
