"""The shape of an SP4N-LAPOR! report as Jembatan reads and writes it, and the mapping between
LAPOR!'s words and Jembatan's (docs/lapor.md is the reference; this module is its code).

No public schema of LAPOR!'s administrator export exists, so the field names below are the ones
LAPOR!'s administrator pages show (nomor laporan, judul, isi, kategori, instansi, status...),
written in snake case. Three extension fields (kode_jembatan, status_jembatan, jenis_jembatan)
carry what LAPOR!'s words cannot say, so a record Jembatan wrote reads back unchanged.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from jembatan.reports.exports import FORMULA_START
from jembatan.reports.models import Kind, Status

# LAPOR!'s report types (jenis laporan) ⇄ Jembatan's kinds.
KIND_FROM_LAPOR = {
    "pengaduan": Kind.PENGADUAN,
    "aspirasi": Kind.ASPIRASI,
    "permintaan informasi": Kind.INFORMASI,
}
KIND_TO_LAPOR = {
    Kind.PENGADUAN: "Pengaduan",
    Kind.ASPIRASI: "Aspirasi",
    Kind.INFORMASI: "Permintaan Informasi",
    Kind.PERTANYAAN: "Permintaan Informasi",  # LAPOR! has no question type
}

# LAPOR!'s statuses ⇄ Jembatan's. LAPOR! verifies and disposes in two steps, Jembatan in one
# (decision 0036), so "Terverifikasi" is still in the coordinator's queue here.
STATUS_FROM_LAPOR = {
    "belum terverifikasi": Status.BARU,
    "terverifikasi": Status.BARU,
    "didisposisi": Status.DIDISPOSISIKAN,
    "ditunda": Status.DITUNDA,
    "ditindaklanjuti": Status.DITINDAKLANJUTI,
    "selesai": Status.SELESAI,
    "diarsipkan": Status.DITOLAK,
    "bukan wewenang": Status.DITOLAK,
}
STATUS_TO_LAPOR = {
    Status.BARU: "Belum Terverifikasi",
    Status.DIDISPOSISIKAN: "Didisposisi",
    Status.DIPROSES: "Didisposisi",
    Status.DITUNDA: "Ditunda",
    Status.DITINDAKLANJUTI: "Ditindaklanjuti",
    Status.SELESAI: "Selesai",
    Status.DITOLAK: "Diarsipkan",
    Status.DIGABUNG: "Diarsipkan",
}

FIELDS = (
    "nomor_laporan", "jenis", "judul", "isi", "kategori", "instansi", "status", "anonim",
    "rahasia", "tanggal_laporan", "tanggal_disposisi", "tanggal_selesai", "lokasi",
    "nama_pelapor", "email_pelapor", "telepon_pelapor", "tindak_lanjut", "lampiran",
    "kode_jembatan", "status_jembatan", "jenis_jembatan",
)
REQUIRED = ("nomor_laporan", "jenis", "status", "tanggal_laporan")
TRUE_WORDS = {"true", "1", "ya", "y", "yes"}
FALSE_WORDS = {"false", "0", "tidak", "t", "no", ""}


class LaporFileError(Exception):
    """The file cannot be read as LAPOR! reports; the message is for the person running it."""


@dataclass(frozen=True)
class FollowUp:
    """One tindak lanjut: the agency's public answer, as LAPOR! shows it to the reporter."""

    at: dt.datetime
    text: str
    agency: str = ""


@dataclass(frozen=True)
class Lampiran:
    """One attachment LAPOR! lists: a name, where to download it, and the type LAPOR! says."""

    name: str
    url: str
    declared_type: str = ""


@dataclass
class LaporRecord:
    number: str
    kind: str
    lapor_status: str
    status: str
    title: str
    body: str
    category: str
    agency: str
    is_anonymous: bool
    is_confidential: bool
    reported_at: dt.datetime
    disposed_at: dt.datetime | None
    finished_at: dt.datetime | None
    location: str
    reporter_name: str
    reporter_email: str
    reporter_phone: str
    follow_ups: list[FollowUp] = field(default_factory=list)
    jembatan_code: str = ""
    attachments: list[Lampiran] = field(default_factory=list)


