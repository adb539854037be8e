"""A kept public page is kept whole, layout included (core.public_cache.kept_response): every
visitor still gets their own CSRF token and their own address in the language switcher, a
visitor with a waiting message gets the layout rendered for them, and a change to the regency
shows at once."""

from __future__ import annotations

import re

import pytest
from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpRequest
from django.test import Client
from django.urls import reverse

from jembatan.core import public_cache

pytestmark = pytest.mark.django_db

HOME = reverse("portal:home")
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
NEXT = re.compile(r'<input name="next" type="hidden" value="([^"]*)">')


def test_each_visitor_gets_their_own_token_in_the_kept_page(jurisdiction):
    first, second = Client(), Client()
    first_page = first.get(HOME).content.decode()
    second_page = second.get(HOME).content.decode()

    first_tokens, second_tokens = TOKEN.findall(first_page), TOKEN.findall(second_page)
    assert first_tokens
    assert second_tokens
    assert public_cache.TOKEN_MARK not in first_page + second_page
    assert set(first_tokens).isdisjoint(second_tokens)
    # The token works: the language switcher of the kept page changes the language.
    answer = second.post(reverse("set_language"), {
        "csrfmiddlewaretoken": second_tokens[0], "language": "en", "next": HOME})
    assert answer.status_code == 302


def test_the_language_switcher_sends_each_visitor_back_where_they_were(jurisdiction):
    plain = Client().get(HOME).content.decode()
    with_query = Client().get(HOME, {"utm_source": "wa"}).content.decode()

    assert NEXT.findall(plain) == ["/"]
    assert NEXT.findall(with_query) == ["/?utm_source=wa"]
    assert public_cache.NEXT_MARK not in plain + with_query


def test_a_waiting_message_is_shown_and_not_kept_for_others(jurisdiction):
    Client().get(HOME)  # the whole page is kept
    visitor = Client()
    visitor.cookies["messages"] = CookieStorage(HttpRequest())._encode(
        [Message(constants.SUCCESS, "Laporan Anda sudah kami terima.")])

    assert "Laporan Anda sudah kami terima." in visitor.get(HOME).content.decode()
    assert "Laporan Anda sudah kami terima." not in Client().get(HOME).content.decode()
    assert "Laporan Anda sudah kami terima." not in visitor.get(HOME).content.decode()


def test_a_change_to_the_regency_shows_on_the_kept_page_at_once(jurisdiction):
    Client().get(HOME)

    jurisdiction.short_name = "Kab. Uji Coba"
    jurisdiction.save()

    assert "Kab. Uji Coba" in Client().get(HOME).content.decode()
