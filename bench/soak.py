"""Soak with faults: `make production` under steady use while its parts are killed and restarted.

    .venv/bin/python bench/soak.py [--minutes 10] [--clients 50]

Runs on a PostgreSQL cluster and a Redis server of its own (initdb into a temporary folder and
redis-server with its append-only file, as docs/deployment/compose.yaml runs it, each on a free
loopback port), so the machine's shared services are never touched, and starts
`scripts/production.sh` (DEBUG off, gunicorn with 2 workers, 2 RQ workers, the scheduler) on
them. `--clients` threads act as citizens: each sends reports through
`POST /api/v1/reports` with an Idempotency-Key and, on an error or a timeout, sends the same
request again with the same key (after 1, 2, 4… s, as a well-behaved app does) until it is
acknowledged; between reports it reads the home page and the public report list.

The run is cut into six phases of equal length; at the start of each one fault is caused:
  1. baseline (none)
  2. a gunicorn worker is killed (SIGKILL)
  3. an RQ worker is killed in the middle of a task (SIGKILL of the process running it)
  4. Redis is restarted (stopped, 5 s down, started again from its append-only file)
  5. PostgreSQL is restarted (pg_ctl restart -m fast: every connection is cut)
  6. recovery (none)
Then the clients stop, the queue is given time to drain, and the run proves that
  - the server is still running (no fault took `make production` down);
  - every acknowledged submission is stored exactly once, under its key and tracking code,
    and no unacknowledged key was stored twice;
  - every report's background work ran: its triage (a `report_triage_record` audit entry)
    and its acknowledgement email, or the task is visibly failed in RQ's failed registry;
  - no email was sent twice (the file email backend's messages, counted per recipient, report
    and subject), except one the mail server accepted just as the worker running its task was
    killed, before it was recorded: it goes again under the same Message-ID, so mail programs
    show it once, and at most one per task killed.
It prints requests and errors per phase and exits non-zero when a proof fails.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import email
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import psutil
import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))
from production_server import (
    BIN,
    ProductionServer,
    free_port,
    production_env,
    start_redis,
)

PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))
# Free loopback ports unless given: several soaks (or other work) may run on one machine.
PG_PORT = int(os.environ.get("SOAK_PG_PORT") or free_port())
REDIS_PORT = int(os.environ.get("SOAK_REDIS_PORT") or free_port())
PHASES = ["baseline", "gunicorn worker killed", "RQ worker killed mid-task", "Redis restarted",
          "PostgreSQL restarted", "recovery"]
CODE_PATTERN = re.compile(r"\b[A-Z]{2,5}-[0-9A-Z]{4}-[0-9A-Z]{2}\b")

TITLES = ["Jalan kabupaten berlubang", "Lampu penerangan jalan mati", "Air PDAM keruh",
          "Sampah menumpuk di pasar", "Jembatan kayu lapuk", "Drainase tersumbat"]
BODIES = [
    "Jalan rusak berlubang besar di dekat balai desa, motor sering jatuh saat hujan.",
    "Lampu PJU di depan pasar mati sudah seminggu, jalan gelap dan rawan.",
    "Air PDAM keruh dan berbau sejak tiga hari, tidak bisa untuk memasak.",
    "Sampah menumpuk di depan pasar, belum diangkut sejak minggu lalu.",
    "Jembatan kayu di dusun lapuk, papannya patah dan berbahaya bagi anak sekolah.",
    "Saluran drainase tersumbat sehingga jalan tergenang setiap hujan deras.",
]


def as_postgres(*args: str, **kwargs) -> subprocess.CompletedProcess:
    """initdb and pg_ctl refuse to run as root: run them as the postgres user when we are."""
    command = list(args)
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--", *command]
    return subprocess.run(command, check=True, **kwargs)


class OwnPostgres:
    def __init__(self, folder: Path):
        self.data = folder / "pgdata"
        self.log = folder / "postgres.log"
        self.folder = folder
        if os.geteuid() == 0:
            shutil.chown(folder, "postgres")
        as_postgres(str(PG_BIN / "initdb"), "-D", str(self.data), "-A", "trust", "-U",
                    "postgres", "--no-sync", stdout=subprocess.DEVNULL)

    def pg_ctl(self, *args: str) -> None:
        as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w",
                    "-o", f"-p {PG_PORT} -k {self.folder} -c listen_addresses=127.0.0.1 "
                    "-c fsync=off -c max_connections=200", *args, stdout=subprocess.DEVNULL)

    def url(self, database: str) -> str:
        return f"postgres://postgres@127.0.0.1:{PG_PORT}/{database}"


class OwnRedis:
    def __init__(self, folder: Path):
        self.folder = folder
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        # The append-only file, as docs/deployment/compose.yaml runs Redis: the task queue is
        # kept across a restart (without it a restart loses every task waiting in it).
        self.process = start_redis(REDIS_PORT, self.folder, append_only=True)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)


class Tally:
    """Requests and errors per phase, and what each submission's key became."""

    def __init__(self):
        self.lock = threading.Lock()
        self.phase = PHASES[0]
        self.requests = collections.Counter()
        self.errors: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        self.acknowledged: dict[str, str] = {}  # Idempotency-Key → tracking code
        self.abandoned: list[str] = []  # keys never acknowledged before the run ended
        self.replays = 0

    def count(self, error: str | None = None) -> None:
        with self.lock:
            self.requests[self.phase] += 1
            if error:
                self.errors[self.phase][error] += 1


