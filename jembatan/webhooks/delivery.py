"""From a committed domain event to signed POSTs: the outbox of the outgoing webhooks.

1. `event_record` listens to `core.events.event_committed`: it builds the payload once, stores
   the Event, one Delivery per active subscription of that event type and agency, and enqueues
   each delivery.
2. `delivery_attempt` (a task) claims the delivery, POSTs it (outside any transaction), and
   records the attempt. A failure is tried again after RETRY_DELAYS (1 min … 24 h, about 45 h
   in all) with jitter; the scheduled job `deliveries_retry_due` enqueues what is due (and
   recovers deliveries whose worker died mid-send).
3. When every attempt of an event failed, the subscription's count of failed events in a row
   goes up; at WEBHOOKS_DISABLE_AFTER it is disabled and its owners are told
   (`actions.subscription_disable_after_failures`). One delivered event sets the count back.

These rows are delivery state, like the connectors' outbox; the decisions (subscribing,
rotating, redelivering, disabling) are audited actions.
"""

from __future__ import annotations

import datetime as dt
import logging
import random

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from jembatan.webhooks import payloads, sending, signing
from jembatan.webhooks.addresses import AddressRefused, check_url
from jembatan.webhooks.event_types import EVENT_TYPES
from jembatan.webhooks.models import Attempt, Delivery, Event, Subscription

logger = logging.getLogger(__name__)

SEND_TASK = "jembatan.webhooks.tasks.send_delivery"
# After the first attempt: 1 min, 5 min, 30 min, 2 h, 6 h, 12 h, 24 h.
RETRY_DELAYS = (dt.timedelta(minutes=1), dt.timedelta(minutes=5), dt.timedelta(minutes=30),
                dt.timedelta(hours=2), dt.timedelta(hours=6), dt.timedelta(hours=12),
                dt.timedelta(hours=24))
JITTER = 0.1  # each delay ±10%, so receivers coming back up are not hit all at once
# A delivery "sending" for longer than this lost its worker; it is tried again.
SENDING_LEASE = dt.timedelta(minutes=5)
USER_AGENT = "Jembatan-Webhooks/1"


def retry_delay(failures: int, *, rand: random.Random | None = None) -> dt.timedelta | None:
    """The wait after the `failures`-th failed scheduled attempt; None once all are used."""
    if failures < 1 or failures > len(RETRY_DELAYS):
        return None
    base = RETRY_DELAYS[failures - 1]
    factor = 1 + (rand or random).uniform(-JITTER, JITTER)
    return dt.timedelta(seconds=base.total_seconds() * factor)


def enqueue_delivery(delivery_id: int, *, manual: bool = False,
                     run_after: dt.datetime | None = None) -> None:
    """Enqueue the send task once the current transaction has committed. A backend that cannot
    defer leaves a later attempt to the scheduled job."""

    def enqueue() -> None:
        task = import_string(SEND_TASK)
        if run_after is None:
            task.enqueue(delivery_id, manual)
        elif task.get_backend().supports_defer:
            task.using(run_after=run_after).enqueue(delivery_id, manual)

    transaction.on_commit(enqueue)


# --- 1. An event happened ---------------------------------------------------------------------


def _subscribed(event_type: str, agency_ids: list[int]) -> list[Subscription]:
    candidates = Subscription.objects.filter(is_active=True)
    # JSON containment is not portable to SQLite; the list of subscriptions is short.
    return [s for s in candidates
            if event_type in s.events and (s.agency_id is None or s.agency_id in agency_ids)]


