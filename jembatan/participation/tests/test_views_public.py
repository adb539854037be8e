"""Public pages under /partisipasi/: reading, confirming an email, taking part, results."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from jembatan.participation.models import Comment, Consultation, Participant, Response
from jembatan.participation.tests.conftest import comment_on, make_consultation

pytestmark = pytest.mark.django_db
Status = Consultation.Status


def url(name, *args):
    return reverse(f"participation:{name}", args=args)


def test_list_shows_published_consultations_only(anonymous, agency_a):
    make_consultation(agency_a, Status.DRAFT, title="Draf rahasia")
    make_consultation(agency_a, Status.WITHDRAWN, title="Ditarik")
    make_consultation(agency_a, Status.OPEN, title="Retribusi sampah")
    page = anonymous.get(url("list")).content.decode()
    assert "Retribusi sampah" in page
    assert "Draf rahasia" not in page
    assert "Ditarik" not in page


def test_list_query_count_does_not_grow(anonymous, agency_a, django_assert_max_num_queries):
    make_consultation(agency_a, Status.OPEN)
    anonymous.get(url("list"))
    for n in range(8):
        make_consultation(agency_a, Status.CLOSED, title=f"Konsultasi {n}")
    cache.clear()  # the build of the page is counted, not its kept copy (core.public_cache)
    with django_assert_max_num_queries(8):
        assert anonymous.get(url("list")).status_code == 200


def test_detail_query_count_does_not_grow_with_comments(anonymous, agency_a, citizen,
                                                       django_assert_max_num_queries):
    consultation = make_consultation(agency_a, Status.OPEN)
    anonymous.get(url("detail", consultation.pk))
    section = consultation.sections.first()
    for n in range(10):
        parent = comment_on(consultation, author=citizen, body=f"Komentar {n}", section=section)
        Comment.objects.create(consultation=consultation, parent=parent, section=section,
                               author=citizen, display_name="Suparno", body="Setuju")
    cache.clear()
    with django_assert_max_num_queries(14):
        assert anonymous.get(url("detail", consultation.pk)).status_code == 200


def test_draft_is_404_for_the_public(anonymous, agency_a):
    consultation = make_consultation(agency_a, Status.DRAFT)
    assert anonymous.get(url("detail", consultation.pk)).status_code == 404


def test_personal_data_in_a_comment_is_masked_and_hidden_shows_the_reason(anonymous, agency_a,
                                                                          citizen):
    consultation = make_consultation(agency_a, Status.OPEN)
    comment_on(consultation, author=citizen, body="Hubungi saya di 081234567890 ya")
    hidden = comment_on(consultation, author=citizen, body="Kata-kata kasar sekali")
    hidden.status, hidden.hidden_reason = Comment.Status.HIDDEN, "Melanggar etika."
    hidden.save()
    comment_on(consultation, author=citizen, body="Masih ditahan", status=Comment.Status.PENDING)
    page = anonymous.get(url("detail", consultation.pk)).content.decode()
    assert "081234567890" not in page
    assert "Melanggar etika." in page
    assert "Kata-kata kasar sekali" not in page
    assert "Masih ditahan" not in page


def _confirm(client: Client, email="warga@example.com", name="Warga Sapuran", back="/"):
    client.post(url("confirm") + f"?next={back}", {"email": email, "display_name": name})
    code = re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)
    return client.post(url("confirm") + f"?next={back}", {"code": code})


def test_without_account_a_comment_waits_for_email_confirmation(agency_a):
    consultation = make_consultation(agency_a, Status.OPEN)
    client = Client()
    response = client.post(url("comment", consultation.pk), {"body": "Usul saya"})
    assert response.status_code == 302
    assert response["Location"].startswith(url("confirm"))
    response = _confirm(client, back=consultation.get_absolute_url())
    assert response["Location"] == consultation.get_absolute_url()
    assert "warga@example.com" not in mail.outbox[-1].subject
    section = consultation.sections.first()
    client.post(url("comment", consultation.pk), {"body": "Usul saya", "section": section.pk})
    comment = Comment.objects.get()
    assert (comment.display_name, comment.section) == ("Warga Sapuran", section)
    page = client.get(url("detail", consultation.pk)).content.decode()
    assert "warga@example.com" not in page
    assert Participant.objects.get().contact_hash != "warga@example.com"


def test_wrong_code_is_refused(agency_a):
    client = Client()
    client.post(url("confirm"), {"email": "warga@example.com", "display_name": "Warga"})
    response = client.post(url("confirm"), {"code": "000000" if "000000" not in
                                             mail.outbox[-1].body else "111111"})
    assert response.status_code == 400
    assert not Participant.objects.exists()


def test_code_requests_are_rate_limited(agency_a):
    client = Client()
    for n in range(12):
        client.post(url("confirm"), {"email": f"w{n}@example.com", "display_name": "W"})
        client.post(url("confirm"), {"restart": "1"})
    assert len(mail.outbox) <= 10


def test_accounts_only_consultation_sends_visitors_to_login(anonymous, agency_a):
    consultation = make_consultation(agency_a, Status.OPEN,
                                     audience=Consultation.Audience.ACCOUNTS)
    response = anonymous.post(url("comment", consultation.pk), {"body": "Usul"})
    assert "/masuk/" in response["Location"]


def test_citizen_comments_supports_and_flags(login, citizen, officer_b, agency_a):
    consultation = make_consultation(agency_a, Status.OPEN)
    other = comment_on(consultation, author=officer_b, body="Komentar lain")
    client = login(citizen)
    client.post(url("comment", consultation.pk), {"body": "Tarif usaha terlalu tinggi"})
    client.post(url("support", other.pk))
    client.post(url("support", other.pk))
    assert client.get(url("flag", other.pk)).status_code == 200
    client.post(url("flag", other.pk), {"reason": "spam"})
    other.refresh_from_db()
    assert (other.support_count, other.flag_count) == (1, 1)
    assert Comment.objects.filter(author=citizen).count() == 1


def test_comment_on_a_closed_consultation_is_a_conflict(login, citizen, agency_a):
    consultation = make_consultation(agency_a, Status.CLOSED)
    response = login(citizen).post(url("comment", consultation.pk), {"body": "Terlambat"})
    assert response.status_code == 409


def test_questions_once_then_results_with_a_chart(login, citizen, agency_a):
    consultation = make_consultation(agency_a, Status.OPEN)
    single, scale = consultation.questions.all()
    client = login(citizen)
    data = {f"q{single.pk}": single.options.first().pk, f"q{scale.pk}": 4}
    response = client.post(url("questions", consultation.pk), data)
    assert response["Location"] == url("results", consultation.pk)
    client.post(url("questions", consultation.pk), data)
    assert Response.objects.count() == 1
    page = Client().get(url("results", consultation.pk)).content.decode()
    assert "<svg" in page
    assert "Setuju" in page
    assert "4,0" in page or "4.0" in page


def test_answers_page_shows_official_answers_once_answered(anonymous, agency_a, citizen):
    consultation = make_consultation(agency_a, Status.ANSWERED)
    consultation.answer_summary = "Ringkasan tindak lanjut."
    consultation.save()
    theme = consultation.themes.create(title="Tarif UMKM", answer_status="accepted",
                                       answer="Tarif UMKM diturunkan menjadi Rp10.000.")
    comment = comment_on(consultation, author=citizen)
    comment.theme = theme
    comment.save()
    page = anonymous.get(url("answers", consultation.pk)).content.decode()
    assert "Tarif UMKM diturunkan" in page
    assert "Ringkasan tindak lanjut." in page


def test_export_is_defused_and_without_contact(anonymous, agency_a, citizen):
    consultation = make_consultation(agency_a, Status.OPEN)
    comment_on(consultation, author=citizen, body="=HYPERLINK(\"http://x\") email a@b.co.id")
    csv = anonymous.get(url("export", consultation.pk, "csv")).content.decode("utf-8-sig")
    assert "'=HYPERLINK" in csv
    assert "a@b.co.id" not in csv
    xlsx = anonymous.get(url("export", consultation.pk, "xlsx"))
    assert xlsx.status_code == 200
    from io import BytesIO

    from openpyxl import load_workbook

    sheet = load_workbook(BytesIO(xlsx.content)).active
    assert sheet.cell(row=2, column=4).value.startswith("'=")
    assert "Suparno" not in csv
    assert anonymous.get(url("export", consultation.pk, "pdf")).status_code == 404


def test_export_of_the_answers_to_the_questions(login, citizen, anonymous, agency_a):
    consultation = make_consultation(agency_a, Status.OPEN)
    single, scale = consultation.questions.all()
    login(citizen).post(url("questions", consultation.pk),
                        {f"q{single.pk}": single.options.last().pk, f"q{scale.pk}": 2})
    csv = anonymous.get(url("export", consultation.pk, "csv") + "?isi=jawaban").content \
        .decode("utf-8-sig")
    assert "Tidak setuju" in csv
    assert ",2" in csv
    assert citizen.full_name not in csv


def test_a_second_code_within_a_minute_is_refused(agency_a):
    client = Client()
    client.post(url("confirm"), {"email": "warga@example.com", "display_name": "Warga"})
    client.post(url("confirm"), {"restart": "1"})
    client.post(url("confirm"), {"email": "warga@example.com", "display_name": "Warga"})
    assert len(mail.outbox) == 1


def test_support_with_htmx_replaces_only_the_button(login, citizen, officer_b, agency_a):
    consultation = make_consultation(agency_a, Status.OPEN)
    other = comment_on(consultation, author=officer_b)
    response = login(citizen).post(url("support", other.pk), headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert "(1 " in response.content.decode()
    assert "<html" not in response.content.decode()


def test_support_with_htmx_without_contributor_redirects_to_confirm(agency_a, officer_b):
    consultation = make_consultation(agency_a, Status.OPEN)
    other = comment_on(consultation, author=officer_b)
    response = Client().post(url("support", other.pk), headers={"HX-Request": "true"})
    assert response["HX-Redirect"].startswith(url("confirm"))
