"""Files attached to a consultation: uploaded by the lead agency while it can be changed,
listed on the public page with type and size, served to the public only once published."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from jembatan.core.models import AuditEntry
from jembatan.participation.demo.documents import table_docx, text_pdf
from jembatan.participation.models import Consultation, ConsultationAttachment
from jembatan.participation.tests.conftest import make_consultation

pytestmark = pytest.mark.django_db
Status = Consultation.Status


def _pdf() -> SimpleUploadedFile:
    return SimpleUploadedFile("naskah.pdf", text_pdf("Rancangan Perbup", ["Pasal 1\nIsi."]),
                              content_type="application/pdf")


def _attach(client, consultation, upload=None, title="Naskah lengkap"):
    return client.post(reverse("participation:staff_attachment_add", args=[consultation.pk]),
                       {"title": title, "file": upload or _pdf()})


def test_lead_agency_attaches_a_pdf_to_a_draft(login, officer_a, agency_a):
    consultation = make_consultation(agency_a, Status.DRAFT)
    response = _attach(login(officer_a), consultation)

    assert response.status_code == 302
    attachment = ConsultationAttachment.objects.get()
    assert (attachment.title, attachment.content_type) == ("Naskah lengkap", "application/pdf")
    assert attachment.size > 0
    assert AuditEntry.objects.filter(action="consultation_attachment_add").exists()


def test_a_word_table_is_accepted_and_a_text_file_refused(login, officer_a, agency_a):
    consultation = make_consultation(agency_a, Status.DRAFT)
    client = login(officer_a)
    _attach(client, consultation, SimpleUploadedFile("tarif.docx", table_docx(
        "Tarif", [["Golongan", "Tarif"], ["Rumah tangga", "Rp5.000"]])), title="Tarif")
    _attach(client, consultation, SimpleUploadedFile("catatan.txt", b"hanya teks biasa"))

    assert list(ConsultationAttachment.objects.values_list("title", flat=True)) == ["Tarif"]


def test_other_agency_cannot_attach(login, officer_b, agency_a):
    consultation = make_consultation(agency_a, Status.DRAFT)
    assert _attach(login(officer_b), consultation).status_code == 404
    assert not ConsultationAttachment.objects.exists()


def test_open_consultation_takes_no_new_files(login, officer_a, agency_a):
    consultation = make_consultation(agency_a, Status.OPEN)
    assert _attach(login(officer_a), consultation).status_code == 409


def test_public_page_lists_the_file_and_serves_it(login, officer_a, agency_a, client):
    consultation = make_consultation(agency_a, Status.SCHEDULED)
    _attach(login(officer_a), consultation)
    attachment = ConsultationAttachment.objects.get()

    page = client.get(consultation.get_absolute_url()).content.decode()
    assert "Naskah lengkap" in page
    assert "PDF" in page
    response = client.get(attachment.get_absolute_url())
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


@pytest.mark.parametrize("status", [Status.DRAFT, Status.WITHDRAWN])
def test_files_of_a_draft_or_withdrawn_consultation_are_for_staff_only(
        login, officer_a, officer_b, agency_a, client, status):
    consultation = make_consultation(agency_a, Status.DRAFT)
    _attach(login(officer_a), consultation)
    Consultation.objects.filter(pk=consultation.pk).update(status=status)
    attachment = ConsultationAttachment.objects.get()

    assert client.get(attachment.get_absolute_url()).status_code == 404
    assert login(officer_b).get(attachment.get_absolute_url()).status_code == 404
    assert login(officer_a).get(attachment.get_absolute_url()).status_code == 200


def test_lead_agency_removes_a_file_before_opening(login, officer_a, agency_a):
    consultation = make_consultation(agency_a, Status.DRAFT)
    client = login(officer_a)
    _attach(client, consultation)
    attachment = ConsultationAttachment.objects.get()
    client.post(reverse("participation:staff_attachment_remove",
                        args=[consultation.pk, attachment.pk]))

    assert not ConsultationAttachment.objects.exists()
    assert AuditEntry.objects.filter(action="consultation_attachment_remove").exists()
