"""The consultations API contract: lists, detail, comments, flags, responses and results."""

from __future__ import annotations

import pytest

from jembatan.participation.models import Comment, Consultation
from jembatan.participation.tests.conftest import comment_on, make_consultation

pytestmark = pytest.mark.django_db
Status = Consultation.Status
BASE = "/api/v1/consultations"


@pytest.fixture
def citizen_token(token_for, citizen):
    return token_for(citizen)


def test_public_list_hides_drafts_and_withdrawn_newest_first(api, agency_a):
    make_consultation(agency_a, Status.DRAFT, title="Draf")
    make_consultation(agency_a, Status.WITHDRAWN, title="Ditarik")
    closed = make_consultation(agency_a, Status.CLOSED, title="Lama")
    opened = make_consultation(agency_a, Status.OPEN, title="Baru")
    response = api.get(BASE)
    assert response.status_code == 200
    items = response.json()
    assert [i["id"] for i in items] == sorted([opened.pk, closed.pk], reverse=True) or \
        [i["title"] for i in items] == ["Baru", "Lama"]
    assert set(items[0]) >= {"id", "title", "agency", "status", "opens_at", "closes_at",
                             "comment_count"}
    assert [i["id"] for i in api.get(BASE, status="closed").json()] == [closed.pk]


def test_staff_see_their_agency_drafts_only(api, agency_a, agency_b, token_for, officer_a):
    mine = make_consultation(agency_a, Status.DRAFT)
    make_consultation(agency_b, Status.DRAFT)
    ids = [i["id"] for i in api.get(BASE, token=token_for(officer_a)).json()]
    assert ids == [mine.pk]


def test_unknown_status_is_400(api):
    response = api.get(BASE, status="rahasia")
    assert response.status_code == 400
    assert set(response.json()) >= {"code", "message"}


def test_detail_has_sections_and_questions(api, agency_a):
    consultation = make_consultation(agency_a, Status.OPEN)
    data = api.get(f"{BASE}/{consultation.pk}").json()
    assert [s["title"] for s in data["sections"]] == ["Ketentuan Umum", "Besaran Tarif"]
    assert set(data["sections"][0]) == {"id", "title", "body", "comment_count"}
    assert [q["kind"] for q in data["questions"]] == ["single", "scale"]
    assert [o["text"] for o in data["questions"][0]["options"]] == ["Setuju", "Tidak setuju"]


def test_draft_detail_is_404_for_the_public(api, agency_a):
    consultation = make_consultation(agency_a, Status.DRAFT)
    assert api.get(f"{BASE}/{consultation.pk}").status_code == 404


def test_comments_are_masked_without_contact_and_filter_by_section(api, agency_a, citizen):
    consultation = make_consultation(agency_a, Status.OPEN)
    section = consultation.sections.first()
    comment_on(consultation, author=citizen, body="Telepon saya 081234567890", section=section)
    comment_on(consultation, author=citizen, body="Umum")
    comment_on(consultation, author=citizen, body="Ditahan", status=Comment.Status.PENDING)
    items = api.get(f"{BASE}/{consultation.pk}/comments").json()
    assert [i["body"] for i in items][1].startswith("Telepon saya [")
    assert len(items) == 2
    assert set(items[0]) == {"id", "section", "body", "author", "supports", "created_at",
                             "official_answer"}
    assert citizen.email not in str(items)
    only = api.get(f"{BASE}/{consultation.pk}/comments", section=section.pk).json()
    assert [i["section"] for i in only] == [section.pk]


def test_post_comment_needs_a_token(api, agency_a):
    consultation = make_consultation(agency_a, Status.OPEN)
    response = api.post(f"{BASE}/{consultation.pk}/comments", {"body": "Halo"})
    assert response.status_code == 401


