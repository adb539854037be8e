"""Report attachments on S3-compatible object storage (several web servers): stored privately
under random names, read back only through the access-checked view. The object store is outside
the project, so moto stands in for it (`s3`, jembatan.testing.object_storage)."""

import pytest
import requests
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from jembatan.core.uploads import clean_upload
from jembatan.reports import actions
from jembatan.reports.models import Kind, Privacy
from jembatan.reports.tests.factories import REPORTER_EMAIL, REPORTER_NAME, staff
from jembatan.testing.documents import AUTHOR, pdf_with_author_and_scripts

pytestmark = pytest.mark.django_db


@pytest.fixture
def rahasia(s3, coordinator, agency_a, jurisdiction):
    letter = clean_upload(SimpleUploadedFile("bukti pungli.pdf", pdf_with_author_and_scripts()))
    report, key, _created = actions.report_submit(
        kind=Kind.PENGADUAN, title="Dugaan pungli izin usaha", body="Diminta uang pelicin.",
        privacy=Privacy.RAHASIA, reporter_name=REPORTER_NAME, reporter_email=REPORTER_EMAIL,
        attachments=[letter],
    )
    report = actions.report_dispose(report=report, actor=staff(coordinator), agency=agency_a)
    report.access_key = key
    return report


def attachment_url(report) -> str:
    return reverse("reports:attachment", kwargs={"code": report.tracking_code,
                                                 "pk": report.attachments.get().pk})


def as_reporter(report) -> Client:
    client = Client()
    response = client.post(reverse("reports:track"), {"tracking_code": report.tracking_code,
                                                      "access_key": report.access_key})
    assert response.status_code == 302
    return client


def test_an_attachment_is_stored_privately_under_a_random_name(s3, rahasia):
    [stored] = s3.client.list_objects_v2(Bucket=s3.bucket)["Contents"]

    assert stored["Key"] == rahasia.attachments.get().file.name
    assert "bukti" not in stored["Key"]
    grants = s3.client.get_object_acl(Bucket=s3.bucket, Key=stored["Key"])["Grants"]
    assert [grant["Permission"] for grant in grants] == ["FULL_CONTROL"]  # the owner alone
    body = s3.client.get_object(Bucket=s3.bucket, Key=stored["Key"])["Body"].read()
    assert AUTHOR.encode() not in body


def test_the_object_cannot_be_fetched_without_a_signature(s3, rahasia):
    key = rahasia.attachments.get().file.name

    response = requests.get(f"https://{s3.bucket}.s3.{s3.region}.amazonaws.com/{key}",
                            timeout=5)

    assert response.status_code == 403


def test_the_reporter_reads_the_attachment_back_through_the_view(s3, rahasia, settings):
    settings.PRIVATE_FILES_SERVER = "django"

    response = as_reporter(rahasia).get(attachment_url(rahasia))

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == rahasia.attachments.get().file.read()
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"] == 'attachment; filename="bukti pungli.pdf"'


def test_an_outsider_gets_404_and_no_link_to_the_object(s3, rahasia, settings, client):
    settings.PRIVATE_FILES_SERVER = "presigned"

    response = client.get(attachment_url(rahasia))

    assert response.status_code == 404
    assert "Location" not in response


def test_with_presigned_urls_the_reporter_is_sent_to_a_link_valid_for_a_minute(
        s3, rahasia, settings):
    settings.PRIVATE_FILES_SERVER = "presigned"

    response = as_reporter(rahasia).get(attachment_url(rahasia))

    assert response.status_code == 302
    location = response["Location"]
    assert "X-Amz-Expires=60" in location
    assert "X-Amz-Signature=" in location
    assert response["Cache-Control"] == "private, no-store"
    fetched = requests.get(location, timeout=5)
    assert fetched.status_code == 200
    assert fetched.content == rahasia.attachments.get().file.read()
    assert fetched.headers["Content-Disposition"] == 'attachment; filename="bukti pungli.pdf"'
