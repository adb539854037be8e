"""The routing taxonomy in the Django admin: coordinators only, every save through the actions."""

import pytest
from django.urls import reverse

from jembatan.core.models import AuditEntry
from jembatan.triage.models import Topic, TriageSettings

pytestmark = pytest.mark.django_db


def form_data(topic: Topic, **changes) -> dict:
    data = {"name": topic.name, "message_keywords": topic.message_keywords,
            "agency_kinds": topic.agency_kinds, "duty_keywords": topic.duty_keywords,
            "is_active": "on" if topic.is_active else ""}
    return {**data, **changes}


@pytest.mark.parametrize("page", ["admin:triage_topic_changelist", "admin:triage_topic_add"])
def test_coordinator_opens_the_taxonomy_pages(login, coordinator, page):
    response = login(coordinator).get(reverse(page))

    assert response.status_code == 200


def test_coordinator_finds_a_topic_by_a_citizens_word(login, coordinator):
    response = login(coordinator).get(reverse("admin:triage_topic_changelist"),
                                      {"q": "gas melon"})

    assert "elpiji_lpg" in response.content.decode()


@pytest.mark.parametrize("person", ["officer_a", "admin_a", "citizen"])
def test_people_without_coordinator_role_cannot_open_the_taxonomy(request, login, person):
    url = reverse("admin:triage_topic_changelist")

    response = login(request.getfixturevalue(person)).get(url)

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('admin:login')}?next={url}"


def test_officer_cannot_change_a_topic(login, officer_a):
    topic = Topic.objects.get(name="elpiji_lpg")

    login(officer_a).post(reverse("admin:triage_topic_change", args=[topic.pk]),
                          form_data(topic, message_keywords="lain"))

    topic.refresh_from_db()
    assert topic.message_keywords != "lain"
    assert not AuditEntry.objects.exists()


def test_coordinator_adds_words_to_a_topic_and_the_change_is_audited(login, coordinator):
    topic = Topic.objects.get(name="elpiji_lpg")
    words = f"{topic.message_keywords}\nGas Melon Entek, gas melon entek"

    response = login(coordinator).post(
        reverse("admin:triage_topic_change", args=[topic.pk]),
        form_data(topic, message_keywords=words))

    assert response.status_code == 302
    topic.refresh_from_db()
    assert topic.message_keywords.endswith(", gas melon entek")
    assert topic.is_customized
    entry = AuditEntry.objects.get(action="topic_update")
    assert entry.actor == coordinator
    assert TriageSettings.current().taxonomy_changed_at is not None


def test_coordinator_cannot_save_a_topic_without_citizens_words(login, coordinator):
    topic = Topic.objects.get(name="elpiji_lpg")

    response = login(coordinator).post(
        reverse("admin:triage_topic_change", args=[topic.pk]),
        form_data(topic, message_keywords=" , "))

    assert response.status_code == 200
    assert not AuditEntry.objects.exists()


def test_coordinator_adds_and_deletes_a_topic_of_their_own(login, coordinator):
    client = login(coordinator)
    client.post(reverse("admin:triage_topic_add"), {
        "name": "minyak_tanah", "message_keywords": "minyak tanah, mitan",
        "agency_kinds": "perdagangan", "duty_keywords": "", "is_active": "on"})
    topic = Topic.objects.get(name="minyak_tanah")

    response = client.post(reverse("admin:triage_topic_delete", args=[topic.pk]),
                           {"post": "yes"})

    assert response.status_code == 302
    assert not Topic.objects.filter(name="minyak_tanah").exists()
    assert [e.action for e in AuditEntry.objects.order_by("pk")] == ["topic_create",
                                                                    "topic_delete"]


def test_a_shipped_topic_offers_no_delete_and_keeps_its_name(login, coordinator):
    topic = Topic.objects.get(name="elpiji_lpg")
    client = login(coordinator)

    assert client.get(reverse("admin:triage_topic_delete", args=[topic.pk])).status_code == 403
    client.post(reverse("admin:triage_topic_change", args=[topic.pk]),
                form_data(topic, name="gas"))

    assert Topic.objects.filter(name="elpiji_lpg").exists()


def test_bulk_delete_of_own_topics_is_audited_and_refused_with_a_shipped_one(
        login, coordinator):
    own = Topic.objects.create(name="minyak_tanah", message_keywords="mitan")
    shipped = Topic.objects.get(name="elpiji_lpg")
    client = login(coordinator)
    url = reverse("admin:triage_topic_changelist")

    refused = client.post(url, {"action": "delete_selected",
                                "_selected_action": [own.pk, shipped.pk], "post": "yes"})
    assert refused.status_code == 403
    assert Topic.objects.filter(pk__in=[own.pk, shipped.pk]).count() == 2

    client.post(url, {"action": "delete_selected", "_selected_action": [own.pk], "post": "yes"})
    assert not Topic.objects.filter(pk=own.pk).exists()
    assert AuditEntry.objects.get().action == "topic_delete"


def test_coordinator_restores_a_changed_shipped_topic(login, coordinator):
    topic = Topic.objects.get(name="elpiji_lpg")
    shipped_words = topic.message_keywords
    client = login(coordinator)
    client.post(reverse("admin:triage_topic_change", args=[topic.pk]),
                form_data(topic, message_keywords="kata yang keliru"))
    topic.refresh_from_db()
    assert topic.is_customized

    response = client.post(reverse("admin:triage_topic_changelist"),
                           {"action": "restore_shipped", "_selected_action": [topic.pk]})

    assert response.status_code == 302
    topic.refresh_from_db()
    assert topic.message_keywords == shipped_words
    assert not topic.is_customized
    assert AuditEntry.objects.filter(action="topic_restore", actor=coordinator).exists()


def test_a_topic_of_a_coordinators_own_cannot_be_restored(coordinator):
    from django.core.exceptions import ValidationError

    from jembatan.triage.actions import topic_create, topic_restore_shipped

    topic = topic_create(actor=coordinator, name="parkir_liar", message_keywords="parkir liar")
    with pytest.raises(ValidationError):
        topic_restore_shipped(topic=topic, actor=coordinator)
