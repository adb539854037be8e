"""Outbound adapters against a local server that answers like Meta's platforms: the requests they
make (path, token header, JSON body) and how each published error is read."""

import datetime as dt

import pytest
from django.utils import timezone, translation

from jembatan.connectors import adapters
from jembatan.connectors.actions import account_connect
from jembatan.connectors.channels.meta.comments import GraphCommentAdapter
from jembatan.connectors.channels.meta.graph import classify
from jembatan.connectors.channels.meta.whatsapp import WhatsAppAdapter
from jembatan.connectors.inbound import InboundItem, receive
from jembatan.connectors.models import ConversationMessage
from jembatan.connectors.tests import fake_graph
from jembatan.connectors.tests.fake_graph import (
    APP_LIMIT,
    EXPIRED_TOKEN,
    INVALID_PARAMETER,
    NO_PERMISSION,
    OUTSIDE_WINDOW,
    THROUGHPUT_LIMIT,
    TOKEN,
    UNKNOWN_ERROR,
)

graph = fake_graph.graph  # the fixture

Out = ConversationMessage.Direction.OUT
PHONE_NUMBER_ID = "106540352242922"
PAGE_ID = "104598237761234"
IG_ID = "17841405822304914"


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def conversation_on(agency, channel, *, account_id, token=TOKEN, thread_key, contact_id,
                    external_id, body="Jalan di Kalibeber berlubang, mohon segera diperbaiki"):
    account, _ = account_connect(agency=agency, platform=channel, external_id=account_id,
                                 token=token)
    message, _ = receive(InboundItem(channel=channel, contact_id=contact_id,
                                     thread_key=thread_key, external_id=external_id, body=body,
                                     contact_name="Siti Rohmah", at=timezone.now()),
                         agency=agency, account=account)
    return message.conversation


def outgoing(conversation, body="Terima kasih, laporan sudah kami teruskan ke UPT Jalan.",
             **fields):
    return ConversationMessage.objects.create(conversation=conversation, direction=Out,
                                              body=body, delivery_status="queued", **fields)


@pytest.fixture
def whatsapp(agency_a):
    return conversation_on(agency_a, "whatsapp", account_id=PHONE_NUMBER_ID,
                           thread_key="6281227001122", contact_id="6281227001122",
                           external_id="wamid.HBgNNjI4MTIyNzAwMTEyMhUCABIYFjNFQjA")


@pytest.fixture
def facebook(agency_a):
    return conversation_on(agency_a, "facebook", account_id=PAGE_ID,
                           thread_key=f"{PAGE_ID}_1029384756_5647382910",
                           contact_id="6912345678901234",
                           external_id=f"{PAGE_ID}_1029384756_5647382910")


@pytest.fixture
def instagram(agency_a):
    return conversation_on(agency_a, "instagram", account_id=IG_ID,
                           thread_key="17870913679156914", contact_id="17841400000000001",
                           external_id="17870913679156914")


def test_whatsapp_text_reply_is_posted_with_the_token_and_quotes_the_message(graph, whatsapp):
    message = outgoing(whatsapp, parent_external_id="wamid.HBgNNjI4MTIyNzAwMTEyMhUCABIYFjNFQjA")

    result = WhatsAppAdapter().send(message)

    assert result.ok
    assert result.external_id.startswith("wamid.")
    [seen] = graph.requests
    assert seen.path == f"/v23.0/{PHONE_NUMBER_ID}/messages"
    assert seen.headers["Authorization"] == f"Bearer {TOKEN}"
    assert seen.headers["Content-Type"] == "application/json"
    assert seen.json == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": "6281227001122",
        "context": {"message_id": "wamid.HBgNNjI4MTIyNzAwMTEyMhUCABIYFjNFQjA"},
        "type": "text",
        "text": {"body": "Terima kasih, laporan sudah kami teruskan ke UPT Jalan.",
                 "preview_url": False},
    }


def test_whatsapp_template_message_names_template_language_and_parameters(graph, whatsapp):
    message = outgoing(whatsapp, kind="template", body="tindak_lanjut_laporan · WSB-7K2Q",
                       data={"template": {"name": "tindak_lanjut_laporan", "language": "id",
                                          "params": ["Siti Rohmah", "WSB-7K2Q"]}})

    assert WhatsAppAdapter().send(message).ok

    assert graph.requests[0].json == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": "6281227001122",
        "type": "template",
        "template": {
            "name": "tindak_lanjut_laporan",
            "language": {"code": "id"},
            "components": [{"type": "body", "parameters": [
                {"type": "text", "text": "Siti Rohmah"},
                {"type": "text", "text": "WSB-7K2Q"},
            ]}],
        },
    }


def test_facebook_reply_goes_under_the_top_level_comment(graph, facebook):
    message = outgoing(facebook, body="Baik, Kak. Tim kami cek ke lokasi besok pagi.")

    result = GraphCommentAdapter().send(message)

    assert result.ok
    assert result.external_id
    [seen] = graph.requests
    assert seen.path == f"/v23.0/{PAGE_ID}_1029384756_5647382910/comments"
    assert seen.headers["Authorization"] == f"Bearer {TOKEN}"
    assert seen.json == {"message": "Baik, Kak. Tim kami cek ke lokasi besok pagi."}
    assert "access_token" not in seen.path


