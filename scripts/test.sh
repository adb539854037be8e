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
# One process by default. TEST_WORKERS=auto (or a number) spreads the tests over pytest-xdist
# workers, each with its own test database, the loaded demo's tests on one of them (decision
# 0046); such a run reported fewer tests than it collected, so CI keeps one process per suite
# and runs the SQLite and PostgreSQL suites side by side instead.
WORKERS=${TEST_WORKERS:-0}
if [ "$WORKERS" = "0" ]; then
  echo "Workers: one process (TEST_WORKERS=auto for pytest-xdist)"
  exec "$BIN/pytest" -p no:xdist "$@"
fi
echo "Workers: $WORKERS (TEST_WORKERS)"
"$BIN/pytest" -n "$WORKERS" --dist loadgroup --no-loadscope-reorder "$@"
