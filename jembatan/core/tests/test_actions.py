"""The core actions and the audit log they write."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError

from jembatan.core import actions
from jembatan.core.models import Agency, AuditEntry, Membership

pytestmark = pytest.mark.django_db


# --- agency_create / agency_update ---------------------------------------------------------------


def test_agency_create_records_every_field_as_new(coordinator):
    agency = actions.agency_create(
        actor=coordinator,
        name="Badan Penanggulangan Bencana Daerah Kabupaten Wonosobo",
        short_name="BPBD",
        slug="bpbd",
        kind=Agency.Kind.PERANGKAT_DAERAH,
        phone="(0286) 321999",
    )

    entry = AuditEntry.objects.get()
    assert entry.action == "agency_create"
    assert entry.agency == agency
    assert entry.actor == coordinator
    assert entry.changes["short_name"] == [None, "BPBD"]
    assert entry.changes["phone"] == [None, "(0286) 321999"]
    assert entry.changes["is_active"] == [None, True]
    # Empty values are recorded too, so the first entry shows the whole starting profile.
    assert entry.changes["duties"] == [None, ""]


def test_agency_update_records_only_changed_fields_with_before_and_after(agency_a, admin_a):
    old_phone = agency_a.phone
    old_hours = agency_a.service_hours

    actions.agency_update(
        agency=agency_a,
        actor=admin_a,
        phone="(0286) 325000",
        email=agency_a.email,
        address=agency_a.address,
        service_hours="Senin–Jumat 08.00–15.00",
    )

    entry = AuditEntry.objects.get()
    assert entry.action == "agency_update"
    assert entry.actor == admin_a
    assert entry.actor_label == "Bambang Sulistyo"
    assert entry.agency == agency_a
    assert entry.content_type == ContentType.objects.get_for_model(Agency)
    assert entry.object_id == str(agency_a.pk)
    assert entry.object_repr == "DPUPR"
    assert entry.changes == {
        "phone": [old_phone, "(0286) 325000"],
        "service_hours": [old_hours, "Senin–Jumat 08.00–15.00"],
    }
    agency_a.refresh_from_db()
    assert agency_a.phone == "(0286) 325000"


def test_agency_update_records_a_related_agency_by_its_name(agency_a, agency_b, coordinator):
    actions.agency_update(agency=agency_b, actor=coordinator, parent=agency_a)

    assert AuditEntry.objects.get().changes == {"parent": [None, "DPUPR"]}


def test_agency_update_without_changes_writes_no_entry_and_does_not_save(agency_a, admin_a):
    updated_at = agency_a.updated_at

    actions.agency_update(agency=agency_a, actor=admin_a, phone=agency_a.phone, email=agency_a.email)

    assert not AuditEntry.objects.exists()
    agency_a.refresh_from_db()
    assert agency_a.updated_at == updated_at


def test_agency_update_refuses_unknown_fields(agency_a, admin_a):
    with pytest.raises(ValueError, match="unknown agency fields"):
        actions.agency_update(agency=agency_a, actor=admin_a, created_at=None)

    assert not AuditEntry.objects.exists()


def test_agency_update_with_invalid_value_saves_and_records_nothing(agency_a, admin_a):
    with pytest.raises(ValidationError):
        actions.agency_update(agency=agency_a, actor=admin_a, email="bukan-alamat-email")

    assert not AuditEntry.objects.exists()
    agency_a.refresh_from_db()
    assert agency_a.email == "dpupr@wonosobokab.go.id"


# --- memberships ---------------------------------------------------------------------------------


def test_membership_set_creates_a_membership_and_records_it(agency_a, citizen, coordinator):
    membership = actions.membership_set(
        user=citizen, agency=agency_a, role=Membership.Role.OFFICER, actor=coordinator
    )

    assert membership.user == citizen
    assert membership.role == "officer"
    entry = AuditEntry.objects.get()
    assert entry.action == "membership_add"
    assert entry.agency == agency_a
    assert entry.actor == coordinator
    assert entry.object_id == str(membership.pk)
    assert entry.changes == {"role": [None, "officer"]}


def test_membership_set_changes_the_role_and_records_old_and_new(agency_a, officer_a, coordinator):
    membership = actions.membership_set(
        user=officer_a, agency=agency_a, role=Membership.Role.AGENCY_ADMIN, actor=coordinator
    )

    assert Membership.objects.get(pk=membership.pk).role == "agency_admin"
    assert Membership.objects.filter(user=officer_a).count() == 1
    entry = AuditEntry.objects.get()
    assert entry.action == "membership_change"
    assert entry.changes == {"role": ["officer", "agency_admin"]}


def test_membership_set_with_the_same_role_changes_and_records_nothing(
    agency_a, officer_a, coordinator
):
    actions.membership_set(
        user=officer_a, agency=agency_a, role=Membership.Role.OFFICER, actor=coordinator
    )

    assert not AuditEntry.objects.exists()
    assert Membership.objects.get(user=officer_a).role == "officer"


def test_membership_remove_deletes_and_records_the_former_role(agency_a, admin_a, coordinator):
    membership = Membership.objects.get(user=admin_a, agency=agency_a)
    pk = membership.pk

    actions.membership_remove(membership=membership, actor=coordinator)

    assert not Membership.objects.filter(pk=pk).exists()
    entry = AuditEntry.objects.get()
    assert entry.action == "membership_remove"
    assert entry.agency == agency_a
    assert entry.object_id == str(pk)
    assert "Bambang Sulistyo" in entry.object_repr
    assert entry.changes == {"role": ["agency_admin", None]}


# --- audit_record and the append-only log --------------------------------------------------------


def test_audit_record_without_actor_is_labelled_sistem(agency_a):
    entry = actions.audit_record(actor=None, action="import", obj=agency_a)

    assert entry.actor is None
    assert entry.actor_label == "sistem"
    assert entry.changes == {}


def test_audit_record_by_anonymous_visitor_is_labelled_sistem(agency_a):
    entry = actions.audit_record(actor=AnonymousUser(), action="import", obj=agency_a)

    assert entry.actor is None
    assert entry.actor_label == "sistem"


def test_audit_entry_keeps_the_actor_name_after_the_account_is_removed(agency_a, admin_a):
    entry = actions.audit_record(actor=admin_a, action="agency_update", obj=agency_a)

    admin_a.delete()

    entry = AuditEntry.objects.get(pk=entry.pk)
    assert entry.actor is None
    assert entry.actor_label == "Bambang Sulistyo"


def test_saving_an_existing_audit_entry_raises_permission_error(agency_a, coordinator):
    entry = actions.audit_record(actor=coordinator, action="agency_update", obj=agency_a)

    entry.action = "something_else"
    with pytest.raises(PermissionError):
        entry.save()

    assert AuditEntry.objects.get(pk=entry.pk).action == "agency_update"


def test_deleting_an_audit_entry_raises_permission_error(agency_a, coordinator):
    entry = actions.audit_record(actor=coordinator, action="agency_update", obj=agency_a)

    with pytest.raises(PermissionError):
        entry.delete()

    assert AuditEntry.objects.filter(pk=entry.pk).exists()
