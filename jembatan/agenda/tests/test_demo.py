"""The Wonosobo demo of the shared agenda."""

import io

import pytest
from django.core.management import call_command
from django.test import override_settings

from jembatan.agenda.demo.loader import agenda_demo_load
from jembatan.agenda.models import AgendaEvent


@pytest.fixture
def core_demo(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        call_command("load_demo", "--core-only", stdout=io.StringIO())


def test_demo_fills_the_agenda_for_many_agencies(core_demo):
    agenda_demo_load(log=lambda *_: None)

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


def test_demo_runs_twice_without_duplicates(core_demo):
    agenda_demo_load(log=lambda *_: None)
    count = AgendaEvent.objects.count()
    agenda_demo_load(log=lambda *_: None)

    assert AgendaEvent.objects.count() == count
