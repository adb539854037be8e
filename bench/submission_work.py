"""What a submission costs: the request and the background work it causes, in process.

N submissions through `POST /api/v1/reports` on the database in DATABASE_URL (they are stored
there), then every task they queued, run here one after the other as a worker would: CPU time of
this process and SQL time, per submission.

    N=20 DATABASE_URL=postgres://… .venv/bin/python bench/submission_work.py

`TREE=/another/checkout` measures that tree instead (before and after, on the same database).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, os.environ.get("TREE", str(Path(__file__).resolve().parents[1])))
os.environ.setdefault("VAR_DIR", tempfile.mkdtemp(prefix="submission-work-"))
os.environ.update(DJANGO_SETTINGS_MODULE="jembatan.settings", DEBUG="0",
                  TASKS_BACKEND="database", ALLOWED_HOSTS="testserver",
                  CLIENT_IP_HEADER="X-Real-IP")
os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-bench-only-secret-key")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django_tasks.base import TaskContext  # noqa: E402
from django_tasks.signals import task_enqueued  # noqa: E402
from django_tasks_db.models import DBTaskResult  # noqa: E402

from jembatan.core.models import Region  # noqa: E402
from jembatan.reports import routing  # noqa: E402

N = int(os.environ.get("N", "20"))
BODY = "Jalan di depan pasar berlubang besar sejak seminggu, bahaya untuk motor malam hari."
captured = []
task_enqueued.connect(lambda sender, task_result, **kw: captured.append(task_result),
                      weak=False)
desa = Region.objects.filter(parent__isnull=False).first()
client = Client()


def sql_ms(queries) -> float:
    return sum(float(q["time"]) for q in queries) * 1000


def submit(i: int):
    payload = {"kind": "pengaduan", "title": "Jalan berlubang di depan pasar", "body": BODY,
               "privacy": "publik", "kecamatan": desa.parent_id, "desa": desa.code,
               "reporter": {"name": "Warga Uji", "email": f"w.{uuid.uuid4().hex[:8]}@contoh.id"}}
    return client.post("/api/v1/reports", data=json.dumps(payload),
                       content_type="application/json",
                       headers={"Idempotency-Key": str(uuid.uuid4()),
                                "X-Real-IP": f"100.64.{i // 200}.{i % 200 + 1}"})


def run_tasks(results) -> dict:
    """{task name: [runs, CPU ms, SQL ms, queries]}; each run's database row is removed."""
    per = defaultdict(lambda: [0, 0.0, 0.0, 0])
    for result in results:
        task = result.task
        with CaptureQueriesContext(connection) as cap:
            started = time.process_time()
            if task.takes_context:
                task.func(TaskContext(task_result=result), *result.args, **result.kwargs)
            else:
                task.call(*result.args, **result.kwargs)
            cpu = (time.process_time() - started) * 1000
        row = per[task.module_path.rpartition(".")[2]]
        row[0] += 1
        row[1] += cpu
        row[2] += sql_ms(cap.captured_queries)
        row[3] += len(cap.captured_queries)
        DBTaskResult.objects.filter(pk=result.id).delete()
    return per


def main() -> None:
    submit(10_000)  # warm: first imports, caches
    run_tasks(list(captured))
    captured.clear()
    cpu = sql = queries = 0.0
    for i in range(N):
        with CaptureQueriesContext(connection) as cap:
            started = time.process_time()
            response = submit(i)
            cpu += (time.process_time() - started) * 1000
        assert response.status_code == 201, response.content
        sql += sql_ms(cap.captured_queries)
        queries += len(cap.captured_queries)
    print(f"{N} submissions: per submission CPU {cpu / N:.1f} ms, SQL {sql / N:.1f} ms, "
          f"{queries / N:.0f} queries")
    with CaptureQueriesContext(connection) as cap:
        started = time.process_time()
        routing.current_urgency_memory()
        cpu = (time.process_time() - started) * 1000
    print(f"an RQ worker's warm-up before each task: CPU {cpu:.1f} ms, "
          f"SQL {sql_ms(cap.captured_queries):.1f} ms")
    per = run_tasks(list(captured))
    for name, (runs, cpu, sql, queries) in sorted(per.items()):
        print(f"  {name}: {runs} runs for {N} submissions; per submission CPU {cpu / N:.1f} ms, "
              f"SQL {sql / N:.1f} ms ({queries / runs:.0f} queries a run)")
    runs = sum(row[0] for row in per.values())
    print(f"background work per submission: {runs / N:.2f} runs, "
          f"CPU {sum(row[1] for row in per.values()) / N:.1f} ms, "
          f"SQL {sum(row[2] for row in per.values()) / N:.1f} ms")


if __name__ == "__main__":
    main()
