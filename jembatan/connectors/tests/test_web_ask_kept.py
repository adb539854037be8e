"""The kept copy of the empty question form (core.public_cache): no token and no submission id
in the copy, each visitor gets their own, and the form posts from it as before."""

from __future__ import annotations

import pickle
import re

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from jembatan.connectors.models import Conversation
from jembatan.core import actions
from jembatan.core.public_cache import FRAGMENT_PREFIX, ONCE_MARK, TOKEN_MARK

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
SUBMISSION = re.compile(r'name="submission_id" value="([^"]*)"')


def kept() -> list[str]:
    return [str(pickle.loads(value)) for key, value in cache._cache.items()
            if FRAGMENT_PREFIX in key]


def ask_url(agency) -> str:
    return reverse("connectors:web_ask", args=[agency.slug])


def test_two_visitors_of_the_kept_form_ask_two_questions(agency_a):
    visitors = [Client(enforce_csrf_checks=True) for _ in range(2)]
    pages = []
    for visitor in visitors:
        visitor.get(ask_url(agency_a))
        pages.append(visitor.get(ask_url(agency_a)).content.decode())

    for visitor, page in zip(visitors, pages, strict=True):
        assert TOKEN_MARK not in page
        assert ONCE_MARK not in page
        response = visitor.post(ask_url(agency_a), {
            "body": "Jam buka loket PBG hari Sabtu?", "name": "", "email": "", "phone": "",
            "consent": "on", "website": "", "submission_id": SUBMISSION.findall(page)[0],
            "csrfmiddlewaretoken": TOKEN.findall(page)[-1]})
        assert response.status_code == 302

    assert Conversation.objects.count() == 2
    entries = [entry for entry in kept() if 'name="submission_id"' in entry]
    assert len(entries) == 1
    assert ONCE_MARK in entries[0]
    assert not any(value in entries[0] for page in pages for value in SUBMISSION.findall(page))


def test_signed_in_people_get_a_fresh_form_with_a_real_submission_id(login, citizen, agency_a):
    response = login(citizen).get(ask_url(agency_a))

    assert "ETag" not in response.headers
    assert len(SUBMISSION.findall(response.content.decode())[0]) == 32


def test_a_form_with_errors_is_never_kept(client, agency_a):
    response = client.post(ask_url(agency_a), {"body": "", "name": "Bu Sumarni Kertek",
                                               "consent": "on", "submission_id": "a" * 32})

    assert response.status_code == 400
    assert "Bu Sumarni Kertek" in response.content.decode()
    assert not any("Bu Sumarni Kertek" in entry for entry in kept())


def test_a_deactivated_agency_has_no_form_at_once(client, agency_a, coordinator):
    assert client.get(ask_url(agency_a)).status_code == 200

    actions.agency_update(agency=agency_a, actor=coordinator, is_active=False)

    assert client.get(ask_url(agency_a)).status_code == 404
