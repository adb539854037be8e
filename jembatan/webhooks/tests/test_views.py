"""The webhook pages: who may open which, the secret shown once, changing, rotating and the
delivery log."""

from __future__ import annotations

import pytest
from django.urls import reverse

from jembatan.core.models import AuditEntry
from jembatan.webhooks import signing
from jembatan.webhooks.models import Delivery, Event, Subscription

pytestmark = pytest.mark.django_db

LIST = reverse("webhooks:list")
NEW = reverse("webhooks:new")


def form_data(receiver, **overrides):
    data = {"name": "Dasbor kecamatan", "url": receiver.url,
            "events": ["report.disposed", "post.published"]}
    data.update(overrides)
    return data


@pytest.mark.parametrize("who", ["officer_a", "citizen"])
def test_officers_and_citizens_get_403(request, login, who):
    client = login(request.getfixturevalue(who))

    assert client.get(LIST).status_code == 403
    assert client.get(NEW).status_code == 403


def test_a_visitor_is_sent_to_sign_in(anonymous):
    response = anonymous.get(LIST)

    assert response.status_code == 302
    assert "/masuk/" in response["Location"]


def test_an_agency_admin_subscribes_for_their_agency_and_sees_the_secret_once(
        login, admin_a, agency_a, receiver):
    client = login(admin_a)
    assert client.get(NEW).status_code == 200

    response = client.post(NEW, form_data(receiver, agency=agency_a.pk))

    subscription = Subscription.objects.get()
    assert response.status_code == 302
    assert response["Location"] == subscription.get_absolute_url()
    assert subscription.agency == agency_a
    assert subscription.events == ["report.disposed", "post.published"]
    page = client.get(subscription.get_absolute_url()).content.decode()
    assert subscription.secret in page
    assert subscription.secret.startswith(signing.SECRET_PREFIX)
    assert subscription.secret not in client.get(subscription.get_absolute_url()).content.decode()
    assert subscription.secret not in subscription.secret_encrypted
    entry = AuditEntry.objects.get(action="webhook_subscribe")
    assert subscription.secret not in str(entry.changes)


def test_an_agency_admin_cannot_subscribe_for_every_agency_or_another(
        login, admin_a, agency_b, receiver):
    client = login(admin_a)

    for agency in ("", agency_b.pk):
        response = client.post(NEW, form_data(receiver, agency=agency))
        assert response.status_code == 400
    assert not Subscription.objects.exists()


def test_the_coordinator_subscribes_for_every_agency(login, coordinator, receiver):
    response = login(coordinator).post(NEW, form_data(receiver, agency=""))

    assert response.status_code == 302
    assert Subscription.objects.get().agency is None


def test_an_internal_address_is_refused_in_the_users_language(settings, login, coordinator,
                                                              receiver):
    settings.WEBHOOKS_ALLOW_LOOPBACK = False

    response = login(coordinator).post(NEW, form_data(receiver, url="https://10.0.0.7/hook"))

    assert response.status_code == 400
    assert "jaringan privat" in response.content.decode()
    assert not Subscription.objects.exists()


def test_no_event_chosen_is_a_clear_400(login, coordinator, receiver):
    response = login(coordinator).post(NEW, form_data(receiver, events=[]))

    assert response.status_code == 400
    assert not Subscription.objects.exists()


def test_another_agencys_subscription_is_404(login, admin_b, subscribe, admin_a, agency_a):
    subscription, _secret = subscribe(admin_a, agency_a)
    client = login(admin_b)

    for name in ("detail", "edit", "rotate_secret"):
        assert client.get(reverse(f"webhooks:{name}", args=[subscription.pk])).status_code == 404
    assert subscription.name not in client.get(LIST).content.decode()


def test_the_coordinator_sees_every_subscription(login, coordinator, subscribe, admin_a,
                                                 agency_a):
    subscription, _secret = subscribe(admin_a, agency_a)

    response = login(coordinator).get(subscription.get_absolute_url())

    assert response.status_code == 200


