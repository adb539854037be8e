"""What happens to a Meta webhook delivery after the endpoint has answered.

The endpoint stores the raw body (`delivery_store`) and enqueues `process_delivery`, which parses
it and applies each event in one transaction: new messages and comments go through
`inbound.receive` (idempotent by the platform's id), edits and removals change the stored
message, WhatsApp statuses update our outgoing messages, and the Page's own comments are recorded
as replies. A failure marks the delivery failed with its error and re-raises;
`retry_pending_deliveries` (every five minutes) picks it up again with a growing delay.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.module_loading import import_string

from jembatan.connectors import inbound
from jembatan.connectors.channels.meta import graph, parse
from jembatan.connectors.models import (
    ConnectedAccount,
    Contact,
    Conversation,
    ConversationMessage,
    Platform,
    WebhookDelivery,
)
from jembatan.connectors.redact import log_failure

logger = logging.getLogger(__name__)

SOURCE = "meta"
MAX_ATTEMPTS = 5
# A pending delivery whose task has not run after this long is enqueued again.
PENDING_GRACE = dt.timedelta(minutes=1)
# Failed deliveries wait BACKOFF * (2**attempts - 1) after they arrived: 5, 15, 35, 75 minutes.
BACKOFF = dt.timedelta(minutes=5)

Delivery = ConversationMessage.Delivery
Direction = ConversationMessage.Direction
DONE = (WebhookDelivery.Status.PROCESSED, WebhookDelivery.Status.IGNORED)

# WhatsApp statuses arrive out of order; a later "delivered" never overwrites "read".
STATUS_RANK = {Delivery.SENT: 1, Delivery.DELIVERED: 2, Delivery.READ: 3}


class DeliveryFailed(Exception):
    """Processing a delivery failed; the original error is logged without its text."""


# --- receiving --------------------------------------------------------------------------------

def delivery_store(*, body: bytes, object_type: str,
                   enqueue_task: bool = True) -> tuple[WebhookDelivery, bool]:
    """Keep a signed, well-formed body; returns (delivery, created). A byte-identical
    redelivery is recognised by its hash and stores nothing new. The demo loader processes
    its deliveries itself (`enqueue_task=False`)."""
    digest = hashlib.sha256(body).hexdigest()
    existing = WebhookDelivery.objects.filter(body_sha256=digest).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            delivery = WebhookDelivery.objects.create(
                source=SOURCE, object_type=object_type[:50], body=body.decode("utf-8"),
                body_sha256=digest,
            )
    except IntegrityError:
        return WebhookDelivery.objects.get(body_sha256=digest), False
    if enqueue_task:
        transaction.on_commit(lambda: enqueue(delivery.pk))
    return delivery, True


def enqueue(delivery_id: int) -> None:
    process_webhook_delivery = import_string("jembatan.connectors.tasks.process_webhook_delivery")
    try:
        process_webhook_delivery.enqueue(delivery_id)
    except Exception:
        # The delivery is stored; the periodic retry picks it up when the queue is back.
        logger.exception("Could not enqueue webhook delivery %s", delivery_id)


# --- processing -------------------------------------------------------------------------------

def process_delivery(delivery_id: int) -> str:
    """Apply one delivery's events; returns its new status. Safe to run twice.

    Each event is applied in a savepoint of its own: one that fails is rolled back alone and
    named in the delivery's error, its siblings are kept. The delivery is then marked failed
    and retried; applying an event twice changes nothing, so the retry only redoes the ones
    that failed."""
    try:
        with transaction.atomic():
            delivery = (WebhookDelivery.objects.select_for_update()
                        .filter(pk=delivery_id).first())
            if delivery is None:
                return "missing"
            if delivery.status in DONE:
                return delivery.status
            status, note, failures = _apply_delivery(delivery)
            delivery.status = status
            delivery.note = note[:255]
            delivery.attempts += 1
            delivery.last_error = "\n".join(failures)[:2000]
            delivery.processed_at = timezone.now()
            delivery.save(update_fields=["status", "note", "attempts", "last_error",
                                         "processed_at"])
    except Exception as error:
        log_failure(logger, "Webhook delivery %s failed", delivery_id, error=error)
        # The full text stays on the delivery, next to the body it came from (coordinators
        # only, in the admin).
        WebhookDelivery.objects.filter(pk=delivery_id).update(
            status=WebhookDelivery.Status.FAILED, attempts=F("attempts") + 1,
            last_error=f"{type(error).__name__}: {error}"[:2000],
        )
        # The task runner logs (and keeps) what a task raises, message and all: it gets an
        # error without the original text, which may quote a number or a message.
        raise DeliveryFailed(f"webhook delivery {delivery_id} failed: "
                             f"{type(error).__name__}") from None
    if status == WebhookDelivery.Status.FAILED:
        # Only the error types: the texts stay on the delivery.
        kinds = sorted({failure.split(": ")[1] for failure in failures if ": " in failure})
        raise DeliveryFailed(f"webhook delivery {delivery_id} failed: {note} "
                             f"({', '.join(kinds)})")
    return status


def retry_pending_deliveries() -> dict[str, int]:
    """Enqueue deliveries whose task never ran and failed ones that are due again."""
    now = timezone.now()
    pending = list(WebhookDelivery.objects
                   .filter(status=WebhookDelivery.Status.PENDING,
                           received_at__lte=now - PENDING_GRACE)
                   .values_list("pk", flat=True)[:500])
    due = Q()
    for attempts in range(1, MAX_ATTEMPTS):
        due |= Q(attempts=attempts, received_at__lte=now - BACKOFF * (2 ** attempts - 1))
    failed = list(WebhookDelivery.objects
                  .filter(due, status=WebhookDelivery.Status.FAILED)
                  .values_list("pk", flat=True)[:500])
    for delivery_id in pending + failed:
        enqueue(delivery_id)
    return {"pending": len(pending), "failed": len(failed)}


def _apply_delivery(delivery: WebhookDelivery) -> tuple[str, str, list[str]]:
    """(status, note, failures): each failure names the event and the error."""
    try:
        events = parse.parse(json.loads(delivery.body))
    except (ValueError, RecursionError, parse.PayloadError):
        return WebhookDelivery.Status.IGNORED, "not a Meta notification", []
    accounts: dict[tuple[str, str], ConnectedAccount | None] = {}
    applied = unknown = 0
    failures: list[str] = []
    for event in events:
        if isinstance(event, parse.Unreadable):
            # Where, not what: the reason may quote the value it choked on.
            logger.warning("Webhook delivery %s: %s could not be read", delivery.pk,
                           event.where)
            failures.append(f"{event.where}: {event.reason}")
            continue
        key = (event.platform, event.account_id)
        if key not in accounts:
            accounts[key] = inbound.account_for(*key) if event.account_id else None
            if accounts[key] is None:
                # Account ids are the business's, never a citizen's: safe to log.
                logger.info("Meta webhook delivery %s: no connected %s account %s",
                            delivery.pk, *key)
        account = accounts[key]
        if account is None:
            unknown += 1
            continue
        try:
            with transaction.atomic():
                _APPLY[type(event)](event, account)
        except Exception as error:
            log_failure(logger, "Webhook delivery %s failed", delivery.pk, error=error)
            failures.append(f"{_describe(event)}: {type(error).__name__}: {error}")
            continue
        applied += 1
    if failures:
        return (WebhookDelivery.Status.FAILED,
                f"{applied} event(s) applied, {len(failures)} failed", failures)
    if applied:
        note = f"{applied} event(s)" + (f", {unknown} for accounts not connected"
                                         if unknown else "")
        return WebhookDelivery.Status.PROCESSED, note, []
    if unknown:
        missing = ", ".join(sorted(f"{p} {a}" for (p, a), acc in accounts.items() if acc is None))
        return WebhookDelivery.Status.IGNORED, f"no connected account: {missing}", []
    return WebhookDelivery.Status.IGNORED, "no supported events", []


def _describe(event: parse.Event) -> str:
    """The event's kind and the platform's id for it: what staff look for in the body."""
    item = getattr(event, "item", None) or getattr(getattr(event, "notice", None), "item", None)
    ref = (getattr(event, "external_id", "") or getattr(event, "comment_id", "")
           or getattr(event, "message_id", "") or (item.external_id if item else ""))
    return f"{type(event).__name__} {ref}".strip()


def _apply_inbound(event: parse.Inbound, account: ConnectedAccount) -> ConversationMessage:
    item = event.item
    agency = account.agency
    if event.parent_comment_id:
        parent = inbound.find_existing(agency, event.platform, event.parent_comment_id)
        if parent is not None:
            # A reply joins the conversation of the comment it answers, whoever writes it.
            item.thread_key = parent.conversation.thread_key
            item.post_id = item.post_id or parent.conversation.post_id
    elif item.channel == Platform.FACEBOOK and item.post_id and item.external_id != item.post_id:
        post = inbound.find_existing(agency, event.platform, item.post_id)
        if post is not None:
            # A comment under a visitor's post joins the conversation the post started.
            item.thread_key = post.conversation.thread_key
    if inbound.find_existing(agency, item.channel, item.external_id) is None \
            and graph.is_live(account):
        _enrich_live(item, account)
    message, created = inbound.receive(item, agency=agency, account=account)
    if created and message.kind == ConversationMessage.Kind.REACTION:
        # WhatsApp keeps one reaction per person and message: a new one replaces the last.
        _reactions(message.conversation, item.data.get("reaction_to", "")) \
            .exclude(pk=message.pk).update(is_removed=True)
    return message


def _reactions(conversation: Conversation, message_id: str):
    return conversation.messages.filter(kind=ConversationMessage.Kind.REACTION,
                                        direction=Direction.IN, is_removed=False,
                                        data__reaction_to=message_id)


def _enrich_live(item: inbound.InboundItem, account: ConnectedAccount) -> None:
    """Fetch what the webhook only points to. A failure keeps the ids for later: the message
    itself is never lost over a media download."""
    try:
        if item.channel == Platform.WHATSAPP and item.media:
            fetched = []
            for ref, content_type, name, content in item.media:
                if ref and content is None:
                    content_type, content = graph.fetch_whatsapp_media(account, ref)
                fetched.append((ref, content_type, name or _media_name(ref, content_type),
                                content))
            item.media = fetched
        elif item.kind == ConversationMessage.Kind.MENTION:
            mention = item.data.get("mention", {})
            found = graph.fetch_instagram_mention(account, mention.get("media_id", ""),
                                                  mention.get("comment_id", ""))
            item.body = found["text"]
            if found["username"]:
                item.contact_id = f"ig:{found['username']}"
                item.contact_handle = found["username"]
            item.at = parse.timestamp(found["timestamp"]) or item.at
    except graph.GraphError as error:
        logger.info("Graph API lookup for a %s item failed: %s", item.channel, error)


def _media_name(ref: str, content_type: str) -> str:
    extension = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp",
                 "application/pdf": ".pdf", "audio/ogg": ".ogg", "video/mp4": ".mp4"}
    return f"whatsapp-{ref[-12:]}{extension.get(content_type.split(';')[0].strip(), '')}"


def _apply_edit(event: parse.Edit, account: ConnectedAccount) -> None:
    message = inbound.find_existing(account.agency, event.platform, event.external_id)
    if message is None:
        # An edit of a comment we never received (sent before the account was connected, or
        # its add event was lost): keep the comment as it reads now.
        if event.inbound is not None:
            _apply_inbound(event.inbound, account)
        return
    if message.body == event.body:
        return
    history = list(message.data.get("edits", []))
    history.append({"body": message.body,
                    "until": (event.at or timezone.now()).isoformat()})
    message.data = {**message.data, "edits": history}
    message.body = event.body
    message.edited_at = event.at or timezone.now()
    message.save(update_fields=["body", "edited_at", "data"])


def _apply_removal(event: parse.Removal, account: ConnectedAccount) -> None:
    message = inbound.find_existing(account.agency, event.platform, event.external_id)
    if message is None:
        return
    if event.hidden:
        message.data = {**message.data, "hidden": not event.unhide}
        message.save(update_fields=["data"])
    elif not message.is_removed:
        message.is_removed = True
        message.save(update_fields=["is_removed"])


def _apply_revoke(event: parse.Revoke, account: ConnectedAccount) -> None:
    """The sender withdrew the message: it stays for the record, marked as withdrawn."""
    message = inbound.find_existing(account.agency, event.platform, event.external_id)
    if message is None or message.data.get("revoked"):
        return
    message.data = {**message.data, "revoked": True}
    message.is_removed = True
    message.save(update_fields=["data", "is_removed"])


def _apply_reaction_removal(event: parse.ReactionRemoval, account: ConnectedAccount) -> None:
    conversation = (Conversation.objects
                    .filter(agency=account.agency, channel=event.platform,
                            contact__platform=event.platform,
                            contact__external_id=event.contact_id)
                    .first())
    if conversation is not None:
        _reactions(conversation, event.message_id).update(is_removed=True)


def _apply_identity_change(event: parse.IdentityChange, account: ConnectedAccount) -> None:
    """Show the notice in the person's conversation, then follow them to their new number
    (or user id): the contact and this agency's conversation take the new id, so their next
    message and our replies use the same thread. Nothing moves onto an id already in use."""
    notice = _apply_inbound(event.notice, account)
    if not event.new_id or event.new_id == event.old_id or not event.old_id:
        return
    contact = (Contact.objects.select_for_update()
               .filter(platform=event.platform, external_id=event.old_id).first())
    if contact is not None and not Contact.objects.filter(
            platform=event.platform, external_id=event.new_id).exists():
        contact.external_id = event.new_id[:255]
        contact.save(update_fields=["external_id"])
    conversation = Conversation.objects.select_for_update().get(pk=notice.conversation_id)
    if conversation.thread_key == event.old_id and not Conversation.objects.filter(
            channel=event.platform, agency=account.agency, thread_key=event.new_id).exists():
        conversation.thread_key = event.new_id[:255]
        conversation.save(update_fields=["thread_key"])


def _apply_account_errors(event: parse.AccountErrors, account: ConnectedAccount) -> None:
    """Errors of the number itself (a blocked account, a rate limit): shown on the accounts
    page, where staff look when messages stop."""
    ConnectedAccount.objects.filter(pk=account.pk).update(
        last_error=_error_text(event.errors)[:2000])


def _apply_status(event: parse.Status, account: ConnectedAccount) -> None:
    message = (ConversationMessage.objects.select_for_update()
               .filter(external_id=event.external_id, direction=Direction.OUT,
                       conversation__agency=account.agency,
                       conversation__channel=Platform.WHATSAPP)
               .first())
    if message is None:
        return
    current = message.delivery_status
    if event.status == Delivery.FAILED:
        if current in (Delivery.DELIVERED, Delivery.READ):
            return
        message.delivery_status = Delivery.FAILED
        message.delivery_error = _error_text(event.errors)
    elif event.status in STATUS_RANK:
        if STATUS_RANK.get(current, 0) >= STATUS_RANK[event.status]:
            return
        message.delivery_status = event.status
        message.delivery_error = ""
        if message.sent_at is None:
            message.sent_at = event.at or timezone.now()
    else:
        return
    message.save(update_fields=["delivery_status", "delivery_error", "sent_at"])


def _error_text(errors: list[dict]) -> str:
    parts = []
    for error in errors[:3]:
        details = error.get("details") or ((error.get("error_data") or {}).get("details")
                                           if isinstance(error.get("error_data"), dict) else "")
        text = " — ".join(str(p) for p in (error.get("code"), error.get("title")
                                          or error.get("message"), details) if p)
        parts.append(text)
    return "; ".join(parts) or "failed"


def _apply_own_comment(event: parse.OwnComment, account: ConnectedAccount) -> None:
    """The account's own comment: match it to our reply, or record a reply typed directly on
    the platform so the conversation counts as answered."""
    agency = account.agency
    message = inbound.find_existing(agency, event.platform, event.comment_id)
    if message is not None:
        if message.direction == Direction.OUT and message.body != event.body and event.body:
            message.body = event.body
            message.edited_at = event.at or timezone.now()
            message.save(update_fields=["body", "edited_at"])
        return
    parent = inbound.find_existing(agency, event.platform, event.parent_id)
    if parent is None:
        return  # a comment of the Page under its own post, not a reply to anyone we know
    conversation = Conversation.objects.select_for_update().get(pk=parent.conversation_id)
    # Our reply sent through Jembatan whose send result is not recorded yet: the same text.
    sending = (conversation.messages
               .filter(direction=Direction.OUT, external_id="", body=event.body,
                       delivery_status__in=[Delivery.QUEUED, Delivery.SENDING])
               .order_by("created_at").first())
    if sending is not None:
        sending.external_id = event.comment_id
        sending.save(update_fields=["external_id"])
        return
    at = event.at or timezone.now()
    ConversationMessage.objects.create(
        conversation=conversation, direction=Direction.OUT, body=event.body,
        author_name=account.name[:150], external_id=event.comment_id,
        parent_external_id=event.parent_id, delivery_status=Delivery.SENT, sent_at=at,
        created_at=at, data={"source": "platform"},
    )
    if conversation.waiting_since is None or at >= conversation.waiting_since:
        inbound.mark_answered(conversation, at=at)
    else:
        conversation.last_outbound_at = max(filter(None, [conversation.last_outbound_at, at]))
        conversation.save(update_fields=["last_outbound_at"])


_APPLY = {
    parse.Inbound: _apply_inbound,
    parse.Edit: _apply_edit,
    parse.Removal: _apply_removal,
    parse.Status: _apply_status,
    parse.OwnComment: _apply_own_comment,
    parse.Revoke: _apply_revoke,
    parse.ReactionRemoval: _apply_reaction_removal,
    parse.IdentityChange: _apply_identity_change,
    parse.AccountErrors: _apply_account_errors,
}
