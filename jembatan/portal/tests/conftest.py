"""Fixtures of the portal tests: news published through the real content workflow."""

from __future__ import annotations

import pytest

from jembatan.content import actions
from jembatan.core.workflow import Actor

ARTICLE_BODY = (
    "Dinas Kependudukan dan Pencatatan Sipil membuka pelayanan adminduk keliling di Balai Desa "
    "Kalikajar pada Sabtu, 14 Desember 2026 pukul 08.00–12.00 WIB. Warga dapat mengurus KTP-el, "
    "KK dan akta kelahiran. Syarat: bawa fotokopi KK dan KTP lama. Layanan gratis. Informasi: "
    "WhatsApp 0812-2600-1234."
)


@pytest.fixture
def published(agency_a, officer_a, admin_a):
    """published(**overrides): a joint post of agency A, approved and published."""

    def make(**overrides):
        values = {"lead_agency": agency_a, "title": "Adminduk keliling di Kalikajar",
                  "body": ARTICLE_BODY, "actor": officer_a, "topic": "adminduk"}
        values.update(overrides)
        post = actions.post_create(**values)
        actions.post_submit(post=post, actor=Actor(user=officer_a))
        actions.post_approve(post=post, actor=Actor(user=admin_a))
        actions.post_publish(post=post, actor=Actor(user=admin_a))
        post.refresh_from_db()
        return post

    return make
