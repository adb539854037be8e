"""The export on S3-compatible object storage (production with several web servers): the files
and the manifest go through Django's storage API, and the public URLs read them back. The object
store is outside the project, so moto stands in for it."""

from __future__ import annotations

import boto3
import pytest
from moto import mock_aws

from jembatan.opendata.publishing import MANIFEST, export_all
from jembatan.opendata.tests.conftest import json_rows
from jembatan.reports.tests.factories import disposed_report

pytestmark = pytest.mark.django_db

BUCKET = "jembatan-data"


@pytest.fixture
def s3(settings, monkeypatch):
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    with mock_aws():
        client = boto3.client("s3", region_name="ap-southeast-3", aws_access_key_id="uji",
                              aws_secret_access_key="uji-rahasia")
        client.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={
            "LocationConstraint": "ap-southeast-3"})
        settings.STORAGES = {**settings.STORAGES, "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {"bucket_name": BUCKET, "region_name": "ap-southeast-3",
                        "access_key": "uji", "secret_key": "uji-rahasia",
                        "default_acl": "private", "file_overwrite": False},
        }}
        yield client


def test_export_to_object_storage_is_served_at_the_stable_address(s3, client, coordinator,
                                                                  agency_a, kecamatan):
    for _ in range(5):
        disposed_report(coordinator, agency_a, kecamatan=kecamatan)

    export_all()
    second = export_all()

    keys = {item["Key"] for item in s3.list_objects_v2(Bucket=BUCKET)["Contents"]}
    assert MANIFEST in keys
    assert f"opendata/{second['run']}-laporan-harian.csv" in keys
    [row] = json_rows(client, "laporan-harian")
    assert row["jumlah_laporan"] == 5
