"""Performance figures at 1,000,000 reports and 1,000,000 conversation messages.

    .venv/bin/python bench/insights.py [--reports 1000000] [--messages 1000000]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/jembatan_bench \
        .venv/bin/python bench/insights.py

Builds a database of its own (SQLite in a temporary folder unless DATABASE_URL is given; that
database must exist and be empty), fills it with `manage.py generate_load` (three years of
reports with their timelines, ratings and reopenings, conversations and their messages,
consultations) and adds posts, counts the rollup tables (`insights_rebuild`), then times what the
dashboards and the public scorecard call: each selector cold (first call in the process) and
warm (median of 5), with its query count, and the API request itself. It also times the recount
a report action triggers (one agency and day) and the hourly recount.

Reports older than two months are nearly all answered or closed (3% still open), as in a
working installation; the open ones are what the overdue and backlog counts read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup(var_dir: str | None = None) -> None:
    os.environ["VAR_DIR"] = var_dir or tempfile.mkdtemp(prefix="jembatan-insights-bench-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jembatan.settings")
    os.environ["DEBUG"] = "0"
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-bench-only-secret-key")
    os.environ["ALLOWED_HOSTS"] = "testserver"
    import django

    django.setup()


def insert_posts(rng: random.Random, now: dt.datetime) -> None:
    """Published posts for the rating and "informative" figures (generate_load has none)."""
    from django.db import transaction

    from jembatan.content.models import Post
    from jembatan.core.loadgen import TableWriter
    from jembatan.core.models import Agency

    agencies = list(Agency.objects.values_list("pk", flat=True))
    posts = TableWriter(Post, ["title", "body", "lead_agency_id", "status", "published_at",
                               "info_label", "created_at", "listed_at", "updated_at"])
    for n in range(20_000):
        published = now - dt.timedelta(seconds=rng.randint(60, 3 * 365 * 86400))
        posts.add({"title": f"Kegiatan {n}", "body": "Isi", "lead_agency_id":
                   rng.choice(agencies), "status": "published", "published_at": published,
                   "info_label": rng.choice(["informatif", "seremonial"]),
                   "created_at": published, "listed_at": published, "updated_at": published})
    with transaction.atomic():
        posts.flush()


def timed(label: str, call, repeat: int = 5) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        call()
        cold = (time.perf_counter() - started) * 1000
    warm = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        warm.append((time.perf_counter() - started) * 1000)
    result = {"label": label, "cold": cold, "warm": statistics.median(warm),
              "queries": len(queries)}
    print(f"{label:<52} {cold:>8.1f} {result['warm']:>8.1f} {len(queries):>8}", flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=1_000_000)
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--var-dir", help="Use (and keep) this folder's SQLite database; the "
                                          "rows are inserted only when it has no reports yet.")
    args = parser.parse_args()

    setup(args.var_dir)
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.utils import timezone

    from jembatan.core.models import Agency
    from jembatan.insights import rollups, selectors
    from jembatan.insights.workdays import local_date
    from jembatan.reports.models import Report

    print(f"Database: {connection.vendor}")
    call_command("migrate", verbosity=0)
    from jembatan.core.loadgen import fast_sqlite

    fast_sqlite()
    rng = random.Random(args.seed)
    now = timezone.now()
    if not Report.objects.exists():
        # Conversations of 3.3 messages on average: as many messages as asked for.
        call_command("generate_load", reports=args.reports,
                     conversations=round(args.messages / 3.3), consultations=300,
                     seed=args.seed, skip_rollups=True)
        insert_posts(rng, now)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    print(f"{Report.objects.count():,} reports")
    started = time.perf_counter()
    days = rollups.rebuild_all()
    print(f"insights_rebuild: {days:,} days in {time.perf_counter() - started:.0f} s")
    started = time.perf_counter()
    rollups.snapshot_backlog_as_of(local_date(now) - dt.timedelta(days=7))
    print(f"a week-old backlog snapshot, reconstructed: "
          f"{time.perf_counter() - started:.1f} s")

    today = local_date(timezone.now())
    month = (today - dt.timedelta(days=29), today)
    quarter = (today - dt.timedelta(days=90), today)
    year = (today - dt.timedelta(days=364), today)
    dpupr = Agency.objects.get(slug="dpupr")
    client = Client()
    print(f"\n{'call':<52} {'cold ms':>8} {'warm ms':>8} {'queries':>8}")
    results = [
        timed("scorecard, 30 days (staff)", lambda: selectors.scorecard(*month)),
        timed("scorecard, 3 months, public", lambda: selectors.scorecard(*quarter,
                                                                          public_only=True)),
        timed("scorecard, 12 months, public", lambda: selectors.scorecard(*year,
                                                                           public_only=True)),
        timed("regency, 12 months", lambda: selectors.regency(*year)),
        timed("regency median of the 30-day scorecard",
              lambda: selectors.regency_median(selectors.scorecard(*month))),
        timed("agency figures (DPUPR), 30 days", lambda: selectors.agency_figures(dpupr,
                                                                                  *month)),
        timed("monthly trend, regency, 12 months",
              lambda: selectors.monthly_trend(agency_id=None)),
        timed("monthly trend, DPUPR, 12 months",
              lambda: selectors.monthly_trend(agency_id=dpupr.pk)),
        timed("breakdown by kecamatan, 30 days", lambda: selectors.breakdown(*month,
                                                                             by="kecamatan")),
        timed("breakdown by category, 12 months", lambda: selectors.breakdown(*year,
                                                                              by="category")),
        timed("breakdown by channel, DPUPR, 12 months",
              lambda: selectors.breakdown(*year, by="channel", agency_id=dpupr.pk)),
        timed("slowest open items (DPUPR)", lambda: selectors.slowest_open_items(dpupr)),
        timed("alerts", lambda: selectors.alerts()),
        timed("GET /api/v1/insights/scorecard (30 days)",
              lambda: client.get("/api/v1/insights/scorecard")),
        timed("GET /api/v1/insights/scorecard (12 months)",
              lambda: client.get("/api/v1/insights/scorecard",
                                 {"from": year[0].isoformat(), "to": year[1].isoformat()})),
        timed("recount one agency's day (after a report action)",
              lambda: rollups.refresh_keys([(dpupr.pk, today)]), repeat=3),
    ]
    started = time.perf_counter()
    count = rollups.rebuild_recent()
    print(f"hourly recount: {count} days in {time.perf_counter() - started:.1f} s")
    slow = [r for r in results[:-1] if r["warm"] >= 300]
    print("\nEvery dashboard and scorecard call is under 300 ms (warm)." if not slow else
          "\nOver 300 ms: " + ", ".join(r["label"] for r in slow))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
