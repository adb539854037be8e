"""Reads of conversations: the inbox list, one conversation's page, the person's earlier
contacts and the coordinators' queue of everything still unanswered.

Lists are scoped here (access.conversations_visible_to) and joined here: a page of the inbox
costs the same number of queries whatever its length.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, F, Min, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Substr
from django.utils import timezone

from jembatan.connectors.access import conversations_visible_to
from jembatan.connectors.models import (
    ConnectedAccount,
    Contact,
    Conversation,
    ConversationMessage,
    Label,
    Platform,
    QuarantinedEmail,
)
from jembatan.core import public_cache
from jembatan.core.models import Agency, User
from jembatan.core.rules import memberships_of

Direction = ConversationMessage.Direction
EXCERPT_LENGTH = 160
# A conversation nobody answered for this long is the coordinator's to chase.
STALE_AFTER = dt.timedelta(hours=24)


@dataclass
class ConversationFilters:
    channel: str = ""
    agency: str = ""  # slug
    status: str = ""
    unanswered: bool = False
    stale: bool = False  # waiting for an answer for longer than STALE_AFTER
    assigned: str = ""  # "me", "none", or a user id
    label: int | None = None
    q: str = ""
    spam: bool = False  # the spam folder instead of the lists


def _text_filter(conversations: QuerySet[Conversation], q: str) -> QuerySet[Conversation]:
    q = q.strip()
    if not q:
        return conversations
    # Text of the citizen's and the agency's messages, the contact and the subject. Internal
    # notes are searched too: only staff see this list.
    hits = ConversationMessage.objects.filter(body__icontains=q).values("conversation_id")
    return conversations.filter(
        Q(pk__in=hits) | Q(subject__icontains=q) | Q(contact__name__icontains=q)
        | Q(contact__handle__icontains=q) | Q(contact__external_id__icontains=q)
    )


def apply_filters(conversations: QuerySet[Conversation], filters: ConversationFilters, *,
                  user: User | None = None, now: dt.datetime | None = None
                  ) -> QuerySet[Conversation]:
    if filters.spam:
        conversations = conversations.filter(is_spam=True)
    elif not (filters.unanswered or filters.stale):
        # Waiting rows are never spam (conversation_spam_not_waiting): the waiting lists and
        # counts keep to their small index without this condition.
        conversations = conversations.filter(is_spam=False)
    if filters.channel:
        conversations = conversations.filter(channel=filters.channel)
    if filters.agency:
        conversations = conversations.filter(agency__slug=filters.agency)
    if filters.status:
        conversations = conversations.filter(status=filters.status)
    if filters.unanswered:
        conversations = conversations.filter(waiting_since__isnull=False)
    if filters.stale:
        conversations = conversations.filter(
            waiting_since__lt=(now or timezone.now()) - STALE_AFTER)
    if filters.assigned == "me" and user is not None:
        conversations = conversations.filter(assigned_to=user)
    elif filters.assigned == "none":
        conversations = conversations.filter(assigned_to__isnull=True)
    elif filters.assigned.isdigit():
        conversations = conversations.filter(assigned_to_id=int(filters.assigned))
    if filters.label:
        conversations = conversations.filter(labels__id=filters.label)
    return _text_filter(conversations, filters.q)


def _last_of(direction_filter: Q, field: str):
    messages = (ConversationMessage.objects.filter(direction_filter, conversation=OuterRef("pk"))
                .order_by("-created_at", "-id"))
    if field == "body":
        return Subquery(messages.annotate(excerpt=Substr("body", 1, EXCERPT_LENGTH))
                        .values("excerpt")[:1])
    return Subquery(messages.values(field)[:1])


def conversations_inbox(*, user: User, filters: ConversationFilters) -> QuerySet[Conversation]:
    """The staff list: scoped, filtered, with each row's last message and failed deliveries.

    The excerpt and the failure count are subqueries of the one list query; labels are one
    prefetch. Ordered by the caller (keyset on last_message_at).
    """
    conversations = apply_filters(conversations_visible_to(user), filters, user=user)
    public = ~Q(direction=Direction.NOTE)
    failed = (ConversationMessage.objects
              .filter(conversation=OuterRef("pk"), direction=Direction.OUT,
                      delivery_status=ConversationMessage.Delivery.FAILED)
              .order_by().values("conversation").annotate(n=Count("pk")).values("n"))
    return (conversations
            .select_related("agency", "contact", "assigned_to", "report")
            .annotate(last_excerpt=_last_of(public, "body"),
                      last_direction=_last_of(public, "direction"),
                      last_kind=_last_of(public, "kind"),
                      failed_count=Subquery(failed[:1]))
            .prefetch_related("labels"))


# Counts on every staff page (the sidebar) and on the conversation inbox are kept in the shared
# cache per set of agencies until a conversation changes, and at most this long (decision 0067).
COUNTS_KEPT_SECONDS = 60


def _kept_count(name: str, user: User, build):
    return public_cache.kept_value(
        name, scopes=[public_cache.CONVERSATIONS], build=build, ttl=COUNTS_KEPT_SECONDS,
        parts=("all",) if user.is_coordinator else sorted(memberships_of(user)))


def spam_count(*, user: User) -> int:
    """Conversations in the spam folder (conv_spam_idx), for its tab."""
    return _kept_count("conversations-spam", user,
                       lambda: conversations_visible_to(user).filter(is_spam=True).count())


def unanswered_count(*, user: User) -> int:
    """For the navigation: conversations of this user's agencies that wait for an answer."""
    return sum(channel_counts(user=user).values())


