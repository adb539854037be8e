"""Real-world email that broke intake: each file of tests/mail/ (see its README) through
`email_ingest`, the `ingest_email` pipe command and IMAP polling, and what is stored of it.

The rule under test: nothing a citizen sent is refused or lost. What cannot be read completely is
stored with what could be read and kept in quarantine (reason shown to staff, original kept for
coordinators); what a machine wrote, or nothing at all, is stored but never waits for a reply.
"""
# The mailbox and IMAP fixtures are shared with test_email_in and used here as parameters.
# ruff: noqa: F811

import io
from dataclasses import dataclass, field

import pytest
from django.core.management import CommandError, call_command
from django.db import OperationalError
from django.urls import reverse

from jembatan.connectors import inbound
from jembatan.connectors.channels.email import imap
from jembatan.connectors.channels.email import ingest as ingest_module
from jembatan.connectors.channels.email.ingest import email_ingest
from jembatan.connectors.channels.email.parse import decode_bytes, is_unknown_sender, parse_message
from jembatan.connectors.models import Conversation, ConversationMessage, QuarantinedEmail
from jembatan.connectors.selectors import unanswered_count
from jembatan.connectors.tests.test_email_in import (  # noqa: F401 (fixtures)
    MAIL,
    OUR_ADDRESS,
    eml,
    imap_mailbox,
    imap_server,
    mailbox,
)

UNKNOWN = "(no sender)"


@dataclass
class Expected:
    address: str
    name: str = ""
    subject: str = ""
    body: list[str] = field(default_factory=list)  # each must be in the stored body
    quarantine: list[str] = field(default_factory=list)
    system: bool = False
    waiting: bool = True


CORPUS = {
    # The probe's crash: raw 8-bit UTF-8 in From and Subject, no encoded words.
    "raw_8bit_from.eml": Expected(
        "dwi.hartanto@yahoo.co.id", "Dwi Hartanto — Kertek",
        "Lampu jalan mati di Jl. Raya Kertek – sudah 2 minggu", ["SD Negeri 2 Kertek"]),
    # UTF-8 labelled GB2312, in the body and in encoded words of From and Subject.
    "utf8_labelled_gb2312.eml": Expected(
        "ratna.dewi@163.com", "Ratna Déwi", "Pengaduan air PDAM — keruh",
        ["sejak Senin — anak-anak", "Terima kasih 🙏"]),
    # UTF-8 labelled ISO-8859-1 (quoted-printable body, Q-encoded subject).
    "utf8_labelled_latin1.eml": Expected(
        "jose.ramos@example.org", "Jose Ramos", "Jalan Telaga Warna – rusak",
        ["Rp 50.000–100.000", "José Ramos Ñañez"]),
    # A label that tells the truth stays believed.
    "latin1_true.eml": Expected(
        "andre.mueller@example.de", "André Müller", "Frage zur Straße nach Dieng",
        ["Grüße aus München", "geöffnet"]),
    # Python's own test message: the display name is an address; the sender is the addr-spec.
    "cpython_msg_47.eml": Expected("123@example.com", "123@abuse.net", "VIARGA|CIALIS|LEVITRA",
                                   ["PHARRMACY ON1INE"]),
    # Python's multipart/signed message: the signed text is the body.
    "cpython_msg_48.eml": Expected("foo@bar.baz", "", "test", ["This is the signed contents."]),
    # obs-route, quoted obs-local-part, comments in addresses, a two-digit year.
    "obsolete_syntax.eml": Expected("budi.santoso@example.net", "Budi Santoso",
                                    "Jembatan gantung Leksono", ["Papan jembatan gantung"]),
    # Unquoted boundaries with "=" and a space in them.
    "unquoted_boundary.eml": Expected("rina.kusuma@example.id", "Rina Kusuma",
                                      "Saluran air tersumbat", ["Jl. Bhayangkara"]),
    # Apple Mail's text, photo, more text: both texts are the body, the photo is kept.
    "apple_text_image_text.eml": Expected(
        "yuni.astuti@icloud.com", "Yuni Astuti", "Trotoar ambles depan pasar Kertek",
        ["ini fotonya:\n\nLubangnya sekitar 40 cm"]),
    # A forwarded message attached as message/rfc822: its sender, date, subject and text.
    "forwarded_rfc822.eml": Expected(
        "agus.prasetyo@gmail.com", "Agus Prasetyo",
        "Fwd: Surat dari Kepala Desa soal talud longsor",
        ["saya teruskan surat Pak Kades", "Pesan yang diteruskan",
         "Dari: Kepala Desa Sojokerto <kades.sojokerto@example.id>",
         "Perihal: Talud longsor di RT 05", "Tanggal: Mon, 09 Mar 2026 08:00:00 +0700",
         "Talud penahan tanah di RT 05 Sojokerto longsor"]),
    # The body alone, piped without its headers.
    "no_headers.eml": Expected(UNKNOWN, body=["Desa Tieng"], quarantine=["no_headers"],
                               waiting=False),
    "no_sender.eml": Expected(UNKNOWN, subject="Pohon tumbang di Jl. Dieng km 5",
                              body=["Ada pohon tumbang"], quarantine=["no_sender"],
                              waiting=False),
    # mail-parser (stalwartlabs) test messages: fragments without a sender, a nested multipart
    # reusing its parent's boundary, charsets that fail, a forwarded message.
    "stalwart_malformed_003.eml": Expected(UNKNOWN, body=["body"],
                                           quarantine=["no_sender", "structure"], waiting=False),
    # Every text part of a multipart/mixed is the body, whatever its charset says.
    "stalwart_decode_problems.eml": Expected(
        UNKNOWN, body=["café\n\ncafé\n\ncafé =ZZ\n\ncafé\n\ncafé\n\n¥\n\nハ"],
        quarantine=["no_sender", "text_undecodable"], waiting=False),
    "stalwart_mixed_message.eml": Expected(UNKNOWN, body=["text", "Perihal: inner",
                                                                 "inner body"],
                                           quarantine=["no_sender"], waiting=False),
    # Machines and blanks: stored, never waiting.
    "dsn_report.eml": Expected("mailer-daemon@mx.example.id", "Mail Delivery Subsystem",
                               "Undelivered Mail Returned to Sender", ["User unknown"],
                               system=True, waiting=False),
    "auto_reply_precedence.eml": Expected("hendra.wijaya@example.id", "Hendra Wijaya",
                                          "Out of Office: Re: Pengaduan drainase",
                                          ["di luar kota"], system=True, waiting=False),
    "empty_body.eml": Expected("lestari.wnsb@gmail.com", "Lestari", "", [], system=True,
                               waiting=False),
}


