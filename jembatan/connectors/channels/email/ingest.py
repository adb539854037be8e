"""One raw email into the agency's inbox: threading, attachments, automatic replies.

Both ways mail arrives — IMAP polling and a mail server's pipe to `ingest_email` — call
`email_ingest`. It is idempotent: the Message-ID (or, for mail without one, a hash of the raw
bytes) is the message's id, so the same mail fetched twice is stored once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import InterfaceError, OperationalError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from jembatan.connectors import inbound
from jembatan.connectors.channels.email import quarantine
from jembatan.connectors.channels.email.parse import ParsedEmail, normalize_subject, parse_message
from jembatan.connectors.models import (
    ConnectedAccount,
    Conversation,
    ConversationMessage,
    Platform,
)
from jembatan.core import public_cache, uploads
from jembatan.core.forms import error_text
from jembatan.core.models import Agency

MAX_ATTACHMENTS = 10
# A clock running a little fast at the sender is normal; a Date in the future is not the time
# the citizen wrote, and it would put the message after our reply.
FUTURE_TOLERANCE = dt.timedelta(minutes=5)
# A Date before email reached Indonesia's offices is a broken clock or a misread year.
EARLIEST = dt.datetime(1995, 1, 1, tzinfo=dt.UTC)

logger = logging.getLogger(__name__)


@dataclass
class IngestResult:
    message: ConversationMessage | None
    created: bool
    parsed: ParsedEmail
    ignored: str = ""  # why nothing was stored (our own mail coming back)
    quarantined: list[str] = field(default_factory=list)  # reasons, when not fully readable


def email_ingest(*, raw: bytes, agency: Agency,
                 account: ConnectedAccount | None = None) -> IngestResult:
    """Store one raw RFC 822 message for `agency`.

    Raises MailParseError only for empty input, and the database's errors when it cannot be
    reached (the caller retries). Anything else that goes wrong keeps the original in
    quarantine, so one message can never block a mailbox or a mail server's queue.
    """
    parsed = parse_message(raw)
    try:
        # A savepoint: a failed statement must not spoil the transaction the fallback writes in.
        with transaction.atomic():
            return _ingest(raw=raw, parsed=parsed, agency=agency, account=account)
    except (OperationalError, InterfaceError):
        raise
    except Exception as error:
        # The type only: the error's text may quote the message (a citizen's address).
        logger.warning("email %s could not be stored (%s); keeping it in quarantine",
                       parsed.message_id, type(error).__name__)
        reasons = [*parsed.problems, quarantine.STORE_FAILED]
        _kept, created = quarantine.quarantine_keep(raw=raw, agency=agency, account=account,
                                                    reasons=reasons)
        return IngestResult(None, created, parsed, quarantined=reasons)


def _ingest(*, raw: bytes, parsed: ParsedEmail, agency: Agency,
            account: ConnectedAccount | None) -> IngestResult:
    mailboxes = list(ConnectedAccount.objects.filter(agency=agency, platform=Platform.EMAIL,
                                                     is_active=True))
    own = {box.external_id.lower() for box in mailboxes}
    if agency.email:
        own.add(agency.email.lower())
    if parsed.from_address in own:
        # Our own reply or a copy of it (Bcc, a mailbox rule): storing it as a citizen's message
        # would answer ourselves, in a loop.
        return IngestResult(None, False, parsed, ignored="own address")
    if account is None:
        account = _mailbox_for(mailboxes, parsed)
    media, skipped = _media(parsed)
    body = _with_forwarded(parsed.body, parsed)
    if skipped:
        notes = "\n".join(_("[Attachment not kept: %(reason)s]") % {"reason": reason}
                          for reason in skipped)
        body = f"{body}\n\n{notes}" if body else notes
    kind = ConversationMessage.Kind.TEXT
    if not body and media:
        images = all(content_type.startswith("image/") for _r, content_type, _n, _c in media)
        kind = ConversationMessage.Kind.IMAGE if images else ConversationMessage.Kind.DOCUMENT
    at = timezone.now()
    if parsed.date is not None and EARLIEST <= parsed.date < at + FUTURE_TOLERANCE:
        at = min(parsed.date, at)
    # Written by a machine, or nothing written at all: kept, never waiting for a reply.
    is_system = parsed.is_automatic or not (body.strip() or media)
    item = inbound.InboundItem(
        channel=Platform.EMAIL,
        contact_id=parsed.from_address,
        # A name for mail without a sender, so no made-up address is shown as one.
        contact_name=parsed.from_name if parsed.has_sender else _("Unknown sender"),
        thread_key=thread_key_for(parsed, agency=agency),
        external_id=parsed.message_id,
        body=body,
        kind=kind,
        at=at,
        parent_external_id=parsed.in_reply_to,
        subject=parsed.subject,
        headers={"message_id": parsed.message_id, "in_reply_to": parsed.in_reply_to,
                 "references": parsed.references},
        data={
            "text": _with_forwarded(parsed.text, parsed),
            "html": parsed.is_html,
            "to": parsed.to,
            "cc": parsed.cc,
            "delivered_to": parsed.delivered_to,
            "date": parsed.date.isoformat() if parsed.date else "",
            "automatic": parsed.auto_reason,
            "message_id_synthetic": parsed.message_id_synthetic,
            "attachments_skipped": skipped,
            "quarantine": parsed.problems,
        },
        media=media,
    )
    with transaction.atomic():
        before = (Conversation.objects.filter(channel=Platform.EMAIL, agency=agency,
                                              thread_key=item.thread_key[:255])
                  .values("status", "waiting_since").first())
        message, created = inbound.receive(item, agency=agency, account=account)
        if created and parsed.problems:
            quarantine.quarantine_keep(raw=raw, agency=agency, account=account,
                                       reasons=parsed.problems, message=message)
        if created and (is_system or not parsed.has_sender):
            if is_system:
                ConversationMessage.objects.filter(pk=message.pk).update(is_system=True)
                message.is_system = True
            reason = ("auto" if parsed.is_automatic else "empty" if is_system
                      else "no_sender")
            _no_reply_for(message.conversation, before, reason=reason)
            message.conversation.refresh_from_db()
    return IngestResult(message, created, parsed, quarantined=parsed.problems)


def _with_forwarded(text: str, parsed: ParsedEmail) -> str:
    """The text with each forwarded message written out below it, as mail programs show it."""
    blocks = [text] if text else []
    for forwarded in parsed.forwarded:
        lines = [_("---------- Forwarded message ----------")]
        if forwarded.from_:
            lines.append(_("From: %(sender)s") % {"sender": forwarded.from_})
        if forwarded.date:
            lines.append(_("Date: %(date)s") % {"date": forwarded.date})
        if forwarded.subject:
            lines.append(_("Subject: %(subject)s") % {"subject": forwarded.subject})
        if forwarded.text:
            lines += ["", forwarded.text]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def thread_key_for(parsed: ParsedEmail, *, agency: Agency) -> str:
    """The root Message-ID of the thread this mail belongs to.

    A reply names earlier messages in References/In-Reply-To. If one of them is in a
    conversation of this agency — a citizen's mail or our own reply — the mail joins it;
    otherwise the oldest id it names is the root. Only mail with no Message-ID and no reply
    headers falls back to the subject and the sender.
    """
    ids = parsed.thread_ids
    if ids:
        known = (ConversationMessage.objects
                 .filter(conversation__agency=agency, conversation__channel=Platform.EMAIL,
                         external_id__in=ids)
                 .order_by("-created_at", "-id")
                 .values_list("conversation__thread_key", flat=True).first())
        if known is None:
            known = (Conversation.objects
                     .filter(agency=agency, channel=Platform.EMAIL, thread_key__in=ids)
                     .values_list("thread_key", flat=True).first())
        if known is not None:
            return known
        return ids[0]
    if not parsed.message_id_synthetic or not parsed.has_sender:
        # (Mail without a sender is a thread of its own: there is no person to group by.)
        return parsed.message_id
    basis = f"{parsed.from_address}\n{normalize_subject(parsed.subject)}"
    return f"subject:{hashlib.sha256(basis.encode()).hexdigest()[:40]}"


def _mailbox_for(mailboxes: list[ConnectedAccount],
                 parsed: ParsedEmail) -> ConnectedAccount | None:
    """The agency's connected address the mail was sent to, else its first mailbox."""
    recipients = set(parsed.recipients)
    for box in mailboxes:
        if box.external_id.lower() in recipients:
            return box
    return mailboxes[0] if mailboxes else None


