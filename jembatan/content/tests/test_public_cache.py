"""The kept copies of the news list, an article and `GET /api/v1/posts` (core.public_cache): a
new post, comment or official reply shows at once, a hidden comment or a withdrawn article goes
at once, and no copy holds a CSRF token or a visitor's own page."""

from __future__ import annotations

import pickle
import re

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from jembatan.content import actions
from jembatan.content.tests.conftest import staff
from jembatan.core.public_cache import FRAGMENT_PREFIX, TOKEN_MARK
from jembatan.participation.access import SESSION_KEY
from jembatan.participation.contributors import Contributor
from jembatan.participation.models import Participant

pytestmark = pytest.mark.django_db
LIST = reverse("content:public_list")
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def kept() -> list[str]:
    return [str(pickle.loads(value)) for key, value in cache._cache.items()
            if FRAGMENT_PREFIX in key]


@pytest.fixture
def participant(db):
    from django.utils import timezone

    return Participant.objects.create(contact_hash="p" * 64, contact_kind="email",
                                      display_name="Warga Sapuran", verified_at=timezone.now())


def test_a_new_article_reaches_the_kept_list_at_once(anonymous, published):
    published(title="Jadwal vaksinasi di Puskesmas Kertek")
    assert "Jadwal vaksinasi di Puskesmas Kertek" in anonymous.get(LIST).content.decode()

    published(title="Pasar murah di alun-alun Wonosobo")

    page = anonymous.get(LIST).content.decode()
    assert "Pasar murah di alun-alun Wonosobo" in page


def test_a_withdrawn_article_leaves_the_list_and_its_page_at_once(anonymous, published,
                                                                  officer_a):
    post = published(title="Jadwal vaksinasi di Puskesmas Kertek")
    assert anonymous.get(post.get_absolute_url()).status_code == 200
    assert "Jadwal vaksinasi" in anonymous.get(LIST).content.decode()

    actions.post_withdraw(post=post, actor=staff(officer_a))

    assert anonymous.get(post.get_absolute_url()).status_code == 404
    assert "Jadwal vaksinasi" not in anonymous.get(LIST).content.decode()


def test_a_comment_shows_and_a_hidden_one_goes_at_once(anonymous, published, participant,
                                                       admin_a):
    post = published()
    anonymous.get(post.get_absolute_url())

    comment = actions.news_comment_create(post=post,
                                          contributor=Contributor(participant=participant),
                                          body="Terima kasih infonya, sangat membantu.")
    assert "Terima kasih infonya" in anonymous.get(post.get_absolute_url()).content.decode()

    actions.news_comment_hide(comment=comment, actor=admin_a, reason="Bukan tentang berita")

    page = anonymous.get(post.get_absolute_url()).content.decode()
    assert "Terima kasih infonya" not in page
    assert "Bukan tentang berita" in page


def test_the_kept_article_holds_no_token_and_each_visitor_gets_their_own(published):
    post = published()
    pages = [Client().get(post.get_absolute_url()).content.decode() for _ in range(2)]

    tokens = [set(TOKEN.findall(page)) for page in pages]
    assert all(tokens)
    assert not tokens[0] & tokens[1]
    assert all(TOKEN_MARK not in page for page in pages)
    entries = [entry for entry in kept() if post.title in entry]
    assert entries
    assert all(TOKEN_MARK in entry for entry in entries)
    assert not any(token in entry for entry in entries for token in tokens[0] | tokens[1])


def test_signed_in_staff_and_a_confirmed_participant_get_their_own_page(anonymous, login,
                                                                       published, admin_a,
                                                                       participant):
    post = published()
    anonymous.get(post.get_absolute_url())
    comment = actions.news_comment_create(post=post,
                                          contributor=Contributor(participant=participant),
                                          body="Apakah berlaku juga untuk Kecamatan Leksono?")
    official_reply = reverse("content:news_comment_reply", args=[comment.pk])

    staff_page = login(admin_a).get(post.get_absolute_url())
    visitor = Client()
    session = visitor.session
    session[SESSION_KEY] = participant.pk
    session.save()
    participant_page = visitor.get(post.get_absolute_url())

    assert "ETag" not in staff_page.headers
    assert "ETag" not in participant_page.headers
    assert official_reply in staff_page.content.decode()
    assert official_reply not in participant_page.content.decode()
    assert not any(official_reply in entry for entry in kept())


def test_the_api_list_is_kept_without_a_token_and_follows_a_new_post(anonymous, published):
    published(title="Jadwal vaksinasi di Puskesmas Kertek")
    first = anonymous.get("/api/v1/posts")
    assert first.status_code == 200
    assert anonymous.get("/api/v1/posts", headers={
        "If-None-Match": first.headers["ETag"]}).status_code == 304

    published(title="Pasar murah di alun-alun Wonosobo")

    titles = [item["title"] for item in anonymous.get("/api/v1/posts").json()["items"]]
    assert "Pasar murah di alun-alun Wonosobo" in titles