def test_every_file_of_the_corpus_has_a_case():
    files = {path.name for path in MAIL.glob("*.eml")}
    older = {"auto_reply.eml", "gmail_reply.eml", "multipart_attachments.eml",
             "no_message_id.eml", "outlook_html.eml", "plain_id.eml", "rfc2047_subject.eml"}
    assert files - older == set(CORPUS)


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_what_is_stored_of_each_real_world_email(name, agency_a, mailbox):
    expected = CORPUS[name]

    result = email_ingest(raw=eml(name), agency=agency_a)

    assert result.created
    message = ConversationMessage.objects.get()
    conversation = message.conversation
    if expected.address == UNKNOWN:
        # One made-up, undeliverable contact per message, shown by a name, not the address.
        assert is_unknown_sender(conversation.contact.external_id)
        assert str(conversation.contact) == message.author_name == "Pengirim tidak dikenal"
    else:
        assert conversation.contact.external_id == expected.address
        assert conversation.contact.name == message.author_name == expected.name
    assert conversation.subject == expected.subject
    for text in expected.body:
        assert text in message.body
    assert "\ufffd" not in message.body + conversation.subject + expected.name
    assert message.data["quarantine"] == expected.quarantine
    assert message.is_system is expected.system
    assert (conversation.waiting_since is not None) is expected.waiting
    assert conversation.needs_reply is expected.waiting
    if name == "apple_text_image_text.eml":
        assert [a.original_name for a in message.attachments.all()] == ["IMG_0412.png"]
    kept = QuarantinedEmail.objects.filter(message=message).first()
    if expected.quarantine:
        assert kept.reasons == expected.quarantine
        assert bytes(kept.raw) == eml(name)
        assert kept.agency == agency_a
    else:
        assert kept is None


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_ingest_email_exits_0_for_each_real_world_email_and_a_repeat_is_no_duplicate(
        name, agency_a, mailbox):
    out = io.StringIO()
    # Returning (rather than raising CommandError or anything else) is exit code 0.
    call_command("ingest_email", agency="dpupr", file=str(MAIL / name), stdout=out)
    call_command("ingest_email", agency="dpupr", stdin=io.BytesIO(eml(name)), stdout=out)

    assert ConversationMessage.objects.count() == 1
    assert "Already stored" in out.getvalue()
    if CORPUS[name].quarantine:
        assert "in quarantine" in out.getvalue()
        assert QuarantinedEmail.objects.count() == 1


