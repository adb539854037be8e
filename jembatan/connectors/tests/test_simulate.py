"""`simulate_channels` against a running server, and the channels of the demo (loaded through
the real webhook path)."""

import datetime as dt
import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from jembatan.connectors.actions import account_connect
from jembatan.connectors.channels.meta import parse, process
from jembatan.connectors.demo import content, stories
from jembatan.connectors.demo.loader import connectors_demo_load
from jembatan.connectors.models import (
    ConnectedAccount,
    Conversation,
    ConversationMessage,
    WebhookDelivery,
)

pytestmark = pytest.mark.usefixtures("meta_app")


@pytest.fixture
def channels(agency_a, agency_b):
    for agency, number in ((agency_a, 1), (agency_b, 2)):
        for platform in ("whatsapp", "facebook", "instagram"):
            account_connect(agency=agency, platform=platform,
                            external_id=f"{number}0{len(platform)}77100200300",
                            name=agency.short_name)


def simulate(*args) -> str:
    out = io.StringIO()
    call_command("simulate_channels", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def process_all() -> None:
    for pk in WebhookDelivery.objects.order_by("pk").values_list("pk", flat=True):
        process.process_delivery(pk)


# --- simulate_channels ------------------------------------------------------------------------

def test_simulation_fills_the_inbox_of_a_running_instance(live_server, channels):
    output = simulate("--url", live_server.url, "--count", "12", "--seed", "7")

    assert "Sent" in output
    deliveries = list(WebhookDelivery.objects.all())
    assert len(deliveries) >= 12
    for delivery in deliveries:
        assert parse.is_notification(json.loads(delivery.body))
    process_all()
    assert set(WebhookDelivery.objects.values_list("status", flat=True)) == {"processed"}
    assert Conversation.objects.count() >= 8
    assert set(Conversation.objects.values_list("channel", flat=True)) <= {
        "whatsapp", "facebook", "instagram"}
    texts = set(ConversationMessage.objects.values_list("body", flat=True))
    known = {item["text"] for item in content.ITEMS} | {
        item.get("followup") for item in content.ITEMS}
    assert any(text in known for text in texts)


def test_simulated_messages_fit_the_agency_of_each_account(live_server, channels, agency_b):
    simulate("--url", live_server.url, "--count", "10", "--agency", agency_b.slug,
             "--seed", "3")
    process_all()

    assert Conversation.objects.exists()
    assert set(Conversation.objects.values_list("agency__slug", flat=True)) == {agency_b.slug}
    own_texts = {item["text"] for item in content.ITEMS if item["agency"] == agency_b.slug}
    first_messages = [c.messages.order_by("created_at", "id").first().body
                      for c in Conversation.objects.all()]
    assert all(text.split(" Mohon segera")[0] in own_texts for text in first_messages)


def test_simulation_events_are_signed_with_the_app_secret(live_server, channels, settings):
    settings.META_APP_SECRET = "another-secret"  # the server checks with the same setting
    simulate("--url", live_server.url, "--count", "2", "--seed", "1")

    assert WebhookDelivery.objects.count() >= 2


def test_simulation_without_connected_accounts_says_so_and_fails(live_server, db):
    with pytest.raises(CommandError, match="No WhatsApp, Facebook or Instagram account"):
        simulate("--url", live_server.url)

    assert not WebhookDelivery.objects.exists()


def test_simulation_for_an_agency_without_accounts_fails(live_server, channels):
    with pytest.raises(CommandError, match="for agency 'kec-kertek'"):
        simulate("--url", live_server.url, "--agency", "kec-kertek")


def test_simulation_to_an_unreachable_address_fails_clearly(channels):
    with pytest.raises(CommandError, match="Could not reach"):
        simulate("--url", "http://127.0.0.1:9", "--count", "1")


def test_simulation_needs_an_app_secret(channels, settings):
    settings.META_APP_SECRET = ""

    with pytest.raises(CommandError, match="META_APP_SECRET"):
        simulate("--url", "http://127.0.0.1:9")


def test_simulation_exits_with_status_1_when_nothing_is_connected(db):
    from django.core.management import execute_from_command_line

    with pytest.raises(SystemExit) as exit_info:
        execute_from_command_line(["manage.py", "simulate_channels", "--url",
                                   "http://127.0.0.1:9"])

    assert exit_info.value.code == 1


# --- the stories behind both ------------------------------------------------------------------

def test_the_same_person_keeps_the_same_ids_everywhere():
    assert stories.person_ids("Siti Aminah") == stories.person_ids("Siti Aminah")
    assert stories.person_ids("Siti Aminah")["wa_id"] != stories.person_ids("Budi Santoso")[
        "wa_id"]
    assert stories.person_ids("Siti Aminah")["wa_id"].startswith("628")


def test_content_covers_the_demo_agencies_and_every_kind_of_message():
    agencies = {item["agency"] for item in content.ITEMS}

    assert len(content.ITEMS) >= 80
    assert agencies == {slug for slug, _name, _handle in content.ACCOUNTS}
    assert sum(1 for item in content.ITEMS if not item["reply"]) >= 10  # thanks, emoji, spam
    assert sum(1 for item in content.ITEMS if item.get("convert")) >= 10


# --- the demo ---------------------------------------------------------------------------------

def test_demo_loads_conversations_through_the_webhook_path(db, wonosobo_demo):
    conversations = Conversation.objects.filter(channel__in=["whatsapp", "facebook",
                                                             "instagram"])
    assert 100 <= conversations.count() <= 130
    assert set(Conversation.objects.values_list("channel", flat=True)) == {
        "whatsapp", "facebook", "instagram", "email", "web"}
    assert conversations.values("agency").distinct().count() >= 8
    # Every inbound message came through a stored, processed delivery.
    assert WebhookDelivery.objects.count() >= conversations.count()
    assert set(WebhookDelivery.objects.values_list("status", flat=True)) == {"processed"}
    # Emails came through the email parser, with their Message-IDs.
    emails = ConversationMessage.objects.filter(conversation__channel="email", direction="in")
    assert emails.count() >= 5
    assert all(m.external_id.startswith("<") for m in emails)


def test_demo_conversations_are_spread_over_three_weeks(db, wonosobo_demo):
    now = timezone.now()
    first = Conversation.objects.order_by("created_at").first().created_at
    assert now - dt.timedelta(days=22) < first < now - dt.timedelta(days=14)
    assert Conversation.objects.filter(created_at__gte=now - dt.timedelta(days=2)).exists()
    assert not ConversationMessage.objects.filter(created_at__gt=now).exists()


def test_demo_has_answered_unanswered_and_converted_conversations(db, wonosobo_demo):
    answered = Conversation.objects.filter(first_response_at__isnull=False)
    assert answered.count() >= 30
    assert Conversation.objects.filter(waiting_since__isnull=False).count() >= 10
    assert Conversation.objects.filter(needs_reply=False).count() >= 5  # thanks, emoji, spam
    assert Conversation.objects.filter(report__isnull=False).count() >= 3
    # Officers answer in Jembatan (outbox) and directly on the platform.
    replies = ConversationMessage.objects.filter(direction="out")
    assert replies.filter(author__isnull=False, delivery_status="outbox").exists()
    assert replies.filter(data__source="platform").exists()
    # Response times are those of the story, not of the moment the demo was loaded.
    slowest = max(answered.values_list("first_response_seconds", flat=True))
    assert slowest < 5 * 24 * 3600


def test_demo_spam_is_in_the_spam_folder_not_in_the_lists(db, wonosobo_demo):
    from jembatan.connectors import selectors
    from jembatan.core.models import User

    spam_texts = [item["text"] for item in content.ITEMS
                  if any(word in item["text"].lower() for word in ("gacor", "judi", "followers",
                                                                   "pinjaman online"))]
    assert len(spam_texts) >= 4
    spam = Conversation.objects.filter(messages__body__in=spam_texts).distinct()
    assert spam.count() >= 4
    assert all(c.is_spam and c.waiting_since is None for c in spam)
    coordinator = User.objects.get(username="koordinator")
    lists = selectors.conversations_inbox(user=coordinator,
                                          filters=selectors.ConversationFilters())
    assert not lists.filter(pk__in=spam).exists()
    folder = selectors.conversations_inbox(user=coordinator,
                                           filters=selectors.ConversationFilters(spam=True))
    assert set(spam.values_list("pk", flat=True)) <= set(folder.values_list("pk", flat=True))


def test_demo_connects_every_channel_of_the_demo_agencies(db, wonosobo_demo):
    platforms = set(ConnectedAccount.objects.filter(agency__slug="perumda-tirta-aji")
                    .values_list("platform", flat=True))
    assert platforms == {"whatsapp", "facebook", "instagram", "email"}


def test_loading_the_demo_again_keeps_the_conversations(db, wonosobo_demo):
    before = (Conversation.objects.count(), ConversationMessage.objects.count(),
              ConnectedAccount.objects.count())

    connectors_demo_load(log=lambda *_: None)

    assert (Conversation.objects.count(), ConversationMessage.objects.count(),
            ConnectedAccount.objects.count()) == before
