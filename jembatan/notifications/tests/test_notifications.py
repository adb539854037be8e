"""Notifications: stored for the bell, emailed per each person's choice, digests, settings."""

import datetime as dt

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from jembatan.core.models import AuditEntry
from jembatan.notifications import actions as notification_actions
from jembatan.notifications import kinds
from jembatan.notifications.email import send_digests, send_realtime
from jembatan.notifications.models import Notification, Preference
from jembatan.notifications.services import notify, unread_count


@pytest.fixture(autouse=True)
def _kinds(settings, monkeypatch):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    # A copy, so the test kinds are gone again after each test.
    monkeypatch.setattr(kinds, "KINDS", dict(kinds.KINDS))
    kinds.register_kind("test.event", _("A test event"))
    kinds.register_kind("test.quiet", _("A quiet event"), default=kinds.WEEKLY)


def test_notify_stores_one_per_person_and_skips_the_actor(officer_a, admin_a):
    created = notify([officer_a, admin_a, officer_a], "test.event", title="Rapat Bakohumas",
                     exclude=admin_a)
    assert len(created) == 1
    assert unread_count(officer_a) == 1
    assert unread_count(admin_a) == 0


def test_realtime_email_is_sent_once(officer_a):
    officer_a.email = "eko@dpupr.example.id"
    officer_a.save()
    created = notify([officer_a], "test.event", title="Draf baru menunggu review",
                     url="/staf/")
    ids = [n.pk for n in created]
    assert send_realtime(ids) == 1
    assert send_realtime(ids) == 0
    assert len(mail.outbox) == 1
    assert "Draf baru menunggu review" in mail.outbox[0].subject


def test_a_resent_notification_email_keeps_its_message_id(officer_a):
    # What a worker killed after sending, before recording, leaves: the rerun sends it again,
    # and mail programs show the two as one.
    officer_a.email = "eko@dpupr.example.id"
    officer_a.save()
    ids = [n.pk for n in notify([officer_a], "test.event", title="Draf baru")]
    send_realtime(ids)
    Notification.objects.filter(pk__in=ids).update(emailed_at=None)
    send_realtime(ids)

    first, again = (message.message()["Message-ID"] for message in mail.outbox)
    assert first == again
    assert first.startswith("<notification-")


def test_preferences_choose_digests_or_nothing(officer_a):
    officer_a.email = "eko@dpupr.example.id"
    officer_a.save()
    Preference.objects.create(user=officer_a, kind="test.event", frequency="daily")
    notify([officer_a], "test.event", title="Satu")
    notify([officer_a], "test.event", title="Dua")
    notify([officer_a], "test.quiet", title="Mingguan")
    Preference.objects.create(user=officer_a, kind="test.none", frequency="none")
    notify([officer_a], "test.none", title="Tidak dikirim")
    assert send_digests("daily") == 1
    assert "Satu" in mail.outbox[0].body
    assert "Dua" in mail.outbox[0].body
    assert "Mingguan" not in mail.outbox[0].body
    assert send_digests("daily") == 0
    assert send_digests("weekly") == 1
    assert send_digests("weekly", now=timezone.now() + dt.timedelta(days=7)) == 0
    assert all("Tidak dikirim" not in m.body for m in mail.outbox)
    assert unread_count(officer_a) == 4


def test_the_bell_and_opening_marks_read(login, officer_a, coordinator):
    notify([officer_a], "test.event", title="Permintaan data dari BPBD", url="/staf/")
    client = login(officer_a)
    page = client.get(reverse("notifications:inbox"))
    assert "Permintaan data dari BPBD" in page.content.decode()
    assert "1" in client.get(reverse("notifications:badge")).content.decode()
    notification = Notification.objects.get()
    response = client.get(reverse("notifications:open", args=[notification.pk]))
    assert response.status_code == 302
    assert response["Location"] == "/staf/"
    assert unread_count(officer_a) == 0
    # Someone else's notification is not found.
    client = login(coordinator)
    assert client.get(reverse("notifications:open", args=[notification.pk])).status_code == 404


def test_unsafe_links_are_not_followed(login, officer_a):
    notify([officer_a], "test.event", title="x", url="https://evil.example/phish")
    client = login(officer_a)
    notification = Notification.objects.get()
    response = client.get(reverse("notifications:open", args=[notification.pk]))
    assert response["Location"] == reverse("notifications:inbox")


def test_settings_page_saves_choices_and_ignores_bad_values(login, officer_a):
    client = login(officer_a)
    assert client.get(reverse("notifications:settings")).status_code == 200
    client.post(reverse("notifications:settings"),
                {"kind-test.event": "weekly", "kind-test.quiet": "bogus"})
    assert Preference.objects.get(user=officer_a, kind="test.event").frequency == "weekly"
    assert not Preference.objects.filter(kind="test.quiet").exists()


def test_a_bad_cursor_goes_back_to_the_first_page(login, officer_a):
    client = login(officer_a)
    response = client.get(reverse("notifications:inbox") + "?cursor=rusak")
    assert response.status_code == 302


def test_changed_email_choices_leave_one_audit_entry_and_unchanged_ones_none(login, officer_a):
    client = login(officer_a)

    client.post(reverse("notifications:settings"),
                {"kind-test.event": "daily", "kind-test.quiet": "weekly"})
    client.post(reverse("notifications:settings"),
                {"kind-test.event": "daily", "kind-test.quiet": "weekly"})

    entry = AuditEntry.objects.get()
    assert (entry.action, entry.actor) == ("notification_preferences_update", officer_a)
    assert entry.changes == {"test.event": ["realtime", "daily"]}


def test_nobody_marks_another_persons_notification_read(officer_a, admin_a):
    notification, = notify([officer_a], "test.event", title="Rapat")

    with pytest.raises(PermissionDenied):
        notification_actions.notification_mark_read(notification=notification, actor=admin_a)

    notification_actions.notification_mark_read(notification=notification, actor=officer_a)
    assert unread_count(officer_a) == 0
