"""What /healthz and /metrics report about the machinery behind the pages: the database, Redis,
the background queue and the scheduled jobs.

Thresholds (decision 0041): the oldest task waiting for a worker may wait
HEALTH_QUEUE_MAX_MINUTES (15); a scheduled job may go two of its intervals plus
HEALTH_SCHEDULE_GRACE_MINUTES (5) without starting. A job that never started is reported as such
but not counted as unhealthy: a fresh installation has not had its first scheduler pass yet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from django.utils import timezone


@dataclass
class QueueState:
    queued: int
    oldest: dt.datetime | None
    failed: int

    def oldest_minutes(self, now: dt.datetime) -> float | None:
        return round((now - self.oldest).total_seconds() / 60, 1) if self.oldest else None


REDIS_BACKENDS = {"jembatan.core.redis_tasks.RQBackend", "django_tasks_rq.RQBackend"}


def redis_backend() -> bool:
    return settings.TASKS.get("default", {}).get("BACKEND") in REDIS_BACKENDS


def check_database() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # any failure means "not ready", never a 500 page
        return False
    return True


def check_redis() -> bool:
    import django_rq

    try:
        return bool(django_rq.get_connection("default").ping())
    except Exception:  # unreachable, refused, timed out: all "not ready"
        return False


def queue_state() -> QueueState:
    """Tasks waiting for a worker, since when the oldest waits, and failed runs kept."""
    if redis_backend():
        import django_rq
        from rq.job import Job

        queue = django_rq.get_queue("default")
        oldest = None
        for job_id in queue.get_job_ids(0, 1):
            job = Job.fetch(job_id, connection=queue.connection)
            oldest = job.enqueued_at
            if oldest is not None and timezone.is_naive(oldest):
                oldest = timezone.make_aware(oldest, dt.UTC)
        return QueueState(queued=queue.count, oldest=oldest,
                          failed=queue.failed_job_registry.count)
    from django.db.models import Min
    from django_tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    if settings.TASKS.get("default", {}).get("BACKEND") != "django_tasks_db.DatabaseBackend":
        return QueueState(queued=0, oldest=None, failed=0)
    waiting = DBTaskResult.objects.ready()
    return QueueState(queued=waiting.count(),
                      oldest=waiting.aggregate(oldest=Min("enqueued_at"))["oldest"],
                      failed=DBTaskResult.objects.filter(status=TaskResultStatus.FAILED).count())


def scheduled_jobs(now: dt.datetime) -> dict[str, dict]:
    from jembatan.core.models import ScheduledJob
    from jembatan.core.scheduler import JOBS

    last = dict(ScheduledJob.objects.values_list("name", "last_enqueued_at"))
    grace = dt.timedelta(minutes=settings.HEALTH_SCHEDULE_GRACE_MINUTES)
    jobs = {}
    for job in JOBS.values():
        started = last.get(job.name)
        if started is None:
            status = "never"
        elif now - started > 2 * job.every + grace:
            status = "overdue"
        else:
            status = "ok"
        jobs[job.name] = {"last_run": started.isoformat() if started else None,
                          "every_minutes": round(job.every.total_seconds() / 60, 1),
                          "status": status}
    return jobs


def report() -> tuple[bool, dict]:
    """(healthy, the JSON /healthz answers). `status` and `database` come first, as always."""
    now = timezone.now()
    body: dict = {"status": "ok", "database": "ok"}
    healthy = True
    database = check_database()
    if not database:
        body["database"] = "unavailable"
        healthy = False
    redis_ok = True
    if redis_backend():
        redis_ok = check_redis()
        body["redis"] = "ok" if redis_ok else "unavailable"
        healthy &= redis_ok
    if redis_ok and (database or redis_backend()):
        try:
            state = queue_state()
        except Exception:  # the queue could not be read: say so rather than fail the page
            body["tasks"] = {"status": "unavailable"}
            healthy = False
        else:
            minutes = state.oldest_minutes(now)
            late = minutes is not None and minutes > settings.HEALTH_QUEUE_MAX_MINUTES
            body["tasks"] = {"status": "late" if late else "ok", "queued": state.queued,
                             "oldest_queued_minutes": minutes, "failed": state.failed}
            healthy &= not late
    if database:
        jobs = scheduled_jobs(now)
        body["scheduled_jobs"] = jobs
        healthy &= all(job["status"] != "overdue" for job in jobs.values())
    if not healthy:
        body["status"] = "error"
    return healthy, body