def test_raw_8bit_sender_name_is_stored_instead_of_crashing_the_command(agency_a):
    """Regression: the name reached the database as undecoded bytes (exit 1, a traceback)."""
    out = io.StringIO()
    call_command("ingest_email", agency="dpupr", stdin=io.BytesIO(eml("raw_8bit_from.eml")),
                 stdout=out)

    assert "Stored <20260304190541.7731@yahoo.co.id>" in out.getvalue()
    assert Conversation.objects.get().contact.name == "Dwi Hartanto — Kertek"


def test_the_address_is_never_taken_from_the_display_name():
    raw = (b'From: "alice@example.com" <bob@example.com>\r\nTo: dpupr@wonosobokab.go.id\r\n'
           b'Subject: x\r\n\r\nisi\r\n')

    parsed = parse_message(raw)

    assert (parsed.from_name, parsed.from_address) == ("alice@example.com", "bob@example.com")


@pytest.mark.parametrize(("header", "name", "address"), [
    ("bob@example.com (Bob Smith)", "Bob Smith", "bob@example.com"),
    ("<@a.example,@b.example:bob@example.com>", "", "bob@example.com"),
    ('Bob <"bob".smith@example.com>', "Bob", "bob.smith@example.com"),
    ("Pete(A nice \\) chap) <pete(his account)@silly.test(his host)>", "Pete",
     "pete@silly.test"),
    ("=?utf-8?Q?Doe=2C_John?= <john@example.com>", "Doe, John", "john@example.com"),
    ("Siti \xc3\xa9 <siti@example.com>".encode("latin-1").decode("latin-1"), "Siti é",
     "siti@example.com"),
])
def test_obsolete_and_odd_from_headers(header, name, address):
    raw = b"From: " + header.encode("latin-1") + b"\r\nSubject: x\r\n\r\nisi\r\n"

    parsed = parse_message(raw)

    assert (parsed.from_name, parsed.from_address) == (name, address)


@pytest.mark.parametrize(("date", "year"), [("9 Mar 26 08:15 +0700", 2026),
                                            ("Mon, 9 Mar 126 08:15:00 +0700", 2026),
                                            ("Tue, 06 Jun 2017 27:39:33 +0600", None)])
def test_two_and_three_digit_years_and_an_impossible_date(date, year):
    parsed = parse_message(f"From: a@b.example\r\nDate: {date}\r\n\r\nisi\r\n".encode())

    assert (parsed.date.year if parsed.date else None) == year


@pytest.mark.parametrize(("data", "label", "text"), [
    ("Jalan — rusak".encode(), "gb2312", "Jalan — rusak"),  # UTF-8 labelled GB2312
    ("Jalan — rusak".encode(), "iso-8859-1", "Jalan — rusak"),  # UTF-8 labelled Latin-1
    ("工作报告".encode("gb2312"), "gb2312", "工作报告"),  # a true GB2312 label
    ("Straße".encode("latin-1"), "iso-8859-1", "Straße"),  # a true Latin-1 label
    ("Straße".encode("latin-1"), "utf-8", "Straße"),  # Latin-1 labelled UTF-8
    ("Straße".encode("latin-1"), None, "Straße"),  # no label at all
    ("Straße".encode("latin-1"), "x-unknown", "Straße"),  # a label nobody knows
    # No label and long enough to guess from: Western text stays Windows-1252, Chinese is found.
    ("Señora José Ñañez pregunta por la carretera".encode("latin-1"), None,
     "Señora José Ñañez pregunta por la carretera"),
    ("请问道路什么时候修好？谢谢你们的帮助。".encode("gb2312"), None,
     "请问道路什么时候修好？谢谢你们的帮助。"),
])
def test_a_lying_charset_label_gives_way_to_the_bytes(data, label, text):
    assert decode_bytes(data, label)[0] == text


