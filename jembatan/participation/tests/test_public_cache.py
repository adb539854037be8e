"""The kept copies of the public consultation pages and of `GET /api/v1/consultations`
(core.public_cache): a change shows at once, a hidden comment or a withdrawn consultation goes at
once, and the copy holds no CSRF token and nothing of a visitor's own."""

from __future__ import annotations

import pickle
import re

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from jembatan.core.public_cache import FRAGMENT_PREFIX, TOKEN_MARK
from jembatan.participation import actions
from jembatan.participation.access import SESSION_KEY
from jembatan.participation.contributors import Contributor
from jembatan.participation.models import Consultation
from jembatan.participation.tests.conftest import comment_on, make_consultation

pytestmark = pytest.mark.django_db
Status = Consultation.Status
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def url(name, *args):
    return reverse(f"participation:{name}", args=args)


def kept() -> list[str]:
    """Every kept entry in the local-memory cache the tests run with (it keeps them pickled)."""
    return [str(pickle.loads(value)) for key, value in cache._cache.items()
            if FRAGMENT_PREFIX in key]


def test_a_new_comment_shows_on_the_kept_page_at_once(anonymous, agency_a, participant):
    consultation = make_consultation(agency_a, Status.OPEN)
    assert "Jalan ke TPS terlalu jauh." not in anonymous.get(
        url("detail", consultation.pk)).content.decode()

    actions.comment_create(consultation=consultation,
                           contributor=Contributor(participant=participant),
                           body="Jalan ke TPS terlalu jauh.")

    assert "Jalan ke TPS terlalu jauh." in anonymous.get(
        url("detail", consultation.pk)).content.decode()


def test_a_hidden_comment_leaves_the_kept_page_at_once(anonymous, agency_a, citizen,
                                                       coordinator):
    consultation = make_consultation(agency_a, Status.OPEN)
    comment = comment_on(consultation, author=citizen, body="Kata-kata kasar di sini.")
    assert "Kata-kata kasar di sini." in anonymous.get(
        url("detail", consultation.pk)).content.decode()

    actions.comment_hide(comment=comment, actor=coordinator, reason="Kata kasar")

    page = anonymous.get(url("detail", consultation.pk)).content.decode()
    assert "Kata-kata kasar di sini." not in page
    assert "Kata kasar" in page


def test_a_withdrawn_consultation_shows_so_and_leaves_the_kept_list_at_once(
        anonymous, agency_a, coordinator):
    consultation = make_consultation(agency_a, Status.OPEN, title="Retribusi pasar")
    assert "Retribusi pasar" in anonymous.get(url("list")).content.decode()
    anonymous.get(url("detail", consultation.pk))

    actions.consultation_withdraw(consultation=consultation, actor=coordinator,
                                  reason="Perlu dikaji ulang.")

    assert "Retribusi pasar" not in anonymous.get(url("list")).content.decode()
    page = anonymous.get(url("detail", consultation.pk)).content.decode()
    assert "Perlu dikaji ulang." in page
    assert "Send comment" not in page
    assert "Kirim komentar" not in page


def test_the_kept_page_holds_no_token_and_each_visitor_gets_their_own(agency_a, citizen):
    consultation = make_consultation(agency_a, Status.OPEN)
    comment_on(consultation, author=citizen)
    first, second = Client(), Client()

    pages = [first.get(url("detail", consultation.pk)).content.decode(),
             second.get(url("detail", consultation.pk)).content.decode()]

    tokens = [set(TOKEN.findall(page)) for page in pages]
    assert TOKEN_MARK not in pages[0]
    assert TOKEN_MARK not in pages[1]
    assert all(tokens)
    assert not tokens[0] & tokens[1]
    entries = [entry for entry in kept() if "Tarifnya terlalu mahal." in entry]
    assert len(entries) == 1
    assert TOKEN_MARK in entries[0]
    assert not any(token in entries[0] for token in tokens[0] | tokens[1])


