#!/usr/bin/env bash
# Proves scripts/backup.sh and scripts/restore.sh: backs up a database and its uploads, restores
# them into a fresh database and an empty directory, and compares the row count of every table
# and every file's checksum. Any difference fails.
#   SOURCE_URL=postgres://…/db MEDIA_ROOT=… scripts/test-backup.sh   (an existing database)
#   scripts/test-backup.sh                      (a fresh one: migrated, jurisdiction loaded)
# PG_URL names the server (default postgres://postgres@127.0.0.1:5432); databases it creates
# are dropped afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
PY="$BIN/python"
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432}
WORK=$(mktemp -d -t jembatan-backup.XXXXXX)
STAMP="$(date +%s)_$$"
CREATED=()

pg() { "$PY" - "$PG_URL/postgres" "$1" <<'PY'
import sys, psycopg
with psycopg.connect(sys.argv[1], autocommit=True) as conn:
    conn.execute(sys.argv[2])
PY
}
cleanup() {
  for db in "${CREATED[@]}"; do pg "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ -z "${SOURCE_URL:-}" ]; then
  pg "CREATE DATABASE \"jembatan_backup_src_$STAMP\""; CREATED+=("jembatan_backup_src_$STAMP")
  SOURCE_URL="$PG_URL/jembatan_backup_src_$STAMP"
  MEDIA_ROOT="$WORK/source-media"
  mkdir -p "$MEDIA_ROOT/reports/2026/12"
  head -c 4096 /dev/urandom > "$MEDIA_ROOT/reports/2026/12/3f9c0d1e.pdf"
  DATABASE_URL="$SOURCE_URL" VAR_DIR="$WORK/var" "$PY" manage.py migrate --no-input > /dev/null
  DATABASE_URL="$SOURCE_URL" VAR_DIR="$WORK/var" "$PY" manage.py setup_jurisdiction \
    --name "Pemerintah Kabupaten Wonosobo" --short-name "Kab. Wonosobo" --code WSB \
    --region-code 33.07 > /dev/null
fi
: "${MEDIA_ROOT:?set MEDIA_ROOT to the uploads of SOURCE_URL}"

DATABASE_URL="$SOURCE_URL" MEDIA_ROOT="$MEDIA_ROOT" ./scripts/backup.sh "$WORK/backup" > "$WORK/files"
DUMP=$(sed -n 1p "$WORK/files"); TARBALL=$(sed -n 2p "$WORK/files")
pg "CREATE DATABASE \"jembatan_backup_dst_$STAMP\""; CREATED+=("jembatan_backup_dst_$STAMP")
TARGET_URL="$PG_URL/jembatan_backup_dst_$STAMP"
DATABASE_URL="$TARGET_URL" MEDIA_ROOT="$WORK/restored-media" ./scripts/restore.sh "$DUMP" "$TARBALL"

"$PY" - "$SOURCE_URL" "$TARGET_URL" "$MEDIA_ROOT" "$WORK/restored-media" <<'PY'
import hashlib, sys
from pathlib import Path
import psycopg
from psycopg import sql

def counts(url):
    with psycopg.connect(url) as conn:
        tables = [row[0] for row in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")]
        return {table: conn.execute(sql.SQL("SELECT count(*) FROM {}").format(
            sql.Identifier(table))).fetchone()[0] for table in tables}

def files(root):
    root = Path(root)
    return {str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(root.rglob("*")) if path.is_file()}

source, target = counts(sys.argv[1]), counts(sys.argv[2])
differ = {t: (source.get(t), target.get(t)) for t in source.keys() | target.keys()
          if source.get(t) != target.get(t)}
assert not differ, f"row counts differ (source, restored): {differ}"
assert sum(source.values()) > 0, "the source database is empty"
source_files, restored_files = files(sys.argv[3]), files(sys.argv[4])
assert source_files == restored_files, "the restored uploads differ"
print(f"backup restored: {len(source)} tables, {sum(source.values())} rows, "
      f"{len(source_files)} files, all equal")
PY
