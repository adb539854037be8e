"""The rest of the interface: regency median, breakdowns, drill-down links, slowest items,
alerts, hidden figures and constant query counts."""

import datetime as dt

import pytest
from django.utils import timezone

from jembatan.core.models import Agency
from jembatan.insights import rollups, selectors
from jembatan.insights.models import BacklogSnapshot
from jembatan.reports.models import Channel, Kind
from jembatan.reports.tests.factories import (
    answered_report,
    disposed_report,
    in_progress_report,
    wib,
)

pytestmark = pytest.mark.django_db

AUGUST = (dt.date(2026, 8, 1), dt.date(2026, 8, 31))


def test_regency_median_is_the_median_of_each_figure_across_agencies(agency_a):
    def figures(received, rate):
        return selectors.Figures(agency_id=1, slug="x", name="x", received=received,
                                 followed_up_on_time_rate=rate)

    median = selectors.regency_median([figures(1, 0.5), figures(4, None), figures(10, 1.0)])
    assert median.agency_id is None
    assert median.received == 4
    assert median.followed_up_on_time_rate == 0.75  # agencies without a value are left out
    assert median.rating_mean is None


def test_breakdown_by_kind_channel_and_kecamatan(coordinator, officer_a, agency_a, kecamatan,
                                                 other_kecamatan):
    disposed_report(coordinator, agency_a, at=wib(2026, 8, 3, 9), kind=Kind.INFORMASI,
                    kecamatan=kecamatan)
    disposed_report(coordinator, agency_a, at=wib(2026, 8, 3, 9), kecamatan=kecamatan)
    answered_report(coordinator, officer_a, agency_a, at=wib(2026, 8, 3, 9),
                    channel=Channel.PHONE, kecamatan=other_kecamatan)
    rollups.rebuild_all()
    by_kecamatan = selectors.breakdown(*AUGUST, by="kecamatan")
    assert [(row["label"], row["received"], row["open_overdue"]) for row in by_kecamatan] == [
        (kecamatan.name, 2, 2), (other_kecamatan.name, 1, 0)]
    assert by_kecamatan[0]["followed_up_on_time_rate"] == 0.0
    by_channel = {row["key"]: row for row in selectors.breakdown(*AUGUST, by="channel",
                                                                 agency_id=agency_a.pk)}
    assert by_channel["telepon"]["received"] == 1
    assert by_channel["telepon"]["followed_up_on_time_rate"] == 1.0
    assert str(by_channel["telepon"]["label"]) == str(Channel.PHONE.label)
    kinds = {row["key"]: row["received"] for row in selectors.breakdown(*AUGUST, by="kind")}
    assert kinds == {"informasi": 1, "pengaduan": 2}
    with pytest.raises(ValueError, match="unknown breakdown"):
        selectors.breakdown(*AUGUST, by="desa")


def test_drilldown_links_lead_to_the_filtered_staff_lists(agency_a):
    url = selectors.drilldown_url("received", agency=agency_a, start=AUGUST[0], end=AUGUST[1])
    assert url == ("/staf/laporan/?view=all&agency=dpupr&disposed_from=2026-08-01"
                   "&disposed_to=2026-08-31")
    assert selectors.drilldown_url("open_overdue", agency=agency_a, start=AUGUST[0],
                                   end=AUGUST[1]) == "/staf/laporan/?view=all&overdue=on&agency=dpupr"
    assert selectors.drilldown_url("social_reply_rate", agency=agency_a, start=AUGUST[0],
                                   end=AUGUST[1]) == "/staf/percakapan/?agency=dpupr"
    assert selectors.drilldown_url("nonsense", start=AUGUST[0], end=AUGUST[1]) is None


