"""The regency-wide public list of services (/layanan/)."""

import pytest
from django.urls import reverse

from jembatan.catalogue.tests.helpers import make_service

pytestmark = pytest.mark.django_db

SERVICES = reverse("catalogue_public:services")


def test_anyone_sees_active_services_of_every_agency(client, agency_a, agency_b):
    make_service(agency_a, name="Pasang Baru Sambungan Air")
    make_service(agency_b, name="Legalisir Ijazah")
    make_service(agency_b, name="Layanan Lama", is_active=False)

    page = client.get(SERVICES).content.decode()

    assert "Pasang Baru Sambungan Air" in page
    assert "Legalisir Ijazah" in page
    assert "Layanan Lama" not in page


def test_filter_by_agency_keeps_only_its_services(client, agency_a, agency_b):
    make_service(agency_a, name="Pasang Baru Sambungan Air")
    make_service(agency_b, name="Legalisir Ijazah")

    page = client.get(SERVICES, {"agency": agency_b.slug}).content.decode()

    assert "Legalisir Ijazah" in page
    assert "Pasang Baru Sambungan Air" not in page


def test_search_and_free_filter(client, agency_a):
    make_service(agency_a, name="Pasang Baru Sambungan Air", is_free=False)
    make_service(agency_a, name="Pengaduan Air Keruh", is_free=True, cost="")

    assert "Pengaduan Air Keruh" not in client.get(SERVICES, {"q": "pasang"}).content.decode()
    page = client.get(SERVICES, {"free": "on"}).content.decode()
    assert "Pengaduan Air Keruh" in page
    assert "Pasang Baru Sambungan Air" not in page


def test_list_query_count_does_not_grow_with_services(client, agency_a, agency_b,
                                                      django_assert_max_num_queries):
    make_service(agency_a, name="Layanan awal")
    client.get(SERVICES)
    with django_assert_max_num_queries(12) as few:
        client.get(SERVICES)
    for number in range(10):
        make_service(agency_b, name=f"Layanan ke-{number}")

    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(SERVICES)


def test_pages_keep_the_filters(client, agency_a):
    for number in range(31):
        make_service(agency_a, name=f"Layanan ke-{number:02}")

    page = client.get(SERVICES, {"agency": agency_a.slug}).content.decode()

    assert f"agency={agency_a.slug}&amp;halaman=2" in page
    assert "Layanan ke-30" in client.get(SERVICES, {"halaman": 2}).content.decode()
