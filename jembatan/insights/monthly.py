"""The monthly report for the Bakohumas forum as a PDF (WeasyPrint): the regency's figures,
the agencies compared, a page per agency, the social media evaluation and the consultations.

The figures are the scorecard's (`selectors.scorecard`, all figures: the forum is inside the
government), formatted by `tables` exactly as the pages show them, so the PDF, the dashboard and
`/api/v1/insights/scorecard` agree. Examples name reports by tracking code; a confidential
(rahasia) report's title never appears, and nobody's name does.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from django.conf import settings
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from jembatan.content.models import Post, PostStatus
from jembatan.core.models import Agency, Jurisdiction
from jembatan.insights import charts, selectors, tables
from jembatan.insights.metrics import METRICS
from jembatan.insights.periods import add_months, month_end
from jembatan.participation.models import Consultation
from jembatan.reports.models import Privacy, Report

Progress = Callable[[int, str], None]
# WeasyPrint reports every step at INFO; a command's output and the worker's log need only
# its warnings (missing fonts, unreadable images).
logging.getLogger("weasyprint").setLevel(logging.WARNING)
EXAMPLES = 3
SOCIAL_KEYS = ("social_reply_rate", "social_reply_minutes_median", "informative_share")


# The notification kind of the emailed report (registered in apps.py).
MONTHLY_REPORT_KIND = "insights_monthly_report"

def _absolute(path: str) -> str:
    return settings.SITE_URL + path


def _example(report: Report) -> dict:
    """A report as the forum's members may read it in an emailed file: its code, and its title
    unless it is confidential."""
    confidential = report.privacy == Privacy.RAHASIA
    return {
        "code": report.tracking_code,
        "title": _("confidential report") if confidential else report.title,
        "url": _absolute(reverse("reports:staff_detail", args=[report.tracking_code])),
        "received": report.created_at,
        "score": getattr(getattr(report, "rating", None), "score", None),
    }


def best_examples(agency: Agency, start: dt.date, end: dt.date) -> list[dict]:
    """Reports answered in the month with the best rating, then the fastest first response."""
    reports = (Report.objects.filter(lead_agency=agency, responded_at__date__gte=start,
                                     responded_at__date__lte=end)
               .filter(Q(rating__isnull=True) | Q(rating__score__gte=4))
               .select_related("rating")
               .order_by(F("rating__score").desc(nulls_last=True),
                         F("first_response_at") - F("disposed_at"), "pk")[:EXAMPLES])
    return [_example(report) for report in reports]


def ceremonial_posts(agency: Agency | None, start: dt.date, end: dt.date,
                     limit: int = EXAMPLES) -> list[dict]:
    """Published posts the information-value checker found ceremonial, with what was missing."""
    posts = Post.objects.filter(status=PostStatus.PUBLISHED, info_label="seremonial",
                                published_at__date__gte=start, published_at__date__lte=end)
    if agency is not None:
        posts = posts.filter(lead_agency=agency)
    posts = posts.select_related("lead_agency").order_by("-published_at", "-pk")[:limit]
    return [{"title": post.title, "agency": post.lead_agency.name,
             "url": _absolute(post.get_absolute_url()),
             "suggestions": list(post.info_suggestions or [])[:2]} for post in posts]


def consultations(start: dt.date, end: dt.date) -> list[dict]:
    """Consultations that closed in the month, and what was done with the input."""
    rows = (Consultation.objects.filter(closes_at__date__gte=start, closes_at__date__lte=end)
            .exclude(status__in=(Consultation.Status.DRAFT, Consultation.Status.WITHDRAWN))
            .select_related("lead_agency").order_by("closes_at", "pk"))
    return [{"title": row.title, "agency": row.lead_agency.name,
             "status": row.get_status_display(), "closes_at": row.closes_at,
             "answer": row.answer_summary,
             "url": _absolute(row.get_absolute_url())} for row in rows]


def nothing_to_report(item: selectors.Figures) -> bool:
    """An agency with nothing to say for the month: no report received, none open, no
    conversation or rated post, no consultation input. It shares one page with the others."""
    return (not item.received and not item.open_overdue
            and not sum((item.backlog_by_age or {}).values())
            and item.social_reply_rate is None and item.informative_share is None
            and not item.consultation_participants)


def report_context(month: dt.date, *, progress: Progress | None = None) -> dict:
    """Everything the PDF shows for `month` (its first day)."""
    step = progress or (lambda percent, text: None)
    start, end = month, month_end(month)
    step(5, _("counting the regency's figures"))
    figures = selectors.scorecard(start, end)
    regency = selectors.regency(start, end)
    median = selectors.regency_median(figures)
    agencies = Agency.objects.in_bulk([item.agency_id for item in figures])
    league = tables.league_table(figures, start=start, end=end, links=False, compact=True)
    regency_trend = selectors.monthly_trend(agency_id=None, months=12, until=end)
    pages, quiet = [], []
    for index, item in enumerate(figures):
        agency = agencies[item.agency_id]
        if nothing_to_report(item):
            quiet.append(item.name)
            continue
        step(10 + round(70 * index / max(len(figures), 1)),
             _("page of %(agency)s") % {"agency": item.name})
        trend = selectors.monthly_trend(agency_id=agency.pk, months=12, until=end)
        pages.append({
            "figures": item,
            "comparison": tables.comparison_table(item, median, start=start, end=end,
                                                  agency=agency, links=False),
            "chart": charts.column_chart(
                [(formats.date_format(when, "M"), value.received) for when, value in trend],
                chart_id=f"received-{agency.pk}", title=str(METRICS["received"].label),
                desc=_("Reports received in each of the last twelve months."),
                fmt=lambda value: tables.short_text("received", value)),
            "trend": tables.trend_table(trend),
            "best": best_examples(agency, start, end),
            "worst": [_example(report) for report in
                      selectors.slowest_open_items(agency, limit=EXAMPLES)],
            "ceremonial": ceremonial_posts(agency, start, end),
        })
    step(85, _("social media and consultations"))
    social = tables.league_table(figures, start=start, end=end, links=False, keys=SOCIAL_KEYS,
                                 key="media-sosial", title=_("Social media by agency"),
                                 compact=True)
    jurisdiction = Jurisdiction.objects.first()
    return {
        "month": month, "start": start, "end": end,
        "jurisdiction": jurisdiction,
        "generated_at": timezone.localtime(),
        "regency_rows": [(METRICS[key], tables.text(key, getattr(regency, key)),
                          tables.text(key, getattr(median, key))) for key in tables.AGENCY_KEYS],
        "league": league,
        "regency_chart": charts.column_chart(
            [(formats.date_format(when, "M"), value.received) for when, value in regency_trend],
            chart_id="regency-received", title=str(METRICS["received"].label),
            desc=_("Reports received in each of the last twelve months."),
            fmt=lambda value: tables.short_text("received", value)),
        "regency_trend": tables.trend_table(regency_trend),
        "pages": pages,
        "quiet_agencies": quiet,
        "social": social,
        "ceremonial": ceremonial_posts(None, start, end, limit=8),
        "consultations": consultations(start, end),
        "metrics": [METRICS[key] for key in tables.AGENCY_KEYS],
        "previous_month": add_months(month, -1),
    }


def render_html(month: dt.date, *, progress: Progress | None = None) -> str:
    return render_to_string("insights/report_pdf.html", report_context(month, progress=progress))


def _weasyprint():
    """WeasyPrint's CSS and HTML classes. Importing WeasyPrint makes Pillow accept truncated
    images in the whole process (weasyprint/images.py sets ImageFile.LOAD_TRUNCATED_IMAGES),
    which would let broken uploads past core.uploads in a worker that also made a report: the
    flag is put back. The report has no raster images, so WeasyPrint does not need it."""
    from PIL import ImageFile

    before = ImageFile.LOAD_TRUNCATED_IMAGES
    try:
        from weasyprint import CSS, HTML
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = before
    return CSS, HTML


def render_pdf(month: dt.date, *, progress: Progress | None = None) -> bytes:
    """The report as PDF bytes, in Indonesian whatever the language of the caller."""
    from django.contrib.staticfiles import finders

    CSS, HTML = _weasyprint()

    with override("id"):
        html = render_html(month, progress=progress)
        if progress:
            progress(90, _("laying out the PDF"))
    stylesheet = CSS(filename=finders.find("insights/report.css"))
    return HTML(string=html, base_url=settings.SITE_URL).write_pdf(stylesheets=[stylesheet])


def file_name(month: dt.date) -> str:
    return f"laporan-kinerja-{month:%Y-%m}.pdf"


def month_title(month: dt.date) -> str:
    return formats.date_format(month, "F Y")
