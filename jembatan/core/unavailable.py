"""A request that fails because PostgreSQL or Redis cannot be reached answers 503, not 500.

While the database or the cache is down (a restart, a failover, a full disk), every request that
needs it fails with the driver's connection error. That is not a bug of the page: the visitor
should try again in a moment, and a client or a load balancer should be told so (503 with
`Retry-After`, RFC 9110 §15.6.4). The error is still logged as a server error with its
traceback, so the staff on call see it.

Which errors count: Django's `OperationalError` and `InterfaceError` (the connection failed, was
lost or timed out; on SQLite also "database is locked") and redis-py's `ConnectionError` and
`TimeoutError` (the cache, the sessions and rate limits in Redis), also when another error was
raised while handling one of them.
"""

from __future__ import annotations

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template import loader
from django.utils.translation import gettext as _
from django.views import defaults

try:
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError
except ImportError:  # pragma: no cover - redis is a dependency of the task queue
    RedisConnectionError = RedisTimeoutError = OperationalError

UNAVAILABLE_ERRORS = (OperationalError, InterfaceError, RedisConnectionError, RedisTimeoutError)
RETRY_AFTER_SECONDS = 30


def is_unavailable(error: BaseException | None) -> bool:
    """Whether the error, or one it was raised from or while handling, is a lost database or
    Redis connection."""
    seen = 0
    while error is not None and seen < 10:
        if isinstance(error, UNAVAILABLE_ERRORS):
            return True
        error = error.__cause__ or error.__context__
        seen += 1
    return False


def unavailable_response(request: HttpRequest) -> HttpResponse:
    """The 503 answer: JSON for the API, otherwise a short page in Indonesian and English,
    rendered without the database, the cache or the request's context (any may be what
    failed)."""
    if request.path_info.startswith("/api/"):
        response: HttpResponse = JsonResponse(
            {"code": "unavailable",
             "message": _("The service is briefly unavailable. Please try again in a moment.")},
            status=503)
    else:
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def server_error(request: HttpRequest, template_name: str = "500.html") -> HttpResponse:
    """handler500: 503 when the database or Redis could not be reached, Django's 500 page
    otherwise. Django calls it while handling the exception, so `sys.exc_info()` holds it."""
    if is_unavailable(sys.exc_info()[1]):
        return unavailable_response(request)
    return defaults.server_error(request, template_name=template_name)
