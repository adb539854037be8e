"""The Wonosobo demo of services, programmes, the agenda and the library."""

import io
import time

import pytest
from django.core.management import call_command
from django.test import override_settings

from jembatan.coordination.demo.resources import resources_demo_load
from jembatan.coordination.models import AgendaEvent, LibraryItem, Programme, Service


@pytest.fixture
def core_demo(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        call_command("load_demo", "--core-only", stdout=io.StringIO())


def test_demo_fills_catalogue_agenda_and_library_for_many_agencies(core_demo):
    started = time.monotonic()
    resources_demo_load(log=lambda *_: None)
    elapsed = time.monotonic() - started

    assert elapsed < 10
    assert Service.objects.values("agency").distinct().count() >= 10
    assert Programme.objects.count() >= 6
    assert AgendaEvent.objects.values("agency").distinct().count() >= 15
    assert AgendaEvent.objects.filter(needs_coverage=True, covered_by_user__isnull=True).exists()
    assert AgendaEvent.objects.filter(covered_by_user__isnull=False).exists()
    assert AgendaEvent.objects.filter(status="cancelled").exists()
    assert AgendaEvent.objects.filter(all_day=True).exists()
    assert AgendaEvent.objects.filter(visibility="internal").exists()
    titles = " ".join(AgendaEvent.objects.values_list("title", flat=True))
    for words in ("Dieng Culture Festival", "Hari Jadi", "Posyandu", "Adminduk Keliling",
                  "Pemadaman Terencana", "Musrenbang", "Car Free Day"):
        assert words in titles
    images = LibraryItem.objects.filter(kind__in=["photo", "infographic"])
    assert images.count() >= 8
    assert all(item.thumbnail for item in images)
    assert set(LibraryItem.objects.values_list("kind", flat=True)) == set(LibraryItem.Kind.values)


def test_demo_runs_twice_without_duplicates(core_demo):
    resources_demo_load(log=lambda *_: None)
    counts = (Service.objects.count(), AgendaEvent.objects.count(), LibraryItem.objects.count())
    resources_demo_load(log=lambda *_: None)

    assert counts == (Service.objects.count(), AgendaEvent.objects.count(),
                      LibraryItem.objects.count())
