"""POST /api/v1/reports/{code}/messages and /rating."""

import pytest

from jembatan.reports.models import Message, Rating


@pytest.fixture
def disposed(submit, dispose, agency_a):
    report, key = submit(privacy="anonim")
    return dispose(report, agency_a), key


@pytest.fixture
def answered(disposed, api, officer_a_token):
    report, key = disposed
    api.post(f"/api/v1/reports/{report.tracking_code}/actions",
             {"action": "respond", "message": "Sudah ditangani."}, token=officer_a_token)
    return report, key


def messages_url(report):
    return f"/api/v1/reports/{report.tracking_code}/messages"


def rating_url(report):
    return f"/api/v1/reports/{report.tracking_code}/rating"


# --- messages ---------------------------------------------------------------------------------


def test_reporter_posts_a_public_message(api, disposed):
    report, key = disposed

    response = api.post(messages_url(report), {"body": "Foto terbaru menyusul.",
                                               "visibility": "public"}, key=key)

    assert response.status_code == 201
    body = response.json()
    assert body == {"body": "Foto terbaru menyusul.", "visibility": "public",
                    "author": "Pelapor", "created_at": body["created_at"]}
    assert Message.objects.get().from_reporter


def test_reporter_may_not_post_an_internal_note(api, disposed):
    report, key = disposed

    response = api.post(messages_url(report), {"body": "Catatan", "visibility": "internal"},
                        key=key)

    assert response.status_code == 403
    assert not Message.objects.exists()


def test_staff_posts_an_internal_note(api, disposed, officer_a_token):
    response = api.post(messages_url(disposed[0]), {"body": "Cek anggaran.",
                                                    "visibility": "internal"},
                        token=officer_a_token)

    assert response.status_code == 201
    assert response.json()["author"] == "Eko Prasetyo"
    assert api.get(f"/api/v1/reports/{disposed[0].tracking_code}").json()["messages"] == []


def test_no_credentials_is_401(api, disposed):
    response = api.post(messages_url(disposed[0]), {"body": "Halo"})

    assert response.status_code == 401
    assert not Message.objects.exists()


def test_staff_of_another_agency_is_403(api, disposed, officer_b_token):
    response = api.post(messages_url(disposed[0]), {"body": "Halo"}, token=officer_b_token)

    assert response.status_code == 403


@pytest.mark.parametrize(
    "payload",
    [{}, {"body": ""}, {"body": "   "}, {"body": "x" * 20_001}, {"body": "Hai", "visibility": "x"},
     {"body": {"teks": "Hai"}}],
)
def test_bad_message_is_400(api, disposed, officer_a_token, payload):
    response = api.post(messages_url(disposed[0]), payload, token=officer_a_token)

    assert response.status_code == 400
    assert not Message.objects.exists()


def test_message_on_a_merged_report_is_409(api, submit, disposed, coordinator_token):
    original, _key = submit()
    report, key = disposed
    api.post(f"/api/v1/reports/{report.tracking_code}/actions",
             {"action": "merge", "into": original.tracking_code}, token=coordinator_token)

    response = api.post(messages_url(report), {"body": "Masih ada?"}, key=key)

    assert response.status_code == 409


# --- rating -----------------------------------------------------------------------------------


def test_reporter_rates_once(api, answered):
    report, key = answered

    first = api.post(rating_url(report), {"score": 4, "comment": "Lumayan."}, key=key)
    second = api.post(rating_url(report), {"score": 5}, key=key)

    assert first.status_code == 201
    assert first.json()["score"] == 4
    assert first.json()["comment"] == "Lumayan."
    assert second.status_code == 409
    assert Rating.objects.get().score == 4


def test_rating_before_the_answer_is_409(api, disposed):
    report, key = disposed

    response = api.post(rating_url(report), {"score": 5}, key=key)

    assert response.status_code == 409
    assert response.json()["code"] == "conflict"


@pytest.mark.parametrize("score", [0, 6, -1, 100])
def test_score_out_of_range_is_400(api, answered, score):
    report, key = answered

    response = api.post(rating_url(report), {"score": score}, key=key)

    assert response.status_code == 400
    assert not Rating.objects.exists()


@pytest.mark.parametrize("payload", [{}, {"score": "lima"}, {"score": 4.5}, {"score": None},
                                     {"score": 4, "comment": "x" * 5001}])
def test_bad_rating_is_400(api, answered, payload):
    report, key = answered

    assert api.post(rating_url(report), payload, key=key).status_code == 400


def test_staff_may_not_rate(api, answered, officer_a_token):
    response = api.post(rating_url(answered[0]), {"score": 1}, token=officer_a_token)

    assert response.status_code == 403


def test_rating_without_credentials_is_401(api, answered):
    assert api.post(rating_url(answered[0]), {"score": 5}).status_code == 401
