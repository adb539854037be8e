"""Uploads: stored under random names, never served from the media root, handed out by one
helper with the same safe headers whichever server sends the bytes."""

import re

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.db.models.fields.files import FieldFile, FileField
from django.test import Client
from django.urls import reverse

from jembatan.core.files import RandomName, serve_bytes, serve_file
from jembatan.core.models import Jurisdiction

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00"
       b"\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe"
       b"\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82")


@pytest.fixture
def stored(media_root):
    def make(data: bytes, name: str) -> FieldFile:
        storage = FileSystemStorage(location=media_root)
        saved = storage.save(RandomName("reports")(None, name), ContentFile(data))
        field = FileField(storage=storage)
        field.name = "file"
        return FieldFile(None, field, saved)

    return make


def test_a_stored_name_is_random_and_keeps_only_the_extension():
    names = {RandomName("reports")(None, "gps rumah saya.JPG") for _ in range(50)}

    assert len(names) == 50
    for name in names:
        assert re.fullmatch(r"reports/\d{4}/\d{2}/[0-9a-f]{32}\.jpg", name)
        assert "gps" not in name


def test_an_odd_extension_is_dropped_rather_than_kept():
    name = RandomName("forum")(None, "surat.pdf<script>")

    assert re.fullmatch(r"forum/\d{4}/\d{2}/[0-9a-f]{32}", name)


def test_a_pdf_is_downloaded_with_nosniff_and_private_caching(stored, settings):
    settings.PRIVATE_FILES_SERVER = "django"

    response = serve_file(stored(b"%PDF-1.7", "x.pdf"), content_type="application/pdf",
                          filename="Surat Desa Kreo.pdf")

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.7"
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="Surat Desa Kreo.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, max-age=3600"
    assert response["Content-Security-Policy"] == "sandbox"


def test_bytes_from_the_database_are_downloaded_with_nosniff_and_never_cached():
    response = serve_bytes(b"From: x@example.org\r\n\r\n<script>", filename="email-7.eml",
                           content_type="message/rfc822")

    assert response.content == b"From: x@example.org\r\n\r\n<script>"
    assert response["Content-Type"] == "message/rfc822"
    assert response["Content-Disposition"] == 'attachment; filename="email-7.eml"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-store"
    assert response["Content-Security-Policy"] == "sandbox"


def test_a_photo_is_shown_inline(stored, settings):
    settings.PRIVATE_FILES_SERVER = "django"

    response = serve_file(stored(PNG, "x.png"), content_type="image/png", filename="foto.png")

    assert response["Content-Disposition"] == 'inline; filename="foto.png"'
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("declared", ["image/svg+xml", "text/html", ""])
def test_a_file_claiming_a_type_a_browser_would_run_is_downloaded(stored, settings, declared):
    settings.PRIVATE_FILES_SERVER = "django"

    response = serve_file(stored(b"<svg onload=alert(1)>", "x.svg"), content_type=declared,
                          filename="gambar.svg", inline=True)

    assert response["Content-Disposition"].startswith("attachment;")


def test_a_file_name_with_quotes_and_non_ascii_letters_is_encoded_safely(stored, settings):
    settings.PRIVATE_FILES_SERVER = "django"

    response = serve_file(stored(b"%PDF-1.7", "x.pdf"), content_type="application/pdf",
                          filename='Surat "penting"\r\nSet-Cookie: x.pdf')

    assert "\n" not in response["Content-Disposition"]
    assert response["Content-Disposition"].startswith("attachment; filename*=utf-8''")


def test_nginx_gets_an_internal_redirect_and_no_body(stored, settings):
    settings.PRIVATE_FILES_SERVER = "nginx"
    settings.PRIVATE_FILES_INTERNAL_URL = "/_protected/"
    file = stored(b"%PDF-1.7", "x.pdf")

    response = serve_file(file, content_type="application/pdf", filename="surat.pdf")

    assert response["X-Accel-Redirect"] == f"/_protected/{file.name}"
    assert response.content == b""
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"] == 'attachment; filename="surat.pdf"'


def test_apache_gets_the_file_path_in_x_sendfile(stored, settings):
    settings.PRIVATE_FILES_SERVER = "apache"
    file = stored(b"%PDF-1.7", "x.pdf")

    response = serve_file(file, content_type="application/pdf", filename="surat.pdf")

    assert response["X-Sendfile"] == file.path
    assert response.content == b""
    assert response["Cache-Control"] == "private, max-age=3600"


@pytest.mark.django_db
def test_the_media_root_is_not_served(client, stored):
    file = stored(b"%PDF-1.7", "x.pdf")

    assert client.get(f"/media/{file.name}").status_code == 404


@pytest.mark.django_db
@pytest.mark.without_jurisdiction
def test_the_logo_is_served_publicly_through_its_view():
    jurisdiction = Jurisdiction.objects.create(name="Kabupaten Wonosobo", code="wsb",
                                               region_code="33.07")
    jurisdiction.logo.save("logo-wonosobo.png", ContentFile(PNG))
    assert "logo-wonosobo" not in jurisdiction.logo.name

    response = Client().get(reverse("jurisdiction_logo"))

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_no_logo_is_a_404(client):
    assert client.get(reverse("jurisdiction_logo")).status_code == 404
