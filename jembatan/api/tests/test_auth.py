"""POST/DELETE /api/v1/auth/token, and how tokens and sessions count on the API."""

import pytest
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from jembatan.api.auth import hash_token
from jembatan.api.models import ApiToken
from jembatan.core.actions import membership_remove
from jembatan.core.tests.factories import DEFAULT_PASSWORD
from jembatan.testing.two_factor import code_for, enrol, require_two_factor

TOKEN_URL = "/api/v1/auth/token"
INBOX_URL = "/api/v1/inbox"


def test_token_with_username_works_on_the_inbox(api, officer_a):
    response = api.post(TOKEN_URL, {"username": "petugas.dpupr", "password": DEFAULT_PASSWORD})

    assert response.status_code == 200
    token = response.json()["token"]
    assert api.get(INBOX_URL, token=token).status_code == 200


def test_token_with_email_as_username(api, officer_a):
    response = api.post(TOKEN_URL, {"username": "PETUGAS.DPUPR@contoh.go.id",
                                    "password": DEFAULT_PASSWORD})

    assert response.status_code == 200
    assert response.json()["token"]


def test_token_is_stored_only_as_its_hash(api, officer_a):
    token = api.post(TOKEN_URL, {"username": "petugas.dpupr",
                                 "password": DEFAULT_PASSWORD}).json()["token"]

    row = ApiToken.objects.get(user=officer_a)
    assert row.key_hash == hash_token(token)
    assert token not in row.key_hash
    assert not ApiToken.objects.filter(key_hash=token).exists()


def test_using_a_token_records_when(api, officer_a_token):
    api.get(INBOX_URL, token=officer_a_token)

    assert ApiToken.objects.get().last_used_at is not None


@pytest.mark.parametrize(("password", "status"), [("salah-sandi", 401), ("", 400)])
def test_a_wrong_password_is_401_and_an_empty_one_400(api, officer_a, password, status):
    response = api.post(TOKEN_URL, {"username": "petugas.dpupr", "password": password})

    assert response.status_code == status
    body = response.json()
    assert set(body) >= {"code", "message"}
    if password:
        assert response.status_code == 401
        assert body["code"] == "invalid_credentials"
    assert not ApiToken.objects.exists()


def test_unknown_user_is_401(api, db):
    response = api.post(TOKEN_URL, {"username": "tidak.ada", "password": "apa saja"})

    assert response.status_code == 401
    assert response.json()["code"] == "invalid_credentials"


def test_deactivated_account_gets_no_token(api, officer_a):
    officer_a.is_active = False
    officer_a.save()

    response = api.post(TOKEN_URL, {"username": "petugas.dpupr", "password": DEFAULT_PASSWORD})

    assert response.status_code == 401


def test_token_of_a_deactivated_account_stops_working(api, officer_a, officer_a_token):
    officer_a.is_active = False
    officer_a.save()

    response = api.get(INBOX_URL, token=officer_a_token)

    assert response.status_code == 401
    assert response.json()["code"] == "invalid_token"


def test_token_endpoint_is_limited_per_address(api, db):
    statuses = [
        api.post(TOKEN_URL, {"username": f"tebak{n}", "password": "x"}).status_code
        for n in range(30)
    ]

    assert statuses[:29] == [401] * 29
    assert statuses[29] == 429


def test_token_endpoint_is_limited_per_username_and_address(api, officer_a):
    for _ in range(10):
        api.post(TOKEN_URL, {"username": "petugas.dpupr", "password": "salah"})

    response = api.post(TOKEN_URL, {"username": "petugas.dpupr", "password": DEFAULT_PASSWORD})

    assert response.status_code == 429
    body = response.json()
    assert body["code"] == "rate_limited"
    assert "atur ulang kata sandi" in body["message"]
    assert int(response["Retry-After"]) > 0


def test_owner_gets_a_token_while_an_attacker_elsewhere_is_throttled(officer_a):
    attacker = Client(REMOTE_ADDR="203.0.113.9")
    for _ in range(20):
        attacker.post(TOKEN_URL, {"username": "petugas.dpupr", "password": "salah"},
                      content_type="application/json")

    owner = Client(REMOTE_ADDR="10.1.2.3").post(
        TOKEN_URL, {"username": "petugas.dpupr", "password": DEFAULT_PASSWORD},
        content_type="application/json")

    assert owner.status_code == 200
    assert owner.json()["token"]


def test_failures_on_the_sign_in_page_and_the_api_share_one_count(api, client, officer_a):
    for _ in range(9):
        client.post("/masuk/", {"username": "petugas.dpupr", "password": "salah"})

    response = api.post(TOKEN_URL, {"username": "petugas.dpupr", "password": "salah"})

    assert response.status_code == 429


# --- two-step sign-in -----------------------------------------------------------------------------


