"""Every write on conversations, connected accounts, portal questions, imports and webhook
deliveries. Each action is keyword-only, checks the actor's permission itself (PermissionDenied,
403) before what the conversation's state allows (ValidationError), runs in one transaction and
writes one audit entry per change; deliveries and background work are enqueued after commit.

Replies, notes and system messages are stored as queued by `outbound.queue` and delivered by
the channel's adapter. The citizen's own writes (a portal question, a reply in its thread) are
stored like any inbound message, through `inbound.receive`.
"""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
from collections.abc import Iterable, Sequence

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from jembatan.connectors import imports, inbound, notices, outbound, selectors
from jembatan.connectors.channels.meta import process
from jembatan.connectors.channels.web import questions as web
from jembatan.connectors.models import (
    CONNECTABLE,
    KINDS_WITHOUT_REPLY,
    ConnectedAccount,
    Contact,
    Conversation,
    ConversationMessage,
    ImportJob,
    Label,
    Platform,
    WebhookDelivery,
)
from jembatan.core import crypto
from jembatan.core.actions import audit_record
from jembatan.core.background import enqueue_on_commit
from jembatan.core.models import Agency, User
from jembatan.core.phone import normalize_phone
from jembatan.reports.models import Category, Kind, Privacy, Report

Direction = ConversationMessage.Direction
Delivery = ConversationMessage.Delivery
MessageKind = ConversationMessage.Kind


def _check(conversation: Conversation, actor: User) -> None:
    if not actor.has_perm("connectors.reply_conversation", conversation):
        raise PermissionDenied(_("You may not work on this conversation."))


def _lock(conversation: Conversation) -> Conversation:
    locked = Conversation.objects.select_for_update().get(pk=conversation.pk)
    # Keep the caller's instance current: views render it after the action.
    for field in ("status", "needs_reply", "needs_reply_is_suggestion", "needs_reply_reason",
                  "is_spam", "waiting_since", "assigned_to_id", "last_inbound_at",
                  "last_outbound_at"):
        setattr(conversation, field, getattr(locked, field))
    return conversation


def _check_reply(conversation: Conversation, actor: User | None) -> None:
    if actor is None or not actor.has_perm("connectors.reply_conversation", conversation):
        raise PermissionDenied(_("You may not reply to this conversation."))


def _lock_for_sending(conversation: Conversation) -> Conversation:
    """Lock the row and bring the caller's instance up to date: the window and the response
    clock are decided on the stored values, not on what a page loaded a while ago."""
    locked = Conversation.objects.select_for_update().get(pk=conversation.pk)
    for name in ("status", "waiting_since", "first_response_at", "first_response_seconds",
                 "last_inbound_at", "last_outbound_at", "last_message_at", "account_id"):
        setattr(conversation, name, getattr(locked, name))
    return conversation


# --- Replies and notes ------------------------------------------------------------------------


@transaction.atomic
def conversation_reply(*, conversation: Conversation, actor: User, body: str,
                       template: str | None = None, template_language: str = "id",
                       template_params: Sequence[str] = (),
                       at: dt.datetime | None = None) -> ConversationMessage:
    """An officer's reply, sent on the conversation's channel after commit.

    Outside WhatsApp's 24-hour window a free-form reply raises OutsideServiceWindow; pass
    `template` (an approved template's name) to send a template message instead. `at` is for
    history loaded afterwards (the demo); it defaults to now.
    """
    _check_reply(conversation, actor)
    conversation = _lock_for_sending(conversation)
    now = at or timezone.now()
    message = outbound.queue(conversation, body=body, template=template,
                             template_language=template_language,
                             template_params=template_params, author=actor, now=now)
    inbound.mark_answered(conversation, at=now)
    audit_record(actor=actor, action="conversation_reply", obj=conversation,
                 agency=conversation.agency, at=now,
                 changes={"message": [None, message.pk], "kind": [None, message.kind]},
                 note=message.data.get("template", {}).get("name", ""))
    return message


