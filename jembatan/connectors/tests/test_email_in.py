"""Email in: real RFC 822 messages (tests/mail/*.eml), threading, attachments, automatic replies,
the `ingest_email` pipe command and IMAP polling against a small IMAP server run in the test."""

import datetime as dt
import io
import shlex
import socketserver
import threading
from email.message import EmailMessage
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from PIL import Image

from jembatan.connectors.actions import account_connect
from jembatan.connectors.channels.email import imap
from jembatan.connectors.channels.email.ingest import email_ingest
from jembatan.connectors.channels.email.parse import (
    MailParseError,
    html_to_text,
    parse_message,
    strip_quoted,
)
from jembatan.connectors.models import (
    ConnectedAccount,
    Conversation,
    ConversationAttachment,
    ConversationMessage,
)
from jembatan.reports.tests.test_uploads import png_with_a_broken_chunk

MAIL = Path(__file__).parent / "mail"
ROOT_ID = "<CAJx7Vn2kQp4u8Wm3Rz9t@mail.gmail.com>"
OUR_REPLY_ID = "<177250392011.41020.9912470088123@wonosobokab.go.id>"
OUR_ADDRESS = "dpupr@wonosobokab.go.id"


def eml(name: str) -> bytes:
    return (MAIL / name).read_bytes()


@pytest.fixture
def mailbox(agency_a):
    account, _created = account_connect(agency=agency_a, platform="email",
                                        external_id=OUR_ADDRESS, name="Pengaduan DPUPR",
                                        token="rahasia-kotak-surat")
    return account


def our_reply(conversation, *, external_id=OUR_REPLY_ID, at=None):
    """Our reply as `outbound` records it once SMTP accepted it: the Message-ID we sent."""
    return ConversationMessage.objects.create(
        conversation=conversation, direction=ConversationMessage.Direction.OUT,
        body="Ibu Siti, laporan sudah kami terima.", external_id=external_id,
        delivery_status=ConversationMessage.Delivery.SENT,
        created_at=at or dt.datetime(2026, 3, 3, 2, 12, tzinfo=dt.UTC))


# --- one message ---------------------------------------------------------------------------


def test_plain_indonesian_email_starts_a_conversation(agency_a, mailbox):
    result = email_ingest(raw=eml("plain_id.eml"), agency=agency_a)

    assert result.created
    message = result.message
    conversation = message.conversation
    assert conversation.channel == "email"
    assert conversation.account == mailbox
    assert conversation.thread_key == ROOT_ID
    assert conversation.subject == "Jalan rusak di Desa Kalibeber"
    assert conversation.contact.external_id == "siti.aminah@gmail.com"  # From was mixed case
    assert conversation.contact.name == "Siti Aminah"
    assert message.external_id == ROOT_ID
    assert message.headers == {"message_id": ROOT_ID, "in_reply_to": "", "references": []}
    assert message.body.startswith("Selamat pagi Bapak/Ibu DPUPR,")
    assert "Kapan jalan ini bisa diperbaiki?" in message.body
    assert message.created_at == dt.datetime(2026, 3, 2, 1, 47, 3, tzinfo=dt.UTC)
    assert message.data["to"] == [OUR_ADDRESS]
    assert conversation.needs_reply
    assert conversation.waiting_since == message.created_at


def test_the_same_bytes_twice_are_one_message(agency_a, mailbox):
    first = email_ingest(raw=eml("plain_id.eml"), agency=agency_a)
    again = email_ingest(raw=eml("plain_id.eml"), agency=agency_a)

    assert not again.created
    assert again.message.pk == first.message.pk
    assert ConversationMessage.objects.count() == 1


def test_rfc2047_subject_and_sender_name_are_decoded(agency_a, mailbox):
    message = email_ingest(raw=eml("rfc2047_subject.eml"), agency=agency_a).message

    assert message.conversation.subject == "Lampu jalan mati – Jl. Dieng km 3 (sudah 2 minggu)"
    assert message.conversation.contact.name == "Budi Setiyawan (Ketua RT 04 Kalianget)"
    # Latin-1 body, quoted-printable.
    assert message.body.endswith("Wonosobo ± 2 km dari alun-alun)")


