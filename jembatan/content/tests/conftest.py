"""Fixtures of the joint-content tests: a helper that drafts a joint post through the real
action, and one that has it approved."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from jembatan.content import actions
from jembatan.core.workflow import Actor

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
            "actor": officer_a,
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


@pytest.fixture
def published(approved, admin_a):
    """published(**overrides): an approved joint post, published by A's admin."""

    def make(**overrides):
        post = approved(**overrides)
        actions.post_publish(post=post, actor=staff(admin_a))
        post.refresh_from_db()
        return post

    return make


def in_hours(hours: float) -> dt.datetime:
    return timezone.now() + dt.timedelta(hours=hours)
