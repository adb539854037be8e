"""Background work as staff see it, and how stuck work is recognised (database backend).

django-tasks-db records, for each task run, `started_at` and the ids of the workers that claimed
it (`worker_ids`, one per attempt), but no heartbeat: a worker killed mid-task leaves its task
RUNNING forever. Our `db_worker` names each worker `<host>:<pid>:<random>`, so a task whose
worker process is gone on this host is recognised at once; for any other worker (another host,
an id without a pid) the task's time limit decides.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from django_tasks import TaskResultStatus

logger = logging.getLogger(__name__)

# How long a run may take before it counts as stuck when its worker cannot be checked.
# Tasks that may legitimately take longer say so here.
LONG_TASKS = {
    "jembatan.triage.tasks.retrain_router": dt.timedelta(hours=2),
    "jembatan.triage.tasks.retrain_router_now": dt.timedelta(hours=2),
    "jembatan.connectors.tasks.run_import": dt.timedelta(hours=2),
    "jembatan.insights.tasks.rebuild_all_days": dt.timedelta(hours=2),
}

TASK_LABELS = {
    "jembatan.reports.tasks.triage_report": _("Triage of a new report"),
    "jembatan.triage.tasks.retrain_router": _("Retraining of the agency routing"),
    "jembatan.triage.tasks.retrain_router_now": _("Retraining of the agency routing"),
    "jembatan.reports.tasks.send_report_notification": _("Emails about a report"),
    "jembatan.reports.tasks.recompute_deadlines": _("Recalculation of deadlines"),
    "jembatan.reports.tasks.auto_close_reports": _("Automatic closing of reports"),
    "jembatan.reports.tasks.send_deadline_reminders": _("Deadline reminders"),
    "jembatan.notifications.tasks.email_notifications": _("Notification emails"),
    "jembatan.notifications.tasks.send_daily_digests": _("Daily summary emails"),
    "jembatan.notifications.tasks.send_weekly_digests": _("Weekly summary emails"),
    "jembatan.connectors.tasks.process_webhook_delivery": _("Processing of a channel message"),
    "jembatan.connectors.tasks.deliver_message": _("Sending of a reply"),
    "jembatan.connectors.tasks.poll_mailboxes": _("Reading of the mailboxes"),
    "jembatan.connectors.tasks.run_import": _("Import of messages"),
    "jembatan.connectors.tasks.retry_stalled_work": _("Retry of stalled channel work"),
    "jembatan.content.tasks.publish_due_posts": _("Publishing of scheduled posts"),
    "jembatan.content.tasks.send_distributions": _("Distribution of a post"),
    "jembatan.core.tasks.recover_stalled_tasks": _("Recovery of stuck background work"),
    "jembatan.core.tasks.do_pending_work": _("Update of what several changes wait for"),
    "jembatan.core.tasks.do_all_pending_work": _("Update of what several changes wait for"),
    "jembatan.search.tasks.reindex": _("Update of the site search"),
    "jembatan.insights.tasks.make_monthly_report": _("Monthly performance report"),
    "jembatan.insights.tasks.send_monthly_report": _("Emailing of the monthly performance report"),
    "jembatan.insights.tasks.refresh_days": _("Update of the performance figures"),
    "jembatan.insights.tasks.rebuild_recent_days": _("Recount of the recent performance figures"),
    "jembatan.insights.tasks.rebuild_all_days": _("Recount of all performance figures"),
    "jembatan.lapor.tasks.pull_lapor_reports": _("Import from SP4N-LAPOR!"),
    "jembatan.lapor.tasks.push_lapor_report": _("Sending of a report's news to SP4N-LAPOR!"),
    "jembatan.lapor.tasks.retry_lapor_pushes": _("Retry of what SP4N-LAPOR! did not receive"),
    "jembatan.lapor.tasks.fetch_lapor_attachments":
        _("Download of attachments from SP4N-LAPOR!"),
}

STATUS_LABELS = {
    TaskResultStatus.READY: _("waiting"),
    TaskResultStatus.RUNNING: _("running"),
    TaskResultStatus.SUCCESSFUL: _("done"),
    TaskResultStatus.FAILED: _("failed"),
}
STUCK_LABEL = _("stuck: its worker stopped")


# Functions (dotted paths) an RQ worker calls before it forks the process that runs a task,
# so that process starts with what they load (apps register them in ready()).
WORKER_WARM_UPS: list[str] = []


def register_worker_warm_up(path: str) -> None:
    if path not in WORKER_WARM_UPS:
        WORKER_WARM_UPS.append(path)


# With TASKS_BACKEND=redis, where a task waits when Redis does not answer (settings.TASKS).
HELD_BACKEND = "held"


def enqueue_on_commit(task_path: str, *args) -> None:
    """Enqueue the task at `task_path` (e.g. "jembatan.library.tasks.make_library_thumbnail")
    with `args` once the current transaction has committed, so the worker sees the rows.

    The task is looked up by its path only then: an actions module never imports its app's
    `tasks.py`, which imports the actions back.

    With Redis, inside a transaction, the task is first written to the database in that same
    transaction (the `held` backend) and moved to Redis after the commit: a web worker killed
    between the commit and the enqueue (the soak did it) no longer leaves a stored report
    without its triage and acknowledgement; the scheduler moves what is left."""
    connection = transaction.get_connection()
    if HELD_BACKEND in settings.TASKS and connection.in_atomic_block:
        held = import_string(task_path).using(backend=HELD_BACKEND).enqueue(*args)
        # Every task held by this connection's transaction is moved by the first of their
        # callbacks to run after the commit, in one transaction; the others find nothing left.
        # Each task still adds its own callback: a savepoint rolled back drops the callbacks
        # added inside it, and with them, perhaps, the first one.
        waiting = _held_waiting(connection)
        waiting.append(held.id)
        transaction.on_commit(lambda: _move_held_waiting(waiting))
        return
    transaction.on_commit(lambda: enqueue_or_hold(task_path, *args))


def _held_waiting(connection) -> list[str]:
    """The ids of the tasks held since this connection's last move (a connection is one
    thread's). Ids of rows a rollback undid may stay in it: moving them finds no row."""
    waiting = getattr(connection, "_jembatan_held_waiting", None)
    if waiting is None:
        waiting = connection._jembatan_held_waiting = []
    return waiting


