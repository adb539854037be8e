"""Writes of public consultations, each audited, notifications after commit. Reads are in
selectors.py, permissions in rules.py.

Refusals: a role that may not act gets PermissionDenied (403); a consultation whose state does
not allow the step gets InvalidTransition (409); a second support, flag or response by the same
person gets AlreadyDone (409).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from jembatan.core import public_cache, quiet
from jembatan.core.actions import audit_record, update_with_audit
from jembatan.core.background import enqueue_on_commit
from jembatan.core.changes import diff, snapshot
from jembatan.core.events import event_emit
from jembatan.core.models import Agency, User
from jembatan.core.rules import require_actor_perm
from jembatan.core.uploads import CleanFile
from jembatan.core.workflow import InvalidTransition
from jembatan.participation.contributors import Contributor, contact_hash
from jembatan.participation.documents import sections_from_document
from jembatan.participation.models import (
    AnswerStatus,
    Comment,
    Consultation,
    ConsultationAttachment,
    Flag,
    Option,
    Participant,
    Question,
    Response,
    ResponseAnswer,
    Section,
    Support,
    Theme,
)
from jembatan.participation.moderation import ModeratedComment, moderated_body
from jembatan.participation.selectors import participant_users, review_required

Status = Consultation.Status

CONSULTATION_FIELDS = ("title", "summary", "kind", "audience", "opens_at", "closes_at")
EDITABLE_IN = (Status.DRAFT, Status.SCHEDULED)

SEARCH_REINDEX = "jembatan.search.tasks.reindex"

KIND_COMMENT_MODERATED = "participation_comment_moderated"
KIND_REVIEW_NEEDED = "participation_review_needed"
KIND_ANSWER_PUBLISHED = "participation_answer_published"
KIND_CONSULTATION_REVIEW = "participation_consultation_review"
KIND_CONSULTATION_REVIEWED = "participation_consultation_reviewed"
KIND_CLOSED_TO_ANSWER = "participation_closed_to_answer"

# The moves other systems may subscribe to (outgoing webhooks), announced after commit.
WEBHOOK_EVENTS = {Status.OPEN: "consultation.opened", Status.ANSWERED: "consultation.answered"}


class AlreadyDone(Exception):
    """The person already supported, flagged or answered this (HTTP 409)."""


# --- Helpers ------------------------------------------------------------------------------------


def _require_status(consultation: Consultation, allowed: Iterable[str], message: str) -> None:
    if consultation.status not in allowed:
        raise InvalidTransition(message % {"status": consultation.get_status_display()})


def _locked(consultation: Consultation) -> Consultation:
    # The row lock keeps a clock and a person from moving the same consultation at once.
    fresh = Consultation.objects.select_for_update().get(pk=consultation.pk)
    consultation.status = fresh.status
    return consultation


def _notify(recipients, kind: str, *, title: str, body: str, url: str, agency,
            actor: User | None = None) -> None:
    if quiet.is_suppressed():
        return
    from jembatan.notifications.services import notify

    users = list(recipients)
    transaction.on_commit(lambda: notify(users, kind, title=title, body=body, url=url,
                                         agency=agency, exclude=actor))


def _moderators(consultation: Consultation) -> list[User]:
    return list(User.objects.filter(
        Q(is_coordinator=True) | Q(memberships__agency=consultation.lead_agency_id),
        is_active=True).distinct())


def _staff_url(consultation: Consultation, name: str = "staff_detail") -> str:
    return reverse(f"participation:{name}", kwargs={"pk": consultation.pk})


def _reindex(consultation: Consultation) -> None:
    """The site search holds what the public page shows; the source leaves drafts and
    withdrawn consultations out, so a reindex also removes them."""
    enqueue_on_commit(SEARCH_REINDEX, "konsultasi", consultation.pk)


def _validate_dates(opens_at: dt.datetime | None, closes_at: dt.datetime | None) -> None:
    if opens_at and closes_at and closes_at <= opens_at:
        raise ValidationError({"closes_at": _("The closing date must be after the opening "
                                              "date.")}, code="dates")


# --- Drafting -----------------------------------------------------------------------------------


@transaction.atomic
def consultation_create(*, actor: User | None, lead_agency: Agency,
                        co_agencies: Sequence[Agency] = (), **values: Any) -> Consultation:
    unknown = set(values) - set(CONSULTATION_FIELDS)
    if unknown:
        raise ValueError(f"unknown consultation fields: {sorted(unknown)}")
    consultation = Consultation(lead_agency=lead_agency, created_by=actor, **values)
    require_actor_perm(actor, "participation.add_consultation")
    require_actor_perm(actor, "participation.change_consultation", consultation)
    _validate_dates(consultation.opens_at, consultation.closes_at)
    consultation.full_clean(exclude=["created_by", "co_agencies"], validate_constraints=False)
    consultation.save()
    consultation.co_agencies.set([a for a in co_agencies if a.pk != lead_agency.pk])
    audit_record(actor=actor, action="consultation_create", obj=consultation,
                 agency=lead_agency,
                 changes=diff({}, snapshot(consultation, CONSULTATION_FIELDS)))
    return consultation


@transaction.atomic
def consultation_update(*, consultation: Consultation, actor: User | None,
                        co_agencies: Sequence[Agency] | None = None,
                        **values: Any) -> Consultation:
    """Change a consultation that has not opened yet."""
    require_actor_perm(actor, "participation.change_consultation", consultation)
    _locked(consultation)
    _require_status(consultation, EDITABLE_IN,
                    _("A consultation that is %(status)s can no longer be changed."))
    also = {}
    if co_agencies is not None:
        before = sorted(consultation.co_agencies.values_list("short_name", flat=True))
        after = sorted(a.short_name for a in co_agencies if a.pk != consultation.lead_agency_id)
        if before != after:
            also["co_agencies"] = (before, after)

    def validate() -> None:
        _validate_dates(consultation.opens_at, consultation.closes_at)
        consultation.full_clean(exclude=["created_by", "co_agencies"],
                                validate_constraints=False)

    def save(changed: list[str]) -> None:
        fields = [f for f in changed if f != "co_agencies"]
        consultation.save(update_fields=[*fields, "updated_at"])
        if co_agencies is not None:
            consultation.co_agencies.set(
                [a for a in co_agencies if a.pk != consultation.lead_agency_id])

    update_with_audit(consultation, actor=actor, action="consultation_update", values=values,
                      fields=CONSULTATION_FIELDS, validate=validate, save=save,
                      agency=consultation.lead_agency, also=also)
    _reindex(consultation)
    return consultation


def _require_editable(consultation: Consultation, actor: User | None) -> None:
    require_actor_perm(actor, "participation.change_consultation", consultation)
    _locked(consultation)
    _require_status(consultation, EDITABLE_IN,
                    _("A consultation that is %(status)s can no longer be changed."))


@transaction.atomic
def section_add(*, consultation: Consultation, actor: User | None, title: str,
                body: str = "") -> Section:
    _require_editable(consultation, actor)
    last = consultation.sections.order_by("-position").values_list("position", flat=True).first()
    section = Section(consultation=consultation, title=title.strip(), body=body.strip(),
                      position=(last or 0) + 1)
    section.full_clean(exclude=["consultation"])
    section.save()
    audit_record(actor=actor, action="consultation_section_add", obj=consultation,
                 agency=consultation.lead_agency, changes={"section": [None, section.title]})
    _reindex(consultation)
    return section


@transaction.atomic
def section_update(*, section: Section, actor: User | None, **values: Any) -> Section:
    consultation = section.consultation
    _require_editable(consultation, actor)

    def save(changed: list[str]) -> None:
        section.save(update_fields=changed)

    update_with_audit(section, actor=actor, action="consultation_section_update",
                      values=values, fields=("title", "body"), save=save,
                      validate=lambda: section.full_clean(exclude=["consultation"]),
                      agency=consultation.lead_agency)
    _reindex(consultation)
    return section


@transaction.atomic
def sections_reorder(*, consultation: Consultation, actor: User | None,
                     order: Sequence[int]) -> None:
    """`order` holds every section id of the consultation, first to last."""
    _require_editable(consultation, actor)
    sections = {s.pk: s for s in consultation.sections.all()}
    if sorted(order) != sorted(sections):
        raise ValidationError(_("The new order must list every section once."), code="order")
    before = [sections[pk].title for pk in sorted(sections, key=lambda pk: (
        sections[pk].position, pk))]
    for position, pk in enumerate(order, start=1):
        sections[pk].position = position
    Section.objects.bulk_update(sections.values(), ["position"])
    public_cache.bump(public_cache.PARTICIPATION)  # a bulk write sends no signal
    audit_record(actor=actor, action="consultation_section_reorder", obj=consultation,
                 agency=consultation.lead_agency,
                 changes={"sections": [before, [sections[pk].title for pk in order]]})


@transaction.atomic
def question_add(*, consultation: Consultation, actor: User | None, text: str, kind: str,
                 options: Sequence[str] = ()) -> Question:
    _require_editable(consultation, actor)
    options = [o.strip() for o in options if o.strip()]
    last = consultation.questions.order_by("-position").values_list("position",
                                                                    flat=True).first()
    question = Question(consultation=consultation, text=text.strip(), kind=kind,
                        position=(last or 0) + 1)
    question.full_clean(exclude=["consultation"])
    if question.has_options and len(options) < 2:
        raise ValidationError({"options": _("A choice question needs at least two options.")},
                              code="options")
    question.save()
    if question.has_options:
        Option.objects.bulk_create(Option(question=question, text=o[:200], position=n)
                                   for n, o in enumerate(options, start=1))
    audit_record(actor=actor, action="consultation_question_add", obj=consultation,
                 agency=consultation.lead_agency,
                 changes={"question": [None, question.text]})
    return question


@transaction.atomic
def sections_import(*, consultation: Consultation, actor: User | None, filename: str,
                    data: bytes) -> list[Section]:
    """Append a section for each heading of the document (Markdown, .docx or .odt)."""
    _require_editable(consultation, actor)
    parsed = sections_from_document(filename=filename, data=data)
    last = consultation.sections.order_by("-position").values_list("position", flat=True).first()
    sections = Section.objects.bulk_create(
        Section(consultation=consultation, title=title, body=body, position=(last or 0) + n)
        for n, (title, body) in enumerate(parsed, start=1))
    audit_record(actor=actor, action="consultation_import", obj=consultation,
                 agency=consultation.lead_agency,
                 changes={"sections": [None, [s.title for s in sections]]}, note=filename[:200])
    _reindex(consultation)
    return sections


# --- Life cycle ---------------------------------------------------------------------------------


def _move(consultation: Consultation, status: str, *, actor: User | None, action: str,
          note: str = "", extra: dict | None = None) -> None:
    before = consultation.status
    consultation.status = status
    fields = ["status", "updated_at"]
    for name, value in (extra or {}).items():
        setattr(consultation, name, value)
        fields.append(name)
    consultation.save(update_fields=fields)
    audit_record(actor=actor, action=action, obj=consultation, agency=consultation.lead_agency,
                 changes={"status": [before, status]}, note=note)
    if status in WEBHOOK_EVENTS and before != status:
        event_emit(WEBHOOK_EVENTS[status], consultation)
    if status == Status.CLOSED and before != Status.CLOSED:
        # The lead agency owes the public its answer now (the start page counts it too).
        lead_staff = User.objects.filter(memberships__agency=consultation.lead_agency_id,
                                         is_active=True).distinct()
        title = _("Consultation closed, now answer the input: %(title)s") % {
            "title": consultation.title}
        _notify(lead_staff, KIND_CLOSED_TO_ANSWER, title=title,
                body=_("Publish what was done with the comments and answers."),
                url=_staff_url(consultation, "staff_answers"), agency=consultation.lead_agency,
                actor=actor)


def _require_publishable(consultation: Consultation, now: dt.datetime) -> None:
    _require_status(consultation, (Status.DRAFT,),
                    _("Only a draft can be published; this consultation is %(status)s."))
    if not consultation.sections.exists():
        raise ValidationError(_("Add at least one section before publishing."),
                              code="no_sections")
    if consultation.closes_at <= now:
        raise ValidationError({"closes_at": _("The closing date has already passed.")},
                              code="dates")


def _publish(consultation: Consultation, *, actor: User | None, now: dt.datetime) -> None:
    target = Status.OPEN if consultation.opens_at <= now else Status.SCHEDULED
    _move(consultation, Status.SCHEDULED, actor=actor, action="consultation_schedule",
          extra={"published_at": now, "review_requested_at": None})
    if target == Status.OPEN:
        _move(consultation, Status.OPEN, actor=actor, action="consultation_open")
    _reindex(consultation)


@transaction.atomic
def consultation_schedule(*, consultation: Consultation, actor: User | None,
                          now: dt.datetime | None = None) -> Consultation:
    """Publish a draft: it shows as scheduled and opens by itself at `opens_at` (at once when
    that has passed). Where the jurisdiction requires review, agency staff submit it instead
    (`consultation_review_submit`)."""
    require_actor_perm(actor, "participation.change_consultation", consultation)
    _locked(consultation)
    if review_required(actor):
        raise PermissionDenied(_("Consultations are published after the coordinator's review. "
                                 "Submit it for review."))
    now = now or timezone.now()
    _require_publishable(consultation, now)
    _publish(consultation, actor=actor, now=now)
    return consultation


def _review_people(consultation: Consultation) -> list[User]:
    """The author and whoever submitted it, told of the review's outcome."""
    return [u for u in (consultation.created_by, consultation.review_requested_by) if u]


