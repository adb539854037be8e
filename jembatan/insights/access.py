"""Access helpers of the performance pages: an object for this person, or 404/403."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from jembatan.insights.models import MonthlyReport


def get_monthly_report_for_user(request: HttpRequest, pk: int) -> MonthlyReport:
    """A monthly report, for the coordinators who make them."""
    if not request.user.has_perm("insights.make_monthly_report"):
        raise PermissionDenied
    report = MonthlyReport.objects.filter(pk=pk).first()
    if report is None:
        raise Http404
    return report
