"""CPU time of the inbox rows: the reference templates against the rows written in Python
(decision 0059), on the rows of the reference tests (every state, no database).

    .venv/bin/python bench/inbox_rows.py [--repeat 200]

Prints per list and language the median CPU time of one page of rows each way.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    os.environ.setdefault("VAR_DIR", tempfile.mkdtemp(prefix="jembatan-rows-bench-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jembatan.settings")
    os.environ["DEBUG"] = "0"
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-bench-only-secret-key")
    import django

    django.setup()
    from django.template import Context
    from django.utils import translation

    from jembatan.connectors.tests import test_inbox_rows_html as conversations
    from jembatan.reports.tests import test_inbox_rows_html as reports

    # About one page (25 reports, 25 conversations) of the tests' rows.
    report_rows = (reports.every_state() * 2)[:25]
    conversation_rows = (conversations.every_state() * 2)[:25]
    cases = [
        ("report inbox rows", reports,
         {"page": SimpleNamespace(items=report_rows), "bulk_agencies": ["x"], "now": reports.NOW}),
        ("conversation inbox rows", conversations,
         {"page": SimpleNamespace(items=conversation_rows, next_cursor="abc"),
          "now": conversations.NOW, "here": "/staf/percakapan/", "query": "view=all",
          "csrf_token": "a" * 64}),
    ]
    print(f"{'rows':<26} {'lang':<4} {'template ms':>11} {'python ms':>9}")
    for label, module, context in cases:
        for language in ("id", "en"):
            with translation.override(language):
                timings = {}
                for way, template in (("template", module.REFERENCE), ("python", module.WRITTEN)):
                    template.render(Context(context))  # warm
                    runs = []
                    for _ in range(args.repeat):
                        started = time.process_time()
                        template.render(Context(context))
                        runs.append((time.process_time() - started) * 1000)
                    timings[way] = statistics.median(runs)
            print(f"{label:<26} {language:<4} {timings['template']:>11.2f} "
                  f"{timings['python']:>9.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
