"""Throughput and latency of the main pages under `make production`, measured with Locust.

    createdb -h 127.0.0.1 -U postgres jembatan_load
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/jembatan_load .venv/bin/python manage.py migrate
    DATABASE_URL=… .venv/bin/python manage.py load_demo        # or generate_load --reports …
    DATABASE_URL=… .venv/bin/python bench/load_run.py [--users 8] [--seconds 20] [--label demo]
        [--only ApiSubmission …] [--workers 2]

Starts `scripts/production.sh` (DEBUG off, gunicorn with WEB_CONCURRENCY=2, 2 RQ workers, the
scheduler) on DATABASE_URL and a Redis server of its own on a free port (never the machine's
shared one), waits until the jobs its first start queues are done (the queue empty and no job
running for 15 s), then runs each scenario of `bench/locustfile.py` headless with the same number of
users, /__ping first (the floor: no database, no template) and last (to see the machine did not
change under the run). Each scenario is reported as requests/s, p50 and p95, and its
throughput as a share of /__ping's in the same run, beside its target. Writes
bench/results/load-<label>-<time>.json and .md. Submissions (`POST /api/v1/reports`, then the
public form's `POST /lapor/`) run last: they add reports and background work. `--workers 0`
starts no task worker: the web tier alone, as when the workers run on other machines.

Rate limits keep their production values; the server takes the client's address from X-Real-IP
(CLIENT_IP_HEADER, as behind the production proxy) and Locust sends a random one per request,
so the load is many citizens, each within the limits, as in real use.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from production_server import (
    BIN,
    ROOT,
    ProductionServer,
    free_port,
    production_env,
    start_redis,
    temporary_var_dir,
    wait_for_quiet_queue,
)

# (locust user class, label, kind of target)
SCENARIOS = [
    ("Ping", "/__ping (floor)", None),
    ("PublicHome", "public home", "read"),
    ("PublicReport", "a public report", "read"),
    ("PublicScorecard", "public scorecard", "dashboard"),
    ("CoordinatorInbox", "staff inbox, coordinator", "inbox"),
    ("AgencyInbox", "staff inbox, DPUPR officer", "inbox"),
    ("SupportingAgencyInbox", "staff inbox, agency that supports others", "inbox"),
    ("ReportStaffPage", "a report's staff page, coordinator", "read"),
    ("ConversationInbox", "conversation inbox, coordinator", "inbox"),
    ("StaffDashboard", "performance dashboard, coordinator", "dashboard"),
    ("ApiInbox", "GET /api/v1/inbox, coordinator", "inbox"),
    ("Ping", "/__ping again", None),
    ("ApiSubmission", "POST /api/v1/reports (submission)", "submission"),
    ("FormSubmission", "POST /lapor/ (the public form, after its GET)", "submission"),
]
TARGETS = {
    "read": "≥ 40 % of /__ping",
    "inbox": "p95 ≤ 50 ms",
    "dashboard": "p95 ≤ 300 ms",
    "submission": "≥ 100/s, 0 errors",
}


def meets(kind: str | None, row: dict, ping_rps: float) -> str:
    if kind is None:
        return ""
    ok = {
        "read": row["rps"] >= 0.4 * ping_rps,
        "inbox": row["p95_ms"] <= 50,
        "dashboard": row["p95_ms"] <= 300,
        "submission": row["rps"] >= 100 and row["failures"] == 0,
    }[kind]
    return "yes" if ok else "no"


def run_locust(user_class: str, *, host: str, users: int, seconds: int, fixtures: Path,
               work: Path) -> dict:
    prefix = work / user_class.lower()
    for old in work.glob(f"{user_class.lower()}_*.csv"):
        old.unlink()
    with open(work / "locust.log", "ab") as log:
        subprocess.run(
            [str(BIN / "locust"), "-f", str(ROOT / "bench" / "locustfile.py"), "--headless",
             "-u", str(users), "-r", str(users), "-t", f"{seconds}s", "--host", host,
             "--csv", str(prefix), "--only-summary", "--loglevel", "WARNING",
             "--stop-timeout", "5", user_class],
            cwd=ROOT, env={**os.environ, "LOAD_FIXTURES": str(fixtures)}, check=False,
            stdout=subprocess.DEVNULL, stderr=log,
        )
    with open(f"{prefix}_stats.csv") as stats:
        rows = {r["Name"]: r for r in csv.DictReader(stats)}
    # The scenario's own request when it makes others too (the form's GET before its POST).
    row = rows.get(user_class) or rows["Aggregated"]
    failures = []
    failures_csv = Path(f"{prefix}_failures.csv")
    if failures_csv.exists():
        with failures_csv.open() as handle:
            failures = [f"{r['Occurrences']}× {r['Error'][:120]}" for r in csv.DictReader(handle)]
    return {
        "requests": int(row["Request Count"]), "failures": int(row["Failure Count"]),
        "rps": float(row["Requests/s"]), "p50_ms": float(row["50%"]),
        "p95_ms": float(row["95%"]), "errors": failures[:5],
    }


def markdown(result: dict) -> str:
    lines = [
        f"Load run `{result['label']}`, {result['started']} UTC, {result['reports']:,} reports "
        f"before the run, {result['users']} Locust users per scenario for "
        f"{result['seconds']} s, gunicorn WEB_CONCURRENCY={result['web_concurrency']}, "
        f"load average {result['load_before']} before, {result['load_after']} after; " + (
            f"{result['workers']} RQ task workers beside the web workers, measured once the "
            f"first start's background work was done ({result['settled_seconds']} s)."
            if int(result["workers"]) else
            "no RQ task worker: the web tier alone, as with the task workers on other "
            "machines (the tasks the run queued waited in Redis).") + (
            " The server runs without autovacuum: the database was vacuumed and analysed "
            "first." if result.get("vacuumed_first") else ""),
        "",
        "| scenario | req/s | p50 ms | p95 ms | share of /__ping | errors | target | met |",
        "|---|---:|---:|---:|---:|---:|---|---|",
    ]
    for row in result["scenarios"]:
        lines.append(
            f"| {row['label']} | {row['rps']:.0f} | {row['p50_ms']:.0f} | {row['p95_ms']:.0f} | "
            f"{row['share_of_ping'] * 100:.0f} % | {row['failures']} | "
            f"{TARGETS.get(row['kind'], '')} | {row['met']} |")
    return "\n".join(lines) + "\n"


def vacuum_when_autovacuum_is_off(database_url: str) -> bool:
    """VACUUM ANALYZE the database when its server runs without autovacuum (as some CI machines'
    PostgreSQL does): the dead rows of earlier runs (recounts, task rows) would otherwise pile
    up from run to run and slow each one more, which a production server never lets happen."""
    import psycopg

    with psycopg.connect(database_url, autocommit=True) as connection:
        if connection.execute("SHOW autovacuum").fetchone()[0] == "on":
            return False
        connection.execute("VACUUM (ANALYZE)")
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=8)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--label", default="demo")
    parser.add_argument("--only", nargs="*", help="user classes to run (default: all)")
    parser.add_argument("--workers", type=int, default=2,
                        help="RQ task workers beside the web workers (default 2); 0 measures "
                             "the web tier alone, as when the task workers run on other "
                             "machines (the tasks the run queues then wait in Redis)")
    parser.add_argument("--web-concurrency", type=int, default=2,
                        help="gunicorn web workers (WEB_CONCURRENCY, default 2)")
    args = parser.parse_args()
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database loaded with the demo "
                         "(manage.py load_demo) or generated (manage.py generate_load).")
    work = Path(tempfile.mkdtemp(prefix="jembatan-locust-"))
    redis_port = free_port()
    redis = start_redis(redis_port, work)
    port = free_port()
    var_dir = temporary_var_dir()
    env = production_env(database_url=database_url, redis_url=f"redis://127.0.0.1:{redis_port}/0",
                         port=port, var_dir=var_dir, workers=args.workers,
                         web_concurrency=args.web_concurrency)
    server = ProductionServer(env, work / "production.log")
    started = dt.datetime.now(dt.UTC)
    try:
        server.start()
        fixtures = work / "fixtures.json"
        with fixtures.open("w") as out:
            server.python("bench/fixtures_for_load.py", stdout=out)
        reports = json.loads(fixtures.read_text())["reports"]
        if args.workers:
            settled = wait_for_quiet_queue(env["REDIS_URL"])
            print(f"background work of the first start done after {settled:.0f} s", flush=True)
        else:
            settled = 0.0  # no worker: the first start's work waits in Redis, untouched
        vacuumed = vacuum_when_autovacuum_is_off(database_url)
        if vacuumed:
            print("autovacuum is off on this server: vacuumed and analysed before measuring",
                  flush=True)
        load_before = os.getloadavg()[0]
        rows = []
        ping_rps = 0.0
        for user_class, label, kind in SCENARIOS:
            if args.only and user_class not in args.only and user_class != "Ping":
                continue
            row = run_locust(user_class, host=server.base, users=args.users,
                             seconds=args.seconds, fixtures=fixtures, work=work)
            if user_class == "Ping" and not ping_rps:
                ping_rps = row["rps"]
            row.update(scenario=user_class, label=label, kind=kind,
                       share_of_ping=row["rps"] / ping_rps if ping_rps else 0.0)
            row["met"] = meets(kind, row, ping_rps)
            rows.append(row)
            print(f"{label:<44} {row['rps']:>7.0f}/s p50 {row['p50_ms']:>5.0f} ms "
                  f"p95 {row['p95_ms']:>5.0f} ms  {row['share_of_ping'] * 100:>4.0f} % of ping  "
                  f"errors {row['failures']}  {TARGETS.get(kind or '', '')} {row['met']}",
                  flush=True)
            for error in row["errors"]:
                print(f"    {error}")
        result = {
            "label": args.label, "started": started.strftime("%Y-%m-%d %H:%M"),
            "reports": reports, "users": args.users, "seconds": args.seconds,
            "web_concurrency": env["WEB_CONCURRENCY"], "workers": env["WORKERS"],
            "machine": f"{platform.node()} {os.cpu_count()} cores, {platform.processor() or ''}",
            "settled_seconds": round(settled), "vacuumed_first": vacuumed,
            "load_before": round(load_before, 1), "load_after": round(os.getloadavg()[0], 1),
            "scenarios": rows,
        }
        out_dir = ROOT / "bench" / "results"
        out_dir.mkdir(exist_ok=True)
        stem = f"load-{args.label}-{started.strftime('%Y%m%d-%H%M')}"
        (out_dir / f"{stem}.json").write_text(json.dumps(result, indent=2) + "\n")
        (out_dir / f"{stem}.md").write_text(markdown(result))
        print(f"\nWritten bench/results/{stem}.json and .md")
        print(markdown(result))
    finally:
        server.stop()
        redis.terminate()
        redis.wait(timeout=10)
        shutil.rmtree(var_dir, ignore_errors=True)
        print(f"(Locust CSV files and the server's log are in {work})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