def test_slowest_open_items_are_the_oldest_waiting_reports(coordinator, officer_a, agency_a,
                                                           agency_b):
    oldest = disposed_report(coordinator, agency_a, at=wib(2026, 8, 3, 9))
    newer = in_progress_report(coordinator, officer_a, agency_a, at=wib(2026, 8, 10, 9))
    answered_report(coordinator, officer_a, agency_a, at=wib(2026, 7, 1, 9))
    disposed_report(coordinator, agency_b, at=wib(2026, 7, 1, 9))
    assert selectors.slowest_open_items(agency_a) == [oldest, newer]


def test_alerts_name_agencies_whose_overdue_count_grew_over_the_week(coordinator, agency_a,
                                                                     agency_b):
    today = timezone.localdate()
    BacklogSnapshot.objects.create(agency=agency_a, day=today - dt.timedelta(days=7),
                                   open_overdue=0, backlog=0)
    BacklogSnapshot.objects.create(agency=agency_b, day=today - dt.timedelta(days=7),
                                   open_overdue=5, backlog=5)
    disposed_report(coordinator, agency_a, at=wib(2026, 8, 3, 9))
    disposed_report(coordinator, agency_a, at=wib(2026, 8, 4, 9))
    rollups.refresh_open_state()
    alerts = selectors.alerts()
    assert [(a["agency"], a["metric"], a["before"], a["now"]) for a in alerts] == [
        (agency_a, "backlog", 0, 2), (agency_a, "open_overdue", 0, 2)]


def test_a_snapshot_is_reconstructed_from_the_reports_timestamps(coordinator, officer_a,
                                                                 agency_a):
    disposed_report(coordinator, agency_a, at=wib(2026, 8, 3, 9))
    answered_report(coordinator, officer_a, agency_a, at=wib(2026, 8, 3, 9),
                    answered_at=wib(2026, 8, 20, 9))
    rollups.snapshot_backlog_as_of(dt.date(2026, 8, 14))
    row = BacklogSnapshot.objects.get(agency=agency_a, day=dt.date(2026, 8, 14))
    # On 14 August both were open and both past their deadline of Monday 10 August.
    assert (row.backlog, row.open_overdue) == (2, 2)


def test_public_only_hides_what_the_coordinator_did_not_publish(coordinator, agency_a):
    disposed_report(coordinator, agency_a, at=wib(2026, 8, 3, 9))
    rollups.rebuild_all()
    item = next(i for i in selectors.scorecard(*AUGUST, public_only=True)
                if i.agency_id == agency_a.pk)
    assert item.received == 1
    assert item.open_overdue is None
    assert item.backlog_by_age is None
    assert item.verified_on_time_rate is None


def test_scorecard_trend_and_figures_take_a_constant_number_of_queries(
        coordinator, agency_a, agency_b, django_assert_max_num_queries):
    disposed_report(coordinator, agency_a, at=wib(2026, 8, 3, 9))
    rollups.rebuild_all()
    for n in range(6):
        Agency.objects.create(name=f"Kantor Uji {n}", short_name=f"Uji {n}", slug=f"uji-{n}",
                              kind=Agency.Kind.LAINNYA)
    year = (dt.date(2025, 9, 1), dt.date(2026, 8, 31))
    with django_assert_max_num_queries(8):
        selectors.scorecard(*year, public_only=True)
    with django_assert_max_num_queries(8):
        selectors.regency(*year)
    with django_assert_max_num_queries(8):
        selectors.agency_figures(agency_a, *year)
    with django_assert_max_num_queries(10):
        selectors.monthly_trend(agency_id=agency_a.pk, months=12)
    with django_assert_max_num_queries(10):
        selectors.monthly_trend(agency_id=None, months=24)
    with django_assert_max_num_queries(6):
        selectors.breakdown(*year, by="kecamatan")


def test_one_more_open_report_than_last_week_is_no_alert(coordinator, agency_a):
    today = timezone.localdate()
    BacklogSnapshot.objects.create(agency=agency_a, day=today - dt.timedelta(days=7),
                                   open_overdue=0, backlog=0)
    disposed_report(coordinator, agency_a, at=wib(2026, 8, 3, 9))
    rollups.refresh_open_state()
    assert selectors.alerts() == []
