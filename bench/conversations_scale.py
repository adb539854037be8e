"""Conversation pages at 300,000 conversations and 1,000,000 messages: time, queries, plans.

    .venv/bin/python bench/conversations_scale.py [--conversations 300000] [--messages 1000000]
        [--reports 200000] [--plans]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/jembatan_bench \
        .venv/bin/python bench/conversations_scale.py

Builds a database of its own (SQLite in a temporary folder unless DATABASE_URL is given; that
database must exist and be empty), loads the demo agencies and people, adds agencies up to 100,
then inserts in bulk contacts, conversations over the five channels (open, answered, closed;
waiting for a reply or not), their messages and, with inbox_1m's insertion, reports for the
coordinators' unanswered queue. It then renders, as a logged-in user, the staff conversation
list (a coordinator's and one agency's, first page and a deep page by keyset cursor, each
filter), the unanswered queue, a month of response metrics over every agency and
GET /api/v1/conversations. For each it prints the median time of the page, the median time of
its list query, the number of queries of the page, and every query plan that reads a big table
(conversations, messages, reports) other than through an index.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import random
import re
import statistics
import sys
import time

# The same settings, folder and report insertion as the inbox benchmark (which also puts the
# project on sys.path).
from inbox_1m import insert_reports, setup

BIG_TABLES = ("connectors_conversation", "connectors_conversationmessage", "reports_report")
CHANNELS = ["whatsapp", "facebook", "instagram", "email", "web"]
CHANNEL_WEIGHTS = [45, 20, 20, 10, 5]
# Citizens' messages; "banjir" is in about one message in twelve, "sertifikat" in one in 400.
INBOUND = [
    "Selamat pagi, jalan di depan balai desa berlubang dan membahayakan pengendara.",
    "Mohon info jadwal pelayanan KTP elektronik di kecamatan minggu ini.",
    "Lampu penerangan jalan di dekat pasar mati sudah seminggu.",
    "Air PDAM tidak mengalir sejak kemarin sore, mohon dicek.",
    "Saluran air tersumbat, kalau hujan deras jadi banjir sampai ke rumah warga.",
    "Apakah puskesmas buka hari Sabtu untuk imunisasi anak?",
    "Terima kasih atas bantuannya, sudah diperbaiki.",
    "Bagaimana cara mendaftar bantuan sosial untuk lansia?",
    "Sampah di TPS belum diangkut tiga hari, baunya mengganggu.",
    "Jembatan kecil di dusun kami retak, mohon segera ditinjau.",
    "Mohon informasi syarat izin usaha mikro.",
    "Banjir lagi di RT 03, air masuk ke rumah setinggi lutut.",
]
RARE = "Bagaimana mengurus sertifikat tanah yang hilang?"
OUTBOUND = [
    "Terima kasih, laporan Bapak/Ibu sudah kami teruskan ke petugas lapangan.",
    "Pelayanan buka Senin sampai Jumat pukul 08.00–15.00.",
    "Mohon kirimkan lokasi lengkap agar petugas dapat meninjau.",
    "Sudah kami jadwalkan perbaikan minggu depan.",
]
NOTE = "Sudah dikoordinasikan dengan bidang terkait."


def add_agencies(total: int) -> None:
    from jembatan.core.models import Agency

    missing = total - Agency.objects.count()
    Agency.objects.bulk_create([
        Agency(name=f"Instansi Uji {n}", short_name=f"Uji {n}", slug=f"instansi-uji-{n}",
               kind=Agency.Kind.LAINNYA)
        for n in range(1, missing + 1)
    ])


def insert_conversations(conversations: int, messages: int, rng: random.Random) -> None:
    from django.db import connection, transaction
    from django.utils import timezone

    from jembatan.connectors.models import (
        Contact,
        Conversation,
        ConversationMessage,
        Label,
    )
    from jembatan.core.models import Agency, User
    from jembatan.reports.models import Report

    Status = Conversation.Status
    Direction = ConversationMessage.Direction
    agencies = list(Agency.objects.order_by("pk").values_list("pk", flat=True))
    dpupr = Agency.objects.get(slug="dpupr").pk
    # One agency (the one measured) receives 5% of everything, the others share the rest.
    agency_weights = [5 if pk == dpupr else 95 / (len(agencies) - 1) for pk in agencies]
    officers = list(User.objects.filter(memberships__isnull=False).values_list("pk", flat=True))
    report_ids = list(Report.objects.order_by("?").values_list("pk", flat=True)[:5_000])
    labels = Label.objects.bulk_create([Label(name=name) for name in (
        "jalan", "air bersih", "kesehatan", "sampah", "administrasi", "hoaks")])
    now = timezone.now()

    # About two conversations per person and channel.
    per_channel = max(1, conversations // (2 * len(CHANNELS)))
    started = time.perf_counter()
    for channel in CHANNELS:
        Contact.objects.bulk_create([
            Contact(platform=channel, external_id=f"{channel}-{n}", name=f"Warga {channel} {n}",
                    handle=f"warga{n}" if channel in ("facebook", "instagram") else "")
            for n in range(per_channel)
        ], batch_size=5_000)
    contacts = {channel: list(Contact.objects.filter(platform=channel)
                              .values_list("pk", flat=True)) for channel in CHANNELS}
    print(f"  inserted {per_channel * len(CHANNELS):,} contacts "
          f"({time.perf_counter() - started:.0f} s)", flush=True)

    # Messages per conversation: 1 + a geometric number, with the mean asked for.
    extra = max(messages / conversations - 1, 0.01)
    scale = 1 / math.log(1 + 1 / extra)
    batch = 10_000
    done_messages = 0
    message_number = 0
    for offset in range(0, conversations, batch):
        conversation_rows = []
        message_rows: list[list] = []
        for n in range(offset, min(offset + batch, conversations)):
            channel = rng.choices(CHANNELS, weights=CHANNEL_WEIGHTS)[0]
            created = now - dt.timedelta(seconds=rng.randint(60, 2 * 365 * 86400))
            status = rng.choices([Status.OPEN, Status.ANSWERED, Status.CLOSED],
                                 weights=[25, 55, 20])[0]
            count = min(15, 1 + int(rng.expovariate(1 / scale)))
            if status != Status.OPEN:
                count = max(count, 2)
            if status == Status.ANSWERED and count % 2:
                count += 1  # ends with the agency's reply
            moment = created
            rows = []
            for i in range(count):
                if status == Status.OPEN and i == count - 1:
                    direction = Direction.IN  # an open conversation ends with the citizen
                elif i % 2 == 0:
                    direction = Direction.IN
                else:
                    direction = (Direction.NOTE if i > 1 and rng.random() < 0.1
                                 else Direction.OUT)
                if direction == Direction.IN:
                    body = RARE if rng.random() < 0.0025 else rng.choice(INBOUND)
                else:
                    body = NOTE if direction == Direction.NOTE else rng.choice(OUTBOUND)
                rows.append([direction, body, moment])
                moment += dt.timedelta(seconds=rng.randint(60, 3 * 86400))
                if moment >= now:
                    break  # a conversation started yesterday has had fewer messages
            needs_reply = rng.random() > 0.1
            inbound = [r[2] for r in rows if r[0] == Direction.IN]
            outbound = [r[2] for r in rows if r[0] == Direction.OUT]
            answered = bool(outbound)
            waiting = status == Status.OPEN and needs_reply and not (
                outbound and outbound[-1] > inbound[-1])
            conversation = Conversation(
                agency_id=rng.choices(agencies, weights=agency_weights)[0], channel=channel,
                contact_id=rng.choice(contacts[channel]), thread_key=f"t{n}",
                subject="Pertanyaan layanan" if channel == "email" else "",
                status=status, needs_reply=needs_reply,
                assigned_to_id=rng.choice(officers) if rng.random() < 0.2 else None,
                report_id=rng.choice(report_ids) if report_ids and rng.random() < 0.01 else None,
                created_at=created, last_message_at=rows[-1][2],
                last_inbound_at=inbound[-1] if inbound else None,
                last_outbound_at=outbound[-1] if outbound else None,
                waiting_since=inbound[-1] if waiting else None,
                first_response_at=outbound[0] if answered and needs_reply else None,
                first_response_seconds=int((outbound[0] - inbound[0]).total_seconds())
                if answered and needs_reply else None,
            )
            conversation_rows.append(conversation)
            message_rows.append(rows)
        with transaction.atomic():
            created_rows = Conversation.objects.bulk_create(conversation_rows, batch_size=2_000)
            message_objects = []
            for conversation, rows in zip(created_rows, message_rows, strict=True):
                for direction, body, moment in rows:
                    message_number += 1
                    outgoing = direction == Direction.OUT
                    message_objects.append(ConversationMessage(
                        conversation_id=conversation.pk, direction=direction, body=body,
                        external_id=f"m{message_number}" if direction != Direction.NOTE else "",
                        created_at=moment,
                        delivery_status=(("failed" if rng.random() < 0.005 else "delivered")
                                         if outgoing else ""),
                        sent_at=moment if outgoing else None,
                    ))
            ConversationMessage.objects.bulk_create(message_objects, batch_size=2_000)
            through = Conversation.labels.through
            through.objects.bulk_create([
                through(conversation_id=c.pk, label_id=rng.choice(labels).pk)
                for c in created_rows if rng.random() < 0.05
            ], batch_size=2_000)
        done_messages += len(message_objects)
        done = offset + len(conversation_rows)
        if done % 50_000 == 0 or done == conversations:
            print(f"  inserted {done:,} conversations, {done_messages:,} messages "
                  f"({time.perf_counter() - started:.0f} s)", flush=True)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


# --- Plans ------------------------------------------------------------------------------------


def _aliases(sql: str) -> dict[str, str]:
    """Alias → table for the big tables (Django writes `"table" U0` in subqueries)."""
    aliases = {table: table for table in BIG_TABLES}
    for table, alias in re.findall(r'"(\w+)" (?:AS )?"?([A-Z]\d+)"?', sql):
        if table in BIG_TABLES:
            aliases[alias] = table
    return aliases


def explain(sql: str, params) -> tuple[list[str], str]:
    """The plan of one query, and what in it reads a big table without an index.

    With the parameters bound as the page bound them: SQLite may choose another plan for the
    same query with the values written into it.
    """
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
            lines = [str(row[-1]) for row in cursor.fetchall()]
            aliases = _aliases(sql)
            flags = []
            for line in lines:
                match = re.match(r"SCAN (\w+)( USING (COVERING )?INDEX (\w+))?", line)
                if match and match.group(1) in aliases:
                    table = aliases[match.group(1)]
                    if match.group(2):
                        flags.append(f"walk {table} by {match.group(4)}")
                    else:
                        flags.append(f"SCAN {table}")
                if "TEMP B-TREE" in line and "DISTINCT" not in line:
                    flags.append("sort")
            return flags, " | ".join(lines)
        cursor.execute("EXPLAIN " + sql, params)
        lines = [row[0] for row in cursor.fetchall()]
        flags = [f"SCAN {m}" for line in lines
                 for m in re.findall(r"Seq Scan on (\w+)", line) if m in BIG_TABLES]
        return flags, " | ".join(line.strip() for line in lines)


# --- Measuring --------------------------------------------------------------------------------


def measure(label: str, client, url: str, params: dict, *, headers: dict | None = None,
            list_query=None, repeat: int = 5) -> dict:
    """Median page time, the page's queries, and the plans of those that read big tables.

    `list_query` (a callable) is the page's main list read alone, timed apart from rendering.
    """
    from django.db import connection

    headers = headers or {}
    page_ms = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(url, params, headers=headers)
        page_ms.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (label, response.status_code)
    queries = []

    def record(execute, sql, sql_params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, sql_params, many, context)
        finally:
            queries.append((sql, sql_params, time.perf_counter() - started))

    with connection.execute_wrapper(record):
        client.get(url, params, headers=headers)
    list_ms = None
    if list_query is not None:
        timings = []
        for _ in range(repeat):
            started = time.perf_counter()
            list_query()
            timings.append((time.perf_counter() - started) * 1000)
        list_ms = statistics.median(timings)
    plans = []
    for sql, sql_params, seconds in queries:
        if not any(f'"{table}"' in sql for table in BIG_TABLES) or not sql.startswith("SELECT"):
            continue
        flags, plan = explain(sql, sql_params)
        plans.append({"ms": seconds * 1000, "sql": sql, "flags": flags, "plan": plan})
    plans.sort(key=lambda p: -p["ms"])
    return {"label": label, "page_ms": statistics.median(page_ms), "list_ms": list_ms,
            "queries": len(queries), "plans": plans}


def deep_cursor(queryset, position: int) -> str | None:
    """The cursor a reader has after `position` rows: found once with an offset, untimed."""
    from jembatan.core.pagination import encode_cursor

    row = (queryset.order_by("-last_message_at", "-pk")
           .values_list("last_message_at", "pk")[position:position + 1].first())
    return encode_cursor(*row) if row else None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--conversations", type=int, default=300_000)
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--reports", type=int, default=200_000)
    parser.add_argument("--agencies", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--plans", action="store_true", help="Print every plan, not only flagged.")
    args = parser.parse_args()

    setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.utils import timezone

    from jembatan.api.auth import token_issue
    from jembatan.connectors import selectors
    from jembatan.connectors.models import Conversation
    from jembatan.core.models import User
    from jembatan.core.pagination import keyset_page

    print(f"Database: {connection.vendor}")
    call_command("migrate", verbosity=0)
    call_command("collectstatic", "--no-input", verbosity=0)
    call_command("load_demo", "--core-only", stdout=open(os.devnull, "w"))  # noqa: SIM115
    add_agencies(args.agencies)
    rng = random.Random(args.seed)
    started = time.perf_counter()
    print(f"Inserting {args.reports:,} reports…")
    insert_reports(args.reports, rng)
    print(f"Inserting {args.conversations:,} conversations and about {args.messages:,} "
          "messages…")
    insert_conversations(args.conversations, args.messages, rng)
    print(f"Insertion took {time.perf_counter() - started:.0f} s: "
          f"{Conversation.objects.count():,} conversations, "
          f"{Conversation.objects.filter(waiting_since__isnull=False).count():,} waiting.")

    coordinator = User.objects.get(username="koordinator")
    officer = User.objects.get(username="petugas.dpupr")
    clients = {}
    for user in (coordinator, officer):
        clients[user.pk] = Client()
        clients[user.pk].force_login(user)

    def inbox_query(user, params):
        from jembatan.connectors.forms import ConversationFilterForm
        from jembatan.connectors.views import PAGE_SIZE, _filters

        form = ConversationFilterForm(params or None, user=user)
        queryset = selectors.conversations_inbox(user=user, filters=_filters(form))
        return queryset, lambda: keyset_page(queryset, cursor=params.get("cursor"),
                                             size=PAGE_SIZE, time_field="last_message_at")

    results = []

    def run(label, user, url, params, **kwargs):
        result = measure(label, clients[user.pk], url, params, **kwargs)
        results.append(result)
        flags = sorted({f for p in result["plans"] for f in p["flags"]})
        list_ms = f"{result['list_ms']:.1f}" if result["list_ms"] is not None else "-"
        print(f"{label:<42} {result['page_ms']:>8.1f} {list_ms:>8} {result['queries']:>7}  "
              f"{', '.join(flags) or 'index'}", flush=True)

    print(f"\n{'page':<42} {'page ms':>8} {'list ms':>8} {'queries':>7}  plans")
    inbox_cases = [
        ("coordinator: all", coordinator, {}),
        ("coordinator: channel=instagram", coordinator, {"channel": "instagram"}),
        ("coordinator: unanswered", coordinator, {"unanswered": "on"}),
        ("coordinator: status=closed", coordinator, {"status": "closed"}),
        ("coordinator: agency=dpupr", coordinator, {"agency": "dpupr"}),
        ("coordinator: agency=instansi-uji-7", coordinator, {"agency": "instansi-uji-7"}),
        ("coordinator: channel=email, unanswered", coordinator,
         {"channel": "email", "unanswered": "on"}),
        ("coordinator: q=banjir", coordinator, {"q": "banjir"}),
        ("coordinator: q=sertifikat", coordinator, {"q": "sertifikat"}),
        ("agency officer: all", officer, {}),
        ("agency officer: unanswered", officer, {"unanswered": "on"}),
        ("agency officer: channel=whatsapp", officer, {"channel": "whatsapp"}),
        ("agency officer: status=open", officer, {"status": "open"}),
        ("agency officer: q=banjir", officer, {"q": "banjir"}),
    ]
    for label, user, params in inbox_cases:
        queryset, list_query = inbox_query(user, params)
        run(label, user, "/staf/percakapan/", params, list_query=list_query)
        if label.endswith(": all") or label.endswith("unanswered"):
            position = min(150_000, queryset.count() * 2 // 3)
            cursor = deep_cursor(queryset, position)
            if cursor:
                deep = {**params, "cursor": cursor}
                _, list_query = inbox_query(user, deep)
                run(f"{label}, row {position:,}", user, "/staf/percakapan/", deep,
                    list_query=list_query)

    run("coordinator: unanswered queue", coordinator, "/staf/percakapan/belum-dijawab/", {},
        list_query=lambda: selectors.unanswered_queue(user=coordinator))
    run("agency officer: unanswered queue", officer, "/staf/percakapan/belum-dijawab/", {},
        list_query=lambda: selectors.unanswered_queue(user=officer))

    last_month_end = timezone.localdate().replace(day=1) - dt.timedelta(days=1)
    month = {"date_from": last_month_end.replace(day=1).isoformat(),
             "date_to": last_month_end.isoformat()}
    run(f"metrics: {month['date_from'][:7]}, all agencies", coordinator,
        "/staf/percakapan/metrik/", month, repeat=3)
    run(f"metrics: {month['date_from'][:7]}, agency officer", officer,
        "/staf/percakapan/metrik/", month, repeat=3)

    for user, who in ((coordinator, "coordinator"), (officer, "agency officer")):
        headers = {"Authorization": f"Bearer {token_issue(user)}"}
        api = clients[user.pk]
        first = api.get("/api/v1/conversations", headers=headers).json()
        run(f"API {who}: limit 50", user, "/api/v1/conversations", {}, headers=headers)
        run(f"API {who}: page 2", user, "/api/v1/conversations",
            {"cursor": first["next_cursor"]}, headers=headers)
        run(f"API {who}: unanswered=true", user, "/api/v1/conversations",
            {"unanswered": "true"}, headers=headers)
        run(f"API {who}: q=banjir", user, "/api/v1/conversations", {"q": "banjir"},
            headers=headers)

    # On SQLite most of a query's work happens while its rows are fetched, after execute()
    # returns: the times below are the execute() part only; the page time has the rest.
    print("\nQuery plans (the slowest query of each page by execute() time, and every query "
          "with a flag):")
    for result in results:
        shown = [p for i, p in enumerate(result["plans"])
                 if args.plans or i == 0 or any(not f.startswith("walk") for f in p["flags"])]
        print(f"\n{result['label']}:")
        for p in shown:
            print(f"  {p['ms']:.1f} ms  {', '.join(p['flags']) or 'index'}\n    {p['plan']}")
    scans = [r["label"] for r in results
             if any(f.startswith("SCAN") for p in r["plans"] for f in p["flags"])]
    print("\nNo page scans a big table." if not scans else
          f"\nPages that scan a big table: {scans}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