@transaction.atomic
def conversation_system_message_send(*, conversation: Conversation, body: str,
                                     template: str | None = None, template_language: str = "id",
                                     template_params: Sequence[str] = (),
                                     at: dt.datetime | None = None) -> ConversationMessage:
    """Something the system tells the citizen (the tracking code after conversion), on the
    same channel and under the same window rule. It is not an officer's answer, so it leaves the
    response clock alone."""
    conversation = _lock_for_sending(conversation)
    now = at or timezone.now()
    message = outbound.queue(conversation, body=body, template=template,
                             template_language=template_language,
                             template_params=template_params, author=None, now=now)
    conversation.last_outbound_at = now
    conversation.last_message_at = max(conversation.last_message_at, now)
    conversation.save(update_fields=["last_outbound_at", "last_message_at"])
    audit_record(actor=None, action="conversation_system_message", obj=conversation,
                 agency=conversation.agency, at=now, changes={"message": [None, message.pk]})
    return message


@transaction.atomic
def conversation_note_add(*, conversation: Conversation, actor: User,
                          body: str) -> ConversationMessage:
    """An internal note for colleagues: never sent, never shown to the citizen."""
    _check_reply(conversation, actor)
    body = (body or "").strip()
    if not body:
        raise ValidationError(_("Write a note before saving it."), code="empty")
    if len(body) > outbound.NOTE_LIMIT:
        raise ValidationError(_("A note may be at most %(limit)s characters long.")
                              % {"limit": outbound.NOTE_LIMIT}, code="too_long")
    message = ConversationMessage.objects.create(
        conversation=conversation, direction=Direction.NOTE, kind=MessageKind.TEXT, body=body,
        author=actor, author_name=outbound.author_name(actor),
    )
    audit_record(actor=actor, action="conversation_note", obj=conversation,
                 agency=conversation.agency, changes={"note": [None, message.pk]})
    return message


@transaction.atomic
def message_retry(*, message: ConversationMessage, actor: User) -> ConversationMessage:
    """Send a failed reply again (after the admin reconnected the account, for example)."""
    conversation = message.conversation
    _check_reply(conversation, actor)
    locked = ConversationMessage.objects.select_for_update().get(pk=message.pk)
    if locked.direction != Direction.OUT or locked.delivery_status != Delivery.FAILED:
        raise ValidationError(_("Only a reply that failed to send can be sent again."),
                              code="not_failed")
    if locked.kind != MessageKind.TEMPLATE and not outbound.within_service_window(conversation):
        raise outbound.OutsideServiceWindow(conversation.last_inbound_at)
    before = locked.delivery_error
    locked.delivery_status = Delivery.QUEUED
    locked.delivery_error = ""
    locked.attempts = 0
    locked.next_attempt_at = timezone.now() + outbound.ENQUEUE_GRACE
    locked.save(update_fields=["delivery_status", "delivery_error", "attempts",
                               "next_attempt_at"])
    audit_record(actor=actor, action="conversation_reply_retry", obj=conversation,
                 agency=conversation.agency, changes={"message": [locked.pk, locked.pk]},
                 note=before[:200])
    outbound.enqueue_after_commit(locked.pk)
    for name in ("delivery_status", "delivery_error", "attempts", "next_attempt_at"):
        setattr(message, name, getattr(locked, name))
    return message


# --- Handling -------------------------------------------------------------------------------


@transaction.atomic
def conversation_assign(*, conversation: Conversation, officer: User | None,
                        actor: User) -> Conversation:
    _check(conversation, actor)
    conversation = _lock(conversation)
    if officer is not None and not (selectors.officers_for(conversation)
                                    .filter(pk=officer.pk).exists()):
        raise ValidationError(_("Choose an officer of the conversation's agency."))
    before = conversation.assigned_to_id
    conversation.assigned_to = officer
    conversation.save(update_fields=["assigned_to"])
    audit_record(actor=actor, action="conversation_assign", obj=conversation,
                 agency=conversation.agency,
                 changes={"assigned_to": [before, officer.pk if officer else None]},
                 note=str(officer or ""))
    return conversation


@transaction.atomic
def conversation_labels_set(*, conversation: Conversation, labels: Iterable[Label],
                            actor: User) -> Conversation:
    _check(conversation, actor)
    labels = list(labels)
    allowed = set(selectors.labels_for(conversation).values_list("pk", flat=True))
    if any(label.pk not in allowed for label in labels):
        raise ValidationError(_("That label belongs to another agency."))
    before = sorted(conversation.labels.values_list("name", flat=True))
    conversation.labels.set(labels)
    after = sorted(label.name for label in labels)
    if before != after:
        audit_record(actor=actor, action="conversation_labels", obj=conversation,
                     agency=conversation.agency, changes={"labels": [before, after]})
    return conversation


