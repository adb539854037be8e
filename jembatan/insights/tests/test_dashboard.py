"""The coordinator's dashboard and each agency's dashboard: who sees them, the period selector,
sorting, and a query count that does not grow with the agencies."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def dashboard_url():
    return reverse("insights:dashboard")


def test_coordinator_sees_every_agency_in_the_league_table(login, coordinator, agency_a,
                                                           agency_b, dashboard_url):
    response = login(coordinator).get(dashboard_url)

    assert response.status_code == 200
    content = response.content.decode()
    assert agency_a.name in content
    assert agency_b.name in content
    assert reverse("insights:agency_dashboard", args=[agency_a.slug]) in content


def test_officer_may_not_open_the_coordinator_dashboard(login, officer_a, dashboard_url):
    assert login(officer_a).get(dashboard_url).status_code == 403


def test_anonymous_visitor_is_sent_to_the_login_page(anonymous, dashboard_url):
    response = anonymous.get(dashboard_url)

    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


@pytest.mark.parametrize("query", [
    "periode=pilih&dari=2026-05-01&sampai=2026-04-01",
    "periode=pilih&dari=kemarin&sampai=2026-04-01",
    "periode=pilih",
    "periode=selamanya",
    "urut=slug",
    "urut=received&arah=naik",
])
def test_wrong_period_or_sorting_is_a_clear_400(login, coordinator, dashboard_url, query):
    response = login(coordinator).get(f"{dashboard_url}?{query}")

    assert response.status_code == 400
    assert b"errorlist" in response.content or b"message-error" in response.content


@pytest.mark.parametrize("period", ["bulan-ini", "bulan-lalu", "3-bulan", "12-bulan"])
def test_every_named_period_shows(login, coordinator, dashboard_url, period):
    assert login(coordinator).get(f"{dashboard_url}?periode={period}").status_code == 200


def test_custom_period_shows(login, coordinator, dashboard_url):
    response = login(coordinator).get(
        f"{dashboard_url}?periode=pilih&dari=2026-01-01&sampai=2026-03-31")

    assert response.status_code == 200
    assert response.context["period"].start.isoformat() == "2026-01-01"


def test_league_table_sorts_by_name_in_both_directions(login, coordinator, agency_a, agency_b,
                                                       dashboard_url):
    client = login(coordinator)
    ascending = client.get(f"{dashboard_url}?urut=name&arah=asc").context["league"]
    descending = client.get(f"{dashboard_url}?urut=name&arah=desc").context["league"]

    names = [row.label for row in ascending.rows]
    assert names == sorted(names, key=str.lower)
    assert [row.label for row in descending.rows] == names[::-1]


def _queries(client, url) -> int:
    """The queries of the page built afresh (its figures are kept between requests)."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cache.clear()
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_dashboard_query_count_does_not_grow_with_agencies(login, coordinator, agency_a,
                                                           agency_b, dashboard_url):
    from jembatan.core.models import Agency

    client = login(coordinator)
    client.get(dashboard_url)
    before = _queries(client, dashboard_url)
    for number in range(5):
        Agency.objects.create(name=f"Kecamatan Uji {number}", short_name=f"Uji {number}",
                              slug=f"uji-{number}", kind=agency_a.kind)

    assert _queries(client, dashboard_url) == before


def test_agency_dashboard_query_count_does_not_grow_with_agencies(login, coordinator, agency_a,
                                                                  agency_b):
    from jembatan.core.models import Agency

    url = reverse("insights:agency_dashboard", args=[agency_a.slug])
    client = login(coordinator)
    client.get(url)
    before = _queries(client, url)
    for number in range(5):
        Agency.objects.create(name=f"Kecamatan Uji {number}", short_name=f"Uji {number}",
                              slug=f"uji-{number}", kind=agency_a.kind)

    assert _queries(client, url) == before


def test_officer_sees_own_agency_dashboard(login, officer_a, agency_a):
    response = login(officer_a).get(reverse("insights:agency_dashboard", args=[agency_a.slug]))

    assert response.status_code == 200
    assert agency_a.name in response.content.decode()


def test_officer_of_other_agency_gets_403(login, officer_b, agency_a):
    url = reverse("insights:agency_dashboard", args=[agency_a.slug])

    assert login(officer_b).get(url).status_code == 403


def test_coordinator_sees_any_agency_dashboard(login, coordinator, agency_b):
    url = reverse("insights:agency_dashboard", args=[agency_b.slug])

    assert login(coordinator).get(url).status_code == 200


