"""Prometheus metrics at /metrics: django-prometheus's request counters and latency histograms,
and the background queue read when the page is scraped (tasks waiting, age of the oldest, failed
runs), plus the failures counted by the workers themselves.

Not public: only the addresses in METRICS_ALLOWED_IPS (the machine itself by default), or a
request with `Authorization: Bearer $METRICS_TOKEN`. A request that came through the reverse
proxy (it carries X-Forwarded-For or X-Real-IP) is never let in by address, since behind a proxy
on the same machine every visitor's socket address is 127.0.0.1.
"""

from __future__ import annotations

import os

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily

TASK_FAILURES = Counter("jembatan_task_failures_total",
                        "Background task runs that ended failed, by task.", ["task"])


class QueueCollector:
    """The queue as it is at the moment of the scrape (one small read, not a stored counter)."""

    def collect(self):
        from jembatan.core.health import queue_state

        state = queue_state()
        now = timezone.now()
        yield GaugeMetricFamily("jembatan_tasks_queued",
                                "Background tasks waiting for a worker.", value=state.queued)
        yield GaugeMetricFamily(
            "jembatan_tasks_oldest_queued_seconds",
            "How long the oldest task waiting for a worker has waited (0 when none waits).",
            value=(now - state.oldest).total_seconds() if state.oldest else 0)
        yield GaugeMetricFamily("jembatan_tasks_failed",
                                "Failed background task runs kept by the task backend.",
                                value=state.failed)


def allowed(request: HttpRequest) -> bool:
    token = settings.METRICS_TOKEN
    given = request.headers.get("Authorization", "")
    if token and constant_time_compare(given, f"Bearer {token}"):
        return True
    if "X-Forwarded-For" in request.headers or "X-Real-IP" in request.headers:
        return False
    return request.META.get("REMOTE_ADDR", "") in settings.METRICS_ALLOWED_IPS


@require_GET
@never_cache
def metrics(request: HttpRequest) -> HttpResponse:
    if not allowed(request):
        raise Http404
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        # Several gunicorn and RQ worker processes: each writes its own file; read them all.
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    else:
        registry = REGISTRY
    queue = CollectorRegistry()
    queue.register(QueueCollector())
    return HttpResponse(generate_latest(registry) + generate_latest(queue),
                        content_type=CONTENT_TYPE_LATEST)
