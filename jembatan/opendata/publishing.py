"""The daily export: every dataset written as CSV and JSON to the file storage (the local media
folder, or S3 in production), then the manifest that names them.

Files carry the run in their name (`opendata/20261206T010000Z-laporan-harian.csv`), so a run
never overwrites what a running download reads; the manifest (`opendata/manifest.json`) is
written last and is what the public URLs follow, so a half-written run is never served. The runs
before the previous one are deleted.

Rows are streamed to temporary files and the files handed to the storage, so a dataset of any
size costs the memory of one month of report cells. Every text cell is defused against
spreadsheet formulas.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import logging
import tempfile
from pathlib import Path

from django.core.cache import cache
from django.core.files import File
from django.core.files.storage import default_storage
from django.utils import timezone, translation

from jembatan.opendata.datasets import BY_SLUG, DATASETS, FORMATS, LICENSE_URL, SMALL_CELL
from jembatan.opendata.rows import BUILDERS
from jembatan.participation.exports import defuse

logger = logging.getLogger(__name__)

FOLDER = "opendata"
MANIFEST = f"{FOLDER}/manifest.json"
CACHE_KEY = "opendata:manifest"
CACHE_SECONDS = 60


def _plain(value):
    """A value as JSON has it: dates and times in ISO 8601 (times in Jakarta time)."""
    if isinstance(value, dt.datetime):
        return timezone.localtime(value).isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return value
    return defuse(_plain(value))


def _day(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return timezone.localtime(value).date()
    if isinstance(value, dt.date):
        return value
    return None


class _Digest:
    """Bytes written to a file, counted and hashed as they go (for ETag and the catalogue)."""

    def __init__(self, handle) -> None:
        self.handle = handle
        self.sha256 = hashlib.sha256()
        self.size = 0

    def write(self, text: str) -> int:
        data = text.encode()
        self.sha256.update(data)
        self.size += len(data)
        self.handle.write(data)
        return len(text)


def _write_dataset(slug: str, *, now: dt.datetime, run: str, folder: Path) -> dict:
    dataset = BY_SLUG[slug]
    build, date_columns = BUILDERS[slug]
    names = dataset.column_names
    csv_path, json_path = folder / f"{slug}.csv", folder / f"{slug}.json"
    count, first, last = 0, None, None
    with csv_path.open("wb") as csv_file, json_path.open("wb") as json_file:
        csv_out, json_out = _Digest(csv_file), _Digest(json_file)
        writer = csv.writer(csv_out, lineterminator="\r\n")
        writer.writerow(names)
        head = {
            "dataset": slug, "judul": str(dataset.title), "deskripsi": str(dataset.description),
            "lisensi": LICENSE_URL, "diperbarui": _plain(now),
            "aturan_penyamaran": str(suppression_rule()), "kolom": names,
        }
        json_out.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "data": [')
        for row in build(now=now):
            if row.keys() != set(names):
                # A builder and the data dictionary must never drift apart.
                raise ValueError(f"{slug}: columns {sorted(row)} differ from {sorted(names)}")
            writer.writerow([_csv_cell(row[name]) for name in names])
            json_out.write(("," if count else "") + "\n" + json.dumps(
                {name: _plain(row[name]) for name in names}, ensure_ascii=False))
            count += 1
            for column in date_columns:
                day = _day(row[column])
                if day is not None:
                    first = day if first is None or day < first else first
                    last = day if last is None or day > last else last
        json_out.write("\n]}\n")
    files = {}
    for fmt, path, digest in (("csv", csv_path, csv_out), ("json", json_path, json_out)):
        name = f"{FOLDER}/{run}-{slug}.{fmt}"
        with path.open("rb") as handle:
            stored = default_storage.save(name, File(handle, name=name))
        files[fmt] = {"path": stored, "bytes": digest.size, "sha256": digest.sha256.hexdigest(),
                      "media_type": FORMATS[fmt]}
    return {"rows": count, "first_day": first.isoformat() if first else None,
            "last_day": last.isoformat() if last else None, "files": files}


def suppression_rule():
    from django.utils.translation import gettext as _

    return _("Counts of reports, ratings, people or conversations from 1 to %(limit)s are not "
             "published (the cell is left empty and the row is marked in its disamarkan "
             "column), nor the times and rates measured on fewer than %(small)s of them, so "
             "that no reporter can be recognised. When one of the status columns is hidden, a "
             "second one is hidden with it, so that it cannot be worked out from the total.") % {
        "limit": SMALL_CELL - 1, "small": SMALL_CELL}


def export_all(*, now: dt.datetime | None = None) -> dict:
    """Write every dataset and then the manifest; returns the manifest."""
    now = now or timezone.now()
    run = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    previous = read_manifest(cached=False)
    with translation.override("id"), tempfile.TemporaryDirectory() as tmp:
        datasets = {dataset.slug: _write_dataset(dataset.slug, now=now, run=run,
                                                 folder=Path(tmp))
                    for dataset in DATASETS}
    manifest = {"run": run, "generated_at": now.astimezone(dt.UTC).isoformat(
        timespec="seconds"), "datasets": datasets}
    body = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
    # Storages do not overwrite (the file system one would pick another name): the old manifest
    # goes first. A request in between finds the new one in the cache set right after.
    if default_storage.exists(MANIFEST):
        default_storage.delete(MANIFEST)
    default_storage.save(MANIFEST, File(io.BytesIO(body), name=MANIFEST))
    cache.set(CACHE_KEY, manifest, CACHE_SECONDS)
    _delete_old_runs(keep={run, previous["run"] if previous else run})
    logger.info("opendata: run %s written", run)
    return manifest


def _delete_old_runs(*, keep: set[str]) -> None:
    try:
        _folders, names = default_storage.listdir(FOLDER)
    except FileNotFoundError:
        return
    for name in names:
        if name == "manifest.json" or name.split("-", 1)[0] in keep:
            continue
        default_storage.delete(f"{FOLDER}/{name}")


def read_manifest(*, cached: bool = True) -> dict | None:
    """The latest run's manifest, or None before the first export."""
    if cached:
        manifest = cache.get(CACHE_KEY)
        if manifest is not None:
            return manifest
    try:
        if not default_storage.exists(MANIFEST):
            return None
        with default_storage.open(MANIFEST, "rb") as handle:
            manifest = json.loads(handle.read())
    except (OSError, ValueError):
        logger.warning("opendata: the manifest cannot be read")
        return None
    cache.set(CACHE_KEY, manifest, CACHE_SECONDS)
    return manifest
