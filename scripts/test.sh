#!/usr/bin/env bash
# The whole suite. Says which parts this machine cannot run and why, instead of hiding them.
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}

if [ ! -x /usr/bin/chromium ]; then
  echo "NOTE: /usr/bin/chromium is missing, so the browser tests will be skipped"
  echo "      (install it with: apt-get install -y chromium)."
fi
case "${DATABASE_URL:-}" in
  postgres*) echo "Database: PostgreSQL (${DATABASE_URL%%@*}@…)";;
  *) echo "Database: SQLite";;
esac
# One pytest worker per core (pytest-xdist, decision 0046); each worker has its own test database.
# The tests of the loaded demo share one worker, so the demo is loaded once. TEST_WORKERS=0 runs
# the suite in this one process.
WORKERS=${TEST_WORKERS:-auto}
echo "Workers: $WORKERS (TEST_WORKERS)"
"$BIN/pytest" -n "$WORKERS" --dist loadgroup --no-loadscope-reorder "$@"
