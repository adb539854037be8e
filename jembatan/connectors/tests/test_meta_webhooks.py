"""`/webhooks/meta`: Meta's subscription check, signed deliveries stored and processed in the
background, and every event type of WhatsApp, Facebook Page feeds and Instagram, built in the
shapes Meta's documentation publishes (meta/payloads.py)."""

import datetime as dt
import http.server
import json
import threading

import pytest
from django.urls import reverse
from django.utils import timezone

from jembatan.connectors import inbound
from jembatan.connectors.actions import account_connect
from jembatan.connectors.channels.meta import payloads, process, signature
from jembatan.connectors.models import (
    Contact,
    Conversation,
    ConversationAttachment,
    ConversationMessage,
    WebhookDelivery,
)
from jembatan.core.models import AuditEntry
from jembatan.testing.meta import META_APP_SECRET as SECRET
from jembatan.testing.meta import META_VERIFY_TOKEN

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("meta_app")]

URL = "/webhooks/meta"
PAGE_ID = "106540352242922"
IG_ID = "17841405822304914"
PHONE_ID = "109876543210987"
POST_ID = f"{PAGE_ID}_825315526389001"
NOW = dt.datetime(2026, 11, 20, 3, 15, tzinfo=dt.UTC)


@pytest.fixture
def accounts(agency_a):
    return {
        platform: account_connect(agency=agency_a, platform=platform, external_id=external_id,
                                  name="DPUPR Wonosobo")[0]
        for platform, external_id in (("facebook", PAGE_ID), ("instagram", IG_ID),
                                      ("whatsapp", PHONE_ID))
    }


def post(client, payload: dict | bytes, *, secret: str = SECRET, header: str | None = None):
    body = payload if isinstance(payload, bytes) else payloads.encode(payload)
    headers = {}
    if header is not None:
        headers["HTTP_X_HUB_SIGNATURE_256"] = header
    elif secret:
        headers["HTTP_X_HUB_SIGNATURE_256"] = signature.sign(body, secret)
    return client.post(URL, data=body, content_type="application/json", **headers)


def deliver(payload: dict) -> str:
    """Store and process one notification as the task would."""
    delivery, _ = process.delivery_store(body=payloads.encode(payload),
                                         object_type=payload["object"])
    return process.process_delivery(delivery.pk)


def wa_text(text: str, *, wamid: str = "wamid.HBgLNjI4MTIzNDU2Nzg5FQIAEhggQTFCMkMzRDRFNUY2",
            wa_id: str = "6281234567890", at: dt.datetime = NOW) -> dict:
    return payloads.whatsapp_message(phone_number_id=PHONE_ID, wa_id=wa_id, name="Siti Aminah",
                                     wamid=wamid, at=at, text=text)


def fb_comment(comment_id: str = f"{POST_ID.split('_')[1]}_1001", *, verb: str = "add",
               message: str = "Jalan ke Dieng berlubang parah, kapan diperbaiki?",
               author_id: str = "2460918340627351", author_name: str = "Budi Santoso",
               parent_id: str = "", at: dt.datetime = NOW) -> dict:
    return payloads.page_comment(page_id=PAGE_ID, post_id=POST_ID, comment_id=comment_id,
                                 author_id=author_id, author_name=author_name, message=message,
                                 at=at, verb=verb, parent_id=parent_id)


# --- the endpoint -----------------------------------------------------------------------------

def test_webhook_is_served_at_exactly_webhooks_meta():
    assert reverse("connectors:meta_webhook") == "/webhooks/meta"


def test_subscription_check_with_the_right_token_echoes_the_challenge(client):
    response = client.get(URL, {"hub.mode": "subscribe", "hub.verify_token": META_VERIFY_TOKEN,
                                "hub.challenge": "1158201444"})

    assert response.status_code == 200
    assert response.content == b"1158201444"
    assert response["Content-Type"].startswith("text/plain")


