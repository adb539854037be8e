"""The kept search pages (core.public_cache): a change of the index shows at once."""

from __future__ import annotations

import pytest

from jembatan.catalogue import actions as catalogue_actions
from jembatan.search.actions import documents_refresh, index_rebuild

pytestmark = pytest.mark.django_db
URL = "/cari/"


def test_a_change_of_the_index_reaches_the_kept_results_at_once(anonymous, agency_a, admin_a):
    catalogue_actions.service_create(agency=agency_a, actor=admin_a,
                                     name="Pembuatan akta kelahiran", audience="Bayi baru lahir.")
    index_rebuild()
    first = anonymous.get(URL, {"q": "akta"})
    assert "<mark>akta</mark> kelahiran" in first.content.decode()
    assert anonymous.get(URL, {"q": "akta"}, headers={
        "If-None-Match": first.headers["ETag"]}).status_code == 304

    service = catalogue_actions.service_create(agency=agency_a, actor=admin_a,
                                               name="Pembuatan akta kematian",
                                               audience="Keluarga yang ditinggalkan.")
    documents_refresh(kind="layanan", object_ids=[service.pk])

    assert "<mark>akta</mark> kematian" in anonymous.get(URL, {"q": "akta"}).content.decode()


def test_signed_in_people_search_without_the_kept_copy(login, admin_a, agency_a):
    response = login(admin_a).get(URL, {"q": "akta"})

    assert response.status_code == 200
    assert "ETag" not in response.headers