@dataclass
class WaitingItem:
    """One row of the "unanswered across all channels" queue: a report or a conversation."""

    kind: str  # "report" or "conversation"
    waiting_since: dt.datetime
    title: str
    channel: str
    channel_label: str
    agency: object
    url: str
    obj: object

    @property
    def waited(self) -> dt.timedelta:
        return timezone.now() - self.waiting_since


# Reports whose reporter has not heard back from anyone yet.
REPORT_WAITING_STATUSES = ("baru", "didisposisikan", "diproses")


def unanswered_queue(*, user: User, limit: int = 100) -> list[WaitingItem]:
    """Reports waiting for a first response and conversations waiting for a reply, oldest first.

    Each side is read oldest first with a limit (conversations walk conv_waiting_idx), then the
    two short lists are merged: never the whole tables.
    """
    from jembatan.reports.models import Channel
    from jembatan.reports.selectors import reports_visible_to_staff

    conversations = (conversations_visible_to(user).filter(waiting_since__isnull=False)
                     .select_related("agency", "contact").order_by("waiting_since", "id")[:limit])
    reports = (reports_visible_to_staff(user=user)
               .filter(first_response_at__isnull=True, status__in=REPORT_WAITING_STATUSES)
               .select_related("lead_agency")
               .only("id", "tracking_code", "title", "channel", "created_at", "status",
                     "lead_agency__short_name", "lead_agency__name", "lead_agency__slug")
               .order_by("created_at", "id")[:limit])
    channel_labels = dict(Channel.choices)
    items = [
        WaitingItem(kind="conversation", waiting_since=c.waiting_since,
                    title=c.subject or str(c.contact), channel=c.channel,
                    channel_label=c.get_channel_display(), agency=c.agency,
                    url=c.get_absolute_url(), obj=c)
        for c in conversations
    ]
    from django.urls import reverse

    items += [
        WaitingItem(kind="report", waiting_since=r.created_at, title=r.title,
                    channel=r.channel, channel_label=str(channel_labels.get(r.channel,
                                                                             r.channel)),
                    agency=r.lead_agency,
                    url=reverse("reports:staff_detail", args=[r.tracking_code]), obj=r)
        for r in reports
    ]
    items.sort(key=lambda item: item.waiting_since)
    return items[:limit]


def conversation_messages(conversation: Conversation) -> list[ConversationMessage]:
    """Every message of the conversation, notes included, oldest first, with attachments."""
    # quarantine_pk: the kept original of an email that could not be read completely.
    return list(conversation.messages.select_related("author")
                .prefetch_related("attachments")
                .annotate(quarantine_pk=F("quarantine__id"))
                .order_by("created_at", "id"))


def quarantined_mail(*, agency: Agency, limit: int = 20) -> list[QuarantinedEmail]:
    """The agency's latest emails that could not be read completely, without their bytes."""
    return list(QuarantinedEmail.objects.filter(agency=agency)
                .select_related("message__conversation").defer("raw")
                .order_by("-received_at", "-id")[:limit])


