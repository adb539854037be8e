"""Values worked out once per request: a page that asks the same question in several places
(the data versions in the shared cache, whether an agency supports any report) pays one round
trip for it. Everything is forgotten when the request ends; outside a request (tasks, commands,
tests calling a selector) nothing is kept and every call works its value out (decision 0067).

A change to the data in the request drops what it read about the data (`public_cache.bump`
calls `forget`), so the request that made a change reads it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from django.core.signals import request_finished, request_started

_local = threading.local()


def _started(**kwargs) -> None:
    _local.values = {}


def _finished(**kwargs) -> None:
    _local.values = None


request_started.connect(_started, dispatch_uid="request-memo-started")
request_finished.connect(_finished, dispatch_uid="request-memo-finished")


def current() -> dict | None:
    """This request's values, or None outside a request."""
    return getattr(_local, "values", None)


def once(key: Any, build: Callable[[], Any]) -> Any:
    """`build()`, worked out once in this request (every time outside one)."""
    values = current()
    if values is None:
        return build()
    if key not in values:
        values[key] = build()
    return values[key]


def forget(keep: Callable[[Any], bool] = lambda key: False) -> None:
    """Drop what this request has worked out, but the keys `keep` says to keep."""
    values = current()
    if values:
        for key in [key for key in values if not keep(key)]:
            del values[key]
