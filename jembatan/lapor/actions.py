"""Reports in from SP4N-LAPOR!, and what goes back. A new LAPOR! report enters through the same
`report_submit` as every other channel; a known one (same tracking number in this jurisdiction)
takes over LAPOR!'s status and new follow-ups and is never created twice (decision 0050).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from jembatan.core import quiet
from jembatan.core.actions import audit_record
from jembatan.core.background import enqueue_coalesced, enqueue_on_commit
from jembatan.core.models import Agency, Jurisdiction
from jembatan.core.uploads import CleanFile
from jembatan.core.workdays import WorkingCalendar
from jembatan.lapor.models import LaporAttachment, LaporLink, SendBack, follow_up_key
from jembatan.lapor.records import LaporRecord
from jembatan.reports import clocks
from jembatan.reports.actions import INSIGHTS_REFRESH, SEARCH_REINDEX, report_submit
from jembatan.reports.models import (
    Attachment,
    Category,
    Channel,
    Event,
    Message,
    Privacy,
    RejectionReason,
    Report,
    Stage,
    Status,
)


@dataclass
class ImportOutcome:
    report: Report
    created: bool
    changes: list[str] = field(default_factory=list)


def _privacy(record: LaporRecord) -> str:
    # Rahasia is the stricter one: its content and its reporter stay hidden (docs/lapor.md).
    if record.is_confidential:
        return Privacy.RAHASIA
    return Privacy.ANONIM if record.is_anonymous else Privacy.PUBLIK


def _agency(name: str) -> Agency | None:
    if not name:
        return None
    return Agency.objects.filter(Q(name__iexact=name) | Q(short_name__iexact=name),
                                 is_active=True).first()


def _category(name: str) -> Category | None:
    return Category.objects.filter(name__iexact=name).first() if name else None


@transaction.atomic
def lapor_record_import(*, record: LaporRecord, jurisdiction: Jurisdiction,
                        now: dt.datetime | None = None) -> ImportOutcome:
    """Create or update the Jembatan report of one LAPOR! record; says what changed."""
    now = now or timezone.now()
    link = (LaporLink.objects.select_for_update().select_related("report")
            .filter(jurisdiction=jurisdiction, tracking_number=record.number).first())
    created = link is None
    if created:
        title = record.title or _("Confidential report from SP4N-LAPOR!")
        body = record.body or _("The content of this confidential report is kept in "
                                "SP4N-LAPOR!.")
        report, _key, _new = report_submit(
            kind=record.kind, title=title, body=body, privacy=_privacy(record),
            address=record.location, reporter_name=record.reporter_name,
            reporter_email=record.reporter_email, reporter_phone=record.reporter_phone,
            channel=Channel.LAPOR, category=_category(record.category),
            idempotency_key=f"lapor:{jurisdiction.pk}:{record.number}", at=record.reported_at,
        )
        link = LaporLink.objects.create(report=report, jurisdiction=jurisdiction,
                                        tracking_number=record.number,
                                        lapor_status=record.lapor_status, imported_at=now,
                                        synced_at=now)
    report = Report.objects.select_for_update(of=("self",)).get(pk=link.report_id)
    changes = []
    if report.privacy != _privacy(record) and not created:
        changes.append(_privacy_take_over(report, record, at=now))
    if report.status != record.status:
        changes.append(_status_take_over(report, record, at=now))
    added = _follow_ups_take_over(report, record)
    if added:
        changes.append(_("%(count)s new follow-up(s)") % {"count": added})
    listed = _attachments_take_over(report, record)
    if listed:
        changes.append(_("%(count)s attachment(s) to download") % {"count": listed})
    link.lapor_status = record.lapor_status
    link.synced_at = now
    link.save(update_fields=["lapor_status", "synced_at"])
    return ImportOutcome(report=report, created=created, changes=changes)


def _after_change(report: Report, *, action: str, changes: dict, at: dt.datetime,
                  note: str = "") -> None:
    audit_record(actor=None, actor_label="SP4N-LAPOR!", action=f"report_{action}", obj=report,
                 agency=report.lead_agency, changes=changes, note=note, at=at)
    if quiet.is_suppressed():
        return
    enqueue_on_commit(SEARCH_REINDEX, "laporan", report.pk)
    if report.lead_agency_id and report.disposed_at:
        enqueue_coalesced(INSIGHTS_REFRESH, [[report.lead_agency_id,
                                              report.disposed_at.isoformat()]])


def _privacy_take_over(report: Report, record: LaporRecord, *, at: dt.datetime) -> str:
    before, report.privacy = report.privacy, _privacy(record)
    report.save(update_fields=["privacy", "updated_at"])
    _after_change(report, action="lapor_sync", changes={"privacy": [before, report.privacy]},
                  at=at)
    return _("privacy %(before)s → %(after)s") % {
        "before": Privacy(before).label, "after": report.get_privacy_display()}


def _status_take_over(report: Report, record: LaporRecord, *, at: dt.datetime) -> str:
    """Move the report to LAPOR!'s status, with the clocks LAPOR!'s own dates give."""
    before = report.status
    calendar = WorkingCalendar.from_database()
    target = record.status
    agency = _agency(record.agency) or _agency(record.follow_ups[-1].agency
                                               if record.follow_ups else "")
    if target == Status.BARU:
        report.disposed_at = None
        clocks.clock_start(report, stage=Stage.VERIFICATION, start=report.created_at,
                           calendar=calendar)
    elif target in (Status.DIDISPOSISIKAN, Status.DIPROSES):
        report.lead_agency = agency or report.lead_agency
        report.disposed_at = record.disposed_at or report.disposed_at or at
        stage = clocks.agency_stage(report.kind)
        start = report.created_at if stage == Stage.INFORMATION else report.disposed_at
        clocks.clock_start(report, stage=stage, start=start, calendar=calendar)
    elif target == Status.DITUNDA:
        report.lead_agency = agency or report.lead_agency
        report.disposed_at = report.disposed_at or record.disposed_at
        report.held_status = before if before in (Status.DIDISPOSISIKAN,
                                                  Status.DIPROSES) else Status.DIPROSES
        report.held_days_left = None
        clocks.clock_stop(report)
    elif target == Status.DITINDAKLANJUTI:
        answered = record.follow_ups[-1].at if record.follow_ups else at
        report.lead_agency = agency or report.lead_agency
        report.disposed_at = report.disposed_at or record.disposed_at or answered
        report.responded_at = answered
        report.first_response_at = report.first_response_at or answered
        report.auto_close_at = calendar.add_working_days(answered, clocks.AUTO_CLOSE_DAYS).due
        clocks.clock_stop(report)
    else:  # selesai, ditolak
        # A report LAPOR! disposed and closed before Jembatan saw it still counts for its agency.
        report.lead_agency = agency or report.lead_agency
        if report.lead_agency_id:
            report.disposed_at = report.disposed_at or record.disposed_at
        report.closed_at = record.finished_at or at
        report.auto_close_at = None
        clocks.clock_stop(report)
        if target == Status.DITOLAK:
            report.rejection_reason = (RejectionReason.OUTSIDE_REMIT
                                       if record.lapor_status.lower() == "bukan wewenang"
                                       else RejectionReason.INCOMPLETE)
    report.status = target
    report.save()
    Event.objects.create(report=report, action="lapor_sync", from_status=before,
                         to_status=target, agency=report.lead_agency, is_public=True,
                         note=record.lapor_status, created_at=at)
    _after_change(report, action="lapor_sync", changes={"status": [before, target]}, at=at,
                  note=record.lapor_status)
    return _("status %(before)s → %(after)s") % {
        "before": Status(before).label, "after": report.get_status_display()}


def _follow_ups_take_over(report: Report, record: LaporRecord) -> int:
    """LAPOR!'s tindak lanjut become public replies; one already here is never added twice."""
    known = set(report.messages.filter(visibility=Message.Visibility.PUBLIC)
                .values_list("created_at", "body"))
    added = 0
    for follow_up in record.follow_ups:
        if not follow_up.text:
            continue  # withheld (a confidential report's follow-up in an export)
        if (follow_up.at, follow_up.text) in known:
            continue
        message = Message.objects.create(
            report=report, visibility=Message.Visibility.PUBLIC, body=follow_up.text,
            author_agency=_agency(follow_up.agency) or report.lead_agency,
            created_at=follow_up.at,
        )
        # Marked as known under the key the push uses, so it never goes back to LAPOR!.
        SendBack.objects.create(report=report, what=SendBack.What.FOLLOW_UP,
                                result=SendBack.Result.RECEIVED, key=follow_up_key(message.pk),
                                sent_at=timezone.now())
        if report.first_response_at is None or follow_up.at < report.first_response_at:
            report.first_response_at = follow_up.at
            report.save(update_fields=["first_response_at", "updated_at"])
        _after_change(report, action="lapor_follow_up", at=follow_up.at,
                      changes={"visibility": [None, Message.Visibility.PUBLIC]})
        added += 1
    return added


