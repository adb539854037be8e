"""The delivery log is kept WEBHOOKS_KEEP_DAYS (90 by default): a daily scheduled job deletes the
finished deliveries older than that with their attempts, and the events left without any."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone
from django.utils.module_loading import import_string

from jembatan.core import scheduler
from jembatan.webhooks import delivery
from jembatan.webhooks.models import Attempt, Delivery, Event

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 12, 6, 8, 0, tzinfo=dt.UTC)


def logged(subscription, *, days_ago: float, status=Delivery.Status.SUCCEEDED) -> Delivery:
    at = NOW - dt.timedelta(days=days_ago)
    event = Event.objects.create(type="report.disposed", body="{}", occurred_at=at,
                                 created_at=at)
    row = Delivery.objects.create(event=event, subscription=subscription, status=status,
                                  attempts=1, created_at=at,
                                  next_attempt_at=at if status == Delivery.Status.PENDING
                                  else None)
    Attempt.objects.create(delivery=row, attempted_at=at, status_code=200)
    return row


@pytest.fixture
def subscription(subscribe, coordinator):
    return subscribe(coordinator)[0]


def test_finished_deliveries_older_than_the_kept_days_go_with_attempts_and_events(
        subscription):
    old_ok = logged(subscription, days_ago=91)
    old_failed = logged(subscription, days_ago=200, status=Delivery.Status.FAILED)
    recent = logged(subscription, days_ago=89)

    assert delivery.deliveries_prune(now=NOW) == 2

    assert list(Delivery.objects.all()) == [recent]
    assert not Attempt.objects.filter(delivery_id__in=[old_ok.pk, old_failed.pk]).exists()
    assert set(Event.objects.all()) == {recent.event}


def test_a_delivery_still_waiting_for_a_retry_is_kept_whatever_its_age(subscription):
    waiting = logged(subscription, days_ago=120, status=Delivery.Status.PENDING)

    assert delivery.deliveries_prune(now=NOW) == 0

    assert list(Delivery.objects.all()) == [waiting]
    assert Event.objects.filter(pk=waiting.event_id).exists()


def test_the_kept_days_are_a_setting(subscription, settings):
    settings.WEBHOOKS_KEEP_DAYS = 30
    logged(subscription, days_ago=31)
    kept = logged(subscription, days_ago=29)

    assert delivery.deliveries_prune(now=NOW) == 1
    assert list(Delivery.objects.all()) == [kept]


def test_pruning_in_batches_reaches_every_old_delivery(subscription, monkeypatch):
    monkeypatch.setattr(delivery, "PRUNE_BATCH", 2)
    for days in (100, 101, 102, 103, 104):
        logged(subscription, days_ago=days)

    assert delivery.deliveries_prune(now=NOW) == 5
    assert not Delivery.objects.exists()
    assert not Event.objects.exists()


def test_the_pruning_is_a_daily_scheduled_job(subscription, immediate_tasks):
    job = scheduler.JOBS["webhooks.prune_deliveries"]
    assert job.every == dt.timedelta(days=1)
    logged(subscription, days_ago=400 + (timezone.now() - NOW).days)

    import_string(job.task).enqueue()  # as run_scheduler does, run here at once

    assert not Delivery.objects.exists()
