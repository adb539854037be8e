"""The Wonosobo demo of the shared library."""

import io

import pytest
from django.core.management import call_command
from django.test import override_settings

from jembatan.library.demo.loader import library_demo_load
from jembatan.library.models import LibraryItem


@pytest.fixture
def core_demo(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        call_command("load_demo", "--core-only", stdout=io.StringIO())


def test_demo_fills_the_library_with_every_kind_and_thumbnails(core_demo):
    library_demo_load(log=lambda *_: None)

    images = LibraryItem.objects.filter(kind__in=["photo", "infographic"])
    assert images.count() >= 8
    assert all(item.thumbnail for item in images)
    assert set(LibraryItem.objects.values_list("kind", flat=True)) == set(LibraryItem.Kind.values)


def test_demo_runs_twice_without_duplicates(core_demo):
    library_demo_load(log=lambda *_: None)
    count = LibraryItem.objects.count()
    library_demo_load(log=lambda *_: None)

    assert LibraryItem.objects.count() == count
