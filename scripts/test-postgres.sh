#!/usr/bin/env bash
# Runs the suite against PostgreSQL in a fresh database, dropped afterwards with the test
# databases made from it.
# PG_URL names the server (default: the local one with the postgres user, trust auth); DB_PREFIX
# starts the database's name (default jembatan_ci).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432}
DB="${DB_PREFIX:-jembatan_ci}_$(date +%s)_$$"

pg() { "$BIN/python" - "$PG_URL/postgres" "$1" <<'PY'
import sys, psycopg
with psycopg.connect(sys.argv[1], autocommit=True) as conn:
    conn.execute(sys.argv[2])
PY
}

# The test databases: test_$DB, or test_${DB}_gw0, test_${DB}_gw1 … with one per pytest worker.
drop_all() { "$BIN/python" - "$PG_URL/postgres" "$DB" <<'PY'
import sys, psycopg
with psycopg.connect(sys.argv[1], autocommit=True) as conn:
    name = sys.argv[2]
    tests = conn.execute("SELECT datname FROM pg_database WHERE datname = %s OR datname LIKE %s",
                         (f"test_{name}", f"test_{name}_gw%".replace("_", "\\_"))).fetchall()
    for (database,) in [*tests, (name,)]:
        conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
PY
}

pg "CREATE DATABASE \"$DB\""
trap 'drop_all || true' EXIT
DATABASE_URL="$PG_URL/$DB" ./scripts/test.sh "$@"
