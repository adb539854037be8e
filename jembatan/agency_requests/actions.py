"""Writes of the requests between agencies: ask, answer (per asked agency), comment, cancel,
and the daily "due tomorrow" reminder. Each is atomic and leaves an audit entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from jembatan.agency_requests import rules as requests_rules
from jembatan.agency_requests.models import (
    AgencyRequest,
    RequestAttachment,
    RequestComment,
    RequestTarget,
    request_overall_status,
)
from jembatan.core.actions import audit_record
from jembatan.core.models import Agency, User
from jembatan.core.rules import agency_ids_of
from jembatan.forum.actions import _notify

TargetStatus = RequestTarget.Status


def _staff_of(agency_ids: Iterable[int]):
    return User.objects.filter(memberships__agency_id__in=list(agency_ids),
                               is_active=True).distinct()


def _requester_audience(agency_request: AgencyRequest):
    users = list(_staff_of([agency_request.requesting_agency_id]))
    if agency_request.created_by_id and agency_request.created_by_id not in {u.pk for u in users}:
        users.append(agency_request.created_by)
    return users


@transaction.atomic
def request_create(*, requesting_agency: Agency, asked: Iterable[Agency], kind: str, title: str,
                   body: str, due_date: dt.date, actor: User, at: dt.datetime | None = None,
                   allow_past_due: bool = False) -> AgencyRequest:
    if requesting_agency.pk not in agency_ids_of(actor):
        raise PermissionDenied
    asked = {agency.pk: agency for agency in asked if agency.pk != requesting_agency.pk}
    if not asked:
        raise ValidationError(_("Choose at least one agency to ask."), code="no_agency")
    if kind not in AgencyRequest.Kind.values:
        raise ValidationError(_("Choose what you are asking for."), code="bad_kind")
    now = at or timezone.now()
    # allow_past_due is for the demo's history only: people cannot set a date already past.
    if due_date < timezone.localdate(now) and not allow_past_due:
        raise ValidationError(_("The due date cannot be in the past."), code="past_due")
    title, body = title.strip(), body.strip()
    if not title or not body:
        raise ValidationError(_("Give the request a title and say what you need."),
                              code="empty")
    agency_request = AgencyRequest.objects.create(
        requesting_agency=requesting_agency, created_by=actor, kind=kind, title=title[:200],
        body=body, due_date=due_date, created_at=now, updated_at=now,
    )
    RequestTarget.objects.bulk_create(
        [RequestTarget(request=agency_request, agency=agency, updated_at=now)
         for agency in asked.values()])
    audit_record(actor=actor, action="request_create", obj=agency_request, agency=requesting_agency,
                 at=now,
                 changes={"asked": [None, sorted(a.slug for a in asked.values())],
                          "due_date": [None, due_date.isoformat()]})
    with translation.override(settings.LANGUAGE_CODE):
        _notify(_staff_of(asked), "request_new",
                title=_("%(agency)s asks you: %(title)s") % {
                    "agency": requesting_agency.short_name, "title": agency_request.title},
                body=_("Due %(date)s. %(text)s") % {
                    "date": due_date.strftime("%d-%m-%Y"),
                    "text": Truncator(body).chars(300)},
                url=agency_request.get_absolute_url(), agency=requesting_agency, exclude=actor)
    return agency_request


def _refresh_overall(agency_request: AgencyRequest, now: dt.datetime) -> str:
    before = agency_request.status
    if before == AgencyRequest.Status.CANCELLED:
        return before
    after = request_overall_status(agency_request.targets.values_list("status", flat=True))
    agency_request.status = after
    agency_request.updated_at = now
    agency_request.closed_at = None if after in (AgencyRequest.Status.OPEN,
                                          AgencyRequest.Status.IN_PROGRESS) else now
    agency_request.save(update_fields=["status", "updated_at", "closed_at"])
    return after


@transaction.atomic
def request_answer(*, target: RequestTarget, action: str, actor: User, note: str = "",
                   at: dt.datetime | None = None) -> RequestTarget:
    """An asked agency moves its part: start, done, decline (with a note) or reopen."""
    target = (RequestTarget.objects.select_for_update().select_related("request", "agency")
              .get(pk=target.pk))
    if not requests_rules.can_answer(actor, target, action):
        raise PermissionDenied
    new_status = requests_rules.TARGET_ACTIONS[action][0]
    note = note.strip()
    if new_status == TargetStatus.DECLINED and not note:
        raise ValidationError(_("Say why you decline, so the requesting agency can look "
                                "elsewhere."), code="note_required")
    now = at or timezone.now()
    before = {"status": target.status, "note": target.note}
    target.status = new_status
    if note:
        target.note = note[:5000]
    target.answered_by = actor
    target.updated_at = now
    target.save(update_fields=["status", "note", "answered_by", "updated_at"])
    agency_request = target.request
    overall_before = agency_request.status
    overall = _refresh_overall(agency_request, now)
    changes = {"status": [before["status"], new_status]}
    if overall != overall_before:
        changes["request_status"] = [overall_before, overall]
    audit_record(actor=actor, action=f"request_{action}", obj=agency_request,
                 agency=target.agency, at=now, changes=changes, note=note[:2000])
    with translation.override(settings.LANGUAGE_CODE):
        if overall == AgencyRequest.Status.DONE and overall != overall_before:
            title = _("Your request “%(title)s” is done: every asked agency has answered.")
        elif new_status == TargetStatus.DONE:
            title = _("%(agency)s has done your request “%(title)s”.")
        elif new_status == TargetStatus.DECLINED:
            title = _("%(agency)s declined your request “%(title)s”.")
        else:
            title = _("%(agency)s is working on your request “%(title)s”.")
        _notify(_requester_audience(agency_request), "request_answered",
                title=title % {"agency": target.agency.short_name, "title": agency_request.title},
                body=note, url=agency_request.get_absolute_url(), agency=target.agency,
                exclude=actor)
    return target


@transaction.atomic
def request_cancel(*, agency_request: AgencyRequest, actor: User, note: str = "") -> AgencyRequest:
    if not requests_rules.can_cancel_request(actor, agency_request):
        raise PermissionDenied
    now = timezone.now()
    before = agency_request.status
    agency_request.status = AgencyRequest.Status.CANCELLED
    agency_request.updated_at = agency_request.closed_at = now
    agency_request.save(update_fields=["status", "updated_at", "closed_at"])
    audit_record(actor=actor, action="request_cancel", obj=agency_request,
                 agency=agency_request.requesting_agency,
                 changes={"status": [before, agency_request.status]}, note=note.strip()[:2000])
    open_targets = agency_request.targets.filter(status__in=[TargetStatus.OPEN,
                                                             TargetStatus.IN_PROGRESS])
    with translation.override(settings.LANGUAGE_CODE):
        _notify(_staff_of(open_targets.values_list("agency_id", flat=True)), "request_answered",
                title=_("%(agency)s cancelled its request “%(title)s”.") % {
                    "agency": agency_request.requesting_agency.short_name,
                    "title": agency_request.title},
                body=note, url=agency_request.get_absolute_url(),
                agency=agency_request.requesting_agency, exclude=actor)
    return agency_request


@transaction.atomic
def request_comment(*, agency_request: AgencyRequest, actor: User, body: str, attachments=(),
                    at: dt.datetime | None = None) -> RequestComment:
    if not requests_rules.can_comment_on_request(actor, agency_request):
        raise PermissionDenied
    body = body.strip()
    if not body and not attachments:
        raise ValidationError(_("Write something first."), code="empty")
    own = agency_ids_of(actor)
    party_ids = [agency_request.requesting_agency_id,
                 *agency_request.targets.values_list("agency_id", flat=True)]
    agency_id = next((pk for pk in party_ids if pk in own), None)
    now = at or timezone.now()
    comment = RequestComment.objects.create(request=agency_request, author=actor,
                                            agency_id=agency_id, body=body, created_at=now)
    for item in attachments or ():
        RequestAttachment.objects.create(comment=comment, file=item.content,
                                         content_type=item.content_type, size=item.size,
                                         original_name=item.original_name[:255])
    AgencyRequest.objects.filter(pk=agency_request.pk).update(updated_at=now)
    audit_record(actor=actor, action="request_comment", obj=agency_request,
                 agency=comment.agency, at=now, note=Truncator(body).chars(200))
    with translation.override(settings.LANGUAGE_CODE):
        _notify(_staff_of(party_ids), "request_comment",
                title=_("New comment on the request “%(title)s”") % {"title": agency_request.title},
                body=Truncator(body).chars(300), url=agency_request.get_absolute_url(),
                agency=comment.agency, exclude=actor)
    return comment


def requests_remind_due_soon(*, today: dt.date | None = None) -> int:
    """Tell each asked agency that has not answered yet that the request is due tomorrow.

    Once per due date: `reminded_for` holds the date reminded for, so a moved due date earns a
    new reminder and a second run on the same day sends nothing.
    """
    today = today or timezone.localdate()
    tomorrow = today + dt.timedelta(days=1)
    targets = (RequestTarget.objects
               .filter(request__due_date=tomorrow,
                       request__status__in=[AgencyRequest.Status.OPEN,
                                            AgencyRequest.Status.IN_PROGRESS],
                       status__in=[TargetStatus.OPEN, TargetStatus.IN_PROGRESS])
               .exclude(reminded_for=tomorrow)
               .select_related("request", "request__requesting_agency", "agency"))
    reminded = 0
    with translation.override(settings.LANGUAGE_CODE):
        for target in targets[:2000]:
            agency_request = target.request
            _notify(_staff_of([target.agency_id]), "request_due_soon",
                    title=_("Due tomorrow: %(agency)s asked you “%(title)s”") % {
                        "agency": agency_request.requesting_agency.short_name,
                        "title": agency_request.title},
                    body=Truncator(agency_request.body).chars(300),
                    url=agency_request.get_absolute_url(),
                    agency=agency_request.requesting_agency, exclude=None)
            RequestTarget.objects.filter(pk=target.pk).update(reminded_for=tomorrow)
            reminded += 1
    return reminded
