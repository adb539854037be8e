"""Replies go back where the citizen wrote: WhatsApp messages, Facebook and Instagram comment
replies, email.

The actions (`conversation_reply`, `conversation_note_add`, `conversation_system_message_send`,
`message_retry` in `actions`) store the outgoing message as "queued" through `queue`, which
enqueues its delivery after commit; `deliver` (a background task) hands it to the
channel's adapter, or in outbox mode only records the request. Delivery never raises: a
transient failure (rate limit, server error, network) is retried with exponential backoff, a
permanent one (expired token, missing permission, closed WhatsApp window) is shown on the
message. `retry_due_messages`, run by the scheduler, picks up retries that are due and deliveries
whose task was lost.

WhatsApp allows free-form messages only within 24 hours of the customer's last message (the
customer-service window of the WhatsApp Business Messaging Policy); after that only an approved
template message may be sent.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import formats, timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from jembatan.connectors import adapters, outbox
from jembatan.connectors.adapters import SendResult
from jembatan.connectors.channels.meta.graph import ACCOUNT_PROBLEMS
from jembatan.connectors.models import (
    ConnectedAccount,
    Conversation,
    ConversationMessage,
    Platform,
)
from jembatan.connectors.redact import log_failure
from jembatan.core.background import enqueue_on_commit

logger = logging.getLogger(__name__)

Direction = ConversationMessage.Direction
Delivery = ConversationMessage.Delivery
Kind = ConversationMessage.Kind

DELIVER_MESSAGE_TASK = "jembatan.connectors.tasks.deliver_message"
SERVICE_WINDOW = dt.timedelta(hours=24)
# The longest text each platform accepts in one message or comment.
BODY_LIMITS = {Platform.WHATSAPP: 4096, Platform.FACEBOOK: 8000, Platform.INSTAGRAM: 2200}
NOTE_LIMIT = 10_000
# A delivery still "sending" after this long lost its worker; one HTTP call times out in 10 s.
SENDING_LEASE = dt.timedelta(minutes=10)
# A queued message whose task never ran (the queue was down) is picked up after this long.
ENQUEUE_GRACE = dt.timedelta(minutes=2)
BACKOFF_FIRST = 30  # seconds; doubles with each attempt
BACKOFF_MAX = 60 * 60
TEMPLATE_NAME = re.compile(r"^[a-z0-9_]{1,512}$")
TEMPLATE_LANGUAGE = re.compile(r"^[a-z]{2,3}(_[A-Za-z]{2,4})?$")



class OutsideServiceWindow(ValidationError):
    """A free-form WhatsApp message after the 24-hour customer-service window has closed."""

    def __init__(self, last_inbound_at: dt.datetime | None):
        self.last_inbound_at = last_inbound_at
        if last_inbound_at is None:
            message = _("The citizen has not written to this WhatsApp number, so WhatsApp does "
                        "not allow a free-form message. Send an approved template message "
                        "instead.")
        else:
            message = _("The citizen last wrote on %(date)s, more than 24 hours ago, so "
                        "WhatsApp no longer allows a free-form reply. Send an approved template "
                        "message instead.") % {
                "date": formats.date_format(timezone.localtime(last_inbound_at),
                                            "DATETIME_FORMAT")}
        super().__init__(message, code="outside_window")


def within_service_window(conversation: Conversation, *, now: dt.datetime | None = None) -> bool:
    """Whether a free-form message may be sent now. Only WhatsApp has a window."""
    if conversation.channel != Platform.WHATSAPP:
        return True
    last = conversation.last_inbound_at
    return last is not None and (now or timezone.now()) - last < SERVICE_WINDOW


# --- The queue ----------------------------------------------------------------------------------


def author_name(user) -> str:
    if user is None:
        return ""
    return (getattr(user, "full_name", "") or user.get_username())[:150]



def queue(conversation: Conversation, *, body: str, template: str | None,
           template_language: str, template_params: Sequence[str], author,
           now: dt.datetime) -> ConversationMessage:
    """Validate and store one outgoing message as queued; deliver it after commit."""
    body = (body or "").strip()
    data: dict = {}
    if template:
        if conversation.channel != Platform.WHATSAPP:
            raise ValidationError(_("Template messages exist only on WhatsApp."),
                                  code="template_channel")
        if not TEMPLATE_NAME.match(template):
            raise ValidationError(_("A template name has only lower-case letters, digits and "
                                    "underscores, as approved by Meta."), code="template_name")
        if not TEMPLATE_LANGUAGE.match(template_language or ""):
            raise ValidationError(_("Give the template's language code, for example id or "
                                    "en_US."), code="template_language")
        params = [str(value).strip() for value in template_params]
        if any(not value for value in params):
            raise ValidationError(_("Fill in every field of the template."),
                                  code="template_params")
        data["template"] = {"name": template, "language": template_language,
                            "params": params}
        # What staff read in the thread: the officer's preview, or the filled-in fields.
        body = body or " · ".join([template, *params])
    else:
        if not body:
            raise ValidationError(_("Write a reply before sending it."), code="empty")
        limit = BODY_LIMITS.get(conversation.channel)
        if limit is not None and len(body) > limit:
            raise ValidationError(
                _("The reply is %(length)s characters long; %(platform)s accepts at most "
                  "%(limit)s characters. Shorten it and send it again.")
                % {"length": len(body), "platform": conversation.get_channel_display(),
                   "limit": limit},
                code="too_long")
        if not within_service_window(conversation, now=now):
            raise OutsideServiceWindow(conversation.last_inbound_at)
    if author is None:
        data["system"] = True
    message = ConversationMessage.objects.create(
        conversation=conversation, direction=Direction.OUT,
        kind=Kind.TEMPLATE if template else Kind.TEXT, body=body, author=author,
        author_name=author_name(author), parent_external_id=_reply_target(conversation),
        data=data, created_at=now, delivery_status=Delivery.QUEUED,
        next_attempt_at=now + ENQUEUE_GRACE,
    )
    enqueue_after_commit(message.pk)
    return message


def _reply_target(conversation: Conversation) -> str:
    """What the reply answers on the platform.

    Comments: the top-level comment (Facebook shows replies one level deep; Instagram puts a
    reply to a reply under the top-level comment anyway). WhatsApp: the citizen's latest
    message, quoted, while it is still unanswered and recent (a template re-opening an old
    conversation quotes nothing).
    """
    if conversation.channel in (Platform.FACEBOOK, Platform.INSTAGRAM):
        return conversation.thread_key
    if conversation.channel == Platform.WHATSAPP and within_service_window(conversation) and (
            conversation.last_outbound_at is None
            or conversation.last_inbound_at > conversation.last_outbound_at):
        latest = (conversation.messages.filter(direction=Direction.IN)
                  .exclude(external_id="").order_by("-created_at", "-id")
                  .values_list("external_id", flat=True).first())
        return latest or ""
    return ""


def enqueue_after_commit(message_id: int, *, run_after: dt.datetime | None = None) -> None:
    if run_after is None:
        enqueue_on_commit(DELIVER_MESSAGE_TASK, message_id)
        return

    def enqueue() -> None:
        task = import_string(DELIVER_MESSAGE_TASK)
        if not task.get_backend().supports_defer:
            return  # retry_due_messages picks it up when it is due
        task.using(run_after=run_after).enqueue(message_id)

    transaction.on_commit(enqueue)


# --- Delivery -----------------------------------------------------------------------------------


def deliver(message_id: int, *, at: dt.datetime | None = None) -> str:
    """Send one queued message (or store it, in outbox mode). Idempotent: a message that is not
    queued any more is left alone. Returns what happened, for the task's result."""
    now = at or timezone.now()
    with transaction.atomic():
        message = (ConversationMessage.objects.select_for_update()
                   .filter(pk=message_id, direction=Direction.OUT).first())
        if message is None:
            return "missing"
        if message.delivery_status != Delivery.QUEUED:
            return f"skipped: {message.delivery_status}"
        conversation = message.conversation
        if conversation.account_id is None and conversation.channel != Platform.WEB:
            _attach_account(conversation)
        adapter = adapters.adapter_for(conversation.channel)
        if settings.CONNECTORS_MODE == "outbox":
            message.data = {**message.data, "outbox": outbox.record(message, adapter)}
            message.delivery_status = Delivery.OUTBOX
            message.delivery_error = ""
            message.next_attempt_at = None
            message.save(update_fields=["data", "delivery_status", "delivery_error",
                                        "next_attempt_at"])
            return "outbox"
        if adapter is None:
            # A channel nothing is sent on: the answer is only read in Jembatan.
            message.delivery_status = Delivery.SENT
            message.sent_at = now
            message.next_attempt_at = None
            message.save(update_fields=["delivery_status", "sent_at", "next_attempt_at"])
            return "sent"
        # Claim the message, then send outside the transaction: no row lock is held while
        # the platform answers. Another worker sees "sending" and leaves it alone.
        message.delivery_status = Delivery.SENDING
        message.attempts += 1
        message.next_attempt_at = now + SENDING_LEASE
        message.save(update_fields=["delivery_status", "attempts", "next_attempt_at"])
    try:
        result = adapter.send(message)
    except Exception as exc:  # a bug or an unexpected library error must not lose the reply
        log_failure(logger, "adapter for %s failed on message %s", conversation.channel,
                    message_id, error=exc)
        result = SendResult(ok=False, code="error", retry=True,
                            error=_("Sending failed unexpectedly (%(error)s); it will be tried "
                                    "again.") % {"error": type(exc).__name__})
    return _record(message_id, result)


