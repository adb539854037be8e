#!/usr/bin/env bash
# Backs up the database (pg_dump, custom format) and the uploads (MEDIA_ROOT as a tarball):
#   scripts/backup.sh [directory]          (default: $VAR_DIR/backups, VAR_DIR default var)
# writes <directory>/jembatan-<UTC time>.dump and <directory>/jembatan-<UTC time>-media.tar.gz
# and prints their paths. Reads DATABASE_URL (PostgreSQL) and MEDIA_ROOT the way the settings do.
# With STORAGE_BACKEND=s3 the uploads are in the bucket: back that up with the storage's own
# tools (`mc mirror` for MinIO); the tarball then holds only what is left in MEDIA_ROOT.
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL to the PostgreSQL database to back up}"
case "$DATABASE_URL" in postgres://*|postgresql://*) ;; *) echo "DATABASE_URL is not PostgreSQL" >&2; exit 2;; esac
VAR_DIR=${VAR_DIR:-var}
MEDIA_ROOT=${MEDIA_ROOT:-$VAR_DIR/media}
DEST=${1:-$VAR_DIR/backups}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$DEST"
umask 077  # reports and personal data: readable by the owner only
pg_dump --format=custom --no-owner --no-privileges --file="$DEST/jembatan-$STAMP.dump" "$DATABASE_URL"
mkdir -p "$MEDIA_ROOT"
tar -czf "$DEST/jembatan-$STAMP-media.tar.gz" -C "$MEDIA_ROOT" .
echo "$DEST/jembatan-$STAMP.dump"
echo "$DEST/jembatan-$STAMP-media.tar.gz"
