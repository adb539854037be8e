"""Every table of the dashboards as CSV and XLSX."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("table", ["liga", "tren", "kecamatan", "topik"])
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_coordinator_downloads_every_dashboard_table(login, coordinator, agency_a, table, fmt):
    response = login(coordinator).get(
        reverse("insights:dashboard_export", args=[table, fmt]) + "?periode=12-bulan")

    assert response.status_code == 200
    assert f'.{fmt}"' in response["Content-Disposition"]


def test_league_csv_lists_each_agency_with_units_in_the_header(login, coordinator, agency_a,
                                                               agency_b):
    response = login(coordinator).get(reverse("insights:dashboard_export", args=["liga", "csv"]))
    text = response.content.decode("utf-8-sig")

    assert agency_a.name in text
    assert agency_b.name in text
    assert "(persen)" in text.splitlines()[0] or "(percent)" in text.splitlines()[0]


def test_league_xlsx_opens_with_a_row_per_agency(login, coordinator, agency_a, agency_b):
    response = login(coordinator).get(reverse("insights:dashboard_export", args=["liga", "xlsx"]))
    sheet = load_workbook(io.BytesIO(response.content)).active

    names = [row[0] for row in sheet.iter_rows(min_row=4, values_only=True)]
    assert agency_a.name in names
    assert agency_b.name in names


def test_formula_in_an_agency_name_is_defused(login, coordinator, agency_a):
    agency_a.name = "=HYPERLINK(\"http://x\")"
    agency_a.save(update_fields=["name"])

    response = login(coordinator).get(reverse("insights:dashboard_export", args=["liga", "csv"]))

    assert "'=HYPERLINK" in response.content.decode("utf-8-sig")


@pytest.mark.parametrize("table", ["instansi", "tren"])
def test_officer_downloads_own_agency_tables(login, officer_a, agency_a, table):
    url = reverse("insights:agency_export", args=[agency_a.slug, table, "xlsx"])

    assert login(officer_a).get(url).status_code == 200


def test_officer_of_other_agency_cannot_download(login, officer_b, agency_a):
    url = reverse("insights:agency_export", args=[agency_a.slug, "instansi", "csv"])

    assert login(officer_b).get(url).status_code == 403


def test_officer_cannot_download_the_league_table(login, officer_a):
    url = reverse("insights:dashboard_export", args=["liga", "csv"])

    assert login(officer_a).get(url).status_code == 403


def test_unknown_table_is_404(login, coordinator):
    url = reverse("insights:dashboard_export", args=["rahasia", "csv"])

    assert login(coordinator).get(url).status_code == 404


def test_wrong_period_in_an_export_is_400(login, coordinator):
    url = reverse("insights:dashboard_export", args=["liga", "csv"]) + "?periode=pilih"

    assert login(coordinator).get(url).status_code == 400


@pytest.mark.parametrize("months", [3, 12])
def test_anyone_downloads_the_public_scorecard(anonymous, agency_a, months):
    response = anonymous.get(reverse("insights:scorecard_export", args=[months, "csv"]))

    assert response.status_code == 200
    assert agency_a.name in response.content.decode("utf-8-sig")


def test_public_scorecard_of_other_lengths_is_404(anonymous):
    assert anonymous.get(reverse("insights:scorecard_export", args=[6, "csv"])).status_code == 404
