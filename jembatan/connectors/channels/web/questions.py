"""Questions asked on the portal: the web channel of the inbox. The writes (asking, the
asker's reply) are `actions.web_question_ask` and `actions.web_question_reply`.

A citizen asks an agency a question on its public page, with or without an account. The
question lands in the agency's inbox like a WhatsApp message; the asker follows the thread with a
private link (shown once and sent by email when an address is given) and can reply there.
Answers are also emailed to the asker when they left an address.
"""

from __future__ import annotations

import hashlib
import uuid

from django.urls import reverse

from jembatan.connectors.models import Conversation, Platform
from jembatan.core import crypto
from jembatan.core.phone import normalize_phone


def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def contact_id(email: str, phone: str) -> str:
    if email:
        return email.strip().lower()
    if phone:
        return normalize_phone(phone) or phone.strip()
    # Nobody to recognise: each anonymous question is its own contact.
    return f"tanpa-kontak:{uuid.uuid4().hex}"


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


def private_key(conversation: Conversation) -> str:
    return crypto.decrypt(conversation.web_key_encrypted)


def asker_email(conversation: Conversation) -> str:
    external = conversation.contact.external_id
    return external if "@" in external else ""