def _move_held_waiting(waiting: list[str]) -> None:
    ids = list(waiting)
    waiting.clear()
    if ids:
        _move_held(ids)


def _move_held(result_ids: list[str]) -> None:
    """Queue these held tasks in Redis now, in the order they were held, in one transaction;
    what Redis does not take stays for the scheduler."""
    from django_tasks_db.models import DBTaskResult
    from redis.exceptions import RedisError

    with transaction.atomic():
        # Skip rows the scheduler holds: it is moving them.
        rows = {str(row.pk): row for row in DBTaskResult.objects.select_for_update(
            skip_locked=True).filter(pk__in=result_ids, status=TaskResultStatus.READY)}
        moved = []
        for result_id in result_ids:
            row = rows.get(str(result_id))
            if row is None:
                continue
            try:
                _enqueue_held(row)
            except RedisError as error:
                logger.warning("Redis did not answer (%s); %s kept in the database until it "
                               "does", error, row.task_path)
                break
            moved.append(row.pk)
        if moved:
            DBTaskResult.objects.filter(pk__in=moved).delete()


def _enqueue_held(row) -> None:
    """Queue a held task in Redis under its row's id (see RQBackend.enqueue_as)."""
    task = import_string(row.task_path)
    backend = task.get_backend()
    args, kwargs = row.args_kwargs["args"], row.args_kwargs["kwargs"]
    if hasattr(backend, "enqueue_as"):
        backend.enqueue_as(task, args, kwargs, job_id=str(row.pk))
    else:
        task.enqueue(*args, **kwargs)


def enqueue_or_hold(task_path: str, *args) -> None:
    """Enqueue now; when Redis does not answer, keep the task in the database instead.

    The rows it follows have already committed (a report, its acknowledgement to send): losing
    the task would leave them without their triage or email for good, and raising would answer
    500 for a report that was stored. The scheduler moves held tasks to Redis once it answers
    (`release_held_tasks`)."""
    from redis.exceptions import RedisError

    task = import_string(task_path)
    try:
        task.enqueue(*args)
    except RedisError as error:
        if HELD_BACKEND not in settings.TASKS:
            raise
        task.using(backend=HELD_BACKEND).enqueue(*args)
        logger.warning("Redis did not answer (%s); %s kept in the database until it does",
                       error, task_path)


