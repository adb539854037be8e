"""Page times on a database filled by `manage.py generate_load` (PostgreSQL or SQLite).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/jembatan_load \
        .venv/bin/python bench/generated_pages.py [--repeat 5]

Uses the database as it is (it generates nothing): renders, with the test client and DEBUG off,
the staff inbox of the coordinator and of an agency officer (first page and the overdue list), a
report's staff page, the conversation inbox, the staff start page, the performance dashboard and
the public scorecard, and the API inbox. Prints the first (cold) time, the median of the next
runs and the number of queries of each page.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup() -> None:
    os.environ.setdefault("VAR_DIR", tempfile.mkdtemp(prefix="jembatan-pages-bench-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jembatan.settings")
    os.environ["DEBUG"] = "0"
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-bench-only-secret-key")
    os.environ["ALLOWED_HOSTS"] = "testserver"
    import django

    django.setup()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from jembatan.api.auth import token_issue
    from jembatan.core.models import User
    from jembatan.reports.models import Report

    call_command("collectstatic", "--no-input", verbosity=0)
    coordinator = User.objects.get(username="koordinator")
    officer = User.objects.get(username="petugas.dpupr")
    report = Report.objects.filter(lead_agency__slug="dpupr").order_by("-created_at").first()
    print(f"Database: {connection.vendor}, {Report.objects.count():,} reports")
    cases = [
        ("staff inbox, coordinator", coordinator, "/staf/laporan/", {}),
        ("staff inbox, coordinator, overdue", coordinator, "/staf/laporan/", {"overdue": "on"}),
        ("staff inbox, DPUPR officer", officer, "/staf/laporan/", {}),
        ("a report's staff page (coordinator)", coordinator,
         f"/staf/laporan/{report.tracking_code}/", {}),
        ("a report's staff page (DPUPR officer)", officer,
         f"/staf/laporan/{report.tracking_code}/", {}),
        ("conversation inbox, coordinator", coordinator, "/staf/percakapan/", {}),
        ("conversation inbox, DPUPR officer", officer, "/staf/percakapan/", {}),
        ("staff start page, coordinator", coordinator, "/staf/", {}),
        ("performance dashboard, coordinator", coordinator, "/staf/kinerja/", {}),
        ("performance dashboard, DPUPR", officer, "/staf/kinerja/instansi/dpupr/", {}),
        ("public scorecard", None, "/kinerja/", {}),
        ("public report list", None, "/laporan/", {}),
    ]
    print(f"{'page':<42} {'cold ms':>8} {'median ms':>10} {'queries':>8}")
    for label, user, url, params in cases:
        client = Client()
        if user is not None:
            client.force_login(user)
        times = []
        queries = 0
        for n in range(args.repeat + 1):
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get(url, params)
                times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (url, response.status_code)
            if n == 0:
                queries = len(captured)
        print(f"{label:<42} {times[0]:>8.0f} {statistics.median(times[1:]):>10.0f} "
              f"{queries:>8}", flush=True)
    client = Client()
    token = token_issue(coordinator)
    times = []
    for _ in range(args.repeat + 1):
        started = time.perf_counter()
        response = client.get("/api/v1/inbox", headers={"Authorization": f"Bearer {token}"})
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    print(f"{'GET /api/v1/inbox, coordinator':<42} {times[0]:>8.0f} "
          f"{statistics.median(times[1:]):>10.0f} {'-':>8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
