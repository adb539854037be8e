"""CPU time, query count and (optionally) a profile of each staff page, in process.

    VAR_DIR=/tmp/jembatan-demo .venv/bin/python manage.py migrate
    VAR_DIR=/tmp/jembatan-demo .venv/bin/python manage.py load_demo
    VAR_DIR=/tmp/jembatan-demo .venv/bin/python bench/staff_profile.py [--repeat 20]
        [--only inbox] [--profile] [--top 25]

SQLite under VAR_DIR by default, or the database of DATABASE_URL (PostgreSQL). Logs in as the
demo's people (koordinator, admin.dpupr, petugas.dpupr, petugas.pln) with the Django test
client, DEBUG off, and renders each staff page once to warm it, then --repeat times. Prints per
page the median process CPU time (the machine is shared: CPU time of this process is steadier
than wall time), the median wall time, the median time spent waiting on the database
(sql ms) and the number of queries. --profile prints the top
cProfile entries (cumulative time) of each page over the repeated runs; --only keeps the pages
whose label contains the word.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSWORD = "demo-wonosobo"


def setup() -> None:
    os.environ.setdefault("LOG_LEVEL", "WARNING")  # not a log line per request
    os.environ.setdefault("VAR_DIR", tempfile.mkdtemp(prefix="jembatan-staff-bench-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jembatan.settings")
    os.environ["DEBUG"] = "0"
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-bench-only-secret-key")
    os.environ["ALLOWED_HOSTS"] = "testserver"
    import django

    django.setup()


class SqlTimer:
    """Wall time spent waiting on the database (a connection.execute_wrapper)."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - started


def cases() -> list[tuple[str, str, str, dict]]:
    """(label, username, url, query) of every page measured."""
    from jembatan.connectors.models import Conversation
    from jembatan.core.models import Agency, Membership
    from jembatan.reports.models import Report

    dpupr_report = (
        Report.objects.filter(lead_agency__slug="dpupr").order_by("-created_at").first()
        or Report.objects.order_by("-created_at").first()
    )
    # An agency that supports another agency's report: its inbox reads two index ranges.
    supporting = (Agency.objects.filter(supporting_reports__isnull=False)
                  .order_by("slug").first())
    conversation = Conversation.objects.order_by("-pk").first()
    pages = [
        ("start page, coordinator", "koordinator", "/staf/", {}),
        ("start page, agency admin", "admin.dpupr", "/staf/", {}),
        ("start page, officer", "petugas.dpupr", "/staf/", {}),
        ("inbox, coordinator", "koordinator", "/staf/laporan/", {}),
        ("inbox, coordinator, overdue", "koordinator", "/staf/laporan/", {"overdue": "on"}),
        ("inbox, coordinator, filtered", "koordinator", "/staf/laporan/",
         {"status": "diproses", "kind": "pengaduan"}),
        ("inbox, DPUPR officer", "petugas.dpupr", "/staf/laporan/", {}),
        ("inbox, PLN officer", "petugas.pln", "/staf/laporan/", {}),
        ("report staff page, coordinator", "koordinator",
         f"/staf/laporan/{dpupr_report.tracking_code}/", {}),
        ("report staff page, DPUPR officer", "petugas.dpupr",
         f"/staf/laporan/{dpupr_report.tracking_code}/", {}),
        ("conversation inbox, coordinator", "koordinator", "/staf/percakapan/", {}),
        ("conversation inbox, DPUPR officer", "petugas.dpupr", "/staf/percakapan/", {}),
        ("dashboard, coordinator", "koordinator", "/staf/kinerja/", {}),
        ("dashboard, DPUPR", "admin.dpupr", "/staf/kinerja/instansi/dpupr/", {}),
        ("agenda, coordinator", "koordinator", "/staf/bakohumas/agenda/", {}),
        ("content list, coordinator", "koordinator", "/staf/bakohumas/konten/", {}),
    ]
    if supporting is not None:
        officer = (Membership.objects.filter(agency=supporting).select_related("user")
                   .order_by("user__username").first())
        if officer is not None:
            pages.insert(8, (f"inbox, officer of a supporting agency ({supporting.slug})",
                             officer.user.username, "/staf/laporan/", {}))
    if conversation is not None:
        pages.insert(-4, ("a conversation, coordinator", "koordinator",
                          f"/staf/percakapan/{conversation.pk}/", {}))
    return pages


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--only", default="")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from jembatan.core.models import User
    from jembatan.reports.models import Report

    call_command("collectstatic", "--no-input", verbosity=0)
    print(f"Database: {connection.vendor}, {Report.objects.count():,} reports; "
          f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"{'page':<58} {'cpu ms':>7} {'wall ms':>8} {'sql ms':>7} {'queries':>8}")
    clients: dict[str, Client] = {}
    for label, username, url, query in cases():
        if args.only and args.only not in label:
            continue
        if username not in clients:
            user = User.objects.get(username=username)
            # django-axes wants a request to check a password; force_login skips the form.
            assert user.check_password(PASSWORD), username
            client = Client()
            client.force_login(user)
            clients[username] = client
        client = clients[username]
        response = client.get(url, query)  # warm: caches, templates, URL resolver
        assert response.status_code == 200, (label, url, response.status_code)
        with CaptureQueriesContext(connection) as captured:
            client.get(url, query)
        queries = len(captured)  # read now: the next request empties the log it slices
        cpu, wall, sql = [], [], []
        profiler = cProfile.Profile() if args.profile else None
        for _ in range(args.repeat):
            timer = SqlTimer()
            started_cpu, started_wall = time.process_time(), time.perf_counter()
            if profiler:
                profiler.enable()
            with connection.execute_wrapper(timer):
                client.get(url, query)
            if profiler:
                profiler.disable()
            cpu.append((time.process_time() - started_cpu) * 1000)
            wall.append((time.perf_counter() - started_wall) * 1000)
            sql.append(timer.seconds * 1000)
        print(f"{label:<58} {statistics.median(cpu):>7.1f} {statistics.median(wall):>8.1f} "
              f"{statistics.median(sql):>7.1f} {queries:>8}", flush=True)
        if profiler:
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(args.top)
            print(out.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
