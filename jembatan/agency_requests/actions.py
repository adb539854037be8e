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
from jembatan.forum.actions import _notify

TargetStatus = RequestTarget.Status


def _staff_of(agency_ids: Iterable[int]):
    return User.objects.filter(memberships__agency_id__in=list(agency_ids),
                               is_active=True).distinct()


def _requester_audience(request: AgencyRequest):
    users = list(_staff_of([request.requesting_agency_id]))
    if request.created_by_id and request.created_by_id not in {u.pk for u in users}:
        users.append(request.created_by)
    return users


@transaction.atomic
def request_create(*, requesting_agency: Agency, asked: Iterable[Agency], kind: str, title: str,
                   body: str, due_date: dt.date, by: User, at: dt.datetime | None = None,
                   allow_past_due: bool = False) -> AgencyRequest:
    if requesting_agency.pk not in requests_rules.agency_ids_of(by):
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
    request = AgencyRequest.objects.create(
        requesting_agency=requesting_agency, created_by=by, kind=kind, title=title[:200],
        body=body, due_date=due_date, created_at=now, updated_at=now,
    )
    RequestTarget.objects.bulk_create(
        [RequestTarget(request=request, agency=agency, updated_at=now)
         for agency in asked.values()])
    audit_record(actor=by, action="request_create", obj=request, agency=requesting_agency, at=now,
                 changes={"asked": [None, sorted(a.slug for a in asked.values())],
                          "due_date": [None, due_date.isoformat()]})
    with translation.override(settings.LANGUAGE_CODE):
        _notify(_staff_of(asked), "request_new",
                title=_("%(agency)s asks you: %(title)s") % {
                    "agency": requesting_agency.short_name, "title": request.title},
                body=_("Due %(date)s. %(text)s") % {
                    "date": due_date.strftime("%d-%m-%Y"),
                    "text": Truncator(body).chars(300)},
                url=request.get_absolute_url(), agency=requesting_agency, exclude=by)
    return request


def _refresh_overall(request: AgencyRequest, now: dt.datetime) -> str:
    before = request.status
    if before == AgencyRequest.Status.CANCELLED:
        return before
    after = request_overall_status(request.targets.values_list("status", flat=True))
    request.status = after
    request.updated_at = now
    request.closed_at = None if after in (AgencyRequest.Status.OPEN,
                                          AgencyRequest.Status.IN_PROGRESS) else now
    request.save(update_fields=["status", "updated_at", "closed_at"])
    return after


@transaction.atomic
def request_answer(*, target: RequestTarget, action: str, by: User, note: str = "",
                   at: dt.datetime | None = None) -> RequestTarget:
    """An asked agency moves its part: start, done, decline (with a note) or reopen."""
    target = (RequestTarget.objects.select_for_update().select_related("request", "agency")
              .get(pk=target.pk))
    if not requests_rules.may_answer(by, target, action):
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
    target.answered_by = by
    target.updated_at = now
    target.save(update_fields=["status", "note", "answered_by", "updated_at"])
    request = target.request
    overall_before = request.status
    overall = _refresh_overall(request, now)
    changes = {"status": [before["status"], new_status]}
    if overall != overall_before:
        changes["request_status"] = [overall_before, overall]
    audit_record(actor=by, action=f"request_{action}", obj=request, agency=target.agency, at=now,
                 changes=changes, note=note[:2000])
    with translation.override(settings.LANGUAGE_CODE):
        if overall == AgencyRequest.Status.DONE and overall != overall_before:
            title = _("Your request “%(title)s” is done: every asked agency has answered.")
        elif new_status == TargetStatus.DONE:
            title = _("%(agency)s has done your request “%(title)s”.")
        elif new_status == TargetStatus.DECLINED:
            title = _("%(agency)s declined your request “%(title)s”.")
        else:
            title = _("%(agency)s is working on your request “%(title)s”.")
        _notify(_requester_audience(request), "request_answered",
                title=title % {"agency": target.agency.short_name, "title": request.title},
                body=note, url=request.get_absolute_url(), agency=target.agency, exclude=by)
    return target


@transaction.atomic
def request_cancel(*, request: AgencyRequest, by: User, note: str = "") -> AgencyRequest:
    if not requests_rules.may_cancel(by, request):
        raise PermissionDenied
    now = timezone.now()
    before = request.status
    request.status = AgencyRequest.Status.CANCELLED
    request.updated_at = request.closed_at = now
    request.save(update_fields=["status", "updated_at", "closed_at"])
    audit_record(actor=by, action="request_cancel", obj=request,
                 agency=request.requesting_agency, changes={"status": [before, request.status]},
                 note=note.strip()[:2000])
    open_targets = request.targets.filter(status__in=[TargetStatus.OPEN,
                                                      TargetStatus.IN_PROGRESS])
    with translation.override(settings.LANGUAGE_CODE):
        _notify(_staff_of(open_targets.values_list("agency_id", flat=True)), "request_answered",
                title=_("%(agency)s cancelled its request “%(title)s”.") % {
                    "agency": request.requesting_agency.short_name, "title": request.title},
                body=note, url=request.get_absolute_url(), agency=request.requesting_agency,
                exclude=by)
    return request


@transaction.atomic
def request_comment(*, request: AgencyRequest, by: User, body: str, attachments=(),
                    at: dt.datetime | None = None) -> RequestComment:
    if not requests_rules.may_comment(by, request):
        raise PermissionDenied
    body = body.strip()
    if not body and not attachments:
        raise ValidationError(_("Write something first."), code="empty")
    own = requests_rules.agency_ids_of(by)
    party_ids = [request.requesting_agency_id, *request.targets.values_list("agency_id",
                                                                            flat=True)]
    agency_id = next((pk for pk in party_ids if pk in own), None)
    now = at or timezone.now()
    comment = RequestComment.objects.create(request=request, author=by, agency_id=agency_id,
                                            body=body, created_at=now)
    for item in attachments or ():
        RequestAttachment.objects.create(comment=comment, file=item.content,
                                         content_type=item.content_type, size=item.size,
                                         original_name=item.original_name[:255])
    AgencyRequest.objects.filter(pk=request.pk).update(updated_at=now)
    audit_record(actor=by, action="request_comment", obj=request,
                 agency=comment.agency, at=now, note=Truncator(body).chars(200))
    with translation.override(settings.LANGUAGE_CODE):
        _notify(_staff_of(party_ids), "request_comment",
                title=_("New comment on the request “%(title)s”") % {"title": request.title},
                body=Truncator(body).chars(300), url=request.get_absolute_url(),
                agency=comment.agency, exclude=by)
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
            request = target.request
            _notify(_staff_of([target.agency_id]), "request_due_soon",
                    title=_("Due tomorrow: %(agency)s asked you “%(title)s”") % {
                        "agency": request.requesting_agency.short_name, "title": request.title},
                    body=Truncator(request.body).chars(300), url=request.get_absolute_url(),
                    agency=request.requesting_agency, exclude=None)
            RequestTarget.objects.filter(pk=target.pk).update(reminded_for=tomorrow)
            reminded += 1
    return reminded
