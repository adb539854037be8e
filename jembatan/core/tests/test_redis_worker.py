"""The Redis (RQ) backend end to end: a report sent through the API is triaged, and its reporter
emailed, by RQ workers started exactly as README.md says: the pool `make production` runs
(`manage.py rqworker-pool default --worker-class jembatan.core.redis_tasks.SimpleWorker`) and the
single forking worker (`manage.py rqworker default`).

Needs the Redis server at 127.0.0.1:6379, in a database of the test's own (`redis_database`,
jembatan/testing/redis_database.py).
"""

from __future__ import annotations

from email import message_from_string
from pathlib import Path

import pytest
import redis

from jembatan.api.tests.conftest import report_payload
from jembatan.core.models import Region
from jembatan.core.tests.factories import AgencyFactory, JurisdictionFactory
from jembatan.reports.models import Report
from jembatan.testing.fixtures import ApiClient


@pytest.fixture
def rq_backend(settings, redis_database):
    """This process (the web side) enqueues into Redis as a server with TASKS_BACKEND=redis."""
    settings.RQ_QUEUES = {"default": {"URL": redis_database.url}}
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend",
                                  "QUEUES": ["default"]}}
    return redis_database.url


POOL = ("rqworker-pool", "default", "--num-workers", "2",
        "--worker-class", "jembatan.core.redis_tasks.SimpleWorker")
FORKING = ("rqworker", "default")


@pytest.mark.parametrize("command", [POOL, FORKING], ids=["worker pool", "forking worker"])
def test_a_report_sent_through_the_api_is_triaged_by_the_documented_rq_worker(
        rq_backend, processes, worker_env, command):
    JurisdictionFactory()
    AgencyFactory(slug="dpupr", name="Dinas Pekerjaan Umum dan Penataan Ruang",
                  duties="Jalan kabupaten rusak, berlubang, jembatan, drainase.")
    AgencyFactory(slug="tirta-aji", name="Perumda Air Minum Tirta Aji",
                  duties="Air PDAM mati atau keruh, pipa bocor, tagihan air.")
    kecamatan = Region.objects.create(code="33.07.12", name="Garung",
                                      level=Region.Level.KECAMATAN)
    Region.objects.create(code="33.07.12.2004", name="Kayugiyang", level=Region.Level.DESA,
                          parent=kecamatan)

    response = ApiClient().post("/api/v1/reports", report_payload(
        title="Jalan kabupaten berlubang", body="Jalan rusak berlubang besar di Kayugiyang."))
    assert response.status_code == 201
    report = Report.objects.get(tracking_code=response.json()["tracking_code"])
    assert report.suggested_agency is None
    queued = redis.Redis.from_url(rq_backend).llen("rq:queue:default")
    assert queued == 3  # triage, the reporter's acknowledgement and the figures' recount

    # Exactly the command README.md documents; --burst only so that it stops when done.
    output = processes.run(*command, "--burst",
                           env={"TASKS_BACKEND": "redis", "REDIS_URL": rq_backend})

    assert "not callable" not in output
    # One line per task, ours, without the task's arguments (RQ's own line names them).
    assert f"triage_report({report.pk})" not in output
    assert output.count("jembatan.task task") == 3, output
    failed = redis.Redis.from_url(rq_backend).zcard("rq:failed:default")
    assert failed == 0, output
    report.refresh_from_db()
    assert report.suggested_agency.slug == "dpupr"
    assert report.suggestions[0]["agency"] == "dpupr"
    messages = [message_from_string(path.read_text())
                for path in (Path(worker_env["VAR_DIR"]) / "mail").iterdir()]
    assert [message["To"] for message in messages] == ["wagiyem.sulastri@contoh.id"]
    assert report.tracking_code in messages[0].get_payload(decode=True).decode()
