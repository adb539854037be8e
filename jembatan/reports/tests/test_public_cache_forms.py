"""The kept copies of the empty report form and the tracking form (core.public_cache): the
copy holds no CSRF token and no idempotency key, each visitor gets their own of both, the form
posted from a kept copy goes through with the limits and the challenge as before, and nothing a
visitor typed or a signed-in person's details are ever kept."""

from __future__ import annotations

import pickle
import re

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from jembatan.core.public_cache import FRAGMENT_PREFIX, ONCE_MARK, TOKEN_MARK
from jembatan.reports import antispam
from jembatan.reports.models import Report
from jembatan.reports.tests.factories import report_form_data
from jembatan.reports.tests.test_antispam import solve

pytestmark = pytest.mark.django_db

SUBMIT = reverse("reports:submit")
TRACK = reverse("reports:track")
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
HEADER_TOKEN = re.compile(r'"X-CSRFToken": "([^"]+)"')
KEY = re.compile(r'name="idempotency_key" value="([^"]*)"')
CHALLENGE = re.compile(r'data-pow-challenge="([^"]+)"')


@pytest.fixture(autouse=True)
def _jurisdiction_present(jurisdiction):
    """A jurisdiction exists, as on a real site. (Every request of a test counts in one
    rate-limit window: jembatan/conftest.py.)"""


def kept() -> list[str]:
    """Every kept entry in the local-memory cache the tests run with (it keeps them pickled)."""
    return [str(pickle.loads(value)) for key, value in cache._cache.items()
            if FRAGMENT_PREFIX in key]


def test_the_kept_form_holds_no_token_nor_key_and_each_visitor_gets_their_own():
    first, second = Client(), Client()

    pages = [first.get(SUBMIT).content.decode(), second.get(SUBMIT).content.decode()]

    assert all(TOKEN_MARK not in page and ONCE_MARK not in page for page in pages)
    tokens = [set(TOKEN.findall(page)) | set(HEADER_TOKEN.findall(page)) for page in pages]
    keys = [KEY.findall(page) for page in pages]
    assert all(tokens)
    assert not tokens[0] & tokens[1]
    assert all(len(found) == 1 and len(found[0]) == 32 for found in keys)
    assert keys[0] != keys[1]
    entries = [entry for entry in kept() if 'name="idempotency_key"' in entry]
    assert len(entries) == 1
    assert TOKEN_MARK in entries[0]
    assert ONCE_MARK in entries[0]
    assert not any(value in entries[0] for value in tokens[0] | tokens[1] | {*keys[0], *keys[1]})


def test_a_report_posted_from_the_kept_form_is_received():
    visitors = [Client(enforce_csrf_checks=True) for _ in range(2)]
    for visitor in visitors:
        visitor.get(SUBMIT)  # the first fills the cache, the second reads it
    for number, visitor in enumerate(visitors):
        page = visitor.get(SUBMIT).content.decode()
        response = visitor.post(SUBMIT, report_form_data(
            title=f"Jembatan Kalibeber retak {number}", idempotency_key=KEY.findall(page)[0],
            csrfmiddlewaretoken=TOKEN.findall(page)[-1]))
        assert response.status_code == 302

    # Two visitors of one kept copy send two reports, not one report twice.
    assert Report.objects.filter(title__startswith="Jembatan Kalibeber retak").count() == 2


def test_the_similar_reports_request_carries_the_visitors_token():
    visitor = Client(enforce_csrf_checks=True)
    visitor.get(SUBMIT)
    page = visitor.get(SUBMIT).content.decode()

    response = visitor.post(reverse("reports:similar"), {"title": "Jalan rusak", "body": ""},
                            headers={"X-CSRFToken": HEADER_TOKEN.findall(page)[0]})

    assert response.status_code == 200


def test_a_form_with_errors_is_rendered_for_its_sender_and_never_kept(client):
    client.get(SUBMIT)

    response = client.post(SUBMIT, report_form_data(title="", body="Isi laporan Pak Darsono"))

    assert response.status_code == 400
    assert "Isi laporan Pak Darsono" in response.content.decode()
    assert "ETag" not in response.headers
    assert not any("Isi laporan Pak Darsono" in entry for entry in kept())


def test_the_limit_per_address_still_holds_on_the_kept_form():
    visitor = Client()
    for number in range(10):
        page = visitor.get(SUBMIT, REMOTE_ADDR="203.0.113.7").content.decode()
        data = report_form_data(reporter_email=None, reporter_phone=None,
                                idempotency_key=KEY.findall(page)[0])
        challenge = CHALLENGE.findall(page)
        if challenge:
            data |= {"pow_challenge": challenge[0], "pow_nonce": solve(challenge[0])}
        assert visitor.post(SUBMIT, data, REMOTE_ADDR="203.0.113.7").status_code == 302, number

    page = visitor.get(SUBMIT, REMOTE_ADDR="203.0.113.7").content.decode()
    challenge = CHALLENGE.findall(page)[0]
    data = report_form_data(reporter_email=None, reporter_phone=None,
                            pow_challenge=challenge, pow_nonce=solve(challenge))
    assert visitor.post(SUBMIT, data, REMOTE_ADDR="203.0.113.7").status_code == 429


def test_a_visitor_who_needs_a_challenge_gets_their_own_form_never_kept():
    visitor = Client()
    for _ in range(antispam.CHALLENGE_AFTER):
        assert visitor.post(SUBMIT, report_form_data(reporter_email=None, reporter_phone=None),
                            REMOTE_ADDR="203.0.113.8").status_code == 302
    Client().get(SUBMIT, REMOTE_ADDR="198.51.100.1")  # someone else fills the kept copy

    pages = [visitor.get(SUBMIT, REMOTE_ADDR="203.0.113.8") for _ in range(2)]

    challenges = [CHALLENGE.findall(page.content.decode()) for page in pages]
    assert all(challenges)
    assert challenges[0] != challenges[1]
    assert all("ETag" not in page.headers for page in pages)
    assert not any("data-pow-challenge" in entry for entry in kept())
    # And the one who does not need it still gets the kept form, without a challenge.
    assert not CHALLENGE.findall(Client().get(SUBMIT, REMOTE_ADDR="198.51.100.2")
                                 .content.decode())


def test_signed_in_people_get_their_own_form_with_their_details(anonymous, login, citizen):
    anonymous.get(SUBMIT)

    response = login(citizen).get(SUBMIT)

    assert "ETag" not in response.headers
    assert citizen.full_name in response.content.decode()
    assert not any(citizen.full_name in entry for entry in kept())


def test_the_tracking_form_is_kept_without_a_token_and_posts_with_the_visitors():
    visitor = Client(enforce_csrf_checks=True)
    visitor.get(TRACK)
    page = visitor.get(TRACK).content.decode()
    entries = [entry for entry in kept() if 'name="access_key"' in entry]
    assert len(entries) == 1
    assert TOKEN_MARK in entries[0]
    assert TOKEN_MARK not in page

    response = visitor.post(TRACK, {"tracking_code": "LAP-XXXX-XXXX", "access_key": "salah",
                                    "csrfmiddlewaretoken": TOKEN.findall(page)[-1]})

    assert response.status_code == 400  # past the CSRF check: the code and key do not match
    assert not any("LAP-XXXX-XXXX" in entry for entry in kept())

