"""Reads of the requests between agencies, scoped to who may see them."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.http import Http404, HttpRequest

from jembatan.coordination import requests_rules
from jembatan.coordination.forum_rules import agency_ids_of
from jembatan.coordination.models import (
    AgencyRequest,
    RequestAttachment,
    RequestComment,
    RequestTarget,
)

OPEN = [AgencyRequest.Status.OPEN, AgencyRequest.Status.IN_PROGRESS]


def _rows(qs: QuerySet[AgencyRequest]) -> QuerySet[AgencyRequest]:
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
    return _rows(AgencyRequest.objects.filter(Exists(targets)))


def requests_made_by(user) -> QuerySet[AgencyRequest]:
    return _rows(AgencyRequest.objects.filter(requesting_agency_id__in=agency_ids_of(user)))


def requests_all(user) -> QuerySet[AgencyRequest]:
    return _rows(requests_visible_to(user))


def get_request_for_user(request: HttpRequest, pk: int) -> AgencyRequest:
    """The request for its parties and the coordinators; 404 for everyone else."""
    item = _rows(AgencyRequest.objects.filter(pk=pk)).prefetch_related(
        Prefetch("comments", queryset=RequestComment.objects.select_related("author", "agency")
                 .prefetch_related(Prefetch("attachments",
                                            queryset=RequestAttachment.objects.order_by("pk"))))
    ).first()
    if item is None or not requests_rules.may_see(request.user, item):
        raise Http404
    return item


def open_asked_count(user) -> int:
    """How many requests wait for an answer from the user's agencies (for the start page)."""
    return RequestTarget.objects.filter(
        agency_id__in=agency_ids_of(user), request__status__in=OPEN,
        status__in=[RequestTarget.Status.OPEN, RequestTarget.Status.IN_PROGRESS]).count()
