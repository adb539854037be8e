"""Staff pages under /staf/partisipasi/: allowed and denied per page, and what each does."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse

from jembatan.participation.models import Comment, Consultation, Question
from jembatan.participation.tests.conftest import comment_on, make_consultation

pytestmark = pytest.mark.django_db
Status = Consultation.Status


def url(name, *args):
    return reverse(f"participation:{name}", args=args)


def test_visitor_is_sent_to_login(anonymous):
    response = anonymous.get(url("staff_list"))
    assert response.status_code == 302
    assert "/masuk/" in response["Location"]


def test_citizen_gets_403(login, citizen):
    assert login(citizen).get(url("staff_list")).status_code == 403


def test_list_shows_own_drafts_not_other_agencies_drafts(login, officer_b, agency_a, agency_b):
    make_consultation(agency_a, Status.DRAFT, title="Draf DPUPR")
    make_consultation(agency_b, Status.DRAFT, title="Draf Tirta Aji")
    page = login(officer_b).get(url("staff_list")).content.decode()
    assert "Draf Tirta Aji" in page
    assert "Draf DPUPR" not in page


def test_list_query_count_does_not_grow(login, coordinator, agency_a, agency_b,
                                        django_assert_max_num_queries):
    client = login(coordinator)
    make_consultation(agency_a, Status.OPEN)
    client.get(url("staff_list"))
    for n in range(6):
        consultation = make_consultation(agency_b, Status.DRAFT, title=f"Draf {n}")
        consultation.co_agencies.add(agency_a)
    with django_assert_max_num_queries(12):
        assert client.get(url("staff_list")).status_code == 200


def test_officer_creates_a_consultation(login, officer_a, agency_a):
    response = login(officer_a).post(url("staff_create"), {
        "agency": agency_a.pk, "title": "Rencana Induk Pariwisata Dieng",
        "summary": "Arah pembangunan kawasan Dieng lima tahun ke depan.", "kind": "programme",
        "audience": "verified", "opens_at": "2030-01-10T08:00", "closes_at": "2030-02-10T16:00",
    })
    consultation = Consultation.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url("staff_detail", consultation.pk)
    assert consultation.lead_agency == agency_a


def test_create_for_another_agency_is_refused_on_the_form(login, officer_b, agency_a):
    response = login(officer_b).post(url("staff_create"), {
        "agency": agency_a.pk, "title": "X", "summary": "Y", "kind": "policy",
        "audience": "verified", "opens_at": "2030-01-10T08:00", "closes_at": "2030-02-10T16:00",
    })
    assert response.status_code == 400
    assert not Consultation.objects.exists()


def test_detail_of_another_agency_draft_is_404(login, officer_b, agency_a):
    consultation = make_consultation(agency_a, Status.DRAFT)
    assert login(officer_b).get(url("staff_detail", consultation.pk)).status_code == 404


def test_other_agency_sees_a_published_one_but_may_not_edit(login, officer_b, agency_a):
    consultation = make_consultation(agency_a, Status.SCHEDULED)
    client = login(officer_b)
    assert client.get(url("staff_detail", consultation.pk)).status_code == 200
    assert client.get(url("staff_edit", consultation.pk)).status_code == 403
    assert client.post(url("staff_section_add", consultation.pk),
                       {"title": "Z"}).status_code == 403


def test_sections_questions_reorder_and_publish(login, officer_a, agency_a):
    consultation = make_consultation(agency_a, Status.DRAFT, questions=False)
    client = login(officer_a)
    client.post(url("staff_section_add", consultation.pk), {"title": "Penutup", "body": "…"})
    client.post(url("staff_question_add", consultation.pk), {
        "text": "Prioritas mana yang paling penting?", "kind": "multiple",
        "options": "Jalan desa\nAir bersih\nPosyandu"})
    last = consultation.sections.order_by("position").last()
    client.post(url("staff_section_move", consultation.pk, last.pk), {"direction": "up"})
    titles = list(consultation.sections.order_by("position").values_list("title", flat=True))
    assert titles == ["Ketentuan Umum", "Penutup", "Besaran Tarif"]
    assert Question.objects.get().options.count() == 3
    assert client.get(url("staff_preview", consultation.pk)).status_code == 200
    response = client.post(url("staff_publish", consultation.pk))
    assert response.status_code == 302
    consultation.refresh_from_db()
    assert consultation.status == Status.SCHEDULED


def test_publishing_twice_is_a_conflict(login, officer_a, agency_a):
    consultation = make_consultation(agency_a, Status.SCHEDULED)
    assert login(officer_a).post(url("staff_publish", consultation.pk)).status_code == 409


def test_import_markdown_makes_sections(login, officer_a, agency_a):
    consultation = make_consultation(agency_a, Status.DRAFT)
    document = io.BytesIO(b"# BAB I\n\nKetentuan umum.\n\n# BAB II\n\nTarif.\n")
    document.name = "perbup.md"
    response = login(officer_a).post(url("staff_import", consultation.pk),
                                     {"document": document})
    assert response.status_code == 302
    assert list(consultation.sections.values_list("title", flat=True))[-2:] == ["BAB I",
                                                                                "BAB II"]


def test_import_refuses_other_files(login, officer_a, agency_a):
    consultation = make_consultation(agency_a, Status.DRAFT)
    document = io.BytesIO(b"%PDF-1.4")
    document.name = "perbup.pdf"
    response = login(officer_a).post(url("staff_import", consultation.pk),
                                     {"document": document})
    assert response.status_code == 400


def test_moderation_queue_and_hide(login, officer_a, officer_b, citizen, agency_a):
    consultation = make_consultation(agency_a, Status.OPEN)
    comment = comment_on(consultation, author=citizen, status=Comment.Status.PENDING,
                         body="Isi yang ditahan")
    assert login(officer_b).get(url("staff_moderation", consultation.pk)).status_code == 403
    client = login(officer_a)
    assert "Isi yang ditahan" in client.get(url("staff_moderation", consultation.pk)) \
        .content.decode()
    client.post(url("staff_moderate", consultation.pk, comment.pk),
                {"decision": "hide", "reason": "Kata kasar."})
    comment.refresh_from_db()
    assert comment.status == Comment.Status.HIDDEN
    client.post(url("staff_moderate", consultation.pk, comment.pk), {"decision": "restore"})
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PUBLISHED


def test_answering_page_and_publishing(login, officer_a, officer_b, citizen, agency_a):
    consultation = make_consultation(agency_a, Status.CLOSED)
    comment = comment_on(consultation, author=citizen)
    assert login(officer_b).get(url("staff_answers", consultation.pk)).status_code == 403
    client = login(officer_a)
    assert client.get(url("staff_answers", consultation.pk)).status_code == 200
    client.post(url("staff_answers", consultation.pk), {
        "title": "Tarif", "answer_status": "partly", "answer": "Diturunkan untuk UMKM.",
        "comments": [comment.pk]})
    client.post(url("staff_comment_answer", consultation.pk, comment.pk),
                {"answer_status": "accepted", "answer": "Masuk Pasal 5."})
    response = client.post(url("staff_answer_publish", consultation.pk),
                           {"summary": "Terima kasih."})
    assert response["Location"] == url("answers", consultation.pk)
    consultation.refresh_from_db()
    assert consultation.status == Status.ANSWERED


def test_close_and_withdraw(login, officer_a, agency_a):
    consultation = make_consultation(agency_a, Status.OPEN)
    client = login(officer_a)
    client.post(url("staff_close", consultation.pk))
    client.post(url("staff_withdraw", consultation.pk), {"reason": "Menunggu revisi Perda."})
    consultation.refresh_from_db()
    assert consultation.status == Status.WITHDRAWN