def test_message_without_message_id_gets_a_stable_id_and_a_subject_thread(agency_a, mailbox):
    first = email_ingest(raw=eml("no_message_id.eml"), agency=agency_a)
    again = email_ingest(raw=eml("no_message_id.eml"), agency=agency_a)
    follow_up = eml("no_message_id.eml").replace(
        b"Subject: Saluran air tersumbat", b"Subject: Re: Saluran air tersumbat").replace(
        b"Mohon dibersihkan.", b"Sudah tiga hari belum ada petugas datang.")
    later = email_ingest(raw=follow_up, agency=agency_a)

    assert first.created
    assert not again.created
    assert first.message.external_id.endswith("@tanpa-message-id.invalid>")
    assert first.message.data["message_id_synthetic"] is True
    assert later.created
    assert later.message.external_id != first.message.external_id
    assert later.message.conversation_id == first.message.conversation_id
    assert first.message.conversation.thread_key.startswith("subject:")


def test_mail_from_our_own_address_is_not_stored(agency_a, mailbox):
    raw = eml("plain_id.eml").replace(b"From: Siti Aminah <Siti.Aminah@gmail.com>",
                                      b"From: DPUPR <DPUPR@wonosobokab.go.id>")
    result = email_ingest(raw=raw, agency=agency_a)

    assert result.ignored
    assert result.message is None
    assert not Conversation.objects.exists()


def test_mail_to_an_agency_without_a_connected_mailbox_is_still_stored(agency_b):
    result = email_ingest(raw=eml("plain_id.eml"), agency=agency_b)

    assert result.created
    assert result.message.conversation.agency == agency_b
    assert result.message.conversation.account is None


# --- threading -----------------------------------------------------------------------------


def test_reply_to_our_reply_joins_the_conversation_and_shows_only_what_is_new(agency_a, mailbox):
    conversation = email_ingest(raw=eml("plain_id.eml"), agency=agency_a).message.conversation
    our_reply(conversation)

    reply = email_ingest(raw=eml("gmail_reply.eml"), agency=agency_a).message

    assert reply.conversation_id == conversation.pk
    assert reply.body == ("Baik Pak, terima kasih. Apakah warga perlu membuat surat "
                          "permohonan ke desa dulu?")
    assert "laporan sudah kami terima" in reply.data["text"]  # the full text is kept
    assert reply.headers["in_reply_to"] == OUR_REPLY_ID
    assert reply.headers["references"] == [ROOT_ID, OUR_REPLY_ID]
    assert reply.parent_external_id == OUR_REPLY_ID
    assert Conversation.objects.count() == 1


def test_reply_naming_only_our_message_id_finds_the_conversation(agency_a, mailbox):
    """Some programs send In-Reply-To alone, or trim References: our own id is enough."""
    conversation = email_ingest(raw=eml("plain_id.eml"), agency=agency_a).message.conversation
    our_reply(conversation)
    trimmed = eml("gmail_reply.eml").replace(
        f"References: {ROOT_ID} ".encode(), b"References: ")

    reply = email_ingest(raw=trimmed, agency=agency_a).message

    assert reply.headers["references"] == [OUR_REPLY_ID]
    assert reply.conversation_id == conversation.pk


def test_reply_to_a_thread_we_never_saw_is_keyed_by_its_root(agency_a, mailbox):
    message = email_ingest(raw=eml("outlook_html.eml"), agency=agency_a).message

    assert message.conversation.thread_key == (
        "<SG2PR06MB5311000011112222@SG2PR06MB5311.apcprd06.prod.outlook.com>")


def test_threads_are_per_agency(agency_a, agency_b, mailbox):
    conversation = email_ingest(raw=eml("plain_id.eml"), agency=agency_a).message.conversation
    our_reply(conversation)

    other = email_ingest(raw=eml("gmail_reply.eml"), agency=agency_b).message

    assert other.conversation.agency == agency_b
    assert other.conversation_id != conversation.pk


