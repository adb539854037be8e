"""Core's actions check the actor themselves, whoever calls them (a page, the admin, a command);
no actor means the system at work (the demo, a command)."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied

from jembatan.core import actions
from jembatan.core.models import Agency, DayOff, Membership


@pytest.mark.django_db
def test_an_agency_admin_changes_the_profile_but_not_the_master_data(agency_a, admin_a):
    actions.agency_update(agency=agency_a, actor=admin_a, phone="(0286) 325000")

    with pytest.raises(PermissionDenied):
        actions.agency_update(agency=agency_a, actor=admin_a, name="Dinas Lain")

    stored = Agency.objects.get(pk=agency_a.pk)
    assert stored.phone == "(0286) 325000"
    assert stored.name != "Dinas Lain"


@pytest.mark.django_db
def test_an_officer_of_another_agency_may_not_change_its_profile(agency_a, officer_b):
    with pytest.raises(PermissionDenied):
        actions.agency_update(agency=agency_a, actor=officer_b, phone="(0286) 111111")


@pytest.mark.django_db
def test_only_a_coordinator_adds_agencies_people_and_days_off(agency_a, admin_a, citizen,
                                                             coordinator):
    with pytest.raises(PermissionDenied):
        actions.agency_create(actor=admin_a, name="Dinas Baru", short_name="Baru", slug="baru")
    with pytest.raises(PermissionDenied):
        actions.membership_set(user=citizen, agency=agency_a, role="officer", actor=admin_a)
    with pytest.raises(PermissionDenied):
        actions.membership_remove(membership=admin_a.memberships.get(), actor=admin_a)
    with pytest.raises(PermissionDenied):
        actions.day_off_save(day_off=DayOff(date=dt.date(2026, 7, 24), name="Hari Jadi"),
                             actor=admin_a)

    actions.membership_set(user=citizen, agency=agency_a, role="officer", actor=coordinator)

    assert Membership.objects.filter(user=citizen, agency=agency_a).exists()
    assert not DayOff.objects.filter(date=dt.date(2026, 7, 24)).exists()
