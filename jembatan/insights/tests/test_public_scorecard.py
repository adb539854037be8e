"""The public scorecard: anyone sees it, only the figures made public, linked from the site."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from jembatan.insights.metrics import METRICS

pytestmark = pytest.mark.django_db


def test_anyone_sees_every_active_agency(anonymous, agency_a, agency_b):
    response = anonymous.get(reverse("insights:scorecard"))

    assert response.status_code == 200
    content = response.content.decode()
    assert agency_a.name in content
    assert agency_b.name in content
    assert reverse("insights:agency_scorecard", args=[agency_a.slug]) in content


def test_only_public_figures_are_shown(anonymous, agency_a):
    content = anonymous.get(reverse("insights:scorecard")).content.decode()

    assert str(METRICS["followed_up_on_time_rate"].label) in content
    assert str(METRICS["reopen_rate"].label) not in content


def test_no_staff_links_on_the_public_scorecard(anonymous, agency_a):
    content = anonymous.get(reverse("insights:scorecard")).content.decode()

    assert "/staf/" not in content


def test_agency_scorecard_shows_the_agency_against_the_median(anonymous, agency_a):
    response = anonymous.get(reverse("insights:agency_scorecard", args=[agency_a.slug]))

    assert response.status_code == 200
    assert agency_a.name in response.content.decode()


def test_unknown_agency_scorecard_is_404(anonymous):
    assert anonymous.get(reverse("insights:agency_scorecard", args=["tidak-ada"])).status_code == 404


def test_scorecard_is_in_the_navigation_and_linked_from_home_and_agency_page(anonymous,
                                                                            agency_a):
    url = reverse("insights:scorecard")
    home = anonymous.get(reverse("portal:home")).content.decode()
    agency_page = anonymous.get(reverse("portal:agency", args=[agency_a.slug])).content.decode()

    assert home.count(f'href="{url}"') >= 2  # the navigation and the home page's section
    assert reverse("insights:agency_scorecard", args=[agency_a.slug]) in agency_page


def test_scorecard_marks_its_navigation_entry_as_current(anonymous, agency_a):
    content = anonymous.get(reverse("insights:scorecard")).content.decode()

    assert f'href="{reverse("insights:scorecard")}" aria-current="page"' in content


def test_sitemap_lists_the_scorecards(anonymous, agency_a):
    content = anonymous.get("/sitemap.xml").content.decode()

    assert "/kinerja/" in content
    assert f"/instansi/{agency_a.slug}/kinerja/" in content


@pytest.mark.parametrize("page", ["scorecard", "agency"])
def test_query_count_does_not_grow_with_agencies(anonymous, agency_a, agency_b, page):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from jembatan.core.models import Agency

    url = (reverse("insights:scorecard") if page == "scorecard"
           else reverse("insights:agency_scorecard", args=[agency_a.slug]))
    anonymous.get(url)
    cache.clear()  # the render itself, not the kept copy (core.public_cache)
    with CaptureQueriesContext(connection) as before:
        anonymous.get(url)
    for number in range(5):
        Agency.objects.create(name=f"Kecamatan Uji {number}", short_name=f"Uji {number}",
                              slug=f"uji-{number}", kind=agency_a.kind)
    cache.clear()
    with CaptureQueriesContext(connection) as after:
        anonymous.get(url)

    assert len(after.captured_queries) == len(before.captured_queries)
