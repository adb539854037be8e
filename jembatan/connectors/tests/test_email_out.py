"""Email out: replies go by SMTP to a real local SMTP server (aiosmtpd) with the threading
headers, SMTP refusals are permanent or retried by their code, and the citizen's answer to our
reply comes back into the same conversation."""

import email
import email.policy
import socket
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from jembatan.connectors import actions, outbound
from jembatan.connectors.actions import account_connect
from jembatan.connectors.channels.email.adapter import EmailAdapter
from jembatan.connectors.channels.email.ingest import email_ingest
from jembatan.connectors.channels.email.parse import reply_subject
from jembatan.connectors.models import Contact, Conversation, ConversationMessage

MAIL = Path(__file__).parent / "mail"
ROOT_ID = "<CAJx7Vn2kQp4u8Wm3Rz9t@mail.gmail.com>"
FIXTURE_REPLY_ID = b"<177250392011.41020.9912470088123@wonosobokab.go.id>"
OUR_ADDRESS = "dpupr@wonosobokab.go.id"
AGENCY_NAME = "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Wonosobo"


def eml(name: str) -> bytes:
    return (MAIL / name).read_bytes()


class Recorder:
    """An SMTP server's message handler: keeps what it accepts, refuses when told to."""

    def __init__(self):
        self.received = []
        self.rcpt_reply = None
        self.data_reply = None

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.rcpt_reply:
            return self.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.data_reply:
            return self.data_reply
        self.received.append(envelope)
        return "250 Message accepted for delivery"

    def messages(self):
        return [email.message_from_bytes(envelope.original_content, policy=email.policy.default)
                for envelope in self.received]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp(settings):
    recorder = Recorder()
    controller = Controller(recorder, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 5
    yield recorder
    controller.stop()


@pytest.fixture
def mailbox(agency_a):
    account, _created = account_connect(agency=agency_a, platform="email",
                                        external_id=OUR_ADDRESS, name="Pengaduan DPUPR",
                                        token="rahasia")
    return account


@pytest.fixture
def conversation(agency_a, mailbox):
    return email_ingest(raw=eml("plain_id.eml"), agency=agency_a).message.conversation


def reply(conversation, body="Ibu Siti, laporan sudah kami terima. Tim akan meninjau lokasi "
                             "pada hari Kamis."):
    return ConversationMessage.objects.create(
        conversation=conversation, direction=ConversationMessage.Direction.OUT, body=body,
        delivery_status=ConversationMessage.Delivery.SENDING)


def test_reply_goes_out_with_threading_headers(smtp, conversation):
    result = EmailAdapter().send(reply(conversation))

    assert result.ok
    assert result.external_id.startswith("<")
    assert result.external_id.endswith("@wonosobokab.go.id>")
    [sent] = smtp.messages()
    assert smtp.received[0].mail_from == OUR_ADDRESS
    assert smtp.received[0].rcpt_tos == ["siti.aminah@gmail.com"]
    assert sent["Message-ID"] == result.external_id
    assert sent["In-Reply-To"] == ROOT_ID
    assert sent["References"] == ROOT_ID
    assert sent["Subject"] == "Re: Jalan rusak di Desa Kalibeber"
    assert sent["From"].addresses[0].display_name == AGENCY_NAME
    assert sent["From"].addresses[0].addr_spec == OUR_ADDRESS
    assert sent["To"].addresses[0].addr_spec == "siti.aminah@gmail.com"
    assert sent["To"].addresses[0].display_name == "Siti Aminah"
    assert "meninjau lokasi pada hari Kamis" in sent.get_content()


def test_citizen_answer_to_our_reply_joins_the_conversation(
        smtp, conversation, officer_a, settings, django_capture_on_commit_callbacks,
        immediate_tasks):
    settings.CONNECTORS_MODE = "live"
    with django_capture_on_commit_callbacks(execute=True):
        ours = actions.conversation_reply(conversation=conversation, actor=officer_a,
                                   body="Ibu Siti, laporan sudah kami terima.")
    ours.refresh_from_db()
    [sent] = smtp.messages()
    assert ours.delivery_status == ConversationMessage.Delivery.SENT
    assert ours.external_id == sent["Message-ID"]

    # Her mail program answers our mail; this one names only our Message-ID.
    answer = (eml("gmail_reply.eml")
              .replace(f"References: {ROOT_ID} ".encode(), b"References: ")
              .replace(FIXTURE_REPLY_ID, sent["Message-ID"].encode()))
    message = email_ingest(raw=answer, agency=conversation.agency).message

    assert message.conversation_id == conversation.pk
    assert Conversation.objects.count() == 1
    conversation.refresh_from_db()
    assert conversation.status == Conversation.Status.OPEN
    assert conversation.waiting_since == message.created_at

    # The next reply answers her latest mail and carries the whole chain.
    second = EmailAdapter().send(reply(conversation, body="Tidak perlu surat dari desa, Bu."))
    assert second.ok
    latest = smtp.messages()[-1]
    assert latest["In-Reply-To"] == "<CAJx7Vn3Lm8rTq2Zp@mail.gmail.com>"
    assert latest["References"].split() == [sent["Message-ID"],
                                             "<CAJx7Vn3Lm8rTq2Zp@mail.gmail.com>"]


def test_reply_to_a_reply_subject_gets_one_re(smtp, agency_a, mailbox):
    conversation = email_ingest(raw=eml("outlook_html.eml"), agency=agency_a).message.conversation

    EmailAdapter().send(reply(conversation))

    assert smtp.messages()[0]["Subject"] == "Re: Longsor di jalan Tlogomulyo - Kalikajar"


@pytest.mark.parametrize(("subject", "expected"), [
    ("Jalan rusak", "Re: Jalan rusak"),
    ("Re: Jalan rusak", "Re: Jalan rusak"),
    ("RE: Bls: Fwd: Jalan rusak", "Re: Jalan rusak"),
    ("Balas: Re[2]: Jalan rusak", "Re: Jalan rusak"),
])
def test_reply_subject(subject, expected):
    assert reply_subject(subject) == expected


def test_mail_without_message_id_is_answered_without_in_reply_to(smtp, agency_a, mailbox):
    conversation = email_ingest(raw=eml("no_message_id.eml"), agency=agency_a).message.conversation

    assert EmailAdapter().send(reply(conversation)).ok

    [sent] = smtp.messages()
    assert sent["In-Reply-To"] is None
    assert sent["References"] is None
    assert sent["Subject"] == "Re: Saluran air tersumbat"


def test_refused_recipient_is_a_permanent_failure(smtp, conversation):
    smtp.rcpt_reply = "550 5.1.1 <siti.aminah@gmail.com>: Recipient address rejected"

    result = EmailAdapter().send(reply(conversation))

    assert not result.ok
    assert not result.retry
    assert result.code == "rejected"
    assert "Recipient address rejected" in result.error
    assert smtp.received == []


def test_server_asking_to_try_later_is_retried(smtp, conversation):
    smtp.data_reply = "451 4.3.0 Mail server temporarily rejected message"

    result = EmailAdapter().send(reply(conversation))

    assert not result.ok
    assert result.retry
    assert "451" in result.error


def test_unreachable_mail_server_is_retried(settings, conversation):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()  # nobody listens
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 2

    result = EmailAdapter().send(reply(conversation))

    assert not result.ok
    assert result.retry
    assert result.code == "network"


def test_failed_delivery_is_shown_on_the_message(smtp, conversation, settings):
    settings.CONNECTORS_MODE = "live"
    smtp.rcpt_reply = "550 5.1.1 User unknown"
    message = reply(conversation)
    ConversationMessage.objects.filter(pk=message.pk).update(
        delivery_status=ConversationMessage.Delivery.QUEUED)

    assert outbound.deliver(message.pk) == "failed"

    message.refresh_from_db()
    assert message.delivery_status == ConversationMessage.Delivery.FAILED
    assert "User unknown" in message.delivery_error


def test_automatic_senders_are_never_answered(smtp, agency_a, mailbox):
    contact = Contact.objects.create(platform="email", external_id="mailer-daemon@googlemail.com")
    conversation = Conversation.objects.create(agency=agency_a, account=mailbox,
                                               channel="email", contact=contact,
                                               thread_key="<bounce-1@mx.google.com>")

    result = EmailAdapter().send(reply(conversation))

    assert not result.ok
    assert not result.retry
    assert smtp.received == []


def test_mail_that_named_no_sender_is_not_answered(smtp, agency_a, mailbox):
    conversation = email_ingest(raw=eml("no_sender.eml"), agency=agency_a).message.conversation

    result = EmailAdapter().send(reply(conversation))

    assert not result.ok
    assert not result.retry
    assert "tidak ada yang dapat dibalas" in result.error
    assert smtp.received == []


def test_reply_carries_the_officer_s_attachments(smtp, conversation):
    from django.core.files.base import ContentFile

    from jembatan.connectors.models import ConversationAttachment

    message = reply(conversation)
    attachment = ConversationAttachment(message=message, content_type="application/pdf",
                                        original_name="Jadwal peninjauan.pdf")
    attachment.file.save("jadwal.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"))

    assert EmailAdapter().send(message).ok

    [sent] = smtp.messages()
    [part] = list(sent.iter_attachments())
    assert part.get_filename() == "Jadwal peninjauan.pdf"
    assert part.get_content() == b"%PDF-1.4\n%%EOF\n"


def test_outbox_preview_shows_what_would_be_sent(conversation):
    preview = EmailAdapter().preview(reply(conversation))

    assert preview["to"] == ["Siti Aminah <siti.aminah@gmail.com>"]
    assert preview["subject"] == "Re: Jalan rusak di Desa Kalibeber"
    assert preview["headers"]["In-Reply-To"] == ROOT_ID
    assert "rahasia" not in str(preview)
