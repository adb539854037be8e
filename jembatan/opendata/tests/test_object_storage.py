"""The export on S3-compatible object storage (production with several web servers): the files
and the manifest go through Django's storage API, and the public URLs read them back. The object
store is outside the project, so moto stands in for it (`s3`,
jembatan.testing.object_storage)."""

from __future__ import annotations

import pytest

from jembatan.opendata.publishing import MANIFEST, export_all
from jembatan.opendata.tests.conftest import json_rows
from jembatan.reports.tests.factories import disposed_report

pytestmark = pytest.mark.django_db


def test_export_to_object_storage_is_served_at_the_stable_address(s3, client, coordinator,
                                                                  agency_a, kecamatan):
    for _ in range(5):
        disposed_report(coordinator, agency_a, kecamatan=kecamatan)

    export_all()
    second = export_all()

    keys = s3.keys()
    assert MANIFEST in keys
    assert f"opendata/{second['run']}-laporan-harian.csv" in keys
    [row] = json_rows(client, "laporan-harian")
    assert row["jumlah_laporan"] == 5
