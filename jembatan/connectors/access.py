"""Access helpers for conversations: the conversation for staff who may see it, or 404."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404, HttpRequest

from jembatan.connectors.models import Conversation, QuarantinedEmail
from jembatan.core.rules import memberships_of


def conversations_visible_to(user) -> QuerySet[Conversation]:
    """Coordinators see every conversation; agency staff those of their agencies."""
    qs = Conversation.objects.all()
    if not user.is_authenticated:
        return qs.none()
    if user.is_coordinator:
        return qs
    # The ids as a list, not a subquery: with one agency the database then walks
    # conv_agency_idx in order and stops after a page; with a subquery it cannot know the list
    # is short and sorts every conversation of the agency first.
    return qs.filter(agency_id__in=sorted(memberships_of(user)))


def get_conversation_for_staff(request: HttpRequest, pk: int) -> Conversation:
    """A conversation the user may see; 404 when it does not exist or is someone else's."""
    conversation = (Conversation.objects
                    .select_related("agency", "contact", "account", "assigned_to", "report")
                    .filter(pk=pk).first())
    if conversation is None or not request.user.has_perm("connectors.view_conversation",
                                                         conversation):
        raise Http404
    return conversation


def get_quarantined_original(request: HttpRequest, pk: int) -> QuarantinedEmail:
    """An email kept in quarantine, for a coordinator; 404 for anyone else."""
    if not request.user.has_perm("connectors.view_quarantined_original"):
        raise Http404
    item = QuarantinedEmail.objects.filter(pk=pk).first()
    if item is None:
        raise Http404
    return item
