"""No reporter can be found in the open data: the privacy canaries of the reports' tests (a
name, NIK, phone number, email and house address typed into every field of an anonim and a
rahasia report) never reach a file, the page or the catalogues, and counts below 5 are
suppressed."""

from __future__ import annotations

import pytest

from jembatan.insights import rollups
from jembatan.opendata.publishing import export_all
from jembatan.opendata.rows import _Cell, _report_row
from jembatan.opendata.tests.conftest import csv_rows, json_rows
from jembatan.reports.models import Kind, Privacy
from jembatan.reports.tests.factories import disposed_report
from jembatan.reports.tests.test_privacy import CONFIDENTIAL_BODY, assert_no_canary, canary_report

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("privacy", [Privacy.ANONIM, Privacy.RAHASIA])
def test_canaries_of_a_report_reach_no_file_page_or_catalogue(
        privacy, every_public_text, kecamatan, desa, coordinator, officer_a, agency_a):
    report = canary_report(privacy, kecamatan=kecamatan, desa=desa, coordinator=coordinator,
                           officer=officer_a, agency=agency_a)
    rollups.rebuild_all()
    export_all()

    text = every_public_text()

    assert_no_canary(text, "the open data")
    assert report.tracking_code not in text
    assert "Jalan desa rusak" not in text  # no report text at all, masked or not
    assert CONFIDENTIAL_BODY not in text


def test_fewer_than_five_reports_in_a_cell_are_suppressed(client, coordinator, agency_a,
                                                         kecamatan):
    for _ in range(3):
        disposed_report(coordinator, agency_a, kecamatan=kecamatan)
    export_all()

    [row] = csv_rows(client, "laporan-harian")
    [as_json] = json_rows(client, "laporan-harian")

    assert row["kode_instansi"] == agency_a.slug
    assert row["kode_kecamatan"] == kecamatan.code
    assert row["jumlah_laporan"] == ""
    assert as_json["jumlah_laporan"] is None
    assert all(row[name] == "" for name in ("status_diproses", "diverifikasi_tepat_waktu",
                                            "tindak_lanjut_diukur"))
    assert row["disamarkan"] == "true"
    assert as_json["disamarkan"] is True


def test_five_reports_in_a_cell_are_published(client, coordinator, agency_a, kecamatan):
    for _ in range(5):
        disposed_report(coordinator, agency_a, kecamatan=kecamatan)
    export_all()

    [row] = json_rows(client, "laporan-harian")

    assert row["jumlah_laporan"] == 5
    assert row["status_diproses"] == 5
    assert row["status_selesai"] == 0
    assert row["disamarkan"] is False


def _cell(**statuses) -> _Cell:
    cell = _Cell(received=sum(statuses.values()))
    cell.statuses.update(statuses)
    return cell


def test_one_small_status_hides_a_second_so_it_cannot_be_worked_out():
    row = _report_row(("2026-12-01", 1, Kind.PENGADUAN, "33.07.12"),
                      _cell(status_diproses=6, status_selesai=2), {1: ("dpupr", "DPUPR")}, {})

    assert row["jumlah_laporan"] == 8
    assert row["status_selesai"] is None
    assert row["status_diproses"] is None  # 8 - 6 would give the hidden 2
    assert row["status_ditindaklanjuti"] == 0
    assert row["disamarkan"] is True


def test_times_measured_on_fewer_than_five_reports_are_suppressed():
    cell = _cell(status_ditindaklanjuti=7)
    cell.resolution = {3: 4}  # four answered reports: too few for a median
    cell.first_response = {10: 5}

    row = _report_row(("2026-12-01", 1, Kind.ASPIRASI, ""), cell, {1: ("dpupr", "DPUPR")}, {})

    assert row["penyelesaian_median_hari_kerja"] is None
    assert row["respons_pertama_median_jam"] == 1.0
    assert row["disamarkan"] is True


def test_scorecard_hides_small_counts_and_figures_not_made_public(client, coordinator, agency_a,
                                                                  agency_b, kecamatan):
    for _ in range(2):
        disposed_report(coordinator, agency_a, kecamatan=kecamatan)
    for _ in range(6):
        disposed_report(coordinator, agency_b, kecamatan=kecamatan)
    rollups.rebuild_all()
    export_all()

    rows = {row["kode_instansi"]: row for row in json_rows(client, "kinerja-instansi")}

    assert rows[agency_a.slug]["laporan_diterima"] is None
    assert rows[agency_a.slug]["disamarkan"] is True
    assert rows[agency_b.slug]["laporan_diterima"] == 6
    assert rows[agency_b.slug]["disamarkan"] is False
    # Not made public by the coordinator (decision 0031's defaults): always empty.
    assert rows[agency_b.slug]["diverifikasi_tepat_waktu_persen"] is None
