"""One log line per request, and per background task, without personal data.

A request's line holds its id (the X-Request-ID the proxy sent when it is a plain token, or a
new one, returned in the answer's X-Request-ID header), method, path, the URL's name, status and
duration. Never the query string (public forms and searches carry names, phone numbers, what was
searched) and never a body; path parts that are keys or tokens (a web chat's key, a password
reset link) are masked. A task's line holds its name, id, status and duration, never its
arguments.
"""

from __future__ import annotations

import logging
import re
import time
import uuid

from django.dispatch import receiver
from django_tasks import TaskResultStatus
from django_tasks.signals import task_finished, task_started

logger = logging.getLogger("jembatan.request")
task_logger = logging.getLogger("jembatan.task")

# URL parameters that are secrets in themselves (whoever has the link may read or act).
SECRET_URL_PARAMETERS = {"key", "token", "token_id", "uidb64", "secret", "signature"}
MASK = "***"
REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


def masked_path(request) -> str:
    path = request.path
    match = getattr(request, "resolver_match", None)
    if match is not None:
        for name, value in match.kwargs.items():
            if name in SECRET_URL_PARAMETERS and value:
                path = path.replace(str(value), MASK)
    return path


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = request.headers.get("X-Request-ID", "")
        request.id = given if REQUEST_ID.match(given) else uuid.uuid4().hex
        started = time.perf_counter()
        response = self.get_response(request)
        duration_ms = round((time.perf_counter() - started) * 1000, 1)
        response["X-Request-ID"] = request.id
        match = getattr(request, "resolver_match", None)
        logger.info("request", extra={
            "request_id": request.id,
            "method": request.method,
            "path": masked_path(request),
            "view": match.view_name if match else "",
            "status": response.status_code,
            "duration_ms": duration_ms,
        })
        return response


_task_started: dict[str, float] = {}


@receiver(task_started)
def _log_task_started(sender, task_result, **kwargs):
    _task_started[task_result.id] = time.perf_counter()


@receiver(task_finished)
def _log_task_finished(sender, task_result, **kwargs):
    started = _task_started.pop(task_result.id, None)
    if task_result.status == TaskResultStatus.FAILED:
        from jembatan.core.metrics import TASK_FAILURES

        TASK_FAILURES.labels(task=task_result.task.module_path).inc()
    task_logger.info("task", extra={
        "task": task_result.task.module_path,
        "task_id": task_result.id,
        "status": str(task_result.status),
        "attempts": task_result.attempts,
        "duration_ms": round((time.perf_counter() - started) * 1000, 1) if started else None,
    })
