"""Two-step sign-in: setting it up, signing in with a code or a recovery code, the jurisdiction's
requirement, the admin, the reset by a coordinator."""

import re

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from jembatan.core import actions
from jembatan.core.models import AuditEntry
from jembatan.core.tests.factories import DEFAULT_PASSWORD
from jembatan.testing.two_factor import code_for, enrol, require_two_factor

pytestmark = pytest.mark.django_db

LOGIN = reverse("login")
CODE = reverse("login_code")
ENROL = reverse("two_factor_enrol")
ACCOUNT = reverse("account")
START = reverse("core:start")


def sign_in(client, user, next_url=""):
    data = {"username": user.username, "password": DEFAULT_PASSWORD}
    if next_url:
        data["next"] = next_url
    return client.post(LOGIN, data)


def signed_in(client) -> str | None:
    return client.session.get("_auth_user_id")


# --- setting it up --------------------------------------------------------------------------------


def test_enrolment_page_shows_an_inline_svg_qr_code_and_the_secret(login, officer_a):
    response = login(officer_a).get(ENROL)

    assert response.status_code == 200
    page = response.content.decode()
    assert "<svg" in page
    assert "<script" not in page.split("<main", 1)[-1]
    device = TOTPDevice.objects.get(user=officer_a, confirmed=False)
    assert response.context["secret"].replace(" ", "") in device.config_url
    assert "Aktifkan verifikasi dua langkah" in page


def test_confirming_with_a_code_turns_it_on_and_shows_ten_codes_once(login, officer_a):
    client = login(officer_a)
    client.get(ENROL)
    device = TOTPDevice.objects.get(user=officer_a, confirmed=False)

    response = client.post(ENROL, {"code": code_for(device)})

    assert response.status_code == 302
    assert response["Location"] == ACCOUNT
    device.refresh_from_db()
    assert device.confirmed
    page = client.get(ACCOUNT)
    codes = page.context["recovery_codes"]
    assert len(codes) == 10
    assert len(set(codes)) == 10
    for code in codes:
        assert code in page.content.decode()
    assert client.get(ACCOUNT).context["recovery_codes"] is None
    assert AuditEntry.objects.filter(action="two_factor_enable", object_id=str(officer_a.pk)
                                     ).count() == 1


def test_a_wrong_code_does_not_turn_it_on(login, officer_a):
    client = login(officer_a)
    client.get(ENROL)

    response = client.post(ENROL, {"code": "000000"})

    assert response.status_code == 200
    assert response.context["form"].errors["code"]
    assert not TOTPDevice.objects.filter(user=officer_a, confirmed=True).exists()


def test_setting_up_again_replaces_the_old_app_and_codes(officer_a):
    _old_device, old_codes = enrol(officer_a)

    new_device, _new_codes = enrol(officer_a)

    assert list(TOTPDevice.objects.filter(user=officer_a, confirmed=True)) == [new_device]
    assert not StaticToken.objects.filter(token__in=old_codes).exists()
    assert StaticToken.objects.filter(device__user=officer_a).count() == 10


def test_replacing_the_app_needs_a_session_confirmed_with_the_current_one(login, officer_a):
    client = login(officer_a)  # signed in without a code
    enrol(officer_a)

    response = client.get(ENROL)

    assert response.status_code == 302
    assert response["Location"] == f"{LOGIN}?next=%2Fakun%2Fdua-langkah%2F"
    assert signed_in(client) is None
    assert TOTPDevice.objects.filter(user=officer_a).count() == 1


def test_after_signing_in_with_a_code_the_app_can_be_replaced(client, officer_a):
    device, _codes = enrol(officer_a)
    sign_in(client, officer_a)
    client.post(CODE, {"code": code_for(device)})

    assert client.get(ENROL).status_code == 200


# --- signing in -----------------------------------------------------------------------------------


def test_person_without_a_second_factor_signs_in_with_the_password_alone(client, officer_a):
    response = sign_in(client, officer_a)

    assert response["Location"] == START
    assert signed_in(client) == str(officer_a.pk)


def test_after_the_password_a_person_with_an_app_is_asked_for_a_code(client, officer_a):
    device, _codes = enrol(officer_a)

    response = sign_in(client, officer_a, next_url=reverse("core:workdays"))

    assert response.status_code == 302
    assert response["Location"] == CODE
    assert signed_in(client) is None
    assert client.get(START).status_code == 302

    done = client.post(CODE, {"code": code_for(device)})

    assert done.status_code == 302
    assert done["Location"] == reverse("core:workdays")
    assert signed_in(client) == str(officer_a.pk)
    assert client.get(START).status_code == 200


def test_the_code_may_be_typed_with_spaces(client, officer_a):
    device, _codes = enrol(officer_a)
    sign_in(client, officer_a)
    code = code_for(device)

    response = client.post(CODE, {"code": f"{code[:3]} {code[3:]}"})

    assert response.status_code == 302
    assert signed_in(client) == str(officer_a.pk)


def test_a_wrong_code_does_not_sign_in(client, officer_a):
    enrol(officer_a)
    sign_in(client, officer_a)

    response = client.post(CODE, {"code": "123456"})

    assert response.status_code == 200
    assert "Kode tidak benar" in response.content.decode()
    assert signed_in(client) is None


def test_the_code_page_without_a_password_first_goes_back_to_the_sign_in_page(client):
    assert client.get(CODE)["Location"] == LOGIN
    assert client.post(CODE, {"code": "123456"})["Location"] == LOGIN


def test_a_recovery_code_signs_in_once(officer_a):
    _device, codes = enrol(officer_a)
    first = Client()
    sign_in(first, officer_a)

    response = first.post(CODE, {"code": codes[0].upper()})

    assert response.status_code == 302
    assert signed_in(first) == str(officer_a.pk)
    again = Client()
    sign_in(again, officer_a)
    assert again.post(CODE, {"code": codes[0]}).status_code == 200
    assert signed_in(again) is None
    assert StaticToken.objects.filter(device__user=officer_a).count() == 9


