"""Access helper of the requests between agencies: the request for its parties and the
coordinators, 404 for everyone else."""

from __future__ import annotations

from django.db.models import Prefetch
from django.http import Http404, HttpRequest

from jembatan.agency_requests import rules as requests_rules
from jembatan.agency_requests.models import AgencyRequest, RequestAttachment, RequestComment
from jembatan.agency_requests.selectors import request_rows


def get_request_for_user(request: HttpRequest, pk: int) -> AgencyRequest:
    """The request for its parties and the coordinators; 404 for everyone else."""
    item = request_rows(AgencyRequest.objects.filter(pk=pk)).prefetch_related(
        Prefetch("comments", queryset=RequestComment.objects.select_related("author", "agency")
                 .prefetch_related(Prefetch("attachments",
                                            queryset=RequestAttachment.objects.order_by("pk"))))
    ).first()
    if item is None or not requests_rules.can_see_request(request.user, item):
        raise Http404
    return item