def _media(parsed: ParsedEmail) -> tuple[list, list[str]]:
    """Attachments checked as the reports' uploads are (content type sniffed, at most 10 MB,
    photos without their metadata); the rest are listed with the reason they were left out."""
    media, skipped = [], []
    for index, part in enumerate(parsed.attachments):
        name = part.filename or (_("inline image") if part.inline else _("attachment"))
        if index >= MAX_ATTACHMENTS:
            skipped.append(_("%(name)s: more than %(count)s attachments.")
                           % {"name": name, "count": MAX_ATTACHMENTS})
            continue
        try:
            clean = uploads.clean_upload(ContentFile(part.content, name=name))
        except ValidationError as error:
            skipped.append(error_text(error))
            continue
        media.append(("", clean.content_type, clean.content.name, clean.content.read()))
    return media, skipped


def _no_reply_for(conversation: Conversation, before: dict | None, *, reason: str) -> None:
    """An out-of-office reply, a bounce, an empty email or mail without a sender is kept but
    asks for no answer. If a citizen's message was already waiting, it still is; a
    conversation already answered stays so."""
    if before is not None and before["waiting_since"] is not None:
        return
    Conversation.objects.filter(pk=conversation.pk).update(
        needs_reply=False, needs_reply_is_suggestion=True, needs_reply_reason=reason,
        waiting_since=None,
        status=before["status"] if before is not None else Conversation.Status.OPEN,
    )
    public_cache.bump(public_cache.CONVERSATIONS)  # update() sends no signal