# --- bodies and attachments ----------------------------------------------------------------


def test_html_only_outlook_mail_becomes_text_without_script_or_the_quoted_mail(
        agency_a, mailbox):
    message = email_ingest(raw=eml("outlook_html.eml"), agency=agency_a).message

    assert message.body == (
        "Selamat pagi,\n\nLongsor susulan terjadi lagi tadi malam & menutup separuh badan "
        "jalan. Mohon alat berat dikirim hari ini.\n\nSalam,\nKepala Desa Tlogomulyo")
    assert "alert" not in message.data["text"]
    assert "margin" not in message.data["text"]
    assert "Dikirim: Jumat, 06 Maret 2026 16.02" in message.data["text"]
    assert message.data["html"] is True
    inline = message.attachments.get()
    assert inline.content_type == "image/png"
    assert inline.file.read().startswith(b"\x89PNG")


def test_pdf_and_photo_are_kept_and_an_executable_is_left_out_with_a_note(
        agency_a, mailbox):
    message = email_ingest(raw=eml("multipart_attachments.eml"), agency=agency_a).message

    kept = {a.content_type: a for a in message.attachments.all()}
    assert set(kept) == {"application/pdf", "image/jpeg"}
    assert kept["application/pdf"].original_name == "Surat Permohonan Desa Kreo.pdf"
    assert kept["application/pdf"].file.read().startswith(b"%PDF-")
    with Image.open(kept["image/jpeg"].file) as photo:
        assert not photo.getexif()  # camera and GPS position removed, as for report uploads
    assert kept["image/jpeg"].size == kept["image/jpeg"].file.size
    [skipped] = message.data["attachments_skipped"]
    assert "foto_jembatan.jpg.exe" in skipped
    assert message.body.startswith("Yth. Kepala DPUPR,")
    assert "foto_jembatan.jpg.exe" in message.body.splitlines()[-1]
    assert message.data["cc"] == ["kec.kejajar@wonosobokab.go.id"]


def test_attachment_larger_than_10_mb_is_left_out(agency_a, mailbox):
    mail = EmailMessage()
    mail["From"] = "Rina <rina@example.com>"
    mail["To"] = OUR_ADDRESS
    mail["Subject"] = "Scan dokumen"
    mail["Message-ID"] = "<big-1@example.com>"
    mail.set_content("Terlampir hasil pindai, mohon dicek.")
    mail.add_attachment(b"%PDF-1.4\n" + b"0" * (10 * 1024 * 1024), maintype="application",
                        subtype="pdf", filename="pindai.pdf")

    message = email_ingest(raw=mail.as_bytes(), agency=agency_a).message

    assert not ConversationAttachment.objects.exists()
    assert "pindai.pdf" in message.data["attachments_skipped"][0]
    assert "10 MB" in message.data["attachments_skipped"][0]


def test_a_damaged_photo_is_left_out_and_the_email_is_still_stored(agency_a, mailbox):
    # A damaged PNG once stopped the whole email with a server error, so IMAP polling kept
    # failing on it and the citizen's message was never stored.
    mail = EmailMessage()
    mail["From"] = "Rina <rina@example.com>"
    mail["To"] = OUR_ADDRESS
    mail["Subject"] = "Foto jalan"
    mail["Message-ID"] = "<broken-png-1@example.com>"
    mail.set_content("Jalan di Kalibeber berlubang, foto terlampir.")
    mail.add_attachment(png_with_a_broken_chunk(), maintype="image", subtype="png",
                        filename="jalan.png")

    message = email_ingest(raw=mail.as_bytes(), agency=agency_a).message

    assert message.body.startswith("Jalan di Kalibeber berlubang")
    assert not ConversationAttachment.objects.exists()
    assert "jalan.png" in message.data["attachments_skipped"][0]


# --- automatic mail ------------------------------------------------------------------------