@transaction.atomic
def conversation_needs_reply_set(*, conversation: Conversation, needs: bool,
                                 actor: User) -> Conversation:
    """Staff overrule the suggestion; it holds until the citizen writes again."""
    _check(conversation, actor)
    conversation = _lock(conversation)
    before = conversation.needs_reply
    inbound.set_needs_reply(conversation, needs)
    audit_record(actor=actor, action="conversation_needs_reply", obj=conversation,
                 agency=conversation.agency, changes={"needs_reply": [before, needs]})
    return conversation


@transaction.atomic
def conversation_spam_mark(*, conversation: Conversation, actor: User) -> Conversation:
    """Staff say it is spam: into the spam folder, out of every list and count of work. The
    sender's later messages in the thread stay there too; "Bukan spam" takes it back."""
    _check(conversation, actor)
    conversation = _lock(conversation)
    if conversation.is_spam:
        raise ValidationError(_("This conversation is already in the spam folder."),
                              code="already_spam")
    conversation.is_spam = True
    conversation.needs_reply = False
    conversation.needs_reply_is_suggestion = False
    conversation.needs_reply_reason = "spam"
    conversation.waiting_since = None
    conversation.save(update_fields=["is_spam", "needs_reply", "needs_reply_is_suggestion",
                                     "needs_reply_reason", "waiting_since"])
    # A sender once cleared is not any more: their next spam is read as spam again.
    Contact.objects.filter(pk=conversation.contact_id, not_spam=True).update(not_spam=False)
    audit_record(actor=actor, action="conversation_spam", obj=conversation,
                 agency=conversation.agency, changes={"is_spam": [False, True]})
    return conversation


@transaction.atomic
def conversation_spam_restore(*, conversation: Conversation, actor: User) -> Conversation:
    """"Bukan spam": back in the lists, waiting for a reply again, and the sender's later
    messages are never read as spam (Contact.not_spam)."""
    _check(conversation, actor)
    conversation = _lock(conversation)
    if not conversation.is_spam:
        raise ValidationError(_("This conversation is not in the spam folder."),
                              code="not_spam")
    inbound.set_needs_reply(conversation, True)
    Contact.objects.filter(pk=conversation.contact_id).update(not_spam=True)
    audit_record(actor=actor, action="conversation_spam_restore", obj=conversation,
                 agency=conversation.agency, changes={"is_spam": [True, False]})
    return conversation


@transaction.atomic
def conversation_close(*, conversation: Conversation, actor: User) -> Conversation:
    """Closed: nothing more to do. A new message from the citizen opens it again."""
    _check(conversation, actor)
    conversation = _lock(conversation)
    if conversation.status == Conversation.Status.CLOSED:
        return conversation
    before = conversation.status
    conversation.status = Conversation.Status.CLOSED
    # A closed conversation is not waiting: staff decided it needs nothing more.
    conversation.waiting_since = None
    conversation.save(update_fields=["status", "waiting_since"])
    audit_record(actor=actor, action="conversation_close", obj=conversation,
                 agency=conversation.agency, changes={"status": [before, conversation.status]})
    return conversation


@transaction.atomic
def conversation_reopen(*, conversation: Conversation, actor: User) -> Conversation:
    _check(conversation, actor)
    conversation = _lock(conversation)
    if conversation.status != Conversation.Status.CLOSED:
        return conversation
    conversation.status = Conversation.Status.OPEN
    fields = ["status"]
    if conversation.needs_reply and conversation.last_inbound_at and (
            conversation.last_outbound_at is None
            or conversation.last_inbound_at > conversation.last_outbound_at):
        conversation.waiting_since = conversation.last_inbound_at
        fields.append("waiting_since")
    conversation.save(update_fields=fields)
    audit_record(actor=actor, action="conversation_reopen", obj=conversation,
                 agency=conversation.agency,
                 changes={"status": [Conversation.Status.CLOSED, conversation.status]})
    return conversation


# --- A conversation becomes a report ---------------------------------------------------------
# The report goes through reports.actions.report_submit like any report entered by an officer
# (its clock, timeline, triage and audit run as usual), the two are linked, and the citizen is
# told the tracking code in the channel they wrote in.
#
# Privacy: a WhatsApp chat or an email was written privately, so its report is "rahasia" (the
# text never reaches the public list) and the citizen gets the access key with the code. A
# comment under a public post is public already; its report is "publik" and the answer, itself a
# public comment, carries only the code — never an access key.

