"""Conversations over the API (staff only): list, read, reply, convert into a report.

Messages carry direction "in" (from the citizen) or "out" (to the citizen). Internal notes are
not messages to anyone: they are in a separate `notes` list, for staff only like everything here.
Writes go through actions.conversation_reply and actions.conversation_convert_to_report, as on
the web pages.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import HttpRequest
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import Field, Path, Query, Router, Schema, Status
from pydantic import StringConstraints

from jembatan.api import schemas
from jembatan.api.auth import caller_of, token_required
from jembatan.api.errors import ApiError, bad_request, error_responses
from jembatan.connectors import actions, outbound, selectors
from jembatan.connectors.access import get_conversation_for_staff
from jembatan.connectors.models import Conversation, ConversationMessage
from jembatan.core.forms import error_text
from jembatan.core.models import Agency, User
from jembatan.core.pagination import keyset_page

router = Router(tags=["conversations"])

ERRORS = error_responses(400, 401, 403, 404, 409)

Direction = ConversationMessage.Direction
ChannelValue = Literal["whatsapp", "facebook", "instagram", "email", "web"]
ConversationStatus = Literal["open", "answered", "closed"]
ReplyText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=5_000)]


# --- Schemas ----------------------------------------------------------------------------------


class ConversationQuery(schemas.QueryInput):
    channel: ChannelValue | None = None
    agency: str | None = Field(None, max_length=60, description=gettext_lazy("Agency slug."))
    status: ConversationStatus | None = None
    unanswered: bool | None = Field(
        None, description=gettext_lazy(
            "true: only conversations waiting for a reply; false: only others."))
    q: str = Field("", max_length=200, description=gettext_lazy(
        "Words in the messages, the subject or the person's name."))
    cursor: str | None = Field(None, max_length=200)
    limit: int = Field(50, ge=1, le=200)


class MessageOut(Schema):
    id: int
    direction: str  # "in" or "out"
    kind: str
    body: str
    author: str | None
    created_at: dt.datetime
    delivery_status: str | None = None
    delivery_error: str | None = None


class NoteOut(Schema):
    id: int
    body: str
    author: str | None
    created_at: dt.datetime


class ContactOut(Schema):
    name: str
    handle: str


class ConversationOut(Schema):
    id: int
    channel: str
    agency: str
    status: str
    contact: ContactOut
    subject: str
    post_text: str
    post_url: str
    needs_reply: bool
    waiting_since: dt.datetime | None
    first_response_seconds: int | None
    assigned_to: str | None
    labels: list[str]
    report: str | None = Field(description=gettext_lazy("The tracking code of the linked report."))
    created_at: dt.datetime
    last_message_at: dt.datetime
    messages: list[MessageOut]
    notes: list[NoteOut] | None = None


class ConversationListOut(Schema):
    items: list[ConversationOut]
    next_cursor: str | None


class ReplyIn(schemas.Input):
    body: ReplyText = ""
    template: str | None = Field(None, max_length=512,
                                 description=gettext_lazy(
                                     "WhatsApp: an approved template's name, needed more than 24 "
                                     "hours after the person last wrote."))
    template_language: str = Field("id", max_length=10)
    template_params: list[Annotated[str, StringConstraints(max_length=1_000)]] = Field(
        default_factory=list, max_length=20)


class ConvertIn(schemas.Input):
    title: str | None = Field(None, max_length=200)
    kind: schemas.KindValue = "pengaduan"
    message_id: int | None = Field(None, ge=1, description=gettext_lazy(
        "Only this message, not the whole conversation."))


class ConvertOut(Schema):
    tracking_code: str
    notice_sent: bool = Field(description=gettext_lazy(
        "Whether the citizen was sent the code in the channel."))
    access_key: str | None = Field(
        None, description=gettext_lazy(
            "Only when the code could not be sent: pass it on another way."))


# --- Presenting -------------------------------------------------------------------------------


def _author(message: ConversationMessage) -> str | None:
    if message.author is not None:
        return message.author.full_name or message.author.username
    return message.author_name or None


def message_data(message: ConversationMessage) -> dict:
    outgoing = message.direction == Direction.OUT
    return {
        "id": message.pk, "direction": message.direction, "kind": message.kind,
        "body": message.body, "author": _author(message), "created_at": message.created_at,
        "delivery_status": (message.delivery_status or None) if outgoing else None,
        "delivery_error": (message.delivery_error or None) if outgoing else None,
    }


def conversation_data(conversation: Conversation, *, with_notes: bool = False) -> dict:
    every = list(conversation.messages.all())  # prefetched, oldest first
    data = {
        "id": conversation.pk, "channel": conversation.channel,
        "agency": conversation.agency.slug, "status": conversation.status,
        "contact": {"name": conversation.contact.name, "handle": conversation.contact.handle},
        "subject": conversation.subject, "post_text": conversation.post_text,
        "post_url": conversation.post_url, "needs_reply": conversation.needs_reply,
        "waiting_since": conversation.waiting_since,
        "first_response_seconds": conversation.first_response_seconds,
        "assigned_to": conversation.assigned_to.username if conversation.assigned_to else None,
        "labels": [label.name for label in conversation.labels.all()],
        "report": conversation.report.tracking_code if conversation.report else None,
        "created_at": conversation.created_at, "last_message_at": conversation.last_message_at,
        "messages": [message_data(m) for m in every if m.direction != Direction.NOTE],
    }
    if with_notes:
        data["notes"] = [{"id": m.pk, "body": m.body, "author": _author(m),
                          "created_at": m.created_at}
                         for m in every if m.direction == Direction.NOTE]
    return data


def _messages_prefetch(*, notes: bool) -> Prefetch:
    messages = ConversationMessage.objects.select_related("author").order_by("created_at", "id")
    if not notes:
        messages = messages.exclude(direction=Direction.NOTE)
    return Prefetch("messages", queryset=messages)


# --- Endpoints --------------------------------------------------------------------------------


def _staff(request: HttpRequest) -> User:
    user = caller_of(request).user
    if user is None or not user.has_perm("reports.view_inbox"):
        raise PermissionDenied(_("Only coordinators and agency staff see conversations."))
    return user


def _load(request: HttpRequest, pk: int) -> Conversation:
    _staff(request)
    conversation = get_conversation_for_staff(request, pk)  # 404 for other agencies
    return (Conversation.objects.select_related("agency", "contact", "assigned_to", "report")
            .prefetch_related("labels", _messages_prefetch(notes=True)).get(pk=conversation.pk))


IdPath = Path(..., ge=1, le=2**63 - 1, description=gettext_lazy("The conversation's id."))


@router.get(
    "/conversations",
    auth=token_required,
    response={200: ConversationListOut, **ERRORS},
    summary=gettext_lazy("Conversations"),
    description=gettext_lazy(
        "The conversations the caller may see (a coordinator: all; agency staff: their "
        "agencies'), newest activity first (`last_message_at`). Pass `next_cursor` back as "
        "`cursor` for the next page. Each item has its messages; notes only in the detail. "
        "Conversations in the spam folder are left out, as in the staff list."
    ),
)
def conversation_list(request: HttpRequest, filters: Query[ConversationQuery]):
    user = _staff(request)
    agency = (filters.agency or "").strip()
    if agency and not Agency.objects.filter(slug=agency).exists():
        raise bad_request(_("There is no agency with the slug “%(slug)s”.") % {"slug": agency},
                          code="unknown_agency")
    conversations = selectors.apply_filters(
        selectors.conversations_visible_to(user),
        selectors.ConversationFilters(channel=filters.channel or "", agency=agency,
                                      status=filters.status or "",
                                      unanswered=bool(filters.unanswered), q=filters.q),
        user=user,
    )
    if filters.unanswered is False:
        conversations = conversations.filter(waiting_since__isnull=True)
    conversations = (conversations.select_related("agency", "contact", "assigned_to", "report")
                     .prefetch_related("labels", _messages_prefetch(notes=False)))
    page = keyset_page(conversations, cursor=filters.cursor, size=filters.limit,
                       time_field="last_message_at")
    return {"items": [conversation_data(c) for c in page.items],
            "next_cursor": page.next_cursor}


@router.get(
    "/conversations/{conversation_id}",
    auth=token_required,
    response={200: ConversationOut, **ERRORS},
    summary=gettext_lazy("One conversation"),
    description=gettext_lazy(
        "The conversation with its messages (oldest first) and its internal notes."),
)
def conversation_get(request: HttpRequest, conversation_id: int = IdPath):
    return conversation_data(_load(request, conversation_id), with_notes=True)


@router.post(
    "/conversations/{conversation_id}/reply",
    auth=token_required,
    response={201: MessageOut, **ERRORS},
    summary=gettext_lazy("Reply to the citizen"),
    description=gettext_lazy(
        "Sends `body` on the conversation's channel (queued, then delivered in the background: "
        "see `delivery_status`). On WhatsApp, more than 24 hours after the person last wrote, "
        "a free-form reply answers 409 `outside_service_window`: send an approved `template` "
        "instead. 403 for staff who may see but not answer the conversation."
    ),
)
def conversation_reply(request: HttpRequest, payload: ReplyIn, conversation_id: int = IdPath):
    conversation = _load(request, conversation_id)
    if not request.user.has_perm("connectors.reply_conversation", conversation):
        raise PermissionDenied(_("You may not reply to this conversation."))
    try:
        message = actions.conversation_reply(
            conversation=conversation, actor=request.user, body=payload.body,
            template=payload.template, template_language=payload.template_language,
            template_params=payload.template_params)
    except outbound.OutsideServiceWindow as error:
        raise ApiError(409, "outside_service_window", error_text(error)) from None
    return Status(201, message_data(message))


@router.post(
    "/conversations/{conversation_id}/convert",
    auth=token_required,
    response={201: ConvertOut, 200: ConvertOut, **ERRORS},
    summary=gettext_lazy("Make the conversation a report"),
    description=gettext_lazy(
        "Creates a report from the citizen's messages (or from `message_id` only), links it, "
        "and sends the citizen the tracking code on the same channel. Answers 201 with the new "
        "report's code, or 200 with the code of the report made earlier: converting twice "
        "creates one report. The body is optional."
    ),
)
def conversation_convert(request: HttpRequest, conversation_id: int = IdPath,
                         payload: ConvertIn | None = None):
    conversation = _load(request, conversation_id)
    if not request.user.has_perm("connectors.reply_conversation", conversation):
        raise PermissionDenied(_("You may not work on this conversation."))
    payload = payload or ConvertIn()
    message = None
    if payload.message_id is not None:
        message = conversation.messages.filter(pk=payload.message_id).first()
        if message is None:
            raise bad_request(_("The conversation has no message with that id."),
                              code="unknown_message")
    report = actions.conversation_convert_to_report(
        conversation=conversation, actor=request.user, message=message, title=payload.title,
        kind=payload.kind)
    data = {"tracking_code": report.tracking_code, "notice_sent": report.notice_sent,
            "access_key": None if report.notice_sent else (report.access_key or None)}
    return Status(201 if report.created_now else 200, data)