def _attach_account(conversation: Conversation) -> None:
    """Conversations imported or stored before the account was connected reply from the
    agency's active account on that platform."""
    account = (ConnectedAccount.objects
               .filter(agency_id=conversation.agency_id, platform=conversation.channel,
                       is_active=True).order_by("pk").first())
    if account is not None:
        conversation.account = account
        conversation.save(update_fields=["account"])


@transaction.atomic
def _record(message_id: int, result: SendResult) -> str:
    now = timezone.now()
    message = ConversationMessage.objects.select_for_update().get(pk=message_id)
    account_id = message.conversation.account_id
    if result.ok:
        message.delivery_status = Delivery.SENT
        message.external_id = result.external_id[:255]
        message.sent_at = now
        message.delivery_error = ""
        message.next_attempt_at = None
        message.save(update_fields=["delivery_status", "external_id", "sent_at",
                                    "delivery_error", "next_attempt_at"])
        if account_id is not None:
            # It sends again, so an earlier token or permission problem is solved.
            ConnectedAccount.objects.filter(pk=account_id).exclude(last_error="").update(
                last_error="")
        return "sent"
    error = result.error or _("The platform refused the reply.")
    max_attempts = settings.CONNECTORS_MAX_ATTEMPTS
    if result.retry and message.attempts < max_attempts:
        delay = min(BACKOFF_MAX, BACKOFF_FIRST * 2 ** max(0, message.attempts - 1))
        if result.retry_after:
            delay = max(delay, min(result.retry_after, BACKOFF_MAX))
        message.delivery_status = Delivery.QUEUED
        message.next_attempt_at = now + dt.timedelta(seconds=delay)
        message.delivery_error = error
        message.save(update_fields=["delivery_status", "next_attempt_at", "delivery_error"])
        enqueue_after_commit(message.pk, run_after=message.next_attempt_at)
        return "retry"
    if result.retry:
        error = _("Sending failed %(count)s times; the last error was: %(error)s") % {
            "count": message.attempts, "error": error}
    message.delivery_status = Delivery.FAILED
    message.delivery_error = error
    message.next_attempt_at = None
    message.save(update_fields=["delivery_status", "delivery_error", "next_attempt_at"])
    if result.code in ACCOUNT_PROBLEMS and account_id is not None:
        ConnectedAccount.objects.filter(pk=account_id).update(last_error=error)
    logger.warning("message %s failed: %s", message_id, result.code)
    return "failed"


def retry_due_messages() -> int:
    """Enqueue queued messages whose next attempt is due, and put back deliveries stuck in
    "sending" (their worker died). Run by the scheduler; returns how many were enqueued."""
    deliver_message = import_string(DELIVER_MESSAGE_TASK)

    now = timezone.now()
    max_attempts = settings.CONNECTORS_MAX_ATTEMPTS
    stuck = ConversationMessage.objects.filter(direction=Direction.OUT,
                                               delivery_status=Delivery.SENDING,
                                               next_attempt_at__lte=now)
    stuck.filter(attempts__gte=max_attempts).update(
        delivery_status=Delivery.FAILED, next_attempt_at=None,
        delivery_error=_("Sending did not finish after %(count)s attempts.")
        % {"count": max_attempts})
    stuck.update(delivery_status=Delivery.QUEUED)
    due = list(ConversationMessage.objects
               .filter(direction=Direction.OUT, delivery_status=Delivery.QUEUED,
                       next_attempt_at__lte=now)
               .order_by("next_attempt_at", "pk").values_list("pk", flat=True))
    for pk in due:
        deliver_message.enqueue(pk)
    return len(due)
