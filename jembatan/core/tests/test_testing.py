"""What the test setup gives every test: its own media folder, the jurisdiction, Django's guard
against database access from an event loop, and compiled catalogues on a fresh checkout."""

import gettext
import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from jembatan.core.models import Jurisdiction
from jembatan.testing.catalogues import compile_catalogues, stale_catalogues

LOCALE = Path(django_settings.BASE_DIR) / "jembatan" / "locale"
PO = LOCALE / "id" / "LC_MESSAGES" / "django.po"


def test_a_stored_file_lands_in_the_tests_own_media_folder_not_in_var(media_root):
    name = default_storage.save("uji/catatan.txt", ContentFile(b"isi"))

    assert (media_root / name).read_bytes() == b"isi"
    assert not media_root.is_relative_to(Path(django_settings.BASE_DIR) / "var")


def test_two_tests_never_share_a_media_folder(media_root, tmp_path_factory):
    assert media_root != tmp_path_factory.mktemp("media")
    assert not any(media_root.iterdir())


@pytest.mark.django_db
def test_a_database_test_serves_the_jurisdiction():
    assert Jurisdiction.objects.get().code == "WSB"


@pytest.mark.django_db
@pytest.mark.without_jurisdiction
def test_a_test_marked_without_jurisdiction_starts_with_none():
    assert not Jurisdiction.objects.exists()


def test_django_guards_against_database_access_from_an_event_loop_outside_browser_tests():
    assert "DJANGO_ALLOW_ASYNC_UNSAFE" not in os.environ


@pytest.fixture
def locale_copy(tmp_path):
    target = tmp_path / "id" / "LC_MESSAGES"
    target.mkdir(parents=True)
    shutil.copy(PO, target / "django.po")
    return tmp_path


def test_a_missing_catalogue_is_compiled_and_translates(locale_copy):
    written = compile_catalogues(locale_copy)

    assert written == [locale_copy / "id" / "LC_MESSAGES" / "django.mo"]
    with written[0].open("rb") as handle:
        catalogue = gettext.GNUTranslations(handle)
    assert catalogue.gettext("Save") == "Simpan"


def test_a_catalogue_older_than_its_source_is_compiled_again_and_a_current_one_is_left(
        locale_copy):
    compile_catalogues(locale_copy)
    mo = locale_copy / "id" / "LC_MESSAGES" / "django.mo"
    po = mo.with_suffix(".po")
    assert stale_catalogues(locale_copy) == []

    before_the_edit = po.stat().st_mtime - 10
    os.utime(mo, (before_the_edit, before_the_edit))

    assert compile_catalogues(locale_copy) == [mo]
    assert compile_catalogues(locale_copy) == []


def test_the_projects_catalogues_are_compiled_before_the_tests_run():
    assert stale_catalogues(LOCALE) == []


def test_a_compiled_catalogue_leaves_no_file_aside(locale_copy):
    compile_catalogues(locale_copy)

    assert not list(locale_copy.glob("*/LC_MESSAGES/.*partial"))


def test_the_demos_tests_run_last_as_one_group_for_one_worker(request):
    """pytest-xdist (`--dist loadgroup`) gives the group to one worker, after every other test."""
    from jembatan.testing.demo import FIXTURE, uses_the_demo

    items = request.session.items
    demo = [item for item in items if uses_the_demo(item)]
    if not demo:
        pytest.skip("no test of the demo was collected in this run (the whole suite has some)")
    assert [uses_the_demo(item) for item in items] == sorted(uses_the_demo(i) for i in items)
    for item in demo:
        assert [mark.args for mark in item.iter_markers("xdist_group")] == [(FIXTURE,)]
