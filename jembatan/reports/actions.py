"""Every change to a report. Each action checks the actor's role (403) and the report's state
(409), moves the clock, writes the timeline event and the audit entry in one transaction, and
sends notifications after commit.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from jembatan.core import public_cache, quiet
from jembatan.core.actions import audit_record
from jembatan.core.background import enqueue_coalesced, enqueue_on_commit
from jembatan.core.events import event_emit
from jembatan.core.models import Agency, Jurisdiction, Membership, Region, User
from jembatan.core.phone import normalize_phone
from jembatan.core.uploads import CleanFile
from jembatan.core.workdays import WorkingCalendar
from jembatan.core.workflow import SYSTEM, Actor, InvalidTransition, check_transition
from jembatan.reports import clocks, codes, notifications
from jembatan.reports.models import (
    Attachment,
    Category,
    Channel,
    Event,
    Kind,
    Message,
    Objection,
    Privacy,
    Rating,
    RejectionReason,
    Report,
    SavedFilter,
    Stage,
    Status,
)
from jembatan.reports.rules import (
    ALLOWED_FROM,
    REPORTER,
    may_post,
    may_take,
    report_roles,
)

if TYPE_CHECKING:
    from jembatan.triage.suggestions import AgencySuggestion
    from jembatan.triage.urgency import UrgencyResult

logger = logging.getLogger(__name__)


# The site search copies what the public reads of a report (search/tasks.py does the work):
# a change of one of these fields can bring a report onto the public list, off it, or change
# what the list shows. Urgency, deadlines, assignment and triage never do.
SEARCH_REINDEX = "jembatan.search.tasks.reindex"
SEARCHED_FIELDS = frozenset({"status", "privacy", "title", "body", "lead_agency", "kecamatan",
                             "desa", "merged_into"})

# The performance figures count a report on its lead agency's day of disposition
# (jembatan.insights): a change recounts that day, and the day it was counted on before.
INSIGHTS_REFRESH = "jembatan.insights.tasks.refresh_days"
# Changes that count for nothing there (who handles it, the urgency reading, the triage).
NOT_COUNTED_ACTIONS = frozenset({"assign", "triage_record", "urgency_correct"})


# --- Helpers --------------------------------------------------------------------------------


def _check(action: str, report: Report, actor: Actor) -> None:
    check_transition(action, report, actor, may_take=may_take, allowed_from=ALLOWED_FROM,
                     denied=_("You may not do this to this report."),
                     invalid=_("This cannot be done while the report is “%(status)s”."))


def _lock(report: Report) -> Report:
    """Re-read the report under a row lock so two officers cannot act on stale state."""
    # of=("self",): PostgreSQL cannot lock the nullable side of the outer join.
    locked = (Report.objects.select_for_update(of=("self",)).select_related("lead_agency")
              .get(pk=report.pk))
    locked._counted_as = _counted_as(locked)
    return locked


def _counted_as(report: Report) -> tuple[int | None, str | None]:
    """(lead agency, moment of disposition): where the performance figures count the report
    (no agency: the coordinator's queue, whose open reports are counted too)."""
    disposed = report.disposed_at.isoformat() if report.disposed_at else None
    return (report.lead_agency_id, disposed if report.lead_agency_id else None)


def _recount_figures(report: Report, action: str) -> None:
    keys = {key for key in (getattr(report, "_counted_as", None), _counted_as(report)) if key}
    if action not in NOT_COUNTED_ACTIONS and not quiet.is_suppressed():
        # Coalesced: every report arriving asks for the coordinator's queue to be recounted,
        # and one recount after many of them counts them all.
        enqueue_coalesced(INSIGHTS_REFRESH, [list(key) for key in sorted(keys, key=str)])


def _user(actor: Actor) -> User | None:
    user = actor.user
    return user if user is not None and user.is_authenticated else None


def _acting_as_reporter(report: Report, actor: Actor) -> bool:
    user = _user(actor)
    return actor.is_reporter or (
        user is not None and report.reporter_id == user.pk and not user.is_coordinator
        and not user.memberships.filter(agency_id=report.lead_agency_id).exists()
    )


def _recorded_actor(report: Report, actor: Actor) -> User | None:
    """Who the timeline and the audit trail name. A reporter is always just "Pelapor": staff
    read both, and an anonim reporter who was logged in must not be named there."""
    return None if _acting_as_reporter(report, actor) else _user(actor)


def _event(
    report: Report,
    *,
    action: str,
    actor: Actor,
    from_status: str = "",
    note: str = "",
    is_public: bool = True,
    agency: Agency | None = None,
    at: dt.datetime,
) -> Event:
    return Event.objects.create(
        report=report,
        action=action,
        from_status=from_status,
        to_status=report.status,
        actor=_recorded_actor(report, actor),
        agency=agency,
        is_public=is_public,
        note=note,
        created_at=at,
    )


def _audit(report: Report, *, action: str, actor: Actor, changes: dict, note: str = "",
           at: dt.datetime | None = None) -> None:
    # Audit entries never carry the reporter's identity: agency staff can read their own
    # agency's entries, and an anonim reporter must stay hidden from them.
    as_reporter = _acting_as_reporter(report, actor)
    audit_record(
        actor=None if as_reporter else _user(actor),
        actor_label="pelapor" if as_reporter else None,
        action=f"report_{action}",
        obj=report,
        agency=report.lead_agency,
        changes=changes,
        note=note,
        at=at,
    )
    _recount_figures(report, action)
    # A report that has just arrived is not public until it is verified: nothing to index.
    if SEARCHED_FIELDS & changes.keys() and not (action == "submit"
                                                 and report.status == Status.BARU):
        enqueue_on_commit(SEARCH_REINDEX, "laporan", report.pk)


def _transition(
    report: Report,
    *,
    action: str,
    actor: Actor,
    to_status: str,
    at: dt.datetime,
    note: str = "",
    is_public: bool = True,
    agency: Agency | None = None,
    extra_changes: dict | None = None,
) -> None:
    from_status = report.status
    report.status = to_status
    report.save()
    _event(report, action=action, actor=actor, from_status=from_status, note=note,
           is_public=is_public, agency=agency, at=at)
    changes = {"status": [from_status, to_status]}
    if extra_changes:
        changes.update(extra_changes)
    _audit(report, at=at, action=action, actor=actor, changes=changes, note=note)
    # Every status change, for listeners that follow all of them (the SP4N-LAPOR! push); the
    # outgoing webhooks offer only the named events (report.disposed, …).
    event_emit("report.status_changed", report, at=at)


def _staff_note(report: Report, *, actor: Actor, note: str, at: dt.datetime) -> None:
    """A coordinator's note to the agency is for staff only, never on the public timeline."""
    if note.strip():
        Message.objects.create(report=report, visibility=Message.Visibility.INTERNAL,
                               body=note.strip(), author=_user(actor), created_at=at)


def _store_attachments(report: Report, files: Sequence[CleanFile],
                       message: Message | None = None) -> None:
    for clean in files:
        Attachment.objects.create(
            report=report,
            message=message,
            file=clean.content,
            content_type=clean.content_type,
            size=clean.size,
            original_name=clean.original_name,
        )


# --- Intake ---------------------------------------------------------------------------------


@transaction.atomic
def report_submit(
    *,
    kind: str,
    title: str,
    body: str,
    privacy: str = Privacy.PUBLIK,
    kecamatan: Region | None = None,
    desa: Region | None = None,
    address: str = "",
    latitude=None,
    longitude=None,
    reporter_name: str = "",
    reporter_email: str = "",
    reporter_phone: str = "",
    reporter: User | None = None,
    channel: str = Channel.WEB,
    entered_by: User | None = None,
    category: Category | None = None,
    attachments: Sequence[CleanFile] = (),
    idempotency_key: str | None = None,
    at: dt.datetime | None = None,
) -> tuple[Report, str, bool]:
    """Store a citizen's report first, then everything else. Returns (report, key, created).

    With an idempotency key, a repeated submission returns the original report and creates
    nothing (the key is then None: the reporter already has it).
    """
    if idempotency_key:
        existing = Report.objects.filter(idempotency_key=idempotency_key).first()
        if existing is not None:
            return existing, "", False
    if kind not in Kind.values:
        raise ValidationError(_("Unknown kind of report."))
    if privacy not in Privacy.values:
        raise ValidationError(_("Unknown privacy setting."))
    if desa is not None and kecamatan is not None and desa.parent_id != kecamatan.pk:
        raise ValidationError(_("The desa/kelurahan is not in the chosen kecamatan."))
    if desa is not None and kecamatan is None:
        kecamatan = desa.parent
    phone = ""
    if reporter_phone:
        phone = normalize_phone(reporter_phone) or ""
        if not phone:
            raise ValidationError(_("Enter a valid phone number, for example 0812 3456 7890."))
    at = at or timezone.now()
    jurisdiction = Jurisdiction.kept()
    prefix = jurisdiction.code if jurisdiction else "JBT"
    access_key = codes.new_access_key()
    report = Report(
        kind=kind,
        title=title.strip()[:200],
        body=body.strip(),
        privacy=privacy,
        channel=channel,
        category=category,
        kecamatan=kecamatan,
        desa=desa,
        address=address.strip()[:255],
        latitude=latitude,
        longitude=longitude,
        reporter=reporter,
        reporter_name=reporter_name.strip()[:150],
        reporter_email=reporter_email.strip().lower(),
        reporter_phone=phone,
        entered_by=entered_by,
        access_key_hash=codes.hash_access_key(access_key),
        idempotency_key=idempotency_key or None,
        created_at=at,
    )
    clocks.clock_start(report, stage=Stage.VERIFICATION, start=at,
                       calendar=WorkingCalendar.from_database())
    # Tracking codes are random; on the rare collision, draw again.
    for _attempt in range(5):
        report.tracking_code = codes.new_tracking_code(prefix)
        try:
            with transaction.atomic():
                report.save()
            break
        except IntegrityError:
            if idempotency_key and Report.objects.filter(idempotency_key=idempotency_key).exists():
                # A concurrent request with the same key won the race.
                return Report.objects.get(idempotency_key=idempotency_key), "", False
            report.pk = None
    else:
        raise RuntimeError("could not allocate a unique tracking code")
    _store_attachments(report, attachments)
    actor = Actor(user=entered_by) if entered_by else Actor(user=reporter, is_reporter=True)
    Event.objects.create(report=report, action="submit", to_status=report.status,
                         actor=entered_by, created_at=at, is_public=True,
                         note=report.get_channel_display() if entered_by else "")
    _audit(report, at=at, action="submit", actor=actor,
           changes={"status": [None, report.status], "kind": [None, kind],
                    "channel": [None, channel]})
    notifications.after_commit("report_received", report)
    event_emit("report.received", report, at=at)
    _triage_after_commit(report)
    return report, access_key, True


def _triage_after_commit(report: Report) -> None:
    """Urgency, suggested agency and duplicates are worked out in the background."""
    if quiet.is_suppressed():
        return
    enqueue_on_commit("jembatan.reports.tasks.triage_report", report.pk)


# --- Coordinator actions ----------------------------------------------------------------------


@transaction.atomic
def report_dispose(
    *,
    report: Report,
    actor: Actor,
    agency: Agency,
    supporting: Iterable[Agency] = (),
    kind: str | None = None,
    category: Category | None = None,
    kecamatan: Region | None = None,
    desa: Region | None = None,
    privacy: str | None = None,
    note: str = "",
    at: dt.datetime | None = None,
    auto: bool = False,
) -> Report:
    """Verify the report and give it to one lead agency (optionally with supporting ones).

    `auto`: the triage model decided, within the coordinator's confidence threshold; the
    timeline and audit say so and a coordinator can undo it (`report_undo_dispose`).
    """
    report = _lock(report)
    _check("dispose", report, actor)
    if not agency.is_active:
        raise ValidationError(_("That agency is not active."))
    if desa is not None:
        kecamatan = kecamatan or desa.parent
        if desa.parent_id != kecamatan.pk:
            raise ValidationError(_("The desa/kelurahan is not in the chosen kecamatan."))
    at = at or timezone.now()
    changes: dict[str, list] = {"lead_agency": [str(report.lead_agency or ""), str(agency)]}
    for field, value in (("kind", kind), ("category", category), ("kecamatan", kecamatan),
                         ("desa", desa), ("privacy", privacy)):
        if value is not None and getattr(report, field) != value:
            changes[field] = [str(getattr(report, field) or ""), str(value)]
            setattr(report, field, value)
    report.lead_agency = agency
    report.is_returned = False
    report.is_auto_disposed = auto
    report.disposed_at = at
    supporting = [a for a in supporting if a.pk != agency.pk]
    calendar = WorkingCalendar.from_database()
    stage = clocks.agency_stage(report.kind)
    # UU 14/2008 counts the information clock from receipt, not from disposition.
    start = report.created_at if stage == Stage.INFORMATION else at
    clocks.clock_start(report, stage=stage, start=start, calendar=calendar)
    _transition(report, action="dispose", actor=actor, to_status=Status.DIDISPOSISIKAN, at=at,
                agency=agency, extra_changes=changes,
                note=_("Assigned automatically by the routing model.") if auto else "")
    _staff_note(report, actor=actor, note=note, at=at)
    report.supporting_agencies.set(supporting)
    notifications.after_commit("report_disposed", report, agency_ids=[agency.pk] +
                               [a.pk for a in supporting])
    event_emit("report.disposed", report, at=at)
    return report


@transaction.atomic
def report_undo_dispose(*, report: Report, actor: Actor, note: str = "",
                        at: dt.datetime | None = None) -> Report:
    """Take back an automatic disposition: the report returns to the coordinator's queue."""
    report = _lock(report)
    _check("undo_dispose", report, actor)
    if not report.is_auto_disposed:
        raise InvalidTransition(_("Only an automatic assignment can be undone this way."))
    at = at or timezone.now()
    agency = report.lead_agency
    report.lead_agency = None
    report.is_auto_disposed = False
    report.disposed_at = None
    report.supporting_agencies.clear()
    clocks.clock_start(report, stage=Stage.VERIFICATION, start=report.created_at,
                       calendar=WorkingCalendar.from_database())
    _transition(report, action="undo_dispose", actor=actor, to_status=Status.BARU, at=at,
                is_public=False, note=note.strip(), agency=agency,
                extra_changes={"lead_agency": [str(agency or ""), ""]})
    return report


@transaction.atomic
def report_reject(*, report: Report, actor: Actor, reason: str, text: str = "",
                  at: dt.datetime | None = None) -> Report:
    report = _lock(report)
    _check("reject", report, actor)
    if reason not in RejectionReason.values:
        raise ValidationError(_("Choose a reason for the rejection."))
    at = at or timezone.now()
    report.rejection_reason = reason
    report.closed_at = at
    clocks.clock_stop(report)
    label = RejectionReason(reason).label
    note = f"{label}. {text}".strip() if text else str(label)
    _transition(report, action="reject", actor=actor, to_status=Status.DITOLAK, at=at, note=note,
                extra_changes={"rejection_reason": [None, reason]})
    notifications.after_commit("report_updated", report)
    return report


@transaction.atomic
def report_forward(*, report: Report, actor: Actor, agency: Agency, note: str = "",
                   at: dt.datetime | None = None) -> Report:
    report = _lock(report)
    _check("forward", report, actor)
    if not agency.is_active:
        raise ValidationError(_("That agency is not active."))
    if agency.pk == report.lead_agency_id:
        raise InvalidTransition(_("The report is already with that agency."))
    at = at or timezone.now()
    previous = report.lead_agency
    report.lead_agency = agency
    report.supporting_agencies.remove(agency)
    report.assigned_to = None
    report.disposed_at = at
    stage = clocks.agency_stage(report.kind)
    if stage == Stage.FOLLOW_UP:
        clocks.clock_start(report, stage=stage, start=at, calendar=WorkingCalendar.from_database())
    _transition(report, action="forward", actor=actor, to_status=Status.DIDISPOSISIKAN, at=at,
                agency=agency,
                extra_changes={"lead_agency": [str(previous or ""), str(agency)]})
    _staff_note(report, actor=actor, note=note, at=at)
    notifications.after_commit("report_disposed", report, agency_ids=[agency.pk])
    return report


@transaction.atomic
def report_merge(*, report: Report, actor: Actor, into: Report, note: str = "",
                 at: dt.datetime | None = None) -> Report:
    """Fold a duplicate into the original; its reporter is pointed to the original."""
    report = _lock(report)
    _check("merge", report, actor)
    if into.pk == report.pk:
        raise InvalidTransition(_("A report cannot be merged into itself."))
    if into.status in (Status.DIGABUNG, Status.DITOLAK):
        raise InvalidTransition(_("The report to merge into is itself merged or rejected."))
    at = at or timezone.now()
    report.merged_into = into
    report.closed_at = at
    clocks.clock_stop(report)
    _transition(report, action="merge", actor=actor, to_status=Status.DIGABUNG, at=at,
                note=note or into.tracking_code,
                extra_changes={"merged_into": [None, into.tracking_code]})
    Event.objects.create(report=into, action="merged_in", to_status=into.status,
                         actor=_user(actor), is_public=False, note=report.tracking_code,
                         created_at=at)
    notifications.after_commit("report_updated", report)
    return report


# --- Agency actions ---------------------------------------------------------------------------


@transaction.atomic
def report_acknowledge(*, report: Report, actor: Actor, at: dt.datetime | None = None) -> Report:
    report = _lock(report)
    _check("acknowledge", report, actor)
    at = at or timezone.now()
    if report.first_response_at is None:
        report.first_response_at = at
    if report.assigned_to is None and _user(actor) is not None:
        report.assigned_to = actor.user
    _transition(report, action="acknowledge", actor=actor, to_status=Status.DIPROSES, at=at,
                agency=report.lead_agency)
    notifications.after_commit("report_updated", report)
    return report


@transaction.atomic
def report_return(*, report: Report, actor: Actor, reason: str,
                  at: dt.datetime | None = None) -> Report:
    """'Bukan wewenang': the agency hands the report back to the coordinator."""
    report = _lock(report)
    _check("return", report, actor)
    if not reason.strip():
        raise ValidationError(_("Say why this is not your agency's matter."))
    at = at or timezone.now()
    agency = report.lead_agency
    report.is_returned = True
    report.lead_agency = None
    report.assigned_to = None
    report.supporting_agencies.clear()
    clocks.clock_start(report, stage=Stage.VERIFICATION, start=at,
                       calendar=WorkingCalendar.from_database())
    _transition(report, action="return", actor=actor, to_status=Status.BARU, at=at,
                note=reason.strip(), is_public=False, agency=agency,
                extra_changes={"lead_agency": [str(agency or ""), ""]})
    notifications.after_commit("report_returned", report)
    return report


@transaction.atomic
def report_respond(*, report: Report, actor: Actor, message: str,
                   attachments: Sequence[CleanFile] = (), at: dt.datetime | None = None) -> Report:
    """The agency's follow-up answer. The reporter then has 10 working days to react."""
    report = _lock(report)
    _check("respond", report, actor)
    if not message.strip():
        raise ValidationError(_("Write the answer to the reporter."))
    at = at or timezone.now()
    posted = Message.objects.create(
        report=report, visibility=Message.Visibility.PUBLIC, body=message.strip(),
        author=_user(actor), author_agency=report.lead_agency, created_at=at,
    )
    _store_attachments(report, attachments, posted)
    calendar = WorkingCalendar.from_database()
    report.responded_at = at
    if report.first_response_at is None:
        report.first_response_at = at
    report.auto_close_at = calendar.add_working_days(at, clocks.AUTO_CLOSE_DAYS).due
    clocks.clock_stop(report)
    _transition(report, action="respond", actor=actor, to_status=Status.DITINDAKLANJUTI, at=at,
                agency=report.lead_agency)
    notifications.after_commit("report_updated", report)
    event_emit("report.responded", report, at=at)
    return report


@transaction.atomic
def report_hold(*, report: Report, actor: Actor, reason: str,
                at: dt.datetime | None = None) -> Report:
    """Stop the clock (waiting for the reporter, a budget, the weather…)."""
    report = _lock(report)
    _check("hold", report, actor)
    if not reason.strip():
        raise ValidationError(_("Say why the report is put on hold."))
    at = at or timezone.now()
    calendar = WorkingCalendar.from_database()
    days_left = 0
    if report.deadline is not None and report.deadline > at:
        days_left = calendar.working_days_between(at, report.deadline)
    report.held_status = report.status
    report.held_days_left = days_left
    report.deadline = None
    _transition(report, action="hold", actor=actor, to_status=Status.DITUNDA, at=at,
                note=reason.strip(), agency=report.lead_agency)
    notifications.after_commit("report_updated", report)
    return report


@transaction.atomic
def report_resume(*, report: Report, actor: Actor, reason: str = "",
                  at: dt.datetime | None = None) -> Report:
    report = _lock(report)
    _check("resume", report, actor)
    at = at or timezone.now()
    to_status = report.held_status or Status.DIPROSES
    stage = report.deadline_stage or clocks.agency_stage(report.kind)
    clocks.clock_start(report, stage=stage, start=at, days=report.held_days_left or 0,
                       calendar=WorkingCalendar.from_database())
    report.held_status = ""
    report.held_days_left = None
    _transition(report, action="resume", actor=actor, to_status=to_status, at=at,
                note=reason.strip(), agency=report.lead_agency)
    notifications.after_commit("report_updated", report)
    return report


@transaction.atomic
def report_extend(*, report: Report, actor: Actor, reason: str,
                  at: dt.datetime | None = None) -> Report:
    """UU 14/2008 art. 22(8): one extension of 7 working days for an information request."""
    report = _lock(report)
    _check("extend", report, actor)
    if report.kind != Kind.INFORMASI:
        raise InvalidTransition(_("Only requests for information can be extended."))
    if report.is_extended:
        raise InvalidTransition(_("This request has already been extended once."))
    if not reason.strip():
        raise ValidationError(_("Give the reason for the extension; the requester is told."))
    at = at or timezone.now()
    report.is_extended = True
    if report.status == Status.DITUNDA:
        report.held_days_left = (report.held_days_left or 0) + clocks.EXTENSION_DAYS
        before = None
    else:
        before = report.deadline
        report.deadline_days = (report.deadline_days or 0) + clocks.EXTENSION_DAYS
        clocks.clock_recompute(report, calendar=WorkingCalendar.from_database())
    report.save()
    _event(report, action="extend", actor=actor, from_status=report.status, note=reason.strip(),
           agency=report.lead_agency, at=at)
    _audit(report, at=at, action="extend", actor=actor, note=reason.strip(),
           changes={"deadline": [before.isoformat() if before else None,
                                 report.deadline.isoformat() if report.deadline else None]})
    notifications.after_commit("report_updated", report)
    return report


@transaction.atomic
def report_assign(*, report: Report, actor: Actor, officer: User | None,
                  at: dt.datetime | None = None) -> Report:
    report = _lock(report)
    _check("assign", report, actor)
    if officer is not None and not Membership.objects.filter(
        user=officer, agency_id=report.lead_agency_id
    ).exists():
        raise ValidationError(_("That person does not work for the lead agency."))
    at = at or timezone.now()
    previous = report.assigned_to
    report.assigned_to = officer
    report.save(update_fields=["assigned_to", "updated_at"])
    _event(report, action="assign", actor=actor, from_status=report.status, is_public=False,
           note=str(officer or ""), agency=report.lead_agency, at=at)
    _audit(report, at=at, action="assign", actor=actor,
           changes={"assigned_to": [str(previous or ""), str(officer or "")]})
    return report


@transaction.atomic
def report_answer_objection(*, report: Report, actor: Actor, answer: str,
                            at: dt.datetime | None = None) -> Report:
    report = _lock(report)
    _check("answer_objection", report, actor)
    objection = Objection.objects.filter(report=report, answered_at__isnull=True).first()
    if objection is None:
        raise InvalidTransition(_("There is no open objection on this report."))
    if not answer.strip():
        raise ValidationError(_("Write the answer to the objection."))
    at = at or timezone.now()
    objection.answer = answer.strip()
    objection.answered_at = at
    objection.answered_by = _user(actor)
    objection.save()
    clocks.clock_stop(report)
    report.save()
    Message.objects.create(report=report, visibility=Message.Visibility.PUBLIC,
                           body=objection.answer, author=_user(actor),
                           author_agency=report.lead_agency, created_at=at)
    _event(report, action="answer_objection", actor=actor, from_status=report.status,
           agency=report.lead_agency, at=at)
    _audit(report, at=at, action="answer_objection", actor=actor, changes={})
    notifications.after_commit("report_updated", report)
    return report


# --- Reporter and closing actions ---------------------------------------------------------------


@transaction.atomic
def report_close(*, report: Report, actor: Actor, note: str = "",
                 at: dt.datetime | None = None) -> Report:
    """The reporter confirms, the coordinator closes, or the system closes after 10 days."""
    report = _lock(report)
    _check("close", report, actor)
    at = at or timezone.now()
    report.closed_at = at
    report.auto_close_at = None
    clocks.clock_stop(report)
    _transition(report, action="auto_close" if actor.is_system else "close", actor=actor,
                to_status=Status.SELESAI, at=at, note=note.strip())
    notifications.after_commit("report_updated", report)
    event_emit("report.closed", report, at=at)
    return report


@transaction.atomic
def report_reopen(*, report: Report, actor: Actor, reason: str,
                  at: dt.datetime | None = None) -> Report:
    """The reporter disagrees with the answer, within the 10 working days."""
    report = _lock(report)
    _check("reopen", report, actor)
    at = at or timezone.now()
    if report.auto_close_at is not None and at > report.auto_close_at:
        raise InvalidTransition(_("The time to reopen this report has passed."))
    if not reason.strip():
        raise ValidationError(_("Say what is still wrong."))
    report.auto_close_at = None
    clocks.clock_start(report, stage=Stage.FOLLOW_UP, start=at,
                       calendar=WorkingCalendar.from_database())
    _transition(report, action="reopen", actor=actor, to_status=Status.DIPROSES, at=at,
                note=reason.strip(), agency=report.lead_agency)
    notifications.after_commit("report_reopened", report)
    return report


@transaction.atomic
def report_object(*, report: Report, actor: Actor, reason: str,
                  at: dt.datetime | None = None) -> Report:
    """Keberatan (UU 14/2008 art. 35–36) against an information answer or a refusal."""
    report = _lock(report)
    _check("object", report, actor)
    if report.kind != Kind.INFORMASI:
        raise InvalidTransition(_("Objections apply to requests for information only."))
    if Objection.objects.filter(report=report).exists():
        raise InvalidTransition(_("An objection has already been filed for this request."))
    if not reason.strip():
        raise ValidationError(_("Give the reason for your objection."))
    at = at or timezone.now()
    calendar = WorkingCalendar.from_database()
    decided_at = report.responded_at or report.closed_at or report.created_at
    if calendar.working_days_between(decided_at, at) > clocks.OBJECTION_WINDOW_DAYS:
        raise InvalidTransition(_("The 30 working days to object have passed."))
    days = clocks.policy_days(stage=Stage.OBJECTION, kind=report.kind, agency=report.lead_agency)
    due = calendar.add_working_days(at, days).due
    Objection.objects.create(report=report, reason=reason.strip(), created_at=at, deadline=due)
    report.auto_close_at = None
    clocks.clock_start(report, stage=Stage.OBJECTION, start=at, days=days, calendar=calendar)
    report.save()
    _event(report, action="object", actor=actor, from_status=report.status, note=reason.strip(),
           agency=report.lead_agency, at=at)
    _audit(report, at=at, action="object", actor=actor,
           changes={"deadline": [None, due.isoformat()]})
    notifications.after_commit("report_objection", report)
    return report


@transaction.atomic
def message_post(*, report: Report, actor: Actor, body: str, visibility: str,
                 attachments: Sequence[CleanFile] = (), at: dt.datetime | None = None) -> Message:
    """A public reply or an internal note; reporters add information with public messages."""
    if visibility not in Message.Visibility.values:
        raise ValidationError(_("Choose public reply or internal note."))
    if not may_post(visibility, report, actor):
        raise PermissionDenied(_("You may not write on this report."))
    if not body.strip():
        raise ValidationError(_("The message is empty."))
    if report.status == Status.DIGABUNG:
        raise InvalidTransition(_("This report was merged; write on the original report."))
    at = at or timezone.now()
    from_reporter = _acting_as_reporter(report, actor)
    staff_agency = None
    user = _user(actor)
    if user is not None and not from_reporter:
        handling = {report.lead_agency_id, *report.supporting_agencies.values_list("pk", flat=True)}
        membership = user.memberships.filter(agency_id__in=handling).select_related(
            "agency").first()
        staff_agency = membership.agency if membership else None
    message = Message.objects.create(
        report=report, visibility=visibility, body=body.strip(), author=user,
        author_agency=staff_agency, from_reporter=from_reporter, created_at=at,
    )
    _store_attachments(report, attachments, message)
    if (visibility == Message.Visibility.PUBLIC and not from_reporter
            and report.first_response_at is None):
        report.first_response_at = at
        report.save(update_fields=["first_response_at", "updated_at"])
    _audit(report, at=at, action="message", actor=actor, changes={"visibility": [None, visibility]})
    if visibility == Message.Visibility.PUBLIC:
        kind = "reporter_message" if from_reporter else "report_updated"
        notifications.after_commit(kind, report)
        if not from_reporter:
            event_emit("report.message_published", report, at=at)
    return message


@transaction.atomic
def report_rate(*, report: Report, actor: Actor, score: int, comment: str = "",
                at: dt.datetime | None = None) -> Rating:
    """The reporter rates the handling, once, after the agency answered."""
    # Locked: two ratings sent at once (a double tap, a retry) would otherwise both pass the
    # "already rated" check and the second would hit the one-rating-per-report constraint.
    report = _lock(report)
    if REPORTER not in report_roles(report, actor):
        raise PermissionDenied(_("Only the reporter can rate the handling."))
    if report.status not in (Status.DITINDAKLANJUTI, Status.SELESAI):
        raise InvalidTransition(_("You can rate the handling once the agency has answered."))
    if not isinstance(score, int) or not 1 <= score <= 5:
        raise ValidationError(_("The score is a number from 1 to 5."))
    if Rating.objects.filter(report=report).exists():
        raise InvalidTransition(_("This report has already been rated."))
    at = at or timezone.now()
    rating = Rating.objects.create(report=report, score=score, comment=comment.strip(),
                                   created_at=at)
    _audit(report, at=at, action="rate", actor=actor, changes={"score": [None, score]})
    return rating


# --- Scheduled work ---------------------------------------------------------------------------


def reports_auto_close(*, now: dt.datetime | None = None, batch: int = 500) -> int:
    """Close answered reports whose reporter did not react within 10 working days."""
    now = now or timezone.now()
    closed = 0
    due = Report.objects.filter(status=Status.DITINDAKLANJUTI, auto_close_at__lt=now)
    for report in due.order_by("auto_close_at")[:batch]:
        try:
            report_close(report=report, actor=SYSTEM, at=now)
            closed += 1
        except (InvalidTransition, PermissionDenied):
            continue
    return closed


def reports_recompute_deadlines(*, batch: int = 1000) -> int:
    """After a calendar change: move every open deadline to what the new calendar says."""
    calendar = WorkingCalendar.from_database()
    moved = 0
    # Held reports have no running deadline; closed ones keep a clock only for an objection.
    open_reports = Report.objects.filter(deadline_start__isnull=False).exclude(
        status=Status.DITUNDA
    )
    last_pk = 0
    while True:
        chunk = list(
            open_reports.filter(pk__gt=last_pk).order_by("pk")
            .only("pk", "deadline", "deadline_start", "deadline_days", "deadline_stage")[:batch]
        )
        if not chunk:
            break
        last_pk = chunk[-1].pk
        changed = [report for report in chunk if clocks.clock_recompute(report, calendar=calendar)]
        Report.objects.bulk_update(changed, ["deadline"])
        for report in changed:
            if report.deadline_stage == Stage.OBJECTION:
                Objection.objects.filter(report=report, answered_at__isnull=True).update(
                    deadline=report.deadline)
        moved += len(changed)
    if moved:
        # bulk_update sends no save signal: the public pages show the deadlines.
        public_cache.bump(public_cache.REPORTS)
    return moved


@transaction.atomic
def report_urgency_correct(*, report: Report, actor: Actor, urgent: bool,
                           at: dt.datetime | None = None) -> Report:
    """Staff say whether the report is an emergency happening now, in one click. The reading
    that raised (or missed) the flag stays on the report; the correction teaches the next
    urgency reading (jembatan.reports.routing.urgency_corrections)."""
    from jembatan.reports.models import OPEN_STATUSES
    from jembatan.reports.rules import may_correct_urgency

    report = _lock(report)
    if not may_correct_urgency(report, actor):
        raise PermissionDenied(_("You may not do this to this report."))
    if report.status not in OPEN_STATUSES:
        raise InvalidTransition(
            _("This cannot be done while the report is “%(status)s”.")
            % {"status": report.get_status_display()}
        )
    if report.is_urgent == urgent:
        raise InvalidTransition(_("The report is already marked so."))
    at = at or timezone.now()
    before = report.is_urgent
    report.is_urgent = urgent
    report.urgency_corrected_at = at
    report.urgency_reason = {**(report.urgency_reason or {}), "corrected": True}
    report.save(update_fields=["is_urgent", "urgency_corrected_at", "urgency_reason",
                               "updated_at"])
    _audit(report, action="urgency_correct", actor=actor,
           changes={"is_urgent": [before, urgent]}, at=at)
    if urgent:
        notifications.after_commit("report_urgent", report)
    return report


@transaction.atomic
def report_triage_record(*, report: Report, urgency: UrgencyResult,
                         suggestions: Sequence[AgencySuggestion], reasons: Sequence[str],
                         notify: bool = True) -> Report:
    """Store the system's reading of a report: the urgency flag and why, and the suggested
    agencies. Done by the system, never by a person; a reading never clears an urgent flag, and
    an urgency corrected by staff stays as they decided."""
    report = _lock(report)
    corrected = report.urgency_corrected_at is not None
    urgent = report.is_urgent if corrected else urgency.is_urgent
    top = suggestions[0] if suggestions else None
    was_urgent = report.is_urgent
    before_agency = report.suggested_agency.slug if report.suggested_agency_id else None
    before_confidence = report.suggestion_confidence
    values = {
        "is_urgent": was_urgent or urgent,
        "urgency_signals": urgency.signals if urgent else [],
        "urgency_reason": report.urgency_reason if corrected else urgency.reason(),
        "suggested_agency": top.agency if top else None,
        "suggestion_confidence": top.probability if top else None,
        "suggestion_reasons": list(reasons),
        "suggestions": [{"agency": s.agency.slug, "probability": s.probability}
                        for s in suggestions],
    }
    # An update, not save(): the reading is not an edit of the report, so its "updated" time
    # stays the time people last changed it.
    Report.objects.filter(pk=report.pk).update(**values)
    for name, value in values.items():
        setattr(report, name, value)
    changes = {}
    if report.is_urgent != was_urgent:
        changes["is_urgent"] = [was_urgent, report.is_urgent]
    after_agency = top.agency.slug if top else None
    if after_agency != before_agency:
        changes["suggested_agency"] = [before_agency, after_agency]
    if report.suggestion_confidence != before_confidence:
        changes["suggestion_confidence"] = [before_confidence, report.suggestion_confidence]
    # The words that raised the flag or drove the suggestion stay out of the audit log: they
    # are the report's own text, which a rahasia report keeps from its readers.
    _audit(report, action="triage_record", actor=SYSTEM, changes=changes)
    # People are told by a task of its own, enqueued as the urgent flag commits: emails sent
    # here, after the flag, were lost when the worker died in between, because the rerun sees
    # the flag already set.
    if notify and urgent and not was_urgent:
        notifications.after_commit("report_urgent", report,
                                   agency_ids=[top.agency.pk] if top else [])
    return report


@transaction.atomic
def saved_filter_save(*, actor: User, name: str, query: str) -> SavedFilter:
    """Keep an inbox search under a name; saving the same name again replaces its search."""
    if not actor.has_perm("reports.view_inbox"):
        raise PermissionDenied
    before = (SavedFilter.objects.filter(user=actor, name=name)
              .values_list("query", flat=True).first())
    saved, _created = SavedFilter.objects.update_or_create(user=actor, name=name,
                                                           defaults={"query": query})
    audit_record(actor=actor, action="saved_filter_save", obj=saved,
                 changes={"query": [before, query]} if before != query else {})
    return saved