def event_record(*, event_type: str, model: str, object_id, occurred_at: dt.datetime,
                 **_kwargs) -> Event | None:
    """Store the event and its deliveries; None when no subscription wants it."""
    if event_type not in EVENT_TYPES:
        return None  # an event other listeners follow (report.status_changed); none offered
    # The payload is read before any subscription is looked at only when someone wants it.
    if not Subscription.objects.filter(is_active=True).exists():
        return None
    with translation.override(settings.LANGUAGE_CODE):
        built = payloads.build(event_type, model, object_id)
    if built is None:
        return None
    agency_ids = sorted({pk for pk in built.agency_ids if pk})
    subscriptions = _subscribed(event_type, agency_ids)
    if not subscriptions:
        return None
    with transaction.atomic():
        event = Event(type=event_type, agency_ids=agency_ids, occurred_at=occurred_at)
        event.body = payloads.envelope(event_id=str(event.id), event_type=event_type,
                                       occurred_at=occurred_at, data=built.data)
        event.save()
        now = timezone.now()
        deliveries = Delivery.objects.bulk_create([
            Delivery(event=event, subscription=s, next_attempt_at=now, created_at=now)
            for s in subscriptions])
        for delivery in deliveries:
            enqueue_delivery(delivery.pk)
    return event


def on_event_committed(sender, **kwargs) -> None:
    event_record(**kwargs)


# --- 2. Sending --------------------------------------------------------------------------------


def _claim(delivery_id: int, *, manual: bool, now: dt.datetime) -> Delivery | None:
    with transaction.atomic():
        delivery = (Delivery.objects.select_for_update()
                    .select_related("event", "subscription").filter(pk=delivery_id).first())
        if delivery is None or delivery.status != Delivery.Status.PENDING:
            return None
        if not manual and delivery.next_attempt_at and delivery.next_attempt_at > now:
            return None  # enqueued early (a rerun, or a backend that ignores run_after)
        delivery.status = Delivery.Status.SENDING
        delivery.attempts += 1
        delivery.next_attempt_at = now + SENDING_LEASE
        delivery.save(update_fields=["status", "attempts", "next_attempt_at"])
    return delivery


def headers_for(event: Event, delivery: Delivery, secrets: list[str], body: bytes,
                timestamp: int) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "Jembatan-Event-Id": str(event.id),
        "Jembatan-Event-Type": event.type,
        "Jembatan-Delivery-Id": str(delivery.pk),
        "Jembatan-Timestamp": str(timestamp),
        "Jembatan-Signature": signing.signature_header(secrets, timestamp, body),
    }


def delivery_attempt(delivery_id: int, *, manual: bool = False,
                     now: dt.datetime | None = None) -> str:
    """One attempt of one delivery; returns what happened, for the task's result."""
    now = now or timezone.now()
    delivery = _claim(delivery_id, manual=manual, now=now)
    if delivery is None:
        return "skipped"
    subscription, event = delivery.subscription, delivery.event
    with translation.override(settings.LANGUAGE_CODE):
        if not subscription.is_active and not manual:
            return _give_up(delivery, _("The subscription is disabled."))
        body = event.body.encode()
        try:
            endpoint = check_url(subscription.url)
        except AddressRefused as refused:
            outcome = sending.Outcome(None, 0, "", str(refused))
        else:
            secrets = subscription.signing_secrets(now=now)
            timestamp = int(timezone.now().timestamp())
            outcome = sending.post(endpoint, body=body,
                                   headers=headers_for(event, delivery, secrets, body,
                                                       timestamp))
            if outcome.status_code is not None and not outcome.ok:
                outcome = sending.Outcome(
                    outcome.status_code, outcome.duration_ms, outcome.response_body,
                    _("The server answered %(code)s; only a 2xx answer counts as received.")
                    % {"code": outcome.status_code})
        return _record(delivery, outcome, manual=manual)


