#!/usr/bin/env bash
# What CI checks of `make production`: on this machine's PostgreSQL (a fresh database, dropped
# afterwards) and Redis (a database of its own among 1-7, emptied afterwards) it
#   1. refuses to start with DEBUG on, saying what to set;
#   2. starts (migrates, gunicorn, 2 RQ workers, the scheduler) and answers /healthz;
#   3. takes a report through the API, which an RQ worker triages (suggested agency filled) and
#      whose acknowledgement email it writes (the file email backend, under $VAR_DIR/mail);
#   4. serves /metrics to this machine only;
#   5. stops every process when make gets SIGTERM;
#   6. its database and uploads, backed up, restore into a fresh database with the same row
#      count in every table (scripts/test-backup.sh).
# PG_URL (default postgres://postgres@127.0.0.1:5432), REDIS_SERVER (redis://127.0.0.1:6379) and
# SMOKE_PORT (a free port) may be changed.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
PY="$BIN/python"
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432}
REDIS_SERVER=${REDIS_SERVER:-redis://127.0.0.1:6379}
# A port nothing listens on yet, unless SMOKE_PORT names one.
PORT=${SMOKE_PORT:-$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
DB="jembatan_production_$(date +%s)_$$"
WORK=$(mktemp -d -t jembatan-production.XXXXXX)
say() { echo "production-smoke: $*"; }
fail() { echo "production-smoke: FAILED: $*" >&2; [ -f "$WORK/production.log" ] && tail -n 60 "$WORK/production.log" >&2; exit 1; }

pg() { "$PY" - "$PG_URL/postgres" "$1" <<'PY'
import sys, psycopg
with psycopg.connect(sys.argv[1], autocommit=True) as conn:
    conn.execute(sys.argv[2])
PY
}

# A Redis database nobody else uses: the first of 1-7 this run can lock and that holds no queue.
REDIS_DB=$("$PY" - "$REDIS_SERVER" <<'PY'
import os, sys, redis
for number in range(1, 8):
    client = redis.Redis.from_url(f"{sys.argv[1]}/{number}")
    if client.set("jembatan-smoke:lock", os.getppid(), nx=True, ex=1800):
        if client.keys("rq:*"):
            client.delete("jembatan-smoke:lock")
            continue
        print(number)
        break
else:
    sys.exit("Every Redis database from 1 to 7 is in use.")
PY
)
REDIS_URL="$REDIS_SERVER/$REDIS_DB"

pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -TERM -- "-$pid" 2>/dev/null || true; sleep 3; kill -KILL -- "-$pid" 2>/dev/null || true; fi
  "$PY" -c "import redis,sys; redis.Redis.from_url(sys.argv[1]).flushdb()" "$REDIS_URL" || true
  pg "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)" || true
  rm -rf "$WORK"
}
trap cleanup EXIT
pg "CREATE DATABASE \"$DB\""

export DEBUG=0 SECRET_KEY="$("$PY" -c 'import secrets; print(secrets.token_urlsafe(50))')"
export ALLOWED_HOSTS=127.0.0.1,localhost DATABASE_URL="$PG_URL/$DB" REDIS_URL CACHE_URL="$REDIS_URL"
export VAR_DIR="$WORK/var" HOST=127.0.0.1 PORT WEB_CONCURRENCY=2 WORKERS=2
export SITE_URL="http://127.0.0.1:$PORT" SECURE_COOKIES=0 PYTHONUNBUFFERED=1
unset EMAIL_HOST TASKS_BACKEND

say "1. an unsafe configuration is refused"
if DEBUG=1 make --no-print-directory production > "$WORK/refused.log" 2>&1; then
  fail "make production started with DEBUG=1"
fi
grep -q "set DEBUG=0" "$WORK/refused.log" || { cat "$WORK/refused.log"; fail "no word on what to set"; }

say "2. make production starts on $DATABASE_URL and $REDIS_URL"
setsid make --no-print-directory production > "$WORK/production.log" 2>&1 &
pid=$!
# Migrating a fresh database takes a minute or two (longer on a busy machine).
for _ in $(seq 1200); do
  curl -fsS "http://127.0.0.1:$PORT/healthz" > "$WORK/health.json" 2>/dev/null && break
  kill -0 "$pid" 2>/dev/null || fail "make production stopped"
  sleep 0.5
done
[ -s "$WORK/health.json" ] || fail "/healthz did not answer 200 within 10 minutes"
"$PY" - "$WORK/health.json" <<'PY' || fail "/healthz is not healthy"
import json, sys
health = json.load(open(sys.argv[1]))
print("production-smoke: /healthz", json.dumps(health)[:300])
assert health["status"] == "ok" and health["database"] == "ok" and health["redis"] == "ok", health
assert health["tasks"]["status"] == "ok", health
PY

say "3. a report through the API is triaged and acknowledged by an RQ worker"
"$BIN/python" manage.py setup_jurisdiction --name "Pemerintah Kabupaten Wonosobo" \
  --short-name "Kab. Wonosobo" --code WSB --region-code 33.07 > /dev/null
"$BIN/python" manage.py shell --no-imports -c '
from jembatan.core.models import Agency
Agency.objects.create(slug="dpupr", name="Dinas Pekerjaan Umum dan Penataan Ruang",
    short_name="DPUPR", kind="perangkat_daerah",
    duties="Jalan kabupaten rusak, berlubang, jembatan, drainase.")
Agency.objects.create(slug="tirta-aji", name="Perumda Air Minum Tirta Aji",
    short_name="PDAM Tirta Aji", kind="bumd",
    duties="Air PDAM mati atau keruh, pipa bocor, tagihan air.")
' 2> /dev/null
"$PY" - "http://127.0.0.1:$PORT" > "$WORK/code" <<'PY' || fail "POST /api/v1/reports"
import json, sys, urllib.request
body = {"kind": "pengaduan", "title": "Jalan kabupaten berlubang",
        "body": "Jalan rusak berlubang besar di Kayugiyang, motor sering jatuh.",
        "privacy": "publik", "kecamatan": "33.07.12", "desa": "33.07.12.2004",
        "reporter": {"name": "Wagiyem Sulastri", "email": "wagiyem.sulastri@contoh.id",
                     "phone": "081227001234"}}
request = urllib.request.Request(f"{sys.argv[1]}/api/v1/reports", json.dumps(body).encode(),
                                 {"Content-Type": "application/json"})
with urllib.request.urlopen(request, timeout=30) as response:
    assert response.status == 201, response.status
    print(json.load(response)["tracking_code"])
PY
CODE=$(cat "$WORK/code")
say "report $CODE accepted"
"$BIN/python" manage.py shell --no-imports -c "
import time
from jembatan.reports.models import Report
for _ in range(240):
    report = Report.objects.get(tracking_code='$CODE')
    if report.suggested_agency_id:
        break
    time.sleep(0.5)
assert report.suggested_agency and report.suggested_agency.slug == 'dpupr', report.suggestions
assert report.suggestions, 'no suggestions'
print('production-smoke: triaged: suggested', report.suggested_agency.slug)
" 2> "$WORK/triage.err" || { cat "$WORK/triage.err" >&2; fail "the report was not triaged"; }
for _ in $(seq 120); do
  grep -rqs "$CODE" "$VAR_DIR/mail" && break
  sleep 0.5
done
grep -rqs "$CODE" "$VAR_DIR/mail" || fail "no email about $CODE in $VAR_DIR/mail"
grep -rqs "wagiyem.sulastri@contoh.id" "$VAR_DIR/mail" || fail "the email is not to the reporter"
say "acknowledgement written to $(grep -rls "$CODE" "$VAR_DIR/mail" | head -1)"
grep -q '"view": "api-1.0.0:' "$WORK/production.log" || true

say "4. /metrics answers this machine and not a proxied visitor"
curl -fsS "http://127.0.0.1:$PORT/metrics" > "$WORK/metrics.txt" || fail "/metrics"
grep -q '^jembatan_tasks_queued ' "$WORK/metrics.txt" || fail "no queue depth in /metrics"
grep -q '^django_http_requests_latency_seconds_by_view_method_bucket' "$WORK/metrics.txt" \
  || fail "no request latency in /metrics"
status=$(curl -s -o /dev/null -w '%{http_code}' -H 'X-Forwarded-For: 203.0.113.9' \
  "http://127.0.0.1:$PORT/metrics")
[ "$status" = 404 ] || fail "/metrics answered $status to a proxied request"
grep -q '"message": "request"' "$WORK/production.log" || fail "no JSON request log line"
grep -q '"message": "task"' "$WORK/production.log" || fail "no JSON task log line"
if grep -q "wagiyem\|Kayugiyang, motor" "$WORK/production.log"; then
  fail "the log holds personal data or the report's content"
fi

say "5. SIGTERM to make stops everything"
# To make alone, as a process manager would send it (Ctrl-C signals the whole group, which
# honcho handles as well).
kill -TERM "$pid"
for _ in $(seq 60); do
  [ -z "$(ps -o pid= -g "$pid" 2>/dev/null)" ] && break
  sleep 0.5
done
if [ -n "$(ps -o pid= -g "$pid" 2>/dev/null)" ]; then
  ps -o pid,args -g "$pid" >&2
  fail "processes still running 30 s after SIGTERM"
fi
wait "$pid" || true
if curl -fsS "http://127.0.0.1:$PORT/__ping" > /dev/null 2>&1; then fail "still answering"; fi
pid=""

say "6. a backup of its database and uploads restores into a fresh database, equal"
mkdir -p "$VAR_DIR/media/reports/2026/12"
head -c 4096 /dev/urandom > "$VAR_DIR/media/reports/2026/12/3f9c0d1e.pdf"
SOURCE_URL="$DATABASE_URL" MEDIA_ROOT="$VAR_DIR/media" PG_URL="$PG_URL" BIN="$BIN" \
  ./scripts/test-backup.sh || fail "backup and restore"
say "OK"
