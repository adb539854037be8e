"""Logging in and out, password reset, and the rate limits on both public forms."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from jembatan.core.tests.factories import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = reverse("login")
RESET = reverse("password_reset")
NEW_PASSWORD = "Sandi-Baru-Wonosobo-2026"


def in_indonesian(message: str) -> str:
    with translation.override("id"):
        return gettext(message)


def logged_in_user_id(client):
    return client.session.get("_auth_user_id")


def post_login(client, username, password):
    return client.post(LOGIN, {"username": username, "password": password})


# --- logging in -----------------------------------------------------------------------------------


def test_login_page_opens_for_anonymous_visitors(client):
    response = client.get(LOGIN)

    assert response.status_code == 200
    assert 'name="username"' in response.content.decode()


def test_officer_logs_in_with_username_and_lands_on_the_start_page(client, officer_a):
    response = post_login(client, "petugas.dpupr", DEFAULT_PASSWORD)

    assert response.status_code == 302
    assert response["Location"] == reverse("core:start")
    assert logged_in_user_id(client) == str(officer_a.pk)


def test_officer_logs_in_with_email_in_any_letter_case(client, officer_a):
    assert officer_a.email == "petugas.dpupr@contoh.go.id"

    response = post_login(client, "  Petugas.DPUPR@Contoh.GO.ID ", DEFAULT_PASSWORD)

    assert response.status_code == 302
    assert logged_in_user_id(client) == str(officer_a.pk)


def test_officer_logs_in_with_username_in_another_letter_case(client, officer_a):
    response = post_login(client, "Petugas.DPUPR", DEFAULT_PASSWORD)

    assert response.status_code == 302
    assert logged_in_user_id(client) == str(officer_a.pk)


def test_login_follows_a_safe_next_url(client, officer_a):
    workdays = reverse("core:workdays")

    response = client.post(
        LOGIN, {"username": "petugas.dpupr", "password": DEFAULT_PASSWORD, "next": workdays}
    )

    assert response["Location"] == workdays


def test_login_ignores_a_next_url_on_another_site(client, officer_a):
    response = client.post(
        LOGIN,
        {
            "username": "petugas.dpupr",
            "password": DEFAULT_PASSWORD,
            "next": "https://jahat.example/",
        },
    )

    assert response["Location"] == reverse("core:start")


def test_wrong_password_shows_an_error_and_does_not_log_in(client, officer_a):
    response = post_login(client, "petugas.dpupr", "salah-sandi")

    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert 'role="alert"' in response.content.decode()
    assert logged_in_user_id(client) is None


def test_unknown_account_shows_the_same_error_as_a_wrong_password(client, officer_a):
    wrong_password = post_login(client, "petugas.dpupr", "salah-sandi")
    unknown = post_login(client, "tidak.ada", "salah-sandi")

    assert unknown.status_code == 200
    assert (
        unknown.context["form"].non_field_errors()
        == wrong_password.context["form"].non_field_errors()
    )


def test_inactive_account_cannot_log_in(client, officer_a):
    officer_a.is_active = False
    officer_a.save()

    response = post_login(client, "petugas.dpupr", DEFAULT_PASSWORD)

    assert response.status_code == 200
    assert logged_in_user_id(client) is None


def test_logged_in_user_opening_the_login_page_is_sent_to_the_start_page(login, officer_a):
    response = login(officer_a).get(LOGIN)

    assert response.status_code == 302
    assert response["Location"] == reverse("core:start")


# --- the login rate limit -------------------------------------------------------------------------


def test_after_ten_failed_attempts_for_one_username_the_next_post_answers_429(client, officer_a):
    for _attempt in range(10):
        assert post_login(client, "petugas.dpupr", "salah-sandi").status_code == 200

    response = post_login(client, "petugas.dpupr", "salah-sandi")

    assert response.status_code == 429
    expected = in_indonesian("Too many login attempts. Please wait a few minutes and try again.")
    assert response.context["limited_message"] == expected
    assert expected in response.content.decode()


def test_rate_limited_username_cannot_log_in_even_with_the_right_password(client, officer_a):
    for _attempt in range(10):
        post_login(client, "petugas.dpupr", "salah-sandi")

    response = post_login(client, "petugas.dpupr", DEFAULT_PASSWORD)

    assert response.status_code == 429
    assert logged_in_user_id(client) is None


def test_rate_limit_for_one_username_leaves_other_usernames_alone(client, officer_a, admin_a):
    for _attempt in range(11):
        post_login(client, "petugas.dpupr", "salah-sandi")

    response = post_login(client, "admin.dpupr", DEFAULT_PASSWORD)

    assert response.status_code == 302
    assert logged_in_user_id(client) == str(admin_a.pk)


def test_thirty_attempts_from_one_address_block_every_username(client, officer_a):
    for number in range(30):
        post_login(client, f"tebakan{number}", "salah-sandi")

    assert post_login(client, "petugas.dpupr", DEFAULT_PASSWORD).status_code == 429


def test_case_variants_of_one_username_share_one_rate_limit(officer_a):
    variants = ["petugas.dpupr", "Petugas.dpupr", "PETUGAS.DPUPR", "petugas.DPUPR"]
    for number in range(10):
        # From different addresses, as a distributed guesser would.
        client = Client(REMOTE_ADDR=f"10.1.0.{number}")
        post_login(client, variants[number % len(variants)], "salah-sandi")

    response = post_login(Client(REMOTE_ADDR="10.2.0.1"), "Petugas.Dpupr", "salah-sandi")

    assert response.status_code == 429


# --- logging out ----------------------------------------------------------------------------------


def test_logout_by_get_is_refused(login, officer_a):
    client = login(officer_a)

    response = client.get(reverse("logout"))

    assert response.status_code == 405
    assert logged_in_user_id(client) == str(officer_a.pk)


def test_logout_by_post_ends_the_session_and_goes_to_the_portal(login, officer_a):
    client = login(officer_a)

    response = client.post(reverse("logout"))

    assert response.status_code == 302
    assert response["Location"] == reverse("portal:home")
    assert logged_in_user_id(client) is None


# --- password reset -------------------------------------------------------------------------------


def reset_path_from(mail) -> str:
    match = re.search(r"https?://testserver(/\S+/)", mail.body)
    assert match, mail.body
    return match.group(1)


def test_password_reset_sends_one_email_whose_link_sets_a_new_password(
    client, officer_a, mailoutbox
):
    response = client.post(RESET, {"email": "PETUGAS.DPUPR@contoh.go.id"})

    assert response.status_code == 302
    assert response["Location"] == reverse("password_reset_done")
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["petugas.dpupr@contoh.go.id"]
    assert "petugas.dpupr" in mail.body

    link = client.get(reset_path_from(mail))
    assert link.status_code == 302
    form_page = client.get(link["Location"])
    assert form_page.status_code == 200
    assert form_page.context["validlink"] is True
    saved = client.post(
        link["Location"], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    assert saved.status_code == 302
    assert saved["Location"] == reverse("password_reset_complete")

    fresh = Client()
    assert post_login(fresh, "petugas.dpupr", DEFAULT_PASSWORD).status_code == 200
    assert post_login(fresh, "petugas.dpupr", NEW_PASSWORD).status_code == 302
    assert logged_in_user_id(fresh) == str(officer_a.pk)


def test_password_reset_link_works_only_once(client, officer_a, mailoutbox):
    client.post(RESET, {"email": officer_a.email})
    path = reset_path_from(mailoutbox[0])
    form_url = client.get(path)["Location"]
    client.post(form_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})

    again = Client().get(path, follow=True)

    assert again.status_code == 200
    assert again.context["validlink"] is False


def test_password_reset_for_unknown_address_sends_nothing_but_looks_the_same(client, mailoutbox):
    response = client.post(RESET, {"email": "tidak.ada@contoh.go.id"})

    assert response.status_code == 302
    assert response["Location"] == reverse("password_reset_done")
    assert mailoutbox == []


def test_sixth_password_reset_request_from_one_address_in_an_hour_answers_429(
    client, officer_a, mailoutbox
):
    for _request in range(5):
        assert client.post(RESET, {"email": officer_a.email}).status_code == 302

    response = client.post(RESET, {"email": officer_a.email})

    assert response.status_code == 429
    expected = in_indonesian("Too many reset requests from this address. Please try again later.")
    assert expected in response.content.decode()
    assert len(mailoutbox) == 5
