"""Documents lose their author metadata, and PDFs everything that runs, before they are stored
(an anonymous reporter was once identified through the /Author of a PDF)."""

import io
import zipfile

import pikepdf
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from jembatan.core import documents, uploads
from jembatan.library import uploads as library_uploads
from jembatan.reports.models import Report
from jembatan.reports.tests.factories import report_form_data
from jembatan.testing.documents import (
    AUTHOR,
    docx_with_author,
    minimal_pdf,
    pdf_with_a_phone_photo,
    pdf_with_author_and_scripts,
)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def all_pdf_bytes(data: bytes) -> bytes:
    """Every object of the PDF decoded, so compressed streams cannot hide what is left."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        parts = [repr(pdf.trailer).encode()]
        for obj in pdf.objects:
            parts.append(repr(obj).encode())
            if isinstance(obj, pikepdf.Stream):
                parts.append(obj.read_bytes())
        return b"\n".join(parts)


def test_the_test_pdf_really_carries_the_author_and_scripts():
    raw = all_pdf_bytes(pdf_with_author_and_scripts())

    for marker in (AUTHOR.encode(), b"/JavaScript", b"/Launch", b"/EmbeddedFiles", b"/XFA",
                   b"laptop-siti", b"/OpenAction"):
        assert marker in raw


def test_a_pdf_loses_info_xmp_scripts_launch_actions_embedded_files_and_xfa():
    cleaned = documents.strip_pdf(pdf_with_author_and_scripts(), "surat.pdf")

    raw = all_pdf_bytes(cleaned)
    for marker in (AUTHOR.encode(), b"/JavaScript", b"/Launch", b"/EmbeddedFiles", b"/XFA",
                   b"laptop-siti", b"Microsoft Word", b"/OpenAction", b"/AA", b"/Metadata",
                   b"identitas.txt", b"/Info"):
        assert marker not in raw, marker
    with pikepdf.open(io.BytesIO(cleaned)) as pdf:
        assert len(pdf.pages) == 1
        assert "/Info" not in pdf.trailer
        links = [annot.get("/A") for annot in pdf.pages[0].obj["/Annots"]]
    # A plain web link is harmless and stays; the launch action is gone.
    assert [str(link.URI) for link in links if link is not None] == ["https://wonosobokab.go.id/"]


def test_a_pdf_keeps_its_page_content():
    cleaned = documents.strip_pdf(minimal_pdf("Jalan rusak di Kreo"), "surat.pdf")

    with pikepdf.open(io.BytesIO(cleaned)) as pdf:
        assert b"Jalan rusak di Kreo" in pdf.pages[0].obj.Contents.read_bytes()


def test_a_photo_inside_a_pdf_loses_its_exif_and_keeps_its_pixels():
    original = pdf_with_a_phone_photo()
    cleaned = documents.strip_pdf(original, "scan.pdf")

    def photo(data):
        with pikepdf.open(io.BytesIO(data)) as pdf:
            image = pdf.pages[0].obj.Resources.XObject.Im0
            return image.read_raw_bytes()

    before, after = photo(original), photo(cleaned)
    assert b"Contoh Kamera" in before
    assert AUTHOR.encode() in before
    assert b"Exif" not in after
    assert b"Contoh Kamera" not in after
    assert AUTHOR.encode() not in after
    with Image.open(io.BytesIO(before)) as a, Image.open(io.BytesIO(after)) as b:
        assert a.tobytes() == b.tobytes()


def test_a_damaged_pdf_is_refused_with_a_clear_message():
    with pytest.raises(ValidationError) as raised:
        uploads.clean_upload(SimpleUploadedFile("rusak.pdf", b"%PDF-1.4\n%%EOF\n"))

    assert raised.value.code == "bad_pdf"
    assert "rusak.pdf" in raised.value.messages[0]


def test_a_password_protected_pdf_is_refused_asking_to_remove_the_password():
    pdf = pikepdf.open(io.BytesIO(minimal_pdf()))
    out = io.BytesIO()
    pdf.save(out, encryption=pikepdf.Encryption(user="rahasia", owner="rahasia"))

    with pytest.raises(ValidationError) as raised:
        uploads.clean_upload(SimpleUploadedFile("terkunci.pdf", out.getvalue()))

    assert raised.value.code == "pdf_password"


def test_a_docx_loses_author_editor_company_custom_properties_and_revision_authors():
    cleaned = documents.strip_office(docx_with_author(), "surat.docx")

    with zipfile.ZipFile(io.BytesIO(cleaned)) as archive:
        everything = b"".join(archive.read(name) for name in archive.namelist())
        document = archive.read("word/document.xml")
    assert AUTHOR.encode() not in everything
    assert b"Kantor Desa Kreo" not in everything
    assert b"Contoh Kamera" not in everything
    assert b"Jalan rusak" in document
    assert b'w:name="awal"' in document  # bookmarks keep their names


def test_an_office_document_with_macros_is_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_with_author())) as source, \
            zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            target.writestr(name, source.read(name))
        target.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0")

    with pytest.raises(ValidationError) as raised:
        documents.strip_office(out.getvalue(), "makro.docx")

    assert raised.value.code == "document_macros"


# --- through the upload surfaces ------------------------------------------------------------------


@pytest.mark.django_db
def test_a_pdf_sent_with_the_report_form_is_stored_without_its_author(client, media_root):
    data = report_form_data(attachments=[SimpleUploadedFile("surat.pdf",
                                                            pdf_with_author_and_scripts())])

    response = client.post(reverse("reports:submit"), data)

    assert response.status_code == 302
    letter = Report.objects.get().attachments.get()
    stored = letter.file.read()
    assert AUTHOR.encode() not in all_pdf_bytes(stored)
    assert b"/JavaScript" not in all_pdf_bytes(stored)
    assert letter.size == len(stored)


@pytest.mark.django_db
def test_the_report_form_refuses_a_pdf_that_cannot_be_cleaned_with_a_400(client, media_root):
    data = report_form_data(attachments=[SimpleUploadedFile("rusak.pdf", b"%PDF-1.7\n%%EOF\n")])

    response = client.post(reverse("reports:submit"), data)

    assert response.status_code == 400
    assert "rusak.pdf" in response.content.decode()
    assert not Report.objects.exists()


def test_a_library_document_is_stored_without_its_author():
    upload = library_uploads.clean_library_upload(
        SimpleUploadedFile("jadwal.docx", docx_with_author()), kind=library_uploads.Kind.DOCUMENT)

    assert upload.content_type == DOCX
    with zipfile.ZipFile(upload.content) as archive:
        assert AUTHOR.encode() not in archive.read("docProps/core.xml")


def test_a_library_infographic_pdf_is_stored_without_its_author():
    upload = library_uploads.clean_library_upload(
        SimpleUploadedFile("info.pdf", pdf_with_author_and_scripts()),
        kind=library_uploads.Kind.INFOGRAPHIC)

    assert AUTHOR.encode() not in all_pdf_bytes(upload.content.read())
