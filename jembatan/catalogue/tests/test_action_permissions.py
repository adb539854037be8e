"""The catalogue's actions check the actor themselves, whoever calls them (view, command,
loader); no actor means the system at work."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied

from jembatan.catalogue import actions as catalogue_actions
from jembatan.catalogue.models import Programme, Service
from jembatan.catalogue.tests.helpers import make_service
from jembatan.core.models import AuditEntry


@pytest.mark.django_db
def test_officer_of_other_agency_may_not_add_a_service_for_it(agency_a, officer_b):
    with pytest.raises(PermissionDenied):
        make_service(agency_a, actor=officer_b)

    assert not Service.objects.exists()


@pytest.mark.django_db
def test_officer_of_other_agency_may_not_change_or_delete_an_entry(agency_a, officer_b):
    service = make_service(agency_a)
    programme = catalogue_actions.programme_create(
        agency=agency_a, actor=None, title="Rehabilitasi jalan desa",
        start_date=dt.date(2026, 12, 1), end_date=dt.date(2026, 12, 10))

    with pytest.raises(PermissionDenied):
        catalogue_actions.service_update(service=service, actor=officer_b, place="Kantor PDAM Tirta Aji")
    with pytest.raises(PermissionDenied):
        catalogue_actions.programme_update(programme=programme, actor=officer_b, title="Lain")
    with pytest.raises(PermissionDenied):
        catalogue_actions.programme_delete(programme=programme, actor=officer_b)

    assert Programme.objects.get().title == "Rehabilitasi jalan desa"
    assert not AuditEntry.objects.filter(actor=officer_b).exists()


@pytest.mark.django_db
def test_own_officer_and_coordinator_change_an_agencys_entries(agency_a, officer_a, coordinator):
    service = make_service(agency_a, actor=officer_a)

    catalogue_actions.service_update(service=service, actor=coordinator, place="Kantor PDAM Tirta Aji")

    assert Service.objects.get().place == "Kantor PDAM Tirta Aji"
