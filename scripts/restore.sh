#!/usr/bin/env bash
# Restores a backup of scripts/backup.sh into an EMPTY database and MEDIA_ROOT:
#   scripts/restore.sh <jembatan-….dump> [<jembatan-…-media.tar.gz>]
# DATABASE_URL names the database (create it first: createdb jembatan); MEDIA_ROOT (default
# $VAR_DIR/media) receives the uploads. Stop the web, worker and scheduler processes first.
set -euo pipefail
DUMP=${1:?usage: scripts/restore.sh <dump> [media tarball]}
MEDIA=${2:-}
: "${DATABASE_URL:?set DATABASE_URL to the (empty) PostgreSQL database to restore into}"
VAR_DIR=${VAR_DIR:-var}
MEDIA_ROOT=${MEDIA_ROOT:-$VAR_DIR/media}
pg_restore --no-owner --no-privileges --exit-on-error --dbname="$DATABASE_URL" "$DUMP"
if [ -n "$MEDIA" ]; then
  mkdir -p "$MEDIA_ROOT"
  if [ -n "$(ls -A "$MEDIA_ROOT")" ]; then
    echo "MEDIA_ROOT ($MEDIA_ROOT) is not empty: the uploads were not restored." >&2
    exit 1
  fi
  tar -xzf "$MEDIA" -C "$MEDIA_ROOT"
fi
echo "Restored $DUMP${MEDIA:+ and $MEDIA}."
