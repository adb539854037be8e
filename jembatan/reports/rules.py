"""Who may do what to a report, and from which states. One table each, read top to bottom.

A report's people: the coordinator (hub administrators), the lead agency's staff, the
supporting agencies' staff, the lead agency's admin (answers objections as the PPID's superior),
and the reporter (proved by the access key or by being the reporter's account).
"""

from __future__ import annotations

import rules

from jembatan.core.models import User
from jembatan.core.rules import is_agency_staff, is_coordinator, memberships_of
from jembatan.core.workflow import Actor
from jembatan.reports.models import Privacy, Report, Status

COORDINATOR = "coordinator"
LEAD = "lead"
LEAD_ADMIN = "lead_admin"
SUPPORTING = "supporting"
REPORTER = "reporter"

# action → the roles that may take it
ACTION_ROLES: dict[str, set[str]] = {
    "dispose": {COORDINATOR},
    "reject": {COORDINATOR},
    "forward": {COORDINATOR},
    "merge": {COORDINATOR},
    "acknowledge": {LEAD},
    "return": {LEAD},
    "respond": {LEAD},
    "hold": {LEAD, COORDINATOR},
    "resume": {LEAD, COORDINATOR},
    "extend": {LEAD, COORDINATOR},
    "assign": {LEAD, COORDINATOR},
    "close": {REPORTER, COORDINATOR},
    "reopen": {REPORTER},
    "object": {REPORTER},
    "answer_objection": {LEAD_ADMIN, COORDINATOR},
    "undo_dispose": {COORDINATOR},
}

# action → the states it may start from
ALLOWED_FROM: dict[str, set[str]] = {
    "dispose": {Status.BARU},
    "reject": {Status.BARU},
    "forward": {Status.DIDISPOSISIKAN, Status.DIPROSES},
    "merge": {Status.BARU, Status.DIDISPOSISIKAN, Status.DIPROSES, Status.DITUNDA,
              Status.DITINDAKLANJUTI},
    "acknowledge": {Status.DIDISPOSISIKAN},
    "return": {Status.DIDISPOSISIKAN, Status.DIPROSES},
    "respond": {Status.DIDISPOSISIKAN, Status.DIPROSES},
    "hold": {Status.DIDISPOSISIKAN, Status.DIPROSES},
    "resume": {Status.DITUNDA},
    "extend": {Status.DIDISPOSISIKAN, Status.DIPROSES, Status.DITUNDA},
    "assign": {Status.DIDISPOSISIKAN, Status.DIPROSES, Status.DITUNDA},
    "close": {Status.DITINDAKLANJUTI},
    "reopen": {Status.DITINDAKLANJUTI},
    "object": {Status.DITINDAKLANJUTI, Status.SELESAI, Status.DITOLAK},
    "answer_objection": {Status.DITINDAKLANJUTI, Status.SELESAI, Status.DITOLAK},
    "undo_dispose": {Status.DIDISPOSISIKAN},
}

ACTIONS = tuple(ACTION_ROLES)


def _agency_roles(user: User, report: Report) -> set[str]:
    roles: set[str] = set()
    memberships = memberships_of(user)  # read once per request, whatever the number of rules
    if report.lead_agency_id in memberships:
        roles.add(LEAD)
        if memberships[report.lead_agency_id] == "agency_admin":
            roles.add(LEAD_ADMIN)
    supporting_ids = {agency.pk for agency in report.supporting_agencies.all()}
    if supporting_ids & set(memberships):
        roles.add(SUPPORTING)
    return roles


def report_roles(report: Report, actor: Actor) -> set[str]:
    roles: set[str] = set()
    if actor.is_reporter:
        roles.add(REPORTER)
    user = actor.user
    if user is not None and user.is_authenticated:
        if user.is_coordinator:
            roles.add(COORDINATOR)
        roles |= _agency_roles(user, report)
        if report.reporter_id is not None and report.reporter_id == user.pk:
            roles.add(REPORTER)
    return roles


def may_take(action: str, report: Report, actor: Actor) -> bool:
    if actor.is_system:
        return True
    return bool(ACTION_ROLES.get(action, set()) & report_roles(report, actor))


def is_handling_staff(report: Report, actor: Actor) -> bool:
    return bool({COORDINATOR, LEAD, SUPPORTING} & report_roles(report, actor))


def may_see_reporter(report: Report, actor: Actor) -> bool:
    """Anonim: only coordinators and the reporter. Otherwise also the handling agencies."""
    roles = report_roles(report, actor)
    if {COORDINATOR, REPORTER} & roles:
        return True
    return report.privacy != Privacy.ANONIM and bool({LEAD, SUPPORTING} & roles)


def may_see_content(report: Report, actor: Actor) -> bool:
    """Rahasia content: only the reporter, coordinators and the handling agencies."""
    if report.privacy != Privacy.RAHASIA:
        return True
    return bool({COORDINATOR, LEAD, SUPPORTING, REPORTER} & report_roles(report, actor))


def may_post(visibility: str, report: Report, actor: Actor) -> bool:
    roles = report_roles(report, actor)
    if visibility == "internal":
        return bool({COORDINATOR, LEAD, SUPPORTING} & roles)
    return bool({COORDINATOR, LEAD, SUPPORTING, REPORTER} & roles)


# Permissions that do not depend on one report, for django-rules (`user.has_perm`).
rules.add_perm("reports.view_inbox", is_coordinator | is_agency_staff)
rules.add_perm("reports.enter_report", is_coordinator | is_agency_staff)
rules.add_perm("reports.manage_canned_responses", is_coordinator | is_agency_staff)

for _model in ("category", "clockpolicy", "cannedresponse"):
    for _verb in ("view", "add", "change", "delete"):
        rules.add_perm(f"reports.{_verb}_{_model}", is_coordinator)
rules.add_perm("reports.view_report", is_coordinator)


def may_correct_urgency(report: Report, actor: Actor) -> bool:
    """Who may correct the urgency flag: the coordinators and the handling (lead) agency."""
    if actor.is_system:
        return True
    return bool({COORDINATOR, LEAD} & report_roles(report, actor))