@transaction.atomic
def consultation_review_submit(*, consultation: Consultation, actor: User | None,
                               now: dt.datetime | None = None) -> Consultation:
    """Ask the coordinators to review a draft before it is published."""
    require_actor_perm(actor, "participation.change_consultation", consultation)
    _locked(consultation)
    now = now or timezone.now()
    _require_publishable(consultation, now)
    consultation.refresh_from_db(fields=["review_requested_at"])
    if consultation.review_requested_at is not None:
        raise InvalidTransition(_("This consultation is already waiting for review."))
    before = consultation.review_note
    consultation.review_requested_at, consultation.review_requested_by = now, actor
    consultation.review_note = ""
    consultation.save(update_fields=["review_requested_at", "review_requested_by",
                                     "review_note", "updated_at"])
    audit_record(actor=actor, action="consultation_review_submit", obj=consultation,
                 agency=consultation.lead_agency,
                 changes={"review_note": [before, ""]} if before else {})
    with translation.override(settings.LANGUAGE_CODE):
        title = _("A public consultation waits for your review: %(title)s") % {
            "title": consultation.title}
    _notify(User.objects.filter(is_coordinator=True, is_active=True), KIND_CONSULTATION_REVIEW,
            title=title, body=consultation.lead_agency.short_name,
            url=_staff_url(consultation), agency=consultation.lead_agency, actor=actor)
    return consultation