@pytest.mark.parametrize("params", [
    {"hub.mode": "subscribe", "hub.verify_token": "wrong", "hub.challenge": "1"},
    {"hub.mode": "unsubscribe", "hub.verify_token": META_VERIFY_TOKEN, "hub.challenge": "1"},
    {"hub.challenge": "1"},
])
def test_subscription_check_with_a_wrong_token_or_mode_is_refused(client, params):
    response = client.get(URL, params)

    assert response.status_code == 403
    assert b"1" not in response.content


def test_subscription_check_is_refused_when_no_verify_token_is_configured(client, settings):
    settings.META_VERIFY_TOKEN = ""

    response = client.get(URL, {"hub.mode": "subscribe", "hub.verify_token": "",
                                "hub.challenge": "1"})

    assert response.status_code == 403


def test_signed_delivery_is_stored_and_answered_at_once(client, accounts,
                                                        django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        response = post(client, wa_text("Air PDAM di Kertek mati sejak pagi"))

    assert response.status_code == 200
    assert response.content == b"EVENT_RECEIVED"
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.PENDING
    assert delivery.object_type == "whatsapp_business_account"
    assert len(callbacks) == 1  # the task is enqueued after commit, not run in the request
    assert not Conversation.objects.exists()


def test_signed_delivery_with_immediate_tasks_becomes_a_conversation(
        client, accounts, immediate_tasks, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post(client, wa_text("Air PDAM di Kertek mati sejak pagi"))

    conversation = Conversation.objects.get()
    assert conversation.channel == "whatsapp"
    assert WebhookDelivery.objects.get().status == WebhookDelivery.Status.PROCESSED


@pytest.mark.parametrize("header", [None, "", "sha256=" + "0" * 64, "sha1=abc",
                                    "sha256=not-hex"])
def test_missing_or_invalid_signature_is_refused_and_nothing_stored(client, accounts, header):
    body = payloads.encode(wa_text("halo"))
    if header is None:
        response = post(client, body, secret="")
    else:
        response = post(client, body, header=header)

    assert response.status_code == 403
    assert not WebhookDelivery.objects.exists()
    assert not Conversation.objects.exists()


def test_signature_made_with_another_secret_is_refused(client, accounts):
    response = post(client, wa_text("halo"), secret="another-secret")

    assert response.status_code == 403
    assert not WebhookDelivery.objects.exists()


def test_no_post_is_accepted_without_a_configured_app_secret(client, settings, accounts):
    settings.META_APP_SECRET = ""

    response = post(client, wa_text("halo"), secret="")

    assert response.status_code == 403
    assert not WebhookDelivery.objects.exists()


@pytest.mark.parametrize("body", [
    b"{not json", b"", b"\xff\xfe\x00", b"[]", b'"text"', b'{"object": "page"}',
    b'{"entry": []}', b'{"object": "page", "entry": {}}', b'{"object": 1, "entry": []}',
])
def test_malformed_json_or_not_a_notification_is_400_and_nothing_stored(client, body):
    response = post(client, body)

    assert response.status_code == 400
    assert not WebhookDelivery.objects.exists()


def test_other_methods_are_not_allowed(client):
    assert client.put(URL).status_code == 405


def test_byte_identical_redelivery_stores_nothing_new(client, accounts,
                                                      django_capture_on_commit_callbacks):
    body = payloads.encode(wa_text("Blanko e-KTP sudah ada belum?"))
    with django_capture_on_commit_callbacks() as callbacks:
        first = post(client, body)
        second = post(client, body)

    assert first.status_code == second.status_code == 200
    assert WebhookDelivery.objects.count() == 1
    assert len(callbacks) == 1


# --- WhatsApp ---------------------------------------------------------------------------------

def test_whatsapp_text_starts_a_conversation_of_that_number(accounts, agency_a):
    assert deliver(wa_text("Min, air PDAM di Kertek mati sejak subuh, kapan nyala?")) \
        == "processed"

    conversation = Conversation.objects.get()
    message = conversation.messages.get()
    assert conversation.agency == agency_a
    assert conversation.account == accounts["whatsapp"]
    assert conversation.thread_key == "6281234567890"
    assert conversation.contact.name == "Siti Aminah"
    assert conversation.needs_reply
    assert conversation.waiting_since == NOW
    assert message.direction == "in"
    assert message.kind == "text"
    assert message.body.startswith("Min, air PDAM")
    assert message.external_id == "wamid.HBgLNjI4MTIzNDU2Nzg5FQIAEhggQTFCMkMzRDRFNUY2"
    assert message.created_at == NOW


def test_next_whatsapp_message_of_the_same_number_joins_the_conversation(accounts):
    deliver(wa_text("Min, air mati"))
    deliver(wa_text("Sudah 2 hari lho", wamid="wamid.SECOND", at=NOW + dt.timedelta(hours=1)))
    deliver(wa_text("Saya dari Sapuran", wamid="wamid.OTHER", wa_id="6285700000001"))

    assert Conversation.objects.count() == 2
    assert Conversation.objects.get(thread_key="6281234567890").messages.count() == 2


def test_whatsapp_image_keeps_the_media_id_for_later(accounts):
    deliver(payloads.whatsapp_message(
        phone_number_id=PHONE_ID, wa_id="6281234567890", name="Siti", wamid="wamid.IMG",
        at=NOW, type="image",
        content={"caption": "Lubang di jalan Kejajar", "mime_type": "image/jpeg",
                 "sha256": "IQ1Iw8vb1Yp3hVmvDI1ph3FEaa2sc6Wp7rhrvb3S6w8=", "id": "1479537139650973"}))

    message = ConversationMessage.objects.get()
    attachment = ConversationAttachment.objects.get()
    assert message.kind == "image"
    assert message.body == "Lubang di jalan Kejajar"
    assert attachment.message == message
    assert attachment.external_ref == "1479537139650973"
    assert attachment.content_type == "image/jpeg"
    assert not attachment.file


def test_whatsapp_document_keeps_its_file_name(accounts):
    deliver(payloads.whatsapp_message(
        phone_number_id=PHONE_ID, wa_id="6281234567890", name="Siti", wamid="wamid.DOC",
        at=NOW, type="document",
        content={"filename": "surat-pengantar.pdf", "mime_type": "application/pdf",
                 "sha256": "abc", "id": "3019734121598722"}))

    attachment = ConversationAttachment.objects.get()
    assert attachment.message.kind == "document"
    assert attachment.original_name == "surat-pengantar.pdf"
    assert attachment.external_ref == "3019734121598722"


def test_whatsapp_location_is_stored_with_coordinates(accounts):
    deliver(payloads.whatsapp_message(
        phone_number_id=PHONE_ID, wa_id="6281234567890", name="Siti", wamid="wamid.LOC",
        at=NOW, type="location",
        content={"latitude": -7.3605, "longitude": 109.9027, "name": "Jembatan Kertek",
                 "address": "Jl. Raya Kertek, Wonosobo"}))

    message = ConversationMessage.objects.get()
    assert message.kind == "location"
    assert message.body == "Jembatan Kertek, Jl. Raya Kertek, Wonosobo"
    assert message.data["location"]["latitude"] == -7.3605
    assert message.conversation.needs_reply


@pytest.mark.parametrize(("type_", "content", "title", "reply_id"), [
    ("interactive", {"type": "button_reply", "button_reply": {"id": "ya", "title": "Ya"}},
     "Ya", "ya"),
    ("interactive", {"type": "list_reply", "list_reply": {
        "id": "ktp", "title": "e-KTP", "description": "Perekaman dan cetak"}}, "e-KTP", "ktp"),
    ("button", {"payload": "STATUS_LAPORAN", "text": "Cek status"}, "Cek status",
     "STATUS_LAPORAN"),
])
def test_whatsapp_interactive_replies_store_the_chosen_option(accounts, type_, content, title,
                                                             reply_id):
    deliver(payloads.whatsapp_message(
        phone_number_id=PHONE_ID, wa_id="6281234567890", name="Siti", wamid="wamid.INT",
        at=NOW, type=type_, content=content, context={"from": "6228632100", "id": "wamid.OURS"}))

    message = ConversationMessage.objects.get()
    assert message.kind == "interactive"
    assert message.body == title
    assert message.data["reply"]["id"] == reply_id
    assert message.parent_external_id == "wamid.OURS"


@pytest.fixture
def our_reply(accounts):
    deliver(wa_text("Blanko e-KTP sudah ada?"))
    conversation = Conversation.objects.get()
    return ConversationMessage.objects.create(
        conversation=conversation, direction="out", body="Sudah tersedia, silakan datang.",
        external_id="wamid.OUR_REPLY", delivery_status="sent", created_at=NOW)


def status(status_: str, *, at=NOW, errors=None, wamid="wamid.OUR_REPLY") -> dict:
    return payloads.whatsapp_status(phone_number_id=PHONE_ID, wamid=wamid,
                                    recipient_id="6281234567890", status=status_, at=at,
                                    errors=errors)


def test_whatsapp_statuses_move_our_reply_forward_and_never_back(our_reply):
    deliver(status("delivered"))
    our_reply.refresh_from_db()
    assert our_reply.delivery_status == "delivered"

    deliver(status("read", at=NOW + dt.timedelta(minutes=2)))
    deliver(status("delivered", at=NOW + dt.timedelta(minutes=3)))  # late, out of order
    our_reply.refresh_from_db()
    assert our_reply.delivery_status == "read"


def test_whatsapp_failed_status_shows_the_error_on_our_reply(our_reply):
    deliver(status("failed", errors=[{
        "code": 131047, "title": "Re-engagement message", "message": "Re-engagement message",
        "error_data": {"details": "Message failed to send because more than 24 hours have "
                                  "passed since the customer last replied to this number."},
    }]))

    our_reply.refresh_from_db()
    assert our_reply.delivery_status == "failed"
    assert "131047" in our_reply.delivery_error
    assert "24 hours" in our_reply.delivery_error


def test_status_of_a_message_we_do_not_know_changes_nothing(our_reply):
    assert deliver(status("read", wamid="wamid.SOMEONE_ELSE")) == "processed"

    our_reply.refresh_from_db()
    assert our_reply.delivery_status == "sent"


# --- Facebook Page feed -----------------------------------------------------------------------

def test_facebook_comment_starts_a_conversation_under_its_post(accounts):
    deliver(fb_comment())

    conversation = Conversation.objects.get()
    message = conversation.messages.get()
    assert conversation.channel == "facebook"
    assert conversation.thread_key == "825315526389001_1001"
    assert conversation.post_id == POST_ID
    assert conversation.post_url == f"https://www.facebook.com/{POST_ID}"
    assert conversation.contact.name == "Budi Santoso"
    assert conversation.contact.external_id == "2460918340627351"
    assert message.external_id == "825315526389001_1001"
    assert message.created_at == NOW


def test_replies_to_a_comment_join_its_conversation_whoever_writes(accounts):
    deliver(fb_comment())
    deliver(fb_comment("825315526389001_1002", parent_id="825315526389001_1001",
                       message="Betul, saya juga hampir jatuh di situ",
                       author_id="1000000000000002", author_name="Wati",
                       at=NOW + dt.timedelta(minutes=5)))
    deliver(fb_comment("825315526389001_1003", message="Tolong juga jalan di Garung",
                       author_id="1000000000000003", author_name="Joko"))

    assert Conversation.objects.count() == 2
    thread = Conversation.objects.get(thread_key="825315526389001_1001")
    assert thread.messages.count() == 2
    reply = thread.messages.get(external_id="825315526389001_1002")
    assert reply.parent_external_id == "825315526389001_1001"


def test_edited_comment_updates_the_stored_text_and_keeps_the_old_one(accounts):
    deliver(fb_comment())
    deliver(fb_comment(verb="edited", message="Jalan ke Dieng berlubang, sudah 3 bulan!",
                       at=NOW + dt.timedelta(minutes=10)))

    message = ConversationMessage.objects.get()
    assert message.body == "Jalan ke Dieng berlubang, sudah 3 bulan!"
    assert message.edited_at == NOW + dt.timedelta(minutes=10)
    assert message.data["edits"][0]["body"].startswith("Jalan ke Dieng berlubang parah")


def test_edit_of_a_comment_never_received_stores_it(accounts):
    deliver(fb_comment(verb="edited", message="Tolong lampu PJU di Kalikajar mati"))

    assert ConversationMessage.objects.get().body == "Tolong lampu PJU di Kalikajar mati"


def test_removed_comment_is_marked_removed_not_deleted(accounts):
    deliver(fb_comment())
    deliver(fb_comment(verb="remove"))

    message = ConversationMessage.objects.get()
    assert message.is_removed


def test_hidden_comment_is_marked_hidden(accounts):
    deliver(fb_comment())
    deliver(fb_comment(verb="hide"))

    message = ConversationMessage.objects.get()
    assert message.data["hidden"] is True
    assert not message.is_removed


def test_page_reply_typed_on_facebook_is_recorded_as_our_answer(accounts):
    deliver(fb_comment())
    deliver(fb_comment("825315526389001_1009", parent_id="825315526389001_1001",
                       author_id=PAGE_ID, author_name="DPUPR Wonosobo",
                       message="Terima kasih, tim kami survei besok.",
                       at=NOW + dt.timedelta(hours=2)))

    conversation = Conversation.objects.get()
    reply = conversation.messages.get(direction="out")
    assert reply.body == "Terima kasih, tim kami survei besok."
    assert reply.external_id == "825315526389001_1009"
    assert reply.delivery_status == "sent"
    assert conversation.status == "answered"
    assert conversation.waiting_since is None
    assert conversation.first_response_seconds == 2 * 3600
    assert not conversation.messages.filter(direction="in",
                                            external_id="825315526389001_1009").exists()


def test_page_comment_matches_our_reply_still_being_sent(accounts):
    deliver(fb_comment())
    conversation = Conversation.objects.get()
    ours = ConversationMessage.objects.create(
        conversation=conversation, direction="out", body="Sudah kami teruskan ke UPT.",
        delivery_status="sending", created_at=NOW + dt.timedelta(minutes=1))

    deliver(fb_comment("825315526389001_1010", parent_id="825315526389001_1001",
                       author_id=PAGE_ID, author_name="DPUPR", message="Sudah kami teruskan ke UPT.",
                       at=NOW + dt.timedelta(minutes=1)))

    ours.refresh_from_db()
    assert ours.external_id == "825315526389001_1010"
    assert conversation.messages.filter(direction="out").count() == 1


def test_page_comment_under_its_own_post_is_not_a_conversation(accounts):
    deliver(fb_comment("825315526389001_1020", author_id=PAGE_ID, author_name="DPUPR",
                       message="Info lengkap di website kami"))

    assert not ConversationMessage.objects.exists()


# --- Instagram --------------------------------------------------------------------------------

def ig_comment(comment_id="17865799348089039", *, text="Kak, jalan ke Dieng kapan dibenerin?",
               parent_id="", author_id="17841400000000001", username="warga.wsb", at=NOW):
    return payloads.instagram_comment(account_id=IG_ID, media_id="17895695668004550",
                                      comment_id=comment_id, author_id=author_id,
                                      username=username, text=text, at=at, parent_id=parent_id)


def test_instagram_comment_and_reply_form_one_conversation(accounts):
    deliver(ig_comment())
    deliver(ig_comment("17865799348089040", parent_id="17865799348089039",
                       text="@warga.wsb sama, di Kejajar juga", username="mas.joko",
                       author_id="17841400000000002"))

    conversation = Conversation.objects.get()
    assert conversation.channel == "instagram"
    assert conversation.thread_key == "17865799348089039"
    assert conversation.post_id == "17895695668004550"
    assert conversation.contact.handle == "warga.wsb"
    assert conversation.messages.count() == 2
    assert conversation.messages.first().data["media_product_type"] == "FEED"


def test_instagram_reply_by_the_account_is_our_answer(accounts):
    deliver(ig_comment())
    deliver(ig_comment("17865799348089041", parent_id="17865799348089039",
                       text="Sudah dijadwalkan minggu depan kak", author_id=IG_ID,
                       username="dpupr.wonosobo", at=NOW + dt.timedelta(minutes=30)))

    conversation = Conversation.objects.get()
    assert conversation.messages.filter(direction="out").count() == 1
    assert conversation.status == "answered"


def test_instagram_mention_is_stored_with_its_ids(accounts):
    deliver(payloads.instagram_mention(account_id=IG_ID, media_id="17918195224117851",
                                       comment_id="17894227972186120", at=NOW))

    message = ConversationMessage.objects.get()
    assert message.kind == "mention"
    assert message.data["mention"] == {"media_id": "17918195224117851",
                                       "comment_id": "17894227972186120"}
    assert message.conversation.post_id == "17918195224117851"


def test_instagram_change_inside_the_entry_is_read_as_well(accounts):
    payload = ig_comment()
    entry = payload["entry"][0]
    change = entry.pop("changes")[0]
    entry.update(change)

    deliver(payload)

    assert ConversationMessage.objects.get().external_id == "17865799348089039"


# --- accounts, idempotency, failures ----------------------------------------------------------

def test_events_for_an_account_not_connected_are_ignored(client, accounts, caplog,
                                                        django_capture_on_commit_callbacks):
    payload = payloads.whatsapp_message(phone_number_id="999000999000", wa_id="6281299999999",
                                        name="Rahasia Orang", wamid="wamid.X", at=NOW,
                                        text="pesan pribadi")
    with django_capture_on_commit_callbacks():
        response = post(client, payload)
    delivery = WebhookDelivery.objects.get()

    with caplog.at_level("INFO"):
        assert process.process_delivery(delivery.pk) == "ignored"

    assert response.status_code == 200
    delivery.refresh_from_db()
    assert delivery.status == "ignored"
    assert "999000999000" in delivery.note
    assert not Conversation.objects.exists()
    assert not Contact.objects.exists()
    assert "999000999000" in caplog.text
    assert "Rahasia" not in caplog.text
    assert "6281299999999" not in caplog.text


def test_inactive_account_is_treated_as_not_connected(accounts):
    accounts["whatsapp"].is_active = False
    accounts["whatsapp"].save()

    assert deliver(wa_text("halo")) == "ignored"


def test_processing_the_same_delivery_twice_creates_nothing_new(accounts):
    delivery, _ = process.delivery_store(body=payloads.encode(wa_text("Mohon info BPJS")),
                                         object_type="whatsapp_business_account")
    process.process_delivery(delivery.pk)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(status="pending")
    process.process_delivery(delivery.pk)

    assert ConversationMessage.objects.count() == 1


def test_the_same_message_in_two_different_deliveries_is_stored_once(accounts):
    first = fb_comment()
    second = fb_comment()
    second["entry"][0]["time"] += 30  # Meta's retry: same comment, different envelope
    deliver(first)
    deliver(second)

    assert WebhookDelivery.objects.count() == 2
    assert ConversationMessage.objects.count() == 1


def test_one_delivery_with_several_events_stores_them_all(accounts):
    payload = wa_text("pesan 1")
    second = wa_text("pesan 2", wamid="wamid.TWO", wa_id="6285700000009")
    payload["entry"].append(second["entry"][0])

    deliver(payload)

    assert ConversationMessage.objects.count() == 2


@pytest.fixture
def broken_intake(monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("database is locked")

    monkeypatch.setattr(inbound, "receive", fail)
    return monkeypatch


def test_failure_marks_the_delivery_failed_and_reraises(accounts, broken_intake):
    delivery, _ = process.delivery_store(body=payloads.encode(wa_text("halo")),
                                         object_type="whatsapp_business_account")

    with pytest.raises(process.DeliveryFailed) as raised:
        process.process_delivery(delivery.pk)

    assert "RuntimeError" in str(raised.value)
    delivery.refresh_from_db()
    assert delivery.status == "failed"
    assert delivery.attempts == 1
    assert "database is locked" in delivery.last_error
    assert not Conversation.objects.exists()


def test_a_failed_delivery_is_logged_and_raised_without_the_errors_text(accounts, monkeypatch,
                                                                        caplog):
    def fail(item, **kwargs):
        # What a database error can quote: the number and the message it refused.
        raise RuntimeError(f"cannot store {item.contact_id}: {item.body}")

    monkeypatch.setattr(inbound, "receive", fail)
    delivery, _ = process.delivery_store(body=payloads.encode(wa_text("Rahasia dapur")),
                                         object_type="whatsapp_business_account")

    with caplog.at_level("INFO"), pytest.raises(process.DeliveryFailed) as raised:
        process.process_delivery(delivery.pk)

    assert f"Webhook delivery {delivery.pk} failed: RuntimeError" in caplog.text
    for text in (caplog.text, str(raised.value)):
        assert "Rahasia dapur" not in text
        assert "6281234567890" not in text


def test_failed_task_keeps_the_delivery_for_a_retry(client, accounts, broken_intake,
                                                    immediate_tasks,
                                                    django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, wa_text("halo"))

    assert response.status_code == 200
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "failed"
    assert delivery.attempts == 1


def test_failed_delivery_is_retried_with_backoff_and_then_processed(accounts, monkeypatch):
    delivery, _ = process.delivery_store(body=payloads.encode(wa_text("halo")),
                                         object_type="whatsapp_business_account")
    enqueued = []
    monkeypatch.setattr(process, "enqueue", enqueued.append)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(status="failed", attempts=2,
                                                          last_error="boom")

    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        received_at=timezone.now() - dt.timedelta(minutes=10))
    assert process.retry_pending_deliveries() == {"pending": 0, "failed": 0}  # 15 min not over

    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        received_at=timezone.now() - dt.timedelta(minutes=16))
    assert process.retry_pending_deliveries() == {"pending": 0, "failed": 1}
    assert enqueued == [delivery.pk]

    assert process.process_delivery(delivery.pk) == "processed"
    delivery.refresh_from_db()
    assert delivery.attempts == 3
    assert delivery.last_error == ""
    assert ConversationMessage.objects.count() == 1


def test_delivery_that_failed_five_times_is_left_for_staff(accounts, monkeypatch):
    delivery, _ = process.delivery_store(body=payloads.encode(wa_text("halo")),
                                         object_type="whatsapp_business_account")
    monkeypatch.setattr(process, "enqueue", lambda pk: None)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        status="failed", attempts=5, received_at=timezone.now() - dt.timedelta(days=2))

    assert process.retry_pending_deliveries() == {"pending": 0, "failed": 0}


