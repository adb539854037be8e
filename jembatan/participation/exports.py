"""Comments and official answers of a consultation as CSV or XLSX, for anyone: no names of
people without an account's consent beyond the display name they chose, no contact, personal
data in the text masked, and every cell that a spreadsheet would read as a formula defused
(Kerrokantasi does the same)."""

from __future__ import annotations

import csv
import io

from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from jembatan.participation.access import get_consultation_for_public
from jembatan.participation.models import Comment, Consultation
from jembatan.reports.selectors import public_text

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def defuse(value) -> str | int:
    """A value a spreadsheet shows as text: a leading formula character gets a quote before it
    (OWASP CSV injection)."""
    if isinstance(value, int):
        return value
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def export_rows(consultation: Consultation) -> tuple[list[str], list[list]]:
    header = [_("Number"), _("Section"), _("Reply to"), _("Name shown"), _("Comment"),
              _("Supports"), _("Date"), _("Theme"), _("Decision on the theme"),
              _("Answer to the theme"), _("Decision on the comment"),
              _("Answer to the comment")]
    comments = (consultation.comments.filter(status=Comment.Status.PUBLISHED)
                .select_related("section", "theme").order_by("created_at", "id"))
    rows = []
    for comment in comments:
        theme = comment.theme
        rows.append([
            comment.pk, comment.section.title if comment.section else _("The whole draft"),
            comment.parent_id or "", comment.display_name, public_text(comment.body),
            comment.support_count,
            timezone.localtime(comment.created_at).strftime("%Y-%m-%d %H:%M"),
            theme.title if theme else "",
            theme.get_answer_status_display() if theme and theme.answer_status else "",
            theme.answer if theme else "",
            comment.get_answer_status_display() if comment.answer_status else "",
            comment.answer,
        ])
    return header, [[defuse(cell) for cell in row] for row in rows]


def public_export(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    consultation = get_consultation_for_public(request, pk)
    if fmt not in ("csv", "xlsx"):
        raise Http404
    header, rows = export_rows(consultation)
    name = f"konsultasi-{consultation.pk}"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow([defuse(h) for h in header])
        writer.writerows(rows)
        # The byte-order mark makes Excel read the text as UTF-8.
        response = HttpResponse("\ufeff" + buffer.getvalue(),
                                content_type="text/csv; charset=utf-8")
    else:
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.title = _("Comments")[:31]
        sheet.append(header)
        for row in rows:
            sheet.append(row)
        buffer = io.BytesIO()
        book.save(buffer)
        response = HttpResponse(buffer.getvalue(), content_type=(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response