def release_held_tasks(*, batch: int = 500) -> int:
    """Move the tasks kept while Redis was away into its queue, oldest first; returns how many.
    Raises RedisError, leaving the rest held, when Redis is still away."""
    from django_tasks_db.models import DBTaskResult

    if HELD_BACKEND not in settings.TASKS:
        return 0
    moved = 0
    while True:
        with transaction.atomic():
            rows = list(DBTaskResult.objects.select_for_update(skip_locked=True)
                        .filter(backend_name=HELD_BACKEND, status=TaskResultStatus.READY)
                        .order_by("enqueued_at")[:batch])
            for row in rows:
                _enqueue_held(row)
                # Deleted in the same transaction: a failure half-way leaves the rest held
                # (a task enqueued just before it is then moved again under the same id, which
                # Redis still holds: it runs once; never zero times).
                row.delete()
                moved += 1
        if len(rows) < batch:
            return moved


# --- Coalesced work: one run for every change waiting ----------------------------------------

# Set while a run of a coalesced task is queued and has not started: later changes add their
# keys and queue nothing more. It expires on its own should that run be lost; the scheduler's
# `do_all_pending_work` then takes what waits (at most a minute later).
COALESCED_FLAG_SECONDS = 30
COALESCED_BATCH = 5000


def _coalesced_flag(task_path: str) -> str:
    return f"jembatan:pending-work:{task_path}"


def enqueue_coalesced(task_path: str, keys: list) -> None:
    """Ask for the task at `task_path` (which takes one argument, a list of keys) to run for
    `keys`, together with every other key asked for meanwhile.

    The keys are written to the database in the current transaction (so a committed change
    never loses its work, whatever happens to the process or to Redis), and once it commits, a
    run is queued unless one is queued already. A recount of the figures per submission became
    one recount for all the submissions that arrived while the previous one ran."""
    from jembatan.core.models import PendingWork

    if not keys:
        return
    PendingWork.objects.bulk_create([PendingWork(task_path=task_path, key=key) for key in keys])
    transaction.on_commit(lambda: _queue_coalesced(task_path))


def _queue_coalesced(task_path: str) -> None:
    from django.core.cache import cache

    try:
        first = cache.add(_coalesced_flag(task_path), 1, COALESCED_FLAG_SECONDS)
    except Exception:  # the cache is away: queue a run; an extra one finds nothing and ends
        logger.warning("cache unavailable; a run of %s queued anyway", task_path, exc_info=True)
        first = True
    if first:
        enqueue_or_hold("jembatan.core.tasks.do_pending_work", task_path)


def do_pending_work(task_path: str) -> int:
    """Run the task at `task_path` once for every key waiting for it; returns how many keys.

    The keys are taken under a row lock and deleted in the transaction of the run: a run that
    fails (or whose process dies) leaves them for the next one. Keys written while it runs are
    not seen (not committed, or skipped while another run holds them): their own commit queues
    a next run, as the flag is cleared before anything is read."""
    from django.core.cache import cache

    from jembatan.core.models import PendingWork

    try:
        cache.delete(_coalesced_flag(task_path))
    except Exception:
        logger.warning("cache unavailable while taking pending %s", task_path, exc_info=True)
    task = import_string(task_path)
    done = 0
    while True:
        with transaction.atomic():
            rows = list(PendingWork.objects.select_for_update(skip_locked=True)
                        .filter(task_path=task_path).order_by("id")
                        .values_list("pk", "key")[:COALESCED_BATCH])
            if not rows:
                return done
            keys, seen = [], set()
            for _pk, key in rows:
                marker = repr(key)
                if marker not in seen:
                    seen.add(marker)
                    keys.append(key)
            task.call(keys)
            PendingWork.objects.filter(pk__in=[pk for pk, _key in rows]).delete()
        done += len(keys)
        if len(rows) < COALESCED_BATCH:
            return done


def do_all_pending_work() -> int:
    """Every coalesced task with keys waiting (the scheduler's minute pass: a run that was lost
    or whose queuing failed)."""
    from jembatan.core.models import PendingWork

    paths = set(PendingWork.objects.values_list("task_path", flat=True).distinct())
    return sum(do_pending_work(path) for path in sorted(paths))


class WorkerLost(Exception):
    """Recorded as the error of a run whose worker died too many times."""


def task_label(task_path: str) -> str:
    return str(TASK_LABELS.get(task_path, _("Other background work")))


def status_label(status: str) -> str:
    return str(STATUS_LABELS.get(status, status))


def max_attempts() -> int:
    return settings.TASKS_MAX_ATTEMPTS


