"""`scripts/production.sh` (what `make production` runs) started and stopped for a benchmark.

Shared by `load_run.py` and `soak.py`. The server runs with DEBUG off, on the PostgreSQL
database and Redis it is given, in its own process group (so one signal stops gunicorn, the RQ
workers and the scheduler), with a temporary VAR_DIR (static files, the file email backend's
mail). CLIENT_IP_HEADER=X-Real-IP makes it take the client's address from that header, as
behind the production proxy: the load tools then act as many citizens, each within the
per-address rate limits, which stay at their production values.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Relative to the checkout: scripts/production.sh puts "$PWD/$BIN" on the PATH.
BIN_RELATIVE = os.environ.get("BIN", ".venv/bin")
BIN = ROOT / BIN_RELATIVE


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(*, database_url: str, redis_url: str, port: int, var_dir: Path,
                   web_concurrency: int = 2, workers: int = 2) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if key not in ("EMAIL_HOST", "TASKS_BACKEND", "DJANGO_SETTINGS_MODULE")}
    env.update({
        "DEBUG": "0", "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost", "DATABASE_URL": database_url,
        "REDIS_URL": redis_url, "CACHE_URL": redis_url, "VAR_DIR": str(var_dir),
        "HOST": "127.0.0.1", "PORT": str(port), "SITE_URL": f"http://127.0.0.1:{port}",
        "SECURE_COOKIES": "0", "WEB_CONCURRENCY": str(web_concurrency),
        "WORKERS": str(workers), "CLIENT_IP_HEADER": "X-Real-IP", "PYTHONUNBUFFERED": "1",
        "BIN": BIN_RELATIVE, "LOG_LEVEL": "WARNING",
    })
    return env


class ProductionServer:
    def __init__(self, env: dict[str, str], log_path: Path):
        self.env = env
        self.log_path = log_path
        self.process: subprocess.Popen | None = None
        self.base = f"http://127.0.0.1:{env['PORT']}"

    def start(self, timeout: float = 900) -> None:
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen([str(ROOT / "scripts" / "production.sh")],
                                            cwd=ROOT, env=self.env, stdout=log,
                                            stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"scripts/production.sh stopped; see {self.log_path}")
            try:
                urllib.request.urlopen(self.base + "/__ping", timeout=2).read()
                return
            except OSError:
                time.sleep(0.5)
        raise SystemExit(f"no answer from {self.base} within {timeout:.0f} s")

    def manage(self, *args: str, **kwargs) -> subprocess.CompletedProcess:
        return subprocess.run([str(BIN / "python"), "manage.py", *args], cwd=ROOT,
                              env=self.env, check=True, **kwargs)

    def python(self, script: str, **kwargs) -> subprocess.CompletedProcess:
        return subprocess.run([str(BIN / "python"), script], cwd=ROOT, env=self.env,
                              check=True, **kwargs)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def start_redis(port: int, folder: Path, *, append_only: bool = False) -> subprocess.Popen:
    """A Redis server of our own on `port`: without persistence (a restart empties it), or with
    the append-only file as docs/deployment/compose.yaml runs it (a restart keeps the queue)."""
    server = shutil.which("redis-server") or "/usr/bin/redis-server"
    with open(folder / "redis.log", "ab") as log:
        process = subprocess.Popen([server, "--port", str(port), "--bind", "127.0.0.1",
                                    "--save", "", "--appendonly", "yes" if append_only else "no",
                                    "--dir", str(folder)],
                                   stdout=log, stderr=subprocess.STDOUT)
    import redis

    client = redis.Redis(host="127.0.0.1", port=port)
    for _ in range(100):
        try:
            if client.ping():
                return process
        except redis.ConnectionError:
            time.sleep(0.1)
    raise SystemExit("redis-server did not start")


def wait_for_quiet_queue(redis_url: str, *, timeout: float = 1800, quiet_for: float = 15,
                         report=print) -> float:
    """Wait until the RQ queue is empty and no job runs for `quiet_for` seconds in a row.

    The first start of `make production` on a database queues every scheduled job that has not
    run yet (the router's training, the open-data export, the figures); measured beside them,
    pages would show what the machine does meanwhile, not what they cost. Returns the seconds
    waited."""
    import redis
    from rq import Queue
    from rq.registry import StartedJobRegistry

    connection = redis.Redis.from_url(redis_url)
    queue = Queue("default", connection=connection)
    running = StartedJobRegistry(queue=queue)
    started = time.monotonic()
    quiet_since = None
    last_report = 0.0
    while time.monotonic() - started < timeout:
        busy = queue.count + running.count
        now = time.monotonic()
        if busy:
            quiet_since = None
            if now - last_report >= 30:
                report(f"waiting for the background work of the first start: {queue.count} "
                       f"queued, {running.count} running ({now - started:.0f} s)")
                last_report = now
        elif quiet_since is None:
            quiet_since = now
        elif now - quiet_since >= quiet_for:
            return now - started
        time.sleep(1)
    raise SystemExit(f"the queue did not settle within {timeout:.0f} s")


def temporary_var_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="jembatan-load-"))