@transaction.atomic
def _record(delivery: Delivery, outcome: sending.Outcome, *, manual: bool) -> str:
    now = timezone.now()
    delivery = Delivery.objects.select_for_update().select_related("subscription").get(
        pk=delivery.pk)
    Attempt.objects.create(delivery=delivery, attempted_at=now, manual=manual,
                           status_code=outcome.status_code, duration_ms=outcome.duration_ms,
                           response_body=outcome.response_body, error=outcome.error)
    delivery.last_status_code = outcome.status_code
    if outcome.ok:
        delivery.status = Delivery.Status.SUCCEEDED
        delivery.delivered_at = now
        delivery.next_attempt_at = None
        delivery.last_error = ""
        delivery.save(update_fields=["status", "delivered_at", "next_attempt_at", "last_error",
                                     "last_status_code"])
        Subscription.objects.filter(pk=delivery.subscription_id).exclude(
            failed_events_in_row=0).update(failed_events_in_row=0)
        return "delivered"
    delivery.last_error = outcome.error
    if not manual:
        delivery.scheduled_failures += 1
    delay = retry_delay(delivery.scheduled_failures)
    if delay is not None:
        delivery.status = Delivery.Status.PENDING
        delivery.next_attempt_at = now + delay
        delivery.save(update_fields=["status", "next_attempt_at", "last_error",
                                     "last_status_code", "scheduled_failures"])
        enqueue_delivery(delivery.pk, run_after=delivery.next_attempt_at)
        return "retry"
    was_failed_before = manual  # a manual attempt after the schedule ran out counts once
    delivery.status = Delivery.Status.FAILED
    delivery.next_attempt_at = None
    delivery.save(update_fields=["status", "next_attempt_at", "last_error", "last_status_code",
                                 "scheduled_failures"])
    if not was_failed_before:
        _count_failed_event(delivery.subscription_id)
    return "failed"


def _give_up(delivery: Delivery, reason: str) -> str:
    Delivery.objects.filter(pk=delivery.pk).update(
        status=Delivery.Status.FAILED, next_attempt_at=None, last_error=reason,
        attempts=F("attempts") - 1)
    return "failed"


def _count_failed_event(subscription_id: int) -> None:
    from jembatan.webhooks.actions import subscription_disable_after_failures

    Subscription.objects.filter(pk=subscription_id).update(
        failed_events_in_row=F("failed_events_in_row") + 1)
    subscription = Subscription.objects.get(pk=subscription_id)
    limit = settings.WEBHOOKS_DISABLE_AFTER
    if subscription.is_active and subscription.failed_events_in_row >= limit:
        subscription_disable_after_failures(subscription=subscription)


# --- 3. The scheduled job -----------------------------------------------------------------------


def deliveries_retry_due(*, now: dt.datetime | None = None) -> int:
    """Enqueue every delivery whose next attempt is due, and put back those whose worker died
    while sending. Returns how many were enqueued."""
    now = now or timezone.now()
    Delivery.objects.filter(status=Delivery.Status.SENDING, next_attempt_at__lte=now).update(
        status=Delivery.Status.PENDING)
    due = list(Delivery.objects.filter(status=Delivery.Status.PENDING, next_attempt_at__lte=now)
               .order_by("next_attempt_at", "pk").values_list("pk", flat=True)[:1000])
    task = import_string(SEND_TASK)
    for pk in due:
        task.enqueue(pk, False)
    return len(due)


PRUNE_BATCH = 1000


def deliveries_prune(*, now: dt.datetime | None = None) -> int:
    """Delete the delivery log older than WEBHOOKS_KEEP_DAYS: finished deliveries (delivered or
    failed) with their attempts, then the events no delivery points to any more. A delivery
    still waiting for a retry is kept whatever its age. Returns how many deliveries went.

    In batches, so a first run over a long log holds no lock on the whole table."""
    now = now or timezone.now()
    cutoff = now - dt.timedelta(days=settings.WEBHOOKS_KEEP_DAYS)
    finished = (Delivery.Status.SUCCEEDED, Delivery.Status.FAILED)
    pruned = 0
    while True:
        batch = list(Delivery.objects.filter(created_at__lt=cutoff, status__in=finished)
                     .order_by("pk").values_list("pk", flat=True)[:PRUNE_BATCH])
        if not batch:
            break
        with transaction.atomic():
            Attempt.objects.filter(delivery_id__in=batch).delete()
            Delivery.objects.filter(pk__in=batch).delete()
        pruned += len(batch)
    while True:
        orphans = list(Event.objects.filter(created_at__lt=cutoff, deliveries__isnull=True)
                       .values_list("pk", flat=True)[:PRUNE_BATCH])
        if not orphans:
            break
        Event.objects.filter(pk__in=orphans).delete()
    return pruned
