"""A conversation's attachments are downloaded only by staff of its agency, with the same safe
headers as every other file, and are stored under a random name."""

from pathlib import Path

import pytest
from django.urls import reverse

from jembatan.connectors.actions import account_connect
from jembatan.connectors.channels.email.ingest import email_ingest

MAIL = Path(__file__).parent / "mail"


@pytest.fixture
def letter(agency_a):
    account_connect(agency=agency_a, platform="email", external_id="dpupr@wonosobokab.go.id",
                    name="Pengaduan DPUPR", token="rahasia-kotak-surat")
    raw = (MAIL / "multipart_attachments.eml").read_bytes()
    message = email_ingest(raw=raw, agency=agency_a).message
    return message.attachments.get(content_type="application/pdf")


def url(attachment) -> str:
    return reverse("connectors:attachment", args=[attachment.message.conversation_id,
                                                  attachment.pk])


@pytest.mark.django_db
def test_staff_of_the_agency_download_the_pdf_with_safe_headers(letter, officer_a, login):
    response = login(officer_a).get(url(letter))

    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, max-age=3600"
    assert response["Content-Disposition"] == (
        'attachment; filename="Surat Permohonan Desa Kreo.pdf"')
    assert "Surat" not in letter.file.name


@pytest.mark.django_db
def test_staff_of_another_agency_get_404(letter, officer_b, login):
    assert login(officer_b).get(url(letter)).status_code == 404


@pytest.mark.django_db
def test_an_anonymous_visitor_is_sent_to_the_login_page(letter, client):
    response = client.get(url(letter))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.django_db
def test_a_downloaded_file_is_sandboxed_even_if_a_browser_renders_it(letter, officer_a, login):
    response = login(officer_a).get(url(letter))

    assert response["Content-Security-Policy"] == "sandbox"
