"""The fixed people, agencies and places of every test, and clients to act as them.

agency_a is a regional government office (DPUPR), agency_b a regional-owned water company,
agency_c a third office that is party to nothing unless a test makes it so; officer_a and admin_a
work for agency_a, officer_b and admin_b for agency_b, officer_c for agency_c; the coordinator
oversees all; the citizen has an account but no role. Places are in Kecamatan Garung (Desa
Tlogo) and Kecamatan Wadaslintang (Desa Lancar).

Loaded for the whole suite by the root `conftest.py`; an app's `conftest.py` adds only what is
its own.
"""

from __future__ import annotations

import json

import pytest
from django.test import Client

from jembatan.api.auth import token_issue
from jembatan.core.models import Agency, Membership
from jembatan.core.tests.factories import (
    AgencyFactory,
    JurisdictionFactory,
    MembershipFactory,
    UserFactory,
)
from jembatan.reports.tests.factories import DesaFactory, KecamatanFactory

IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


# --- The jurisdiction, agencies and people -------------------------------------------------------


@pytest.fixture
def jurisdiction(db):
    return JurisdictionFactory()


@pytest.fixture
def agency_a(db):
    return AgencyFactory(
        name="Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Wonosobo",
        short_name="DPUPR",
        slug="dpupr",
        kind=Agency.Kind.PERANGKAT_DAERAH,
        phone="(0286) 321427",
        email="dpupr@wonosobokab.go.id",
    )


@pytest.fixture
def agency_b(db):
    return AgencyFactory(
        name="Perumda Air Minum Tirta Aji Kabupaten Wonosobo",
        short_name="Tirta Aji",
        slug="perumda-tirta-aji",
        kind=Agency.Kind.BUMD,
        phone="(0286) 321551",
        email="info@tirtaaji.co.id",
    )


@pytest.fixture
def agency_c(db):
    return AgencyFactory(name="Badan Penanggulangan Bencana Daerah Kabupaten Wonosobo",
                         short_name="BPBD", slug="bpbd", kind=Agency.Kind.PERANGKAT_DAERAH)


def _member(agency, role, username: str, full_name: str):
    return MembershipFactory(
        agency=agency, role=role, user=UserFactory(username=username, full_name=full_name)
    ).user


@pytest.fixture
def coordinator(db):
    return UserFactory(username="koordinator", full_name="Sri Wahyuningsih", is_coordinator=True)


@pytest.fixture
def officer_a(agency_a):
    return _member(agency_a, Membership.Role.OFFICER, "petugas.dpupr", "Eko Prasetyo")


@pytest.fixture
def admin_a(agency_a):
    return _member(agency_a, Membership.Role.AGENCY_ADMIN, "admin.dpupr", "Bambang Sulistyo")


@pytest.fixture
def officer_b(agency_b):
    return _member(agency_b, Membership.Role.OFFICER, "petugas.tirtaaji", "Slamet Riyadi")


@pytest.fixture
def admin_b(agency_b):
    return _member(agency_b, Membership.Role.AGENCY_ADMIN, "admin.tirtaaji", "Wahyu Hidayat")


@pytest.fixture
def officer_c(agency_c):
    return _member(agency_c, Membership.Role.OFFICER, "petugas.bpbd", "Teguh Raharjo")


@pytest.fixture
def citizen(db):
    return UserFactory(username="warga", full_name="Suparno")


# --- Places --------------------------------------------------------------------------------------


@pytest.fixture
def kecamatan(db):
    return KecamatanFactory(code="33.07.12", name="Garung")


@pytest.fixture
def desa(kecamatan):
    return DesaFactory(code="33.07.12.2004", name="Tlogo", parent=kecamatan)


@pytest.fixture
def other_kecamatan(db):
    return KecamatanFactory(code="33.07.01", name="Wadaslintang")


@pytest.fixture
def other_desa(other_kecamatan):
    return DesaFactory(code="33.07.01.2001", name="Lancar", parent=other_kecamatan)


# --- Acting as someone -------------------------------------------------------------------------


@pytest.fixture
def login(db):
    """login(user) gives a django Client in which `user` is logged in."""

    def make_client(user) -> Client:
        client = Client()
        client.force_login(user)
        return client

    return make_client


@pytest.fixture
def anonymous(db) -> Client:
    """A client nobody is logged in to, for tests that set it beside the logged-in ones."""
    return Client()


class ApiClient:
    """JSON in, JSON out; `token=` and `key=` add the caller's credentials."""

    def __init__(self) -> None:
        self.client = Client()

    @staticmethod
    def _headers(token: str | None, key: str | None, extra: dict | None) -> dict:
        headers = dict(extra or {})
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if key:
            headers["X-Access-Key"] = key
        return headers

    def get(self, path: str, *, token=None, key=None, headers=None, **params):
        return self.client.get(path, params, headers=self._headers(token, key, headers))

    def post(self, path: str, data=None, *, token=None, key=None, headers=None, raw=None):
        body = raw if raw is not None else json.dumps(data if data is not None else {})
        return self.client.post(path, body, content_type="application/json",
                                headers=self._headers(token, key, headers))

    def delete(self, path: str, *, token=None):
        return self.client.delete(path, headers=self._headers(token, None, None))


@pytest.fixture
def api(db) -> ApiClient:
    return ApiClient()


@pytest.fixture
def token_for(db):
    """token_for(user) gives a fresh bearer token for that user."""
    return token_issue


@pytest.fixture
def coordinator_token(token_for, coordinator):
    return token_for(coordinator)


@pytest.fixture
def officer_a_token(token_for, officer_a):
    return token_for(officer_a)


@pytest.fixture
def officer_b_token(token_for, officer_b):
    return token_for(officer_b)


@pytest.fixture
def admin_a_token(token_for, admin_a):
    return token_for(admin_a)


@pytest.fixture
def citizen_token(token_for, citizen):
    return token_for(citizen)


# --- Background work -----------------------------------------------------------------------------


@pytest.fixture
def immediate_tasks(settings):
    """Tasks run as soon as they are enqueued (after commit), not in a worker."""
    settings.TASKS = IMMEDIATE_TASKS
