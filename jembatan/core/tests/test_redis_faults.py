"""Background work on Redis when Redis or a worker fails (what `bench/soak.py` found).

- A task enqueued while Redis does not answer is kept in the database and moved to Redis by
  `release_held_tasks` (the scheduler's every beat) once it answers.
- Every task is enqueued with TASKS_MAX_ATTEMPTS tries, so RQ runs a killed task again.
- An RQ worker outlives a Redis restart and goes on taking tasks.

Each needs a real Redis: the machine's (a database of its own, the `redis_database` fixture), or, for
the restart, a redis-server of the test's own on a free port.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time

import pytest
import redis
from django.db import transaction
from django_tasks_db.models import DBTaskResult

from jembatan.core import background
from jembatan.core.tests.factories import JurisdictionFactory

REDIS_BACKEND = "jembatan.core.redis_tasks.RQBackend"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_tasks(settings, url: str) -> None:
    settings.RQ_QUEUES = {"default": {"URL": url}}
    settings.RQ = {"JOB_CLASS": "django_tasks_rq.backend.Job",
                   "WORKER_CLASS": "jembatan.core.redis_tasks.Worker"}
    settings.TASKS = {"default": {"BACKEND": REDIS_BACKEND, "QUEUES": ["default"]},
                      "held": {"BACKEND": "django_tasks_db.DatabaseBackend",
                               "QUEUES": ["default"]}}


@pytest.mark.django_db(transaction=True)
def test_a_task_enqueued_while_redis_is_away_is_held_then_queued_when_it_answers(
        settings, redis_database):
    JurisdictionFactory()
    # Nothing listens on this port: Redis is "away" when the report commits.
    redis_tasks(settings, f"redis://127.0.0.1:{free_port()}/0")
    with transaction.atomic():
        background.enqueue_on_commit("jembatan.reports.tasks.triage_report", 41)
    held = DBTaskResult.objects.get(backend_name="held")
    assert held.task_path == "jembatan.reports.tasks.triage_report"
    assert held.args_kwargs["args"] == [41]

    with pytest.raises(redis.ConnectionError):
        background.release_held_tasks()
    assert DBTaskResult.objects.filter(backend_name="held").count() == 1

    redis_tasks(settings, redis_database.url)
    assert background.release_held_tasks() == 1
    assert not DBTaskResult.objects.filter(backend_name="held").exists()
    client = redis.Redis.from_url(redis_database.url)
    job_ids = client.lrange("rq:queue:default", 0, -1)
    assert len(job_ids) == 1
    description = client.hget(f"rq:job:{job_ids[0].decode()}", "description").decode()
    assert description == "jembatan.reports.tasks.triage_report(41)"


@pytest.mark.django_db(transaction=True)
def test_a_task_is_written_with_its_transaction_and_moved_to_redis_after_the_commit(
        settings, redis_database):
    redis_tasks(settings, redis_database.url)
    client = redis.Redis.from_url(redis_database.url)
    with transaction.atomic():
        background.enqueue_on_commit("jembatan.reports.tasks.triage_report", 42)
        # Durable with the rows it follows: a process killed after the commit leaves it here.
        assert DBTaskResult.objects.filter(backend_name="held").count() == 1
        assert client.llen("rq:queue:default") == 0
    assert not DBTaskResult.objects.filter(backend_name="held").exists()
    assert client.llen("rq:queue:default") == 1


@pytest.mark.django_db(transaction=True)
def test_the_tasks_of_one_transaction_are_moved_together_in_order(settings, redis_database):
    """A submission holds several tasks: one move after the commit takes them all, in the
    order they were held; a task whose savepoint was rolled back is not queued."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    redis_tasks(settings, redis_database.url)

    def hold_in_a_savepoint_rolled_back():
        with transaction.atomic():
            background.enqueue_on_commit("jembatan.reports.tasks.triage_report", 2)
            raise RuntimeError("rolled back")

    with CaptureQueriesContext(connection) as queries, transaction.atomic():
        background.enqueue_on_commit("jembatan.reports.tasks.triage_report", 1)
        with pytest.raises(RuntimeError):
            hold_in_a_savepoint_rolled_back()
        background.enqueue_on_commit("jembatan.reports.tasks.triage_report", 3)
        background.enqueue_on_commit("jembatan.reports.tasks.triage_report", 4)
        start = len(queries.captured_queries)
    after_commit = [q["sql"] for q in queries.captured_queries[start:]]
    assert not DBTaskResult.objects.filter(backend_name="held").exists()
    client = redis_database.client
    queued = [client.hget(f"rq:job:{job_id.decode()}", "description").decode()
              for job_id in client.lrange("rq:queue:default", 0, -1)]
    assert queued == [f"jembatan.reports.tasks.triage_report({n})" for n in (1, 3, 4)]
    # One transaction for the three: the commit, then the rows locked and deleted together.
    task_rows = [sql for sql in after_commit if "dbtaskresult" in sql]
    assert [sql.split()[0] for sql in task_rows] == ["SELECT", "DELETE"]