def test_out_of_office_reply_is_stored_but_asks_for_no_reply(agency_a, mailbox):
    conversation = email_ingest(raw=eml("plain_id.eml"), agency=agency_a).message.conversation
    our_reply(conversation)
    Conversation.objects.filter(pk=conversation.pk).update(
        status=Conversation.Status.ANSWERED, waiting_since=None)

    auto = email_ingest(raw=eml("auto_reply.eml"), agency=agency_a).message

    conversation.refresh_from_db()
    assert auto.conversation_id == conversation.pk
    assert auto.data["automatic"] == "auto-submitted: auto-replied"
    assert not conversation.needs_reply
    assert conversation.needs_reply_reason == "auto"
    assert conversation.waiting_since is None
    assert conversation.status == Conversation.Status.ANSWERED


def test_out_of_office_reply_does_not_cancel_a_question_still_waiting(agency_a, mailbox):
    first = email_ingest(raw=eml("plain_id.eml"), agency=agency_a).message
    our_reply(first.conversation)  # recorded, but the question is still waiting

    email_ingest(raw=eml("auto_reply.eml"), agency=agency_a)

    conversation = Conversation.objects.get()
    assert conversation.needs_reply
    assert conversation.waiting_since == first.created_at


def test_bounce_from_mailer_daemon_needs_no_reply(agency_a, mailbox):
    bounce = EmailMessage()
    bounce["From"] = "Mail Delivery Subsystem <MAILER-DAEMON@googlemail.com>"
    bounce["To"] = OUR_ADDRESS
    bounce["Subject"] = "Delivery Status Notification (Failure)"
    bounce["Message-ID"] = "<bounce-77@mx.google.com>"
    bounce.set_content("Address not found. Your message wasn't delivered to siti@contoh.id.")

    message = email_ingest(raw=bounce.as_bytes(), agency=agency_a).message

    assert message.data["automatic"] == "from: mailer-daemon"
    assert not message.conversation.needs_reply
    assert message.conversation.waiting_since is None


def test_a_person_s_mail_is_not_automatic():
    assert not parse_message(eml("plain_id.eml")).is_automatic
    assert parse_message(eml("auto_reply.eml")).is_automatic


# --- quotes and HTML -----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "new"), [
    ("Sudah saya kirim.\n\nOn Mon, 2 Mar 2026 at 08:47, DPUPR <dpupr@wonosobokab.go.id> wrote:\n"
     "> Mohon kirim foto lokasinya.", "Sudah saya kirim."),
    ("Siap, terima kasih.\n\n-----Original Message-----\nFrom: DPUPR\nSent: Monday\n"
     "Subject: Re: Jalan", "Siap, terima kasih."),
    ("Baik.\n\n________________________________\nDari: DPUPR Wonosobo\nDikirim: Senin\n"
     "Kepada: Warga", "Baik."),
    ("> Apakah lokasinya di RT 3?\nBetul, RT 3 RW 2.\n> Jam berapa kejadiannya?\nSekitar jam 7.",
     "Betul, RT 3 RW 2.\nSekitar jam 7."),
    ("Pada tanggal 3 Maret saya melapor ke desa.\nBelum ada tanggapan sampai sekarang.",
     "Pada tanggal 3 Maret saya melapor ke desa.\nBelum ada tanggapan sampai sekarang."),
    ("> hanya kutipan\n> tanpa tulisan baru", "> hanya kutipan\n> tanpa tulisan baru"),
])
def test_quoted_earlier_messages_are_cut(text, new):
    assert strip_quoted(text) == new


def test_html_to_text_drops_scripts_styles_and_tags():
    html = ("<html><head><title>x</title><style>p{color:red}</style></head><body>"
            "<script>document.location='https://jahat.example'</script>"
            "<p>Air PDAM &amp; listrik mati.</p><ul><li>Kertek</li><li>Kalikajar</li></ul>"
            "<blockquote>Pesan lama</blockquote><img src=x onerror=alert(1)></body></html>")

    assert html_to_text(html) == "Air PDAM & listrik mati.\n\n- Kertek\n- Kalikajar\n> Pesan lama"