def _require_in_review(consultation: Consultation, actor: User | None) -> None:
    require_actor_perm(actor, "participation.review_consultation", consultation)
    _locked(consultation)
    consultation.refresh_from_db(fields=["review_requested_at", "review_requested_by",
                                         "created_by"])
    if not consultation.in_review:
        raise InvalidTransition(_("This consultation is not waiting for review."))


@transaction.atomic
def consultation_review_approve(*, consultation: Consultation, actor: User | None,
                                now: dt.datetime | None = None) -> Consultation:
    """The coordinator approves a submitted draft, which is published at once."""
    _require_in_review(consultation, actor)
    now = now or timezone.now()
    _require_publishable(consultation, now)
    people = _review_people(consultation)
    audit_record(actor=actor, action="consultation_review_approve", obj=consultation,
                 agency=consultation.lead_agency)
    _publish(consultation, actor=actor, now=now)
    with translation.override(settings.LANGUAGE_CODE):
        title = _("Your public consultation was approved and published: %(title)s") % {
            "title": consultation.title}
    _notify(people, KIND_CONSULTATION_REVIEWED, title=title, body="",
            url=_staff_url(consultation), agency=consultation.lead_agency, actor=actor)
    return consultation


@transaction.atomic
def consultation_review_return(*, consultation: Consultation, actor: User | None,
                               reason: str) -> Consultation:
    """The coordinator sends a submitted draft back with the reason; it stays a draft."""
    _require_in_review(consultation, actor)
    if not reason.strip():
        raise ValidationError({"reason": _("Say what should change before publishing.")},
                              code="required")
    people = _review_people(consultation)
    consultation.review_requested_at = None
    consultation.review_note = reason.strip()
    consultation.save(update_fields=["review_requested_at", "review_note", "updated_at"])
    audit_record(actor=actor, action="consultation_review_return", obj=consultation,
                 agency=consultation.lead_agency, note=consultation.review_note)
    with translation.override(settings.LANGUAGE_CODE):
        title = _("Your public consultation was returned for changes: %(title)s") % {
            "title": consultation.title}
    _notify(people, KIND_CONSULTATION_REVIEWED, title=title, body=consultation.review_note,
            url=_staff_url(consultation), agency=consultation.lead_agency, actor=actor)
    return consultation