@pytest.mark.django_db(transaction=True)
def test_enqueueing_reuses_one_redis_client_that_survives_dropped_connections(
        settings, redis_database):
    from jembatan.core import redis_tasks as rq_tasks

    redis_tasks(settings, redis_database.url)
    client = rq_tasks.queue_connection("default")
    assert rq_tasks.queue_connection("default") is client
    background.enqueue_on_commit("jembatan.reports.tasks.triage_report", 5)
    # Redis closed every connection (a restart): the next task is queued all the same.
    redis_database.client.client_kill_filter(_type="normal", skipme=True)
    background.enqueue_on_commit("jembatan.reports.tasks.triage_report", 6)
    assert redis_database.client.llen("rq:queue:default") == 2
    assert not DBTaskResult.objects.filter(backend_name="held").exists()
    # Other settings (another Redis): another client.
    redis_tasks(settings, f"redis://127.0.0.1:{free_port()}/0")
    assert rq_tasks.queue_connection("default") is not client


@pytest.mark.django_db(transaction=True)
def test_a_held_task_moved_twice_is_queued_once_under_its_rows_id(settings, redis_database):
    """The soak's PostgreSQL restart: Redis took the held task, the row's delete was lost with
    the database, and the scheduler moved the row again. One job, under the row's id, which is
    also the run's id its notifications are recorded under (no second acknowledgement)."""
    redis_tasks(settings, redis_database.url)
    from jembatan.reports.tasks import send_report_notification

    held = send_report_notification.using(backend="held").enqueue("received", 43, [])
    row = DBTaskResult.objects.get(pk=held.id)
    background._enqueue_held(row)
    assert DBTaskResult.objects.filter(pk=held.id).exists()  # the delete "was lost"
    assert background.release_held_tasks() == 1

    job_ids = [job_id.decode() for job_id in redis_database.client.lrange("rq:queue:default", 0, -1)]
    assert job_ids == [str(row.pk)]
    assert not DBTaskResult.objects.filter(backend_name="held").exists()


def test_every_task_gets_the_configured_number_of_tries(settings, redis_database):
    redis_tasks(settings, redis_database.url)
    settings.TASKS_MAX_ATTEMPTS = 3
    from jembatan.reports.tasks import triage_report

    result = triage_report.enqueue(7)
    retries_left = redis_database.client.hget(f"rq:job:{result.id}", "retries_left")
    assert int(retries_left) == 2


def test_rq_stops_a_task_after_the_time_the_database_backend_gives_it(settings, redis_database):
    redis_tasks(settings, redis_database.url)
    settings.TASKS_TIME_LIMIT_MINUTES = 30
    from jembatan.reports.tasks import triage_report
    from jembatan.triage.tasks import retrain_router

    def timeout(result) -> int:
        return int(redis_database.client.hget(f"rq:job:{result.id}", "timeout"))

    assert timeout(triage_report.enqueue(7)) == 30 * 60
    assert timeout(retrain_router.enqueue()) == 2 * 60 * 60