PRIVATE_CHANNELS = (Platform.WHATSAPP, Platform.EMAIL, Platform.WEB)
TITLE_LENGTH = 90


def _title_from(text: str, fallback: str) -> str:
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if not first_line:
        return fallback
    if len(first_line) <= TITLE_LENGTH:
        return first_line
    return first_line[:TITLE_LENGTH].rsplit(" ", 1)[0] + "…"


def _source_messages(conversation: Conversation,
                     message: ConversationMessage | None) -> list[ConversationMessage]:
    if message is not None:
        if message.conversation_id != conversation.pk:
            raise ValidationError(_("That message belongs to another conversation."))
        if message.direction != ConversationMessage.Direction.IN \
                or message.kind in KINDS_WITHOUT_REPLY:
            raise ValidationError(_("Only a message from the citizen can become a report."))
        return [message]
    # A platform's notice or a reaction is not the citizen's words.
    return list(conversation.messages.filter(direction=ConversationMessage.Direction.IN,
                                             is_removed=False)
                .exclude(kind__in=KINDS_WITHOUT_REPLY).order_by("created_at", "id"))


def _notice(report: Report, access_key: str, *, private: bool) -> str:
    """The message to the citizen, in the installation's language (Indonesian by default)."""
    url = settings.SITE_URL + reverse("reports:track" if private else "reports:detail",
                                      **({} if private else {"args": [report.tracking_code]}))
    with translation.override(settings.LANGUAGE_CODE):
        if private and access_key:
            return _("Your message has been recorded as a report with the code %(code)s. "
                     "Follow it at %(url)s with the access key %(key)s; keep the key to "
                     "yourself.") % {"code": report.tracking_code, "url": url, "key": access_key}
        return _("Your message has been recorded as a report with the code %(code)s. "
                 "Follow it at %(url)s.") % {"code": report.tracking_code, "url": url}


def conversation_convert_to_report(*, conversation: Conversation, actor: User,
                                   message: ConversationMessage | None = None,
                                   title: str | None = None, kind: str = Kind.PENGADUAN,
                                   category: Category | None = None,
                                   reply: str | None = None,
                                   at: dt.datetime | None = None) -> Report:
    """Create the report, link it, send the citizen its code and mark the conversation answered,
    in one step. Converting again returns the linked report and changes nothing.

    `reply` is the officer's own wording of the public answer (comment channels only; see
    `public_reply_default`): "{kode}" in it becomes the tracking code and "{tautan}" the
    report's public page. Private channels always get the standard notice, which carries the
    access key.

    The returned report carries `notice_sent` (whether the code went out to the citizen) and
    `access_key` (for the officer to pass on when it could not be sent; "" on a repeat).
    """
    if not actor.has_perm("connectors.reply_conversation", conversation):
        raise PermissionDenied(_("You may not work on this conversation."))
    if kind not in Kind.values:
        raise ValidationError(_("Unknown kind of report."))
    from jembatan.reports import actions as report_actions

    with transaction.atomic():
        # The row lock makes a double click (or two officers) produce one report.
        locked = Conversation.objects.select_for_update().select_related("contact").get(
            pk=conversation.pk)
        if locked.report_id is not None:
            report = Report.objects.get(pk=locked.report_id)
            conversation.report = report
            report.notice_sent, report.access_key, report.created_now = True, "", False
            return report
        sources = _source_messages(locked, message)
        body = "\n\n".join(m.body.strip() for m in sources if m.body.strip())
        if not body:
            raise ValidationError(_("The conversation has no text from the citizen to report."))
        contact = locked.contact
        phone, email = selectors.contact_phone_email(contact)
        if locked.channel == Platform.WEB:
            # A portal question's address and number are in the question itself (the contact
            # id holds only one of them); without them the report could never reach the asker.
            asked = (locked.messages.filter(direction=ConversationMessage.Direction.IN)
                     .order_by("created_at", "id").first())
            data = asked.data if asked is not None and isinstance(asked.data, dict) else {}
            phone = phone or str(data.get("phone") or "")
            email = email or str(data.get("email") or "")
        private = locked.channel in PRIVATE_CHANNELS
        fallback = locked.subject or _("Message from %(name)s") % {"name": contact}
        report, access_key, _created = report_actions.report_submit(
            kind=kind, title=(title or "").strip() or _title_from(body, fallback), body=body,
            privacy=Privacy.RAHASIA if private else Privacy.PUBLIK,
            reporter_name=contact.name or contact.handle, reporter_phone=phone,
            reporter_email=email, channel=locked.channel, entered_by=actor, category=category,
            at=sources[0].created_at,
        )
        locked.report = report
        locked.save(update_fields=["report"])
        conversation.report = report
        status_before = locked.status
        text = (notices.public_reply_text(reply, report) if reply and reply.strip() and not private
                else _notice(report, access_key, private=private))
        report.notice_sent = _send_notice(locked, report, text, actor=actor, at=at)
        _mark_converted(locked, at=at or timezone.now())
        for name in ("status", "waiting_since", "first_response_at", "first_response_seconds"):
            setattr(conversation, name, getattr(locked, name))
        audit_record(actor=actor, action="conversation_convert", obj=locked,
                     agency=locked.agency, at=at,
                     changes={"report": [None, report.tracking_code],
                              "status": [status_before, locked.status]},
                     note=report.tracking_code)
        report.access_key = access_key
        report.created_now = True
    return report


