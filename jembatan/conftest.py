"""Shared fixtures: the fixed people of every test and a logged-in client for each of them.

agency_a is a regional government office (DPUPR), agency_b a regional-owned water company;
officer_a and admin_a work for agency_a, officer_b for agency_b; the coordinator oversees all;
the citizen has an account but no role.
"""

import pytest
from django.core.cache import cache
from django.test import Client

from jembatan.core.models import Agency, Membership
from jembatan.core.tests.factories import (
    AgencyFactory,
    JurisdictionFactory,
    MembershipFactory,
    UserFactory,
)


@pytest.fixture(autouse=True)
def _clear_cache():
    """Rate limits and the jurisdiction shown on every page live in the cache."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _fast_password_hasher(settings):
    # The real hasher is slow on purpose; tests create and check many passwords.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


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
def coordinator(db):
    return UserFactory(username="koordinator", full_name="Sri Wahyuningsih", is_coordinator=True)


@pytest.fixture
def officer_a(agency_a):
    return MembershipFactory(
        agency=agency_a,
        role=Membership.Role.OFFICER,
        user=UserFactory(username="petugas.dpupr", full_name="Eko Prasetyo"),
    ).user


@pytest.fixture
def admin_a(agency_a):
    return MembershipFactory(
        agency=agency_a,
        role=Membership.Role.AGENCY_ADMIN,
        user=UserFactory(username="admin.dpupr", full_name="Bambang Sulistyo"),
    ).user


@pytest.fixture
def officer_b(agency_b):
    return MembershipFactory(
        agency=agency_b,
        role=Membership.Role.OFFICER,
        user=UserFactory(username="petugas.tirtaaji", full_name="Slamet Riyadi"),
    ).user


@pytest.fixture
def citizen(db):
    return UserFactory(username="warga", full_name="Suparno")


@pytest.fixture
def login(db):
    """login(user) gives a django Client in which `user` is logged in."""

    def make_client(user) -> Client:
        client = Client()
        client.force_login(user)
        return client

    return make_client
