"""Client keys: the coordinators' page (list, create showing the key once, revoke), the
command line, hashing and the audit log."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from jembatan.core.models import AuditEntry
from jembatan.open311.models import ClientKey, key_hash

pytestmark = pytest.mark.django_db

KEYS = reverse("open311:keys")


def test_coordinator_creates_a_key_seen_once_and_stored_hashed(login, coordinator):
    page = login(coordinator)
    response = page.post(KEYS, {"name": "Aplikasi Lapor Wonosobo", "may_submit": "on"})
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    key = ClientKey.objects.get()
    raw = response.context["issued"]["raw"]
    assert raw.startswith("o311_")
    assert raw in response.content.decode()
    assert key.key_hash == key_hash(raw)
    assert raw not in key.key_hash
    assert (key.may_submit, key.may_read_updates, key.created_by) == (True, False, coordinator)
    assert "Salin sekarang" in response.content.decode() or "Copy it now" in (
        response.content.decode())
    # Shown once: the list afterwards names the client, never the key.
    listing = page.get(KEYS).content.decode()
    assert "Aplikasi Lapor Wonosobo" in listing
    assert raw not in listing
    entry = AuditEntry.objects.get(action="open311_key_issue")
    assert entry.actor == coordinator
    assert raw not in str(entry.changes)


def test_a_key_must_be_allowed_something(login, coordinator):
    response = login(coordinator).post(KEYS, {"name": "Tanpa izin"})
    assert response.status_code == 200
    assert not ClientKey.objects.exists()
    assert response.context["form"].errors


def test_coordinator_revokes_a_key(login, coordinator, client_key):
    key, _raw = client_key
    page = login(coordinator)
    response = page.post(reverse("open311:key_revoke", args=[key.pk]))
    assert response.status_code == 302
    key.refresh_from_db()
    assert key.revoked_at is not None
    assert key.revoked_by == coordinator
    assert AuditEntry.objects.filter(action="open311_key_revoke", actor=coordinator).exists()
    assert page.get(KEYS).status_code == 200


def test_revoking_is_post_only(login, coordinator, client_key):
    key, _raw = client_key
    assert login(coordinator).get(reverse("open311:key_revoke", args=[key.pk])).status_code == 405


def test_unknown_key_is_404(login, coordinator):
    assert login(coordinator).post(reverse("open311:key_revoke", args=[999])).status_code == 404


@pytest.mark.parametrize("who", ["officer_a", "admin_a", "citizen"])
def test_other_people_get_403(request, login, who, client_key):
    page = login(request.getfixturevalue(who))
    assert page.get(KEYS).status_code == 403
    assert page.post(KEYS, {"name": "x", "may_submit": "on"}).status_code == 403
    key, _raw = client_key
    assert page.post(reverse("open311:key_revoke", args=[key.pk])).status_code == 403
    key.refresh_from_db()
    assert key.revoked_at is None


def test_anonymous_visitor_is_sent_to_sign_in(client):
    response = client.get(KEYS)
    assert response.status_code == 302
    assert "/masuk/" in response["Location"]


def test_page_is_indonesian(login, coordinator, client_key):
    text = login(coordinator).get(KEYS).content.decode()
    assert "Klien Open311" in text
    assert "Cabut" in text


def test_command_prints_the_key_as_its_last_line():
    out = io.StringIO()
    call_command("open311_key", "--name", "FixMyStreet Wonosobo", "--no-submit", stdout=out)
    raw = out.getvalue().strip().splitlines()[-1]
    key = ClientKey.objects.get(key_hash=key_hash(raw))
    assert key.name == "FixMyStreet Wonosobo"
    assert (key.may_submit, key.may_read_updates) == (False, True)
    assert AuditEntry.objects.get(action="open311_key_issue").actor_label == "manage.py"
