"""Spam protection of the public report form: the honeypot, the rate limits per address and per
contact, and the proof-of-work challenge that appears after a few reports from one address."""

import hashlib
import itertools
import re

import pytest
from django.urls import reverse

from jembatan.reports import antispam
from jembatan.reports.models import Report
from jembatan.reports.tests.factories import ReportFactory, report_form_data

pytestmark = pytest.mark.django_db

SUBMIT = reverse("reports:submit")
CHALLENGE = re.compile(r'data-pow-challenge="([^"]+)"')


@pytest.fixture(autouse=True)
def _jurisdiction_present(jurisdiction):
    """A jurisdiction exists, as on a real site. (Every request of a test counts in one
    rate-limit window: jembatan/conftest.py.)"""


def solve(challenge: str) -> str:
    """What the browser does: find a nonce whose hash starts with enough zeros."""
    prefix = "0" * antispam.POW_DIFFICULTY
    for nonce in itertools.count():
        digest = hashlib.sha256(f"{challenge}:{nonce}".encode()).hexdigest()
        if digest.startswith(prefix):
            return str(nonce)
    raise AssertionError("unreachable")


def wrong_nonce(challenge: str) -> str:
    prefix = "0" * antispam.POW_DIFFICULTY
    for nonce in itertools.count():
        if not hashlib.sha256(f"{challenge}:{nonce}".encode()).hexdigest().startswith(prefix):
            return str(nonce)
    raise AssertionError("unreachable")


def challenge_in(response) -> str:
    found = CHALLENGE.search(response.content.decode())
    return found.group(1) if found else ""


def anonymous_data(**overrides):
    """A report without email or phone, so only the limit per address applies."""
    return report_form_data(reporter_email=None, reporter_phone=None, **overrides)


def submit_like_a_browser(client, ip, data):
    """Post the form; when the server answers with a challenge, solve it and post again."""
    response = client.post(SUBMIT, data, REMOTE_ADDR=ip)
    challenge = challenge_in(response)
    if response.status_code == 400 and challenge:
        data = {**data, "pow_challenge": challenge, "pow_nonce": solve(challenge)}
        response = client.post(SUBMIT, data, REMOTE_ADDR=ip)
    return response


# --- honeypot ---------------------------------------------------------------------------------


def test_a_filled_honeypot_answers_400_and_stores_nothing(client):
    response = client.post(SUBMIT, anonymous_data(website="https://obat-murah.example"),
                           REMOTE_ADDR="203.0.113.7")

    assert response.status_code == 400
    assert response.context["form"].errors["website"]
    assert not Report.objects.exists()


def test_the_honeypot_is_hidden_from_people(client):
    content = client.get(SUBMIT).content.decode()

    assert 'class="honeypot" aria-hidden="true"' in content
    assert 'name="website" id="id_website" tabindex="-1"' in content


# --- rate limits ------------------------------------------------------------------------------


def test_after_ten_reports_from_one_address_the_next_answers_429(client):
    for _ in range(10):
        response = submit_like_a_browser(client, "203.0.113.7", anonymous_data())
        assert response.status_code == 302

    response = submit_like_a_browser(client, "203.0.113.7", anonymous_data())

    assert response.status_code == 429
    assert response.context["limited"] is True
    assert Report.objects.count() == 10


def test_the_limit_of_one_address_does_not_hold_back_another(client):
    for _ in range(10):
        submit_like_a_browser(client, "203.0.113.7", anonymous_data())

    response = client.post(SUBMIT, anonymous_data(), REMOTE_ADDR="198.51.100.20")

    assert response.status_code == 302
    assert Report.objects.count() == 11


def test_after_five_reports_with_one_email_the_next_answers_429_from_any_address(client):
    for n in range(5):
        response = client.post(SUBMIT, report_form_data(), REMOTE_ADDR=f"198.51.100.{n}")
        assert response.status_code == 302

    response = client.post(SUBMIT, report_form_data(), REMOTE_ADDR="198.51.100.99")

    assert response.status_code == 429
    assert Report.objects.count() == 5


def test_the_contact_is_counted_under_a_hash_not_the_address_itself():
    key = antispam.contact_key(" Sumarni@Contoh.ID ", "+6281234567890")

    assert key == antispam.contact_key("sumarni@contoh.id", "+6281234567890")
    assert re.fullmatch(r"[0-9a-f]{64}", key)
    assert "sumarni" not in key