def test_pending_delivery_whose_task_never_ran_is_enqueued_again(accounts, monkeypatch):
    enqueued = []
    monkeypatch.setattr(process, "enqueue", enqueued.append)
    _fresh, _ = process.delivery_store(body=payloads.encode(wa_text("baru")),
                                      object_type="whatsapp_business_account")
    stalled, _ = process.delivery_store(body=payloads.encode(wa_text("lama", wamid="wamid.L")),
                                        object_type="whatsapp_business_account")
    WebhookDelivery.objects.filter(pk=stalled.pk).update(
        received_at=timezone.now() - dt.timedelta(minutes=2))

    assert process.retry_pending_deliveries() == {"pending": 1, "failed": 0}
    assert enqueued == [stalled.pk]


def test_retry_task_runs_the_delivery_retry(accounts, monkeypatch):
    from jembatan.connectors import tasks

    calls = []
    monkeypatch.setattr(process, "retry_pending_deliveries", lambda: calls.append(1) or {})
    try:
        tasks.retry_stalled_work.call()
    except ImportError:
        pytest.skip("outbound retries not written yet")
    assert calls == [1]


# --- the admin --------------------------------------------------------------------------------

@pytest.fixture
def failed_delivery(accounts):
    delivery, _ = process.delivery_store(body=payloads.encode(wa_text("halo")),
                                         object_type="whatsapp_business_account")
    WebhookDelivery.objects.filter(pk=delivery.pk).update(status="failed", attempts=5,
                                                          last_error="RuntimeError: boom")
    return delivery


