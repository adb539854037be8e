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
    assert 'class="error-summary"' in response.content.decode()
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


# --- the login limits (django-axes: per name+address and per address, never per name alone) ---


def test_the_tenth_failed_attempt_for_one_name_from_one_address_answers_429(client, officer_a):
    for _attempt in range(9):
        assert post_login(client, "petugas.dpupr", "salah-sandi").status_code == 200

    response = post_login(client, "petugas.dpupr", "salah-sandi")

    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    page = response.content.decode()
    assert "Terlalu banyak percobaan masuk yang gagal dari alamat ini" in page
    assert reverse("password_reset") in page


def test_throttled_name_cannot_log_in_from_that_address_even_with_the_right_password(
    client, officer_a
):
    for _attempt in range(10):
        post_login(client, "petugas.dpupr", "salah-sandi")

    response = post_login(client, "petugas.dpupr", DEFAULT_PASSWORD)

    assert response.status_code == 429
    assert logged_in_user_id(client) is None


def test_throttled_page_says_in_indonesian_when_to_try_again(client, officer_a):
    for _attempt in range(10):
        response = post_login(client, "petugas.dpupr", "salah-sandi")

    when = response.context["retry_at"]
    assert f"coba lagi setelah pukul {when:%H:%M}" in response.content.decode().lower()


def test_owner_is_not_locked_out_by_an_attacker_at_another_address(officer_a):
    attacker = Client(REMOTE_ADDR="203.0.113.7")
    for _attempt in range(25):
        post_login(attacker, "petugas.dpupr", "salah-sandi")
    assert post_login(attacker, "petugas.dpupr", DEFAULT_PASSWORD).status_code == 429

    owner = Client(REMOTE_ADDR="10.20.30.40")
    response = post_login(owner, "petugas.dpupr", DEFAULT_PASSWORD)

    assert response.status_code == 302
    assert logged_in_user_id(owner) == str(officer_a.pk)


def test_throttle_for_one_name_leaves_other_names_at_that_address_alone(
    client, officer_a, admin_a
):
    for _attempt in range(11):
        post_login(client, "petugas.dpupr", "salah-sandi")

    response = post_login(client, "admin.dpupr", DEFAULT_PASSWORD)

    assert response.status_code == 302
    assert logged_in_user_id(client) == str(admin_a.pk)


def test_thirty_failures_from_one_address_block_every_name_there(client, officer_a):
    for number in range(30):
        post_login(client, f"tebakan{number}", "salah-sandi")

    assert post_login(client, "petugas.dpupr", DEFAULT_PASSWORD).status_code == 429
    assert post_login(Client(REMOTE_ADDR="10.9.9.9"), "petugas.dpupr",
                      DEFAULT_PASSWORD).status_code == 302


def test_case_variants_of_one_name_share_one_count(client, officer_a):
    variants = ["petugas.dpupr", "Petugas.dpupr", "PETUGAS.DPUPR", " petugas.DPUPR "]
    for number in range(9):
        post_login(client, variants[number % len(variants)], "salah-sandi")

    assert post_login(client, "Petugas.Dpupr", "salah-sandi").status_code == 429


def test_a_good_sign_in_clears_the_failures_of_that_name_only(client, officer_a, admin_a):
    for _attempt in range(9):
        post_login(client, "petugas.dpupr", "salah-sandi")
    assert post_login(client, "petugas.dpupr", DEFAULT_PASSWORD).status_code == 302
    client.post(reverse("logout"))

    # The count for the name starts again: nine more failures do not lock it yet.
    for _attempt in range(9):
        assert post_login(client, "petugas.dpupr", "salah-sandi").status_code == 200


def test_admin_login_form_sends_everyone_to_the_one_sign_in_page(client, coordinator):
    response = client.post("/admin/login/?next=/admin/",
                           {"username": coordinator.username, "password": DEFAULT_PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == f"{LOGIN}?next=%2Fadmin%2F"
    assert logged_in_user_id(client) is None


def test_admin_sign_in_is_throttled_like_every_other(client, coordinator):
    for _attempt in range(50):
        client.post(LOGIN, {"username": coordinator.username, "password": "salah-sandi",
                            "next": "/admin/"})

    response = client.post(LOGIN, {"username": coordinator.username,
                                   "password": DEFAULT_PASSWORD, "next": "/admin/"})

    assert response.status_code == 429
    assert logged_in_user_id(client) is None
    assert client.get("/admin/").status_code == 302


def test_coordinator_signs_in_to_the_admin_through_the_sign_in_page(client, coordinator):
    response = client.post(LOGIN, {"username": coordinator.username,
                                   "password": DEFAULT_PASSWORD, "next": "/admin/"})

    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_every_password_check_counts_even_one_made_in_code(rf, officer_a):
    from django.contrib.auth import authenticate

    request = rf.post(LOGIN, REMOTE_ADDR="10.0.0.5")
    for _attempt in range(10):
        assert authenticate(request, username="petugas.dpupr", password="salah") is None

    assert authenticate(request, username="petugas.dpupr", password=DEFAULT_PASSWORD) is None


def test_wrong_current_password_on_the_change_form_counts_too(login, officer_a):
    client = login(officer_a)
    url = reverse("password_change")
    data = {"old_password": "salah", "new_password1": NEW_PASSWORD,
            "new_password2": NEW_PASSWORD}
    for _attempt in range(9):
        assert client.post(url, data).status_code == 200

    assert client.post(url, data).status_code == 429
    assert client.post(url, {**data, "old_password": DEFAULT_PASSWORD}).status_code == 429


def test_password_change_with_the_right_password_keeps_the_session(login, officer_a):
    client = login(officer_a)

    response = client.post(reverse("password_change"), {
        "old_password": DEFAULT_PASSWORD, "new_password1": NEW_PASSWORD,
        "new_password2": NEW_PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == reverse("account")
    officer_a.refresh_from_db()
    assert officer_a.check_password(NEW_PASSWORD)
    assert logged_in_user_id(client) == str(officer_a.pk)


def test_account_pages_need_a_sign_in(client):
    for name in ("account", "password_change", "two_factor_enrol"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN)


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


def test_sessions_read_from_the_shared_cache_and_signing_out_ends_them(settings, officer_a):
    """Production (CACHE_URL set) keeps sessions in the cache and the database (decision 0068):
    a signed-in page reads no session row, and signing out ends the session in both."""
    from django.contrib.sessions.models import Session
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    client = Client()
    post_login(client, officer_a.username, DEFAULT_PASSWORD)
    key = client.session.session_key
    assert Session.objects.filter(session_key=key).exists()

    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("reports:inbox")).status_code == 200
    assert not [q for q in queries.captured_queries if "django_session" in q["sql"]]

    client.post(reverse("logout"))
    assert not Session.objects.filter(session_key=key).exists()
    stolen = Client()
    stolen.cookies["sessionid"] = key
    assert stolen.get(reverse("reports:inbox")).status_code == 302