def test_post_comment_published_or_pending(api, agency_a, citizen_token):
    consultation = make_consultation(agency_a, Status.OPEN)
    section = consultation.sections.first()
    response = api.post(f"{BASE}/{consultation.pk}/comments",
                        {"section": section.pk, "body": "Tarif wajar"}, token=citizen_token)
    assert response.status_code == 201
    assert response.json()["status"] == "published"
    held = api.post(f"{BASE}/{consultation.pk}/comments",
                    {"section": None, "body": "Dasar tolol"}, token=citizen_token)
    assert held.json()["status"] == "pending"


def test_post_comment_when_not_open_is_409(api, agency_a, citizen_token):
    consultation = make_consultation(agency_a, Status.CLOSED)
    response = api.post(f"{BASE}/{consultation.pk}/comments", {"body": "Telat"},
                        token=citizen_token)
    assert response.status_code == 409
    assert response.json()["code"] == "conflict"


def test_flags_once_per_person_and_threshold_removes_comment(api, agency_a, officer_b,
                                                             token_for, citizen_token,
                                                             settings):
    from jembatan.core.tests.factories import UserFactory

    settings.PARTICIPATION_FLAG_THRESHOLD = 3
    consultation = make_consultation(agency_a, Status.OPEN)
    comment = comment_on(consultation, author=officer_b, body="Iklan pinjol")
    path = f"/api/v1/comments/{comment.pk}/flags"
    assert api.post(path, {"reason": "spam"}, token=citizen_token).status_code == 201
    assert api.post(path, {"reason": "spam"}, token=citizen_token).status_code == 409
    for name in ("warga2", "warga3"):
        token = token_for(UserFactory(username=name))
        assert api.post(path, {"reason": "Ini iklan"}, token=token).status_code == 201
    ids = [i["id"] for i in api.get(f"{BASE}/{consultation.pk}/comments").json()]
    assert comment.pk not in ids


def test_flag_without_token_is_401(api, agency_a, officer_b):
    comment = comment_on(make_consultation(agency_a, Status.OPEN), author=officer_b)
    assert api.post(f"/api/v1/comments/{comment.pk}/flags", {"reason": "spam"}).status_code \
        == 401


def test_responses_once_and_results(api, agency_a, citizen_token):
    consultation = make_consultation(agency_a, Status.OPEN)
    single, scale = consultation.questions.all()
    agree = single.options.first()
    body = {"answers": [{"question": single.pk, "options": [agree.pk]},
                        {"question": scale.pk, "value": 5}]}
    path = f"{BASE}/{consultation.pk}/responses"
    assert api.post(path, body).status_code == 401
    assert api.post(path, body, token=citizen_token).status_code == 201
    assert api.post(path, body, token=citizen_token).status_code == 409
    results = api.get(f"{BASE}/{consultation.pk}/results").json()
    first, second = results["questions"]
    assert {c["option"]: c["count"] for c in first["counts"]}[agree.pk] == 1
    assert second["mean"] == 5.0
    assert {c["value"]: c["count"] for c in second["counts"]}[5] == 1


def test_invalid_answer_is_400(api, agency_a, citizen_token):
    consultation = make_consultation(agency_a, Status.OPEN)
    scale = consultation.questions.last()
    response = api.post(f"{BASE}/{consultation.pk}/responses",
                        {"answers": [{"question": scale.pk + 1000, "value": 3}]},
                        token=citizen_token)
    assert response.status_code == 400


def test_list_and_comments_keep_a_constant_query_count(api, agency_a, citizen,
                                                       django_assert_max_num_queries):
    consultation = make_consultation(agency_a, Status.OPEN)
    api.get(BASE)
    for n in range(6):
        make_consultation(agency_a, Status.CLOSED, title=f"Konsultasi {n}")
        comment_on(consultation, author=citizen, body=f"Komentar {n}")
    with django_assert_max_num_queries(6):
        assert api.get(BASE).status_code == 200
    with django_assert_max_num_queries(8):
        assert api.get(f"{BASE}/{consultation.pk}/comments").status_code == 200