def _mark_converted(conversation: Conversation, *, at: dt.datetime) -> None:
    """The citizen's message is now a report: nothing more waits for an answer here."""
    fields = ["status", "waiting_since"]
    if conversation.first_response_at is None and conversation.waiting_since is not None:
        conversation.first_response_at = at
        waited = at - conversation.waiting_since
        conversation.first_response_seconds = max(0, int(waited.total_seconds()))
        fields += ["first_response_at", "first_response_seconds"]
    conversation.waiting_since = None
    conversation.status = Conversation.Status.ANSWERED
    conversation.save(update_fields=fields)


def _send_notice(conversation: Conversation, report: Report, text: str, *, actor: User,
                 at: dt.datetime | None = None) -> bool:
    try:
        with transaction.atomic():
            conversation_system_message_send(conversation=conversation, body=text, at=at)
    except (ValidationError, PermissionDenied) as error:  # incl. OutsideServiceWindow
        # WhatsApp's 24-hour rule (or the channel refusing): the report stands; the officer
        # is shown the code and key to pass on another way.
        audit_record(actor=actor, action="conversation_convert_notice_failed", obj=conversation,
                     agency=conversation.agency, note=f"{report.tracking_code}: {error}"[:500])
        return False
    return True


# --- Connected accounts -----------------------------------------------------------------------


@transaction.atomic
def account_connect(*, agency: Agency, platform: str, external_id: str, name: str = "",
                    token: str | None = None, actor: User | None = None,
                    **mailbox) -> tuple[ConnectedAccount, bool]:
    """Connect (or update) an account; returns (account, created). A token of None keeps the
    stored one; the empty string removes it. `actor` None is the operator (the
    connect_channel command, the demo)."""
    _check_accounts(agency, actor)
    external_id = (external_id or "").strip()
    if platform not in [p.value for p in CONNECTABLE]:
        raise ValidationError(_("Unknown platform: %(platform)s.") % {"platform": platform})
    if not external_id:
        raise ValidationError(_("The account id is required."))
    if platform == Platform.EMAIL:
        external_id = external_id.lower()
        validate_email(external_id)
    elif not (external_id.isascii() and external_id.isdigit()):  # "²" is a digit to Python
        raise ValidationError(_("A Meta account id is a number, for example 106540352242922."))
    account = ConnectedAccount.objects.select_for_update().filter(
        platform=platform, external_id=external_id).first()
    if account is not None and account.agency_id != agency.pk:
        raise ValidationError(_("This account is already connected to %(agency)s.")
                              % {"agency": account.agency.name})
    created = account is None
    if created:
        account = ConnectedAccount(agency=agency, platform=platform, external_id=external_id)
    account.name = (name or account.name or "").strip()[:150]
    for key, value in mailbox.items():
        if value is not None and hasattr(account, key):
            setattr(account, key, value)
    if token is not None:
        account.token = token.strip()
    account.is_active = True
    account.save()
    audit_record(actor=actor, action="account_connect" if created else "account_update",
                 obj=account, agency=agency,
                 changes={"platform": [None, platform], "external_id": [None, external_id],
                          "token": [None, "diganti" if token else "tetap"]})
    return account, created