def test_instagram_reply_uses_the_replies_edge(graph, instagram):
    message = outgoing(instagram, body="Terima kasih masukannya 🙏")

    assert GraphCommentAdapter().send(message).ok

    [seen] = graph.requests
    assert seen.path == "/v23.0/17870913679156914/replies"
    assert seen.json == {"message": "Terima kasih masukannya 🙏"}


def test_expired_token_is_permanent_and_says_to_reconnect(graph, whatsapp):
    graph.answer(401, EXPIRED_TOKEN)

    result = WhatsAppAdapter().send(outgoing(whatsapp))

    assert (result.ok, result.retry, result.code) == (False, False, "token_expired")
    assert "reconnect" in result.error


def test_outside_the_24_hour_window_is_permanent(graph, whatsapp):
    graph.answer(400, OUTSIDE_WINDOW)

    result = WhatsAppAdapter().send(outgoing(whatsapp))

    assert (result.retry, result.code) == (False, "outside_window")
    assert "template" in result.error


def test_throughput_limit_is_retried(graph, whatsapp):
    graph.answer(400, THROUGHPUT_LIMIT)

    result = WhatsAppAdapter().send(outgoing(whatsapp))

    assert (result.ok, result.retry, result.code) == (False, True, "rate_limited")


def test_http_429_with_retry_after_is_retried_after_that_long(graph, facebook):
    graph.answer(429, APP_LIMIT, headers={"Retry-After": "120"})

    result = GraphCommentAdapter().send(outgoing(facebook))

    assert (result.retry, result.code, result.retry_after) == (True, "rate_limited", 120)


def test_server_error_is_retried(graph, instagram):
    graph.answer(500, UNKNOWN_ERROR)

    result = GraphCommentAdapter().send(outgoing(instagram))

    assert (result.retry, result.code) == (True, "platform_error")


def test_invalid_parameter_and_missing_permission_are_permanent(graph, facebook):
    graph.answer(400, INVALID_PARAMETER)
    graph.answer(403, NO_PERMISSION)

    invalid = GraphCommentAdapter().send(outgoing(facebook))
    denied = GraphCommentAdapter().send(outgoing(facebook))

    assert (invalid.retry, invalid.code) == (False, "invalid")
    assert "Invalid parameter" in invalid.error
    assert (denied.retry, denied.code) == (False, "permission")


def test_unreachable_platform_is_retried(settings, whatsapp):
    settings.META_GRAPH_URL = "http://127.0.0.1:9/v23.0"  # discard port: nothing listens

    result = WhatsAppAdapter().send(outgoing(whatsapp))

    assert (result.ok, result.retry, result.code) == (False, True, "network")


def test_account_without_token_fails_without_calling_the_platform(graph, agency_a):
    conversation = conversation_on(agency_a, "whatsapp", account_id=PHONE_NUMBER_ID, token="",
                                   thread_key="6285600001111", contact_id="6285600001111",
                                   external_id="wamid.tanpa.token")

    result = WhatsAppAdapter().send(outgoing(conversation))

    assert (result.ok, result.retry, result.code) == (False, False, "token_missing")
    assert graph.requests == []


def test_preview_is_the_request_without_the_token(settings, whatsapp):
    settings.META_GRAPH_URL = "https://graph.facebook.com/v23.0"

    preview = WhatsAppAdapter().preview(outgoing(whatsapp))

    assert preview["method"] == "POST"
    assert preview["url"] == f"https://graph.facebook.com/v23.0/{PHONE_NUMBER_ID}/messages"
    assert preview["json"]["text"]["body"].startswith("Terima kasih")
    assert TOKEN not in str(preview)


def test_classify_reads_an_http_date_retry_after():
    when = timezone.now() + dt.timedelta(seconds=90)
    from jembatan.connectors.channels.meta.graph import _retry_after

    seconds = _retry_after({"Retry-After": when.strftime("%a, %d %b %Y %H:%M:%S GMT")})
    assert 85 <= seconds <= 90
    assert classify(503, {}).retry


def test_classify_tells_a_template_problem_from_an_undeliverable_number():
    from jembatan.connectors.tests.fake_graph import whatsapp_error

    template = classify(404, whatsapp_error(
        132001, "(#132001) Template name does not exist in the translation",
        "template name (balasan_resmi) does not exist in id")["error"])
    undeliverable = classify(400, whatsapp_error(
        131026, "(#131026) Message undeliverable", "not a WhatsApp user")["error"])

    assert (template.code, template.retry) == ("template", False)
    assert "balasan_resmi" in str(template.error)
    assert undeliverable.code == "rejected"


def test_adapters_are_picked_the_adapter_by_channel():
    assert isinstance(adapters.adapter_for("whatsapp"), WhatsAppAdapter)
    assert isinstance(adapters.adapter_for("facebook"), GraphCommentAdapter)
    assert isinstance(adapters.adapter_for("instagram"), GraphCommentAdapter)
    # Email and the portal are imported by path only when used.
    assert adapters.ADAPTERS["email"] == "jembatan.connectors.channels.email.adapter.EmailAdapter"
    assert adapters.ADAPTERS["web"] == "jembatan.connectors.channels.web.adapter.WebAdapter"
    assert adapters.adapter_for("sms") is None
