"""What LAPOR! must know about its reports, sent back over HTTP (docs/lapor.md, decision 0051).

A committed report event (`core.events`) of a report that came from LAPOR! enqueues
`push_lapor_report`, which works out what LAPOR! does not have yet and sends it:

- each public answer of an agency (never an internal note, never the reporter's own message,
  never one that came from LAPOR! itself): POST {LAPOR_API_URL}/laporan/{nomor}/tindak-lanjut
- the report's status, when its LAPOR! word differs from what LAPOR! last said:
  POST {LAPOR_API_URL}/laporan/{nomor}/status

Every thing sent has a key (`tindak-lanjut:<message id>`, `status:<timeline event id>`), sent as
the Idempotency-Key header. Each attempt is a `SendBack` row: a key is claimed by a "sending"
row that a database constraint lets exist once, so two workers never send it both; an accepted
key is never sent again. A network error, a timeout, 408, 429 or a 5xx is tried again after
RETRY_DELAYS (the scheduled job `lapor.push_retry`); any other 4xx is given up at once.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.module_loading import import_string

from jembatan.lapor.models import LaporLink, SendBack, follow_up_key
from jembatan.lapor.records import STATUS_FROM_LAPOR, STATUS_TO_LAPOR
from jembatan.reports.models import Event, Message, RejectionReason, Report, Status

logger = logging.getLogger(__name__)

PUSH_TASK = "jembatan.lapor.tasks.push_lapor_report"
# The report events after which LAPOR! may have something to learn (core.events).
PUSHED_EVENTS = frozenset({"report.status_changed", "report.message_published"})
TIMEOUT_SECONDS = 20
# After the 1st, 2nd … failed attempt; then it is given up (about 33 hours in all).
RETRY_DELAYS = (dt.timedelta(minutes=1), dt.timedelta(minutes=5), dt.timedelta(minutes=30),
                dt.timedelta(hours=2), dt.timedelta(hours=6), dt.timedelta(hours=24))
# A "sending" row older than this lost its worker; the key is tried again (the receiver
# recognises it by its Idempotency-Key).
SENDING_LEASE = dt.timedelta(minutes=5)
TRANSIENT_CODES = frozenset({408, 429})
# Keys that are not to be sent again: accepted, came from LAPOR!, or given up.
SETTLED = (SendBack.Result.SENT, SendBack.Result.RECEIVED, SendBack.Result.FAILED)


@dataclass(frozen=True)
class Item:
    key: str
    what: str
    path: str  # after {LAPOR_API_URL}/laporan/{nomor}
    body: dict
    detail: str


@dataclass(frozen=True)
class Answer:
    status: int | None  # None: no HTTP answer at all

    @property
    def accepted(self) -> bool:
        # 409: LAPOR! already has this key (a resend after a lost answer): it was received.
        return self.status is not None and (200 <= self.status < 300 or self.status == 409)

    @property
    def transient(self) -> bool:
        return self.status is None or self.status >= 500 or self.status in TRANSIENT_CODES


def push_enabled() -> bool:
    return settings.LAPOR_API_URL.startswith(("https://", "http://"))


def on_event_committed(sender, *, event_type: str, model: str, object_id, **_kwargs) -> None:
    """After a report event: enqueue a push when the report came from LAPOR! and the live
    connection is set."""
    if (event_type not in PUSHED_EVENTS or model != "reports.report" or not push_enabled()
            or not LaporLink.objects.filter(report_id=object_id).exists()):
        return
    from jembatan.core.background import enqueue_or_hold

    enqueue_or_hold(PUSH_TASK, object_id)


# --- What LAPOR! does not have yet --------------------------------------------------------------


def _follow_ups(report: Report, link: LaporLink) -> list[Item]:
    answers = (report.messages.filter(visibility=Message.Visibility.PUBLIC, from_reporter=False)
               .select_related("author_agency").order_by("created_at", "id"))
    agency = report.lead_agency.name if report.lead_agency else ""
    return [
        Item(key=follow_up_key(message.pk), what=SendBack.What.FOLLOW_UP, path="tindak-lanjut",
             # A rahasia report's answer travels too: LAPOR! holds the report and shows the
             # answer to its reporter there, over this authenticated connection (decision 0051).
             # Never the reporter's identity: an answer carries the agency only.
             body={"tanggal": message.created_at.isoformat(), "isi": message.body,
                   "instansi": message.author_agency.name if message.author_agency else agency},
             # The staff page shows it as written: the answer's local time, not UTC.
             detail=timezone.localtime(message.created_at).strftime("%d-%m-%Y %H:%M"))
        for message in answers
    ]


def _status(report: Report, link: LaporLink) -> list[Item]:
    word = STATUS_TO_LAPOR[Status(report.status)]
    lapor_word = link.lapor_status.lower()
    if word.lower() == lapor_word or STATUS_FROM_LAPOR.get(lapor_word) == report.status:
        return []  # LAPOR! says the same already
    # The last change of status made here (an objection or an extension keeps the status).
    change = (Event.objects.filter(report=report).exclude(to_status="")
              .exclude(from_status=F("to_status")).exclude(action="lapor_sync")
              .order_by("-created_at", "-id").first())
    if change is None:
        return []
    body = {
        "status": word,
        "tanggal": change.created_at.isoformat(),
        "instansi": report.lead_agency.name if report.lead_agency else "",
        "tanggal_disposisi": report.disposed_at.isoformat() if report.disposed_at else None,
        "tanggal_selesai": (report.closed_at.isoformat()
                            if report.closed_at and report.status in (
                                Status.SELESAI, Status.DITOLAK, Status.DIGABUNG) else None),
        "status_jembatan": report.status,
    }
    if report.status == Status.DITOLAK and report.rejection_reason:
        body["alasan"] = str(RejectionReason(report.rejection_reason).label)
    return [Item(key=f"status:{change.pk}", what=SendBack.What.STATUS, path="status",
                 body=body, detail=word)]


def pending_items(report: Report, link: LaporLink) -> list[Item]:
    """Follow-ups first (LAPOR! expects the answer before "Ditindaklanjuti"), then the status;
    without the keys already settled."""
    items = _follow_ups(report, link) + _status(report, link)
    settled = set(SendBack.objects.filter(report=report, result__in=SETTLED)
                  .exclude(key="").values_list("key", flat=True))
    return [item for item in items if item.key not in settled]


# --- Sending ------------------------------------------------------------------------------------


def _post(url: str, *, body: dict, key: str) -> Answer:
    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    headers = {"Authorization": f"Bearer {settings.LAPOR_API_TOKEN}",
               "Content-Type": "application/json", "Accept": "application/json",
               "Idempotency-Key": key}
    # The scheme was checked by push_enabled: never file: or a custom one.
    request = urllib.request.Request(url, data=data, headers=headers, method="POST")  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
            return Answer(status=response.status)
    except urllib.error.HTTPError as error:
        return Answer(status=error.code)
    except (urllib.error.URLError, TimeoutError, OSError):
        return Answer(status=None)


def _claim(report: Report, item: Item, *, now: dt.datetime) -> SendBack | None:
    """The "sending" row of this attempt, or None when the key is taken or settled."""
    with transaction.atomic():
        # The link's row lock serialises the claims of one report (PostgreSQL refuses FOR
        # UPDATE with the count below).
        LaporLink.objects.select_for_update().filter(report=report).first()
        rows = SendBack.objects.filter(report=report, key=item.key)
        if rows.filter(result__in=SETTLED).exists():
            return None
        # A worker that died mid-send left its row "sending": after the lease it is retried.
        rows.filter(result=SendBack.Result.SENDING, sent_at__lt=now - SENDING_LEASE).update(
            result=SendBack.Result.RETRY, retry_at=None)
        rows.filter(result=SendBack.Result.RETRY).exclude(retry_at=None).update(retry_at=None)
        attempt = rows.count() + 1
        try:
            with transaction.atomic():
                return SendBack.objects.create(
                    report=report, what=item.what, detail=item.detail, key=item.key,
                    attempt=attempt, result=SendBack.Result.SENDING, sent_at=now)
        except IntegrityError:
            return None  # another worker is sending it right now


def _record(row: SendBack, answer: Answer, *, link: LaporLink, item: Item,
            now: dt.datetime) -> str:
    row.http_status = answer.status
    if answer.accepted:
        row.result = SendBack.Result.SENT
        row.save(update_fields=["result", "http_status"])
        if item.what == SendBack.What.STATUS:
            # LAPOR! now says this; a later import that says the same changes nothing.
            LaporLink.objects.filter(pk=link.pk).update(lapor_status=item.body["status"])
        return "sent"
    delay = RETRY_DELAYS[row.attempt - 1] if row.attempt <= len(RETRY_DELAYS) else None
    if answer.transient and delay is not None:
        row.result = SendBack.Result.RETRY
        row.retry_at = now + delay
        row.save(update_fields=["result", "http_status", "retry_at"])
        return "retry"
    row.result = SendBack.Result.FAILED
    row.save(update_fields=["result", "http_status"])
    # Ids and the status code only: the body may be a citizen's answer.
    logger.warning("SP4N-LAPOR! refused %s of report %s (HTTP %s); given up", item.key,
                   row.report_id, answer.status)
    return "failed"


def lapor_push(*, report_id: int, now: dt.datetime | None = None) -> dict[str, int]:
    """Send LAPOR! what it does not have yet about one report; counts per outcome."""
    counts = {"sent": 0, "retry": 0, "failed": 0}
    if not push_enabled():
        return counts
    link = LaporLink.objects.select_related("report__lead_agency").filter(
        report_id=report_id).first()
    if link is None:
        return counts
    base = (f"{settings.LAPOR_API_URL.rstrip('/')}/laporan/"
            f"{urllib.parse.quote(link.tracking_number, safe='')}")
    with translation.override(settings.LANGUAGE_CODE):
        for item in pending_items(link.report, link):
            now_item = now or timezone.now()
            row = _claim(link.report, item, now=now_item)
            if row is None:
                continue
            answer = _post(f"{base}/{item.path}", body=item.body, key=item.key)
            outcome = _record(row, answer, link=link, item=item, now=now_item)
            counts[outcome] += 1
            if outcome == "retry":
                # LAPOR! is away: the rest waits for the retry rather than failing one by one.
                break
    return counts


def given_up_keys(report: Report) -> list[str]:
    """The keys of this report that SP4N-LAPOR! refused, or could not be reached for until they
    were given up. (Sending one again turns its given-up rows into SENT_AGAIN.)"""
    return sorted(set(SendBack.objects.filter(report=report, result=SendBack.Result.FAILED)
                      .exclude(key="").values_list("key", flat=True)))


def lapor_push_retry_due(*, now: dt.datetime | None = None) -> int:
    """Enqueue the push of every report with an attempt due again; returns how many."""
    now = now or timezone.now()
    if not push_enabled():
        return 0
    rows = SendBack.objects.filter(result=SendBack.Result.RETRY, retry_at__lte=now)
    due = list(rows.order_by("report_id").values_list("report_id", flat=True).distinct()[:500])
    # Each due attempt is enqueued once; the push schedules the next one if it fails again.
    SendBack.objects.filter(result=SendBack.Result.RETRY, retry_at__lte=now,
                            report_id__in=due).update(retry_at=None)
    task = import_string(PUSH_TASK)
    for report_id in due:
        task.enqueue(report_id)
    return len(due)

