"""Master data edited in the admin without a domain action of its own is saved through
core's admin actions, and audited."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from jembatan.core import actions
from jembatan.core.models import AuditEntry, User
from jembatan.reports.models import Category

pytestmark = pytest.mark.django_db


def test_changing_a_category_in_the_admin_records_before_and_after(
    login, coordinator, agency_a
):
    category = Category.objects.create(name="Jalan rusak")

    response = login(coordinator).post(
        reverse("admin:reports_category_change", args=[category.pk]),
        {"name": "Jalan dan jembatan rusak", "default_agency": agency_a.pk, "is_active": "on",
         "_save": "Simpan"},
    )

    assert response.status_code == 302
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.actor) == ("admin_update", coordinator)
    assert entry.changes == {
        "name": ["Jalan rusak", "Jalan dan jembatan rusak"],
        "default_agency": [None, str(agency_a)],
    }


def test_adding_a_person_in_the_admin_never_records_the_password(login, coordinator):
    response = login(coordinator).post(reverse("admin:core_user_add"), {
        "username": "petugas.baru", "full_name": "Petugas Baru", "email": "", "phone": "",
        "password1": "Rahasia-sekali-42", "password2": "Rahasia-sekali-42", "_save": "Simpan",
    })

    assert response.status_code == 302
    person = User.objects.get(username="petugas.baru")
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.object_id) == ("admin_create", str(person.pk))
    assert "Rahasia-sekali-42" not in str(entry.changes)
    assert "password" not in entry.changes


def test_deleting_a_category_in_the_admin_is_audited_before_it_goes(login, coordinator):
    category = Category.objects.create(name="Sampah")

    response = login(coordinator).post(
        reverse("admin:reports_category_delete", args=[category.pk]), {"post": "yes"})

    assert response.status_code == 302
    assert not Category.objects.exists()
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.object_repr) == ("admin_delete", "Sampah")


def test_officer_cannot_save_or_delete_master_data(officer_a):
    category = Category.objects.create(name="Banjir")
    category.name = "Banjir bandang"

    with pytest.raises(PermissionDenied):
        actions.admin_entry_save(actor=officer_a, obj=category, changes={})
    with pytest.raises(PermissionDenied):
        actions.admin_entry_delete(actor=officer_a, obj=category)

    category.refresh_from_db()
    assert category.name == "Banjir"
    assert not AuditEntry.objects.exists()