def test_auto_reply_and_bounce_do_not_count_as_waiting(agency_a, officer_a, mailbox):
    for name in ("dsn_report.eml", "auto_reply_precedence.eml", "empty_body.eml",
                 "no_sender.eml"):
        email_ingest(raw=eml(name), agency=agency_a)
    assert unanswered_count(user=officer_a) == 0

    email_ingest(raw=eml("raw_8bit_from.eml"), agency=agency_a)
    assert unanswered_count(user=officer_a) == 1


def test_a_bounce_in_a_thread_keeps_the_citizen_s_question_waiting(agency_a, mailbox):
    email_ingest(raw=eml("plain_id.eml"), agency=agency_a)
    bounce = eml("dsn_report.eml").replace(
        b"Message-ID: <dsn-20260313-1@mx.example.id>",
        b"Message-ID: <dsn-20260313-1@mx.example.id>\r\n"
        b"References: <CAJx7Vn2kQp4u8Wm3Rz9t@mail.gmail.com>")

    message = email_ingest(raw=bounce, agency=agency_a).message

    assert message.is_system
    assert message.conversation.waiting_since is not None


# --- when even storing fails ----------------------------------------------------------------


def _break_storing(monkeypatch):
    def broken(item, **kwargs):
        raise ValueError("a value the database refuses")

    monkeypatch.setattr(inbound, "receive", broken)


def test_a_message_that_cannot_be_stored_keeps_its_original_in_quarantine(
        agency_a, mailbox, monkeypatch):
    _break_storing(monkeypatch)
    out = io.StringIO()

    call_command("ingest_email", agency="dpupr", stdin=io.BytesIO(eml("plain_id.eml")),
                 stdout=out)
    call_command("ingest_email", agency="dpupr", stdin=io.BytesIO(eml("plain_id.eml")),
                 stdout=out)

    kept = QuarantinedEmail.objects.get()
    assert kept.message is None
    assert kept.reasons == ["store_failed"]
    assert bytes(kept.raw) == eml("plain_id.eml")
    assert "quarantine only" in out.getvalue()
    assert not ConversationMessage.objects.exists()


def test_ingest_email_exits_75_when_not_even_the_original_can_be_kept(
        agency_a, mailbox, monkeypatch):
    _break_storing(monkeypatch)

    def also_broken(**kwargs):
        raise ValueError("still refused")

    monkeypatch.setattr(ingest_module.quarantine, "quarantine_keep", also_broken)

    with pytest.raises(CommandError) as error:
        call_command("ingest_email", agency="dpupr", stdin=io.BytesIO(eml("plain_id.eml")))

    assert error.value.returncode == 75


