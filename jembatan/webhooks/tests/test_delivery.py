"""From a domain event to a signed POST on a real server on loopback: signature, retries with
backoff, the log, redelivery, disabling after repeated failure, and who receives what."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from django.utils import timezone, translation

from jembatan.core.models import AuditEntry
from jembatan.notifications.models import Notification
from jembatan.reports.tests.factories import ReportFactory, dispose
from jembatan.webhooks import delivery, signing
from jembatan.webhooks.addresses import AddressRefused, check_url
from jembatan.webhooks.models import Delivery, Event

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _tasks_run_at_once(immediate_tasks):
    """The send task runs as soon as it is enqueued; later attempts wait for the scheduled
    job, as with a backend that cannot defer."""


def submit(on_commit, **kwargs):
    with on_commit(execute=True):
        return ReportFactory(**kwargs)


def dispose_to(on_commit, report, coordinator, agency):
    with on_commit(execute=True):
        return dispose(report, coordinator, agency)


def time_passes(deliveries):
    """The clock reaches each delivery's next attempt (instead of waiting for it)."""
    Delivery.objects.filter(pk__in=[d.pk for d in deliveries]).update(
        next_attempt_at=timezone.now() - dt.timedelta(seconds=1))


def test_a_subscribed_event_arrives_signed_with_its_headers(
        receiver, subscribe, coordinator, django_capture_on_commit_callbacks):
    _subscription, secret = subscribe(coordinator)

    report = submit(django_capture_on_commit_callbacks)

    assert len(receiver.requests) == 1
    request = receiver.requests[0]
    headers = {key.lower(): value for key, value in request.headers.items()}
    assert headers["content-type"] == "application/json"
    assert headers["jembatan-event-type"] == "report.received"
    event = Event.objects.get()
    assert headers["jembatan-event-id"] == str(event.id)
    timestamp = signing.verify(secret, headers["jembatan-signature"], request.body)
    assert str(timestamp) == headers["jembatan-timestamp"]
    payload = request.payload
    assert payload["version"] == 1
    assert payload["type"] == "report.received"
    assert payload["id"] == str(event.id)
    assert payload["data"]["tracking_code"] == report.tracking_code
    sent = Delivery.objects.get()
    assert sent.status == Delivery.Status.SUCCEEDED
    attempt = sent.attempt_log.get()
    assert attempt.status_code == 200
    assert attempt.response_body == '{"ok":true}'


def test_a_signature_with_another_secret_or_an_old_timestamp_is_refused(
        receiver, subscribe, coordinator, django_capture_on_commit_callbacks):
    _subscription, secret = subscribe(coordinator)
    submit(django_capture_on_commit_callbacks)
    request = receiver.requests[0]
    header = request.headers["Jembatan-Signature"]

    with pytest.raises(signing.SignatureInvalid):
        signing.verify("whsec_another", header, request.body)
    with pytest.raises(signing.SignatureInvalid):
        signing.verify(secret, header, request.body, now=timezone.now().timestamp() + 600)
    with pytest.raises(signing.SignatureInvalid):
        signing.verify(secret, header, request.body + b" ")


def test_a_failed_delivery_is_retried_with_backoff_and_the_log_keeps_each_answer(
        receiver, subscribe, coordinator, django_capture_on_commit_callbacks):
    receiver.answers = [503, 500, 200]
    subscribe(coordinator)

    before = timezone.now()
    submit(django_capture_on_commit_callbacks)

    sent = Delivery.objects.get()
    assert sent.status == Delivery.Status.PENDING
    assert sent.last_status_code == 503
    wait = sent.next_attempt_at - before
    assert dt.timedelta(seconds=54) <= wait <= dt.timedelta(seconds=67)  # 1 min ± 10%

    with django_capture_on_commit_callbacks(execute=True):
        time_passes([sent])
        assert delivery.deliveries_retry_due() == 1
    sent.refresh_from_db()
    assert sent.status == Delivery.Status.PENDING
    assert sent.scheduled_failures == 2
    assert sent.next_attempt_at - timezone.now() > dt.timedelta(minutes=4)  # 5 min ± 10%

    with django_capture_on_commit_callbacks(execute=True):
        time_passes([sent])
        delivery.deliveries_retry_due()
    sent.refresh_from_db()
    assert sent.status == Delivery.Status.SUCCEEDED
    assert [a.status_code for a in sent.attempt_log.order_by("attempted_at", "pk")] == [
        503, 500, 200]
    failed = sent.attempt_log.filter(status_code=503).get()
    assert failed.response_body == "upstream is down for maintenance"
    assert "503" in failed.error
    assert len(receiver.requests) == 3
    # The same event, the same bytes, each time: the receiver recognises the repeat.
    assert len({r.headers["Jembatan-Event-Id"] for r in receiver.requests}) == 1
    assert len({r.body for r in receiver.requests}) == 1


