"""Who may do what to a request between agencies, and from which states. One table each.

People of a request: the requesting agency's staff, the staff of each asked agency, and the
coordinators (who oversee the Bakohumas space and see every request). Nobody else sees it.

The pages and actions call the predicates directly rather than `user.has_perm`, which would let
a superuser who is no coordinator through.
"""

from __future__ import annotations

import rules

from jembatan.agency_requests.models import AgencyRequest, RequestTarget
from jembatan.core.rules import agency_ids_of, is_coordinator

Status = RequestTarget.Status

# An asked agency's answer: action → (new status, the states it may start from)
TARGET_ACTIONS: dict[str, tuple[str, set[str]]] = {
    "start": (Status.IN_PROGRESS, {Status.OPEN}),
    "done": (Status.DONE, {Status.OPEN, Status.IN_PROGRESS}),
    "decline": (Status.DECLINED, {Status.OPEN, Status.IN_PROGRESS}),
    "reopen": (Status.IN_PROGRESS, {Status.DONE, Status.DECLINED}),
}
# The request itself: only the requesting agency (or a coordinator) cancels, while it is open.
CANCEL_FROM = {AgencyRequest.Status.OPEN, AgencyRequest.Status.IN_PROGRESS}


def asked_agency_ids(user, agency_request: AgencyRequest) -> set[int]:
    """The asked agencies this person works for (prefetched targets are used when present)."""
    return {t.agency_id for t in agency_request.targets.all()} & agency_ids_of(user)


@rules.predicate
def is_requester(user, agency_request: AgencyRequest) -> bool:
    return agency_request.requesting_agency_id in agency_ids_of(user)


@rules.predicate
def is_asked(user, agency_request: AgencyRequest) -> bool:
    return bool(asked_agency_ids(user, agency_request))


@rules.predicate
def is_cancellable(user, agency_request: AgencyRequest) -> bool:
    return agency_request.status in CANCEL_FROM


@rules.predicate
def works_for_an_agency(user) -> bool:
    return bool(user.is_authenticated and agency_ids_of(user))


def _answer_predicate(action: str) -> rules.Predicate:
    """Only the asked agency's own staff change its status, and only along the table."""
    allowed_from = TARGET_ACTIONS[action][1]

    @rules.predicate(name=f"can_{action}_target")
    def predicate(user, target: RequestTarget) -> bool:
        if not target.request.is_open and action != "reopen":
            return False
        if target.request.status == AgencyRequest.Status.CANCELLED:
            return False
        return target.agency_id in agency_ids_of(user) and target.status in allowed_from

    return predicate


# With a request as object.
can_see_request = is_coordinator | is_requester | is_asked
can_cancel_request = is_cancellable & (is_coordinator | is_requester)
can_comment_on_request = can_see_request
can_ask = works_for_an_agency
# With an asked agency's part (a target) as object, one per answer in the table.
ANSWER_PREDICATES = {action: _answer_predicate(action) for action in TARGET_ACTIONS}


def can_answer(user, target: RequestTarget, action: str) -> bool:
    predicate = ANSWER_PREDICATES.get(action)
    return bool(predicate is not None and predicate(user, target))


rules.add_perm("agency_requests.ask", can_ask)
rules.add_perm("agency_requests.view_request", can_see_request)
rules.add_perm("agency_requests.cancel_request", can_cancel_request)
rules.add_perm("agency_requests.comment_on_request", can_comment_on_request)
for _action, _predicate in ANSWER_PREDICATES.items():
    rules.add_perm(f"agency_requests.{_action}_target", _predicate)
