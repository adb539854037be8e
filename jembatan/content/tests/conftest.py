"""Fixtures of the joint-content tests: a third agency that is no party to the posts, an admin
for agency B, a helper that drafts a joint post through the real action, and an API client."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.test import Client
from django.utils import timezone

from jembatan.api.auth import token_issue
from jembatan.content import actions
from jembatan.content.rules import Actor
from jembatan.core.models import Agency, Membership
from jembatan.core.tests.factories import AgencyFactory, MembershipFactory, UserFactory

INFORMATIVE_BODY = (
    "Dinas Kependudukan dan Pencatatan Sipil membuka pelayanan adminduk keliling di Balai Desa "
    "Kalikajar pada Sabtu, 14 Desember 2026 pukul 08.00–12.00 WIB. Warga dapat mengurus KTP-el, "
    "KK dan akta kelahiran. Syarat: bawa fotokopi KK dan KTP lama. Layanan gratis. Informasi: "
    "WhatsApp 0812-2600-1234 atau https://disdukcapil.wonosobokab.go.id."
)
CEREMONIAL_BODY = (
    "Bupati Wonosobo menghadiri acara syukuran dan ramah tamah bersama jajaran pimpinan daerah. "
    "Acara berlangsung khidmat dan penuh kekeluargaan, ditutup dengan foto bersama."
)


@pytest.fixture
def agency_c(db):
    return AgencyFactory(name="Badan Penanggulangan Bencana Daerah Kabupaten Wonosobo",
                         short_name="BPBD", slug="bpbd", kind=Agency.Kind.PERANGKAT_DAERAH)


@pytest.fixture
def officer_c(agency_c):
    return MembershipFactory(agency=agency_c, role=Membership.Role.OFFICER,
                             user=UserFactory(username="petugas.bpbd",
                                              full_name="Teguh Raharjo")).user


@pytest.fixture
def admin_b(agency_b):
    return MembershipFactory(agency=agency_b, role=Membership.Role.AGENCY_ADMIN,
                             user=UserFactory(username="admin.tirtaaji",
                                              full_name="Wahyu Hidayat")).user


def staff(user) -> Actor:
    return Actor(user=user)


@pytest.fixture
def draft(agency_a, agency_b, officer_a):
    """draft(**overrides): a joint post led by agency A with agency B as co-author."""

    def make(**overrides):
        values = {
            "lead_agency": agency_a,
            "title": "Pemadaman air terencana di Kecamatan Kertek",
            "body": INFORMATIVE_BODY,
            "by": officer_a,
            "co_authors": [agency_b],
            "versions": {"facebook": "Pemadaman air terencana Sabtu 08.00–12.00 WIB.",
                         "whatsapp": "Info: pemadaman air Sabtu 08.00–12.00 WIB."},
            "topic": "air bersih",
        }
        values.update(overrides)
        return actions.post_create(**values)

    return make


@pytest.fixture
def approved(draft, officer_a, admin_a):
    """approved(**overrides): a joint post submitted by A's officer and approved by A's admin."""

    def make(**overrides):
        post = draft(**overrides)
        actions.post_submit(post=post, actor=staff(officer_a))
        actions.post_approve(post=post, actor=staff(admin_a))
        return post

    return make


def in_hours(hours: float) -> dt.datetime:
    return timezone.now() + dt.timedelta(hours=hours)


class ApiClient:
    def __init__(self) -> None:
        self.client = Client()

    @staticmethod
    def _headers(token):
        return {"Authorization": f"Bearer {token}"} if token else {}

    def get(self, path, *, token=None, **params):
        return self.client.get(path, params, headers=self._headers(token))

    def post(self, path, data=None, *, token=None, raw=None):
        body = raw if raw is not None else json.dumps(data if data is not None else {})
        return self.client.post(path, body, content_type="application/json",
                                headers=self._headers(token))


@pytest.fixture
def api(db):
    return ApiClient()


@pytest.fixture
def token_for(db):
    return token_issue