def citizen(base: str, tally: Tally, stop: threading.Event, give_up: threading.Event) -> None:
    session = requests.Session()
    while not stop.is_set():
        # Each submission is another citizen's (a citizen does not send a report every few
        # seconds, and the per-address limit would answer 429 to the rest); its retries keep
        # the citizen's address and key, as a real client would.
        address = f"100.{random.randint(64, 127)}.{random.randint(0, 255)}.{random.randint(1, 254)}"
        key = str(uuid.uuid4())
        body = {"kind": "pengaduan", "title": random.choice(TITLES),
                "body": f"{random.choice(BODIES)} ({key[:8]})", "privacy": "publik",
                "reporter": {"name": "Warga Uji", "email": f"warga.{key[:12]}@contoh.id"}}
        delay = 1.0
        while True:
            error = None
            try:
                response = session.post(
                    f"{base}/api/v1/reports", json=body, timeout=15,
                    headers={"Idempotency-Key": key, "X-Real-IP": address})
                if response.status_code in (200, 201):
                    code = response.json()["tracking_code"]
                    with tally.lock:
                        tally.acknowledged[key] = code
                        tally.replays += response.status_code == 200
                    tally.count()
                    break
                error = f"HTTP {response.status_code}"
                if response.status_code in (400, 409, 422):
                    tally.count(error)
                    break  # not worth retrying: the request itself is wrong
            except requests.RequestException as exc:
                error = type(exc).__name__
            tally.count(error)
            if give_up.is_set():
                with tally.lock:
                    tally.abandoned.append(key)
                break
            time.sleep(delay)
            delay = min(delay * 2, 8)
        for path in random.sample(["/", "/laporan/", "/laporan/?cursor="], 2):
            if stop.is_set():
                break
            try:
                response = session.get(base + path, timeout=15, headers={"X-Real-IP": address})
                tally.count(None if response.status_code == 200 else f"HTTP {response.status_code}")
            except requests.RequestException as exc:
                tally.count(type(exc).__name__)


def join_all(threads: list[threading.Thread], *, seconds: float) -> None:
    """Wait for the threads together (not `seconds` each)."""
    deadline = time.monotonic() + seconds
    for thread in threads:
        thread.join(timeout=max(0.0, deadline - time.monotonic()))


def production_children(server: ProductionServer) -> list[psutil.Process]:
    return psutil.Process(server.process.pid).children(recursive=True)


def command_line(process: psutil.Process | None) -> str:
    """The process's command line, or "" when it has ended meanwhile (RQ's work horses come
    and go with each task)."""
    try:
        return " ".join(process.cmdline()) if process else ""
    except psutil.Error:
        return ""


def kill_gunicorn_worker(server: ProductionServer) -> str:
    processes = production_children(server)
    masters = [p for p in processes if "gunicorn" in command_line(p)
               and "gunicorn" not in command_line(p.parent())]
    workers = masters[0].children()
    victim = random.choice(workers)
    victim.send_signal(signal.SIGKILL)
    return f"killed gunicorn worker {victim.pid} (of {len(workers)})"