def test_the_form_posts_with_the_token_put_in_the_kept_page(agency_a, participant):
    consultation = make_consultation(agency_a, Status.OPEN)
    visitor = Client(enforce_csrf_checks=True)
    visitor.get(url("detail", consultation.pk))  # fills the cache
    page = visitor.get(url("detail", consultation.pk)).content.decode()
    session = visitor.session
    session[SESSION_KEY] = participant.pk
    session.save()

    response = visitor.post(url("comment", consultation.pk), {
        "body": "Setuju, asal ada bak sampah di tiap RT.",
        "csrfmiddlewaretoken": TOKEN.findall(page)[-1]})

    assert response.status_code == 302
    assert consultation.comments.filter(body__startswith="Setuju, asal").exists()


def test_signed_in_people_never_get_the_kept_page(anonymous, login, agency_a, citizen):
    consultation = make_consultation(agency_a, Status.OPEN)
    comment = comment_on(consultation, author=citizen)
    anonymous.get(url("detail", consultation.pk))
    actions.comment_support(comment=comment, contributor=Contributor(user=citizen))

    response = login(citizen).get(url("detail", consultation.pk))

    assert "ETag" not in response.headers
    page = response.content.decode()
    assert "You support this" in page or "Anda mendukung ini" in page
    assert not any(citizen.full_name in entry and "Anda ikut" in entry for entry in kept())


def test_a_confirmed_participant_gets_their_own_page_not_the_kept_one(anonymous, agency_a,
                                                                      participant):
    consultation = make_consultation(agency_a, Status.OPEN)
    anonymous.get(url("detail", consultation.pk))
    visitor = Client()
    session = visitor.session
    session[SESSION_KEY] = participant.pk
    session.save()

    response = visitor.get(url("detail", consultation.pk))

    assert "ETag" not in response.headers
    assert "Warga Kertek" in response.content.decode()
    assert not any("Warga Kertek" in entry for entry in kept())


def test_the_entity_tag_answers_304_until_a_comment_arrives(anonymous, agency_a, citizen):
    consultation = make_consultation(agency_a, Status.OPEN)
    first = anonymous.get(url("detail", consultation.pk))
    etag = first.headers["ETag"]
    assert first.headers["Cache-Control"] == "private, no-cache"
    assert anonymous.get(url("detail", consultation.pk),
                         headers={"If-None-Match": etag}).status_code == 304

    comment_on(consultation, author=citizen)

    assert anonymous.get(url("detail", consultation.pk),
                         headers={"If-None-Match": etag}).status_code == 200


def test_the_kept_results_count_a_new_answer_at_once(anonymous, agency_a, participant):
    consultation = make_consultation(agency_a, Status.OPEN)
    question = consultation.questions.get(position=1)
    agree = question.options.get(position=1)
    assert "svg" in anonymous.get(url("results", consultation.pk)).content.decode()

    actions.response_create(consultation=consultation,
                            contributor=Contributor(participant=participant),
                            answers=[{"question": question.pk, "options": [agree.pk]}])

    page = anonymous.get(url("results", consultation.pk)).content.decode()
    assert re.search(r'<span class="stat">1</span>', page)


def test_the_api_list_is_kept_for_callers_without_a_token_and_follows_changes(anonymous,
                                                                              agency_a):
    make_consultation(agency_a, Status.OPEN, title="Retribusi pasar")
    first = anonymous.get("/api/v1/consultations")
    assert [item["title"] for item in first.json()] == ["Retribusi pasar"]
    assert anonymous.get("/api/v1/consultations", headers={
        "If-None-Match": first.headers["ETag"]}).status_code == 304

    make_consultation(agency_a, Status.DRAFT, title="Draf")
    make_consultation(agency_a, Status.CLOSED, title="Retribusi parkir")

    titles = [item["title"] for item in anonymous.get("/api/v1/consultations").json()]
    assert sorted(titles) == ["Retribusi parkir", "Retribusi pasar"]


def test_a_plain_string_kept_by_an_older_release_reads_as_a_miss(anonymous, agency_a):
    make_consultation(agency_a, Status.OPEN, title="Retribusi pasar")
    anonymous.get(url("list"))
    for key in [key for key in cache._cache if FRAGMENT_PREFIX in key]:
        cache._cache[key] = pickle.dumps("<p>Salinan lama</p>")

    page = anonymous.get(url("list")).content.decode()

    assert "Retribusi pasar" in page
    assert "Salinan lama" not in page
