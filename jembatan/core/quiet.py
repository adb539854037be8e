"""One switch that silences every app's notifications, for loading history (the demo, an
import): what happened long ago is news to nobody."""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator

_suppressed = contextvars.ContextVar("notifications_suppressed", default=False)


@contextlib.contextmanager
def notifications_suppressed() -> Iterator[None]:
    """No notifications (nor the follow-up work that only serves them) inside this block."""
    token = _suppressed.set(True)
    try:
        yield
    finally:
        _suppressed.reset(token)


def is_suppressed() -> bool:
    return _suppressed.get()