@pytest.mark.parametrize("raw", [b"", b"   \r\n"])
def test_only_empty_input_is_a_parse_error(raw):
    with pytest.raises(MailParseError):
        parse_message(raw)


@pytest.mark.parametrize(("raw", "problem"), [
    (b"bukan email sama sekali\n", "no_headers"),
    (b"Subject: tanpa pengirim\r\n\r\nisi\r\n", "no_sender"),
])
def test_bytes_without_headers_or_sender_are_read_with_the_problem_named(raw, problem):
    parsed = parse_message(raw)

    assert parsed.problems == [problem]
    assert not parsed.has_sender
    assert parsed.body in ("bukan email sama sekali", "isi")


# --- ingest_email (a mail server's pipe) ---------------------------------------------------


def test_ingest_email_reads_standard_input_and_a_repeat_is_not_an_error(agency_a, mailbox):
    out = io.StringIO()
    call_command("ingest_email", agency="dpupr", stdin=io.BytesIO(eml("plain_id.eml")),
                 stdout=out)
    call_command("ingest_email", agency="dpupr", stdin=io.BytesIO(eml("plain_id.eml")),
                 stdout=out)

    assert ConversationMessage.objects.count() == 1
    assert f"Stored {ROOT_ID}" in out.getvalue()
    assert f"Already stored: {ROOT_ID}" in out.getvalue()


def test_ingest_email_reads_a_file(agency_a, mailbox):
    call_command("ingest_email", agency="dpupr", file=str(MAIL / "rfc2047_subject.eml"),
                 stdout=io.StringIO())

    assert Conversation.objects.get().contact.external_id == "budi.setiyawan@yahoo.co.id"


def test_ingest_email_unknown_agency_exits_67(agency_a):
    with pytest.raises(CommandError) as error:
        call_command("ingest_email", agency="tidak-ada", stdin=io.BytesIO(eml("plain_id.eml")))

    assert error.value.returncode == 67
    assert not ConversationMessage.objects.exists()


@pytest.mark.parametrize("raw", [b"", b" \r\n\r\n"])
def test_ingest_email_empty_input_exits_65(agency_a, raw):
    with pytest.raises(CommandError) as error:
        call_command("ingest_email", agency="dpupr", stdin=io.BytesIO(raw))

    assert error.value.returncode == 65


def test_ingest_email_missing_file_exits_66(agency_a, tmp_path):
    with pytest.raises(CommandError) as error:
        call_command("ingest_email", agency="dpupr", file=str(tmp_path / "hilang.eml"))

    assert error.value.returncode == 66


def test_ingest_email_exit_code_reaches_the_mail_server(agency_a, monkeypatch):
    """Run as a pipe, the command leaves the process with the sysexits code."""
    from jembatan.connectors.management.commands.ingest_email import Command

    stdin = io.TextIOWrapper(io.BytesIO(b"\r\n"))
    monkeypatch.setattr("sys.stdin", stdin)
    with pytest.raises(SystemExit) as exit_info:
        Command().run_from_argv(["manage.py", "ingest_email", "--agency", "dpupr"])

    assert exit_info.value.code == 65


# --- IMAP polling --------------------------------------------------------------------------


