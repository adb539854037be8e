"""S3-compatible object storage (production with several web servers) for the tests that store
files there: moto stands in for the object store, which is outside the project.

A test asks for `s3`: Django's default storage is then django-storages' S3 backend on a private
bucket of moto's, created empty for the test, and `s3.client` (boto3) looks inside it. The
environment's AWS credentials are set aside, so no test can reach a real bucket.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

BUCKET = "jembatan-uji"
REGION = "ap-southeast-3"  # Jakarta
# Short-lived signed links, so a test can see the expiry in a link the view hands out.
SIGNED_URL_SECONDS = 60


@dataclass(frozen=True)
class ObjectStorage:
    client: object  # boto3's S3 client
    bucket: str
    region: str

    def keys(self) -> set[str]:
        return {item["Key"] for item in
                self.client.list_objects_v2(Bucket=self.bucket).get("Contents", [])}


@pytest.fixture
def s3(settings, monkeypatch):
    import boto3
    from moto import mock_aws

    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    with mock_aws():
        client = boto3.client("s3", region_name=REGION, aws_access_key_id="uji",
                              aws_secret_access_key="uji-rahasia")
        client.create_bucket(Bucket=BUCKET,
                             CreateBucketConfiguration={"LocationConstraint": REGION})
        settings.STORAGES = {**settings.STORAGES, "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {"bucket_name": BUCKET, "region_name": REGION,
                        "access_key": "uji", "secret_key": "uji-rahasia",
                        "default_acl": "private", "querystring_auth": True,
                        "querystring_expire": SIGNED_URL_SECONDS, "file_overwrite": False},
        }}
        yield ObjectStorage(client=client, bucket=BUCKET, region=REGION)
