"""The Wonosobo demo of the outgoing webhooks: one subscription of Diskominfo's integration
server, turned off and at an example address, with a delivery log to show."""

import pytest
from django.urls import reverse

from jembatan.core.models import User
from jembatan.webhooks.demo.loader import webhooks_demo_load
from jembatan.webhooks.models import Attempt, Delivery, Subscription

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("wonosobo_demo")]


def test_the_demo_subscription_never_sends():
    subscription = Subscription.objects.get()

    assert subscription.is_active is False
    assert subscription.disabled_reason
    assert ".example/" in subscription.url  # a name that never resolves
    assert subscription.agency is None


def test_its_log_has_a_delivered_and_a_failed_event_with_the_answers():
    subscription = Subscription.objects.get()
    delivered = subscription.deliveries.filter(status=Delivery.Status.SUCCEEDED)
    failed = subscription.deliveries.get(status=Delivery.Status.FAILED)

    assert delivered.count() == 2
    assert all(d.delivered_at and d.last_status_code == 200 for d in delivered)
    assert failed.last_status_code == 503
    assert failed.attempts == failed.attempt_log.count() == 8
    assert "503" in failed.last_error
    assert not Delivery.objects.filter(status__in=["pending", "sending"]).exists()
    assert Attempt.objects.filter(status_code=200).count() == 2


def test_the_log_happened_while_the_subscription_was_on():
    subscription = Subscription.objects.get()
    attempts = Attempt.objects.filter(delivery__subscription=subscription)

    assert all(subscription.created_at <= d.event.occurred_at
               for d in subscription.deliveries.select_related("event"))
    assert all(a.attempted_at < subscription.disabled_at for a in attempts)


def test_the_staff_page_lists_the_subscription_and_its_log(client):
    client.force_login(User.objects.get(username="koordinator"))
    subscription = Subscription.objects.get()

    listed = client.get(reverse("webhooks:list")).content.decode()
    detail = client.get(subscription.get_absolute_url()).content.decode()

    assert "Integrasi Satu Data Diskominfo" in listed
    assert "503" in detail


def test_demo_runs_twice_without_duplicates():
    webhooks_demo_load(log=lambda *_: None)

    assert Subscription.objects.count() == 1
    assert Delivery.objects.count() == 3