# --- Reading ------------------------------------------------------------------------------------


def records_read(path: Path) -> list[LaporRecord]:
    """Every record of a .json or .csv file, or LaporFileError naming the first fault."""
    suffix = path.suffix.lower()
    if suffix not in (".json", ".csv"):
        raise LaporFileError(_("The file must end in .json or .csv."))
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise LaporFileError(_("File %(path)s not found.") % {"path": path}) from None
    except (UnicodeDecodeError, OSError):
        raise LaporFileError(_("File %(path)s cannot be read as UTF-8 text.")
                             % {"path": path}) from None
    rows = _json_rows(text) if suffix == ".json" else _csv_rows(text)
    return [record_from_row(row, number=index) for index, row in enumerate(rows, start=1)]


def _json_rows(text: str) -> list[dict]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise LaporFileError(_("The JSON is not valid (line %(line)s): %(error)s")
                             % {"line": error.lineno, "error": error.msg}) from None
    if isinstance(data, dict):
        data = data.get("laporan")
    if not isinstance(data, list) or not all(isinstance(row, dict) for row in data):
        raise LaporFileError(_("The JSON must be a list of reports, or an object whose "
                               "“laporan” is that list."))
    return data


def _csv_rows(text: str) -> list[dict]:
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames:
        raise LaporFileError(_("The CSV file is empty."))
    missing = [name for name in REQUIRED if name not in reader.fieldnames]
    if missing:
        raise LaporFileError(_("The CSV has no column %(columns)s.")
                             % {"columns": ", ".join(missing)})
    rows = []
    for row in reader:
        row = {key: _uncell(value) for key, value in row.items()}
        if None in row:
            raise LaporFileError(_("CSV line %(line)s has more values than columns.")
                                 % {"line": reader.line_num})
        for column in ("tindak_lanjut", "lampiran"):
            try:
                row[column] = json.loads(row.get(column) or "[]")
            except json.JSONDecodeError:
                raise LaporFileError(_("CSV line %(line)s: the “%(column)s” column must be a "
                                       "JSON list.") % {"line": reader.line_num,
                                                        "column": column}) from None
        rows.append(row)
    return rows


