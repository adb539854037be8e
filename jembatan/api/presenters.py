"""A report as one caller may see it, as plain data for the response schemas.

Privacy lives here as much as in the rules: the reporter's identity leaves the server only for
callers `may_see_reporter` allows, and a reporter's own messages and steps are signed "Pelapor"
for everybody, so an anonim reporter's name never travels inside a message or a timeline entry.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django.utils.translation import gettext as _

from jembatan.core.models import Jurisdiction
from jembatan.core.workflow import Actor
from jembatan.reports import clocks
from jembatan.reports.models import Event, Message, Report
from jembatan.reports.selectors import ReportView, report_view

REPORTER_LABEL = "Pelapor"


def _person(user) -> str:
    return (user.full_name or user.username) if user is not None else ""


def _public_signature(agency) -> str:
    if agency is not None:
        return agency.short_name or agency.name
    jurisdiction = Jurisdiction.current()
    return jurisdiction.short_name if jurisdiction else _("Coordinator")


def message_author(message: Message, *, staff: bool) -> str:
    """ "Pelapor", the staff member's name (staff callers) or the agency's short name."""
    if message.from_reporter:
        return REPORTER_LABEL
    if staff and message.author is not None:
        return _person(message.author)
    return _public_signature(message.author_agency)


def message_data(message: Message, view: ReportView) -> dict:
    # Everything typed is shown to the public with personal data masked (NIK, phone…): the
    # reporter's words, and the agency's answers, which may quote them.
    staff = view.is_staff
    return {
        "body": view.shown(message.body),
        "visibility": message.visibility,
        "author": message_author(message, staff=staff),
        "created_at": message.created_at,
    }


# Steps only the reporter takes; the timeline records them without a person (see actions).
REPORTER_STEPS = {"submit", "close", "reopen", "object"}


def _event_actor(event: Event, report: Report, *, show_reporter: bool) -> str | None:
    if event.actor_id is None:
        return REPORTER_LABEL if event.action in REPORTER_STEPS else None
    if event.actor_id == report.reporter_id and not show_reporter:
        return REPORTER_LABEL
    return _person(event.actor)


def event_data(event: Event, report: Report, view: ReportView) -> dict:
    staff, show_reporter = view.is_staff, view.show_reporter
    data = {
        "action": event.action,
        "status": event.to_status,
        "agency": event.agency.slug if event.agency_id else None,
        # A reporter's reason to reopen or object is their own words, like a message.
        "note": view.shown(event.note),
        "created_at": event.created_at,
    }
    if staff:
        data["actor"] = _event_actor(event, report, show_reporter=show_reporter)
    return data


def _region_code(region) -> str | None:
    return region.code if region is not None else None


def deadline_explanation(report: Report) -> list[str]:
    if report.deadline is None:
        return []
    result = clocks.clock_explain(report)
    return result.explain() if result is not None else []


def is_overdue(report: Report, now: dt.datetime | None = None) -> bool:
    return report.deadline is not None and report.deadline < (now or timezone.now())


def report_data(report: Report, actor: Actor) -> dict:
    """The response body of GET /reports/{code} for this actor."""
    view = report_view(report, actor)
    staff = view.is_staff
    is_reporter = view.is_reporter
    rating = view.rating
    data = {
        "view": "staff" if staff else "reporter" if is_reporter else "public",
        "tracking_code": report.tracking_code,
        "kind": report.kind,
        "title": view.shown(report.title),
        "body": view.shown(report.body),
        "status": report.status,
        "privacy": report.privacy,
        "channel": report.channel,
        "category": report.category.name if report.category_id else None,
        "agency": report.lead_agency.slug if report.lead_agency_id else None,
        "supporting_agencies": sorted(a.slug for a in report.supporting_agencies.all()),
        "kecamatan": _region_code(report.kecamatan),
        "desa": _region_code(report.desa),
        "created_at": report.created_at,
        "deadline": report.deadline,
        "deadline_explanation": deadline_explanation(report),
        "overdue": is_overdue(report),
        "rejection_reason": report.rejection_reason or None,
        "merged_into": report.merged_into.tracking_code if report.merged_into_id else None,
        "rating": (
            {"score": rating.score, "comment": view.shown(rating.comment),
             "created_at": rating.created_at}
            if rating is not None else None
        ),
        "messages": [message_data(m, view) for m in view.messages],
        "timeline": [event_data(e, report, view) for e in view.events],
    }
    if view.show_reporter:
        data["reporter"] = {
            "name": report.reporter_name,
            "email": report.reporter_email,
            "phone": report.reporter_phone,
            "account": report.reporter.username if report.reporter_id else None,
        }
    if staff or is_reporter:
        data["address"] = report.address
        data["latitude"] = float(report.latitude) if report.latitude is not None else None
        data["longitude"] = float(report.longitude) if report.longitude is not None else None
    if staff:
        data["assigned_to"] = report.assigned_to.username if report.assigned_to_id else None
        # What the triage models said when the report arrived.
        data["is_urgent"] = report.is_urgent
        data["urgency_signals"] = report.urgency_signals
        data["suggestions"] = report.suggestions
        data["suggestion_reasons"] = report.suggestion_reasons
        data["is_auto_disposed"] = report.is_auto_disposed
    return data


def inbox_item_data(report: Report, now: dt.datetime) -> dict:
    return {
        "tracking_code": report.tracking_code,
        "kind": report.kind,
        "title": report.title,
        "status": report.status,
        "privacy": report.privacy,
        "channel": report.channel,
        "agency": report.lead_agency.slug if report.lead_agency_id else None,
        "kecamatan": report.kecamatan_id,
        # Given by selectors.with_list_relations (the list loads only the columns it shows).
        "assigned_to": report.assigned_to.username if report.assigned_to_id else None,
        "is_returned": report.is_returned,
        "created_at": report.created_at,
        "deadline": report.deadline,
        "overdue": is_overdue(report, now),
    }