def test_coordinator_sees_failed_deliveries_with_their_error(login, coordinator,
                                                             failed_delivery):
    url = reverse("admin:connectors_webhookdelivery_changelist")

    response = login(coordinator).get(url, {"status__exact": "failed"})

    assert response.status_code == 200
    assert "RuntimeError: boom" in response.content.decode()


def test_officer_cannot_open_the_deliveries_admin(login, officer_a, failed_delivery):
    url = reverse("admin:connectors_webhookdelivery_changelist")

    response = login(officer_a).get(url)

    assert response.status_code == 302


def test_coordinator_processes_a_failed_delivery_again(login, coordinator, failed_delivery,
                                                      immediate_tasks,
                                                      django_capture_on_commit_callbacks):
    url = reverse("admin:connectors_webhookdelivery_changelist")

    with django_capture_on_commit_callbacks(execute=True):
        response = login(coordinator).post(url, {"action": "process_again",
                                                 "_selected_action": [failed_delivery.pk]})

    assert response.status_code == 302
    failed_delivery.refresh_from_db()
    assert failed_delivery.status == "processed"
    assert ConversationMessage.objects.count() == 1
    entry = AuditEntry.objects.get(action="webhook_delivery_retry")
    assert entry.actor == coordinator


def test_deliveries_cannot_be_edited_in_the_admin(login, coordinator, failed_delivery):
    url = reverse("admin:connectors_webhookdelivery_change", args=[failed_delivery.pk])

    response = login(coordinator).post(url, {"status": "processed"})

    failed_delivery.refresh_from_db()
    assert response.status_code == 403
    assert failed_delivery.status == "failed"


