"""The Wonosobo demo of the shared library."""

import pytest

from jembatan.library.demo.loader import library_demo_load
from jembatan.library.models import LibraryItem

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("wonosobo_demo")]


def test_demo_fills_the_library_with_every_kind_and_thumbnails():
    images = LibraryItem.objects.filter(kind__in=["photo", "infographic"])
    assert images.count() >= 8
    assert all(item.thumbnail for item in images)
    assert set(LibraryItem.objects.values_list("kind", flat=True)) == set(LibraryItem.Kind.values)


def test_demo_runs_twice_without_duplicates():
    count = LibraryItem.objects.count()
    library_demo_load(log=lambda *_: None)

    assert LibraryItem.objects.count() == count