def _move_due(*, due: Q, to: str, action: str) -> list[int]:
    """Move every consultation matching `due` to `to` as the system; rows another worker holds
    are skipped (it is moving them)."""
    moved = []
    for consultation in (Consultation.objects.select_for_update(skip_locked=True, of=("self",))
                         .select_related("lead_agency").filter(due)):
        _move(consultation, to, actor=None, action=action)
        moved.append(consultation.pk)
    return moved


@transaction.atomic
def consultations_open_due(*, now: dt.datetime | None = None) -> list[int]:
    """Scheduled work: open every scheduled consultation whose opening time has come."""
    due = Q(status=Status.SCHEDULED, opens_at__lte=now or timezone.now())
    return _move_due(due=due, to=Status.OPEN, action="consultation_open")


@transaction.atomic
def consultations_close_due(*, now: dt.datetime | None = None) -> list[int]:
    """Scheduled work: close every open consultation whose closing time has passed."""
    due = Q(status=Status.OPEN, closes_at__lte=now or timezone.now())
    return _move_due(due=due, to=Status.CLOSED, action="consultation_close")


@transaction.atomic
def consultation_close(*, consultation: Consultation, actor: User | None) -> Consultation:
    """Close early (or on time, when the clock has not run yet)."""
    require_actor_perm(actor, "participation.change_consultation", consultation)
    _locked(consultation)
    _require_status(consultation, (Status.OPEN,),
                    _("Only an open consultation can be closed; this one is %(status)s."))
    _move(consultation, Status.CLOSED, actor=actor, action="consultation_close")
    return consultation


@transaction.atomic
def consultation_withdraw(*, consultation: Consultation, actor: User | None,
                          reason: str) -> Consultation:
    require_actor_perm(actor, "participation.change_consultation", consultation)
    _locked(consultation)
    _require_status(consultation, (Status.DRAFT, Status.SCHEDULED, Status.OPEN, Status.CLOSED),
                    _("A consultation that is %(status)s cannot be withdrawn."))
    if not reason.strip():
        raise ValidationError({"reason": _("Say why the consultation is withdrawn.")},
                              code="required")
    _move(consultation, Status.WITHDRAWN, actor=actor, action="consultation_withdraw",
          note=reason.strip(), extra={"withdrawn_reason": reason.strip()})
    _reindex(consultation)
    return consultation


# --- Taking part --------------------------------------------------------------------------------


def _require_may_take_part(consultation: Consultation, contributor: Contributor) -> None:
    if contributor.user is None and consultation.audience == Consultation.Audience.ACCOUNTS:
        raise PermissionDenied(_("Only citizens who are logged in may take part in this "
                                 "consultation."))
    if contributor.participant is not None and contributor.participant.verified_at is None:
        raise PermissionDenied(_("Confirm your email address first."))
    _require_status(consultation, (Status.OPEN,),
                    _("This consultation is %(status)s: contributions are not accepted."))