def kill_rq_worker_mid_task(server: ProductionServer, redis_url: str,
                            timeout: float = 60) -> str:
    """SIGKILL the process that runs a task right now: a worker of `make production`'s pool
    runs its tasks itself, and tells RQ's registry of workers that it is busy (and its pid)
    while it does. A work horse under it (the forking `rqworker`) is killed instead."""
    import redis
    from rq import Worker

    client = redis.Redis.from_url(redis_url)
    ours = {process.pid for process in production_children(server)}
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(redis.RedisError):
            for registered in Worker.all(connection=client):
                if registered.get_state() != "busy" or registered.pid not in ours:
                    continue
                try:
                    worker = psutil.Process(registered.pid)
                    victim = (worker.children() or [worker])[0]
                    victim.send_signal(signal.SIGKILL)
                except psutil.NoSuchProcess:
                    continue
                return f"killed RQ worker process {victim.pid} in the middle of a task"
        time.sleep(0.005)
    return "no RQ worker was busy within 60 s: nothing killed"


def wait_for_drain(redis_url: str, timeout: float) -> int:
    """Wait until RQ has nothing queued, running or scheduled; give up after `timeout` seconds
    without progress (on a busy machine the backlog of a run takes minutes to work off)."""
    import redis

    client = redis.Redis.from_url(redis_url)
    deadline = time.monotonic() + timeout
    left = -1
    lowest = None
    while time.monotonic() < deadline:
        try:
            queued = client.llen("rq:queue:default") + client.llen(
                "rq:queue:default:intermediate")
            started = client.zcard("rq:wip:default") + client.zcard("rq:registry:started:default")
            scheduled = client.zcard("rq:scheduled:default")
            left = queued + started + scheduled
        except redis.RedisError:
            left = -1
        if left == 0:
            return 0
        if left >= 0 and (lowest is None or left < lowest):
            lowest = left
            deadline = time.monotonic() + timeout
        time.sleep(1)
    return left


def mail_counts(mail_dir: Path) -> dict[tuple[str, str, str], list[str]]:
    """Messages written by the file email backend: the Message-ID of each, per (recipient,
    report, subject)."""
    counts: dict[tuple[str, str, str], list[str]] = collections.defaultdict(list)
    if not mail_dir.exists():
        return counts
    separator = "-" * 79
    for path in mail_dir.glob("*.log"):
        for chunk in path.read_text(errors="replace").split(separator):
            if not chunk.strip():
                continue
            message = email.message_from_string(chunk.strip() + "\n")
            text = chunk
            codes = CODE_PATTERN.findall(str(message.get("Subject", ""))) or \
                CODE_PATTERN.findall(text)
            subject = str(email.header.make_header(email.header.decode_header(
                message.get("Subject", ""))))
            for recipient in (message.get("To") or "").split(","):
                counts[(recipient.strip(), codes[0] if codes else "", subject)].append(
                    str(message.get("Message-ID", "")))
    return counts


PROOF_SCRIPT = r"""
import hashlib, json, sys
from jembatan.core.models import AuditEntry
from jembatan.reports.models import Report
keys = json.load(open(sys.argv[1]))
acknowledged, abandoned = keys["acknowledged"], keys["abandoned"]
stored = {}
for report in Report.objects.filter(idempotency_key__startswith="api:").only(
        "tracking_code", "idempotency_key", "reporter_email"):
    stored.setdefault(report.idempotency_key, []).append(report.tracking_code)
def hashed(key):
    return "api:" + hashlib.sha256(key.encode()).hexdigest()
wrong = [k for k, code in acknowledged.items() if stored.get(hashed(k)) != [code]]
doubles = [k for k, codes in stored.items() if len(codes) > 1]
ids = dict(Report.objects.filter(idempotency_key__startswith="api:").values_list(
    "tracking_code", "id"))
triaged = set(AuditEntry.objects.filter(action="report_triage_record").values_list(
    "object_id", flat=True))
untriaged = [code for code, pk in ids.items() if str(pk) not in triaged]
emails = dict(Report.objects.filter(idempotency_key__startswith="api:").values_list(
    "tracking_code", "reporter_email"))
print(json.dumps({"stored_reports": sum(len(c) for c in stored.values()),
                  "acknowledged_not_stored_once": wrong[:20], "n_wrong": len(wrong),
                  "keys_stored_twice": doubles[:20], "untriaged": untriaged,
                  "reporter_emails": emails,
                  "abandoned_stored": sum(1 for k in abandoned if hashed(k) in stored)}))
"""


