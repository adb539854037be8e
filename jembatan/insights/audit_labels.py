"""Readable names of the performance figures' audit actions ("<who> <label>")."""

from django.utils.translation import gettext_lazy as _

LABELS = {
    "insights_publication_update": _("changed which performance figures are public"),
    "insights_monthly_report_request": _("asked for the monthly performance report"),
    "insights_monthly_report_make": _("made the monthly performance report"),
    "insights_monthly_report_send": _("emailed the monthly performance report to the forum"),
}
