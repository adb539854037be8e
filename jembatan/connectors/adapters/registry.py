"""Which adapter sends replies on which channel.

The email adapter is imported only when an email reply is sent, by its dotted path, so the Meta
adapters work (and their tests run) whatever the state of the mail stack. Channels without an
adapter (the portal's own web channel) return None.
"""

from __future__ import annotations

from django.utils.module_loading import import_string

from jembatan.connectors.adapters.base import Adapter
from jembatan.connectors.adapters.graph import GraphCommentAdapter
from jembatan.connectors.adapters.whatsapp import WhatsAppAdapter
from jembatan.connectors.models import Platform

ADAPTERS: dict[str, type | str] = {
    Platform.WHATSAPP: WhatsAppAdapter,
    Platform.FACEBOOK: GraphCommentAdapter,
    Platform.INSTAGRAM: GraphCommentAdapter,
    Platform.EMAIL: "jembatan.connectors.adapters.email.EmailAdapter",
}


def adapter_for(channel: str) -> Adapter | None:
    adapter = ADAPTERS.get(channel)
    if adapter is None:
        return None
    if isinstance(adapter, str):
        adapter = import_string(adapter)
    return adapter()
