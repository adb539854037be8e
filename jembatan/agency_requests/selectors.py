"""Reads of the requests between agencies, scoped to who may see them."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from jembatan.agency_requests.models import (
    AgencyRequest,
    RequestTarget,
)
from jembatan.core.rules import agency_ids_of

OPEN = [AgencyRequest.Status.OPEN, AgencyRequest.Status.IN_PROGRESS]


def request_rows(qs: QuerySet[AgencyRequest]) -> QuerySet[AgencyRequest]:
    return qs.select_related("requesting_agency", "created_by").prefetch_related(
        Prefetch("targets", queryset=RequestTarget.objects.select_related("agency")
                 .order_by("agency__short_name")))


def requests_visible_to(user) -> QuerySet[AgencyRequest]:
    if not user.is_authenticated:
        return AgencyRequest.objects.none()
    if user.is_coordinator:
        return AgencyRequest.objects.all()
    ids = agency_ids_of(user)
    asked = Exists(RequestTarget.objects.filter(request=OuterRef("pk"), agency_id__in=ids))
    return AgencyRequest.objects.filter(Q(requesting_agency_id__in=ids) | asked)


def requests_asked_of(user, *, only_open: bool = False) -> QuerySet[AgencyRequest]:
    """Requests other agencies made to the user's agencies."""
    targets = RequestTarget.objects.filter(request=OuterRef("pk"),
                                           agency_id__in=agency_ids_of(user))
    if only_open:
        targets = targets.filter(status__in=[RequestTarget.Status.OPEN,
                                             RequestTarget.Status.IN_PROGRESS])
    return request_rows(AgencyRequest.objects.filter(Exists(targets)))


def requests_made_by(user) -> QuerySet[AgencyRequest]:
    return request_rows(AgencyRequest.objects.filter(requesting_agency_id__in=agency_ids_of(user)))


def requests_all(user) -> QuerySet[AgencyRequest]:
    return request_rows(requests_visible_to(user))


def open_asked_count(user) -> int:
    """How many requests wait for an answer from the user's agencies (for the start page)."""
    return RequestTarget.objects.filter(
        agency_id__in=agency_ids_of(user), request__status__in=OPEN,
        status__in=[RequestTarget.Status.OPEN, RequestTarget.Status.IN_PROGRESS]).count()


def requests_waiting_for(user) -> QuerySet[AgencyRequest]:
    """Open requests in which the user's agencies still owe their part: the start page's count
    and the list it links to (`?daftar=masuk&tunggu=1`)."""
    return requests_asked_of(user, only_open=True).filter(status__in=OPEN)
