"""The Django admin: open to coordinators, audited saves, a read-only audit log."""

import pytest
from django.contrib.admin import site
from django.urls import reverse

from jembatan.core import actions
from jembatan.core.admin import AuditEntryAdmin
from jembatan.core.models import AuditEntry, DayOff
from jembatan.core.signals import calendar_changed

pytestmark = pytest.mark.django_db

ADMIN_PAGES = [
    "admin:index",
    "admin:core_agency_changelist",
    "admin:core_dayoff_changelist",
    "admin:core_auditentry_changelist",
]


@pytest.fixture
def audit_entry(agency_a, admin_a):
    actions.agency_update(agency=agency_a, actor=admin_a, phone="(0286) 325000")
    return AuditEntry.objects.get()


@pytest.mark.parametrize("page", ADMIN_PAGES)
def test_coordinator_opens_the_admin_page(login, coordinator, audit_entry, page):
    response = login(coordinator).get(reverse(page))

    assert response.status_code == 200


def test_coordinator_sees_the_master_data_models_on_the_admin_index(login, coordinator):
    response = login(coordinator).get(reverse("admin:index"))

    content = response.content.decode()
    for page in ADMIN_PAGES[1:]:
        assert reverse(page) in content


@pytest.mark.parametrize("person", ["officer_a", "admin_a", "citizen"])
@pytest.mark.parametrize("page", ADMIN_PAGES)
def test_people_without_coordinator_role_are_sent_to_the_admin_login(request, login, person, page):
    url = reverse(page)

    response = login(request.getfixturevalue(person)).get(url)

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('admin:login')}?next={url}"


def test_anonymous_visitor_is_sent_to_the_admin_login(client):
    response = client.get(reverse("admin:index"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_officer_cannot_add_a_day_off_through_the_admin(login, officer_a):
    response = login(officer_a).post(
        reverse("admin:core_dayoff_add"),
        {"date": "2026-07-24", "name": "Hari Jadi Kabupaten Wonosobo", "kind": "local"},
    )

    assert response.status_code == 302
    assert not DayOff.objects.exists()


def test_adding_a_day_off_in_the_admin_creates_an_audit_entry_and_signals(
    login, coordinator, django_capture_on_commit_callbacks
):
    senders = []

    def receiver(sender, **kwargs):
        senders.append(sender)

    calendar_changed.connect(receiver, weak=False, dispatch_uid="test-admin-calendar")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            response = login(coordinator).post(
                reverse("admin:core_dayoff_add"),
                {
                    "date": "2026-07-24",
                    "name": "Hari Jadi Kabupaten Wonosobo",
                    "kind": "local",
                    "_save": "Simpan",
                },
            )
    finally:
        calendar_changed.disconnect(dispatch_uid="test-admin-calendar")

    assert response.status_code == 302
    assert response["Location"] == reverse("admin:core_dayoff_changelist")
    day_off = DayOff.objects.get()
    assert day_off.name == "Hari Jadi Kabupaten Wonosobo"
    entry = AuditEntry.objects.get()
    assert entry.action == "day_off_create"
    assert entry.actor == coordinator
    assert entry.object_id == str(day_off.pk)
    assert entry.changes["date"] == [None, "2026-07-24"]
    assert senders == [DayOff]


def test_deleting_a_day_off_in_the_admin_creates_an_audit_entry(login, coordinator):
    day_off = actions.day_off_save(
        day_off=DayOff(date="2026-07-24", name="Hari Jadi Kabupaten Wonosobo"), actor=coordinator
    )

    response = login(coordinator).post(
        reverse("admin:core_dayoff_delete", args=[day_off.pk]), {"post": "yes"}
    )

    assert response.status_code == 302
    assert not DayOff.objects.exists()
    assert list(AuditEntry.objects.order_by("id").values_list("action", flat=True)) == [
        "day_off_create",
        "day_off_delete",
    ]


def test_editing_an_agency_in_the_admin_records_before_and_after(
    login, coordinator, agency_a, agency_b
):
    data = {
        name: getattr(agency_a, name)
        for name in (
            "name",
            "short_name",
            "slug",
            "kind",
            "duties",
            "phone",
            "email",
            "website",
            "address",
            "service_hours",
        )
    }
    data.update(
        {
            "parent": agency_b.pk,
            "region": "",
            "is_active": "on",
            "phone": "(0286) 325000",
            "memberships-TOTAL_FORMS": "0",
            "memberships-INITIAL_FORMS": "0",
            "memberships-MIN_NUM_FORMS": "0",
            "memberships-MAX_NUM_FORMS": "1000",
            "_save": "Simpan",
        }
    )

    response = login(coordinator).post(
        reverse("admin:core_agency_change", args=[agency_a.pk]), data
    )

    assert response.status_code == 302
    entry = AuditEntry.objects.get()
    assert entry.action == "agency_update"
    assert entry.actor == coordinator
    assert entry.changes == {
        "parent": [None, "Tirta Aji"],
        "phone": ["(0286) 321427", "(0286) 325000"],
    }


def test_audit_entry_admin_refuses_add_change_and_delete(rf, coordinator, audit_entry):
    model_admin = AuditEntryAdmin(AuditEntry, site)
    request = rf.get("/")
    request.user = coordinator

    assert model_admin.has_view_permission(request, audit_entry)
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_change_permission(request, audit_entry)
    assert not model_admin.has_delete_permission(request, audit_entry)


def test_coordinator_gets_403_on_the_audit_entry_add_page(login, coordinator):
    assert login(coordinator).get(reverse("admin:core_auditentry_add")).status_code == 403


def test_coordinator_sees_an_audit_entry_read_only_and_cannot_change_it(
    login, coordinator, audit_entry
):
    client = login(coordinator)
    url = reverse("admin:core_auditentry_change", args=[audit_entry.pk])

    page = client.get(url)
    response = client.post(url, {"action": "dihapus", "actor_label": "siapa saja"})

    assert page.status_code == 200
    assert 'name="action"' not in page.content.decode()
    assert response.status_code == 403
    audit_entry.refresh_from_db()
    assert audit_entry.action == "agency_update"


def test_coordinator_gets_403_on_deleting_an_audit_entry(login, coordinator, audit_entry):
    url = reverse("admin:core_auditentry_delete", args=[audit_entry.pk])

    response = login(coordinator).post(url, {"post": "yes"})

    assert response.status_code == 403
    assert AuditEntry.objects.filter(pk=audit_entry.pk).exists()


def test_audit_entry_changelist_offers_no_add_button_and_no_bulk_delete(
    login, coordinator, audit_entry
):
    response = login(coordinator).get(reverse("admin:core_auditentry_changelist"))

    content = response.content.decode()
    assert reverse("admin:core_auditentry_add") not in content
    assert "delete_selected" not in content
