"""Every staff page, as a table: who gets it (200), who is refused (403), who may not even see
the consultation (404), and where a visitor is sent (the login page)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from jembatan.participation.models import Consultation
from jembatan.participation.tests.conftest import comment_on, make_consultation

pytestmark = pytest.mark.django_db
Status = Consultation.Status

# page, the consultation's state, and the answer per person. officer_a works for the lead
# agency; officer_b for another one; the citizen has no staff role.
PAGES = [
    ("staff_detail", Status.DRAFT, {"coordinator": 200, "officer_a": 200, "officer_b": 404,
                                    "citizen": 403}),
    ("staff_detail", Status.OPEN, {"coordinator": 200, "officer_a": 200, "officer_b": 200,
                                   "citizen": 403}),
    ("staff_edit", Status.DRAFT, {"coordinator": 200, "officer_a": 200, "officer_b": 404,
                                  "citizen": 403}),
    ("staff_edit", Status.SCHEDULED, {"coordinator": 200, "officer_a": 200, "officer_b": 403,
                                      "citizen": 403}),
    ("staff_import", Status.DRAFT, {"coordinator": 200, "officer_a": 200, "officer_b": 404,
                                    "citizen": 403}),
    ("staff_preview", Status.DRAFT, {"coordinator": 200, "officer_a": 200, "officer_b": 404,
                                     "citizen": 403}),
    ("staff_moderation", Status.OPEN, {"coordinator": 200, "officer_a": 200,
                                       "officer_b": 403, "citizen": 403}),
    ("staff_answers", Status.CLOSED, {"coordinator": 200, "officer_a": 200, "officer_b": 403,
                                      "citizen": 403}),
]
ROWS = [(page, status, who, code) for page, status, answers in PAGES
        for who, code in answers.items()]


@pytest.mark.parametrize(("page", "status", "who", "code"), ROWS)
def test_staff_page_answers(request, login, agency_a, page, status, who, code):
    consultation = make_consultation(agency_a, status)
    client = login(request.getfixturevalue(who))
    response = client.get(reverse(f"participation:{page}", args=[consultation.pk]))
    assert response.status_code == code


@pytest.mark.parametrize("page", sorted({page for page, _status, _answers in PAGES}))
def test_visitor_is_sent_to_login_from_every_staff_page(anonymous, agency_a, page):
    consultation = make_consultation(agency_a, Status.OPEN)
    response = anonymous.get(reverse(f"participation:{page}", args=[consultation.pk]))
    assert response.status_code == 302
    assert "/masuk/" in response["Location"]


def test_section_edit_allowed_and_denied(login, officer_a, officer_b, agency_a):
    consultation = make_consultation(agency_a, Status.SCHEDULED)
    section = consultation.sections.first()
    path = reverse("participation:staff_section_edit", args=[consultation.pk, section.pk])
    assert login(officer_b).get(path).status_code == 403
    assert login(officer_a).post(path, {"title": "Ketentuan Umum (revisi)",
                                        "body": "Pasal 1."}).status_code == 302
    section.refresh_from_db()
    assert section.title == "Ketentuan Umum (revisi)"


def test_section_of_another_consultation_is_404(login, officer_a, agency_a):
    first = make_consultation(agency_a, Status.DRAFT)
    second = make_consultation(agency_a, Status.DRAFT)
    path = reverse("participation:staff_section_edit",
                   args=[first.pk, second.sections.first().pk])
    assert login(officer_a).get(path).status_code == 404


def test_other_agency_may_not_moderate_by_post(login, officer_b, citizen, agency_a):
    consultation = make_consultation(agency_a, Status.OPEN)
    comment = comment_on(consultation, author=citizen)
    response = login(officer_b).post(
        reverse("participation:staff_moderate", args=[consultation.pk, comment.pk]),
        {"decision": "hide", "reason": "x"})
    assert response.status_code == 403


@pytest.mark.parametrize("page", ["detail", "results", "answers", "questions"])
def test_public_pages_hide_drafts_and_show_published(anonymous, agency_a, page):
    draft = make_consultation(agency_a, Status.DRAFT)
    published = make_consultation(agency_a, Status.OPEN)
    assert anonymous.get(reverse(f"participation:{page}", args=[draft.pk])).status_code == 404
    assert anonymous.get(reverse(f"participation:{page}",
                                 args=[published.pk])).status_code == 200


def test_withdrawn_consultation_keeps_its_page_with_the_reason(anonymous, agency_a,
                                                               officer_a):
    from jembatan.participation import actions

    consultation = make_consultation(agency_a, Status.OPEN)
    actions.consultation_withdraw(consultation=consultation, actor=officer_a,
                                  reason="Dibahas ulang bersama paguyuban.")
    page = anonymous.get(consultation.get_absolute_url()).content.decode()
    assert "Dibahas ulang bersama paguyuban." in page