def test_person_with_two_step_sign_in_and_no_otp_gets_401_otp_required(api, officer_a):
    enrol(officer_a)

    response = api.post(TOKEN_URL, {"username": "petugas.dpupr", "password": DEFAULT_PASSWORD})

    assert response.status_code == 401
    body = response.json()
    assert body["code"] == "otp_required"
    assert body["message"]
    assert not ApiToken.objects.filter(user=officer_a).exists()


def test_person_with_two_step_sign_in_gets_a_token_with_the_app_code(api, officer_a):
    device, _codes = enrol(officer_a)

    response = api.post(TOKEN_URL, {"username": "petugas.dpupr", "password": DEFAULT_PASSWORD,
                                    "otp": code_for(device)})

    assert response.status_code == 200
    assert api.get(INBOX_URL, token=response.json()["token"]).status_code == 200


def test_a_recovery_code_gets_a_token_once(api, officer_a):
    _device, codes = enrol(officer_a)
    data = {"username": "petugas.dpupr", "password": DEFAULT_PASSWORD, "otp": codes[3]}

    assert api.post(TOKEN_URL, data).status_code == 200
    again = api.post(TOKEN_URL, data)
    assert again.status_code == 401
    assert again.json()["code"] == "otp_invalid"


def test_a_wrong_otp_is_401_and_counts_as_a_failure(api, officer_a):
    device, _codes = enrol(officer_a)
    data = {"username": "petugas.dpupr", "password": DEFAULT_PASSWORD, "otp": "000000"}
    for _ in range(9):
        TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_count=0)
        response = api.post(TOKEN_URL, data)
        assert response.status_code == 401
        assert response.json()["code"] == "otp_invalid"

    assert api.post(TOKEN_URL, data).status_code == 429
    assert api.post(TOKEN_URL, {**data, "otp": code_for(device)}).status_code == 429


def test_a_wrong_password_with_an_otp_is_still_invalid_credentials(api, officer_a):
    device, _codes = enrol(officer_a)

    response = api.post(TOKEN_URL, {"username": "petugas.dpupr", "password": "salah",
                                    "otp": code_for(device)})

    assert response.status_code == 401
    assert response.json()["code"] == "invalid_credentials"


def test_person_without_two_step_sign_in_may_send_an_otp_and_it_is_ignored(api, officer_a):
    response = api.post(TOKEN_URL, {"username": "petugas.dpupr", "password": DEFAULT_PASSWORD,
                                    "otp": "123456"})

    assert response.status_code == 200


def test_coordinator_required_to_use_two_step_sign_in_without_it_gets_403(
    api, jurisdiction, coordinator
):
    require_two_factor(jurisdiction)

    response = api.post(TOKEN_URL, {"username": coordinator.username,
                                    "password": DEFAULT_PASSWORD})

    assert response.status_code == 403
    assert response.json()["code"] == "two_factor_setup_required"


@pytest.mark.parametrize("header", ["Bearer jbt_bukan-token", "Bearer ", "Basic dXNlcjpwdw==",
                                    "Bearer " + "x" * 5000])
def test_bad_authorization_header_is_401(api, db, header):
    response = api.get(INBOX_URL, headers={"Authorization": header})

    assert response.status_code == 401
    assert response.json()["code"] == "invalid_token"
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_no_token_on_inbox_is_401(api, db):
    response = api.get(INBOX_URL)

    assert response.status_code == 401
    assert response.json()["code"] == "unauthorized"


def test_leaving_the_agency_closes_the_inbox(api, officer_a, officer_a_token, coordinator):
    membership_remove(membership=officer_a.memberships.get(), actor=coordinator)

    response = api.get(INBOX_URL, token=officer_a_token)

    assert response.status_code == 403


def test_revoked_token_stops_working(api, officer_a_token):
    assert api.delete(TOKEN_URL, token=officer_a_token).status_code == 204

    assert api.get(INBOX_URL, token=officer_a_token).status_code == 401
    assert not ApiToken.objects.exists()


def test_web_session_does_not_authenticate_the_api(login, coordinator):
    client = login(coordinator)

    response = client.get(INBOX_URL)

    assert response.status_code == 401


def test_api_needs_no_csrf_token(officer_a):
    client = Client(enforce_csrf_checks=True)

    response = client.post(TOKEN_URL, {"username": "petugas.dpupr", "password": DEFAULT_PASSWORD},
                           content_type="application/json")

    assert response.status_code == 200


def test_malformed_json_is_400(api, db):
    response = api.post(TOKEN_URL, raw='{"username": "a", "password": ')

    assert response.status_code == 400
    assert response.json()["code"] == "malformed"


def test_missing_fields_are_400_with_details(api, db):
    response = api.post(TOKEN_URL, {"username": "petugas.dpupr"})

    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid"
    assert body["message"]
    assert any(detail["loc"][-1] == "password" for detail in body["details"])
