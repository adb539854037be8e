"""Staff writes on conversations that send nothing to the citizen: assignment, labels, the
needs-a-reply decision, closing and reopening. Replies, notes and system messages are in
outbound.py (they go out through the adapters). Every action is atomic and audited.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from jembatan.connectors import inbound
from jembatan.connectors.models import Conversation, Label
from jembatan.core.actions import audit_record
from jembatan.core.models import User


def _check(conversation: Conversation, by: User) -> None:
    if not by.has_perm("connectors.reply_conversation", conversation):
        raise PermissionDenied(_("You may not work on this conversation."))


def _lock(conversation: Conversation) -> Conversation:
    locked = Conversation.objects.select_for_update().get(pk=conversation.pk)
    # Keep the caller's instance current: views render it after the action.
    for field in ("status", "needs_reply", "needs_reply_is_suggestion", "needs_reply_reason",
                  "waiting_since", "assigned_to_id", "last_inbound_at", "last_outbound_at"):
        setattr(conversation, field, getattr(locked, field))
    return conversation


def officers_for(conversation: Conversation):
    """Whom a conversation may be assigned to: the active staff of its agency."""
    return (User.objects.filter(memberships__agency_id=conversation.agency_id, is_active=True)
            .order_by("full_name", "username"))


def labels_for(conversation: Conversation):
    """Labels of the conversation's agency and the ones every agency shares."""
    from django.db.models import Q

    return Label.objects.filter(Q(agency__isnull=True) | Q(agency_id=conversation.agency_id))


@transaction.atomic
def conversation_assign(*, conversation: Conversation, officer: User | None,
                        by: User) -> Conversation:
    _check(conversation, by)
    conversation = _lock(conversation)
    if officer is not None and not officers_for(conversation).filter(pk=officer.pk).exists():
        raise ValidationError(_("Choose an officer of the conversation's agency."))
    before = conversation.assigned_to_id
    conversation.assigned_to = officer
    conversation.save(update_fields=["assigned_to"])
    audit_record(actor=by, action="conversation_assign", obj=conversation,
                 agency=conversation.agency,
                 changes={"assigned_to": [before, officer.pk if officer else None]},
                 note=str(officer or ""))
    return conversation


@transaction.atomic
def conversation_set_labels(*, conversation: Conversation, labels: Iterable[Label],
                            by: User) -> Conversation:
    _check(conversation, by)
    labels = list(labels)
    allowed = set(labels_for(conversation).values_list("pk", flat=True))
    if any(label.pk not in allowed for label in labels):
        raise ValidationError(_("That label belongs to another agency."))
    before = sorted(conversation.labels.values_list("name", flat=True))
    conversation.labels.set(labels)
    after = sorted(label.name for label in labels)
    if before != after:
        audit_record(actor=by, action="conversation_labels", obj=conversation,
                     agency=conversation.agency, changes={"labels": [before, after]})
    return conversation


@transaction.atomic
def conversation_set_needs_reply(*, conversation: Conversation, needs: bool,
                                 by: User) -> Conversation:
    """Staff overrule the suggestion; it holds until the citizen writes again."""
    _check(conversation, by)
    conversation = _lock(conversation)
    before = conversation.needs_reply
    inbound.set_needs_reply(conversation, needs)
    audit_record(actor=by, action="conversation_needs_reply", obj=conversation,
                 agency=conversation.agency, changes={"needs_reply": [before, needs]})
    return conversation


@transaction.atomic
def conversation_close(*, conversation: Conversation, by: User) -> Conversation:
    """Closed: nothing more to do. A new message from the citizen opens it again."""
    _check(conversation, by)
    conversation = _lock(conversation)
    if conversation.status == Conversation.Status.CLOSED:
        return conversation
    before = conversation.status
    conversation.status = Conversation.Status.CLOSED
    # A closed conversation is not waiting: staff decided it needs nothing more.
    conversation.waiting_since = None
    conversation.save(update_fields=["status", "waiting_since"])
    audit_record(actor=by, action="conversation_close", obj=conversation,
                 agency=conversation.agency, changes={"status": [before, conversation.status]})
    return conversation


@transaction.atomic
def conversation_reopen(*, conversation: Conversation, by: User) -> Conversation:
    _check(conversation, by)
    conversation = _lock(conversation)
    if conversation.status != Conversation.Status.CLOSED:
        return conversation
    conversation.status = Conversation.Status.OPEN
    fields = ["status"]
    if conversation.needs_reply and conversation.last_inbound_at and (
            conversation.last_outbound_at is None
            or conversation.last_inbound_at > conversation.last_outbound_at):
        conversation.waiting_since = conversation.last_inbound_at
        fields.append("waiting_since")
    conversation.save(update_fields=fields)
    audit_record(actor=by, action="conversation_reopen", obj=conversation,
                 agency=conversation.agency,
                 changes={"status": [Conversation.Status.CLOSED, conversation.status]})
    return conversation