def record_from_row(row: dict, *, number: int) -> LaporRecord:
    def fault(message: str) -> LaporFileError:
        return LaporFileError(_("Report %(number)s: %(message)s")
                              % {"number": number, "message": message})

    def text(name: str, limit: int | None = None) -> str:
        value = row.get(name)
        if value is None:
            return ""
        if not isinstance(value, str | int):
            raise fault(_("“%(field)s” must be text.") % {"field": name})
        value = str(value).strip()
        if limit and len(value) > limit:
            raise fault(_("“%(field)s” is longer than %(limit)s characters.")
                        % {"field": name, "limit": limit})
        return value

    def flag(name: str) -> bool:
        value = row.get(name)
        if isinstance(value, bool):
            return value
        word = str(value if value is not None else "").strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise fault(_("“%(field)s” must be yes or no.") % {"field": name})

    def moment(name: str, value=None, required: bool = False) -> dt.datetime | None:
        value = text(name) if value is None else str(value).strip()
        if not value:
            if required:
                raise fault(_("“%(field)s” is empty.") % {"field": name})
            return None
        parsed = parse_datetime(value)
        if parsed is None and (day := parse_date(value)) is not None:
            parsed = dt.datetime.combine(day, dt.time(8, 0))
        if parsed is None:
            raise fault(_("“%(field)s” is not a date (use 2026-03-01 or 2026-03-01T09:30:00).")
                        % {"field": name})
        return parsed if timezone.is_aware(parsed) else timezone.make_aware(parsed)

    for name in REQUIRED:
        if not text(name):
            raise fault(_("“%(field)s” is empty.") % {"field": name})
    lapor_kind = text("jenis").lower()
    if lapor_kind not in KIND_FROM_LAPOR:
        raise fault(_("unknown report type “%(value)s” (Pengaduan, Aspirasi or Permintaan "
                      "Informasi).") % {"value": text("jenis")})
    lapor_status = text("status")
    if lapor_status.lower() not in STATUS_FROM_LAPOR:
        raise fault(_("unknown status “%(value)s”.") % {"value": lapor_status})
    status = STATUS_FROM_LAPOR[lapor_status.lower()]
    # Jembatan's own finer status, when it says the same as LAPOR!'s. Never "merged": its
    # original may not be in the file, so a merged report reads back as rejected.
    finer = text("status_jembatan")
    if (finer in Status.values and finer != Status.DIGABUNG
            and STATUS_TO_LAPOR[Status(finer)].lower() == lapor_status.lower()):
        status = Status(finer)
    kind = KIND_FROM_LAPOR[lapor_kind]
    finer_kind = text("jenis_jembatan")
    if finer_kind in Kind.values and KIND_TO_LAPOR[Kind(finer_kind)].lower() == lapor_kind:
        kind = Kind(finer_kind)
    is_confidential = flag("rahasia")
    title, body = text("judul", 200), text("isi")
    if not is_confidential and not (title and body):
        raise fault(_("“judul” and “isi” are empty; only a confidential report may come "
                      "without them."))

    raw_follow_ups = row.get("tindak_lanjut") or []
    if not isinstance(raw_follow_ups, list):
        raise fault(_("“tindak_lanjut” must be a list."))
    follow_ups = []
    for item in raw_follow_ups:
        if not isinstance(item, dict):
            raise fault(_("each “tindak_lanjut” needs “tanggal” and “isi”."))
        at = moment("tindak_lanjut.tanggal", value=item.get("tanggal") or "", required=True)
        follow_ups.append(FollowUp(at=at, text=str(item.get("isi") or "").strip(),
                                   agency=str(item.get("instansi") or "").strip()))
    raw_attachments = row.get("lampiran") or []
    if not isinstance(raw_attachments, list):
        raise fault(_("“lampiran” must be a list."))
    attachments = []
    for item in raw_attachments:
        url = str(item.get("url") or "").strip() if isinstance(item, dict) else ""
        if not url.startswith(("https://", "http://")) or len(url) > 1000:
            # An export's lampiran of a confidential report has no address: nothing to fetch.
            if isinstance(item, dict) and not url:
                continue
            raise fault(_("each “lampiran” needs a “url” starting with https://."))
        attachments.append(Lampiran(name=str(item.get("nama") or "").strip()[:200], url=url,
                                    declared_type=str(item.get("jenis") or "").strip()[:100]))
    return LaporRecord(
        number=text("nomor_laporan", 40),
        kind=kind,
        lapor_status=lapor_status,
        status=status,
        title=title,
        body=body,
        category=text("kategori", 100),
        agency=text("instansi", 200),
        is_anonymous=flag("anonim"),
        is_confidential=is_confidential,
        reported_at=moment("tanggal_laporan", required=True),
        disposed_at=moment("tanggal_disposisi"),
        finished_at=moment("tanggal_selesai"),
        location=text("lokasi", 255),
        reporter_name=text("nama_pelapor", 150),
        reporter_email=text("email_pelapor", 254),
        reporter_phone=text("telepon_pelapor", 20),
        follow_ups=sorted(follow_ups, key=lambda item: item.at),
        jembatan_code=text("kode_jembatan", 20),
        attachments=attachments,
    )


# --- Writing ------------------------------------------------------------------------------------


def _cell(value) -> str:
    # A spreadsheet must never run a citizen's text as a formula (as reports/exports.py does).
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _uncell(value):
    if isinstance(value, str) and value[:1] == "'" and value[1:2] and value[1] in FORMULA_START:
        return value[1:]
    return value


def records_write_json(rows: list[dict]) -> str:
    return json.dumps({"laporan": rows}, ensure_ascii=False, indent=2) + "\n"


def records_write_csv(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        flat = dict(row)
        flat["tindak_lanjut"] = json.dumps(row["tindak_lanjut"], ensure_ascii=False)
        flat["lampiran"] = json.dumps(row.get("lampiran", []), ensure_ascii=False)
        flat["anonim"] = "ya" if row["anonim"] else "tidak"
        flat["rahasia"] = "ya" if row["rahasia"] else "tidak"
        writer.writerow({key: _cell(value) for key, value in flat.items()})
    return out.getvalue()
