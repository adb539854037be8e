"""Reports written as SP4N-LAPOR! records (docs/lapor.md): status, dates and the agencies' public
follow-ups. Never an internal note or a reporter's own message; never an anonim reporter's
identity; never a rahasia report's title, text, place, reporter or follow-up text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.conf import settings
from django.db.models import Prefetch, Q
from django.urls import reverse

from jembatan.core.uploads import EXTENSIONS
from jembatan.lapor.records import KIND_TO_LAPOR, STATUS_TO_LAPOR
from jembatan.reports.models import (
    PUBLIC_LIST_STATUSES,
    Attachment,
    Kind,
    Message,
    Privacy,
    Report,
    Status,
)


def reports_for_lapor(*, since: dt.datetime | None = None):
    """Reports changed since `since` (all without it), with what their records need."""
    public_answers = Message.objects.filter(visibility=Message.Visibility.PUBLIC,
                                            from_reporter=False).select_related("author_agency")
    # Attachments of the report and of public messages: never those of an internal note.
    shared_files = (Attachment.objects.filter(Q(message=None) | Q(
        message__visibility=Message.Visibility.PUBLIC)).order_by("id"))
    reports = (Report.objects.select_related("lead_agency", "category", "lapor_link")
               .prefetch_related(Prefetch("messages", queryset=public_answers,
                                          to_attr="public_answers"),
                                 Prefetch("attachments", queryset=shared_files,
                                          to_attr="shared_files"))
               .order_by("created_at", "id"))
    if since is not None:
        reports = reports.filter(updated_at__gte=since)
    return reports


def _when(moment: dt.datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _attachments(report: Report) -> list[dict]:
    """Name, type and size of each attachment; the address only where anyone may open it
    (a published report that is not rahasia). An anonim or rahasia reporter's file name can
    name them ("KTP 3307….jpg"), so theirs go as lampiran-1.jpg, lampiran-2.pdf…"""
    published = (report.privacy != Privacy.RAHASIA and report.status in PUBLIC_LIST_STATUSES)
    hides_names = report.privacy in (Privacy.ANONIM, Privacy.RAHASIA)
    rows = []
    for number, item in enumerate(getattr(report, "shared_files", []), start=1):
        extension = EXTENSIONS.get(item.content_type, "bin")
        row = {"nama": f"lampiran-{number}.{extension}" if hides_names else item.original_name,
               "jenis": item.content_type, "ukuran": item.size}
        if published:
            row["url"] = settings.SITE_URL + reverse(
                "reports:attachment", kwargs={"code": report.tracking_code, "pk": item.pk})
        rows.append(row)
    return rows


def lapor_row(report: Report) -> dict:
    confidential = report.privacy == Privacy.RAHASIA
    hides_identity = report.privacy in (Privacy.ANONIM, Privacy.RAHASIA)
    link = getattr(report, "lapor_link", None)
    agency = report.lead_agency.name if report.lead_agency else ""
    follow_ups = [
        {
            "tanggal": _when(message.created_at),
            "isi": "" if confidential else message.body,
            "instansi": message.author_agency.name if message.author_agency else agency,
        }
        for message in report.public_answers
    ]
    finished = report.closed_at if report.status in (Status.SELESAI, Status.DITOLAK,
                                                     Status.DIGABUNG) else None
    return {
        # A report Jembatan sends to LAPOR! first is known by Jembatan's own code.
        "nomor_laporan": link.tracking_number if link else report.tracking_code,
        "jenis": KIND_TO_LAPOR[Kind(report.kind)],
        "judul": "" if confidential else report.title,
        "isi": "" if confidential else report.body,
        "kategori": report.category.name if report.category else "",
        "instansi": agency,
        "status": STATUS_TO_LAPOR[Status(report.status)],
        "anonim": report.privacy == Privacy.ANONIM,
        "rahasia": confidential,
        "tanggal_laporan": _when(report.created_at),
        "tanggal_disposisi": _when(report.disposed_at),
        "tanggal_selesai": _when(finished),
        "lokasi": "" if confidential else report.address,
        "nama_pelapor": "" if hides_identity else report.reporter_name,
        "email_pelapor": "" if hides_identity else report.reporter_email,
        "telepon_pelapor": "" if hides_identity else report.reporter_phone,
        "tindak_lanjut": follow_ups,
        "lampiran": _attachments(report),
        "kode_jembatan": report.tracking_code,
        "status_jembatan": report.status,
        "jenis_jembatan": report.kind,
    }


def lapor_rows(reports: Iterable[Report]) -> list[dict]:
    return [lapor_row(report) for report in reports]
