"""What every outbound adapter does, and which adapter sends replies on which channel.

An adapter delivers one outgoing message and says how it went. Adapters never touch the
database; `outbound.deliver` records the result, retries transient failures with backoff and
shows permanent ones on the message.

Adapters are imported by their dotted paths only when such a reply is sent: each channel's
adapter imports `SendResult` from here, and the Meta adapters work (and their tests run) whatever
the state of the mail stack.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from django.utils.module_loading import import_string

from jembatan.connectors.models import ConversationMessage, Platform


@dataclass(frozen=True)
class SendResult:
    ok: bool
    external_id: str = ""  # the platform's id of what was sent (wamid, comment id, Message-ID)
    error: str = ""  # for staff, in the user's language where we know the cause
    code: str = ""  # rate_limited, token_expired, outside_window, rejected, network, ...
    retry: bool = False  # transient: try again later
    retry_after: int | None = None  # seconds, when the platform said so


class Adapter(Protocol):
    def send(self, message: ConversationMessage) -> SendResult: ...


ADAPTERS: dict[str, type | str] = {
    Platform.WHATSAPP: "jembatan.connectors.channels.meta.whatsapp.WhatsAppAdapter",
    Platform.FACEBOOK: "jembatan.connectors.channels.meta.comments.GraphCommentAdapter",
    Platform.INSTAGRAM: "jembatan.connectors.channels.meta.comments.GraphCommentAdapter",
    Platform.EMAIL: "jembatan.connectors.channels.email.adapter.EmailAdapter",
    Platform.WEB: "jembatan.connectors.channels.web.adapter.WebAdapter",
}


def adapter_for(channel: str) -> Adapter | None:
    """The channel's adapter, or None for a channel nothing is sent on."""
    adapter = ADAPTERS.get(channel)
    if adapter is None:
        return None
    if isinstance(adapter, str):
        adapter = import_string(adapter)
    return adapter()