def test_ingest_email_exits_75_when_the_database_is_away(agency_a, monkeypatch):
    def away(item, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(inbound, "receive", away)

    with pytest.raises(CommandError) as error:
        call_command("ingest_email", agency="dpupr", stdin=io.BytesIO(eml("plain_id.eml")))

    assert error.value.returncode == 75
    assert not QuarantinedEmail.objects.exists()


# --- IMAP -----------------------------------------------------------------------------------


def test_bad_messages_do_not_block_the_mailbox(imap_mailbox, imap_server):
    for name in ("raw_8bit_from.eml", "no_headers.eml", "stalwart_malformed_003.eml",
                 "utf8_labelled_gb2312.eml", "plain_id.eml"):
        imap_server.add(eml(name))

    assert imap.poll_all() == 5

    imap_mailbox.refresh_from_db()
    assert imap_mailbox.imap_last_uid == 5
    assert "Pesan 2" in imap_mailbox.last_error
    assert "Pesan 3" in imap_mailbox.last_error
    assert ConversationMessage.objects.count() == 5
    assert QuarantinedEmail.objects.count() == 2
    assert imap.poll_all() == 0  # nothing is fetched twice
    assert imap_server.fetched == [1, 2, 3, 4, 5]


def test_a_message_that_cannot_be_stored_at_all_is_skipped_and_left_on_the_server(
        imap_mailbox, imap_server, monkeypatch):
    real = ingest_module.email_ingest

    def failing_for_the_first(*, raw, **kwargs):
        if b"Dwi Hartanto" in raw:
            raise ValueError("not even the original could be kept")
        return real(raw=raw, **kwargs)

    monkeypatch.setattr(imap, "email_ingest", failing_for_the_first)
    imap_server.add(eml("raw_8bit_from.eml"))
    imap_server.add(eml("plain_id.eml"))

    assert imap.poll_all() == 1

    imap_mailbox.refresh_from_db()
    assert imap_mailbox.imap_last_uid == 2
    assert "Pesan 1" in imap_mailbox.last_error
    assert len(imap_server.messages) == 2  # nothing is deleted from the server


def test_a_database_outage_stops_the_poll_and_the_message_is_read_again(
        imap_mailbox, imap_server, monkeypatch):
    real = ingest_module.email_ingest
    calls = []

    def away_once(*, raw, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise OperationalError("database is locked")
        return real(raw=raw, **kwargs)

    monkeypatch.setattr(imap, "email_ingest", away_once)
    imap_server.add(eml("plain_id.eml"))

    assert imap.poll_all() == 0
    imap_mailbox.refresh_from_db()
    assert imap_mailbox.imap_last_uid == 0

    assert imap.poll_all() == 1
    imap_mailbox.refresh_from_db()
    assert imap_mailbox.imap_last_uid == 1


# --- what staff see -------------------------------------------------------------------------


def test_staff_see_why_an_email_is_in_quarantine_and_coordinators_get_the_original(
        login, agency_a, officer_a, coordinator, mailbox):
    message = email_ingest(raw=eml("no_sender.eml"), agency=agency_a).message
    kept = QuarantinedEmail.objects.get()
    page = reverse("connectors:conversation", args=[message.conversation_id])
    original = reverse("connectors:quarantined_original", args=[kept.pk])

    client = login(officer_a)
    response = client.get(page)
    assert response.status_code == 200
    assert "tidak dapat dibaca seluruhnya" in response.text
    assert "tidak mencantumkan alamat pengirim" in response.text
    assert original not in response.text
    assert client.get(original).status_code == 404

    client = login(coordinator)
    response = client.get(page)
    assert original in response.text
    response = client.get(original)
    assert response.status_code == 200
    assert response["Content-Type"] == "message/rfc822"
    assert response["Content-Disposition"] == f'attachment; filename="email-{kept.pk}.eml"'
    assert response.content == eml("no_sender.eml")


def test_the_channel_page_lists_quarantined_mail(login, agency_a, admin_a, coordinator,
                                                 mailbox, monkeypatch):
    email_ingest(raw=eml("no_headers.eml"), agency=agency_a)
    _break_storing(monkeypatch)
    email_ingest(raw=eml("plain_id.eml"), agency=agency_a)
    page = reverse("connectors:accounts", args=[agency_a.slug])

    response = login(admin_a).get(page)
    assert response.status_code == 200
    assert "Email dalam karantina" in response.text
    assert "tidak memiliki kepala surat" in response.text
    assert "hanya email aslinya yang disimpan" in response.text
    assert "Unduh email aslinya" not in response.text

    assert "Unduh email aslinya" in login(coordinator).get(page).text


def test_anonymous_visitor_cannot_download_an_original(client, agency_a, mailbox):
    email_ingest(raw=eml("no_headers.eml"), agency=agency_a)
    kept = QuarantinedEmail.objects.get()

    response = client.get(reverse("connectors:quarantined_original", args=[kept.pk]))

    assert response.status_code == 302
    assert OUR_ADDRESS not in response.text


def test_mails_without_a_sender_are_not_one_person(agency_a, mailbox):
    first = email_ingest(raw=eml("no_sender.eml"), agency=agency_a).message
    second = email_ingest(raw=eml("no_headers.eml"), agency=agency_a).message

    assert first.conversation_id != second.conversation_id
    assert first.conversation.contact_id != second.conversation.contact_id