@transaction.atomic
def comment_create(*, consultation: Consultation, contributor: Contributor, body: str,
                   section: Section | None = None, parent: Comment | None = None,
                   at: dt.datetime | None = None) -> Comment:
    """A comment on the whole consultation or one section, or a reply (`parent`). Words of the
    blocklist hold it for review before anyone sees it. `at` is for history being loaded."""
    _locked(consultation)
    _require_may_take_part(consultation, contributor)
    body, held = moderated_body(body)
    if section is not None and section.consultation_id != consultation.pk:
        raise ValidationError({"section": _("This section belongs to another consultation.")},
                              code="section")
    if parent is not None:
        if parent.consultation_id != consultation.pk or not parent.is_visible:
            raise ValidationError(_("This comment cannot be replied to."), code="parent")
        section = parent.section
        parent = parent if parent.parent_id is None else parent.parent  # one level of replies
    comment = Comment.objects.create(
        consultation=consultation, section=section, parent=parent, body=body,
        author=contributor.user, participant=contributor.participant,
        display_name=contributor.display_name[:80],
        status=Comment.Status.PENDING if held else Comment.Status.PUBLISHED,
        held_words=", ".join(held)[:200], created_at=at or timezone.now())
    audit_record(actor=contributor.user, actor_label=contributor.audit_label,
                 action="consultation_comment_create", obj=comment, at=at,
                 agency=consultation.lead_agency,
                 changes={"status": [None, comment.status]},
                 object_repr=f"{consultation.title} #{comment.pk}")
    if held:
        with translation.override(settings.LANGUAGE_CODE):
            title = _("A comment waits for review: %(title)s") % {"title": consultation.title}
        _notify(_moderators(consultation), KIND_REVIEW_NEEDED, title=title,
                body=_("It contains words from the blocklist."),
                url=_staff_url(consultation, "staff_moderation"),
                agency=consultation.lead_agency)
    return comment


@transaction.atomic
def comment_support(*, comment: Comment, contributor: Contributor) -> Comment:
    consultation = comment.consultation
    _require_may_take_part(consultation, contributor)
    if not comment.is_visible:
        raise InvalidTransition(_("This comment cannot be supported."))
    try:
        with transaction.atomic():
            Support.objects.create(comment=comment, **contributor.owner_fields())
    except IntegrityError as error:
        raise AlreadyDone(_("You already support this comment.")) from error
    Comment.objects.filter(pk=comment.pk).update(support_count=F("support_count") + 1)
    comment.refresh_from_db(fields=["support_count"])
    audit_record(actor=contributor.user, actor_label=contributor.audit_label,
                 action="consultation_comment_support", obj=comment,
                 agency=consultation.lead_agency,
                 object_repr=f"{consultation.title} #{comment.pk}")
    return comment


def moderated_flag(*, comment: ModeratedComment, flags, contributor: Contributor, reason: str,
                   note: str, action: str, agency: Agency | None,
                   object_repr: str) -> tuple[ModeratedComment, bool]:
    """A flag on any moderated comment (consultation or news), once per person; after the
    threshold of distinct flags the comment is held until a moderator looks at it (Decidim's
    rule). `flags` is the comment's flag model. Returns the comment and whether this flag hid
    it. The caller runs inside a transaction."""
    if contributor.participant is not None and contributor.participant.verified_at is None:
        raise PermissionDenied(_("Confirm your email address first."))
    if reason not in flags.Reason.values:
        raise ValidationError({"reason": _("Choose a reason.")}, code="invalid_choice")
    comment = type(comment).objects.select_for_update(of=("self",)).get(pk=comment.pk)
    if comment.status == comment.Status.HIDDEN:
        raise InvalidTransition(_("This comment is already hidden."))
    try:
        with transaction.atomic():
            flags.objects.create(comment=comment, reason=reason, note=note.strip()[:300],
                                 **contributor.owner_fields())
    except IntegrityError as error:
        raise AlreadyDone(_("You already flagged this comment.")) from error
    comment.flag_count = flags.objects.filter(comment=comment).count()
    fields = ["flag_count"]
    threshold = settings.PARTICIPATION_FLAG_THRESHOLD
    hidden = comment.flag_count >= threshold and comment.status == comment.Status.PUBLISHED
    if hidden:
        comment.status = comment.Status.PENDING
        comment.held_words = ""
        fields.append("status")
    comment.save(update_fields=fields)
    audit_record(actor=contributor.user, actor_label=contributor.audit_label, action=action,
                 obj=comment, agency=agency, note=reason,
                 changes={"status": [comment.Status.PUBLISHED, comment.status]} if hidden
                 else {}, object_repr=object_repr)
    return comment, hidden


def moderated_hide(*, comment: ModeratedComment, actor: User | None, reason: str, action: str,
                   agency: Agency | None, object_repr: str) -> ModeratedComment:
    """Hide any moderated comment with the reason its author is told (the caller tells them
    and has checked the permission)."""
    comment = type(comment).objects.select_for_update(of=("self",)).get(pk=comment.pk)
    if comment.status == comment.Status.HIDDEN:
        raise InvalidTransition(_("This comment is already hidden."))
    if not reason.strip():
        raise ValidationError({"reason": _("Say why the comment is hidden.")}, code="required")
    before = comment.status
    comment.status = comment.Status.HIDDEN
    comment.hidden_reason = reason.strip()
    comment.save(update_fields=["status", "hidden_reason"])
    audit_record(actor=actor, action=action, obj=comment, agency=agency,
                 changes={"status": [before, comment.status]}, note=comment.hidden_reason,
                 object_repr=object_repr)
    return comment


