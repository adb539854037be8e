"""Replies, notes and system messages, and their delivery: permissions, validation, the WhatsApp
24-hour window, outbox mode, retries with backoff, permanent failures and the retry action.
Live delivery talks to a local server that answers like Meta's platforms."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult

from jembatan.connectors import outbound
from jembatan.connectors.actions import (
    account_connect,
    conversation_note_add,
    conversation_reply,
    conversation_system_message_send,
    message_retry,
)
from jembatan.connectors.inbound import InboundItem, receive
from jembatan.connectors.models import ConnectedAccount, Conversation, ConversationMessage
from jembatan.connectors.outbound import OutsideServiceWindow, deliver, retry_due_messages
from jembatan.connectors.tests import fake_graph
from jembatan.connectors.tests.fake_graph import (
    APP_LIMIT,
    EXPIRED_TOKEN,
    OUTSIDE_WINDOW,
    THROUGHPUT_LIMIT,
    TOKEN,
    UNKNOWN_ERROR,
)
from jembatan.core.models import AuditEntry

graph = fake_graph.graph  # the fixture

Delivery = ConversationMessage.Delivery
PHONE_NUMBER_ID = "106540352242922"
PAGE_ID = "104598237761234"
IG_ID = "17841405822304914"
WAMID = "wamid.HBgNNjI4MTIyNzAwMTEyMhUCABIYFjNFQjA"


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def incoming(agency, channel, *, account_id, thread_key, external_id, hours_ago=1.0,
             body="Lampu PJU di Jalan Dieng km 3 mati sudah seminggu, mohon dicek"):
    account, _ = account_connect(agency=agency, platform=channel, external_id=account_id,
                                 token=TOKEN)
    at = timezone.now() - dt.timedelta(hours=hours_ago)
    message, _ = receive(InboundItem(channel=channel, contact_id=f"user-{thread_key}",
                                     thread_key=thread_key, external_id=external_id, body=body,
                                     contact_name="Agus Setiawan", at=at),
                         agency=agency, account=account)
    return Conversation.objects.get(pk=message.conversation_id)


@pytest.fixture
def whatsapp(agency_a):
    return incoming(agency_a, "whatsapp", account_id=PHONE_NUMBER_ID, thread_key="6281227001122",
                    external_id=WAMID)


@pytest.fixture
def facebook(agency_a):
    return incoming(agency_a, "facebook", account_id=PAGE_ID,
                    thread_key=f"{PAGE_ID}_1029384756_5647382910",
                    external_id=f"{PAGE_ID}_1029384756_5647382910")


@pytest.fixture
def instagram(agency_a):
    return incoming(agency_a, "instagram", account_id=IG_ID, thread_key="17870913679156914",
                    external_id="17870913679156914")


def enqueued() -> list[int]:
    return [row.args_kwargs["args"][0] for row in DBTaskResult.objects.filter(
        task_path="jembatan.connectors.tasks.deliver_message").order_by("enqueued_at")]


def reply(conversation, user, body="Terima kasih laporannya, petugas kami cek besok pagi.",
          **kwargs):
    return conversation_reply(conversation=conversation, actor=user, body=body, **kwargs)


# --- Replies ------------------------------------------------------------------------------------


def test_officer_reply_is_queued_answers_the_conversation_and_is_enqueued_after_commit(
        officer_a, whatsapp, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        message = reply(whatsapp, officer_a)

    assert (message.direction, message.kind, message.delivery_status) == ("out", "text",
                                                                         "queued")
    assert message.author == officer_a
    assert message.parent_external_id == WAMID
    whatsapp.refresh_from_db()
    assert whatsapp.status == Conversation.Status.ANSWERED
    assert whatsapp.waiting_since is None
    assert whatsapp.first_response_seconds is not None
    assert AuditEntry.objects.filter(action="conversation_reply", actor=officer_a).count() == 1
    assert enqueued() == [message.pk]


def test_nothing_is_enqueued_when_the_transaction_does_not_commit(
        officer_a, whatsapp, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        reply(whatsapp, officer_a)

    # The delivery waits for the commit (beside the conversations' new cache version).
    assert [c for c in callbacks if "set_new" not in c.__qualname__]
    assert enqueued() == []


def test_coordinator_may_reply_to_any_agency(coordinator, facebook):
    assert reply(facebook, coordinator).author == coordinator


def test_officer_of_other_agency_may_not_reply(officer_b, whatsapp):
    with pytest.raises(PermissionDenied):
        reply(whatsapp, officer_b)

    assert not whatsapp.messages.filter(direction="out").exists()


def test_citizen_may_not_reply(citizen, whatsapp):
    with pytest.raises(PermissionDenied):
        reply(whatsapp, citizen)


def test_empty_reply_is_refused(officer_a, whatsapp):
    with pytest.raises(ValidationError) as refused:
        reply(whatsapp, officer_a, body="   \n ")

    assert "Write a reply" in refused.value.messages[0]
    assert not whatsapp.messages.filter(direction="out").exists()


@pytest.mark.parametrize(("channel", "limit"), [("whatsapp", 4096), ("facebook", 8000),
                                                 ("instagram", 2200)])
def test_reply_longer_than_the_platform_accepts_is_refused(officer_a, request, channel, limit):
    conversation = request.getfixturevalue(channel)

    assert reply(conversation, officer_a, body="a" * limit).body == "a" * limit
    with pytest.raises(ValidationError) as refused:
        reply(conversation, officer_a, body="a" * (limit + 1))

    assert f"at most {limit} characters" in refused.value.messages[0]
    assert conversation.messages.filter(direction="out").count() == 1


# --- The WhatsApp 24-hour window ----------------------------------------------------------------


def test_free_form_whatsapp_reply_after_24_hours_is_refused_with_a_clear_message(
        officer_a, agency_a):
    conversation = incoming(agency_a, "whatsapp", account_id=PHONE_NUMBER_ID,
                            thread_key="6285600001111", external_id="wamid.lama", hours_ago=25)

    with pytest.raises(OutsideServiceWindow) as refused:
        reply(conversation, officer_a)

    assert isinstance(refused.value, ValidationError)
    assert refused.value.code == "outside_window"
    assert "more than 24 hours ago" in refused.value.messages[0]
    assert "template" in refused.value.messages[0]
    assert not conversation.messages.filter(direction="out").exists()
    conversation.refresh_from_db()
    assert conversation.waiting_since is not None  # still unanswered


def test_whatsapp_reply_just_inside_the_window_is_allowed(officer_a, agency_a):
    conversation = incoming(agency_a, "whatsapp", account_id=PHONE_NUMBER_ID,
                            thread_key="6285600001111", external_id="wamid.baru",
                            hours_ago=23.9)

    assert reply(conversation, officer_a).kind == "text"


def test_template_message_may_be_sent_after_the_window(officer_a, agency_a, settings):
    settings.CONNECTORS_MODE = "outbox"
    conversation = incoming(agency_a, "whatsapp", account_id=PHONE_NUMBER_ID,
                            thread_key="6285600001111", external_id="wamid.lama", hours_ago=72)

    message = reply(conversation, officer_a, body="", template="tindak_lanjut_laporan",
                    template_params=["Agus Setiawan", "WSB-7K2Q"])
    deliver(message.pk)

    message.refresh_from_db()
    assert message.kind == "template"
    assert message.data["template"] == {"name": "tindak_lanjut_laporan", "language": "id",
                                        "params": ["Agus Setiawan", "WSB-7K2Q"]}
    assert message.data["outbox"]["json"]["type"] == "template"
    assert "context" not in message.data["outbox"]["json"]  # the old message is not quoted


def test_comments_have_no_window_and_templates_are_whatsapp_only(officer_a, agency_a):
    conversation = incoming(agency_a, "instagram", account_id=IG_ID,
                            thread_key="17870913679156914", external_id="17870913679156914",
                            hours_ago=24 * 5)

    assert reply(conversation, officer_a).parent_external_id == "17870913679156914"
    with pytest.raises(ValidationError, match="only on WhatsApp"):
        reply(conversation, officer_a, template="tindak_lanjut_laporan")


def test_system_message_follows_the_window_rule_and_leaves_the_response_clock(agency_a):
    fresh = incoming(agency_a, "whatsapp", account_id=PHONE_NUMBER_ID,
                     thread_key="6281227001122", external_id="wamid.baru")
    stale = incoming(agency_a, "whatsapp", account_id=PHONE_NUMBER_ID,
                     thread_key="6285600001111", external_id="wamid.lama", hours_ago=26)

    message = conversation_system_message_send(
        conversation=fresh, body="Laporan Anda tercatat dengan kode WSB-7K2Q.")
    with pytest.raises(OutsideServiceWindow):
        conversation_system_message_send(
            conversation=stale, body="Laporan Anda tercatat dengan kode WSB-9X3M.")

    assert message.author is None
    assert message.delivery_status == "queued"
    fresh.refresh_from_db()
    assert fresh.last_outbound_at is not None
    assert fresh.waiting_since is not None
    assert fresh.first_response_at is None


# --- Notes --------------------------------------------------------------------------------------


def test_note_is_never_delivered_and_does_not_answer(
        officer_a, whatsapp, graph, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        note = conversation_note_add(
            conversation=whatsapp, actor=officer_a, body="Sudah dikoordinasikan dengan UPT PJU.")

    assert note.direction == "note"
    assert note.delivery_status == ""
    assert enqueued() == []
    assert deliver(note.pk) == "missing"
    assert graph.requests == []
    whatsapp.refresh_from_db()
    assert whatsapp.waiting_since is not None


def test_officer_of_other_agency_may_not_add_a_note(officer_b, whatsapp):
    with pytest.raises(PermissionDenied):
        conversation_note_add(conversation=whatsapp, actor=officer_b, body="catatan")


# --- Delivery: outbox mode ----------------------------------------------------------------------


def test_outbox_mode_stores_the_exact_request_without_the_token(officer_a, whatsapp, settings):
    settings.CONNECTORS_MODE = "outbox"
    settings.META_GRAPH_URL = "https://graph.facebook.com/v23.0"
    message = reply(whatsapp, officer_a)

    assert deliver(message.pk) == "outbox"

    message.refresh_from_db()
    assert message.delivery_status == Delivery.OUTBOX
    stored = message.data["outbox"]
    assert stored["method"] == "POST"
    assert stored["url"] == f"https://graph.facebook.com/v23.0/{PHONE_NUMBER_ID}/messages"
    assert stored["json"] == {
        "messaging_product": "whatsapp", "recipient_type": "individual",
        "to": whatsapp.contact.external_id, "context": {"message_id": WAMID},
        "type": "text",
        "text": {"body": "Terima kasih laporannya, petugas kami cek besok pagi.",
                 "preview_url": False},
    }
    assert TOKEN not in str(message.data)
    assert deliver(message.pk) == "skipped: outbox"


def test_outbox_mode_for_a_facebook_comment(officer_a, facebook, settings):
    settings.CONNECTORS_MODE = "outbox"
    message = reply(facebook, officer_a, body="Siap, Kak. Kami teruskan ke Dinas Perhubungan.")

    deliver(message.pk)

    message.refresh_from_db()
    assert message.data["outbox"]["url"].endswith(f"/{PAGE_ID}_1029384756_5647382910/comments")
    assert message.data["outbox"]["json"] == {
        "message": "Siap, Kak. Kami teruskan ke Dinas Perhubungan."}


# --- Delivery: live -----------------------------------------------------------------------------


def test_live_delivery_records_the_wamid_and_is_idempotent(officer_a, whatsapp, graph):
    message = reply(whatsapp, officer_a)

    assert deliver(message.pk) == "sent"
    assert deliver(message.pk) == "skipped: sent"

    message.refresh_from_db()
    assert message.delivery_status == Delivery.SENT
    assert message.external_id.startswith("wamid.")
    assert message.sent_at is not None
    assert message.attempts == 1
    assert len(graph.requests) == 1
    assert graph.requests[0].headers["Authorization"] == f"Bearer {TOKEN}"


def test_live_delivery_of_instagram_and_facebook_replies(officer_a, instagram, facebook, graph):
    for conversation in (instagram, facebook):
        message = reply(conversation, officer_a)
        deliver(message.pk)
        message.refresh_from_db()
        assert message.delivery_status == Delivery.SENT
        assert message.external_id

    assert [seen.path for seen in graph.requests] == [
        "/v23.0/17870913679156914/replies",
        f"/v23.0/{PAGE_ID}_1029384756_5647382910/comments",
    ]


def test_reply_enqueued_with_immediate_tasks_reaches_the_platform(
        officer_a, whatsapp, graph, django_capture_on_commit_callbacks, immediate_tasks):

    with django_capture_on_commit_callbacks(execute=True):
        message = reply(whatsapp, officer_a)

    message.refresh_from_db()
    assert message.delivery_status == Delivery.SENT
    assert len(graph.requests) == 1


def test_rate_limit_keeps_the_message_queued_with_backoff(officer_a, whatsapp, graph):
    graph.answer(400, THROUGHPUT_LIMIT)
    message = reply(whatsapp, officer_a)

    before = timezone.now()
    assert deliver(message.pk) == "retry"

    message.refresh_from_db()
    assert message.delivery_status == Delivery.QUEUED
    assert message.attempts == 1
    assert message.delivery_error  # visible while it waits
    assert before + dt.timedelta(seconds=29) < message.next_attempt_at \
        < before + dt.timedelta(seconds=35)


def test_backoff_doubles_and_honours_retry_after(officer_a, facebook, graph):
    graph.answer(500, UNKNOWN_ERROR, times=3)
    graph.answer(429, APP_LIMIT, headers={"Retry-After": "600"})
    message = reply(facebook, officer_a)

    delays = []
    for _attempt in range(4):
        started = timezone.now()
        assert deliver(message.pk) == "retry"
        message.refresh_from_db()
        delays.append(round((message.next_attempt_at - started).total_seconds()))

    assert delays == [30, 60, 120, 600]
    assert message.attempts == 4


def test_retry_due_messages_enqueues_due_and_stuck_messages_only(officer_a, whatsapp):
    now = timezone.now()
    due = reply(whatsapp, officer_a, body="satu")
    later = reply(whatsapp, officer_a, body="dua")
    stuck = reply(whatsapp, officer_a, body="tiga")
    busy = reply(whatsapp, officer_a, body="empat")
    ConversationMessage.objects.filter(pk=due.pk).update(
        next_attempt_at=now - dt.timedelta(seconds=1))
    ConversationMessage.objects.filter(pk=later.pk).update(
        next_attempt_at=now + dt.timedelta(minutes=1))
    # "sending" claims the message for 10 minutes (next_attempt_at is the end of the claim).
    ConversationMessage.objects.filter(pk=stuck.pk).update(
        delivery_status=Delivery.SENDING, attempts=1,
        next_attempt_at=now - dt.timedelta(minutes=1))
    ConversationMessage.objects.filter(pk=busy.pk).update(
        delivery_status=Delivery.SENDING, attempts=1,
        next_attempt_at=now + dt.timedelta(minutes=9))

    assert retry_due_messages() == 2

    assert sorted(enqueued()) == sorted([due.pk, stuck.pk])
    stuck.refresh_from_db()
    busy.refresh_from_db()
    assert stuck.delivery_status == Delivery.QUEUED
    assert busy.delivery_status == Delivery.SENDING


def test_retried_message_is_sent_when_the_platform_recovers(officer_a, whatsapp, graph):
    graph.answer(400, THROUGHPUT_LIMIT)
    message = reply(whatsapp, officer_a)
    deliver(message.pk)
    ConversationMessage.objects.filter(pk=message.pk).update(
        next_attempt_at=timezone.now() - dt.timedelta(seconds=1))

    assert retry_due_messages() == 1
    assert deliver(message.pk) == "sent"

    message.refresh_from_db()
    assert (message.delivery_status, message.attempts, message.delivery_error) == ("sent", 2, "")


def test_after_the_last_attempt_the_message_fails(officer_a, whatsapp, graph, settings):
    settings.CONNECTORS_MAX_ATTEMPTS = 3
    graph.answer(503, UNKNOWN_ERROR, times=3)
    message = reply(whatsapp, officer_a)

    results = [deliver(message.pk)]
    for _attempt in range(2):
        ConversationMessage.objects.filter(pk=message.pk).update(
            next_attempt_at=timezone.now())
        results.append(deliver(message.pk))

    assert results == ["retry", "retry", "failed"]
    message.refresh_from_db()
    assert message.delivery_status == Delivery.FAILED
    assert "3 times" in message.delivery_error
    assert message.next_attempt_at is None
    assert retry_due_messages() == 0


def test_expired_token_fails_at_once_and_is_shown_on_the_account(officer_a, whatsapp, graph):
    graph.answer(401, EXPIRED_TOKEN)
    message = reply(whatsapp, officer_a)

    assert deliver(message.pk) == "failed"

    message.refresh_from_db()
    assert message.delivery_status == Delivery.FAILED
    assert message.delivery_error == ("The access token has expired; the agency's admin needs "
                                      "to reconnect the account.")
    account = ConnectedAccount.objects.get(external_id=PHONE_NUMBER_ID)
    assert account.last_error == message.delivery_error
    assert message.attempts == 1


def test_platform_window_refusal_fails_with_a_template_hint(officer_a, whatsapp, graph):
    graph.answer(400, OUTSIDE_WINDOW)
    message = reply(whatsapp, officer_a)

    assert deliver(message.pk) == "failed"

    message.refresh_from_db()
    assert "template" in message.delivery_error
    assert ConnectedAccount.objects.get(external_id=PHONE_NUMBER_ID).last_error == ""


# --- Retry action -------------------------------------------------------------------------------


def test_failed_reply_can_be_sent_again_after_reconnecting(
        officer_a, whatsapp, graph, django_capture_on_commit_callbacks):
    graph.answer(401, EXPIRED_TOKEN)
    message = reply(whatsapp, officer_a)
    deliver(message.pk)
    message.refresh_from_db()

    with django_capture_on_commit_callbacks(execute=True):
        message_retry(message=message, actor=officer_a)

    assert message.delivery_status == Delivery.QUEUED
    assert (message.attempts, message.delivery_error) == (0, "")
    assert enqueued() == [message.pk]
    assert deliver(message.pk) == "sent"
    assert ConnectedAccount.objects.get(external_id=PHONE_NUMBER_ID).last_error == ""
    assert AuditEntry.objects.filter(action="conversation_reply_retry").count() == 1


def test_retry_is_refused_for_other_agencies_and_for_messages_that_did_not_fail(
        officer_a, officer_b, whatsapp, graph):
    graph.answer(401, EXPIRED_TOKEN)
    failed = reply(whatsapp, officer_a)
    deliver(failed.pk)
    failed.refresh_from_db()
    sent = reply(whatsapp, officer_a)
    deliver(sent.pk)

    with pytest.raises(PermissionDenied):
        message_retry(message=failed, actor=officer_b)
    with pytest.raises(ValidationError):
        message_retry(message=sent, actor=officer_a)
    failed.refresh_from_db()
    assert failed.delivery_status == Delivery.FAILED


def test_retry_of_a_text_reply_after_the_window_closed_asks_for_a_template(
        officer_a, whatsapp, graph):
    graph.answer(401, EXPIRED_TOKEN)
    message = reply(whatsapp, officer_a)
    deliver(message.pk)
    message.refresh_from_db()
    Conversation.objects.filter(pk=whatsapp.pk).update(
        last_inbound_at=timezone.now() - dt.timedelta(hours=25))

    with pytest.raises(OutsideServiceWindow):
        message_retry(message=message, actor=officer_a)


def test_service_window_helper(whatsapp, facebook):
    assert outbound.within_service_window(whatsapp)
    later = timezone.now() + dt.timedelta(hours=24)
    assert not outbound.within_service_window(whatsapp, now=later)
    assert outbound.within_service_window(facebook, now=later)


def test_conversation_without_account_replies_from_the_agencys_account(officer_a, agency_a,
                                                                       graph):
    conversation = incoming(agency_a, "facebook", account_id=PAGE_ID, thread_key="c1",
                            external_id="c1")
    Conversation.objects.filter(pk=conversation.pk).update(account=None)  # e.g. imported
    conversation.refresh_from_db()
    message = reply(conversation, officer_a)

    assert deliver(message.pk) == "sent"

    conversation.refresh_from_db()
    assert conversation.account.external_id == PAGE_ID


def test_reply_without_any_connected_account_fails_clearly(officer_a, agency_a, graph):
    conversation = incoming(agency_a, "facebook", account_id=PAGE_ID, thread_key="c1",
                            external_id="c1")
    ConnectedAccount.objects.update(is_active=False)
    message = reply(conversation, officer_a)

    assert deliver(message.pk) == "failed"

    message.refresh_from_db()
    assert "connect the account again" in message.delivery_error
    assert graph.requests == []


def test_stuck_message_on_its_last_attempt_fails_instead_of_looping(officer_a, whatsapp,
                                                                    settings):
    settings.CONNECTORS_MAX_ATTEMPTS = 2
    message = reply(whatsapp, officer_a)
    ConversationMessage.objects.filter(pk=message.pk).update(
        delivery_status=Delivery.SENDING, attempts=2,
        next_attempt_at=timezone.now() - dt.timedelta(minutes=1))

    assert retry_due_messages() == 0

    message.refresh_from_db()
    assert message.delivery_status == Delivery.FAILED
    assert message.delivery_error


def test_an_unexpected_adapter_error_is_logged_without_its_text(officer_a, whatsapp, graph,
                                                               monkeypatch, caplog):
    message = reply(whatsapp, officer_a)
    # What a library error may quote: the number, an address and the text it choked on.
    body = whatsapp.messages.first().body
    detail = f"cannot send to +{whatsapp.thread_key} <agus@contoh.id>: {body}"

    class Broken:
        def send(self, message):
            raise ValueError(detail)

    monkeypatch.setattr(outbound.adapters, "adapter_for", lambda channel: Broken())
    with caplog.at_level("ERROR", logger="jembatan.connectors.outbound"):
        assert deliver(message.pk) == "retry"

    assert f"failed on message {message.pk}: ValueError" in caplog.text
    assert "test_outbound.py" in caplog.text  # the frames are kept for debugging
    assert "6281227001122" not in caplog.text
    assert "agus@contoh.id" not in caplog.text
    assert "Lampu PJU" not in caplog.text
