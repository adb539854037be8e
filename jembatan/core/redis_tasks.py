"""Background work on Redis (TASKS_BACKEND=redis) that survives what the soak does to it.

`bench/soak.py` showed two ways work was lost with django-tasks-rq and RQ as they come:
- a task whose process was killed mid-run (SIGKILL, the out-of-memory killer) went to RQ's
  failed registry and was never run again: RQ retries only jobs enqueued with a `Retry`, and the
  backend gives none. `RQBackend` enqueues every task with TASKS_MAX_ATTEMPTS tries, as the
  database backend's recovery does (RQ counts a dead work horse, and a job whose whole worker
  died, as a failed try; a rerun does not repeat what the first run did, README's
  "Background work");
- a worker that lost Redis while it waited for a task's end quit ("found an unhandled
  exception"), and with it `make production` (honcho stops everything when one process exits).
  `Worker` waits for Redis to answer and goes on working instead.
It also showed every triage taking seconds under RQ (see `Worker`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time

import django_rq
import redis
from django.conf import settings
from django.db import close_old_connections, connections
from django.utils.module_loading import import_string
from django_tasks.base import TASK_MAX_PRIORITY, Task, TaskResult, TaskResultStatus
from django_tasks.signals import task_enqueued
from django_tasks.utils import get_random_id
from django_tasks_rq import backend as rq_backend
from rq import Retry
from rq import SimpleWorker as BaseSimpleWorker
from rq import Worker as BaseWorker
from rq.job import Callback, JobStatus

from jembatan.core import background

logger = logging.getLogger(__name__)

# In a work horse: the database connections it inherited from its worker, never used.
_INHERITED_CONNECTIONS: list = []


# This process's Redis clients of the queues, by their connection settings.
_queue_clients: dict[tuple[str, str], redis.Redis] = {}


def queue_connection(queue_name: str) -> redis.Redis:
    """This process's client of the queue's Redis, kept between requests.

    `django_rq.get_queue()` builds a new client, with a new pool, each time it is called: every
    task enqueued opened a TCP connection of its own (a fifth of a submission's time under
    load). redis-py's pool notices a fork and starts afresh in the child, and a connection
    Redis dropped (a restart) is replaced on its next use. Keyed by the queue's settings as
    they are now, so a changed RQ_QUEUES (tests) gets its own client."""
    from django_rq.connection_utils import filter_connection_params
    from django_rq.settings import QUEUES

    key = (queue_name, repr(sorted(filter_connection_params(QUEUES[queue_name]).items())))
    client = _queue_clients.get(key)
    if client is None:
        client = _queue_clients[key] = django_rq.get_connection(queue_name)
    return client


class RQBackend(rq_backend.RQBackend):
    """django-tasks-rq's backend, each task enqueued with TASKS_MAX_ATTEMPTS tries."""

    def enqueue(self, task: Task, args, kwargs) -> TaskResult:
        return self.enqueue_as(task, args, kwargs, job_id=get_random_id())

    def enqueue_as(self, task: Task, args, kwargs, *, job_id: str) -> TaskResult:
        """Enqueue under the given id; when a job with that id is still in Redis, nothing is
        added. A held task is moved under its database row's id, so moving it twice (the row's
        delete lost with PostgreSQL after Redis took the job) runs it once, and a rerun keeps
        the id its notifications are recorded under (never the same email twice)."""
        # As the parent's enqueue, with `retry` added: RQ cannot add it to a job afterwards
        # without racing the worker that already took it.
        self.validate_task(task)
        task_result = TaskResult(
            task=task, id=job_id, status=TaskResultStatus.READY, enqueued_at=None,
            started_at=None, last_attempted_at=None, finished_at=None, args=args,
            kwargs=kwargs, backend=self.alias, errors=[], worker_ids=[],
        )
        queue = django_rq.get_queue(task.queue_name, job_class=rq_backend.Job,
                                    connection=queue_connection(task.queue_name))
        if rq_backend.Job.exists(job_id, connection=queue.connection):
            return task_result
        attempts = max(1, settings.TASKS_MAX_ATTEMPTS)
        job = queue.create_job(
            task.module_path, args=args, kwargs=kwargs, job_id=task_result.id,
            status=JobStatus.SCHEDULED if task.run_after else JobStatus.QUEUED,
            on_failure=Callback(rq_backend.failed_callback),
            on_success=Callback(rq_backend.success_callback),
            meta={"backend_name": self.alias},
            retry=Retry(max=attempts - 1) if attempts > 1 else None,
            # RQ stops a task after this (its own default: 3 minutes for every task): the time
            # the database backend gives the task, 2 hours for retraining and imports.
            timeout=int(background.time_limit(task.module_path).total_seconds()),
        )
        if task.run_after is None:
            job = queue.enqueue_job(job, at_front=task.priority == TASK_MAX_PRIORITY)
        else:
            job = queue.schedule_job(job, task.run_after)
        object.__setattr__(task_result, "enqueued_at", job.enqueued_at)
        task_enqueued.send(type(self), task_result=task_result)
        return task_result


