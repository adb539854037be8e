#!/usr/bin/env bash
# Runs the Wonosobo demo: database, demo data, background worker and web server.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8000}

"$BIN/python" manage.py migrate --no-input
"$BIN/python" manage.py load_demo

"$BIN/python" manage.py db_worker > var/worker.log 2>&1 &
worker=$!
"$BIN/python" manage.py run_scheduler > var/scheduler.log 2>&1 &
scheduler=$!
trap 'kill "$worker" "$scheduler" 2>/dev/null || true' EXIT INT TERM

echo
echo "Jembatan is running at http://$HOST:$PORT/"
echo "Background worker (pid $worker) and scheduler (pid $scheduler) log to var/."
echo "Demo accounts (username, password, role, agency):"
"$BIN/python" manage.py demo_accounts
echo
"$BIN/python" manage.py runserver "$HOST:$PORT" --noreload