def wait_until(predicate, *, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    pytest.fail(f"not within {seconds} s: {what}")


def start_redis(port: int, folder) -> subprocess.Popen:
    process = subprocess.Popen([shutil.which("redis-server") or "/usr/bin/redis-server",
                                "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                "--appendonly", "no", "--dir", str(folder)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = redis.Redis(port=port)

    def answers() -> bool:
        try:
            return bool(client.ping())
        except redis.ConnectionError:
            return False

    wait_until(answers, seconds=10, what="redis-server answers")
    return process


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_the_rq_worker_outlives_a_redis_restart_and_goes_on_working(
        settings, processes, tmp_path):
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    JurisdictionFactory()
    port = free_port()
    url = f"redis://127.0.0.1:{port}/0"
    server = start_redis(port, tmp_path)
    try:
        worker = processes.start("rqworker", "default",
                                 env={"TASKS_BACKEND": "redis", "REDIS_URL": url})
        client = redis.Redis.from_url(url)
        wait_until(lambda: client.keys("rq:worker:*"), seconds=60, what="the worker registers")

        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)
        time.sleep(3)
        server = start_redis(port, tmp_path)

        redis_tasks(settings, url)
        from jembatan.core.tasks import recover_stalled_tasks

        result = recover_stalled_tasks.enqueue()
        wait_until(lambda: client.hget(f"rq:job:{result.id}", "status") == b"finished",
                   seconds=90, what="the worker runs a task enqueued after the restart")
        assert worker.poll() is None
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_a_pool_worker_killed_mid_task_is_replaced_and_its_task_run_again(
        settings, processes, redis_database, tmp_path):
    """`make production`'s pool of workers that run their tasks themselves (no fork per task):
    while a task runs its worker tells RQ so every 30 s, for 90 s at a time (not for the whole
    timeout); a worker killed in the middle of a task is replaced, and the task, abandoned, is
    run again by RQ's recovery (which waits for those 90 s; moved forward here)."""
    from rq import Worker
    from rq.registry import StartedJobRegistry

    from jembatan.core.redis_tasks import queue_connection
    from jembatan.testing.tasks import pause_and_note

    redis_tasks(settings, redis_database.url)
    processes.start("rqworker-pool", "default", "--num-workers", "2",
                    "--worker-class", "jembatan.core.redis_tasks.SimpleWorker",
                    env={"TASKS_BACKEND": "redis", "REDIS_URL": redis_database.url})
    client = redis_database.client

    def worker_pids() -> set[int]:
        return {worker.pid for worker in Worker.all(connection=client)}

    wait_until(lambda: len(worker_pids()) == 2, seconds=60, what="the pool's two workers")
    first_workers = worker_pids()
    note = tmp_path / "note.txt"
    result = pause_and_note.enqueue(str(note), 45)

    def started_by() -> list[int]:
        lines = note.read_text().split("\n") if note.exists() else []
        return [int(line.split()[1]) for line in lines if line.startswith("started")]

    wait_until(started_by, seconds=60, what="a worker starts the task")
    registry = StartedJobRegistry("default", connection=queue_connection("default"))

    def under_way_until() -> float:
        [(_entry, score)] = client.zrange(registry.key, 0, -1, withscores=True)
        return score

    first = under_way_until()
    assert first < time.time() + 100  # 90 s, not the half hour of the task's timeout
    wait_until(lambda: under_way_until() > first + 20, seconds=45,
               what="the worker tells RQ again that the task still runs")
    victim = started_by()[0]
    assert victim in first_workers  # the worker itself runs the task: no fork
    os.kill(victim, signal.SIGKILL)
    wait_until(lambda: len(worker_pids() - {victim}) == 2, seconds=30,
               what="the pool starts a worker in place of the killed one")

    # RQ's maintenance finds the task abandoned once its 90 s are over; move the clock forward.
    registry.cleanup(time.time() + 120)
    wait_until(lambda: client.hget(f"rq:job:{result.id}", "status") == b"finished",
               seconds=150, what="the abandoned task runs again and finishes")
    lines = note.read_text().split()
    assert lines.count("started") == 2
    assert lines.count("finished") == 1