class FakeImap:
    """A mailbox behind the subset of IMAP4rev1 (RFC 3501) that imaplib uses for polling:
    CAPABILITY, LOGIN, SELECT, UID SEARCH, UID FETCH, LOGOUT."""

    def __init__(self, users):
        self.users = users
        self.uid_validity = 1
        self.next_uid = 1
        self.messages = []  # [uid, raw]
        self.fetched = []
        self.server = None

    def add(self, raw: bytes) -> int:
        self.messages.append([self.next_uid, raw])
        self.next_uid += 1
        return self.next_uid - 1

    def renumber(self):
        """What a server migration does: new UIDVALIDITY, every message a new UID."""
        self.uid_validity += 1
        for entry in self.messages:
            entry[0] = self.next_uid
            self.next_uid += 1

    def start(self):
        fake = self

        class Handler(socketserver.StreamRequestHandler):
            def send(self, line):
                self.wfile.write(line if isinstance(line, bytes) else line.encode() + b"\r\n")

            def handle(self):
                self.send("* OK IMAP4rev1 Wonosobo test server ready")
                while line := self.rfile.readline():
                    tag, _, rest = line.decode().rstrip("\r\n").partition(" ")
                    command, _, args = rest.partition(" ")
                    if not fake.reply(self, tag, command.upper(), args):
                        return

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.01},
                         daemon=True).start()
        return self.server.server_address[1]

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def reply(self, conn, tag, command, args) -> bool:
        if command == "CAPABILITY":
            conn.send("* CAPABILITY IMAP4rev1 AUTH=PLAIN")
        elif command == "LOGIN":
            user, password = shlex.split(args)
            if self.users.get(user) != password:
                conn.send(f"{tag} NO [AUTHENTICATIONFAILED] Invalid credentials")
                return True
        elif command == "SELECT":
            conn.send(f"* {len(self.messages)} EXISTS")
            conn.send(f"* OK [UIDVALIDITY {self.uid_validity}] UIDs valid")
            conn.send(f"* OK [UIDNEXT {self.next_uid}] Predicted next UID")
            conn.send(f"{tag} OK [READ-WRITE] SELECT completed")
            return True
        elif command == "UID":
            sub, _, criteria = args.partition(" ")
            if sub.upper() == "SEARCH":
                first, _, last = criteria.split()[-1].partition(":")
                uids = [uid for uid, _raw in self.messages]
                top = max(uids, default=0)
                # RFC 3501: "*" is the largest UID, so "n:*" includes it even when below n.
                low, high = sorted((int(first), top if last == "*" else int(last or first)))
                found = [uid for uid in uids if low <= uid <= high]
                conn.send("* SEARCH" + "".join(f" {uid}" for uid in found))
            elif sub.upper() == "FETCH":
                wanted = int(criteria.split()[0])
                for number, (uid, raw) in enumerate(self.messages, start=1):
                    if uid == wanted:
                        self.fetched.append(uid)
                        conn.send(f"* {number} FETCH (UID {uid} RFC822 {{{len(raw)}}}\r\n"
                                  .encode() + raw + b")\r\n")
        elif command == "LOGOUT":
            conn.send("* BYE logging out")
            conn.send(f"{tag} OK LOGOUT completed")
            return False
        elif command != "NOOP":
            conn.send(f"{tag} BAD unknown command")
            return True
        conn.send(f"{tag} OK {command} completed")
        return True


@pytest.fixture
def imap_server():
    server = FakeImap({OUR_ADDRESS: "rahasia-kotak-surat", "tirta@contoh.id": "air"})
    port = server.start()
    server.port = port
    yield server
    server.stop()


@pytest.fixture
def imap_mailbox(mailbox, imap_server):
    mailbox.imap_host, mailbox.imap_port, mailbox.imap_use_ssl = "127.0.0.1", imap_server.port, False
    mailbox.save()
    return mailbox


def test_polling_stores_new_mail_once_and_remembers_the_last_uid(imap_mailbox, imap_server):
    imap_server.add(eml("plain_id.eml"))
    imap_server.add(eml("rfc2047_subject.eml"))

    assert imap.poll_all() == 2
    assert imap.poll_all() == 0  # nothing new: nothing fetched again
    third = imap_server.add(eml("no_message_id.eml"))
    assert imap.poll_all() == 1

    imap_mailbox.refresh_from_db()
    assert imap_server.fetched == [1, 2, third]
    assert imap_mailbox.imap_last_uid == third
    assert imap_mailbox.imap_uid_validity == 1
    assert imap_mailbox.last_error == ""
    assert Conversation.objects.filter(account=imap_mailbox).count() == 3


