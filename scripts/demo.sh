#!/usr/bin/env bash
# Runs the Wonosobo demo: database, demo data, background worker and web server.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
# shellcheck source=scripts/demo-env.sh
. scripts/demo-env.sh
VAR=${VAR_DIR:-var}

# A demo database from before the Bakohumas space became five apps still holds the old
# coordination tables, whose index names the new apps reuse: keep it aside and start afresh.
if [ -z "${DATABASE_URL:-}" ]; then
  "$BIN/python" - "${VAR_DIR:-var}/jembatan.sqlite3" <<'PY'
import os, sqlite3, sys
path = sys.argv[1]
if os.path.exists(path):
    with sqlite3.connect(path) as db:
        old = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'coordination_post'").fetchone()
    if old:
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(path + suffix):
                os.replace(path + suffix, path + ".old" + suffix)
        print(f"The demo database is from an older version; it was kept as {path}.old "
              "and a new one is loaded.")
PY
fi
"$BIN/python" manage.py migrate --no-input
"$BIN/python" manage.py load_demo
# With DEBUG off the web server serves static files from STATIC_ROOT (WhiteNoise), hashed.
"$BIN/python" manage.py collectstatic --no-input --verbosity 0

"$BIN/python" manage.py db_worker > "$VAR/worker.log" 2>&1 &
worker=$!
"$BIN/python" manage.py run_scheduler > "$VAR/scheduler.log" 2>&1 &
scheduler=$!
trap 'kill "$worker" "$scheduler" 2>/dev/null || true' EXIT INT TERM

echo
echo "Jembatan is running at http://$HOST:$PORT/"
echo "Background worker (pid $worker) and scheduler (pid $scheduler) log to $VAR/."
echo "Demo accounts (username, password, role, agency):"
"$BIN/python" manage.py demo_accounts
echo
"$BIN/python" manage.py runserver "$HOST:$PORT" --noreload