def moderated_restore(*, comment: ModeratedComment, actor: User | None, reason: str,
                      action: str, agency: Agency | None,
                      object_repr: str) -> tuple[ModeratedComment, str]:
    """Publish a held or hidden comment; its flags stay on record. Returns the comment and the
    status it had."""
    comment = type(comment).objects.select_for_update(of=("self",)).get(pk=comment.pk)
    if comment.status == comment.Status.PUBLISHED:
        raise InvalidTransition(_("This comment is already shown."))
    before = comment.status
    comment.status = comment.Status.PUBLISHED
    comment.hidden_reason = ""
    comment.save(update_fields=["status", "hidden_reason"])
    audit_record(actor=actor, action=action, obj=comment, agency=agency,
                 changes={"status": [before, comment.status]}, note=reason.strip(),
                 object_repr=object_repr)
    return comment, before


@transaction.atomic
def comment_flag(*, comment: Comment, contributor: Contributor, reason: str,
                 note: str = "") -> Comment:
    """Anyone who may take part may flag a comment once (see `moderated_flag`)."""
    consultation = comment.consultation
    comment, hidden = moderated_flag(
        comment=comment, flags=Flag, contributor=contributor, reason=reason, note=note,
        action="consultation_comment_flag", agency=consultation.lead_agency,
        object_repr=f"{consultation.title} #{comment.pk}")
    if hidden:
        with translation.override(settings.LANGUAGE_CODE):
            title = _("A comment was flagged %(count)d times and is hidden until reviewed: "
                      "%(title)s") % {"count": comment.flag_count, "title": consultation.title}
        _notify(_moderators(consultation), KIND_REVIEW_NEEDED, title=title, body="",
                url=_staff_url(consultation, "staff_moderation"),
                agency=consultation.lead_agency)
    return comment


def _tell_author(comment: Comment, *, title: str, body: str, actor: User | None) -> None:
    if comment.author is None:
        return
    _notify([comment.author], KIND_COMMENT_MODERATED, title=title, body=body,
            url=comment.consultation.get_absolute_url(), agency=comment.consultation.lead_agency,
            actor=actor)


@transaction.atomic
def comment_hide(*, comment: Comment, actor: User | None, reason: str) -> Comment:
    consultation = comment.consultation
    require_actor_perm(actor, "participation.moderate_consultation", consultation)
    comment = moderated_hide(comment=comment, actor=actor, reason=reason,
                             action="consultation_comment_hide",
                             agency=consultation.lead_agency,
                             object_repr=f"{consultation.title} #{comment.pk}")
    comment.consultation = consultation
    with translation.override(settings.LANGUAGE_CODE):
        title = _("Your comment on \"%(title)s\" was hidden by a moderator") % {
            "title": consultation.title}
    _tell_author(comment, title=title, body=comment.hidden_reason, actor=actor)
    return comment


@transaction.atomic
def comment_restore(*, comment: Comment, actor: User | None, reason: str = "") -> Comment:
    """Publish a held or hidden comment; its flags stay on record."""
    consultation = comment.consultation
    require_actor_perm(actor, "participation.moderate_consultation", consultation)
    comment, before = moderated_restore(comment=comment, actor=actor, reason=reason,
                                        action="consultation_comment_restore",
                                        agency=consultation.lead_agency,
                                        object_repr=f"{consultation.title} #{comment.pk}")
    comment.consultation = consultation
    if before == Comment.Status.HIDDEN:
        with translation.override(settings.LANGUAGE_CODE):
            title = _("Your comment on \"%(title)s\" is shown again") % {
                "title": consultation.title}
        _tell_author(comment, title=title, body=reason.strip(), actor=actor)
    return comment


@transaction.atomic
def response_create(*, consultation: Consultation, contributor: Contributor,
                    answers: Sequence[dict]) -> Response:
    """One person's answers, once. Each answer is `{"question": id, "options": [ids]}`,
    `{"question": id, "value": 1..5}` or `{"question": id, "text": "…"}`."""
    _locked(consultation)
    _require_may_take_part(consultation, contributor)
    questions = {q.pk: q for q in consultation.questions.prefetch_related("options")}
    if not questions:
        raise InvalidTransition(_("This consultation asks no questions."))
    rows: list[ResponseAnswer] = []
    seen = set()
    for answer in answers:
        question = questions.get(answer.get("question"))
        if question is None or question.pk in seen:
            raise ValidationError(_("An answer names a question that is not asked here."),
                                  code="question")
        seen.add(question.pk)
        if question.has_options:
            option_ids = {o.pk: o for o in question.options.all()}
            chosen = list(dict.fromkeys(answer.get("options") or []))
            if not chosen or any(pk not in option_ids for pk in chosen) or (
                    question.kind == Question.Kind.SINGLE and len(chosen) > 1):
                raise ValidationError(_("Choose from the options of “%(question)s”.")
                                      % {"question": question.text}, code="options")
            rows += [ResponseAnswer(question=question, option=option_ids[pk]) for pk in chosen]
        elif question.kind == Question.Kind.SCALE:
            value = answer.get("value")
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
                raise ValidationError(_("Give “%(question)s” a value from 1 to 5.")
                                      % {"question": question.text}, code="value")
            rows.append(ResponseAnswer(question=question, value=value))
        else:
            text = str(answer.get("text") or "").strip()
            if not text:
                continue
            rows.append(ResponseAnswer(question=question, text=text[:500]))
    if not rows:
        raise ValidationError(_("Answer at least one question."), code="required")
    try:
        with transaction.atomic():
            response = Response.objects.create(consultation=consultation,
                                               **contributor.owner_fields())
    except IntegrityError as error:
        raise AlreadyDone(_("You have already answered the questions.")) from error
    for row in rows:
        row.response = response
    ResponseAnswer.objects.bulk_create(rows)
    audit_record(actor=contributor.user, actor_label=contributor.audit_label,
                 action="consultation_response_create", obj=response,
                 agency=consultation.lead_agency, object_repr=consultation.title)
    return response


