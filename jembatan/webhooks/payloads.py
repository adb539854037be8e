"""What each event says, as the public API would say it.

Payload version 1: `{"version": 1, "id", "type", "occurred_at", "data"}`. The privacy rules of
the public surfaces hold here too (decision 0023): the reporter's identity never travels (not
even of a public report), the content of a rahasia report neither (its title, text and answers
are null), and every text a citizen typed is masked (NIK, phone, email, house number…) with
the public bodies' own contacts kept. A conversation's sender is not named. docs/webhooks.md
shows one example of each event.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse

PAYLOAD_VERSION = 1


@dataclass(frozen=True)
class Built:
    data: dict
    agency_ids: list[int]


def _url(path: str) -> str:
    return settings.SITE_URL + path


def _slug(agency) -> str | None:
    return agency.slug if agency is not None else None


def _report(event_type: str, report_id: int) -> Built | None:
    from jembatan.reports.models import Message, Privacy, Report
    from jembatan.reports.selectors import public_text

    report = (Report.objects.select_related("lead_agency", "category", "kecamatan", "desa")
              .prefetch_related("supporting_agencies").filter(pk=report_id).first())
    if report is None:
        return None
    confidential = report.privacy == Privacy.RAHASIA

    def shown(text: str) -> str | None:
        return None if confidential else public_text(text)

    supporting = sorted(report.supporting_agencies.all(), key=lambda a: a.slug)
    data = {
        "tracking_code": report.tracking_code,
        "kind": report.kind,
        "status": report.status,
        "privacy": report.privacy,
        "channel": report.channel,
        "category": report.category.name if report.category_id else None,
        "title": shown(report.title),
        "body": shown(report.body),
        "agency": _slug(report.lead_agency),
        "supporting_agencies": [a.slug for a in supporting],
        "kecamatan": report.kecamatan.code if report.kecamatan_id else None,
        "desa": report.desa.code if report.desa_id else None,
        "created_at": report.created_at,
        "deadline": report.deadline,
        # A rahasia report has no public page: its address would only confirm it exists.
        "url": None if confidential else _url(report.get_absolute_url()),
        "staff_url": _url(reverse("reports:staff_detail",
                                  kwargs={"code": report.tracking_code})),
    }
    if event_type == "report.disposed":
        data["disposed_at"] = report.disposed_at
    elif event_type == "report.responded":
        answer = (report.messages.filter(visibility=Message.Visibility.PUBLIC,
                                         author_agency__isnull=False)
                  .select_related("author_agency").order_by("-created_at", "-pk").first())
        data["response"] = {
            "body": shown(answer.body) if answer is not None else None,
            "agency": _slug(answer.author_agency) if answer is not None else None,
            "created_at": report.responded_at,
        }
    elif event_type == "report.closed":
        data["closed_at"] = report.closed_at
    agencies = [report.lead_agency_id] if report.lead_agency_id else []
    return Built(data=data, agency_ids=agencies + [a.pk for a in supporting])


def _conversation(event_type: str, conversation_id: int) -> Built | None:
    from jembatan.connectors.models import Conversation, ConversationMessage
    from jembatan.reports.selectors import public_text

    conversation = (Conversation.objects.select_related("agency")
                    .filter(pk=conversation_id).first())
    # Spam is nobody's news; the conversation is still in the agency's spam folder.
    if conversation is None or conversation.is_spam:
        return None
    first = (conversation.messages.filter(direction=ConversationMessage.Direction.IN)
             .order_by("created_at", "pk").first())
    data = {
        "id": conversation.pk,
        "channel": conversation.channel,
        "agency": _slug(conversation.agency),
        "subject": public_text(conversation.subject) or None,
        "message": {
            "kind": first.kind,
            "body": public_text(first.body),
            "created_at": first.created_at,
        } if first is not None else None,
        "needs_reply": conversation.needs_reply,
        "created_at": conversation.created_at,
        "staff_url": _url(conversation.get_absolute_url()),
    }
    return Built(data=data, agency_ids=[conversation.agency_id])


def _post(event_type: str, post_id: int) -> Built | None:
    from jembatan.content.models import Post

    post = (Post.objects.select_related("lead_agency").prefetch_related("co_authors")
            .filter(pk=post_id).first())
    if post is None:
        return None
    co_authors = sorted(post.co_authors.all(), key=lambda a: a.slug)
    picture = post.picture_url() if post.has_picture else ""
    data = {
        "id": post.pk,
        "title": post.title,
        "body": post.body,
        "topic": post.topic,
        "agency": _slug(post.lead_agency),
        "co_authors": [a.slug for a in co_authors],
        "published_at": post.published_at,
        "picture": (_url(picture) if picture.startswith("/") else picture) or None,
        "url": _url(post.get_absolute_url()),
    }
    return Built(data=data, agency_ids=[post.lead_agency_id] + [a.pk for a in co_authors])


def _consultation(event_type: str, consultation_id: int) -> Built | None:
    from jembatan.participation.models import Consultation

    consultation = (Consultation.objects.select_related("lead_agency")
                    .prefetch_related("co_agencies").filter(pk=consultation_id).first())
    if consultation is None:
        return None
    co_agencies = sorted(consultation.co_agencies.all(), key=lambda a: a.slug)
    data = {
        "id": consultation.pk,
        "title": consultation.title,
        "summary": consultation.summary,
        "kind": consultation.kind,
        "status": consultation.status,
        "agency": _slug(consultation.lead_agency),
        "co_agencies": [a.slug for a in co_agencies],
        "opens_at": consultation.opens_at,
        "closes_at": consultation.closes_at,
        "url": _url(consultation.get_absolute_url()),
    }
    if event_type == "consultation.answered":
        data["answer_summary"] = consultation.answer_summary
        data["answered_at"] = consultation.answered_at
        data["answers_url"] = _url(reverse("participation:answers",
                                           kwargs={"pk": consultation.pk}))
    return Built(data=data,
                 agency_ids=[consultation.lead_agency_id] + [a.pk for a in co_agencies])


BUILDERS = {
    "reports.report": _report,
    "connectors.conversation": _conversation,
    "content.post": _post,
    "participation.consultation": _consultation,
}


def build(event_type: str, model: str, object_id) -> Built | None:
    """The event's data and agencies, read from the committed rows; None when there is nothing
    to announce (the object is gone, or it is spam)."""
    builder = BUILDERS.get(model)
    return builder(event_type, object_id) if builder is not None else None


def envelope(*, event_id: str, event_type: str, occurred_at: dt.datetime, data: dict) -> str:
    """The body as sent: compact JSON, UTF-8, keys in a fixed order, times in UTC."""
    return json.dumps({"version": PAYLOAD_VERSION, "id": event_id, "type": event_type,
                       "occurred_at": occurred_at.astimezone(dt.UTC), "data": data},
                      cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
