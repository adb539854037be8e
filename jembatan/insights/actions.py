"""Writes of the performance figures: which figures the public sees, and the monthly report
for the forum, asked for by a coordinator or made by the scheduled job, and its emailing."""


from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from jembatan.core.actions import audit_record
from jembatan.core.background import enqueue_on_commit
from jembatan.core.models import User
from jembatan.core.rules import require_actor_perm
from jembatan.core.workdays import WorkingCalendar
from jembatan.insights import monthly
from jembatan.insights.metrics import METRICS
from jembatan.insights.models import MonthlyReport, Publication
from jembatan.insights.periods import add_months, first_working_day
from jembatan.notifications.models import Frequency
from jembatan.notifications.services import notify

logger = logging.getLogger(__name__)
MAKE_TASK = "jembatan.insights.tasks.make_monthly_report"


@transaction.atomic
def publication_update(*, actor: User, metric_keys: Iterable[str]) -> Publication:
    """Choose the figures shown on the public scorecard and given to anonymous API callers."""
    require_actor_perm(actor, "insights.change_publication")
    keys = sorted(set(metric_keys))
    unknown = [key for key in keys if key not in METRICS]
    if unknown:
        raise ValidationError(_("Unknown figure."))
    from jembatan.insights.selectors import public_metric_keys

    before = sorted(public_metric_keys())
    row, _created = Publication.objects.select_for_update().get_or_create(singleton=True)
    if before == keys:
        return row
    row.metric_keys = keys
    row.updated_at = timezone.now()
    row.updated_by = actor
    row.save()
    audit_record(actor=actor, action="insights_publication_update", obj=row,
                 changes={"metric_keys": [before, keys]})
    return row


def monthly_report_request(*, month: dt.date, actor: User) -> MonthlyReport:
    """A coordinator asks for the report of `month` (its first day); a worker makes it."""
    require_actor_perm(actor, "insights.make_monthly_report")
    with transaction.atomic():
        report = MonthlyReport.objects.create(
            month=month, requested_by=actor, content_type="application/pdf", size=0,
            original_name=monthly.file_name(month))
        audit_record(actor=actor, action="insights_monthly_report_request", obj=report)
        enqueue_on_commit(MAKE_TASK, report.pk)
    return report


def monthly_report_make(*, report_id: int) -> MonthlyReport | None:
    """Lay out the PDF, keeping the row's progress current for the progress bar."""
    report = MonthlyReport.objects.filter(pk=report_id).first()
    if report is None or report.status == MonthlyReport.Status.DONE:
        return report
    rows = MonthlyReport.objects.filter(pk=report.pk)
    rows.update(status=MonthlyReport.Status.RUNNING, progress=1)

    def progress(percent: int, _step: str) -> None:
        rows.update(progress=min(max(percent, 1), 99))

    try:
        pdf = monthly.render_pdf(report.month, progress=progress)
    except Exception:
        rows.update(status=MonthlyReport.Status.FAILED)
        logger.exception("monthly report %s failed", report.pk)
        raise
    with transaction.atomic():
        report = MonthlyReport.objects.select_for_update().get(pk=report.pk)
        report.file.save(monthly.file_name(report.month), ContentFile(pdf), save=False)
        report.size = len(pdf)
        report.status = MonthlyReport.Status.DONE
        report.progress = 100
        report.finished_at = timezone.now()
        report.save()
        audit_record(actor=None, action="insights_monthly_report_make", obj=report,
                     note=report.month.strftime("%Y-%m"))
    return report


def _forum_members():
    """The forum's members: coordinators and everyone who works for an agency."""
    return (User.objects.filter(Q(is_coordinator=True) | Q(memberships__isnull=False),
                                is_active=True)
            .exclude(email="").distinct().order_by("pk"))


def monthly_report_send(*, today: dt.date) -> MonthlyReport | None:
    """On the first working day of a month, make last month's report and email it to the
    forum's members, once (a rerun the same month finds `emailed_at` and does nothing)."""
    if today != first_working_day(today, WorkingCalendar.from_database()):
        return None
    month = add_months(today, -1)
    if MonthlyReport.objects.filter(month=month, emailed_at__isnull=False).exists():
        return None
    report = MonthlyReport.objects.create(
        month=month, content_type="application/pdf", size=0,
        original_name=monthly.file_name(month))
    report = monthly_report_make(report_id=report.pk)
    members = list(_forum_members())
    with override("id"):
        subject = _("Performance report %(month)s") % {
            "month": monthly.month_title(month)}
        body = _("Attached is the public communication performance report for %(month)s: the "
                 "regency's figures, the agencies compared, a page per agency, the social media "
                 "evaluation and the public consultations.\n\nThe figures for any period are on "
                 "%(url)s.") % {"month": monthly.month_title(month),
                                "url": settings.SITE_URL + "/staf/kinerja/"}
    report.file.open("rb")
    try:
        pdf = report.file.read()
    finally:
        report.file.close()
    with transaction.atomic():
        # Marked sent first, under a row lock: a rerun (or a second worker) finds emailed_at
        # and sends nothing.
        locked = MonthlyReport.objects.select_for_update().get(pk=report.pk)
        if MonthlyReport.objects.filter(month=month, emailed_at__isnull=False).exists():
            return None
        MonthlyReport.objects.filter(pk=locked.pk).update(emailed_at=timezone.now())
        report.refresh_from_db()
        # The bell of every member, and email as each chose: "right away" is the message below
        # with the PDF attached; a daily or weekly digest lists it; "never" sends nothing.
        # Coordinators' entries open the download page; agency staff (who cannot download
        # reports) land on the public scorecard.
        download = reverse("insights:report_download", args=[report.pk])
        created = []
        for people, url in (([u for u in members if u.is_coordinator], download),
                            ([u for u in members if not u.is_coordinator],
                             reverse("insights:scorecard"))):
            created += notify(people, monthly.MONTHLY_REPORT_KIND, title=subject, body=body,
                              url=url, emailed_by_caller=True)
        right_away = {n.recipient_id for n in created if n.email_frequency == Frequency.REALTIME}
        recipients = [u.email for u in members if u.pk in right_away]
        audit_record(actor=None, action="insights_monthly_report_send", obj=report,
                     note=_("%(count)d recipients") % {"count": len(recipients)})

    # One message per person: no member sees the others' addresses.
    for address in recipients:
        message = EmailMessage(subject, body, to=[address])
        message.attach(report.original_name, pdf, "application/pdf")
        message.send()
    return report
