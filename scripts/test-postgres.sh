#!/usr/bin/env bash
# Runs the suite against PostgreSQL in a fresh database, dropped afterwards.
# PG_URL names the server (default: the local one with the postgres user, trust auth).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432}
DB="jembatan_ci_$(date +%s)_$$"

pg() { "$BIN/python" - "$PG_URL/postgres" "$1" <<'PY'
import sys, psycopg
with psycopg.connect(sys.argv[1], autocommit=True) as conn:
    conn.execute(sys.argv[2])
PY
}

pg "CREATE DATABASE \"$DB\""
trap 'pg "DROP DATABASE IF EXISTS \"test_$DB\"" || true; pg "DROP DATABASE IF EXISTS \"$DB\"" || true' EXIT
DATABASE_URL="$PG_URL/$DB" ./scripts/test.sh "$@"
