"""Who may do what to a request between agencies, and from which states. One table each.

People of a request: the requesting agency's staff, the staff of each asked agency, and the
coordinators (who oversee the Bakohumas space and see every request). Nobody else sees it.
"""

from __future__ import annotations

from jembatan.agency_requests.models import AgencyRequest, RequestTarget
from jembatan.forum.rules import agency_ids_of

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


def is_requester(user, request: AgencyRequest) -> bool:
    return request.requesting_agency_id in agency_ids_of(user)


def asked_agency_ids(user, request: AgencyRequest) -> set[int]:
    """The asked agencies this person works for (prefetched targets are used when present)."""
    return {t.agency_id for t in request.targets.all()} & agency_ids_of(user)


def may_see(user, request: AgencyRequest) -> bool:
    if not user.is_authenticated:
        return False
    return bool(user.is_coordinator or is_requester(user, request)
                or asked_agency_ids(user, request))


def may_answer(user, target: RequestTarget, action: str) -> bool:
    """Only the asked agency's own staff change its status, and only along the table."""
    if action not in TARGET_ACTIONS or (not target.request.is_open and action != "reopen"):
        return False
    if target.request.status == AgencyRequest.Status.CANCELLED:
        return False
    return (target.agency_id in agency_ids_of(user)
            and target.status in TARGET_ACTIONS[action][1])


def may_cancel(user, request: AgencyRequest) -> bool:
    return request.status in CANCEL_FROM and bool(
        user.is_authenticated and (user.is_coordinator or is_requester(user, request)))


def may_comment(user, request: AgencyRequest) -> bool:
    return may_see(user, request)


def may_ask(user) -> bool:
    return bool(user.is_authenticated and agency_ids_of(user))
