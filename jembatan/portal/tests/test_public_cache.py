"""The kept copies of the agency directory and an agency's page (core.public_cache): an edit
shows at once, a deactivated agency goes at once, signed-in people get a page of their own."""

from __future__ import annotations

import pytest
from django.urls import reverse

from jembatan.core import actions

pytestmark = pytest.mark.django_db

LIST = reverse("portal:agencies")


def page_of(agency) -> str:
    return reverse("portal:agency", kwargs={"slug": agency.slug})


def test_an_agency_edit_shows_on_the_kept_pages_at_once(anonymous, agency_a, coordinator):
    assert "Senin–Jumat 08.00–15.00" not in anonymous.get(page_of(agency_a)).content.decode()
    anonymous.get(LIST)

    actions.agency_update(agency=agency_a, actor=coordinator,
                          service_hours="Senin–Jumat 08.00–15.00",
                          name="Dinas PUPR Kabupaten Wonosobo")

    page = anonymous.get(page_of(agency_a)).content.decode()
    assert "Senin–Jumat 08.00–15.00" in page
    assert "<title>Dinas PUPR Kabupaten Wonosobo" in page
    assert "Senin–Jumat 08.00–15.00" in anonymous.get(LIST).content.decode()


def test_a_deactivated_agency_is_gone_at_once(anonymous, agency_a, coordinator):
    assert anonymous.get(page_of(agency_a)).status_code == 200

    actions.agency_update(agency=agency_a, actor=coordinator, is_active=False)

    assert anonymous.get(page_of(agency_a)).status_code == 404
    assert agency_a.name not in anonymous.get(LIST).content.decode()


def test_the_entity_tag_answers_304_until_an_agency_changes(anonymous, agency_a, coordinator):
    etag = anonymous.get(page_of(agency_a)).headers["ETag"]
    assert anonymous.get(page_of(agency_a), headers={"If-None-Match": etag}).status_code == 304

    actions.agency_update(agency=agency_a, actor=coordinator, phone="(0286) 999999")

    assert anonymous.get(page_of(agency_a), headers={"If-None-Match": etag}).status_code == 200


def test_the_directory_search_is_kept_per_query(anonymous, agency_a, agency_b):
    found = anonymous.get(LIST, {"q": agency_a.short_name}).content.decode()
    everyone = anonymous.get(LIST).content.decode()

    assert agency_a.name in found
    assert agency_b.name not in found
    assert agency_a.name in everyone
    assert agency_b.name in everyone


def test_signed_in_people_get_the_pages_rendered_for_them(login, citizen, agency_a):
    visitor = login(citizen)

    for url in (LIST, page_of(agency_a)):
        response = visitor.get(url)
        assert response.status_code == 200
        assert "ETag" not in response.headers
        assert agency_a.name in response.content.decode()
