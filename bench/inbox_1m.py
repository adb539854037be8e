"""Inbox pages at 1,000,000 reports: time, query count and the plan of every list query.

    .venv/bin/python bench/inbox_1m.py [--reports 1000000] [--keep]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/jembatan_bench \
        .venv/bin/python bench/inbox_1m.py

Builds a database of its own (SQLite in a temporary folder unless DATABASE_URL is given; that
database must exist and be empty), loads the demo agencies and people, inserts the reports in
bulk, then renders the coordinator's and an agency's inbox pages with the filters the pages
offer, first and later pages. For each it prints the time of the page's list query, the number
of queries of the whole page render (it must not grow with the data), and whether the query
plan uses an index.
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


def setup() -> None:
    # A folder of its own for the SQLite file and the collected static files.
    os.environ["VAR_DIR"] = tempfile.mkdtemp(prefix="jembatan-inbox-bench-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jembatan.settings")
    os.environ["DEBUG"] = "0"
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-bench-only-secret-key")
    os.environ["ALLOWED_HOSTS"] = "testserver"
    import django

    django.setup()


def insert_reports(total: int, rng: random.Random) -> None:
    from django.db import connection, transaction
    from django.utils import timezone

    from jembatan.core.models import Agency, Region
    from jembatan.reports.codes import hash_access_key, new_tracking_code
    from jembatan.reports.models import Channel, Kind, Privacy, Report, Status

    agencies = list(Agency.objects.values_list("pk", flat=True))
    villages = list(Region.objects.exclude(parent=None).values_list("code", "parent_id"))
    # digabung needs an original to point to; the other seven states cover every list.
    statuses = [s.value for s in Status if s != Status.DIGABUNG]
    weights = [8, 9, 14, 12, 45, 7, 5]
    now = timezone.now()
    key_hash = hash_access_key("BENC-HMAR-KKEY")
    seen: set[str] = set()
    batch = 20_000
    started = time.perf_counter()
    for offset in range(0, total, batch):
        rows = []
        for _ in range(min(batch, total - offset)):
            code = new_tracking_code("WSB")
            while code in seen:
                code = new_tracking_code("WSB")
            seen.add(code)
            status = rng.choices(statuses, weights=weights)[0]
            desa, kecamatan = rng.choice(villages)
            created = now - dt.timedelta(seconds=rng.randint(60, 3 * 365 * 86400))
            # The running clock: due a week after receipt, so a third is overdue; reports on
            # hold (ditunda) have none.
            is_open = status in ("baru", "didisposisikan", "diproses")
            rows.append(Report(
                tracking_code=code, access_key_hash=key_hash,
                kind=rng.choice(Kind.values), title="Jalan berlubang di depan balai desa",
                body="Mohon segera diperbaiki, sudah lama rusak dan membahayakan pengendara.",
                privacy=rng.choices(Privacy.values, weights=[70, 20, 10])[0], status=status,
                channel=rng.choice(Channel.values), kecamatan_id=kecamatan, desa_id=desa,
                lead_agency_id=None if status == "baru" else rng.choice(agencies),
                created_at=created,
                deadline=created + dt.timedelta(days=7) if is_open else None,
            ))
        with transaction.atomic():
            created = Report.objects.bulk_create(rows, batch_size=2_000)
            # 2% of assigned reports also have a supporting agency, so agency inboxes take
            # the lead-or-supporting path of the real data.
            through = Report.supporting_agencies.through
            through.objects.bulk_create([
                through(report_id=report.pk, agency_id=rng.choice(agencies))
                for report in created if report.lead_agency_id and rng.random() < 0.02
            ], batch_size=2_000, ignore_conflicts=True)
        done = offset + len(rows)
        if done % 200_000 == 0 or done == total:
            print(f"  inserted {done:,} reports ({time.perf_counter() - started:.0f} s)",
                  flush=True)
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    else:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE reports_report")


def plan_uses_index(queryset) -> tuple[bool, str]:
    from django.db import connection

    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
            plan = " | ".join(str(row[-1]) for row in cursor.fetchall())
            full_scan = "SCAN reports_report" in plan and "USING" not in plan.split(
                "SCAN reports_report")[1][:60]
            return not full_scan, plan
        cursor.execute("EXPLAIN " + sql, params)
        plan = " | ".join(row[0] for row in cursor.fetchall())
        return "Seq Scan on reports_report" not in plan, plan


def measure(label: str, user, params: dict, repeat: int = 5) -> dict:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from jembatan.core.pagination import keyset_page, keyset_page_due_first
    from jembatan.reports.forms import InboxFilterForm
    from jembatan.reports.selectors import inbox_orders_by_deadline, reports_inbox
    from jembatan.reports.views import PAGE_SIZE, _inbox_filters

    form = InboxFilterForm(params or None)
    filters = _inbox_filters(form)
    # As the view does: no "view" is the open tab, ordered by what must be done first.
    state = params.get("view", "open")
    if not filters.status:
        filters.state = "" if state == "all" else state
    queryset = reports_inbox(user=user, filters=filters)
    by_deadline = inbox_orders_by_deadline(filters)
    paginate = keyset_page_due_first if by_deadline else keyset_page
    timings = []
    page = None
    for _ in range(repeat):
        started = time.perf_counter()
        page = paginate(queryset, cursor=params.get("cursor"), size=PAGE_SIZE)
        timings.append((time.perf_counter() - started) * 1000)
    client = Client()
    client.force_login(user)
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/staf/laporan/", params)
    assert response.status_code == 200, response.status_code
    if by_deadline:
        # The page reads the reports with a deadline, then (past them) those without one.
        dated = queryset.filter(deadline__isnull=False).order_by("deadline", "created_at", "pk")
        undated = queryset.filter(deadline__isnull=True).order_by("deadline", "created_at",
                                                                  "pk")
        plans = [plan_uses_index(part[:PAGE_SIZE + 1]) for part in (dated, undated)]
        uses_index = all(used for used, _plan in plans)
        plan = "  //  ".join(text for _used, text in plans)
    else:
        uses_index, plan = plan_uses_index(queryset.order_by("-created_at", "-pk")[:PAGE_SIZE + 1])
    return {"label": label, "ms": statistics.median(timings), "queries": len(queries),
            "rows": len(page.items), "index": uses_index, "plan": plan,
            "next": page.next_cursor}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--plans", action="store_true", help="Print the full query plans.")
    args = parser.parse_args()

    setup()
    from django.core.management import call_command
    from django.db import connection

    from jembatan.core.models import Agency, User

    print(f"Database: {connection.vendor}")
    call_command("migrate", verbosity=0)
    call_command("collectstatic", "--no-input", verbosity=0)
    call_command("load_demo", "--core-only", stdout=open(os.devnull, "w"))  # noqa: SIM115
    print(f"Inserting {args.reports:,} reports…")
    insert_reports(args.reports, random.Random(args.seed))

    coordinator = User.objects.get(username="koordinator")
    officer = User.objects.get(username="petugas.dpupr")
    dpupr = Agency.objects.get(slug="dpupr")
    cases = [
        ("coordinator: open work", coordinator, {}),
        ("coordinator: open, overdue", coordinator, {"overdue": "on"}),
        ("coordinator: open, agency=dpupr", coordinator, {"agency": "dpupr"}),
        ("coordinator: all", coordinator, {"view": "all"}),
        ("coordinator: finished", coordinator, {"view": "done"}),
        ("coordinator: status=baru", coordinator, {"status": "baru"}),
        ("coordinator: overdue, all", coordinator, {"view": "all", "overdue": "on"}),
        ("coordinator: agency=dpupr, all", coordinator, {"view": "all", "agency": "dpupr"}),
        ("coordinator: kecamatan, all", coordinator, {"view": "all", "kecamatan": "33.07.12"}),
        ("coordinator: kind=informasi, all", coordinator, {"view": "all", "kind": "informasi"}),
        ("coordinator: channel=telepon, all", coordinator,
         {"view": "all", "channel": "telepon"}),
        ("agency officer: open work", officer, {}),
        ("agency officer: all", officer, {"view": "all"}),
        ("agency officer: status=diproses", officer, {"status": "diproses"}),
    ]
    print(f"{'page':<40} {'list ms':>8} {'queries':>8} {'rows':>5}  index")
    results = []
    for label, user, params in cases:
        first = measure(label, user, params)
        results.append(first)
        print(f"{label:<40} {first['ms']:>8.1f} {first['queries']:>8} {first['rows']:>5}  "
              f"{'yes' if first['index'] else 'NO'}")
        if first["next"]:
            later = measure(label + " (page 2)", user, {**params, "cursor": first["next"]})
            results.append(later)
            print(f"{label + ' (page 2)':<40} {later['ms']:>8.1f} {later['queries']:>8} "
                  f"{later['rows']:>5}  {'yes' if later['index'] else 'NO'}")
    # Deep in the open tab: past every report with a deadline, among those without one.
    from jembatan.core.pagination import encode_due_cursor

    deep = encode_due_cursor(None, dt.datetime.now(dt.UTC) - dt.timedelta(days=700), 1)
    for label, user in (("coordinator: open work, undated part", coordinator),
                        ("agency officer: open work, undated part", officer)):
        result = measure(label, user, {"cursor": deep})
        results.append(result)
        print(f"{label:<40} {result['ms']:>8.1f} {result['queries']:>8} {result['rows']:>5}  "
              f"{'yes' if result['index'] else 'NO'}")
    if args.plans:
        for result in results:
            print(f"\n{result['label']}:\n  {result['plan']}")
    assert dpupr.pk
    slow = [r for r in results if not r["index"]]
    print("\nEvery list query uses an index." if not slow else
          f"\n{len(slow)} list queries scan the table: {[r['label'] for r in slow]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
