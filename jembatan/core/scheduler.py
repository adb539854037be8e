"""Periodic work: reminders, automatic closing, digests. Each domain registers its jobs; the
`run_scheduler` command enqueues them as background tasks when they are due.

The scheduler only enqueues; the worker runs. The last start and the task's result are kept in
ScheduledJob, shown to coordinators on the staff start page.
"""

from __future__ import annotations

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