def _attachments_take_over(report: Report, record: LaporRecord) -> int:
    """List each new lampiran to download after commit (never inside this transaction: the
    import holds row locks). A failed one is tried again at the next import."""
    listed = 0
    for lampiran in record.attachments:
        row, new = LaporAttachment.objects.get_or_create(
            report=report, url=lampiran.url,
            defaults={"name": lampiran.name, "declared_type": lampiran.declared_type})
        if new:
            listed += 1
        elif row.state == LaporAttachment.State.FAILED:
            row.state = LaporAttachment.State.PENDING
            row.save(update_fields=["state"])
    if report.lapor_attachments.filter(state=LaporAttachment.State.PENDING).exists():
        enqueue_on_commit(ATTACHMENTS_FETCH, report.pk)
    return listed


ATTACHMENTS_FETCH = "jembatan.lapor.tasks.fetch_lapor_attachments"


@transaction.atomic
def lapor_attachment_store(*, lapor_attachment: LaporAttachment, clean: CleanFile,
                           at: dt.datetime | None = None) -> Attachment:
    """Store a downloaded lampiran, cleaned like an upload, as the report's attachment."""
    at = at or timezone.now()
    row = LaporAttachment.objects.select_for_update().select_related("report").get(
        pk=lapor_attachment.pk)
    if row.attachment_id:
        return row.attachment
    report = row.report
    stored = Attachment.objects.create(report=report, file=clean.content,
                                       content_type=clean.content_type, size=clean.size,
                                       original_name=clean.original_name)
    row.attachment = stored
    row.state = LaporAttachment.State.STORED
    row.reason = ""
    row.updated_at = at
    row.save(update_fields=["attachment", "state", "reason", "updated_at"])
    audit_record(actor=None, actor_label="SP4N-LAPOR!", action="report_lapor_attachment",
                 obj=report, agency=report.lead_agency,
                 changes={"attachment": [None, clean.content_type]}, at=at)
    return stored


