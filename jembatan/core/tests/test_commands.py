"""Management commands: load_regions, setup_jurisdiction, load_demo, demo_accounts."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from jembatan.core import actions
from jembatan.core.models import (
    Agency,
    AuditEntry,
    Jurisdiction,
    Membership,
    Region,
    User,
)

# These commands set up the jurisdiction themselves.
pytestmark = [pytest.mark.django_db, pytest.mark.without_jurisdiction]

ROLES = {"coordinator", "agency_admin", "officer", "citizen"}


def run(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


@pytest.fixture
def demo():
    run("load_demo", "--core-only")


def demo_accounts() -> list[dict]:
    return json.loads(run("demo_accounts", "--json"))


# --- load_regions ---------------------------------------------------------------------------------


def test_load_regions_loads_wonosobo_and_reports_the_counts():
    output = run("load_regions", "--code", "33.07")

    assert output.startswith("Kabupaten Wonosobo: 15 kecamatan, ")
    assert Region.objects.count() == 15 + 265


def test_load_regions_with_unknown_code_fails_with_a_command_error():
    with pytest.raises(CommandError, match=r"99\.99"):
        run("load_regions", "--code", "99.99")

    assert not Region.objects.exists()


# --- setup_jurisdiction ---------------------------------------------------------------------------


def setup(name="Pemerintah Kabupaten Wonosobo", short="Kab. Wonosobo", code="wsb", region="33.07"):
    return run(
        "setup_jurisdiction",
        "--name",
        name,
        "--short-name",
        short,
        "--code",
        code,
        "--region-code",
        region,
    )


def test_setup_jurisdiction_creates_the_jurisdiction_and_loads_its_regions():
    output = setup()

    jurisdiction = Jurisdiction.objects.get()
    assert jurisdiction.name == "Pemerintah Kabupaten Wonosobo"
    assert jurisdiction.short_name == "Kab. Wonosobo"
    assert jurisdiction.code == "WSB"
    assert jurisdiction.region_code == "33.07"
    assert Region.objects.count() == 280
    assert "280" not in output  # counts are split: kecamatan, then desa/kelurahan
    assert "15 kecamatan, 265 desa/kelurahan" in output
    entry = AuditEntry.objects.get()
    assert entry.action == "jurisdiction_create"
    assert entry.actor is None
    assert entry.actor_label == "sistem"


def test_setup_jurisdiction_again_updates_the_one_jurisdiction():
    setup()

    setup(
        name="Pemerintah Kabupaten Temanggung", short="Kab. Temanggung", code="TMG", region="33.23"
    )

    jurisdiction = Jurisdiction.objects.get()
    assert jurisdiction.name == "Pemerintah Kabupaten Temanggung"
    assert jurisdiction.code == "TMG"
    assert jurisdiction.region_code == "33.23"
    assert list(AuditEntry.objects.order_by("id").values_list("action", flat=True)) == [
        "jurisdiction_create",
        "jurisdiction_update",
    ]


def test_setup_jurisdiction_update_records_the_previous_values():
    setup()

    setup(
        name="Pemerintah Kabupaten Temanggung", short="Kab. Temanggung", code="TMG", region="33.23"
    )

    entry = AuditEntry.objects.filter(action="jurisdiction_update").get()
    assert entry.changes["name"] == [
        "Pemerintah Kabupaten Wonosobo",
        "Pemerintah Kabupaten Temanggung",
    ]
    assert entry.changes["region_code"] == ["33.07", "33.23"]


@pytest.mark.parametrize("code", ["WS", "WONOSB", "W1B", "WSB!", "ÄBC"])
def test_setup_jurisdiction_refuses_a_tracking_code_that_is_not_3_to_5_letters(code):
    with pytest.raises(CommandError, match="--code"):
        setup(code=code)

    assert not Jurisdiction.objects.exists()
    assert not Region.objects.exists()


def test_setup_jurisdiction_with_unknown_region_code_creates_nothing():
    with pytest.raises(CommandError):
        setup(region="99.99")

    assert not Jurisdiction.objects.exists()
    assert not AuditEntry.objects.exists()


def test_setup_jurisdiction_shows_the_new_name_at_once_on_the_public_site(client):
    assert "Pemerintah Kabupaten Wonosobo" not in client.get("/").content.decode()

    setup()

    assert "Pemerintah Kabupaten Wonosobo" in client.get("/").content.decode()


# --- load_demo ------------------------------------------------------------------------------------


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Jurisdiction, Region, Agency, User, Membership, AuditEntry)
    }


@pytest.mark.slow
def test_load_demo_loads_the_wonosobo_demo(demo):
    assert Jurisdiction.objects.get().name == "Pemerintah Kabupaten Wonosobo"
    assert Region.objects.count() == 280
    assert Agency.objects.count() >= 10
    sembungan = Agency.objects.get(slug="desa-sembungan")
    assert sembungan.region_id == "33.07.13.2003"
    assert sembungan.parent is not None
    assert User.objects.filter(is_coordinator=True).exists()


@pytest.mark.slow
def test_load_demo_twice_changes_nothing(demo):
    first = counts()

    run("load_demo", "--core-only")

    assert counts() == first


@pytest.mark.slow
def test_load_demo_again_keeps_an_edited_agency_as_edited(demo):
    koordinator = User.objects.get(username="koordinator")
    diskominfo = Agency.objects.get(slug="diskominfo")
    actions.agency_update(
        agency=diskominfo,
        actor=koordinator,
        phone="(0286) 399999",
        service_hours="Senin–Jumat 08.00–14.00",
        parent=Agency.objects.get(slug="dpupr"),
    )
    dpupr = Agency.objects.get(slug="dpupr")
    actions.agency_update(agency=dpupr, actor=koordinator, is_active=False)

    run("load_demo", "--core-only")

    diskominfo.refresh_from_db()
    assert diskominfo.phone == "(0286) 399999"
    assert diskominfo.service_hours == "Senin–Jumat 08.00–14.00"
    assert diskominfo.parent.slug == "dpupr"
    assert Agency.objects.get(slug="dpupr").is_active is False


@pytest.mark.slow
def test_load_demo_again_keeps_a_changed_role(demo):
    admin = User.objects.get(username="admin.dpupr")
    membership = admin.memberships.get()
    actions.membership_set(
        user=admin, agency=membership.agency, role=Membership.Role.OFFICER, actor=None
    )

    run("load_demo", "--core-only")

    assert admin.memberships.get().role == "officer"


# --- demo_accounts --------------------------------------------------------------------------------


@pytest.mark.slow
def test_demo_accounts_json_is_one_array_of_accounts_with_exactly_four_keys(demo):
    output = run("demo_accounts", "--json")

    accounts = json.loads(output)
    assert isinstance(accounts, list)
    assert accounts
    for account in accounts:
        assert set(account) == {"username", "password", "role", "agency"}
        assert account["role"] in ROLES
    assert len({account["username"] for account in accounts}) == len(accounts)


@pytest.mark.slow
def test_demo_accounts_cover_every_role_in_five_kinds_of_agency(demo):
    accounts = demo_accounts()

    roles = [account["role"] for account in accounts]
    assert roles.count("coordinator") >= 1
    assert roles.count("citizen") >= 1
    admins = {a["agency"] for a in accounts if a["role"] == "agency_admin"}
    officers = {a["agency"] for a in accounts if a["role"] == "officer"}
    staffed = admins & officers
    assert len(staffed) >= 5
    kinds = set(Agency.objects.filter(slug__in=staffed).values_list("kind", flat=True))
    assert len(kinds) >= 5


@pytest.mark.slow
def test_demo_accounts_roles_match_the_database(demo):
    for account in demo_accounts():
        user = User.objects.get(username=account["username"])
        if account["role"] == "coordinator":
            assert user.is_coordinator
        elif account["role"] == "citizen":
            assert not user.is_coordinator
            assert not user.memberships.exists()
            assert account["agency"] is None
        else:
            assert user.memberships.filter(
                agency__slug=account["agency"], role=account["role"]
            ).exists()


@pytest.mark.slow
def test_every_demo_account_can_log_in_through_the_login_page(demo):
    accounts = demo_accounts()

    for number, account in enumerate(accounts, start=1):
        # Each account from its own address: the per-address limit is not under test here.
        client = Client(REMOTE_ADDR=f"10.0.0.{number}")
        response = client.post(
            reverse("login"),
            {"username": account["username"], "password": account["password"]},
        )
        assert response.status_code == 302, account["username"]
        assert response["Location"] == reverse("core:start")
        user = User.objects.get(username=account["username"])
        assert client.session["_auth_user_id"] == str(user.pk)


def test_demo_accounts_before_loading_the_demo_is_an_empty_array_or_a_hint():
    assert demo_accounts() == []
    assert "load_demo" in run("demo_accounts")


@pytest.mark.slow
def test_demo_accounts_as_text_lists_one_line_per_account(demo):
    lines = run("demo_accounts").strip().splitlines()

    assert len(lines) == len(demo_accounts())
    assert lines[0].split()[0] == "koordinator"
    assert "demo-wonosobo" in lines[0]
