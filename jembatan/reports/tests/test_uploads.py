"""Attachments: checked by content, never by name; photos lose every metadata block (an anonymous
reporter was once identified by the GPS position in a photo)."""

import io
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from jembatan.core import uploads
from jembatan.reports.models import Attachment, Report
from jembatan.reports.tests.factories import report_form_data
from jembatan.testing.documents import minimal_pdf

PDF = minimal_pdf()
GPS = {1: "S", 2: (7.0, 21.0, 36.0), 3: "E", 4: (109.0, 54.0, 0.0)}  # Wonosobo


def photo_with_exif(*, size=(32, 24), orientation=None, image_format="JPEG") -> bytes:
    """A photo as a phone takes it: camera make and model and the GPS position in its EXIF."""
    image = Image.new("RGB", size, (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "Contoh Kamera"  # Make
    exif[0x0110] = "Ponsel X1"  # Model
    exif[0x8825] = GPS  # GPSInfo
    if orientation:
        exif[0x0112] = orientation
    out = io.BytesIO()
    image.save(out, format=image_format, exif=exif)
    return out.getvalue()


def upload(data: bytes, name="foto.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def png(size=(4, 4)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (0, 120, 200)).save(out, format="PNG")
    return out.getvalue()


def test_the_test_photo_really_carries_gps_and_camera_data():
    with Image.open(io.BytesIO(photo_with_exif())) as image:
        exif = image.getexif()

    assert exif[0x010F] == "Contoh Kamera"
    assert exif.get_ifd(0x8825)[1] == "S"


def test_a_jpeg_is_stored_without_any_exif():
    clean = uploads.clean_upload(upload(photo_with_exif(), name="jalan rusak.jpg"))

    data = clean.content.read()
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG"
        assert dict(image.getexif()) == {}
        assert image.getexif().get_ifd(0x8825) == {}
        assert "exif" not in image.info
    assert b"Contoh Kamera" not in data
    assert b"Ponsel X1" not in data
    assert clean.content_type == "image/jpeg"
    assert clean.original_name == "jalan rusak.jpg"
    assert clean.content.name == "jalan rusak.jpg"
    assert clean.size == len(data)


@pytest.mark.parametrize("image_format", ["PNG", "WEBP"])
def test_other_photo_formats_lose_their_exif_too(image_format):
    data = photo_with_exif(image_format=image_format)

    clean = uploads.clean_upload(upload(data, name="foto"))

    with Image.open(io.BytesIO(clean.content.read())) as image:
        assert image.format == image_format
        assert dict(image.getexif()) == {}


def test_the_orientation_the_camera_recorded_is_applied_before_the_exif_is_dropped():
    # Orientation 6: the camera was held upright, so the stored photo is turned to portrait.
    clean = uploads.clean_upload(upload(photo_with_exif(size=(32, 24), orientation=6)))

    with Image.open(io.BytesIO(clean.content.read())) as image:
        assert image.size == (24, 32)
        assert dict(image.getexif()) == {}


def test_the_stored_name_follows_the_content_not_the_name_sent():
    clean = uploads.clean_upload(upload(png(), name="bukti.jpg"))

    assert clean.content_type == "image/png"
    assert clean.content.name == "bukti.png"
    assert clean.original_name == "bukti.jpg"


def test_a_text_file_renamed_jpg_is_refused():
    with pytest.raises(ValidationError) as raised:
        uploads.clean_upload(upload(b"Ini bukan foto, hanya teks biasa.\n" * 20))

    assert raised.value.code == "bad_type"
    assert "foto.jpg" in raised.value.messages[0]


def test_a_broken_jpeg_is_refused():
    with pytest.raises(ValidationError) as raised:
        uploads.clean_upload(upload(b"\xff\xd8\xff\xe0" + b"\x00" * 200))

    assert raised.value.code == "bad_image"


def png_with_a_broken_chunk() -> bytes:
    """A PNG whose image data continues in a chunk whose type is not four letters: Pillow
    raises SyntaxError while decoding it."""
    data = png(size=(64, 64))
    start = data.index(b"IDAT") - 4
    length = struct.unpack(">I", data[start:start + 4])[0]
    payload = data[start + 8:start + 8 + length]

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body)))

    half = len(payload) // 2
    return (data[:start] + chunk(b"IDAT", payload[:half])
            + chunk(b"\xd0\x1a\xd0\x1a", payload[half:]) + data[start + 12 + length:])


