"""Agency admins connect their channels; tokens never come back out."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from jembatan.connectors import actions
from jembatan.connectors.models import ConnectedAccount
from jembatan.core.models import AuditEntry


def _url(agency):
    return reverse("connectors:accounts", args=[agency.slug])


def test_the_agency_admin_connects_an_account_and_never_sees_the_token(login, admin_a, agency_a):
    client = login(admin_a)
    response = client.post(_url(agency_a), {"platform": "whatsapp",
                                            "external_id": "106540352242922",
                                            "name": "WA Pengaduan DPUPR",
                                            "token": "EAAG-rahasia-sekali"})
    assert response.status_code == 302
    account = ConnectedAccount.objects.get()
    assert account.token == "EAAG-rahasia-sekali"
    page = client.get(_url(agency_a)).content.decode()
    assert "WA Pengaduan DPUPR" in page
    assert "EAAG-rahasia-sekali" not in page
    assert account.token_encrypted not in page


def test_switching_off_is_audited(login, admin_a, agency_a):
    client = login(admin_a)
    client.post(_url(agency_a), {"platform": "facebook", "external_id": "1234567890"})
    account = ConnectedAccount.objects.get()
    client.post(reverse("connectors:account_toggle", args=[agency_a.slug, account.pk]))
    account.refresh_from_db()
    assert not account.is_active
    assert AuditEntry.objects.filter(action="account_update").exists()


def test_bad_ids_get_a_400_with_the_reason(login, admin_a, agency_a):
    client = login(admin_a)
    response = client.post(_url(agency_a), {"platform": "instagram",
                                            "external_id": "akun-kami"})
    assert response.status_code == 400
    assert ConnectedAccount.objects.count() == 0


def test_officers_and_other_agencies_may_not_manage_accounts(login, officer_a, admin_a,
                                                             agency_a, agency_b, officer_b):
    assert login(officer_a).get(_url(agency_a)).status_code == 403
    assert login(officer_b).get(_url(agency_a)).status_code == 403
    assert login(admin_a).get(_url(agency_b)).status_code == 403


def test_the_coordinator_may(login, coordinator, agency_b):
    assert login(coordinator).get(_url(agency_b)).status_code == 200


# --- The actions behind the page -----------------------------------------------------------


def test_account_toggle_switches_off_and_on_with_one_audit_entry_each(admin_a, agency_a):
    account, _created = actions.account_connect(agency=agency_a, platform="facebook",
                                                external_id="1234567890", actor=admin_a)
    actions.account_toggle(account=account, actor=admin_a)
    account.refresh_from_db()
    assert not account.is_active
    actions.account_toggle(account=account, actor=admin_a)
    account.refresh_from_db()
    assert account.is_active
    changes = [entry.changes for entry in
               AuditEntry.objects.filter(action="account_update").order_by("pk")]
    assert changes == [{"is_active": [True, False]}, {"is_active": [False, True]}]


@pytest.mark.parametrize("who", ["officer_a", "officer_b"])
def test_only_the_agency_admin_or_a_coordinator_may_connect_or_toggle(request, who, agency_a,
                                                                       coordinator):
    person = request.getfixturevalue(who)
    with pytest.raises(PermissionDenied):
        actions.account_connect(agency=agency_a, platform="facebook", external_id="1234567890",
                                actor=person)
    account, _created = actions.account_connect(agency=agency_a, platform="facebook",
                                                external_id="1234567890", actor=coordinator)
    with pytest.raises(PermissionDenied):
        actions.account_toggle(account=account, actor=person)
    account.refresh_from_db()
    assert account.is_active
