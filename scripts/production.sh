#!/usr/bin/env bash
# `make production`: in the foreground, on PostgreSQL (DATABASE_URL) and Redis (REDIS_URL):
# checks the configuration, migrates, collects the static files, then runs gunicorn
# (WEB_CONCURRENCY workers on HOST:PORT), WORKERS RQ workers and the scheduler until Ctrl-C or
# SIGTERM, which stops them all. Any of them exiting stops the others too.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
export PATH="$PWD/$BIN:$PATH"
export TASKS_BACKEND=${TASKS_BACKEND:-redis}
export HOST=${HOST:-127.0.0.1} PORT=${PORT:-8000}
export WEB_CONCURRENCY=${WEB_CONCURRENCY:-2}
export WORKERS=${WORKERS:-2}
export PYTHONUNBUFFERED=1

python -m jembatan.core.production
python manage.py migrate --no-input
python manage.py collectstatic --no-input --verbosity 0
# Metrics of every gunicorn worker and RQ worker land here, read together by /metrics.
if [ -z "${PROMETHEUS_MULTIPROC_DIR:-}" ]; then
  PROMETHEUS_MULTIPROC_DIR=$(mktemp -d -t jembatan-metrics.XXXXXX)
  export PROMETHEUS_MULTIPROC_DIR
  trap 'rm -rf "$PROMETHEUS_MULTIPROC_DIR"' EXIT
else
  rm -f "$PROMETHEUS_MULTIPROC_DIR"/*.db
fi
echo "Jembatan on http://$HOST:$PORT with $WEB_CONCURRENCY web workers, $WORKERS task workers and the scheduler (Ctrl-C stops them)."
# Not exec: the trap above removes the metrics directory once honcho has stopped everything.
# One pool runs the WORKERS task workers (none when WORKERS=0: they run on other machines).
pools=$(( WORKERS > 0 ? 1 : 0 ))
honcho start -f Procfile -c "web=1,worker=$pools,scheduler=1" &
honcho_pid=$!
stop() { kill -TERM "$honcho_pid" 2>/dev/null || true; }
trap stop INT TERM
# SIGTERM sent to `make` alone (a process manager stopping it) ends make but not its children:
# when the parent is gone, stop as if the signal had come here.
parent=$PPID
( while kill -0 "$parent" 2>/dev/null; do sleep 1; done; kill -TERM $$ 2>/dev/null ) &
watcher=$!
status=0
wait "$honcho_pid" || status=$?
# A signal interrupts the first wait; wait again for honcho to finish stopping the processes.
while kill -0 "$honcho_pid" 2>/dev/null; do wait "$honcho_pid" || status=$?; done
kill "$watcher" 2>/dev/null || true
exit "$status"