def test_a_png_with_a_broken_chunk_is_refused_not_a_server_error():
    with pytest.raises(ValidationError) as raised:
        uploads.clean_upload(upload(png_with_a_broken_chunk(), name="peta.png",
                                    content_type="image/png"))

    assert raised.value.code == "bad_image"
    assert "peta.png" in raised.value.messages[0]


def test_a_pdf_is_recognised_by_its_bytes_and_stored_as_a_cleaned_pdf():
    clean = uploads.clean_upload(upload(PDF, name="surat.pdf", content_type="text/plain"))

    assert clean.content_type == "application/pdf"
    assert clean.content.read().startswith(b"%PDF-")
    assert clean.content.name == "surat.pdf"


def test_more_than_five_files_are_refused():
    files = [upload(png(), name=f"foto{n}.png") for n in range(6)]

    with pytest.raises(ValidationError) as raised:
        uploads.clean_uploads(files)

    assert raised.value.code == "too_many"


def test_five_files_are_accepted_and_empty_entries_ignored():
    files = [upload(png(), name=f"foto{n}.png") for n in range(5)]

    assert len(uploads.clean_uploads([*files, None])) == 5


def test_a_file_larger_than_the_limit_is_refused(monkeypatch):
    monkeypatch.setattr(uploads, "MAX_BYTES", 1000)

    with pytest.raises(ValidationError) as raised:
        uploads.clean_upload(upload(PDF + b"%" * 1200, name="besar.pdf"))

    assert raised.value.code == "too_large"


def test_a_file_at_the_limit_is_accepted(monkeypatch):
    monkeypatch.setattr(uploads, "MAX_BYTES", len(PDF))

    assert uploads.clean_upload(upload(PDF, name="pas.pdf")).content_type == "application/pdf"


def test_an_image_with_too_many_pixels_is_refused(monkeypatch):
    monkeypatch.setattr(uploads, "MAX_PIXELS", 100)

    with pytest.raises(ValidationError) as raised:
        uploads.clean_upload(upload(png(size=(20, 20)), name="besar.png"))

    assert raised.value.code == "too_many_pixels"


# --- through the public form ----------------------------------------------------------------------


@pytest.mark.django_db
def test_a_photo_sent_with_the_report_form_is_stored_without_exif(client, media_root):
    data = report_form_data(attachments=[upload(photo_with_exif(), name="lubang.jpg"),
                                         upload(PDF, name="surat.pdf")])

    response = client.post(reverse("reports:submit"), data)

    assert response.status_code == 302
    report = Report.objects.get()
    photo = report.attachments.get(content_type="image/jpeg")
    letter = report.attachments.get(content_type="application/pdf")
    assert (photo.original_name, letter.original_name) == ("lubang.jpg", "surat.pdf")
    assert photo.file.path.startswith(str(media_root))
    with Image.open(photo.file.path) as stored:
        assert dict(stored.getexif()) == {}
        assert stored.getexif().get_ifd(0x8825) == {}
    assert photo.size == photo.file.size
    assert letter.file.read().startswith(b"%PDF-")


@pytest.mark.django_db
def test_the_report_form_refuses_a_text_file_renamed_jpg_and_stores_nothing(client, media_root):
    data = report_form_data(attachments=[upload(b"bukan foto " * 50, name="foto.jpg")])

    response = client.post(reverse("reports:submit"), data)

    assert response.status_code == 400
    assert "foto.jpg" in response.content.decode()
    assert not Report.objects.exists()
    assert not Attachment.objects.exists()
    assert not any(media_root.rglob("*.jpg"))


@pytest.mark.django_db
def test_the_report_form_refuses_six_files(client, media_root):
    files = [upload(png(), name=f"foto{n}.png") for n in range(6)]

    response = client.post(reverse("reports:submit"), report_form_data(attachments=files))

    assert response.status_code == 400
    assert "attachments" in response.context["form"].errors
    assert not Report.objects.exists()


@pytest.mark.django_db
def test_the_report_form_refuses_a_file_over_the_limit(client, media_root, monkeypatch):
    monkeypatch.setattr(uploads, "MAX_BYTES", 1000)
    data = report_form_data(attachments=[upload(PDF + b"%" * 2000, name="besar.pdf")])

    response = client.post(reverse("reports:submit"), data)

    assert response.status_code == 400
    assert "besar.pdf" in response.content.decode()
    assert not Report.objects.exists()
