"""Questions asked on the portal: the web channel of the inbox.

A citizen asks an agency a question on its public page, with or without an account. The
question lands in the agency's inbox like a WhatsApp message; the asker follows the thread with a
private link (shown once and sent by email when an address is given) and can reply there.
Answers are also emailed to the asker when they left an address.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import uuid

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from jembatan.connectors import crypto
from jembatan.connectors.inbound import InboundItem, receive
from jembatan.connectors.models import Conversation, ConversationMessage, Platform
from jembatan.core.models import Agency
from jembatan.core.phone import normalize_phone


def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def _contact_id(email: str, phone: str) -> str:
    if email:
        return email.strip().lower()
    if phone:
        return normalize_phone(phone) or phone.strip()
    # Nobody to recognise: each anonymous question is its own contact.
    return f"tanpa-kontak:{uuid.uuid4().hex}"


@transaction.atomic
def ask(*, agency: Agency, body: str, name: str = "", email: str = "", phone: str = "",
        subject: str = "", submission_id: str = "",
        at: dt.datetime | None = None) -> tuple[Conversation, str]:
    """Store a question first; returns (conversation, private key). A resubmitted form (same
    submission id) returns the stored conversation and an empty key."""
    external_id = f"web:{submission_id or uuid.uuid4().hex}"
    key = secrets.token_urlsafe(24)
    item = InboundItem(
        channel=Platform.WEB, contact_id=_contact_id(email, phone), thread_key=external_id,
        external_id=external_id, body=body.strip(), contact_name=name.strip(),
        subject=subject.strip(), at=at or timezone.now(),
        data={"email": email.strip().lower(), "phone": normalize_phone(phone) or ""},
    )
    message, created = receive(item, agency=agency)
    conversation = message.conversation
    if not created:
        return conversation, ""
    conversation.web_key_hash = key_hash(key)
    conversation.web_key_encrypted = crypto.encrypt(key)
    conversation.save(update_fields=["web_key_hash", "web_key_encrypted"])
    return conversation, key


def private_link_path(key: str) -> str:
    """The asker's private link. The key rides after the "#", which browsers never send to a
    server: it cannot land in a web server's or proxy's access log, nor in a Referer header.
    The page posts it (see connectors/web_open.html)."""
    return reverse("connectors:web_open") + "#" + key


def web_conversation(pk: int) -> Conversation | None:
    return (Conversation.objects.select_related("agency", "contact")
            .filter(channel=Platform.WEB, pk=pk).first())


def conversation_for_key(key: str) -> Conversation | None:
    if not key or len(key) > 64:
        return None
    return (Conversation.objects.select_related("agency", "contact")
            .filter(channel=Platform.WEB, web_key_hash=key_hash(key)).first())


def asker_reply(conversation: Conversation, *, body: str) -> ConversationMessage:
    """The asker writes again in their thread."""
    item = InboundItem(
        channel=Platform.WEB, contact_id=conversation.contact.external_id,
        thread_key=conversation.thread_key, external_id=f"web:{uuid.uuid4().hex}",
        body=body.strip(), contact_name=conversation.contact.name, at=timezone.now(),
    )
    message, _created = receive(item, agency=conversation.agency)
    return message


def private_key(conversation: Conversation) -> str:
    return crypto.decrypt(conversation.web_key_encrypted)


def asker_email(conversation: Conversation) -> str:
    external = conversation.contact.external_id
    return external if "@" in external else ""
