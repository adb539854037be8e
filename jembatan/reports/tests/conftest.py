"""Fixtures of the reports tests: the places of Kabupaten Wonosobo a report points to, where
uploads are stored, and background tasks that run at once when a test needs their effect."""

import pytest

from jembatan.reports.tests.factories import DesaFactory, KecamatanFactory


@pytest.fixture
def kecamatan(db):
    return KecamatanFactory(code="33.07.12", name="Garung")


@pytest.fixture
def desa(kecamatan):
    return DesaFactory(code="33.07.12.2004", name="Tlogo", parent=kecamatan)


@pytest.fixture
def other_kecamatan(db):
    return KecamatanFactory(code="33.07.01", name="Wadaslintang")


@pytest.fixture
def other_desa(other_kecamatan):
    return DesaFactory(code="33.07.01.2001", name="Lancar", parent=other_kecamatan)


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def immediate_tasks(settings):
    """Tasks run as soon as they are enqueued (after commit), not in a worker."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