@dataclass
class EarlierContacts:
    conversations: list[Conversation]
    reports: list


def earlier_contacts(conversation: Conversation, *, user: User) -> EarlierContacts:
    """The same person's other conversations (that this user may see) and their reports with
    the same phone number or email address.

    Anonymous reports are matched for coordinators only: listing one here would tell the
    handling agency who made it, which is what "anonim" keeps from them (reports.rules
    may_see_reporter)."""
    from jembatan.core.phone import normalize_phone
    from jembatan.reports.models import Privacy
    from jembatan.reports.selectors import reports_visible_to_staff

    others = list(conversations_visible_to(user)
                  .filter(contact_id=conversation.contact_id).exclude(pk=conversation.pk)
                  .select_related("agency").order_by("-last_message_at")[:20])
    contact = conversation.contact
    reports: list = []
    match = Q()
    if contact.platform == Platform.WHATSAPP:
        phone = normalize_phone(contact.external_id)
        if phone:
            match = Q(reporter_phone=phone)
    elif contact.platform == Platform.EMAIL and "@" in contact.external_id:
        match = Q(reporter_email=contact.external_id.strip().lower())
    if match:
        candidates = reports_visible_to_staff(user=user).filter(match)
        if not user.is_coordinator:
            candidates = candidates.exclude(privacy=Privacy.ANONIM)
        reports = list(candidates.select_related("lead_agency").order_by("-created_at")[:20])
    return EarlierContacts(conversations=others, reports=reports)


def contact_phone_email(contact: Contact) -> tuple[str, str]:
    """The contact's phone (WhatsApp) or email address, where the platform id is one."""
    from jembatan.core.phone import normalize_phone

    if contact.platform == Platform.WHATSAPP:
        return normalize_phone(contact.external_id) or "", ""
    if contact.platform == Platform.EMAIL and "@" in contact.external_id:
        return "", contact.external_id.strip().lower()
    return "", ""


def waiting_by_channel(*, user: User) -> list[dict]:
    """Conversations waiting for a reply per channel with the oldest wait, oldest first: the
    start page's rows (one query)."""
    rows = (conversations_visible_to(user).filter(waiting_since__isnull=False)
            .order_by().values("channel").annotate(n=Count("pk"), oldest=Min("waiting_since")))
    labels = dict(Platform.choices)
    return sorted(({"channel": row["channel"], "label": labels.get(row["channel"], ""),
                    "count": row["n"], "oldest": row["oldest"]} for row in rows),
                  key=lambda row: row["oldest"])


def stale_count(*, user: User, now: dt.datetime | None = None) -> int:
    return apply_filters(conversations_visible_to(user), ConversationFilters(stale=True),
                         now=now).count()


def channel_counts(*, user: User) -> dict[str, int]:
    """Unanswered conversations per channel, for the list's quick filters.

    COUNT(*), not COUNT(id): the grouped count then reads conv_waiting_channel_idx alone (an
    index-only scan) instead of visiting every waiting conversation's row."""
    def count() -> dict[str, int]:
        rows = (conversations_visible_to(user).filter(waiting_since__isnull=False)
                .order_by().values("channel").annotate(n=Count("*")))
        return {row["channel"]: row["n"] for row in rows}

    counts = _kept_count("conversations-waiting", user, count)
    return {value: counts.get(value, 0) for value in Platform.values}


__all__ = ["ConversationFilters", "EarlierContacts", "WaitingItem", "apply_filters",
           "channel_counts", "contact_phone_email", "conversation_messages",
           "conversations_inbox", "earlier_contacts", "spam_count", "stale_count",
           "unanswered_count", "unanswered_queue", "waiting_by_channel"]


def connected_accounts(*, agency: Agency) -> QuerySet[ConnectedAccount]:
    return ConnectedAccount.objects.filter(agency=agency).order_by("platform", "external_id")


def officers_for(conversation: Conversation):
    """Whom a conversation may be assigned to: the active staff of its agency."""
    return (User.objects.filter(memberships__agency_id=conversation.agency_id, is_active=True)
            .order_by("full_name", "username"))


def labels_for(conversation: Conversation):
    """Labels of the conversation's agency and the ones every agency shares."""
    return Label.objects.filter(Q(agency__isnull=True) | Q(agency_id=conversation.agency_id))
