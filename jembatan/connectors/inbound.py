"""Every inbound item from every channel enters here: webhooks, email, imports, the portal.

`receive` is idempotent by the platform's id: the same item delivered twice is stored once. It
joins the person's conversation of that thread or starts one, suggests whether a reply is needed
and keeps the conversation's clocks (waiting since, last message) up to date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import math
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils import timezone

from jembatan.connectors import needs_reply
from jembatan.connectors.models import (
    KINDS_WITHOUT_REPLY,
    ConnectedAccount,
    Contact,
    Conversation,
    ConversationAttachment,
    ConversationMessage,
    Platform,
)
from jembatan.core.events import event_emit
from jembatan.core.models import Agency

logger = logging.getLogger(__name__)

Direction = ConversationMessage.Direction


@dataclass
class InboundItem:
    """One message, comment or email as the platform described it."""

    channel: str
    contact_id: str  # wa_id, the commenter's id, the sender's address
    thread_key: str  # the WhatsApp number, the top-level comment id, the thread's root Message-ID
    external_id: str  # wamid, comment id, Message-ID ("" when the source has none)
    body: str = ""
    contact_name: str = ""
    contact_handle: str = ""
    kind: str = ConversationMessage.Kind.TEXT
    at: dt.datetime | None = None
    parent_external_id: str = ""
    subject: str = ""
    post_id: str = ""
    post_text: str = ""
    post_url: str = ""
    headers: dict = field(default_factory=dict)
    data: dict = field(default_factory=dict)
    # (external reference or "", content type, name, bytes or None)
    media: list[tuple[str, str, str, bytes | None]] = field(default_factory=list)


def find_existing(agency: Agency, channel: str, external_id: str) -> ConversationMessage | None:
    if not external_id:
        return None
    return (ConversationMessage.objects
            .filter(external_id=external_id, conversation__agency=agency,
                    conversation__channel=channel)
            .select_related("conversation").first())


def _without_nul(value):
    """The value with every NUL character (\\x00) removed, in nested dicts and lists too; a
    number JSON cannot hold (an overflowing 1e400 read as infinity) is kept as text."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, dict):
        return {_without_nul(k): _without_nul(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_without_nul(v) for v in value)
    return value


def _clean(item: InboundItem) -> InboundItem:
    # PostgreSQL stores no NUL in text or JSON; an email or a chat message can carry one, and
    # refusing it would lose the message (and stop the mailbox's polling on it for good).
    changes = {name: _without_nul(value) for name, value in vars(item).items()
               if name != "media" and isinstance(value, str | dict | list)}
    changes["media"] = [(_without_nul(ref), _without_nul(content_type), _without_nul(file_name),
                         content) for ref, content_type, file_name, content in item.media]
    return dataclasses.replace(item, **changes)


def receive(item: InboundItem, *, agency: Agency,
            account: ConnectedAccount | None = None) -> tuple[ConversationMessage, bool]:
    """Store one inbound item; returns (message, created). A repeat returns the stored one."""
    item = _clean(item)
    existing = find_existing(agency, item.channel, item.external_id)
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            return _store(item, agency=agency, account=account), True
    except IntegrityError:
        # A concurrent delivery of the same item won the race.
        existing = find_existing(agency, item.channel, item.external_id)
        if existing is None:
            raise
        return existing, False


def _store(item: InboundItem, *, agency: Agency,
           account: ConnectedAccount | None) -> ConversationMessage:
    at = item.at or timezone.now()
    contact, _created = Contact.objects.get_or_create(
        platform=item.channel, external_id=item.contact_id[:255],
        defaults={"name": item.contact_name[:150], "handle": item.contact_handle[:150],
                  "created_at": at},
    )
    # Platforms vouch for a person's current name; a portal form does not (anyone can type any
    # address), so there the first name given stays.
    vouched = item.channel != Platform.WEB
    if vouched and ((item.contact_name and contact.name != item.contact_name[:150]) or (
            item.contact_handle and contact.handle != item.contact_handle[:150])):
        contact.name = item.contact_name[:150] or contact.name
        contact.handle = item.contact_handle[:150] or contact.handle
        contact.save(update_fields=["name", "handle"])
    conversation = _conversation_for(item, agency=agency, account=account, contact=contact, at=at)
    message = ConversationMessage.objects.create(
        conversation=conversation, direction=Direction.IN, kind=item.kind, body=item.body,
        author_name=(item.contact_name or item.contact_handle)[:150],
        external_id=item.external_id[:255], parent_external_id=item.parent_external_id[:255],
        headers=item.headers, data=item.data, created_at=at,
    )
    for ref, content_type, name, content in item.media:
        attachment = ConversationAttachment(message=message, external_ref=ref[:500],
                                            content_type=content_type[:100],
                                            original_name=name[:255], created_at=at)
        if content is not None:
            from django.core.files.base import ContentFile

            attachment.size = len(content)
            attachment.file.save(name or "lampiran", ContentFile(content), save=False)
        attachment.save()
    _after_inbound(conversation, message)
    if account is not None:
        ConnectedAccount.objects.filter(pk=account.pk).update(last_event_at=timezone.now())
    return message


def _conversation_for(item: InboundItem, *, agency: Agency, account, contact,
                      at: dt.datetime) -> Conversation:
    conversation = (Conversation.objects.select_for_update()
                    .filter(channel=item.channel, agency=agency, thread_key=item.thread_key[:255])
                    .first())
    if conversation is None:
        # Announced after commit, when its first message is stored too.
        conversation = Conversation.objects.create(
            agency=agency, account=account, channel=item.channel, contact=contact,
            thread_key=item.thread_key[:255], subject=item.subject[:255],
            post_id=item.post_id[:255], post_text=item.post_text, post_url=item.post_url[:500],
            created_at=at, last_message_at=at,
        )
        event_emit("conversation.received", conversation, at=at)
    elif item.post_text and not conversation.post_text:
        conversation.post_text = item.post_text
        conversation.post_url = conversation.post_url or item.post_url[:500]
        conversation.save(update_fields=["post_text", "post_url"])
    return conversation


# Kinds whose content is the question even without a word of text.
ANSWERABLE_WITHOUT_TEXT = frozenset({
    ConversationMessage.Kind.IMAGE, ConversationMessage.Kind.DOCUMENT,
    ConversationMessage.Kind.LOCATION, ConversationMessage.Kind.AUDIO,
    ConversationMessage.Kind.VIDEO, ConversationMessage.Kind.CONTACTS,
    ConversationMessage.Kind.ORDER,
})


def _after_inbound(conversation: Conversation, message: ConversationMessage) -> None:
    """Clocks and the needs-a-reply suggestion after a new inbound message."""
    at = message.created_at
    if message.kind in KINDS_WITHOUT_REPLY:
        # A notice or a reaction is shown in the thread but is nobody's question: the wait,
        # the suggestion and the reply window stay as they were. A conversation that holds
        # nothing else needs no reply.
        conversation.last_message_at = max(conversation.last_message_at, at)
        fields = ["last_message_at"]
        if conversation.last_inbound_at is None and conversation.waiting_since is None:
            conversation.needs_reply = False
            conversation.needs_reply_reason = "notice"
            fields += ["needs_reply", "needs_reply_reason"]
        conversation.save(update_fields=fields)
        return
    fields = ["last_inbound_at", "last_message_at", "status"]
    conversation.last_inbound_at = max(filter(None, [conversation.last_inbound_at, at]))
    conversation.last_message_at = max(conversation.last_message_at, at)
    if conversation.status != Conversation.Status.OPEN:
        conversation.status = Conversation.Status.OPEN
    # Staff put it in the spam folder: the sender's next message stays there with it.
    marked_spam = conversation.is_spam and not conversation.needs_reply_is_suggestion
    if not marked_spam and (conversation.needs_reply_is_suggestion
                            or not conversation.needs_reply):
        # A new message is a new question: suggest again, even if staff had said "no reply".
        suggestion = needs_reply.suggest(message.body)
        if message.kind in ANSWERABLE_WITHOUT_TEXT and not message.body:
            suggestion = needs_reply.Suggestion(True, "default")
        if suggestion.reason == "spam" and conversation.contact.not_spam:
            # Staff said "Bukan spam" to this sender once: their words are read as a question.
            suggestion = needs_reply.Suggestion(True, "default")
        # Waiting for an answer already: a "thanks" in between does not cancel it.
        if conversation.waiting_since is not None and not suggestion.needs_reply \
                and suggestion.reason != "spam":
            suggestion = needs_reply.Suggestion(True, "default")
        conversation.needs_reply = suggestion.needs_reply
        conversation.needs_reply_is_suggestion = True
        conversation.needs_reply_reason = suggestion.reason
        conversation.is_spam = suggestion.reason == "spam"
        fields += ["needs_reply", "needs_reply_is_suggestion", "needs_reply_reason", "is_spam"]
    if conversation.needs_reply and conversation.waiting_since is None:
        conversation.waiting_since = at
        fields.append("waiting_since")
    elif not conversation.needs_reply and conversation.waiting_since is not None:
        conversation.waiting_since = None
        fields.append("waiting_since")
    conversation.save(update_fields=fields)


def mark_answered(conversation: Conversation, *, at: dt.datetime) -> None:
    """A reply went out (or staff said none is needed): stop the clock, count the first one."""
    fields = ["last_outbound_at", "last_message_at", "waiting_since", "status"]
    if conversation.first_response_at is None and conversation.waiting_since is not None:
        conversation.first_response_at = at
        waited = at - conversation.waiting_since
        conversation.first_response_seconds = max(0, int(waited.total_seconds()))
        fields += ["first_response_at", "first_response_seconds"]
    conversation.last_outbound_at = at
    conversation.last_message_at = max(conversation.last_message_at, at)
    conversation.waiting_since = None
    conversation.status = Conversation.Status.ANSWERED
    conversation.save(update_fields=fields)


def set_needs_reply(conversation: Conversation, needs: bool) -> None:
    """Staff decide; the decision holds until the next inbound message. A conversation that
    needs a reply is not spam."""
    conversation.needs_reply = needs
    conversation.needs_reply_is_suggestion = False
    conversation.needs_reply_reason = ""
    if needs:
        conversation.is_spam = False
    if needs and conversation.waiting_since is None and conversation.last_inbound_at and (
            conversation.last_outbound_at is None
            or conversation.last_inbound_at > conversation.last_outbound_at):
        conversation.waiting_since = conversation.last_inbound_at
    if not needs:
        conversation.waiting_since = None
    conversation.save(update_fields=["needs_reply", "needs_reply_is_suggestion",
                                     "needs_reply_reason", "waiting_since", "is_spam"])


def account_for(platform: str, external_id: str) -> ConnectedAccount | None:
    """The active connected account for a platform id, or None (events then are ignored)."""
    return (ConnectedAccount.objects.select_related("agency")
            .filter(platform=platform, external_id=external_id, is_active=True).first())


__all__ = ["InboundItem", "Platform", "account_for", "mark_answered", "receive",
           "set_needs_reply"]