@transaction.atomic
def participant_verify(*, contact: str, display_name: str, kind: str = "email",
                       now: dt.datetime | None = None) -> Participant:
    """A contact was confirmed by its one-time code (checked by the caller): the participant
    it belongs to, created on first use, with the name they chose this time. `contact` is an
    email address or, for `kind` phone, a mobile number in E.164."""
    from jembatan.core.crypto import encrypt
    from jembatan.participation import phone

    now = now or timezone.now()
    display_name = display_name.strip()[:80]
    if not display_name:
        raise ValidationError({"display_name": _("Give the name shown with your comments.")},
                              code="required")
    # The contact is kept (encrypted) only when the answer can reach it: an email always, a
    # number only while a WhatsApp answer template is configured (decision 0057).
    keep = kind == Participant.ContactKind.EMAIL or phone.answers_available()
    address = encrypt(contact.strip()) if keep else ""
    participant, created = Participant.objects.select_for_update().get_or_create(
        contact_hash=contact_hash(contact),
        defaults={"contact_kind": kind, "display_name": display_name, "verified_at": now,
                  "notify_address": address})
    if not created:
        participant.display_name = display_name
        participant.verified_at = now
        if address and not participant.notify_address:
            participant.notify_address = address
        participant.save(update_fields=["display_name", "verified_at", "notify_address"])
    audit_record(actor=None, actor_label=f"peserta: {display_name}"[:80],
                 action="participant_verify", obj=participant,
                 changes={"verified_at": [None, now.isoformat()]} if created else {})
    return participant


# --- Answering ----------------------------------------------------------------------------------

ANSWERABLE_IN = (Status.CLOSED,)


def _require_answerable(consultation: Consultation, actor: User | None) -> None:
    require_actor_perm(actor, "participation.answer_consultation", consultation)
    _require_status(consultation, ANSWERABLE_IN,
                    _("Answers are written after the consultation closes; it is %(status)s."))


@transaction.atomic
def theme_save(*, consultation: Consultation, actor: User | None, title: str,
               answer_status: str = "", answer: str = "", comments: Sequence[int] = (),
               theme: Theme | None = None) -> Theme:
    """A theme of comments with its official answer; `comments` are the ids grouped under it."""
    _locked(consultation)
    _require_answerable(consultation, actor)
    if answer_status and answer_status not in AnswerStatus.values:
        raise ValidationError({"answer_status": _("Choose a decision.")}, code="invalid_choice")
    if answer_status and not answer.strip():
        raise ValidationError({"answer": _("Explain the decision.")}, code="required")
    if theme is None:
        last = consultation.themes.order_by("-position").values_list("position",
                                                                     flat=True).first()
        theme = Theme(consultation=consultation, position=(last or 0) + 1)
    elif theme.consultation_id != consultation.pk:
        raise ValidationError(_("This theme belongs to another consultation."), code="theme")
    before = snapshot(theme, ("title", "answer_status", "answer")) if theme.pk else {}
    theme.title, theme.answer_status, theme.answer = title.strip(), answer_status, answer.strip()
    theme.full_clean(exclude=["consultation"])
    theme.save()
    grouped = consultation.comments.filter(pk__in=comments)
    grouped.update(theme=theme)
    audit_record(actor=actor, action="consultation_theme_save", obj=consultation,
                 agency=consultation.lead_agency,
                 changes={**diff(before, snapshot(theme, ("title", "answer_status", "answer"))),
                          **({"comments": [None, sorted(comments)]} if comments else {})})
    return theme


@transaction.atomic
def comment_answer(*, comment: Comment, actor: User | None, answer_status: str,
                   answer: str) -> Comment:
    consultation = comment.consultation
    _locked(consultation)
    _require_answerable(consultation, actor)

    def validate() -> None:
        if comment.answer_status and not comment.answer.strip():
            raise ValidationError({"answer": _("Explain the decision.")}, code="required")
        comment.full_clean(exclude=["consultation", "section", "parent", "author",
                                    "participant", "theme"])

    update_with_audit(comment, actor=actor, action="consultation_comment_answer",
                      values={"answer_status": answer_status, "answer": answer.strip()},
                      validate=validate, save=lambda changed: comment.save(update_fields=changed),
                      agency=consultation.lead_agency)
    return comment


