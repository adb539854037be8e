"""The Wonosobo demo of services and work programmes."""

import io

import pytest
from django.core.management import call_command
from django.test import override_settings

from jembatan.catalogue.demo.loader import catalogue_demo_load
from jembatan.catalogue.models import Programme, Service


@pytest.fixture
def core_demo(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        call_command("load_demo", "--core-only", stdout=io.StringIO())


def test_demo_fills_the_catalogue_for_many_agencies(core_demo):
    catalogue_demo_load(log=lambda *_: None)

    assert Service.objects.values("agency").distinct().count() >= 10
    assert Programme.objects.count() >= 6


def test_demo_runs_twice_without_duplicates(core_demo):
    catalogue_demo_load(log=lambda *_: None)
    counts = (Service.objects.count(), Programme.objects.count())
    catalogue_demo_load(log=lambda *_: None)

    assert counts == (Service.objects.count(), Programme.objects.count())
