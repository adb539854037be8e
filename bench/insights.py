"""Performance figures at 1,000,000 reports and 1,000,000 conversation messages.

    .venv/bin/python bench/insights.py [--reports 1000000] [--messages 1000000]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/jembatan_bench \
        .venv/bin/python bench/insights.py

Builds a database of its own (SQLite in a temporary folder unless DATABASE_URL is given; that
database must exist and be empty), loads the demo agencies and people, inserts three years of
reports (with ratings and reopenings), conversations and their messages, posts and consultations
with plain multi-row inserts, counts the rollup tables (`insights_rebuild`), then times what the
dashboards and the public scorecard call: each selector cold (first call in the process) and
warm (median of 5), with its query count, and the API request itself. It also times the recount
a report action triggers (one agency and day) and the hourly recount.

Reports older than two months are nearly all answered or closed (3% still open), as in a
working installation; the open ones are what the overdue and backlog counts read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
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


class RawInserter:
    """INSERTs of one model's rows with every column given: Django's field defaults are not
    database defaults, so the columns a row leaves out take the model's defaults here."""

    def __init__(self, model, varying: list[str]) -> None:
        from django.db import connection

        self.connection = connection
        fields = [f for f in model._meta.concrete_fields if not f.primary_key]
        self.columns = [f.column for f in fields]
        self.varying = varying
        template = model()
        self.fixed = {}
        for field in fields:
            if field.attname not in varying:
                value = field.pre_save(template, add=True) if getattr(
                    field, "auto_now", False) or getattr(field, "auto_now_add", False) \
                    else getattr(template, field.attname)
                self.fixed[field.attname] = field.get_db_prep_save(value, connection)
        self.order = [f.attname for f in fields]
        self.fields = {f.attname: f for f in fields}
        quoted = ", ".join(connection.ops.quote_name(c) for c in self.columns)
        self.head = f"INSERT INTO {model._meta.db_table} ({quoted}) VALUES "
        self.one = "(" + ", ".join(["%s"] * len(self.columns)) + ")"

    def insert(self, rows: list[dict], chunk: int = 500) -> None:
        # Several rows per statement: SQLite allows 32766 parameters per statement.
        chunk = max(1, min(chunk, 30000 // len(self.columns)))
        prepared = []
        for row in rows:
            values = []
            for name in self.order:
                if name in row:
                    value = row[name]
                    if isinstance(value, (dict, list)):
                        value = json.dumps(value)
                    values.append(value)
                else:
                    values.append(self.fixed[name])
            prepared.append(values)
        with self.connection.cursor() as cursor:
            for start in range(0, len(prepared), chunk):
                part = prepared[start:start + chunk]
                sql = self.head + ", ".join([self.one] * len(part))
                cursor.execute(sql, [v for row in part for v in row])


def _fast_sqlite() -> None:
    from django.db import connection

    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA synchronous = OFF")
            cursor.execute("PRAGMA journal_mode = MEMORY")


def insert_reports(total: int, rng: random.Random, now: dt.datetime) -> None:
    from django.db import transaction

    from jembatan.core.models import Agency, Region
    from jembatan.reports.codes import hash_access_key
    from jembatan.reports.models import Channel, Event, Kind, Privacy, Rating, Report, Status

    agencies = list(Agency.objects.values_list("pk", flat=True))
    # A few agencies get most reports, as in life.
    weights = [rng.paretovariate(1.2) for _ in agencies]
    villages = list(Region.objects.exclude(parent=None).values_list("code", "parent_id"))
    key_hash = hash_access_key("BENC-HMAR-KKEY")
    reports = RawInserter(Report, ["tracking_code", "access_key_hash", "kind", "title", "body",
                                   "privacy", "status", "channel", "kecamatan_id", "desa_id",
                                   "lead_agency_id", "created_at", "updated_at", "disposed_at",
                                   "first_response_at", "responded_at", "closed_at",
                                   "deadline", "deadline_stage", "is_extended"])
    ratings = RawInserter(Rating, ["report_id", "score", "created_at"])
    events = RawInserter(Event, ["report_id", "action", "to_status", "created_at",
                                 "is_public"])
    kinds, channels = Kind.values, Channel.values
    batch = 20_000
    started = time.perf_counter()
    next_id = 1
    for offset in range(0, total, batch):
        rows, rating_rows, event_rows = [], [], []
        for n in range(min(batch, total - offset)):
            report_id = next_id + n
            created = now - dt.timedelta(seconds=rng.randint(60, 3 * 365 * 86400))
            age_days = (now - created).days
            kind = rng.choice(kinds)
            desa, kecamatan = rng.choice(villages)
            row = {"tracking_code": f"WSB-{report_id:09d}", "access_key_hash": key_hash,
                   "kind": kind, "title": "Jalan berlubang di depan balai desa",
                   "body": "Mohon segera diperbaiki, sudah lama rusak dan membahayakan.",
                   "privacy": rng.choices(Privacy.values, weights=[70, 20, 10])[0],
                   "channel": rng.choice(channels), "kecamatan_id": kecamatan, "desa_id": desa,
                   "created_at": created, "updated_at": created, "is_extended": False,
                   "lead_agency_id": None, "disposed_at": None, "first_response_at": None,
                   "responded_at": None, "closed_at": None, "deadline": None,
                   "deadline_stage": ""}
            if rng.random() < 0.05:
                row["status"] = Status.DITOLAK
                row["closed_at"] = created + dt.timedelta(hours=rng.randint(1, 72))
            elif age_days < 3 and rng.random() < 0.5:
                row["status"] = Status.BARU
                row["deadline"] = created + dt.timedelta(days=4)
                row["deadline_stage"] = "verification"
            else:
                disposed = created + dt.timedelta(minutes=rng.randint(10, 6 * 1440))
                if disposed > now:
                    disposed = now
                row["lead_agency_id"] = rng.choices(agencies, weights=weights)[0]
                row["disposed_at"] = disposed
                open_share = 0.6 if age_days < 14 else 0.2 if age_days < 60 else 0.03
                if rng.random() < open_share:
                    row["status"] = rng.choice([Status.DIDISPOSISIKAN, Status.DIPROSES,
                                                Status.DITUNDA])
                    if row["status"] == Status.DIPROSES:
                        row["first_response_at"] = disposed + dt.timedelta(
                            minutes=rng.randint(5, 3 * 1440))
                    if row["status"] != Status.DITUNDA:
                        row["deadline"] = disposed + dt.timedelta(days=7)
                        row["deadline_stage"] = "follow_up"
                else:
                    first = disposed + dt.timedelta(minutes=rng.randint(5, 4 * 1440))
                    answered = first + dt.timedelta(minutes=rng.randint(0, 8 * 1440))
                    if answered > now:
                        answered = first = now
                    row["first_response_at"], row["responded_at"] = first, answered
                    closed = answered + dt.timedelta(days=14)
                    row["status"] = Status.SELESAI if closed < now else Status.DITINDAKLANJUTI
                    row["closed_at"] = closed if closed < now else None
                    if rng.random() < 0.35:
                        rating_rows.append({"report_id": report_id,
                                            "score": rng.choices([1, 2, 3, 4, 5],
                                                                 [5, 8, 20, 37, 30])[0],
                                            "created_at": answered})
                    if rng.random() < 0.03:
                        event_rows.append({"report_id": report_id, "action": "reopen",
                                           "to_status": "diproses", "is_public": True,
                                           "created_at": answered + dt.timedelta(days=1)})
            rows.append(row)
        with transaction.atomic():
            reports.insert(rows)
            ratings.insert(rating_rows)
            events.insert(event_rows)
        next_id += len(rows)
        done = offset + len(rows)
        if done % 200_000 == 0 or done == total:
            print(f"  inserted {done:,} reports ({time.perf_counter() - started:.0f} s)",
                  flush=True)


def insert_conversations(messages: int, rng: random.Random, now: dt.datetime) -> None:
    from django.db import transaction

    from jembatan.connectors.models import Contact, Conversation, ConversationMessage
    from jembatan.core.models import Agency

    agencies = list(Agency.objects.values_list("pk", flat=True))
    platforms = ["whatsapp", "facebook", "instagram", "email", "web"]
    contacts = RawInserter(Contact, ["platform", "external_id", "name", "created_at"])
    conversations = RawInserter(Conversation, [
        "agency_id", "channel", "contact_id", "thread_key", "status", "needs_reply",
        "created_at", "last_message_at", "last_inbound_at", "last_outbound_at",
        "waiting_since", "first_response_at", "first_response_seconds"])
    lines = RawInserter(ConversationMessage, ["conversation_id", "direction", "kind", "body",
                                              "external_id", "created_at"])
    contact_count = max(1, messages // 10)
    started = time.perf_counter()
    with transaction.atomic():
        contacts.insert([{"platform": platforms[n % 5], "external_id": f"c{n}",
                          "name": "Warga", "created_at": now} for n in range(contact_count)])
    conversation_id, inserted = 0, 0
    while inserted < messages:
        rows, message_rows = [], []
        for _ in range(5_000):
            conversation_id += 1
            contact = rng.randint(1, contact_count)
            channel = platforms[(contact - 1) % 5]
            created = now - dt.timedelta(seconds=rng.randint(60, 3 * 365 * 86400))
            answered = rng.random() < 0.7
            seconds = int(rng.expovariate(1 / 7200)) if answered else None
            first = created + dt.timedelta(seconds=seconds) if answered else None
            waiting = None if answered or rng.random() < 0.5 else created
            rows.append({"agency_id": rng.choice(agencies), "channel": channel,
                         "contact_id": contact, "thread_key": f"t{conversation_id}",
                         "status": "answered" if answered else "open",
                         "needs_reply": waiting is not None or answered,
                         "created_at": created, "last_message_at": first or created,
                         "last_inbound_at": created, "last_outbound_at": first,
                         "waiting_since": waiting, "first_response_at": first,
                         "first_response_seconds": seconds})
            count = rng.randint(1, 6)
            for m in range(count):
                message_rows.append({
                    "conversation_id": conversation_id,
                    "direction": "in" if m % 2 == 0 else "out", "kind": "text",
                    "body": "Selamat siang, kapan jalan di Kalikajar diperbaiki?",
                    "external_id": f"m{conversation_id}-{m}",
                    "created_at": created + dt.timedelta(minutes=m * 30)})
        with transaction.atomic():
            conversations.insert(rows)
            lines.insert(message_rows)
        inserted += len(message_rows)
    print(f"  inserted {conversation_id:,} conversations and {inserted:,} messages "
          f"({time.perf_counter() - started:.0f} s)", flush=True)


def insert_posts_and_consultations(rng: random.Random, now: dt.datetime) -> None:
    from django.db import transaction

    from jembatan.content.models import Post
    from jembatan.core.models import Agency
    from jembatan.participation.models import Consultation

    agencies = list(Agency.objects.values_list("pk", flat=True))
    posts = RawInserter(Post, ["title", "body", "lead_agency_id", "status", "published_at",
                               "info_label", "created_at", "listed_at", "updated_at"])
    rows = []
    for n in range(20_000):
        published = now - dt.timedelta(seconds=rng.randint(60, 3 * 365 * 86400))
        rows.append({"title": f"Kegiatan {n}", "body": "Isi", "lead_agency_id":
                     rng.choice(agencies), "status": "published", "published_at": published,
                     "info_label": rng.choice(["informatif", "seremonial"]),
                     "created_at": published, "listed_at": published, "updated_at": published})
    consultations = RawInserter(Consultation, ["title", "summary", "lead_agency_id", "status",
                                               "opens_at", "closes_at", "answered_at",
                                               "created_at", "updated_at"])
    consultation_rows = []
    for n in range(300):
        closes = now - dt.timedelta(days=rng.randint(1, 3 * 365))
        answered = closes + dt.timedelta(days=rng.randint(1, 40)) if n % 3 else None
        consultation_rows.append({
            "title": f"Konsultasi {n}", "summary": "Ringkasan",
            "lead_agency_id": rng.choice(agencies),
            "status": "answered" if answered else "closed",
            "opens_at": closes - dt.timedelta(days=14), "closes_at": closes,
            "answered_at": answered, "created_at": closes, "updated_at": closes})
    with transaction.atomic():
        posts.insert(rows)
        consultations.insert(consultation_rows)


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
    _fast_sqlite()
    rng = random.Random(args.seed)
    now = timezone.now()
    if not Report.objects.exists():
        call_command("load_demo", "--core-only", stdout=open(os.devnull, "w"))  # noqa: SIM115
        print(f"Inserting {args.reports:,} reports…", flush=True)
        insert_reports(args.reports, rng, now)
        print(f"Inserting {args.messages:,} conversation messages…", flush=True)
        insert_conversations(args.messages, rng, now)
        insert_posts_and_consultations(rng, now)
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
