"""Domain events other apps follow once the change is committed (the outgoing webhooks do).

A domain calls `event_emit("report.disposed", report)` inside its action. Nothing is sent
before the transaction commits, so a rolled-back change never announces itself; listeners read
the committed rows by id. Loading history (the demo, an import) inside
`quiet.notifications_suppressed()` emits nothing: what happened long ago is news to nobody.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.db import models, transaction
from django.dispatch import Signal
from django.utils import timezone

from jembatan.core import quiet

logger = logging.getLogger(__name__)

# Sent after commit with event_type (str), model (app_label.model_name), object_id and
# occurred_at (an aware datetime).
event_committed = Signal()


def event_emit(event_type: str, obj: models.Model, *, at: dt.datetime | None = None) -> None:
    """Announce `event_type` about `obj` once the current transaction has committed."""
    if quiet.is_suppressed():
        return
    model = obj._meta.label_lower
    object_id = obj.pk
    occurred_at = at or timezone.now()

    def send() -> None:
        for receiver, result in event_committed.send_robust(
                sender=None, event_type=event_type, model=model, object_id=object_id,
                occurred_at=occurred_at):
            if isinstance(result, Exception):
                # The change itself is committed; a listener's failure must not undo the page.
                logger.error("event %s of %s %s: listener %r failed: %r", event_type, model,
                             object_id, receiver, result)

    transaction.on_commit(send)
