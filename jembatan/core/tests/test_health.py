"""/healthz beyond the database: the queue, the scheduled jobs and Redis, with their thresholds;
/metrics only for this machine or the token; the request log line without personal data."""

from __future__ import annotations

import datetime as dt
import json
import logging

import pytest
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from jembatan.core.models import ScheduledJob
from jembatan.core.scheduler import JOBS


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def _all_jobs_started(at):
    for name in JOBS:
        ScheduledJob.objects.update_or_create(name=name, defaults={"last_enqueued_at": at})


def _health(client):
    response = client.get("/healthz")
    return response.status_code, json.loads(response.content)


def test_healthz_reports_queue_and_every_scheduled_job(client, db, database_tasks):
    _all_jobs_started(timezone.now())

    status, body = _health(client)

    assert status == 200
    assert body["tasks"] == {"status": "ok", "queued": 0, "oldest_queued_minutes": None,
                             "failed": 0}
    assert set(body["scheduled_jobs"]) == set(JOBS)
    assert {job["status"] for job in body["scheduled_jobs"].values()} == {"ok"}
    assert "redis" not in body  # only with the Redis task backend


def test_a_job_never_started_is_said_but_not_unhealthy(client, db, database_tasks):
    status, body = _health(client)

    assert status == 200
    assert body["scheduled_jobs"]["recover_stalled_tasks"] == {
        "last_run": None, "every_minutes": 1.0, "status": "never"}


def test_a_job_overdue_by_two_intervals_and_the_grace_is_unhealthy(client, db, database_tasks,
                                                                  settings):
    settings.HEALTH_SCHEDULE_GRACE_MINUTES = 5
    _all_jobs_started(timezone.now())
    ScheduledJob.objects.filter(name="recover_stalled_tasks").update(
        last_enqueued_at=timezone.now() - dt.timedelta(minutes=8))  # every minute: 2 + 5 < 8

    status, body = _health(client)

    assert status == 503
    assert body["status"] == "error"
    assert body["scheduled_jobs"]["recover_stalled_tasks"]["status"] == "overdue"


def test_a_task_waiting_longer_than_the_limit_is_unhealthy(client, db, database_tasks,
                                                           settings):
    from jembatan.core.tasks import recover_stalled_tasks

    settings.HEALTH_QUEUE_MAX_MINUTES = 15
    _all_jobs_started(timezone.now())
    result = recover_stalled_tasks.enqueue()
    DBTaskResult.objects.filter(id=result.id).update(
        enqueued_at=timezone.now() - dt.timedelta(minutes=20))

    status, body = _health(client)

    assert status == 503
    assert body["tasks"]["status"] == "late"
    assert body["tasks"]["queued"] == 1
    assert body["tasks"]["oldest_queued_minutes"] >= 20


def test_a_task_waiting_a_little_is_healthy(client, db, database_tasks):
    from jembatan.core.tasks import recover_stalled_tasks

    _all_jobs_started(timezone.now())
    recover_stalled_tasks.enqueue()

    status, body = _health(client)

    assert status == 200
    assert body["tasks"]["queued"] == 1


