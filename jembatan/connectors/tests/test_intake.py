"""The shared intake of every channel: idempotency, threads, clocks, needs-a-reply, accounts."""

import datetime as dt
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.utils import timezone

from jembatan.connectors.actions import account_connect
from jembatan.connectors.inbound import InboundItem, mark_answered, receive, set_needs_reply
from jembatan.connectors.models import ConnectedAccount, Conversation, ConversationMessage
from jembatan.connectors.needs_reply import suggest
from jembatan.core import crypto
from jembatan.core.models import AuditEntry

NOW = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)


def wa(text, *, wamid, wa_id="6281227001122", at=NOW, name="Siti Rohmah"):
    return InboundItem(channel="whatsapp", contact_id=wa_id, thread_key=wa_id,
                       external_id=wamid, body=text, contact_name=name, at=at)


@pytest.mark.parametrize(("text", "needs", "reason"), [
    ("makasih min 🙏", False, "thanks"),
    ("Matur nuwun sanget nggih", False, "thanks"),
    ("siap pak", False, "ack"),
    ("👍👍👍", False, "empty"),
    ("Mantap, sukses selalu Diskominfo", False, "praise"),
    ("Slot gacor maxwin hari ini cek bio", False, "spam"),
    ("Terima kasih infonya, tapi kapan jalan ke Dieng diperbaiki?", True, "question"),
    ("Air PDAM di Kertek mati sejak kemarin sore", True, "default"),
    ("gmn cara urus KTP yg hilang", True, "question"),
])
def test_needs_reply_suggestion(text, needs, reason):
    suggestion = suggest(text)
    assert (suggestion.needs_reply, suggestion.reason) == (needs, reason)
    assert suggestion.label


def test_receive_is_idempotent_and_joins_the_thread(agency_a):
    first, created = receive(wa("Air mati 2 hari di Kalikajar", wamid="wamid.A1"), agency=agency_a)
    assert created
    again, created_again = receive(wa("Air mati 2 hari di Kalikajar", wamid="wamid.A1"),
                                   agency=agency_a)
    assert not created_again
    assert again.pk == first.pk
    later, _ = receive(wa("Sampai sekarang belum nyala", wamid="wamid.A2",
                          at=NOW + dt.timedelta(hours=1)), agency=agency_a)
    assert later.conversation_id == first.conversation_id
    assert ConversationMessage.objects.count() == 2
    other, _ = receive(wa("Halo, mau tanya", wamid="wamid.B1", wa_id="6285600001111"),
                       agency=agency_a)
    assert other.conversation_id != first.conversation_id
    # The same person's contact is shared, so earlier contacts can be shown.
    assert first.conversation.contact.conversations.count() == 1


def test_the_same_platform_id_at_another_agency_is_another_message(agency_a, agency_b):
    # An email sent to two agencies' mailboxes (same Message-ID) reaches both.
    item = InboundItem(channel="email", contact_id="warga@example.id",
                       thread_key="<abc@example.id>", external_id="<abc@example.id>",
                       body="Mohon info jadwal pemadaman air", subject="Pemadaman")
    receive(item, agency=agency_a)
    receive(item, agency=agency_b)
    assert Conversation.objects.count() == 2


def test_clocks_follow_inbound_and_replies(agency_a):
    message, _ = receive(wa("Lampu PJU di Jl. Bhayangkara mati", wamid="wamid.C1"),
                         agency=agency_a)
    conversation = message.conversation
    assert conversation.needs_reply
    assert conversation.waiting_since == NOW
    mark_answered(conversation, at=NOW + dt.timedelta(minutes=45))
    conversation.refresh_from_db()
    assert conversation.waiting_since is None
    assert conversation.first_response_seconds == 45 * 60
    assert conversation.status == Conversation.Status.ANSWERED
    # A thank-you afterwards needs no reply and does not restart the clock.
    receive(wa("makasih pak", wamid="wamid.C2", at=NOW + dt.timedelta(hours=1)), agency=agency_a)
    conversation.refresh_from_db()
    assert not conversation.needs_reply
    assert conversation.waiting_since is None
    # A new question does; the first response time stays the first one.
    receive(wa("Kapan diperbaiki?", wamid="wamid.C3", at=NOW + dt.timedelta(hours=2)),
            agency=agency_a)
    conversation.refresh_from_db()
    assert conversation.needs_reply
    assert conversation.waiting_since == NOW + dt.timedelta(hours=2)
    mark_answered(conversation, at=NOW + dt.timedelta(hours=3))
    conversation.refresh_from_db()
    assert conversation.first_response_seconds == 45 * 60


