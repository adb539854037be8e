"""Access helpers for conversations: the conversation for staff who may see it, or 404."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404, HttpRequest

from jembatan.connectors.models import Conversation


def conversations_visible_to(user) -> QuerySet[Conversation]:
    """Coordinators see every conversation; agency staff those of their agencies."""
    qs = Conversation.objects.all()
    if not user.is_authenticated:
        return qs.none()
    if user.is_coordinator:
        return qs
    return qs.filter(agency_id__in=user.memberships.values("agency_id"))


def get_conversation_for_staff(request: HttpRequest, pk: int) -> Conversation:
    """A conversation the user may see; 404 when it does not exist or is someone else's."""
    conversation = (Conversation.objects
                    .select_related("agency", "contact", "account", "assigned_to", "report")
                    .filter(pk=pk).first())
    if conversation is None or not request.user.has_perm("connectors.view_conversation",
                                                         conversation):
        raise Http404
    return conversation
