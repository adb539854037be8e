"""Demo of the outgoing webhooks: one regency-wide subscription of Diskominfo's integration
server with a short delivery log (two delivered events, one that failed every retry), so the
staff page /staf/webhook/ shows what a running subscription keeps. The subscription points to
an example address and is turned off: the demo never sends. Skipped when it is already there.

Rows are written directly, as they would be after sending: the actions check the address
(a DNS lookup) and would enqueue real sends.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from jembatan.core import crypto
from jembatan.core.demo.files import read_demo_file
from jembatan.core.models import User
from jembatan.reports.models import Report
from jembatan.webhooks import payloads, signing
from jembatan.webhooks.delivery import RETRY_DELAYS
from jembatan.webhooks.models import Attempt, Delivery, Event, Subscription

DATA = read_demo_file(__file__, "webhooks.toml")


def _subscription(row: dict, now: dt.datetime) -> Subscription:
    created_at = now - dt.timedelta(days=row["created_days_ago"])
    disabled_at = now - dt.timedelta(days=row["disabled_days_ago"])
    return Subscription.objects.create(
        name=row["name"], url=row["url"], agency=None, events=row["events"],
        secret_encrypted=crypto.encrypt(signing.new_secret()),
        is_active=False, disabled_at=disabled_at, disabled_reason=row["disabled_reason"],
        created_by=User.objects.filter(username=row["created_by"]).first(),
        created_at=created_at, updated_at=disabled_at)


def _refused(code: int) -> str:
    """The error the sending records for an answer other than 2xx, in the site's language."""
    with translation.override(settings.LANGUAGE_CODE):
        return _("The server answered %(code)s; only a 2xx answer counts as received.") % {
            "code": code}


def _report(subscription: Subscription, row: dict, now: dt.datetime) -> Report | None:
    """The latest report whose event (received, disposed, closed) happened while the
    subscription was on, early enough for every attempt to be made before it was turned off."""
    at = row["at"]
    latest = min(now - dt.timedelta(days=row["days_before"]), subscription.disabled_at)
    return (Report.objects.filter(**{f"{at}__gte": subscription.created_at,
                                     f"{at}__lte": latest})
            .order_by(f"-{at}", "-pk").first())


def _delivery(subscription: Subscription, row: dict, report: Report) -> None:
    occurred_at = getattr(report, row["at"])
    with translation.override(settings.LANGUAGE_CODE):
        built = payloads.build(row["event"], Report._meta.label_lower, report.pk)
    event = Event(type=row["event"], agency_ids=sorted(pk for pk in built.agency_ids if pk),
                  occurred_at=occurred_at, created_at=occurred_at)  # as event_record stores it
    event.body = payloads.envelope(event_id=str(event.id), event_type=row["event"],
                                   occurred_at=occurred_at, data=built.data)
    event.save()
    answers = row["answers"]
    delivered = 200 <= answers[-1][0] < 300
    failures = len(answers) - 1 if delivered else len(answers)
    delivery = Delivery.objects.create(
        event=event, subscription=subscription, attempts=len(answers),
        status=Delivery.Status.SUCCEEDED if delivered else Delivery.Status.FAILED,
        scheduled_failures=failures, last_status_code=answers[-1][0],
        last_error="" if delivered else _refused(answers[-1][0]), created_at=occurred_at)
    attempted_at = occurred_at + dt.timedelta(seconds=2)
    for number, (code, duration_ms, body) in enumerate(answers):
        if number:  # the schedule's waits: 1 min, 5 min, 30 min, … 24 h
            attempted_at += RETRY_DELAYS[number - 1]
        Attempt.objects.create(delivery=delivery, attempted_at=attempted_at, status_code=code,
                               duration_ms=duration_ms, response_body=body,
                               error="" if 200 <= code < 300 else _refused(code))
    if delivered:
        Delivery.objects.filter(pk=delivery.pk).update(delivered_at=attempted_at)


@transaction.atomic
def webhooks_demo_load(*, log=print, **kwargs) -> None:
    row = DATA["subscription"]
    if Subscription.objects.filter(url=row["url"]).exists():
        log("Webhooks: already loaded")
        return
    now = timezone.now()
    subscription = _subscription(row, now)
    count = 0
    for delivery_row in DATA["delivery"]:
        report = _report(subscription, delivery_row, now)
        if report is None:  # the reports' demo was not loaded
            continue
        _delivery(subscription, delivery_row, report)
        count += 1
    failed = Delivery.objects.filter(subscription=subscription,
                                     status=Delivery.Status.FAILED).count()
    Subscription.objects.filter(pk=subscription.pk).update(failed_events_in_row=failed)
    log(f"Webhooks: 1 subscription (turned off), {count} deliveries in its log")
