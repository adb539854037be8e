"""CPU time of every public page and public API read, in process, on the demo's data.

    .venv/bin/python bench/page_profile.py [--repeat 20] [--only laporan] [--profile]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db> .venv/bin/python bench/page_profile.py

SQLite by default, in `var/page-profile/` (migrated and filled with `manage.py load_demo` on the
first run, kept for the next); PostgreSQL (or another database) with `DATABASE_URL`, loaded the
same way when it holds no report. DEBUG is off, as in production. Each page is asked for once
to warm up, then `--repeat` times by an anonymous visitor with the Django test client (which
keeps the visitor's cookies, as a browser does); the figure is the median CPU time of this
process per request (`time.process_time`: Python, templates and, on SQLite, the database), so
other work on a shared machine moves it less than wall time. On PostgreSQL the server's own CPU
is not in it; the wall-time column shows what the round trips add. A page that answers with an
`ETag` is also asked for again with `If-None-Match` (the `304` line): what a returning visitor
costs. With `--cold`, every kind of data gets a new version before each request: the figure is
then of the first request after a change, which builds the kept copy again.

With `--profile`, each page's requests run under cProfile and the functions with the most own
time (and the most cumulative time) are printed below the page.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup() -> None:
    os.environ.setdefault("VAR_DIR", str(ROOT / "var" / "page-profile"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jembatan.settings")
    os.environ["DEBUG"] = "0"
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-bench-only-secret-key")
    os.environ["ALLOWED_HOSTS"] = "testserver"
    import django

    django.setup()
    # The request log is written as in production (its cost counts), but not to this screen.
    import logging

    devnull = open(os.devnull, "w")  # noqa: SIM115 - open for the life of the process
    for handler in logging.getLogger().handlers + [
            h for logger in logging.Logger.manager.loggerDict.values()
            if isinstance(logger, logging.Logger) for h in logger.handlers]:
        if isinstance(handler, logging.StreamHandler):
            handler.setStream(devnull)


def ensure_demo() -> None:
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    from jembatan.reports.models import Report

    if not Report.objects.exists():
        print(f"Loading the demo into {connection.settings_dict['NAME']} (a few minutes)…",
              flush=True)
        call_command("load_demo", verbosity=0)
    call_command("collectstatic", "--no-input", verbosity=0)


def pages() -> list[tuple[str, str, dict]]:
    """(label, url, headers) of every page measured, on rows the demo always holds."""
    from django.db.models import Count, Q

    from jembatan.content import selectors as content_selectors
    from jembatan.core.models import Agency
    from jembatan.participation.models import Consultation
    from jembatan.reports.models import Message, Privacy, Report, Status

    report = (Report.objects.filter(privacy=Privacy.PUBLIK, status=Status.SELESAI)
              .annotate(answers=Count("messages", filter=Q(
                  messages__visibility=Message.Visibility.PUBLIC)))
              .order_by("-answers", "-created_at").first())
    post = content_selectors.latest_public_posts(limit=1)[0]
    consultation = (Consultation.objects.exclude(status=Consultation.Status.DRAFT)
                    .annotate(n=Count("comments")).order_by("-n").first())
    agency = Agency.objects.get(slug="dpupr")
    return [
        ("/__ping (no database, no template)", "/__ping", {}),
        ("home /", "/", {}),
        ("report list /laporan/", "/laporan/", {}),
        ("report list, filtered", f"/laporan/?kind=pengaduan&agency={agency.pk}", {}),
        ("a public report", report.get_absolute_url(), {}),
        ("report form /lapor/", "/lapor/", {}),
        ("news /berita/", "/berita/", {}),
        ("an article", post.get_absolute_url(), {}),
        ("scorecard /kinerja/", "/kinerja/", {}),
        ("an agency's scorecard", f"/instansi/{agency.slug}/kinerja/", {}),
        ("agencies /instansi/", "/instansi/", {}),
        ("an agency's page", f"/instansi/{agency.slug}/", {}),
        ("ask an agency /instansi/…/tanya/", f"/instansi/{agency.slug}/tanya/", {}),
        ("track form /lacak/", "/lacak/", {}),
        ("consultations /partisipasi/", "/partisipasi/", {}),
        ("a consultation", consultation.get_absolute_url(), {}),
        ("a consultation's results", f"{consultation.get_absolute_url()}hasil/", {}),
        ("open data /data/", "/data/", {}),
        ("search /cari/?q=jalan", "/cari/?q=jalan", {}),
        ("API GET /reports/{code}", f"/api/v1/reports/{report.tracking_code}", {}),
        ("API GET /posts", "/api/v1/posts", {}),
        ("API GET /consultations", "/api/v1/consultations", {}),
    ]


def measure(client, url: str, headers: dict, repeat: int, profiler=None, cold=False):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from jembatan.core import public_cache

    scopes = (public_cache.REPORTS, public_cache.SITE, public_cache.CONTENT,
              public_cache.PARTICIPATION, public_cache.CATALOGUE, public_cache.INSIGHTS,
              public_cache.SEARCH)
    response = client.get(url, headers=headers)  # warm-up: the first request of a page
    assert response.status_code == 200, (url, response.status_code)
    cpu, wall = [], []
    for _ in range(repeat):
        if cold:
            public_cache.bump(*scopes)
        wall_start, cpu_start = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        response = client.get(url, headers=headers)
        if profiler:
            profiler.disable()
        cpu.append((time.process_time() - cpu_start) * 1000)
        wall.append((time.perf_counter() - wall_start) * 1000)
    if cold:
        public_cache.bump(*scopes)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, headers=headers)
    return statistics.median(cpu), statistics.median(wall), len(captured), response


def print_profile(profiler: cProfile.Profile, top: int) -> None:
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats(order).print_stats(top)
        lines = out.getvalue().splitlines()
        start = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
        print(f"    -- by {order}")
        for line in lines[start:start + top + 1]:
            print("    " + line[:150])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--only", default="", help="measure only pages whose label has this")
    parser.add_argument("--profile", action="store_true", help="print cProfile's top entries")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--cold", action="store_true",
                        help="new data versions before each request: the first request after "
                             "a change, which builds the kept copy")
    parser.add_argument("--language", default="id", choices=("id", "en"))
    args = parser.parse_args()
    setup()
    ensure_demo()
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from jembatan.reports.models import Report

    print(f"Database: {connection.vendor}, {Report.objects.count():,} reports; "
          f"cache: {settings.CACHES['default']['BACKEND'].rsplit('.', 1)[-1]}; "
          f"load average {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"{'page':<40} {'CPU ms':>7} {'wall ms':>8} {'queries':>8} {'KB':>6}")
    for label, url, headers in pages():
        if args.only and args.only not in label and args.only not in url:
            continue
        client = Client()
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = args.language
        profiler = cProfile.Profile() if args.profile else None
        cpu, wall, queries, response = measure(client, url, headers, args.repeat, profiler,
                                               cold=args.cold)
        print(f"{label:<40} {cpu:>7.1f} {wall:>8.1f} {queries:>8} "
              f"{len(response.content) / 1024:>6.0f}", flush=True)
        etag = response.headers.get("ETag")
        if etag:
            cpu, wall, queries, _response = measure_304(client, url, headers, etag,
                                                          args.repeat)
            print(f"{'  304 with If-None-Match':<40} {cpu:>7.1f} {wall:>8.1f} {queries:>8} "
                  f"{'':>6}", flush=True)
        if profiler:
            print_profile(profiler, args.top)
    return 0


def measure_304(client, url, headers, etag, repeat):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    headers = {**headers, "If-None-Match": etag}
    cpu, wall = [], []
    for _ in range(repeat):
        wall_start, cpu_start = time.perf_counter(), time.process_time()
        response = client.get(url, headers=headers)
        cpu.append((time.process_time() - cpu_start) * 1000)
        wall.append((time.perf_counter() - wall_start) * 1000)
        assert response.status_code == 304, (url, response.status_code)
    with CaptureQueriesContext(connection) as captured:
        client.get(url, headers=headers)
    return statistics.median(cpu), statistics.median(wall), len(captured), response


if __name__ == "__main__":
    raise SystemExit(main())
