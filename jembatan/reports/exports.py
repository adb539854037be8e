"""CSV export of the staff inbox, with the same scoping and privacy rules as the pages.

Cells that a spreadsheet would read as a formula (=, +, -, @) are prefixed with a quote, so a
citizen's text can never run as a formula on an officer's computer.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator

from django.utils import timezone

from jembatan.core.models import User
from jembatan.reports.models import Privacy, Report

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
HEADER = [
    "tracking_code", "received", "kind", "status", "privacy", "channel", "lead_agency",
    "kecamatan", "desa", "title", "deadline", "responded", "closed", "reporter_name",
]


class _Echo:
    def write(self, value):
        return value


def _cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _when(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


def export_rows(reports, *, user: User) -> Iterator[str]:
    """CSV lines for `reports` (already scoped to the user). Streams; memory stays flat."""
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(HEADER)  # BOM: spreadsheet programs then read UTF-8
    rows = reports.select_related("lead_agency", "kecamatan", "desa").only(
        "tracking_code", "created_at", "kind", "status", "privacy", "channel", "title",
        "deadline", "responded_at", "closed_at", "reporter_name", "lead_agency__short_name",
        "kecamatan__name", "desa__name",
    )
    for report in rows.iterator(chunk_size=2000):
        yield writer.writerow([_cell(v) for v in (
            report.tracking_code, _when(report.created_at), report.kind, report.status,
            report.privacy, report.channel,
            report.lead_agency.short_name if report.lead_agency else "",
            report.kecamatan.name if report.kecamatan else "",
            report.desa.name if report.desa else "",
            report.title, _when(report.deadline), _when(report.responded_at),
            _when(report.closed_at), _reporter_name(report, user),
        )])


def _reporter_name(report: Report, user: User) -> str:
    # Same rule as the pages: an anonim reporter is named to coordinators only.
    if report.privacy == Privacy.ANONIM and not user.is_coordinator:
        return ""
    return report.reporter_name
