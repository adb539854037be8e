"""The public search page /cari/."""

from __future__ import annotations

import pytest
from django.urls import reverse

from jembatan.catalogue import actions as catalogue_actions
from jembatan.search.actions import index_rebuild

pytestmark = pytest.mark.django_db
URL = "/cari/"


def services(agency, actor, count):
    for n in range(count):
        catalogue_actions.service_create(agency=agency, actor=actor,
                                         name=f"Pembuatan akta kelahiran {n}",
                                         audience="Bayi yang baru lahir & orang tuanya.")
    index_rebuild()


def test_the_page_is_at_cari():
    assert reverse("search:search") == URL


def test_anyone_may_search_without_signing_in(client, agency_a, admin_a):
    services(agency_a, admin_a, 2)

    response = client.get(URL, {"q": "akta lahir"})

    assert response.status_code == 200
    page = response.content.decode()
    assert "Pembuatan <mark>akta</mark> <mark>kelahiran</mark> 0" in page
    assert "Bayi yang baru <mark>lahir</mark> &amp; orang tuanya." in page
    assert f'href="/instansi/{agency_a.slug}/layanan/#service-' in page


def test_the_empty_page_invites_a_search(client):
    response = client.get(URL)

    assert response.status_code == 200
    assert 'role="search"' in response.content.decode()


def test_a_search_without_results_says_so_in_indonesian(client, agency_a):
    response = client.get(URL, {"q": "zzzyyx"})

    assert response.status_code == 200
    assert "Tidak ditemukan hasil untuk “zzzyyx”" in response.content.decode()


def test_filters_by_agency_slug_and_kind(client, agency_a, agency_b, admin_a, admin_b):
    catalogue_actions.service_create(agency=agency_a, actor=admin_a, name="Kartu kuning A")
    catalogue_actions.service_create(agency=agency_b, actor=admin_b, name="Kartu kuning B")
    index_rebuild()

    page = client.get(URL, {"q": "kartu kuning", "agency": agency_b.slug,
                            "kind": "layanan"}).content.decode()

    assert "kuning</mark> B" in page
    assert "kuning</mark> A" not in page


def test_a_bad_filter_or_page_is_ignored_not_an_error(client, agency_a, admin_a):
    services(agency_a, admin_a, 1)

    response = client.get(URL, {"q": "akta", "agency": "tidak-ada", "kind": "x", "page": "-3"})

    assert response.status_code == 200
    assert "<mark>akta</mark>" in response.content.decode()


@pytest.mark.parametrize("count", [3, 25])
def test_the_query_count_does_not_grow_with_the_results(client, agency_a, admin_a, count,
                                                        django_assert_max_num_queries):
    services(agency_a, admin_a, count)

    with django_assert_max_num_queries(6):
        response = client.get(URL, {"q": "akta", "agency": agency_a.slug, "kind": "layanan"})
    assert response.content.decode().count("<mark>akta</mark>") == min(count, 20) * 1


def test_post_is_not_allowed(client):
    assert client.post(URL, {"q": "jalan"}).status_code == 405


def test_too_many_searches_from_one_address_are_paused(client, settings, monkeypatch):
    import time

    from django.core.cache import cache

    # The limit counts per clock minute: the clock is held still so that a slow machine does
    # not cross into the next minute halfway through the 61 searches.
    held = time.time()
    monkeypatch.setattr("django_ratelimit.core.time.time", lambda: held)
    cache.clear()
    for _ in range(60):
        assert client.get(URL, {"q": "jalan"}).status_code == 200
    response = client.get(URL, {"q": "jalan"})
    assert response.status_code == 429
    cache.clear()
