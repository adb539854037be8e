"""Periodic work: reminders, automatic closing, digests. Each domain registers its jobs; the
`run_scheduler` command enqueues them as background tasks when they are due.

The scheduler only enqueues; the worker runs. The last start and the task's result are kept in
ScheduledJob, shown to coordinators on the staff start page.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from dataclasses import dataclass

from django.utils import timezone
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    task: str  # import path of a django_tasks Task
    every: dt.timedelta
    description: str = ""


JOBS: dict[str, PeriodicJob] = {}


def register(job: PeriodicJob) -> None:
    JOBS[job.name] = job


def run_due(*, now: dt.datetime | None = None) -> list[str]:
    """Enqueue every job whose interval has passed; returns the names enqueued."""
    from jembatan.core.models import ScheduledJob

    now = now or timezone.now()
    started = []
    for job in JOBS.values():
        row, _ = ScheduledJob.objects.get_or_create(name=job.name)
        if row.last_enqueued_at and now - row.last_enqueued_at < job.every:
            continue
        result = import_string(job.task).enqueue()
        row.last_enqueued_at = now
        row.last_result_id = str(result.id)
        row.save(update_fields=["last_enqueued_at", "last_result_id"])
        started.append(job.name)
        logger.info("scheduled job %s enqueued", job.name)
    return started


def job_status() -> list[dict]:
    """Each registered job with its last start and the status of that run, as words."""
    from jembatan.core.background import status_label
    from jembatan.core.models import ScheduledJob

    rows = {row.name: row for row in ScheduledJob.objects.all()}
    status = []
    for job in JOBS.values():
        row = rows.get(job.name)
        outcome = ""
        if row and row.last_result_id:
            try:
                result = import_string(job.task).get_result(row.last_result_id)
                outcome = status_label(result.status)
            except Exception:  # the result may have been pruned; the start time still shows
                outcome = ""
        status.append({"job": job, "last": row.last_enqueued_at if row else None,
                       "status": outcome})
    return status


class LeaderLock:
    """Which of the schedulers started on any number of machines enqueues: the one holding a
    key in Redis that expires `ttl` seconds after its holder last renewed it.

    The others wait as standbys and try again every heartbeat; when the leader stops cleanly it
    deletes the key and a standby takes over at its next try; when it dies, once the key has
    expired. A leader that cannot reach Redis to renew steps down rather than risk a second
    leader enqueuing the same jobs.
    """

    KEY = "jembatan:scheduler:leader"

    def __init__(self, url: str, *, ttl: int) -> None:
        import redis

        self.client = redis.Redis.from_url(url, socket_connect_timeout=5, socket_timeout=5)
        self.lock = self.client.lock(self.KEY, timeout=ttl, thread_local=False)
        self.ttl = ttl

    def try_acquire(self) -> bool:
        from redis.exceptions import RedisError

        try:
            return bool(self.lock.acquire(blocking=False))
        except RedisError as error:
            logger.warning("scheduler: Redis is not reachable (%s); waiting", error)
            return False

    def renew(self) -> bool:
        """Still the leader, for another `ttl` seconds."""
        from redis.exceptions import RedisError

        try:
            self.lock.reacquire()
            return True
        except RedisError as error:
            logger.warning("scheduler: the lock could not be renewed (%s); standing down", error)
            self.lock.local.token = None
            return False

    def release(self) -> None:
        from redis.exceptions import RedisError

        # Not held, or Redis is gone: the key then expires by itself.
        with contextlib.suppress(RedisError):
            self.lock.release()