def test_redis_unreachable_is_unhealthy(client, db, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    settings.RQ_QUEUES = {"default": {"URL": "redis://127.0.0.1:1/0"}}

    status, body = _health(client)

    assert status == 503
    assert body["redis"] == "unavailable"
    assert body["database"] == "ok"


# --- /metrics --------------------------------------------------------------------------------


def test_metrics_answer_this_machine(db, database_tasks):
    response = Client(REMOTE_ADDR="127.0.0.1").get("/metrics")

    assert response.status_code == 200
    text = response.content.decode()
    assert "jembatan_tasks_queued 0.0" in text
    assert "jembatan_tasks_oldest_queued_seconds" in text
    assert "jembatan_tasks_failed" in text
    assert "django_http_requests_latency_seconds_by_view_method" in text


@pytest.mark.parametrize("headers", [
    {"REMOTE_ADDR": "203.0.113.9"},
    # Through the proxy on the same machine: the socket says 127.0.0.1, the visitor is outside.
    {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.9"},
    {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_REAL_IP": "203.0.113.9"},
    {"REMOTE_ADDR": "203.0.113.9", "HTTP_AUTHORIZATION": "Bearer wrong"},
])
def test_metrics_are_hidden_from_anyone_else(db, settings, headers):
    settings.METRICS_TOKEN = "s3cret-metrics-token"

    assert Client(**headers).get("/metrics").status_code == 404


def test_metrics_answer_the_token_from_anywhere(db, database_tasks, settings):
    settings.METRICS_TOKEN = "s3cret-metrics-token"
    client = Client(REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR="203.0.113.9",
                    HTTP_AUTHORIZATION="Bearer s3cret-metrics-token")

    assert client.get("/metrics").status_code == 200


def test_no_token_configured_lets_no_outside_request_in(db, settings):
    settings.METRICS_TOKEN = ""
    client = Client(REMOTE_ADDR="203.0.113.9", HTTP_AUTHORIZATION="Bearer ")

    assert client.get("/metrics").status_code == 404


# --- the request log line --------------------------------------------------------------------


def _request_lines(caplog):
    return [record for record in caplog.records if record.name == "jembatan.request"]


def test_each_request_is_one_line_with_an_id_and_no_query_string(client, db, caplog):
    with caplog.at_level(logging.INFO, logger="jembatan.request"):
        response = client.get("/cari/?q=Wagiyem+081227001234")

    [line] = _request_lines(caplog)
    assert line.request_id == response["X-Request-ID"]
    assert line.path == "/cari/"
    assert line.method == "GET"
    assert line.status == response.status_code
    assert "Wagiyem" not in str(line.__dict__)
    assert "081227001234" not in str(line.__dict__)


def test_the_proxy_request_id_is_kept_and_a_bad_one_replaced(client, db, caplog):
    with caplog.at_level(logging.INFO, logger="jembatan.request"):
        kept = client.get("/__ping", HTTP_X_REQUEST_ID="abc123def456")
        replaced = client.get("/__ping", HTTP_X_REQUEST_ID="<script>")

    assert kept["X-Request-ID"] == "abc123def456"
    assert replaced["X-Request-ID"] != "<script>"
    assert len(replaced["X-Request-ID"]) == 32


def test_a_key_in_the_path_is_masked(client, db, caplog):
    with caplog.at_level(logging.INFO, logger="jembatan.request"):
        client.get("/lupa-sandi/MQ/c9x-0f1e2d3c4b5a69788796a5b4c3d2e1f0/")

    [line] = _request_lines(caplog)
    assert "0f1e2d3c4b5a" not in line.path
    assert "***" in line.path


# --- with the Redis task backend (the real Redis at 127.0.0.1:6379) ----------------------------


@pytest.fixture
def rq_tasks(settings, redis_database):
    """Tasks go to Redis, in a database of this test's own; gives its client."""
    settings.RQ_QUEUES = {"default": {"URL": redis_database.url}}
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    return redis_database.client


def test_healthz_with_redis_reports_the_oldest_queued_job_and_its_age(client, db, rq_tasks,
                                                                      settings):
    from jembatan.core.tasks import recover_stalled_tasks

    settings.HEALTH_QUEUE_MAX_MINUTES = 15
    _all_jobs_started(timezone.now())
    result = recover_stalled_tasks.enqueue()
    recover_stalled_tasks.enqueue()

    status, body = _health(client)
    assert (status, body["redis"], body["tasks"]["queued"]) == (200, "ok", 2)
    assert body["tasks"]["oldest_queued_minutes"] < 15

    long_ago = timezone.now() - dt.timedelta(minutes=20)
    rq_tasks.hset(f"rq:job:{result.id}", "enqueued_at",
                  long_ago.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"))
    status, body = _health(client)

    assert status == 503
    assert body["tasks"]["status"] == "late"
    assert body["tasks"]["oldest_queued_minutes"] >= 20