def wait_for_redis(connection: redis.Redis, *, most_seconds: float = 30) -> None:
    """Return once Redis answers, trying every 1, 2, 4… seconds (at most `most_seconds`)."""
    delay = 1.0
    while True:
        try:
            connection.ping()
            return
        except redis.RedisError:
            time.sleep(delay)
            delay = min(delay * 2, most_seconds)


class _KeepsWorking:
    """What both of our RQ workers add to RQ's: they outlive Redis being unreachable or
    restarted, and their tasks start with the language models loaded (the registered warm-ups,
    cheap when nothing changed: the models are rebuilt only when their version does)."""

    # RQ's own recovery of a job that was taken from the queue just as Redis went away (left in
    # the intermediate queue, seen on two maintenance passes, then retried) and of abandoned
    # jobs runs at each maintenance pass: every 10 minutes by default, so such a report waited
    # up to 20 minutes for its email in the soak. Once a minute costs a few Redis reads.
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("maintenance_interval", 60)
        super().__init__(*args, **kwargs)

    def execute_job(self, job, queue):
        # This process keeps its database connection from task to task (opening one costs
        # PostgreSQL a process of its own, at full priority): drop it only when broken or
        # older than CONN_MAX_AGE, as a request would.
        close_old_connections()
        for path in background.WORKER_WARM_UPS:
            try:
                import_string(path)()
            except Exception:  # the task itself then loads what it needs, or fails visibly
                logger.warning("worker warm-up %s failed", path, exc_info=True)
        return super().execute_job(job, queue)

    def work(self, *args, **kwargs) -> bool:
        while True:
            try:
                return super().work(*args, **kwargs)
            except redis.ConnectionError as error:
                if self._stop_requested:
                    raise
                logger.warning("Redis is unreachable (%s); the worker waits for it and goes "
                               "on. A task under way is run again once RQ sees it abandoned.",
                               error)
                self._wait_for_horse_to_end()
                wait_for_redis(self.connection)
                # Redis may have kept this worker's registration (a short outage) or lost it
                # (a restart): start again as a new birth either way.
                with contextlib.suppress(redis.RedisError):
                    self.register_death()

    def _wait_for_horse_to_end(self) -> None:
        pid = getattr(self, "_horse_pid", 0)
        if pid:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
            self._horse_pid = 0


class Worker(_KeepsWorking, BaseWorker):
    """RQ's worker, which runs each task in a process forked for it (`manage.py rqworker`).

    The forked process ends with the task: whatever a task loads into memory would be loaded
    again by the next. Triage's routing and urgency models took 5–17 s to load for a 0.1 s
    reading (the soak's queue never drained), so the warm-ups load them in the worker, before
    each fork, and the forked process inherits them.
    """

    def main_work_horse(self, job, queue):
        # The forked process must not use this process's database connection, nor close it:
        # closing would end the session for both. It leaves the inherited ones untouched (kept
        # referenced until os._exit, so nothing finalises them) and opens its own.
        for connection in connections.all(initialized_only=True):
            if connection.connection is not None:
                _INHERITED_CONNECTIONS.append(connection.connection)
                connection.connection = None
        return super().main_work_horse(job, queue)


class SimpleWorker(_KeepsWorking, BaseSimpleWorker):
    """A worker that runs its tasks itself, one after the other, without a fork per task
    (`manage.py rqworker-pool --worker-class jembatan.core.redis_tasks.SimpleWorker`, what
    `make production` runs; decision 0069).

    A fork per task cost about 15 ms of kernel time, plus a database connection, for tasks of
    2–9 ms: the largest share of a submission's background work. RQ's worker pool starts a
    new worker when one dies; a task that died with its worker is run again once RQ sees it
    abandoned.

    RQ's simple worker says a task is under way for the task's whole timeout (half an hour,
    TASKS_TIME_LIMIT_MINUTES) and a minute, so a killed worker's task would wait that long. Like
    the forking worker's parent, this one tells RQ every 30 s (`job_monitoring_interval`) that
    the task still runs, from a thread beside it, for 90 s at a time: a task whose worker died
    is seen abandoned within two or three minutes, and a long task never is while it runs.
    """

    def get_heartbeat_ttl(self, job, working_time: float = 0.0) -> int:
        return BaseWorker.get_heartbeat_ttl(self, job, working_time)

    def perform_job(self, job, queue, execution) -> bool:
        done = threading.Event()

        def keep_telling_rq_it_runs() -> None:
            while not done.wait(self.job_monitoring_interval):
                try:
                    self.maintain_heartbeats(job, execution)
                except redis.RedisError:  # Redis away: the worker's own loop waits for it
                    logger.warning("could not tell Redis that task %s still runs", job.id)

        beat = threading.Thread(target=keep_telling_rq_it_runs, daemon=True,
                                name=f"heartbeat of {job.id}")
        beat.start()
        try:
            return super().perform_job(job, queue, execution)
        finally:
            done.set()
            beat.join()