def test_a_new_uidvalidity_reads_the_mailbox_again_without_duplicates(imap_mailbox, imap_server):
    imap_server.add(eml("plain_id.eml"))
    imap.poll_all()
    imap_server.renumber()
    imap_server.add(eml("outlook_html.eml"))

    assert imap.poll_all() == 1

    imap_mailbox.refresh_from_db()
    assert imap_mailbox.imap_uid_validity == 2
    assert imap_mailbox.imap_last_uid == 3
    assert imap_server.fetched == [1, 2, 3]
    assert ConversationMessage.objects.count() == 2


def test_a_message_without_headers_is_kept_in_quarantine_and_does_not_block_the_mailbox(
        imap_mailbox, imap_server):
    imap_server.add(b"bukan email\r\n")
    imap_server.add(eml("plain_id.eml"))

    assert imap.poll_all() == 2

    imap_mailbox.refresh_from_db()
    assert imap_mailbox.imap_last_uid == 2
    assert "1" in imap_mailbox.last_error
    assert "karantina" in imap_mailbox.last_error


def test_a_failing_mailbox_records_its_error_and_the_others_are_polled(
        agency_b, imap_mailbox, imap_server):
    imap_mailbox.token = "kata-sandi-lama"
    imap_mailbox.save()
    unreachable, _ = account_connect(agency=agency_b, platform="email",
                                     external_id="humas@tirtaaji.co.id", token="x",
                                     imap_host="127.0.0.1", imap_port=1, imap_use_ssl=False)
    working, _ = account_connect(agency=agency_b, platform="email",
                                 external_id="tirta@contoh.id", token="air",
                                 imap_host="127.0.0.1", imap_port=imap_server.port,
                                 imap_use_ssl=False)
    imap_server.add(eml("plain_id.eml"))

    assert imap.poll_all() == 1

    imap_mailbox.refresh_from_db()
    unreachable.refresh_from_db()
    working.refresh_from_db()
    assert "login" in imap_mailbox.last_error
    assert imap_mailbox.imap_last_uid == 0
    assert "127.0.0.1" in unreachable.last_error
    assert working.last_error == ""
    assert working.imap_last_uid == 1
    assert Conversation.objects.get().agency == agency_b


def test_mailboxes_without_a_server_or_inactive_are_not_polled(mailbox, imap_server):
    imap_server.add(eml("plain_id.eml"))
    ConnectedAccount.objects.filter(pk=mailbox.pk).update(
        imap_host="127.0.0.1", imap_port=imap_server.port, imap_use_ssl=False, is_active=False)

    assert imap.poll_all() == 0
    assert imap_server.fetched == []


def test_password_is_not_sent_in_clear_text_to_a_remote_server(mailbox, monkeypatch):
    class NoTls:
        capabilities = ("IMAP4REV1",)

        def __init__(self, host, port, timeout):
            self.closed = False

        def shutdown(self):
            self.closed = True

        def login(self, user, password):  # pragma: no cover - must never be reached
            raise AssertionError("password sent without TLS")

    monkeypatch.setattr(imap.imaplib, "IMAP4", NoTls)
    mailbox.imap_host, mailbox.imap_use_ssl = "imap.contoh.id", False
    mailbox.save()

    assert imap.poll_all() == 0

    mailbox.refresh_from_db()
    assert "tanpa enkripsi" in mailbox.last_error


def test_polling_is_scheduled_every_two_minutes():
    from jembatan.core import scheduler

    job = scheduler.JOBS["connectors.poll_mailboxes"]
    assert job.task == "jembatan.connectors.tasks.poll_mailboxes"
    assert job.every == dt.timedelta(minutes=2)


def test_the_task_polls_the_mailboxes(imap_mailbox, imap_server, immediate_tasks):
    from jembatan.connectors.tasks import poll_mailboxes

    imap_server.add(eml("plain_id.eml"))

    result = poll_mailboxes.enqueue()

    assert result.return_value == 1
    assert timezone.now() - ConnectedAccount.objects.get().last_event_at < dt.timedelta(
        minutes=1)