def failed_jobs(redis_url: str) -> list[dict]:
    import redis
    from rq.registry import FailedJobRegistry

    connection = redis.Redis.from_url(redis_url)
    registry = FailedJobRegistry("default", connection=connection)
    jobs = []
    for job_id in registry.get_job_ids():
        data = connection.hgetall(f"rq:job:{job_id}")
        jobs.append({"id": job_id, "description": data.get(b"description", b"").decode()[:120]})
    return jobs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--drain-seconds", type=int, default=120,
                        help="give up waiting for the queue after this long without progress")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="jembatan-soak-"))
    print(f"soak: working in {work}", flush=True)
    postgres = OwnPostgres(work)
    postgres.pg_ctl("start")
    redis_server = OwnRedis(work)
    redis_server.start()
    as_postgres(str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(PG_PORT), "-U",
                "postgres", "jembatan_soak")
    redis_url = f"redis://127.0.0.1:{REDIS_PORT}/0"
    var_dir = work / "var"
    env = production_env(database_url=postgres.url("jembatan_soak"), redis_url=redis_url,
                         port=free_port(), var_dir=var_dir)
    server = ProductionServer(env, work / "production.log")
    tally = Tally()
    tasks_killed = 0
    failures: list[str] = []
    try:
        server.start()
        server.manage("setup_jurisdiction", "--name", "Pemerintah Kabupaten Wonosobo",
                      "--short-name", "Kab. Wonosobo", "--code", "WSB", "--region-code", "33.07",
                      stdout=subprocess.DEVNULL)
        server.manage("shell", "--no-imports", "-c", (
            "from jembatan.core.models import Agency\n"
            "for slug, name, kind, duties in [\n"
            " ('dpupr', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'perangkat_daerah',"
            " 'Jalan kabupaten rusak, berlubang, jembatan, drainase, lampu PJU.'),\n"
            " ('tirta-aji', 'Perumda Air Minum Tirta Aji', 'bumd',"
            " 'Air PDAM mati atau keruh, pipa bocor.'),\n"
            " ('dlh', 'Dinas Lingkungan Hidup', 'perangkat_daerah', 'Sampah, kebersihan.')]:\n"
            "    Agency.objects.get_or_create(slug=slug, defaults=dict(name=name,"
            " short_name=slug.upper(), kind=kind, duties=duties))\n"))
        stop, give_up = threading.Event(), threading.Event()
        threads = [threading.Thread(target=citizen, args=(server.base, tally, stop, give_up),
                                    daemon=True) for _ in range(args.clients)]
        for thread in threads:
            thread.start()
        phase_seconds = args.minutes * 60 / len(PHASES)
        started = time.monotonic()
        for number, phase in enumerate(PHASES):
            with tally.lock:
                tally.phase = phase
            began = time.monotonic()
            if phase == "gunicorn worker killed":
                note = kill_gunicorn_worker(server)
            elif phase == "RQ worker killed mid-task":
                note = kill_rq_worker_mid_task(server, redis_url)
                tasks_killed += note.startswith("killed")
            elif phase == "Redis restarted":
                redis_server.stop()
                time.sleep(5)
                redis_server.start()
                note = "Redis stopped for 5 s and started again"
            elif phase == "PostgreSQL restarted":
                postgres.pg_ctl("restart", "-m", "fast")
                note = "PostgreSQL restarted (fast: every connection cut)"
            else:
                note = "no fault"
            print(f"soak: phase {number + 1} {phase} at {began - started:.0f} s: {note}",
                  flush=True)
            time.sleep(max(0.0, phase_seconds - (time.monotonic() - began)))
        stop.set()
        # Submissions under way are retried until acknowledged, for up to a minute more.
        join_all(threads, seconds=60)
        give_up.set()
        join_all(threads, seconds=30)
        alive = server.process.poll() is None
        if not alive:
            failures.append("make production stopped during the run (see production.log)")
        drain_started = time.monotonic()
        left = wait_for_drain(redis_url, args.drain_seconds) if alive else -1
        print(f"soak: queue drained {time.monotonic() - drain_started:.0f} s after the clients "
              "stopped" if left == 0 else
              f"soak: {left} jobs still queued or running, no progress for "
              f"{args.drain_seconds} s", flush=True)

        keys_file = work / "keys.json"
        keys_file.write_text(json.dumps({"acknowledged": tally.acknowledged,
                                         "abandoned": tally.abandoned}))
        proof_file = work / "proof.py"
        proof_file.write_text(PROOF_SCRIPT)
        result = subprocess.run(
            [str(BIN / "python"), "manage.py", "shell", "--no-imports", "-c",
             f"import sys; sys.argv = ['', {str(keys_file)!r}]; "
             f"exec(open({str(proof_file)!r}).read())"],
            cwd=Path(__file__).resolve().parent.parent, env=env, capture_output=True, text=True)
        if result.returncode:
            print(result.stderr[-3000:])
            failures.append("the proof script failed")
            proof = {}
        else:
            proof = json.loads(result.stdout.strip().splitlines()[-1])
        failed = failed_jobs(redis_url) if alive else []
        mails = mail_counts(var_dir / "mail")

        print("\nsoak: requests and errors per phase")
        for phase in PHASES:
            errors = tally.errors.get(phase, collections.Counter())
            detail = ", ".join(f"{name} {n}" for name, n in errors.most_common())
            print(f"  {phase:<28} {tally.requests[phase]:>7} requests, "
                  f"{sum(errors.values()):>5} errors{': ' + detail if detail else ''}")
        print(f"soak: {len(tally.acknowledged)} submissions acknowledged ({tally.replays} by a "
              f"replay of the first answer), {len(tally.abandoned)} given up at the end")
        if proof:
            print(f"soak: {proof['stored_reports']} reports stored; "
                  f"{proof['abandoned_stored']} of the given-up keys were stored (once)")
            if proof["n_wrong"]:
                failures.append(f"{proof['n_wrong']} acknowledged submissions not stored exactly "
                                f"once under their code: {proof['acknowledged_not_stored_once']}")
            if proof["keys_stored_twice"]:
                failures.append(f"keys stored twice: {proof['keys_stored_twice']}")
            failed_descriptions = " ".join(job["description"] for job in failed)
            untriaged = [code for code in proof["untriaged"] if code not in failed_descriptions]
            print(f"soak: {len(proof['untriaged'])} reports without triage; "
                  f"{len(failed)} jobs in RQ's failed registry")
            if proof["untriaged"]:
                failures.append(f"{len(proof['untriaged'])} reports never triaged "
                                f"(e.g. {proof['untriaged'][:5]}); failed jobs: {failed[:5]}")
            acknowledged_mail = {code for (to, code, _subject) in mails if code and "warga." in to}
            unmailed = [code for code, address in proof["reporter_emails"].items()
                        if address and code not in acknowledged_mail]
            print(f"soak: {sum(map(len, mails.values()))} emails written; "
                  f"{len(unmailed)} reports whose reporter got no email")
            if unmailed:
                failures.append(f"{len(unmailed)} reporters never emailed (e.g. {unmailed[:5]})")
            del untriaged
        # An email the mail server accepted just as its worker was killed, before it was
        # recorded as sent, goes again when the task runs again, under the same Message-ID
        # (mail programs show it once; README, "Background work"): at most one per killed
        # task. Anything else sent twice is a failure.
        shown_twice = {key: ids for key, ids in mails.items() if len(set(ids)) > 1}
        delivered_again = {key: ids for key, ids in mails.items()
                           if len(ids) > 1 and len(set(ids)) == 1}
        print(f"soak: {len(delivered_again)} emails delivered again under the same Message-ID "
              f"after a task was killed mid-run ({tasks_killed} killed); {len(shown_twice)} "
              f"sent twice as different messages")
        if shown_twice:
            failures.append(f"{len(shown_twice)} emails sent more than once as different "
                            f"messages, e.g. {list(shown_twice.items())[:3]}")
        if len(delivered_again) > tasks_killed:
            failures.append(f"{len(delivered_again)} emails delivered twice, more than the "
                            f"{tasks_killed} tasks killed, e.g. "
                            f"{list(delivered_again.items())[:3]}")
        (work / "result.json").write_text(json.dumps({
            "minutes": args.minutes, "clients": args.clients,
            "requests": dict(tally.requests),
            "errors": {phase: dict(errors) for phase, errors in tally.errors.items()},
            "acknowledged": len(tally.acknowledged), "replays": tally.replays,
            "abandoned": len(tally.abandoned), "failed_jobs": failed,
            "proof": {k: v for k, v in proof.items() if k != "reporter_emails"},
            "failures": failures}, indent=2))
    finally:
        server.stop()
        redis_server.stop()
        with contextlib.suppress(subprocess.CalledProcessError):
            postgres.pg_ctl("stop", "-m", "immediate")
        if not args.keep and not failures:
            shutil.rmtree(work, ignore_errors=True)
    if failures:
        print("\nsoak: FAILED")
        for failure in failures:
            print(f"  - {failure}")
        print(f"(logs kept in {work})")
        return 1
    print("\nsoak: OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