def test_unknown_agency_dashboard_is_404(login, coordinator):
    url = reverse("insights:agency_dashboard", args=["tidak-ada"])

    assert login(coordinator).get(url).status_code == 404


def test_every_figure_states_its_definition(login, coordinator, dashboard_url):
    from jembatan.insights.metrics import METRICS

    content = login(coordinator).get(dashboard_url).content.decode()

    assert str(METRICS["followed_up_on_time_rate"].definition).split("(")[0][:40] in content


def test_charts_are_svg_with_title_and_description(login, coordinator, dashboard_url):
    content = login(coordinator).get(dashboard_url).content.decode()

    assert '<svg class="chart"' in content
    assert "<title id=" in content
    assert "<desc id=" in content
    assert "style=" not in content
    assert "<script>" not in content


def test_sorting_by_a_figure_keeps_ties_by_name_and_unmeasured_last():
    from types import SimpleNamespace

    from jembatan.insights.tables import sort_figures

    rows = [SimpleNamespace(name=name, received=value) for name, value in
            [("Dinas B", 5), ("dinas a", 5), ("Dinas C", None), ("Dinas D", 9)]]

    descending = sort_figures(rows, key="received", descending=True)
    ascending = sort_figures(rows, key="received", descending=False)

    assert [row.name for row in descending] == ["Dinas D", "dinas a", "Dinas B", "Dinas C"]
    assert [row.name for row in ascending] == ["dinas a", "Dinas B", "Dinas D", "Dinas C"]


def test_the_kept_figures_follow_a_recount_at_once(login, coordinator, agency_a, dashboard_url):
    """The figures are kept between requests; a recount of the rollups shows on the next one."""
    import re

    from jembatan.insights import rollups
    from jembatan.reports.tests.factories import disposed_report, wib

    def received_of_agency_a(client) -> str:
        html = client.get(f"{dashboard_url}?periode=pilih&dari=2026-08-01&sampai=2026-08-31"
                          ).content.decode()
        row = html[html.index(f">{agency_a.name}</a></th>"):]
        return re.search(r'<td class="num"[^>]*>(?:<a [^>]*>)?([^<]*)<', row).group(1)

    disposed_report(coordinator, agency_a, at=wib(2026, 8, 4))
    rollups.rebuild_all()
    client = login(coordinator)
    assert received_of_agency_a(client) == "1"
    assert received_of_agency_a(client) == "1"  # from the cache

    disposed_report(coordinator, agency_a, at=wib(2026, 8, 5))
    disposed_report(coordinator, agency_a, at=wib(2026, 8, 6))
    rollups.rebuild_all()

    assert received_of_agency_a(client) == "3"


def test_the_period_form_keeps_the_chosen_order(login, coordinator, dashboard_url):
    html = login(coordinator).get(f"{dashboard_url}?urut=received&arah=desc").content.decode()

    assert '<input type="hidden" name="urut" value="received">' in html
    assert '<input type="hidden" name="arah" value="desc">' in html


def test_an_agencys_kept_figures_follow_a_recount_at_once(login, coordinator, agency_a,
                                                         agency_b):
    from jembatan.insights import rollups
    from jembatan.reports.tests.factories import disposed_report, wib

    url = (reverse("insights:agency_dashboard", args=[agency_a.slug])
           + "?periode=pilih&dari=2026-08-01&sampai=2026-08-31")
    client = login(coordinator)
    disposed_report(coordinator, agency_a, at=wib(2026, 8, 4))
    rollups.rebuild_all()
    first = client.get(url).content.decode()
    other = client.get(reverse("insights:agency_dashboard", args=[agency_b.slug])
                       + "?periode=pilih&dari=2026-08-01&sampai=2026-08-31").content.decode()
    assert first.count(f"/instansi/{agency_a.slug}/ekspor/") == 4  # its own downloads
    assert f"/instansi/{agency_a.slug}/ekspor/" not in other  # each agency its own figures

    disposed_report(coordinator, agency_a, at=wib(2026, 8, 5))
    rollups.rebuild_all()

    assert received(client.get(url).content.decode()) == "2" != received(first)


def received(agency_page: str) -> str:
    """The agency's "reports received" on its dashboard's comparison table."""
    import re

    from django.utils import translation

    from jembatan.insights.metrics import METRICS

    with translation.override("id"):
        label = str(METRICS["received"].label)
    row = agency_page[agency_page.index(f'<th scope="row">{label}</th>'):]
    return re.search(r'<td class="num"[^>]*>(?:<a [^>]*>)?([^<]*)<', row).group(1)