def test_a_thank_you_while_waiting_keeps_the_question_open(agency_a):
    receive(wa("Syarat KIA apa saja?", wamid="wamid.D1"), agency=agency_a)
    message, _ = receive(wa("makasih", wamid="wamid.D2", at=NOW + dt.timedelta(minutes=1)),
                         agency=agency_a)
    conversation = message.conversation
    conversation.refresh_from_db()
    assert conversation.needs_reply
    assert conversation.waiting_since == NOW


def test_staff_decision_holds_until_the_next_message(agency_a):
    message, _ = receive(wa("Harga tiket Dieng berapa?", wamid="wamid.E1"), agency=agency_a)
    conversation = message.conversation
    set_needs_reply(conversation, False)
    conversation.refresh_from_db()
    assert not conversation.needs_reply
    assert not conversation.needs_reply_is_suggestion
    assert conversation.waiting_since is None
    set_needs_reply(conversation, True)
    conversation.refresh_from_db()
    assert conversation.waiting_since == NOW


def test_tokens_are_encrypted_at_rest(agency_a):
    _account, created = account_connect(agency=agency_a, platform="whatsapp",
                                       external_id="106540352242922", name="WA DPUPR",
                                       token="EAAG-secret-token")
    assert created
    stored = ConnectedAccount.objects.values_list("token_encrypted", flat=True).get()
    assert "EAAG-secret-token" not in stored
    assert ConnectedAccount.objects.get().token == "EAAG-secret-token"
    assert crypto.decrypt("not-a-token") == ""
    assert AuditEntry.objects.filter(action="account_connect").exists()
    # Updating without a token keeps it.
    account_connect(agency=agency_a, platform="whatsapp", external_id="106540352242922")
    assert ConnectedAccount.objects.get().token == "EAAG-secret-token"


def test_an_account_belongs_to_one_agency(agency_a, agency_b):
    account_connect(agency=agency_a, platform="facebook", external_id="1234567890")
    with pytest.raises(ValidationError):
        account_connect(agency=agency_b, platform="facebook", external_id="1234567890")
    with pytest.raises(ValidationError):
        account_connect(agency=agency_a, platform="facebook", external_id="halaman-dpupr")
    with pytest.raises(ValidationError):
        account_connect(agency=agency_a, platform="email", external_id="bukan-alamat")
    with pytest.raises(ValidationError):
        account_connect(agency=agency_a, platform="whatsapp", external_id="١٠٦٥٤٠³")


def test_connect_channel_command(agency_a):
    out = io.StringIO()
    call_command("connect_channel", "--agency", "dpupr", "--platform", "email",
                 "--external-id", "Pengaduan@DPUPR.wonosobokab.go.id", "--name", "Pengaduan",
                 "--token", "sandi-rahasia", stdout=out)
    assert "sandi-rahasia" not in out.getvalue()
    account = ConnectedAccount.objects.get()
    assert account.external_id == "pengaduan@dpupr.wonosobokab.go.id"
    assert account.token == "sandi-rahasia"
    with pytest.raises(CommandError):
        call_command("connect_channel", "--agency", "tidak-ada", "--platform", "whatsapp",
                     "--external-id", "1")
    with pytest.raises(CommandError):
        call_command("connect_channel", "--agency", "dpupr", "--platform", "instagram",
                     "--external-id", "bukan angka")


def test_received_time_defaults_to_now(agency_a):
    item = wa("Halo", wamid="wamid.F1")
    item.at = None
    message, _ = receive(item, agency=agency_a)
    assert abs((message.created_at - timezone.now()).total_seconds()) < 5


def test_nul_characters_are_dropped_so_the_message_can_be_stored(agency_a):
    # PostgreSQL refuses NUL in text and JSON: kept, it would make the message unstorable
    # and its webhook delivery or mailbox would fail on it again and again.
    item = InboundItem(channel="whatsapp", contact_id="6281227001122\x00",
                       thread_key="6281227001122", external_id="wamid.NUL\x001",
                       body="Air mati\x00 sejak pagi", contact_name="Siti\x00 Rohmah", at=NOW,
                       headers={"x\x00": "y\x00"}, data={"list": ["a\x00"]})
    message, created = receive(item, agency=agency_a)

    message.refresh_from_db()
    assert created
    assert message.body == "Air mati sejak pagi"
    assert message.external_id == "wamid.NUL1"
    assert message.headers == {"x": "y"}
    assert message.data == {"list": ["a"]}
    assert message.conversation.contact.name == "Siti Rohmah"
    assert item.body == "Air mati\x00 sejak pagi"  # the caller's item is left as it was
    assert receive(item, agency=agency_a) == (message, False)
