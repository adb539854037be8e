"""HTTP baseline: requests per second and latency of /__ping, /healthz and / under gunicorn.

    .venv/bin/python bench/http_baseline.py [--requests 2000] [--concurrency 8]

Starts gunicorn on a free loopback port with production-like settings (DEBUG off), sends a
bounded number of requests from a few threads, prints one line per endpoint and stops the
server. /__ping touches neither database nor templates, so it is the floor every other
endpoint is compared with.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=1).read()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"server did not answer at {url}")


def measure(url: str, requests: int, concurrency: int) -> dict[str, float]:
    def one(_: int) -> float:
        started = time.perf_counter()
        with urllib.request.urlopen(url, timeout=10) as response:
            response.read()
        return (time.perf_counter() - started) * 1000

    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        latencies = sorted(pool.map(one, range(requests)))
    elapsed = time.perf_counter() - started
    return {
        "rps": requests / elapsed,
        "p50": statistics.median(latencies),
        "p95": latencies[int(len(latencies) * 0.95) - 1],
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    port = free_port()
    var_dir = tempfile.mkdtemp(prefix="jembatan-bench-")
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": "bench-only-secret-key-bench-only-secret-key",
        "ALLOWED_HOSTS": "127.0.0.1",
        "VAR_DIR": var_dir,
    }
    python = sys.executable
    subprocess.run([python, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run([python, "manage.py", "load_demo"], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run([python, "manage.py", "collectstatic", "--no-input", "-v0"], cwd=ROOT,
                   env=env, check=True)
    server = subprocess.Popen(
        [python, "-m", "gunicorn", "jembatan.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", str(args.workers), "--log-level", "warning"],
        cwd=ROOT, env=env,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base + "/__ping")
        print(f"{'endpoint':<10} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8}")
        for path in ("/__ping", "/healthz", "/"):
            result = measure(base + path, args.requests, args.concurrency)
            print(f"{path:<10} {result['rps']:>8.0f} {result['p50']:>8.2f} {result['p95']:>8.2f}")
    finally:
        server.terminate()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
