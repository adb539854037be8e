"""The Wonosobo demo of services and work programmes."""

import pytest

from jembatan.catalogue.demo.loader import catalogue_demo_load
from jembatan.catalogue.models import Programme, Service

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("wonosobo_demo")]


def test_demo_fills_the_catalogue_for_many_agencies():
    assert Service.objects.values("agency").distinct().count() >= 10
    assert Programme.objects.count() >= 6


def test_demo_runs_twice_without_duplicates():
    counts = (Service.objects.count(), Programme.objects.count())
    catalogue_demo_load(log=lambda *_: None)

    assert counts == (Service.objects.count(), Programme.objects.count())
