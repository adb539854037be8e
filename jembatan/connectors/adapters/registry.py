"""Which adapter sends replies on which channel.

The email and portal adapters are imported only when such a reply is sent, by their dotted
paths, so the Meta adapters work (and their tests run) whatever the state of the mail stack.
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
    Platform.WEB: "jembatan.connectors.adapters.web.WebAdapter",
}


def adapter_for(channel: str) -> Adapter | None:
    """The channel's adapter, or None for a channel nothing is sent on."""
    adapter = ADAPTERS.get(channel)
    if adapter is None:
        return None
    if isinstance(adapter, str):
        adapter = import_string(adapter)
    return adapter()