# --- live mode: media from the Graph API ------------------------------------------------------

class _GraphHandler(http.server.BaseHTTPRequestHandler):
    """Answers like graph.facebook.com: a media id gives a temporary URL, the URL the bytes."""

    def do_GET(self):
        if self.headers.get("Authorization") != "Bearer live-token":
            self._send(401, b'{"error":{"message":"Invalid OAuth access token.","code":190}}')
        elif self.path.startswith("/v23.0/1479537139650973"):
            host = f"http://127.0.0.1:{self.server.server_port}"
            self._send(200, json.dumps({
                "messaging_product": "whatsapp", "url": f"{host}/whatsapp_business/attachments/"
                "?mid=1479537139650973&ext=1", "mime_type": "image/jpeg", "sha256": "x",
                "file_size": 4, "id": "1479537139650973"}).encode())
        elif self.path.startswith("/whatsapp_business/attachments/"):
            self._send(200, b"\xff\xd8\xff\xe0", "image/jpeg")
        else:
            self._send(404, b'{"error":{"message":"Unsupported get request.","code":100}}')

    def _send(self, code, body, content_type="application/json"):
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def graph_server(settings):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _GraphHandler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01},
                              daemon=True)
    thread.start()
    settings.META_GRAPH_URL = f"http://127.0.0.1:{server.server_port}/v23.0"
    yield server
    server.shutdown()
    server.server_close()