def test_editing_changes_and_turning_on_again_clears_the_failures(login, admin_a, agency_a,
                                                                  subscribe, receiver):
    subscription, _secret = subscribe(admin_a, agency_a)
    Subscription.objects.filter(pk=subscription.pk).update(is_active=False,
                                                           failed_events_in_row=5)
    url = reverse("webhooks:edit", args=[subscription.pk])
    client = login(admin_a)
    assert client.get(url).status_code == 200

    response = client.post(url, form_data(receiver, name="Dasbor baru", events=["report.closed"],
                                          is_active="on"))

    assert response.status_code == 302
    subscription.refresh_from_db()
    assert (subscription.name, subscription.events, subscription.is_active,
            subscription.failed_events_in_row) == ("Dasbor baru", ["report.closed"], True, 0)
    assert AuditEntry.objects.filter(action="webhook_change", actor=admin_a).exists()


def test_rotating_shows_the_new_secret_once_and_the_old_one_signs_for_a_day(
        login, admin_a, agency_a, subscribe):
    subscription, old = subscribe(admin_a, agency_a)
    client = login(admin_a)
    url = reverse("webhooks:rotate_secret", args=[subscription.pk])
    assert client.get(url).status_code == 200

    response = client.post(url)

    subscription.refresh_from_db()
    new = subscription.secret
    assert response.status_code == 302
    assert new != old
    assert subscription.signing_secrets() == [new, old]
    assert new in client.get(subscription.get_absolute_url()).content.decode()
    header = signing.signature_header(subscription.signing_secrets(), 1_700_000_000, b"{}")
    for secret in (new, old):
        signing.verify(secret, header, b"{}", now=1_700_000_000)
    assert AuditEntry.objects.filter(action="webhook_rotate_secret").exists()


def test_the_delivery_log_and_a_delivery_page(login, admin_a, agency_a, subscribe, receiver,
                                              django_assert_max_num_queries):
    subscription, _secret = subscribe(admin_a, agency_a)
    for n in range(3):
        event = Event.objects.create(type="report.disposed", agency_ids=[agency_a.pk],
                                     body='{"version":1}', occurred_at=subscription.created_at)
        Delivery.objects.create(event=event, subscription=subscription,
                                status=Delivery.Status.FAILED, attempts=n + 1,
                                last_status_code=500)
    client = login(admin_a)

    with django_assert_max_num_queries(20):
        response = client.get(subscription.get_absolute_url())

    page = response.content.decode()
    assert response.status_code == 200
    assert page.count("Laporan didisposisikan ke instansi") == 1 + 3  # the events chosen, the log
    assert page.count(f"/staf/webhook/{subscription.pk}/pengiriman/") == 3
    delivery = Delivery.objects.first()
    response = client.get(reverse("webhooks:delivery", args=[subscription.pk, delivery.pk]))
    assert response.status_code == 200
    assert "&quot;version&quot;: 1" in response.content.decode()


def test_a_delivery_of_another_subscription_is_404(login, admin_a, agency_a, subscribe):
    ours, _ = subscribe(admin_a, agency_a)
    theirs, _ = subscribe(admin_a, agency_a, name="Lain")
    event = Event.objects.create(type="report.disposed", agency_ids=[agency_a.pk], body="{}",
                                 occurred_at=ours.created_at)
    delivery = Delivery.objects.create(event=event, subscription=theirs)

    response = login(admin_a).get(reverse("webhooks:delivery", args=[ours.pk, delivery.pk]))

    assert response.status_code == 404


def test_a_delivery_still_on_its_first_attempt_cannot_be_sent_again(login, admin_a, agency_a,
                                                                    subscribe):
    subscription, _ = subscribe(admin_a, agency_a)
    event = Event.objects.create(type="report.disposed", agency_ids=[agency_a.pk], body="{}",
                                 occurred_at=subscription.created_at)
    delivery = Delivery.objects.create(event=event, subscription=subscription)

    response = login(admin_a).post(
        reverse("webhooks:redeliver", args=[subscription.pk, delivery.pk]), follow=True)

    assert response.status_code == 200
    delivery.refresh_from_db()
    assert delivery.attempts == 0
    assert not AuditEntry.objects.filter(action="webhook_redeliver").exists()