def test_wrong_codes_are_throttled_like_wrong_passwords(client, officer_a):
    device, _codes = enrol(officer_a)
    sign_in(client, officer_a)
    for _attempt in range(9):
        TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_count=0)
        assert client.post(CODE, {"code": "000000"}).status_code == 200

    response = client.post(CODE, {"code": "000000"})

    assert response.status_code == 429
    assert client.post(CODE, {"code": code_for(device)}).status_code == 429
    assert signed_in(client) is None


# --- required by the jurisdiction -----------------------------------------------------------------


def test_coordinator_without_an_app_is_sent_to_set_it_up_when_required(
    client, jurisdiction, coordinator
):
    require_two_factor(jurisdiction)
    sign_in(client, coordinator)

    response = client.get(START)

    assert response.status_code == 302
    assert response["Location"] == f"{ENROL}?next=%2Fstaf%2F"
    assert client.get("/admin/")["Location"].startswith(ENROL)
    assert client.get(ENROL).status_code == 200
    assert client.get(reverse("portal:home")).status_code == 200


def test_after_setting_it_up_the_coordinator_reaches_staff_pages(client, jurisdiction,
                                                                 coordinator):
    require_two_factor(jurisdiction)
    sign_in(client, coordinator)
    client.get(ENROL)
    device = TOTPDevice.objects.get(user=coordinator)

    response = client.post(f"{ENROL}?next=/staf/", {"code": code_for(device)})

    assert response["Location"] == f"{ACCOUNT}?next=%2Fstaf%2F"
    assert client.get(START).status_code == 200
    assert client.get("/admin/").status_code == 200


def test_agency_admin_is_required_too_but_an_officer_is_not(jurisdiction, admin_a, officer_a):
    require_two_factor(jurisdiction)
    admin_client, officer_client = Client(), Client()
    sign_in(admin_client, admin_a)
    sign_in(officer_client, officer_a)

    assert admin_client.get(START)["Location"].startswith(ENROL)
    assert officer_client.get(START).status_code == 200


def test_nothing_is_required_while_the_jurisdiction_has_it_off(client, jurisdiction,
                                                               coordinator):
    require_two_factor(jurisdiction, on=False)
    sign_in(client, coordinator)

    assert client.get(START).status_code == 200


def test_a_session_from_before_the_set_up_must_sign_in_again_when_required(
    login, jurisdiction, coordinator
):
    client = login(coordinator)
    enrol(coordinator)
    require_two_factor(jurisdiction)

    response = client.get(START)

    assert response.status_code == 302
    assert response["Location"] == f"{LOGIN}?next=%2Fstaf%2F"
    assert signed_in(client) is None


# --- the admin ------------------------------------------------------------------------------------


def test_admin_needs_the_code_from_a_person_who_has_an_app(login, coordinator):
    client = login(coordinator)  # a session that never typed a code
    enrol(coordinator)

    response = client.get("/admin/")

    assert response.status_code == 302
    assert client.get(response["Location"])["Location"].startswith(LOGIN)


def test_coordinator_turns_the_requirement_on_in_the_admin_and_it_is_audited(
    client, jurisdiction, coordinator
):
    sign_in(client, coordinator)
    url = reverse("admin:core_jurisdiction_change", args=[jurisdiction.pk])
    form = client.get(url).context["adminform"].form
    data = {name: ("" if value is None else value) for name, value in form.initial.items()
            if name in form.fields and name != "logo"}
    data["public_settings"] = "{}"
    data["require_staff_two_factor"] = "on"

    response = client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    jurisdiction.refresh_from_db()
    assert jurisdiction.require_staff_two_factor
    entry = AuditEntry.objects.get(action="jurisdiction_update")
    assert "require_staff_two_factor" in entry.changes
    assert client.get(START)["Location"].startswith(ENROL)


# --- reset by a coordinator -----------------------------------------------------------------------


def test_coordinator_resets_a_persons_second_factor_and_it_is_audited(coordinator, officer_a):
    enrol(officer_a)

    actions.two_factor_reset(user=officer_a, actor=coordinator)

    assert not TOTPDevice.objects.filter(user=officer_a).exists()
    assert not StaticToken.objects.filter(device__user=officer_a).exists()
    entry = AuditEntry.objects.get(action="two_factor_reset")
    assert entry.actor == coordinator
    assert entry.object_id == str(officer_a.pk)
    client = Client()
    assert sign_in(client, officer_a)["Location"] == START


@pytest.mark.parametrize("who", ["officer_a", "admin_a", "citizen"])
def test_only_coordinators_may_reset_a_second_factor(request, who, officer_b):
    enrol(officer_b)

    with pytest.raises(PermissionDenied):
        actions.two_factor_reset(user=officer_b, actor=request.getfixturevalue(who))
    assert TOTPDevice.objects.filter(user=officer_b).exists()


def test_coordinator_resets_from_the_user_list_in_the_admin(client, coordinator, officer_a):
    enrol(officer_a)
    sign_in(client, coordinator)

    response = client.post(reverse("admin:core_user_changelist"), {
        "action": "reset_two_factor", "_selected_action": [officer_a.pk]})

    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=officer_a).exists()


def test_account_page_shows_whether_it_is_on(login, officer_a):
    client = login(officer_a)
    assert client.get(ACCOUNT).context["enrolled"] is False

    enrol(officer_a)

    page = client.get(ACCOUNT)
    assert page.context["enrolled"] is True
    assert re.search(r"10 kode pemulihan", page.content.decode())