@transaction.atomic
def account_toggle(*, account: ConnectedAccount, actor: User) -> ConnectedAccount:
    """Switch an account off (its events are ignored, nothing is sent from it) or on again."""
    _check_accounts(account.agency, actor)
    account = ConnectedAccount.objects.select_for_update().get(pk=account.pk)
    account.is_active = not account.is_active
    account.save(update_fields=["is_active"])
    audit_record(actor=actor, action="account_update", obj=account, agency=account.agency,
                 changes={"is_active": [not account.is_active, account.is_active]})
    return account


def _check_accounts(agency: Agency, actor: User | None) -> None:
    if actor is not None and not actor.has_perm("connectors.manage_accounts", agency):
        raise PermissionDenied(_("You may not manage this agency's accounts."))


# --- Questions on the portal -----------------------------------------------------------------


@transaction.atomic
def web_question_ask(*, agency: Agency, body: str, name: str = "", email: str = "",
                     phone: str = "", subject: str = "", submission_id: str = "",
                     at: dt.datetime | None = None) -> tuple[Conversation, str]:
    """Store a question first; returns (conversation, private key). A resubmitted form (same
    submission id) returns the stored conversation and an empty key."""
    external_id = f"web:{submission_id or uuid.uuid4().hex}"
    key = secrets.token_urlsafe(24)
    item = inbound.InboundItem(
        channel=Platform.WEB, contact_id=web.contact_id(email, phone), thread_key=external_id,
        external_id=external_id, body=body.strip(), contact_name=name.strip(),
        subject=subject.strip(), at=at or timezone.now(),
        data={"email": email.strip().lower(), "phone": normalize_phone(phone) or ""},
    )
    message, created = inbound.receive(item, agency=agency)
    conversation = message.conversation
    if not created:
        return conversation, ""
    conversation.web_key_hash = web.key_hash(key)
    conversation.web_key_encrypted = crypto.encrypt(key)
    conversation.save(update_fields=["web_key_hash", "web_key_encrypted"])
    return conversation, key


@transaction.atomic
def web_question_reply(*, conversation: Conversation, body: str) -> ConversationMessage:
    """The asker writes again in their thread."""
    item = inbound.InboundItem(
        channel=Platform.WEB, contact_id=conversation.contact.external_id,
        thread_key=conversation.thread_key, external_id=f"web:{uuid.uuid4().hex}",
        body=body.strip(), contact_name=conversation.contact.name, at=timezone.now(),
    )
    message, _created = inbound.receive(item, agency=conversation.agency)
    return message


# --- Imports and webhook deliveries ------------------------------------------------------------


def import_job_create(*, agency: Agency, platform: str, upload: UploadedFile,
                      actor: User) -> ImportJob:
    """Check the whole file now (a bad file is refused at once), store it, and queue the work."""
    if not actor.has_perm("connectors.view_agency_conversations", agency):
        raise PermissionDenied(_("You may not import for this agency."))
    if platform not in Platform.values:
        raise ValidationError(_("Choose a channel."))
    if upload.size and upload.size > imports.MAX_FILE_SIZE:
        raise imports.ImportFileError(
            _("The file is larger than 10 MB. Split it into smaller files."))
    raw = upload.read(imports.MAX_FILE_SIZE + 1)
    if len(raw) > imports.MAX_FILE_SIZE:
        raise imports.ImportFileError(
            _("The file is larger than 10 MB. Split it into smaller files."))
    rows = imports.parse_file(raw, name=upload.name or "", platform=platform)
    upload.seek(0)
    with transaction.atomic():
        job = ImportJob(agency=agency, platform=platform, original_name=(upload.name or "")[:255],
                        created_by=actor, total=len(rows))
        job.file.save(upload.name or "import", upload, save=False)
        job.save()
        audit_record(actor=actor, action="conversation_import", obj=job, agency=agency,
                     note=job.original_name)
        enqueue_on_commit("jembatan.connectors.tasks.run_import", job.pk)
    return job


@transaction.atomic
def webhook_delivery_process_again(*, delivery: WebhookDelivery,
                                   actor: User | None = None) -> None:
    """Staff ask for a failed (or ignored) delivery to be processed again, e.g. after
    connecting the account it was meant for."""
    WebhookDelivery.objects.filter(pk=delivery.pk).update(status=WebhookDelivery.Status.PENDING)
    audit_record(actor=actor, action="webhook_delivery_retry", obj=delivery,
                 changes={"status": [delivery.status, WebhookDelivery.Status.PENDING]})
    transaction.on_commit(lambda: process.enqueue(delivery.pk))
