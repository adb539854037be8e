"""Outbox mode (`CONNECTORS_MODE=outbox`, the demo's default): nothing reaches the platforms;
each reply keeps the exact request that would have been sent, so a demo or a review shows what
the citizen would receive.

An adapter shows its request through ``preview(message) -> dict`` (method, URL, JSON body; never
the token). Adapters without ``preview`` are recorded by recipient and text.
"""

from __future__ import annotations

from django.utils import timezone

from jembatan.connectors.models import ConversationMessage


def record(message: ConversationMessage, adapter) -> dict:
    """What would have been sent for `message`, ready for `message.data["outbox"]`."""
    preview = getattr(adapter, "preview", None)
    if preview is not None:
        request = dict(preview(message))
    else:
        conversation = message.conversation
        request = {"channel": conversation.channel, "to": conversation.contact.external_id,
                   "body": message.body}
    request["stored_at"] = timezone.now().isoformat()
    return request
