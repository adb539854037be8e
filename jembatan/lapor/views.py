"""The SP4N-LAPOR! panel's one action on a report's staff page: send again what was given up."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from jembatan.core.forms import error_text
from jembatan.lapor import actions
from jembatan.lapor.rules import may_send_to_lapor_again
from jembatan.reports.access import get_report_for_staff


@login_required
@require_POST
def push_again(request: HttpRequest, code: str) -> HttpResponse:
    report, actor = get_report_for_staff(request, code)
    if not may_send_to_lapor_again(report, actor):
        raise PermissionDenied
    try:
        count = actions.lapor_push_again(report=report, actor=request.user)
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, ngettext(
            "%(count)s item will be sent to SP4N-LAPOR! again in a moment.",
            "%(count)s items will be sent to SP4N-LAPOR! again in a moment.", count,
        ) % {"count": count})
    return redirect("reports:staff_detail", code=report.tracking_code)
