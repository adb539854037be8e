"""Meta's own sample payloads, replayed: every WhatsApp Cloud API message type of the
"messages" webhook reference (text, media, location, contacts, interactive and button replies,
reactions and their removal, order, referral, system, unsupported/unknown, edit, revoke,
request_welcome, username senders, errors) and Page `feed` changes in both the current and the
older `sender_id` form, including visitor posts.

The bodies are literal JSON files in `meta_payloads/`, as the references and public payload
collections show them, signed and processed byte for byte.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone

from jembatan.connectors import actions, inbound
from jembatan.connectors.actions import account_connect
from jembatan.connectors.channels.meta import parse, process, signature
from jembatan.connectors.channels.meta import whatsapp as whatsapp_adapter
from jembatan.connectors.metrics import response_metrics
from jembatan.connectors.models import (
    ConnectedAccount,
    Contact,
    Conversation,
    ConversationAttachment,
    ConversationMessage,
    WebhookDelivery,
)
from jembatan.connectors.selectors import unanswered_count, unanswered_queue
from jembatan.testing.meta import META_APP_SECRET as SECRET

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("meta_app")]

PAYLOADS = Path(__file__).parent / "meta_payloads"
PHONE_ID = "123456123"  # the phone_number_id of Meta's sample payloads
PAGE_ID = "106540352242922"
Kind = ConversationMessage.Kind


@pytest.fixture
def accounts(agency_a):
    return {
        platform: account_connect(agency=agency_a, platform=platform, external_id=external_id,
                                  name="DPUPR Wonosobo")[0]
        for platform, external_id in (("facebook", PAGE_ID), ("whatsapp", PHONE_ID))
    }


def body_of(name: str) -> bytes:
    return (PAYLOADS / f"{name}.json").read_bytes()


def deliver(name: str) -> WebhookDelivery:
    """Store and process one sample body exactly as received."""
    body = body_of(name)
    delivery, _ = process.delivery_store(body=body, object_type=json.loads(body)["object"])
    # A failed delivery raises for the task runner; its record is what these tests read.
    with contextlib.suppress(process.DeliveryFailed):
        process.process_delivery(delivery.pk)
    delivery.refresh_from_db()
    return delivery


def message(external_id: str) -> ConversationMessage:
    return ConversationMessage.objects.select_related("conversation__contact").get(
        external_id=external_id)


# --- every message type of the WhatsApp reference ----------------------------------------------

TYPES = [
    # sample, wamid, kind, text that must be stored, waits for a reply
    ("text", "wamid.ID.text", Kind.TEXT, "kapan diperbaiki?", True),
    ("image", "wamid.ID.image", Kind.IMAGE, "Lubang di jalan Kalibeber", True),
    ("audio", "wamid.ID.audio", Kind.AUDIO, "", True),
    ("video", "wamid.ID.video", Kind.VIDEO, "", True),
    ("document", "wamid.ID.document", Kind.DOCUMENT, "Surat pengantar RT", True),
    ("sticker", "wamid.ID.sticker", Kind.STICKER, "", False),
    ("location", "wamid.ID.location", Kind.LOCATION, "Alun-alun Wonosobo", True),
    ("contacts", "wamid.ID.contacts", Kind.CONTACTS, "Pak Darmo (Ketua RT 05)", True),
    ("interactive_button_reply", "wamid.ID.button_reply", Kind.INTERACTIVE, "Ya, sudah",
     False),  # an acknowledgement: the usual suggestion
    ("interactive_list_reply", "wamid.ID.list_reply", Kind.INTERACTIVE, "KTP elektronik", True),
    ("interactive_nfm_reply", "wamid.ID.nfm_reply", Kind.INTERACTIVE, "Sent", True),
    ("button", "wamid.ID.button", Kind.INTERACTIVE, "Lapor lagi", True),
    ("reaction", "wamid.ID.reaction", Kind.REACTION, "\U0001F44D", False),
    ("order", "wamid.ID.order", Kind.ORDER, "bibit kopi", True),
    ("referral", "wamid.ID.referral", Kind.TEXT, "lapor jalan rusak", True),
    ("unsupported", "wamid.ID.unsupported", Kind.UNSUPPORTED, "", False),
    ("unknown", "wamid.ID.unknown", Kind.UNSUPPORTED, "", False),
    ("request_welcome", "wamid.ID.welcome", Kind.SYSTEM, "", False),
    ("system_identity_changed", "wamid.ID.identity", Kind.SYSTEM, "security code", False),
    ("username_sender", "wamid.ID.username", Kind.TEXT, "jadwal posyandu", True),
]


@pytest.mark.parametrize(("sample", "wamid", "kind", "text", "waits"), TYPES,
                         ids=[row[0] for row in TYPES])
def test_every_whatsapp_message_type_is_stored_and_waits_only_if_answerable(
        accounts, sample, wamid, kind, text, waits):
    delivery = deliver(f"whatsapp_{sample}")

    assert delivery.status == "processed", delivery.last_error
    stored = message(wamid)
    assert stored.kind == kind
    assert text in stored.body
    assert (stored.conversation.waiting_since is not None) is waits


def test_media_messages_keep_the_media_id_to_fetch_later(accounts):
    for sample in ("image", "audio", "video", "document", "sticker"):
        deliver(f"whatsapp_{sample}")

    refs = dict(ConversationAttachment.objects.values_list("external_ref", "content_type"))
    assert refs == {"1003383421387256": "image/jpeg",
                    "1003383421387257": "audio/ogg; codecs=opus",
                    "1003383421387258": "video/mp4",
                    "1003383421387259": "application/pdf",
                    "1003383421387260": "image/webp"}
    assert message("wamid.ID.audio").data["media"]["voice"] is True


def test_shared_contact_card_keeps_names_and_numbers(accounts):
    deliver("whatsapp_contacts")

    stored = message("wamid.ID.contacts")
    assert stored.data["contacts"] == [{
        "name": "Pak Darmo (Ketua RT 05)",
        "phones": [{"phone": "+62 812-3456-7890", "wa_id": "6281234567890", "type": "CELL"}],
        "emails": ["pak.rt05@example.com"],
        "org": "RT 05 Kalibeber",
    }]
    assert stored.body == ("Pak Darmo (Ketua RT 05): +62 812-3456-7890, pak.rt05@example.com, "
                           "RT 05 Kalibeber")


def test_flow_answer_keeps_the_form_fields(accounts):
    deliver("whatsapp_interactive_nfm_reply")

    reply = message("wamid.ID.nfm_reply").data["reply"]
    assert reply["type"] == "nfm_reply"
    assert json.loads(reply["response_json"])["rating"] == "4"


def test_order_keeps_its_items(accounts):
    deliver("whatsapp_order")

    assert message("wamid.ID.order").data["order"]["items"] == [
        {"product": "bibit-kopi-arabika", "quantity": "50", "price": "2500", "currency": "IDR"}]


def test_message_from_an_ad_keeps_where_it_came_from(accounts):
    deliver("whatsapp_referral")

    referral = message("wamid.ID.referral").data["referral"]
    assert referral["headline"] == "Lapor jalan rusak lewat WhatsApp"
    assert referral["source_url"] == "https://fb.me/3cr4Wqqkv"


def test_unsupported_and_unknown_keep_metas_error_code_and_title(accounts):
    deliver("whatsapp_unsupported")
    deliver("whatsapp_unknown")

    assert message("wamid.ID.unsupported").data["errors"] == [
        {"code": "131051", "title": "Message type unknown",
         "details": "Message type is currently not supported."}]
    assert message("wamid.ID.unknown").data["errors"][0]["title"] == "Unsupported message type"


def test_errors_of_the_number_itself_are_shown_on_the_account(accounts):
    delivery = deliver("whatsapp_errors")

    assert delivery.status == "processed"
    account = ConnectedAccount.objects.get(platform="whatsapp")
    assert "131056" in account.last_error
    assert "pair rate limit hit" in account.last_error
    assert not ConversationMessage.objects.exists()


# --- senders without a phone number -------------------------------------------------------------

def test_username_sender_without_a_phone_number_is_kept_under_the_user_id(accounts):
    deliver("whatsapp_username_sender")

    stored = message("wamid.ID.username")
    contact = stored.conversation.contact
    assert contact.external_id == "ID.1502576394655843"
    assert contact.name == "Budi"
    assert contact.handle == "@budi.wsb"
    assert stored.conversation.thread_key == "ID.1502576394655843"


def test_reply_to_a_user_id_goes_to_the_recipient_field(accounts, officer_a):
    deliver("whatsapp_username_sender")
    conversation = message("wamid.ID.username").conversation
    reply = ConversationMessage.objects.create(
        conversation=conversation, direction="out", body="Tanggal 12, Pak.")

    payload = whatsapp_adapter.message_payload(reply)

    assert payload["recipient"] == "ID.1502576394655843"
    assert "to" not in payload


def test_reply_to_a_phone_number_still_goes_to_to(accounts):
    deliver("whatsapp_text")
    reply = ConversationMessage.objects.create(
        conversation=message("wamid.ID.text").conversation, direction="out", body="Baik.")

    assert whatsapp_adapter.message_payload(reply)["to"] == "16315551181"


# --- edit, revoke, reaction removal ------------------------------------------------------------

def test_edit_applies_the_new_text_to_the_original_and_keeps_the_history(accounts):
    deliver("whatsapp_text")
    deliver("whatsapp_edit")

    assert ConversationMessage.objects.count() == 1
    original = message("wamid.ID.text")
    assert "sudah ada yang jatuh" in original.body
    assert original.edited_at is not None
    assert "sudah ada yang jatuh" not in original.data["edits"][0]["body"]
    assert "berlubang besar, kapan" in original.data["edits"][0]["body"]


def test_edit_of_a_message_never_received_stores_it_as_it_reads_now(accounts):
    deliver("whatsapp_edit")

    stored = message("wamid.ID.text")
    assert "sudah ada yang jatuh" in stored.body
    assert stored.conversation.contact.external_id == "16315551181"


def test_revoke_marks_the_original_withdrawn_and_keeps_it(accounts):
    deliver("whatsapp_text")
    deliver("whatsapp_revoke")

    original = message("wamid.ID.text")
    assert original.is_removed
    assert original.data["revoked"] is True
    assert ConversationMessage.objects.count() == 1


def test_reaction_removal_is_not_a_new_message_and_removes_the_reaction(accounts):
    deliver("whatsapp_reaction")
    deliver("whatsapp_reaction_removed")

    assert not ConversationMessage.objects.filter(external_id="wamid.ID.reaction_removed").exists()
    assert message("wamid.ID.reaction").is_removed


def test_new_reaction_replaces_the_earlier_one(accounts):
    deliver("whatsapp_reaction")
    body = body_of("whatsapp_reaction").replace(b"wamid.ID.reaction\"", b"wamid.ID.reaction2\"")
    body = body.replace(b"\\uD83D\\uDC4D", b"\\u2764")
    process.process_delivery(process.delivery_store(
        body=body, object_type="whatsapp_business_account")[0].pk)

    assert message("wamid.ID.reaction").is_removed
    assert not message("wamid.ID.reaction2").is_removed


# --- system notices -----------------------------------------------------------------------------

def test_changed_number_updates_the_contact_and_is_not_a_message_to_answer(accounts):
    deliver("whatsapp_text")
    conversation = message("wamid.ID.text").conversation
    inbound.mark_answered(conversation, at=timezone.now())

    deliver("whatsapp_system_number_changed")

    notice = message("wamid.ID.system")
    assert notice.kind == Kind.SYSTEM
    assert notice.conversation_id == conversation.pk
    conversation.refresh_from_db()
    assert conversation.waiting_since is None
    assert conversation.thread_key == "16315559999"
    assert Contact.objects.get().external_id == "16315559999"


def test_next_message_from_the_new_number_joins_the_same_conversation(accounts):
    deliver("whatsapp_text")
    deliver("whatsapp_system_number_changed")
    body = body_of("whatsapp_text").replace(b"16315551181", b"16315559999")
    body = body.replace(b"wamid.ID.text", b"wamid.ID.from_new_number")
    process.process_delivery(process.delivery_store(
        body=body, object_type="whatsapp_business_account")[0].pk)

    assert Conversation.objects.count() == 1
    assert Contact.objects.count() == 1


def test_changed_number_onto_a_known_contact_moves_nothing(accounts):
    Contact.objects.create(platform="whatsapp", external_id="16315559999", name="Orang lain")
    deliver("whatsapp_text")
    deliver("whatsapp_system_number_changed")

    assert set(Contact.objects.values_list("external_id", flat=True)) == {"16315551181",
                                                                         "16315559999"}
    assert message("wamid.ID.system").conversation.contact.external_id == "16315551181"


# --- nothing system-generated waits: queue and metrics -----------------------------------------

NOTICES = ("whatsapp_system_number_changed", "whatsapp_system_identity_changed",
           "whatsapp_request_welcome", "whatsapp_reaction", "whatsapp_unsupported",
           "whatsapp_unknown")


def test_notices_reactions_and_unsupported_never_enter_the_unanswered_queue(accounts,
                                                                            officer_a):
    for sample in NOTICES:
        deliver(sample)

    assert ConversationMessage.objects.count() == len(NOTICES)
    assert unanswered_count(user=officer_a) == 0
    assert unanswered_queue(user=officer_a) == []
    assert not Conversation.objects.filter(needs_reply=True).exists()


def test_notices_never_count_as_needing_a_reply_in_the_metrics(accounts, officer_a):
    for sample in NOTICES:
        deliver(sample)
    now = timezone.now()

    metrics = response_metrics(user=officer_a, start=now.replace(year=2020),
                               end=now.replace(year=now.year + 1))

    assert metrics.total.needed_reply == 0
    assert metrics.total.unanswered_now == 0


def test_a_notice_after_a_question_keeps_it_waiting_from_the_question(accounts, officer_a):
    deliver("whatsapp_text")
    waiting_since = message("wamid.ID.text").conversation.waiting_since

    deliver("whatsapp_system_identity_changed")

    conversation = Conversation.objects.get()
    assert conversation.waiting_since == waiting_since
    assert unanswered_count(user=officer_a) == 1


def test_a_notice_after_our_answer_does_not_reopen_the_wait(accounts, officer_a):
    deliver("whatsapp_text")
    conversation = Conversation.objects.get()
    inbound.mark_answered(conversation, at=timezone.now())

    for sample in ("whatsapp_system_identity_changed", "whatsapp_reaction"):
        deliver(sample)

    conversation.refresh_from_db()
    assert conversation.waiting_since is None
    assert conversation.status == "answered"


# --- Facebook Page feed -------------------------------------------------------------------------

def test_comment_in_the_older_sender_id_form_becomes_a_conversation(accounts):
    deliver("facebook_comment_sender_id")

    stored = message("825315526389001_1502")
    assert stored.conversation.contact.external_id == "100012345678901"
    assert stored.conversation.contact.name == "Wahyu Pratama"
    assert stored.author_name == "Wahyu Pratama"
    assert stored.conversation.waiting_since is not None


def test_visitor_post_on_the_page_becomes_a_conversation(accounts):
    deliver("facebook_visitor_status")

    stored = message(f"{PAGE_ID}_900000000000001")
    assert "saluran air di Kertek" in stored.body
    assert stored.conversation.contact.name == "Rina Wulandari"
    assert stored.conversation.thread_key == f"{PAGE_ID}_900000000000001"
    assert stored.conversation.waiting_since is not None


def test_visitor_photo_is_kept_with_its_link(accounts):
    deliver("facebook_visitor_photo")

    stored = message(f"{PAGE_ID}_900000000000002")
    assert stored.kind == Kind.IMAGE
    assert stored.attachments.get().external_ref.endswith("900000000000003_n.jpg")


def test_visitor_post_in_the_older_sender_id_form_becomes_a_conversation(accounts):
    deliver("facebook_visitor_post_sender_id")

    stored = message(f"{PAGE_ID}_900000000000004")
    assert stored.conversation.contact.external_id == "100034567890123"
    assert stored.conversation.contact.name == "Joko Susilo"


def test_the_pages_own_post_is_not_a_conversation(accounts):
    delivery = deliver("facebook_page_own_status")

    assert delivery.status == "ignored"
    assert not Conversation.objects.exists()


def test_comment_under_a_visitor_post_joins_its_conversation(accounts):
    deliver("facebook_visitor_status")
    body = body_of("facebook_comment_sender_id").replace(
        b"825315526389001", b"900000000000001")
    process.process_delivery(process.delivery_store(body=body, object_type="page")[0].pk)

    assert Conversation.objects.count() == 1
    assert Conversation.objects.get().messages.count() == 2


# --- one bad event never sinks its siblings -----------------------------------------------------

def test_an_entry_time_of_400_digits_no_longer_sinks_the_delivery(
        client, accounts, django_capture_on_commit_callbacks, immediate_tasks):
    body = body_of("facebook_absurd_time")
    assert b"1" + b"0" * 399 in body

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/webhooks/meta", data=body, content_type="application/json",
                               HTTP_X_HUB_SIGNATURE_256=signature.sign(body, SECRET))

    assert response.status_code == 200
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "processed", delivery.last_error
    # The entry with the unreadable time keeps its comment, at the time it was received.
    assert set(ConversationMessage.objects.values_list("external_id", flat=True)) == {
        "825315526389001_1601", "825315526389001_1602"}


def test_an_overflowing_float_keeps_the_message_and_its_siblings(accounts):
    delivery = deliver("whatsapp_absurd_timestamp")

    assert delivery.status == "processed", delivery.last_error
    located = message("wamid.ID.absurd")
    assert located.data["location"]["latitude"] == "inf"
    assert message("wamid.ID.after_absurd").body == "Lokasinya di Pasar Induk Wonosobo"


@pytest.fixture
def failing_for(monkeypatch):
    """Make storing one platform id fail the way a database error would."""
    receive = inbound.receive

    def install(external_id: str):
        def flaky(item, **kwargs):
            if item.external_id == external_id:
                raise RuntimeError(f"cannot store {item.external_id}")
            return receive(item, **kwargs)

        monkeypatch.setattr(inbound, "receive", flaky)
        return monkeypatch

    return install


def test_one_failing_event_is_recorded_and_its_siblings_are_stored(accounts, failing_for):
    failing = failing_for("wamid.ID.absurd")

    delivery = deliver("whatsapp_absurd_timestamp")

    assert message("wamid.ID.after_absurd")
    assert not ConversationMessage.objects.filter(external_id="wamid.ID.absurd").exists()
    assert delivery.status == "failed"
    assert delivery.note == "1 event(s) applied, 1 failed"
    assert "Inbound wamid.ID.absurd: RuntimeError" in delivery.last_error

    # The retry applies the one that failed; the sibling is not stored twice.
    failing.undo()
    WebhookDelivery.objects.filter(pk=delivery.pk).update(status="pending")
    assert process.process_delivery(delivery.pk) == "processed"
    assert ConversationMessage.objects.count() == 2


def test_an_unreadable_part_is_recorded_with_where_it_was(accounts, monkeypatch, caplog):
    card = parse._contact_card

    def broken(value):
        if value.get("name", {}).get("formatted_name") == "Pak Darmo (Ketua RT 05)":
            raise ValueError("card out of range")
        return card(value)

    monkeypatch.setattr(parse, "_contact_card", broken)
    body = json.loads(body_of("whatsapp_contacts"))
    text = json.loads(body_of("whatsapp_text"))
    body["entry"][0]["changes"][0]["value"]["messages"].append(
        text["entry"][0]["changes"][0]["value"]["messages"][0])
    delivery, _ = process.delivery_store(body=json.dumps(body).encode(),
                                         object_type="whatsapp_business_account")

    with caplog.at_level("WARNING"), pytest.raises(process.DeliveryFailed) as raised:
        process.process_delivery(delivery.pk)

    delivery.refresh_from_db()
    assert "message 0 wamid.ID.contacts: ValueError: card out of range" in delivery.last_error
    assert "ValueError" in str(raised.value)
    assert "card out of range" not in caplog.text
    assert message("wamid.ID.text")


# --- the staff conversation page ----------------------------------------------------------------

def test_staff_page_shows_the_new_kinds_in_words_not_type_names(accounts, login, officer_a):
    for sample in ("whatsapp_text", "whatsapp_edit", "whatsapp_revoke", "whatsapp_contacts",
                   "whatsapp_system_identity_changed", "whatsapp_unsupported",
                   "whatsapp_reaction", "whatsapp_reaction_removed", "whatsapp_order"):
        deliver(sample)
    conversation = Conversation.objects.get()

    response = login(officer_a).get(conversation.get_absolute_url())

    assert response.status_code == 200
    html = response.content.decode()
    for words in ("Pesan diubah", "Versi sebelumnya", "Pesan ditarik pengirim", "Kartu kontak",
                  "Pak Darmo (Ketua RT 05)", "+62 812-3456-7890", "Pemberitahuan sistem",
                  "Kode keamanan WhatsApp pengirim berubah", "Tidak ada yang perlu dijawab.",
                  "Platform tidak dapat menampilkan pesan ini (kode 131051: Message type unknown)",
                  "Pesan itu berupa polling.", "Reaksi ditarik", "Pesanan",
                  "50 × bibit-kopi-arabika (2500 IDR per buah)"):
        assert words in html, words
    for machine in ("unsupported", "customer_identity_changed", "nfm_reply", "revoke", "poll_creation",
                    "&quot;contacts&quot;", ">contacts<", ">system<", ">reaction<"):
        assert machine not in html, machine


def test_notice_is_not_offered_as_a_report_to_make(accounts, login, officer_a):
    deliver("whatsapp_system_identity_changed")
    conversation = Conversation.objects.get()

    html = login(officer_a).get(conversation.get_absolute_url()).content.decode()

    assert "Jadikan pesan ini laporan" not in html


def test_inbox_row_names_the_last_messages_kind_in_words(accounts, login, officer_a):
    deliver("whatsapp_contacts")
    deliver("whatsapp_system_identity_changed")

    html = login(officer_a).get(reverse("connectors:inbox")).content.decode()

    assert "Pemberitahuan sistem" in html
    assert "security code changed" not in html


def test_a_report_made_from_the_conversation_leaves_out_notices_and_reactions(accounts,
                                                                            officer_a):

    for sample in ("whatsapp_text", "whatsapp_system_identity_changed", "whatsapp_reaction"):
        deliver(sample)
    conversation = Conversation.objects.get()

    report = actions.conversation_convert_to_report(conversation=conversation, actor=officer_a)

    assert "kapan diperbaiki?" in report.body
    assert "security code" not in report.body
    assert "\U0001F44D" not in report.body


def test_a_notice_alone_cannot_become_a_report(accounts, officer_a):
    from django.core.exceptions import ValidationError


    deliver("whatsapp_system_identity_changed")

    with pytest.raises(ValidationError):
        actions.conversation_convert_to_report(conversation=Conversation.objects.get(),
                                               actor=officer_a,
                                               message=message("wamid.ID.identity"))


def test_visitor_post_removed_by_its_author_is_marked_removed(accounts):
    deliver("facebook_visitor_status")
    body = body_of("facebook_visitor_status").replace(b'"verb": "add"', b'"verb": "remove"')
    process.process_delivery(process.delivery_store(body=body, object_type="page")[0].pk)

    assert message(f"{PAGE_ID}_900000000000001").is_removed


def test_sender_with_number_and_user_id_is_kept_under_the_number(accounts):
    body = json.loads(body_of("whatsapp_text"))
    value = body["entry"][0]["changes"][0]["value"]
    value["contacts"][0]["user_id"] = "ID.1502576394655843"
    value["messages"][0]["from_user_id"] = "ID.1502576394655843"
    process.process_delivery(process.delivery_store(
        body=json.dumps(body).encode(), object_type="whatsapp_business_account")[0].pk)

    stored = message("wamid.ID.text")
    assert stored.conversation.contact.external_id == "16315551181"
    assert stored.data["sender"]["user_id"] == "ID.1502576394655843"
