"""Comments with the official answers, and the answers to the questions, as CSV or XLSX for
anyone: no author names or contacts, personal data in the text masked, and every cell a
spreadsheet would read as a formula defused (Kerrokantasi does the same)."""

from __future__ import annotations

import csv
import io

from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from jembatan.participation.access import get_consultation_for_public
from jembatan.participation.models import Comment, Consultation, ResponseAnswer
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
    header = [_("Number"), _("Section"), _("Reply to"), _("Comment"),
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
            comment.parent_id or "", public_text(comment.body),
            comment.support_count,
            timezone.localtime(comment.created_at).strftime("%Y-%m-%d %H:%M"),
            theme.title if theme else "",
            theme.get_answer_status_display() if theme and theme.answer_status else "",
            theme.answer if theme else "",
            comment.get_answer_status_display() if comment.answer_status else "",
            comment.answer,
        ])
    return header, [[defuse(cell) for cell in row] for row in rows]


def answer_rows(consultation: Consultation) -> tuple[list[str], list[list]]:
    """One row per answer: the response's number (not the person), the question, the answer."""
    header = [_("Response"), _("Question"), _("Answer")]
    answers = (ResponseAnswer.objects.filter(response__consultation=consultation)
               .select_related("question", "option")
               .order_by("response_id", "question__position", "question_id", "option__position"))
    rows = []
    for answer in answers:
        if answer.option is not None:
            value = answer.option.text
        elif answer.value is not None:
            value = answer.value
        else:
            value = public_text(answer.text)
        rows.append([answer.response_id, answer.question.text, value])
    return header, [[defuse(cell) for cell in row] for row in rows]


def public_export(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """`?isi=jawaban` gives the answers to the questions as CSV; the XLSX file holds both."""
    consultation = get_consultation_for_public(request, pk)
    if fmt not in ("csv", "xlsx"):
        raise Http404
    answers_only = request.GET.get("isi") == "jawaban"
    header, rows = answer_rows(consultation) if answers_only else export_rows(consultation)
    name = f"konsultasi-{consultation.pk}" + ("-jawaban" if answers_only else "")
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
        answers = book.create_sheet(_("Answers to the questions")[:31])
        answer_header, answer_data = answer_rows(consultation)
        answers.append(answer_header)
        for row in answer_data:
            answers.append(row)
        buffer = io.BytesIO()
        book.save(buffer)
        response = HttpResponse(buffer.getvalue(), content_type=(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response