def lapor_send_back_record(*, reports: list[Report], result: str, at: dt.datetime) -> int:
    """Log, for each report that came from LAPOR!, that its status went back to LAPOR!."""
    from jembatan.lapor.records import STATUS_TO_LAPOR

    entries = [
        SendBack(report=report, what=SendBack.What.STATUS, result=result, sent_at=at,
                 detail=STATUS_TO_LAPOR[Status(report.status)])
        for report in reports if hasattr(report, "lapor_link")
    ]
    SendBack.objects.bulk_create(entries)
    return len(entries)


def lapor_push_again(*, report: Report, actor) -> int:
    """Staff ask to send SP4N-LAPOR! again what it refused or could not be reached for until it
    was given up (after a fix on its side, or of the connection's settings). The given-up
    attempts stay in the list, marked as sent again; the push then sends each key once more,
    with the same Idempotency-Key. Returns how many things will be sent."""
    from django.core.exceptions import ValidationError

    from jembatan.lapor.push import PUSH_TASK, given_up_keys, push_enabled

    if not push_enabled():
        raise ValidationError(_("The connection to SP4N-LAPOR! is not set up, so nothing can "
                                "be sent there."))
    with transaction.atomic():
        LaporLink.objects.select_for_update().filter(report=report).first()
        keys = given_up_keys(report)
        if not keys:
            raise ValidationError(_("Nothing given up is waiting to be sent again."))
        SendBack.objects.filter(report=report, key__in=keys,
                                result=SendBack.Result.FAILED).update(
            result=SendBack.Result.SENT_AGAIN)
        audit_record(actor=actor, action="report_lapor_push_again", obj=report,
                     agency=report.lead_agency, changes={"lapor_sent_again": [None, len(keys)]})
        enqueue_on_commit(PUSH_TASK, report.pk)
    return len(keys)