def _image_payload():
    return payloads.whatsapp_message(
        phone_number_id=PHONE_ID, wa_id="6281234567890", name="Siti", wamid="wamid.IMG",
        at=NOW, type="image", content={"mime_type": "image/jpeg", "sha256": "x",
                                       "id": "1479537139650973"})


def test_live_mode_fetches_whatsapp_media_with_the_token(accounts, graph_server, settings):
    settings.CONNECTORS_MODE = "live"
    account_connect(agency=accounts["whatsapp"].agency, platform="whatsapp",
                    external_id=PHONE_ID, token="live-token")

    deliver(_image_payload())

    attachment = ConversationAttachment.objects.get()
    assert attachment.external_ref == "1479537139650973"
    assert attachment.size == 4
    assert attachment.file.read() == b"\xff\xd8\xff\xe0"


def test_live_mode_keeps_the_message_when_the_media_cannot_be_fetched(accounts, graph_server,
                                                                     settings):
    settings.CONNECTORS_MODE = "live"
    account_connect(agency=accounts["whatsapp"].agency, platform="whatsapp",
                    external_id=PHONE_ID, token="expired-token")

    assert deliver(_image_payload()) == "processed"

    attachment = ConversationAttachment.objects.get()
    assert attachment.external_ref == "1479537139650973"
    assert not attachment.file
