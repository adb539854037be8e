"""Files stored under their original names before the upgrade are moved to random names."""

import io
import re

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command

from jembatan.core.models import Jurisdiction

pytestmark = [pytest.mark.django_db, pytest.mark.without_jurisdiction]
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00"
       b"\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe"
       b"\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82")


@pytest.fixture
def old_logo():
    name = default_storage.save("jurisdiction/logo-wonosobo.png", ContentFile(PNG))
    jurisdiction = Jurisdiction.objects.create(name="Kabupaten Wonosobo", code="wsb",
                                               region_code="33.07")
    Jurisdiction.objects.filter(pk=jurisdiction.pk).update(logo=name)
    return jurisdiction


def run(*args) -> str:
    out = io.StringIO()
    call_command("rename_uploads", *args, stdout=out)
    return out.getvalue()


def test_a_file_under_its_original_name_gets_a_random_one_and_the_old_name_is_gone(old_logo):
    assert run().startswith("1 files renamed")

    old_logo.refresh_from_db()
    assert re.fullmatch(r"jurisdiction/\d{4}/\d{2}/[0-9a-f]{32}\.png", old_logo.logo.name)
    assert old_logo.logo.read() == PNG
    assert not default_storage.exists("jurisdiction/logo-wonosobo.png")


def test_running_it_again_renames_nothing(old_logo):
    run()

    assert run().startswith("0 files renamed")


def test_a_dry_run_only_counts(old_logo):
    assert run("--dry-run").startswith("1 files would be renamed")

    old_logo.refresh_from_db()
    assert old_logo.logo.name == "jurisdiction/logo-wonosobo.png"