def test_the_retry_is_deferred_in_the_task_queue_when_the_backend_can_wait(
        settings, receiver, subscribe, coordinator, django_capture_on_commit_callbacks):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    receiver.answers = [500]
    subscribe(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        report = ReportFactory()
    sends = DBTaskResult.objects.filter(task_path="jembatan.webhooks.tasks.send_delivery")
    queued = sends.get()
    sent = Delivery.objects.get()

    with django_capture_on_commit_callbacks(execute=True):
        delivery.delivery_attempt(sent.pk)

    sent.refresh_from_db()
    retry = sends.exclude(pk=queued.pk).get()
    assert retry.run_after == sent.next_attempt_at
    assert retry.args_kwargs["args"] == [sent.pk, False]
    assert report.tracking_code in Event.objects.get().body


def test_the_schedule_spans_more_than_a_day_with_jitter():
    rand = random.Random(7)
    delays = [delivery.retry_delay(n, rand=rand) for n in range(1, 8)]

    assert delivery.retry_delay(8) is None
    assert sum(delays, dt.timedelta()) > dt.timedelta(hours=24)
    for delay, base in zip(delays, delivery.RETRY_DELAYS, strict=True):
        assert base * 0.9 <= delay <= base * 1.1
    assert delays[0] != delivery.RETRY_DELAYS[0]


def test_redelivery_sends_the_same_event_again_and_is_audited(
        receiver, subscribe, admin_a, agency_a, coordinator, login,
        django_capture_on_commit_callbacks):
    subscription, _secret = subscribe(admin_a, agency_a)
    report = submit(django_capture_on_commit_callbacks)
    dispose_to(django_capture_on_commit_callbacks, report, coordinator, agency_a)
    sent = Delivery.objects.get()
    assert sent.status == Delivery.Status.SUCCEEDED

    client = login(admin_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/staf/webhook/{subscription.pk}/pengiriman/{sent.pk}/"
                               "kirim-ulang/")

    assert response.status_code == 302
    assert len(receiver.requests) == 2
    assert receiver.requests[0].body == receiver.requests[1].body
    sent.refresh_from_db()
    assert sent.status == Delivery.Status.SUCCEEDED
    assert [a.manual for a in sent.attempt_log.order_by("pk")] == [False, True]
    assert AuditEntry.objects.filter(action="webhook_redeliver", actor=admin_a).exists()


def test_after_every_retry_of_several_events_failed_the_subscription_is_disabled_and_its_owners_told(
        settings, receiver, subscribe, admin_a, agency_a, coordinator,
        django_capture_on_commit_callbacks):
    settings.WEBHOOKS_DISABLE_AFTER = 2
    receiver.answers = [500]
    subscription, _secret = subscribe(admin_a, agency_a, events=["report.disposed"])
    for _ in range(2):
        report = submit(django_capture_on_commit_callbacks)
        dispose_to(django_capture_on_commit_callbacks, report, coordinator, agency_a)
    deliveries = list(Delivery.objects.all())
    assert len(deliveries) == 2

    for _round in delivery.RETRY_DELAYS:
        with django_capture_on_commit_callbacks(execute=True):
            time_passes(deliveries)
            delivery.deliveries_retry_due()

    subscription.refresh_from_db()
    assert not subscription.is_active
    assert subscription.failed_events_in_row == 2
    assert "2" in subscription.disabled_reason
    assert set(Delivery.objects.values_list("status", flat=True)) == {Delivery.Status.FAILED}
    assert len(receiver.requests) == 2 * (1 + len(delivery.RETRY_DELAYS))
    notice = Notification.objects.get(kind="webhook_disabled")
    assert notice.recipient == admin_a
    assert subscription.name in notice.title
    assert AuditEntry.objects.filter(action="webhook_disable", actor=None).exists()

    # Disabled: the next event is not sent.
    report = submit(django_capture_on_commit_callbacks)
    dispose_to(django_capture_on_commit_callbacks, report, coordinator, agency_a)
    assert Delivery.objects.count() == 2


def test_one_delivered_event_sets_the_count_of_failures_back(
        settings, receiver, subscribe, coordinator, django_capture_on_commit_callbacks):
    receiver.answers = [200]
    subscription, _secret = subscribe(coordinator)
    subscription.failed_events_in_row = 3
    subscription.save(update_fields=["failed_events_in_row"])

    submit(django_capture_on_commit_callbacks)

    subscription.refresh_from_db()
    assert subscription.failed_events_in_row == 0


def test_no_delivery_for_an_event_not_chosen(receiver, subscribe, coordinator,
                                             django_capture_on_commit_callbacks):
    subscribe(coordinator, events=["post.published"])

    submit(django_capture_on_commit_callbacks)

    assert receiver.requests == []
    assert not Delivery.objects.exists()


def test_an_agency_receives_its_own_reports_and_not_another_agencys(
        receiver, subscribe, admin_a, admin_b, agency_a, agency_b, coordinator,
        django_capture_on_commit_callbacks):
    ours, _ = subscribe(admin_a, agency_a, events=["report.received", "report.disposed"])
    theirs, _ = subscribe(admin_b, agency_b, events=["report.received", "report.disposed"])
    regency, _ = subscribe(coordinator, None, events=["report.received", "report.disposed"])
    report = submit(django_capture_on_commit_callbacks)
    dispose_to(django_capture_on_commit_callbacks, report, coordinator, agency_a)

    got = {(d.subscription_id, d.event.type) for d in Delivery.objects.select_related("event")}
    # A report not yet assigned belongs to no agency: only the regency-wide subscription.
    assert got == {(regency.pk, "report.received"), (regency.pk, "report.disposed"),
                   (ours.pk, "report.disposed")}
    assert theirs.pk not in {pk for pk, _type in got}


def test_a_rolled_back_change_announces_nothing(receiver, subscribe, coordinator,
                                               django_capture_on_commit_callbacks):
    from django.db import transaction

    def submit_then_fail():
        with transaction.atomic():
            ReportFactory()
            raise RuntimeError("the change fails")

    subscribe(coordinator)
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError):
        submit_then_fail()

    assert receiver.requests == []
    assert not Event.objects.exists()


def test_history_loaded_quietly_announces_nothing(receiver, subscribe, coordinator,
                                                 django_capture_on_commit_callbacks):
    from jembatan.core.quiet import notifications_suppressed

    subscribe(coordinator)
    with django_capture_on_commit_callbacks(execute=True), notifications_suppressed():
        ReportFactory()

    assert receiver.requests == []


def test_a_private_address_is_refused_at_send_time_too(
        settings, receiver, subscribe, coordinator, django_capture_on_commit_callbacks):
    subscribe(coordinator)
    # The name now points inside (as DNS rebinding would): the attempt is refused, not sent.
    settings.WEBHOOKS_ALLOW_LOOPBACK = False

    submit(django_capture_on_commit_callbacks)

    assert receiver.requests == []
    sent = Delivery.objects.get()
    assert sent.status == Delivery.Status.PENDING
    attempt = sent.attempt_log.get()
    assert attempt.status_code is None
    with translation.override(settings.LANGUAGE_CODE), pytest.raises(AddressRefused) as refused:
        check_url(receiver.url)
    assert attempt.error == str(refused.value)
