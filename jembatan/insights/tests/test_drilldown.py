"""Every figure links to exactly what it counts: the staff list behind a drill-down link has as
many rows as the figure (received by the day of disposition, not of arrival)."""

import datetime as dt
import re
from urllib.parse import urlsplit

import pytest
from django.test import Client

from jembatan.insights import rollups, selectors
from jembatan.reports import actions
from jembatan.reports.models import Category
from jembatan.reports.tests.factories import REPORTER, answered_report, disposed_report, wib

pytestmark = pytest.mark.django_db

AUGUST = (dt.date(2026, 8, 1), dt.date(2026, 8, 31))


def rows_behind(url: str, user) -> int:
    """The number of rows the staff report list shows for this link (one page is enough here:
    every row links to its report page)."""
    assert urlsplit(url).path == "/staf/laporan/"
    client = Client()
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return len(set(re.findall(r'href="/staf/laporan/([A-Z0-9-]+)/"', response.content.decode())))


@pytest.fixture
def history(coordinator, officer_a, agency_a, agency_b, kecamatan, other_kecamatan):
    roads = Category.objects.create(name="Jalan dan jembatan")
    # Arrived in July, disposed in August: received in August.
    disposed_report(coordinator, agency_a, at=wib(2026, 7, 31, 9),
                    disposed_at=wib(2026, 8, 3, 9), kecamatan=kecamatan, category=roads)
    disposed_report(coordinator, agency_a, at=wib(2026, 8, 4, 9), kecamatan=kecamatan)
    # Arrived in August, disposed in September: not received in August.
    disposed_report(coordinator, agency_a, at=wib(2026, 8, 31, 15),
                    disposed_at=wib(2026, 9, 1, 8), kecamatan=kecamatan)
    rated = []
    for _n in range(3):
        rated.append(answered_report(coordinator, officer_a, agency_a, at=wib(2026, 8, 5, 9),
                                     kecamatan=other_kecamatan, category=roads))
    for report, score in zip(rated[:2], (5, 3), strict=True):
        actions.report_rate(report=report, actor=REPORTER, score=score,
                            at=wib(2026, 8, 20, 9))
    disposed_report(coordinator, agency_b, at=wib(2026, 8, 6, 9), kecamatan=kecamatan)
    rollups.rebuild_all()
    return roads


def test_every_report_figure_links_to_a_list_of_exactly_what_it_counts(
        coordinator, agency_a, agency_b, history):
    figures = selectors.agency_figures(agency_a, *AUGUST)
    assert figures.received == 5

    def link(key, agency=agency_a):
        return selectors.drilldown_url(key, agency=agency, start=AUGUST[0], end=AUGUST[1])

    assert rows_behind(link("received"), coordinator) == figures.received
    # A rate's denominator: every report received (verified on time is measured on each).
    assert rows_behind(link("verified_on_time_rate"), coordinator) == figures.received
    assert rows_behind(link("rating_mean"), coordinator) == sum(
        figures.rating_distribution.values()) == 2
    assert rows_behind(link("open_overdue"), coordinator) == figures.open_overdue == 3
    regency = selectors.regency(*AUGUST)
    assert rows_behind(link("received", agency=None), coordinator) == regency.received == 6
    assert rows_behind(link("open_overdue", agency=None), coordinator) == regency.open_overdue


def test_hotspot_rows_link_to_the_reports_of_that_kecamatan_and_topic(
        coordinator, kecamatan, history):
    for by in ("kecamatan", "category"):
        rows = selectors.breakdown(*AUGUST, by=by)
        for row in rows:
            url = selectors.breakdown_url(by, row["key"], start=AUGUST[0], end=AUGUST[1])
            if not row["key"]:
                assert url is None  # "not set" has no list filter
                continue
            assert rows_behind(url, coordinator) == row["received"], (by, row["label"])
    assert {row["key"] for row in selectors.breakdown(*AUGUST, by="category")} == {
        str(history.pk), ""}


def test_the_dashboard_links_hotspot_rows_and_the_list_shows_the_filters_as_chips(
        client, coordinator, kecamatan, history):
    client.force_login(coordinator)
    page = client.get("/staf/kinerja/?periode=pilih&dari=2026-08-01&sampai=2026-08-31")
    assert page.status_code == 200
    url = selectors.breakdown_url("kecamatan", kecamatan.code, start=AUGUST[0], end=AUGUST[1])
    assert url.replace("&", "&amp;") in page.content.decode()
    listing = client.get(url)
    assert listing.status_code == 200
    text = listing.content.decode()
    assert "01-08-2026" in text
    assert "31-08-2026" in text
    assert kecamatan.name in text
