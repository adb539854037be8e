"""The dashboards and the staff start page on a database filled by `manage.py generate_load`,
in process: median CPU time of this process, wall time, SQL time, the slowest queries.

    DATABASE_URL=postgres://…/jembatan_load_1m .venv/bin/python bench/open_state_pages.py \\
        [dash-coord dash-dpupr dash-dpupr-coord start-coord start-dpupr] [--profile]

REPEAT (default 5) runs per page after one to warm it; TOPQ (default 6) slowest queries shown.
"""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup() -> None:
    os.chdir(ROOT)
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("VAR_DIR", tempfile.mkdtemp(prefix="open-state-pages-"))
    os.environ["DJANGO_SETTINGS_MODULE"] = "jembatan.settings"
    os.environ["DEBUG"] = "0"
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-bench-only-secret-key")
    os.environ["ALLOWED_HOSTS"] = "testserver"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("collectstatic", "--no-input", verbosity=0)


def main() -> None:
    setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from jembatan.core.models import User

    coordinator = User.objects.get(username="koordinator")
    officer = User.objects.get(username="petugas.dpupr")
    cases = {
        "dash-coord": (coordinator, "/staf/kinerja/"),
        "dash-dpupr": (officer, "/staf/kinerja/instansi/dpupr/"),
        "dash-dpupr-coord": (coordinator, "/staf/kinerja/instansi/dpupr/"),
        "start-coord": (coordinator, "/staf/"),
        "start-dpupr": (officer, "/staf/"),
    }
    names = [arg for arg in sys.argv[1:] if not arg.startswith("-")] or list(cases)
    repeat = int(os.environ.get("REPEAT", "5"))
    top = int(os.environ.get("TOPQ", "6"))
    for name in names:
        user, url = cases[name]
        client = Client()
        client.force_login(user)
        assert client.get(url).status_code == 200, name
        cpu, wall, sql = [], [], []
        for _ in range(repeat):
            with CaptureQueriesContext(connection) as queries:
                started, started_cpu = time.perf_counter(), time.process_time()
                client.get(url)
                cpu.append((time.process_time() - started_cpu) * 1000)
                wall.append((time.perf_counter() - started) * 1000)
            sql.append(sum(float(q["time"]) for q in queries.captured_queries) * 1000)
        median = lambda values: sorted(values)[len(values) // 2]  # noqa: E731
        slowest = sorted(queries.captured_queries, key=lambda q: -float(q["time"]))
        print(f"== {name}: cpu {median(cpu):.0f} ms, wall {median(wall):.0f} ms, "
              f"sql {median(sql):.0f} ms, {len(slowest)} queries")
        for query in slowest[:top]:
            print(f"  {float(query['time']) * 1000:7.1f} ms  {query['sql'][:300]}")
        if "--profile" in sys.argv:
            profile = cProfile.Profile()
            profile.enable()
            client.get(url)
            profile.disable()
            out = io.StringIO()
            pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(45)
            print(out.getvalue())


if __name__ == "__main__":
    main()
