"""What every outbound adapter does: deliver one outgoing message and say how it went.

Adapters never touch the database; `outbound.deliver` records the result, retries transient
failures with backoff and shows permanent ones on the message.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from jembatan.connectors.models import ConversationMessage


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