def test_after_twenty_tracking_attempts_from_one_address_the_next_answers_429(client):
    report = ReportFactory()
    for _ in range(20):
        response = client.post(reverse("reports:track"),
                               {"tracking_code": report.tracking_code, "access_key": "AAAA"},
                               REMOTE_ADDR="203.0.113.7")
        assert response.status_code == 400

    response = client.post(reverse("reports:track"), {"tracking_code": report.tracking_code,
                                                      "access_key": report.access_key},
                           REMOTE_ADDR="203.0.113.7")

    assert response.status_code == 429
    assert "reporter_reports" not in client.session


# --- proof of work ----------------------------------------------------------------------------


def test_the_first_three_reports_need_no_challenge(client):
    assert not challenge_in(client.get(SUBMIT, REMOTE_ADDR="203.0.113.7"))
    for _ in range(3):
        response = client.post(SUBMIT, anonymous_data(), REMOTE_ADDR="203.0.113.7")
        assert response.status_code == 302

    assert Report.objects.count() == 3


def test_after_three_reports_the_form_carries_a_challenge(client):
    for _ in range(3):
        client.post(SUBMIT, anonymous_data(), REMOTE_ADDR="203.0.113.7")

    response = client.get(SUBMIT, REMOTE_ADDR="203.0.113.7")

    assert challenge_in(response)


def test_after_three_reports_a_post_without_a_solved_challenge_is_refused(client):
    for _ in range(3):
        client.post(SUBMIT, anonymous_data(), REMOTE_ADDR="203.0.113.7")

    response = client.post(SUBMIT, anonymous_data(), REMOTE_ADDR="203.0.113.7")

    assert response.status_code == 400
    assert response.context["form"].non_field_errors()
    assert Report.objects.count() == 3
    # The refused form carries a fresh challenge for the browser to solve.
    assert challenge_in(response)


def test_a_wrong_nonce_is_refused_and_a_solved_one_accepted(client):
    for _ in range(3):
        client.post(SUBMIT, anonymous_data(), REMOTE_ADDR="203.0.113.7")
    challenge = challenge_in(client.post(SUBMIT, anonymous_data(), REMOTE_ADDR="203.0.113.7"))
    data = anonymous_data(pow_challenge=challenge)

    wrong = client.post(SUBMIT, {**data, "pow_nonce": wrong_nonce(challenge)},
                        REMOTE_ADDR="203.0.113.7")
    solved = client.post(SUBMIT, {**data, "pow_nonce": solve(challenge)},
                         REMOTE_ADDR="203.0.113.7")

    assert wrong.status_code == 400
    assert solved.status_code == 302
    assert Report.objects.count() == 4


def test_a_solved_challenge_cannot_be_used_twice(client):
    for _ in range(3):
        client.post(SUBMIT, anonymous_data(), REMOTE_ADDR="203.0.113.7")
    challenge = challenge_in(client.post(SUBMIT, anonymous_data(), REMOTE_ADDR="203.0.113.7"))
    proof = {"pow_challenge": challenge, "pow_nonce": solve(challenge)}

    first = client.post(SUBMIT, anonymous_data(**proof), REMOTE_ADDR="203.0.113.7")
    replay = client.post(SUBMIT, anonymous_data(**proof), REMOTE_ADDR="203.0.113.7")

    assert (first.status_code, replay.status_code) == (302, 400)
    assert Report.objects.count() == 4


def test_verify_challenge_refuses_forged_stale_or_oversized_proofs(monkeypatch):
    challenge = antispam.new_challenge()
    nonce = solve(challenge)

    assert not antispam.verify_challenge(challenge + "x", nonce)
    assert not antispam.verify_challenge("bukan-tantangan", nonce)
    assert not antispam.verify_challenge(challenge, "")
    assert not antispam.verify_challenge(challenge, "1" * 33)
    monkeypatch.setattr(antispam, "POW_MAX_AGE", -1)
    assert not antispam.verify_challenge(challenge, nonce)


def test_verify_challenge_accepts_a_solved_challenge_once():
    challenge = antispam.new_challenge()
    nonce = solve(challenge)

    assert antispam.verify_challenge(challenge, nonce)
    assert not antispam.verify_challenge(challenge, nonce)