@transaction.atomic
def answer_publish(*, consultation: Consultation, actor: User | None,
                   summary: str) -> Consultation:
    """Publish the official answer: the consultation becomes `answered` and everyone who took
    part hears of it (account holders by notification, others by one email or WhatsApp
    message)."""
    _locked(consultation)
    _require_answerable(consultation, actor)
    if not summary.strip():
        raise ValidationError({"answer_summary": _("Write a summary of the answer.")},
                              code="required")
    if not consultation.themes.exclude(answer_status="").exists() and not \
            consultation.comments.exclude(answer_status="").exists():
        raise ValidationError(_("Answer at least one theme or comment before publishing."),
                              code="no_answers")
    _move(consultation, Status.ANSWERED, actor=actor, action="consultation_answer_publish",
          extra={"answer_summary": summary.strip(), "answered_at": timezone.now()})
    with translation.override(settings.LANGUAGE_CODE):
        title = _("Your input, our follow-up: %(title)s") % {"title": consultation.title}
        body = _("%(agency)s has published its answer to the consultation you took part in.") % {
            "agency": consultation.lead_agency.short_name}
    url = reverse("participation:answers", kwargs={"pk": consultation.pk})
    _notify(participant_users(consultation), KIND_ANSWER_PUBLISHED, title=title, body=body,
            url=url, agency=consultation.lead_agency, actor=actor)
    if not quiet.is_suppressed():
        enqueue_on_commit("jembatan.participation.tasks.participants_email_answer",
                          consultation.pk)
    return consultation


@transaction.atomic
def answer_email_participants(*, consultation: Consultation) -> int:
    """Background work after `answer_publish`: one message to each participant without an
    account who left a contact — an email, or a WhatsApp utility template for a mobile number
    (`participation.phone`) — which is then erased (it was kept for this message only)."""
    from django.core.mail import EmailMessage

    from jembatan.core.crypto import decrypt
    from jembatan.participation import phone

    if consultation.status != Status.ANSWERED:
        return 0
    # The ids first: PostgreSQL locks no rows of a DISTINCT query.
    ids = set(Participant.objects.filter(
        Q(comments__consultation=consultation) | Q(responses__consultation=consultation),
        notify_address__gt="").values_list("pk", flat=True))
    participants = list(Participant.objects.select_for_update().filter(pk__in=ids)
                        .order_by("pk"))
    url = settings.SITE_URL.rstrip("/") + reverse("participation:answers",
                                                  kwargs={"pk": consultation.pk})
    sent = whatsapp = 0
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Your input, our follow-up: %(title)s") % {"title": consultation.title}
        for participant in participants:
            address = decrypt(participant.notify_address)
            if not address:
                continue
            if participant.contact_kind == Participant.ContactKind.PHONE:
                whatsapp += phone.answer_deliver(
                    number=address, name=participant.display_name,
                    agency=consultation.lead_agency.name, title=consultation.title, url=url)
                continue
            body = _("Hello %(name)s,\n\n%(agency)s has published its answer to the public "
                     "consultation \"%(title)s\" you took part in. Read it here:\n%(url)s\n"
                     ) % {"name": participant.display_name,
                          "agency": consultation.lead_agency.name,
                          "title": consultation.title, "url": url}
            EmailMessage(subject=subject, body=body, to=[address]).send()
            sent += 1
    Participant.objects.filter(pk__in=[p.pk for p in participants]).update(notify_address="")
    changes = {"emails": [None, sent]}
    if whatsapp:
        changes["whatsapp"] = [None, whatsapp]
    audit_record(actor=None, action="consultation_answer_emailed", obj=consultation,
                 agency=consultation.lead_agency, changes=changes)
    return sent + whatsapp


# --- Attachments --------------------------------------------------------------------------------


@transaction.atomic
def attachment_add(*, consultation: Consultation, actor: User | None, title: str,
                   upload: CleanFile) -> ConsultationAttachment:
    """Attach a file already checked and cleaned by core.uploads (type sniffed from the bytes,
    metadata stripped) while the consultation can still be changed."""
    _require_editable(consultation, actor)
    attachment = ConsultationAttachment(
        consultation=consultation, title=(title.strip() or upload.original_name)[:200],
        file=upload.content, content_type=upload.content_type, size=upload.size,
        original_name=upload.original_name[:255])
    attachment.save()
    audit_record(actor=actor, action="consultation_attachment_add", obj=consultation,
                 agency=consultation.lead_agency, changes={"attachment": [None, attachment.title]},
                 note=attachment.original_name)
    return attachment


@transaction.atomic
def attachment_remove(*, attachment: ConsultationAttachment, actor: User | None) -> None:
    consultation = attachment.consultation
    _require_editable(consultation, actor)
    title = attachment.title
    attachment.file.delete(save=False)
    attachment.delete()
    audit_record(actor=actor, action="consultation_attachment_remove", obj=consultation,
                 agency=consultation.lead_agency, changes={"attachment": [title, None]})