def time_limit(task_path: str) -> dt.timedelta:
    return LONG_TASKS.get(task_path, dt.timedelta(minutes=settings.TASKS_TIME_LIMIT_MINUTES))


def new_worker_id() -> str:
    host = socket.gethostname()[:30]
    return f"{host}:{os.getpid()}:{get_random_string(12)}"


def _process_started_at(pid: int) -> dt.datetime | None:
    """When process `pid` started (Linux /proc), or None where that cannot be read."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        boot = next(int(line.split()[1]) for line in Path("/proc/stat").read_text().splitlines()
                    if line.startswith("btime "))
        ticks = int(fields[19])  # field 22 of stat: start time in clock ticks after boot
    except (OSError, ValueError, IndexError, StopIteration):
        return None
    return dt.datetime.fromtimestamp(boot + ticks / os.sysconf("SC_CLK_TCK"), tz=dt.UTC)


def worker_is_gone(worker_id: str, *, claimed_at: dt.datetime | None = None) -> bool | None:
    """True when the worker's process no longer exists, False when it runs, None when this
    process cannot tell (another host, or an id not given by our db_worker).

    A process with the same pid that started after the task was claimed is another process
    (a restarted container reuses small pids), so the worker is gone.
    """
    host, _sep, rest = worker_id.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname()[:30] or not pid_text.isdigit():
        return None
    pid = int(pid_text)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # a process of another user has that pid: not ours, but alive
        pass
    started = _process_started_at(pid)
    return bool(started and claimed_at and started > claimed_at + dt.timedelta(seconds=1))


def is_stuck(row, *, now: dt.datetime | None = None) -> bool:
    """A RUNNING run whose worker is gone, or, when that cannot be checked, past its limit."""
    if row.status != TaskResultStatus.RUNNING:
        return False
    gone = (worker_is_gone(row.worker_ids[-1], claimed_at=row.started_at)
            if row.worker_ids else None)
    if gone is not None:
        return gone
    now = now or timezone.now()
    return row.started_at is None or now - row.started_at > time_limit(row.task_path)


@dataclass(frozen=True)
class TaskRow:
    id: str
    label: str
    state: str  # the backend's status code, for decisions only
    status: str  # what people read
    stuck: bool
    enqueued_at: dt.datetime
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    attempts: int
    error: str

    @property
    def can_retry(self) -> bool:
        return self.stuck or self.state == TaskResultStatus.FAILED


def _readable_error(row) -> str:
    if row.exception_class_path == f"{WorkerLost.__module__}.{WorkerLost.__qualname__}":
        return str(_("Its worker stopped during every attempt."))
    if row.exception_class_path:
        return row.exception_class_path.rpartition(".")[2]
    return ""


def problem_tasks(*, limit: int = 30, days: int = 14) -> list[TaskRow]:
    """Failed and stuck runs of the last `days` days, newest first, for coordinators."""
    from django_tasks_db.models import DBTaskResult

    if not _database_backend():
        return []
    since = timezone.now() - dt.timedelta(days=days)
    rows = (DBTaskResult.objects.filter(enqueued_at__gte=since,
                                        status__in=[TaskResultStatus.FAILED,
                                                    TaskResultStatus.RUNNING])
            .defer("traceback", "return_value").order_by("-enqueued_at"))
    problems = []
    now = timezone.now()
    for row in rows.iterator(chunk_size=200):
        stuck = is_stuck(row, now=now)
        if row.status == TaskResultStatus.RUNNING and not stuck:
            continue
        problems.append(TaskRow(
            id=str(row.id), label=task_label(row.task_path), state=row.status,
            status=str(STUCK_LABEL) if stuck else status_label(row.status), stuck=stuck,
            enqueued_at=row.enqueued_at, started_at=row.started_at,
            finished_at=row.finished_at, attempts=len(row.worker_ids),
            error=_readable_error(row)))
        if len(problems) >= limit:
            break
    return problems


def waiting_summary() -> dict:
    """How many runs wait for a worker, and since when the oldest waits: a long wait means no
    worker is running."""
    from django.db.models import Min
    from django_tasks_db.models import DBTaskResult

    if not _database_backend():
        return {"count": 0, "oldest": None}
    waiting = DBTaskResult.objects.ready()
    return {"count": waiting.count(), **waiting.aggregate(oldest=Min("enqueued_at"))}


def _database_backend() -> bool:
    backend = settings.TASKS.get("default", {}).get("BACKEND", "")
    return backend == "django_tasks_db.DatabaseBackend"
