"""Access helpers for reports: the report and who is asking, or 404.

A reporter proves who they are with the access key: once on the tracking page (remembered in
the session for that report only) or on each API call (X-Access-Key header). A report the viewer
may not see answers 404, never 403, so its existence does not leak.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest

from jembatan.core.workflow import Actor
from jembatan.reports import codes
from jembatan.reports.models import Report
from jembatan.reports.rules import is_handling_staff, may_see_content
from jembatan.reports.selectors import report_detail

SESSION_KEY = "reporter_reports"


def remember_reporter(request: HttpRequest, report: Report) -> None:
    codes_seen = [c for c in request.session.get(SESSION_KEY, []) if c != report.tracking_code]
    codes_seen.append(report.tracking_code)
    # Keep the session small: the 50 most recently opened reports are plenty for one person.
    request.session[SESSION_KEY] = codes_seen[-50:]


def actor_for(request: HttpRequest, report: Report, *, access_key: str | None = None) -> Actor:
    user = request.user if request.user.is_authenticated else None
    is_reporter = False
    if access_key is not None:
        is_reporter = codes.access_key_matches(access_key, report.access_key_hash)
    elif report.tracking_code in request.session.get(SESSION_KEY, []):
        is_reporter = True
    return Actor(user=user, is_reporter=is_reporter)


def get_report_for_viewer(
    request: HttpRequest, code: str, *, access_key: str | None = None
) -> tuple[Report, Actor]:
    """The report as the public, its reporter or staff may see it; 404 when hidden."""
    report = report_detail(code=codes.normalize_tracking_code(code))
    if report is None:
        raise Http404
    actor = actor_for(request, report, access_key=access_key)
    if not may_see_content(report, actor):
        raise Http404
    return report, actor


def get_report_for_staff(request: HttpRequest, code: str) -> tuple[Report, Actor]:
    """The report for coordinators and the staff of its handling agencies; 404 otherwise."""
    report = report_detail(code=codes.normalize_tracking_code(code))
    if report is None or not request.user.is_authenticated:
        raise Http404
    actor = Actor(user=request.user)
    if not is_handling_staff(report, actor):
        raise Http404
    return report, actor
