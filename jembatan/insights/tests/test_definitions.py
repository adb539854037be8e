"""Every figure's definition, pinned on hand-made histories (see metrics.py for the words).

Reports are moved through the real actions with fixed times; the working-day arithmetic crosses
weekends and Monday 17 August 2026 (Independence Day).
"""

import datetime as dt

import pytest
from django.utils import timezone

from jembatan.connectors import inbound
from jembatan.connectors.tests.staff_factories import comment, email, whatsapp
from jembatan.content.models import Post, PostStatus
from jembatan.insights import rollups, selectors
from jembatan.insights.metrics import METRICS, UNITS
from jembatan.participation.models import Comment, Consultation, Participant, Response
from jembatan.reports import actions
from jembatan.reports.models import Kind
from jembatan.reports.tests.factories import (
    REPORTER,
    ReportFactory,
    answered_report,
    dispose,
    disposed_report,
    in_progress_report,
    staff,
    wib,
)

pytestmark = pytest.mark.django_db


def respond(report, officer, at):
    return actions.report_respond(report=report, actor=staff(officer), at=at,
                                  message="Sudah kami tindak lanjuti, terima kasih.")


# --- The registry -------------------------------------------------------------------------------


def test_every_figure_has_a_definition_and_a_unit():
    for key, metric in METRICS.items():
        assert metric.key == key
        assert metric.unit in UNITS
        assert str(metric.label)
        assert len(str(metric.definition)) > 40


def test_the_registry_covers_the_agreed_figures():
    agreed = {"received", "verified_on_time_rate", "followed_up_on_time_rate",
              "first_response_hours_median", "first_response_hours_p90",
              "resolution_days_median", "resolution_days_p90", "open_overdue", "reopen_rate",
              "rating_mean", "social_reply_rate", "social_reply_minutes_median",
              "informative_share", "consultation_participants",
              "consultation_answer_days_median"}
    assert agreed <= set(METRICS)
    assert {m.key for m in METRICS.values() if m.public_by_default} == {
        "received", "followed_up_on_time_rate", "first_response_hours_median", "rating_mean",
        "social_reply_rate", "informative_share"}


# --- Received -------------------------------------------------------------------------------


def test_received_counts_on_the_day_of_disposition_to_the_lead_agency(
        coordinator, agency_a, agency_b, figures_of):
    # Arrived in July, disposed in August: August's.
    disposed_report(coordinator, agency_a, at=wib(2026, 7, 31, 9),
                    disposed_at=wib(2026, 8, 3, 9))
    # Arrived in August, disposed in September: not August's.
    disposed_report(coordinator, agency_a, at=wib(2026, 8, 31, 15),
                    disposed_at=wib(2026, 9, 1, 9))
    # Another agency's.
    disposed_report(coordinator, agency_b, at=wib(2026, 8, 3, 9))
    # Never disposed: nobody's yet.
    ReportFactory(at=wib(2026, 8, 3, 9))
    # 23:30 WIB on 31 August is 16:30 UTC: still August in Jakarta.
    disposed_report(coordinator, agency_a, at=wib(2026, 8, 31, 23, 30))
    assert figures_of(agency_a).received == 2
    assert figures_of(agency_b).received == 1


def test_a_forwarded_report_counts_for_the_new_agency_on_the_day_it_was_forwarded(
        coordinator, agency_a, agency_b, figures_of):
    report = disposed_report(coordinator, agency_a, at=wib(2026, 8, 3, 9))
    actions.report_forward(report=report, actor=staff(coordinator), agency=agency_b,
                           at=wib(2026, 8, 5, 9))
    assert figures_of(agency_a).received == 0
    assert figures_of(agency_b).received == 1


# --- Verified on time (3 working days) ---------------------------------------------------------


def test_verified_on_time_is_disposition_within_3_working_days_across_the_holiday(
        coordinator, agency_a, figures_of):
    # Arrived Friday 14 August: Tuesday 18, Wednesday 19, Thursday 20 (Monday 17 is a holiday).
    disposed_report(coordinator, agency_a, at=wib(2026, 8, 14, 10),
                    disposed_at=wib(2026, 8, 20, 23, 0))  # on time: the last day, late evening
    disposed_report(coordinator, agency_a, at=wib(2026, 8, 14, 10),
                    disposed_at=wib(2026, 8, 21, 8))  # a day late
    disposed_report(coordinator, agency_a, at=wib(2026, 8, 14, 10),
                    disposed_at=wib(2026, 8, 15, 8))  # on a Saturday: early
    assert figures_of(agency_a).verified_on_time_rate == pytest.approx(2 / 3)


# --- Followed up on time (5 working days; information 10 + 7) ----------------------------------


def test_followed_up_on_time_is_an_answer_within_5_working_days_of_disposition(
        coordinator, officer_a, agency_a, figures_of):
    # Disposed Thursday 13 August: Friday 14, then (weekend, Independence Day) Tuesday 18 to
    # Friday 21 August.
    on_time = disposed_report(coordinator, agency_a, at=wib(2026, 8, 13, 9))
    respond(on_time, officer_a, wib(2026, 8, 21, 16))
    late = disposed_report(coordinator, agency_a, at=wib(2026, 8, 13, 9))
    respond(late, officer_a, wib(2026, 8, 24, 8))
    # Never answered, and its time ran out long ago.
    disposed_report(coordinator, agency_a, at=wib(2026, 8, 13, 9))
    figures = figures_of(agency_a)
    assert figures.received == 3
    assert figures.followed_up_on_time_rate == pytest.approx(1 / 3)


def test_the_first_answer_counts_even_when_a_reopened_report_is_answered_again_late(
        coordinator, officer_a, agency_a, citizen, figures_of):
    report = disposed_report(coordinator, agency_a, at=wib(2026, 8, 3, 9))
    report = respond(report, officer_a, wib(2026, 8, 4, 9))
    actions.report_reopen(report=report, actor=REPORTER, reason="Masih berlubang.",
                          at=wib(2026, 8, 5, 9))
    respond(report, officer_a, wib(2026, 8, 28, 9))
    figures = figures_of(agency_a)
    assert figures.followed_up_on_time_rate == 1.0
    assert figures.reopen_rate == 1.0


def test_an_information_request_has_10_working_days_from_arrival(
        coordinator, officer_a, agency_a, figures_of):
    # Arrived Monday 3 August, disposed Wednesday 5: 10 working days from arrival end on
    # Tuesday 18 August (Monday 17 is a holiday), not on Wednesday 19 (10 from disposition).
    on_time = disposed_report(coordinator, agency_a, kind=Kind.INFORMASI,
                              at=wib(2026, 8, 3, 9), disposed_at=wib(2026, 8, 5, 9))
    respond(on_time, officer_a, wib(2026, 8, 18, 15))
    late = disposed_report(coordinator, agency_a, kind=Kind.INFORMASI,
                           at=wib(2026, 8, 3, 9), disposed_at=wib(2026, 8, 5, 9))
    respond(late, officer_a, wib(2026, 8, 19, 9))
    assert figures_of(agency_a).followed_up_on_time_rate == 0.5


def test_an_extended_information_request_has_7_working_days_more(
        coordinator, officer_a, agency_a, figures_of):
    # 17 working days from Monday 3 August, skipping Independence Day (Monday 17) and Maulid
    # Nabi (Tuesday 25 August): Friday 28 August.
    report = in_progress_report(coordinator, officer_a, agency_a, kind=Kind.INFORMASI,
                                at=wib(2026, 8, 3, 9))
    actions.report_extend(report=report, actor=staff(officer_a), at=wib(2026, 8, 10, 9),
                          reason="Dokumen masih dihimpun dari arsip.")
    respond(report, officer_a, wib(2026, 8, 31, 9))  # the working day after the deadline
    report2 = in_progress_report(coordinator, officer_a, agency_a, kind=Kind.INFORMASI,
                                 at=wib(2026, 8, 3, 9))
    actions.report_extend(report=report2, actor=staff(officer_a), at=wib(2026, 8, 10, 9),
                          reason="Dokumen masih dihimpun dari arsip.")
    respond(report2, officer_a, wib(2026, 8, 28, 16))
    assert figures_of(agency_a).followed_up_on_time_rate == 0.5


def test_a_report_whose_time_has_not_run_out_is_not_counted_yet(
        coordinator, officer_a, agency_a, immediate_tasks, django_capture_on_commit_callbacks):
    today = timezone.localdate()
    now = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        answered_report(coordinator, officer_a, agency_a, at=now - dt.timedelta(minutes=5),
                        answered_at=now)
        disposed_report(coordinator, agency_a, at=now - dt.timedelta(minutes=5))
    figures = selectors.agency_figures(agency_a, today, today)
    assert figures.received == 2
    assert figures.followed_up_on_time_rate == 1.0


# --- First response and resolution ---------------------------------------------------------


def test_first_response_is_counted_in_working_hours_from_disposition(
        coordinator, officer_a, agency_a, figures_of):
    # Disposed Friday 14 August 16:00, taken up Tuesday 18 August 10:00: 8 + 10 hours (the
    # weekend and Independence Day do not count).
    in_progress_report(coordinator, officer_a, agency_a, at=wib(2026, 8, 14, 16),
                       acknowledged_at=wib(2026, 8, 18, 10))
    # Disposed Monday 3 August 08:00, a public reply at 10:30 the same day.
    report = disposed_report(coordinator, agency_a, at=wib(2026, 8, 3, 8))
    actions.message_post(report=report, actor=staff(officer_a), visibility="public",
                         body="Laporan sudah kami terima.", at=wib(2026, 8, 3, 10, 30))
    # An internal note is not a public response.
    silent = disposed_report(coordinator, agency_a, at=wib(2026, 8, 3, 8))
    actions.message_post(report=silent, actor=staff(officer_a), visibility="internal",
                         body="Cek ke lokasi besok.", at=wib(2026, 8, 3, 9))
    figures = figures_of(agency_a)
    assert figures.first_response_hours_median == pytest.approx((18 + 2.5) / 2)
    assert figures.first_response_hours_p90 == 18.0


def test_resolution_is_working_days_from_arrival_to_the_answer(
        coordinator, officer_a, agency_a, figures_of):
    # Friday 14 August to Wednesday 19: Tuesday 18 and Wednesday 19 (Monday 17 is a holiday).
    answered_report(coordinator, officer_a, agency_a, at=wib(2026, 8, 14, 10),
                    answered_at=wib(2026, 8, 19, 9))
    # The same day: 0 working days.
    answered_report(coordinator, officer_a, agency_a, at=wib(2026, 8, 3, 8),
                    answered_at=wib(2026, 8, 3, 15))
    # Monday 3 to Monday 10 August: 5.
    answered_report(coordinator, officer_a, agency_a, at=wib(2026, 8, 3, 8),
                    answered_at=wib(2026, 8, 10, 15))
    # Not answered: not counted.
    in_progress_report(coordinator, officer_a, agency_a, at=wib(2026, 8, 3, 8))
    figures = figures_of(agency_a)
    assert figures.resolution_days_median == 2
    assert figures.resolution_days_p90 == 5


# --- Open and overdue, backlog -------------------------------------------------------------


def test_open_overdue_is_open_reports_past_their_deadline_now(
        coordinator, officer_a, agency_a, agency_b, figures_of):
    disposed_report(coordinator, agency_a, at=wib(2026, 8, 3, 9))  # overdue since August
    in_progress_report(coordinator, officer_a, agency_a, at=wib(2026, 8, 3, 9))  # overdue too
    answered_report(coordinator, officer_a, agency_a, at=wib(2026, 8, 3, 9))  # answered
    disposed_report(coordinator, agency_a, at=timezone.now())  # just arrived
    disposed_report(coordinator, agency_b, at=wib(2026, 8, 3, 9))  # another agency's
    figures = figures_of(agency_a)
    assert figures.open_overdue == 2
    assert sum(figures.backlog_by_age.values()) == 3
    assert figures.backlog_by_age["0-5"] == 1
    assert figures.backlog_by_age[">20"] == 2


def test_backlog_ages_are_working_days_since_disposition(coordinator, agency_a):
    now = timezone.now()
    disposed_report(coordinator, agency_a, at=now - dt.timedelta(days=3))
    disposed_report(coordinator, agency_a, at=now - dt.timedelta(days=12))
    disposed_report(coordinator, agency_a, at=now - dt.timedelta(days=22))
    disposed_report(coordinator, agency_a, at=now - dt.timedelta(days=60))
    rollups.refresh_open_state()
    figures = selectors.agency_figures(agency_a, timezone.localdate(), timezone.localdate())
    # 3 calendar days are at most 3 working days; 12 are 6 to 10; 22 are 11 to 20 (with at
    # most one holiday week); 60 are more than 20.
    assert figures.backlog_by_age == {"0-5": 1, "6-10": 1, "11-20": 1, ">20": 1}


# --- Rating and reopening -----------------------------------------------------------------------


def test_rating_mean_and_distribution(coordinator, officer_a, agency_a, figures_of):
    for score in (5, 4, 4, 1):
        report = answered_report(coordinator, officer_a, agency_a, at=wib(2026, 8, 4, 9))
        actions.report_rate(report=report, actor=REPORTER, score=score, at=wib(2026, 8, 5, 9))
    answered_report(coordinator, officer_a, agency_a, at=wib(2026, 8, 4, 9))  # not rated
    figures = figures_of(agency_a)
    assert figures.rating_mean == 3.5
    assert figures.rating_distribution == {1: 1, 2: 0, 3: 0, 4: 2, 5: 1}


def test_reopen_rate_is_reopened_among_answered(coordinator, officer_a, agency_a, figures_of):
    reopened = answered_report(coordinator, officer_a, agency_a, at=wib(2026, 8, 4, 9))
    actions.report_reopen(report=reopened, actor=REPORTER, reason="Belum selesai.",
                          at=wib(2026, 8, 5, 9))
    for _n in range(3):
        answered_report(coordinator, officer_a, agency_a, at=wib(2026, 8, 4, 9))
    disposed_report(coordinator, agency_a, at=wib(2026, 8, 4, 9))  # not answered: not counted
    assert figures_of(agency_a).reopen_rate == 0.25


def test_nothing_to_measure_gives_none_not_zero(agency_a, figures_of):
    figures = figures_of(agency_a)
    assert figures.received == 0
    for key in ("verified_on_time_rate", "followed_up_on_time_rate",
                "first_response_hours_median", "resolution_days_median", "rating_mean",
                "reopen_rate", "social_reply_rate", "social_reply_minutes_median",
                "informative_share", "consultation_answer_days_median"):
        assert getattr(figures, key) is None, key


# --- Social media and email ---------------------------------------------------------------------


def test_social_reply_rate_and_median_minutes(agency_a, agency_b, figures_of):
    start = wib(2026, 8, 10, 9)
    for n, minutes in enumerate((3, 10, 60)):
        conversation = whatsapp(agency_a, number=f"62812000002{n}", at=start)
        inbound.mark_answered(conversation, at=start + dt.timedelta(minutes=minutes))
    whatsapp(agency_a, number="6281200000299", at=start)  # still waiting: needed, unanswered
    comment(agency_a, channel="facebook", body="Terima kasih min", at=start)  # needs no reply
    answered = email(agency_a, at=start)
    inbound.mark_answered(answered, at=start + dt.timedelta(minutes=30))
    comment(agency_b, body="Kapan air nyala?", at=start)  # another agency's
    figures = figures_of(agency_a)
    assert figures.social_reply_rate == pytest.approx(4 / 5)
    assert figures.social_reply_minutes_median == 20  # 3, 10, 30, 60


# --- Posts --------------------------------------------------------------------------------------


def _post(agency, label, *, published_at, status=PostStatus.PUBLISHED):
    return Post.objects.create(title=f"Pos {label}", body="Isi", lead_agency=agency,
                               status=status, published_at=published_at, info_label=label)


def test_informative_share_of_posts_published_in_the_period(agency_a, figures_of):
    _post(agency_a, "informatif", published_at=wib(2026, 8, 3, 9))
    _post(agency_a, "informatif", published_at=wib(2026, 8, 4, 9))
    _post(agency_a, "seremonial", published_at=wib(2026, 8, 5, 9))
    _post(agency_a, "seremonial", published_at=wib(2026, 8, 6, 9))
    _post(agency_a, "informatif", published_at=wib(2026, 9, 1, 9))  # September
    _post(agency_a, "informatif", published_at=None, status=PostStatus.DRAFT)  # a draft
    _post(agency_a, "", published_at=wib(2026, 8, 6, 9))  # never checked: not counted
    assert figures_of(agency_a).informative_share == 0.5


# --- Consultations ----------------------------------------------------------------------------


def _consultation(agency, *, closes_at, answered_at=None):
    status = Consultation.Status.ANSWERED if answered_at else Consultation.Status.CLOSED
    return Consultation.objects.create(
        title="Rancangan Perbup Retribusi Persampahan", summary="Tarif sampah.",
        lead_agency=agency, status=status, opens_at=closes_at - dt.timedelta(days=14),
        closes_at=closes_at, answered_at=answered_at, published_at=closes_at)


def test_consultation_participants_and_days_to_answer(agency_a, citizen, figures_of):
    # Closed Friday 14 August, answered Wednesday 19: 2 working days (17th is a holiday).
    first = _consultation(agency_a, closes_at=wib(2026, 8, 14, 23),
                          answered_at=wib(2026, 8, 19, 10))
    participant = Participant.objects.create(contact_hash="a" * 64, display_name="Warga")
    # The citizen commented twice and answered the questions: one person.
    for body in ("Tarif terlalu mahal.", "Mohon ada keringanan."):
        Comment.objects.create(consultation=first, author=citizen, display_name="Budi",
                               body=body)
    Response.objects.create(consultation=first, user=citizen)
    Response.objects.create(consultation=first, participant=participant)
    # Closed Monday 3 August, answered Monday 10: 5 working days; nobody took part.
    _consultation(agency_a, closes_at=wib(2026, 8, 3, 23), answered_at=wib(2026, 8, 10, 9))
    # Closed in August, not answered yet.
    _consultation(agency_a, closes_at=wib(2026, 8, 20, 23))
    figures = figures_of(agency_a)
    assert figures.consultation_participants == 2
    assert figures.consultation_answer_days_median == pytest.approx(3.5)


# --- On write -----------------------------------------------------------------------------------


def test_submitted_disposed_and_answered_today_changes_todays_figures_at_once(
        coordinator, officer_a, agency_a, immediate_tasks, django_capture_on_commit_callbacks):
    today = timezone.localdate()
    before = selectors.agency_figures(agency_a, today, today)
    with django_capture_on_commit_callbacks(execute=True):
        report = ReportFactory()
    with django_capture_on_commit_callbacks(execute=True):
        report = dispose(report, coordinator, agency_a)
    middle = selectors.agency_figures(agency_a, today, today)
    with django_capture_on_commit_callbacks(execute=True):
        respond(report, officer_a, timezone.now())
    after = selectors.agency_figures(agency_a, today, today)
    assert (before.received, middle.received, after.received) == (0, 1, 1)
    assert middle.followed_up_on_time_rate is None  # its time has not run out
    assert after.followed_up_on_time_rate == 1.0
    regency = selectors.regency(today, today)
    assert regency.received == 1
    assert regency.followed_up_on_time_rate == 1.0


def test_a_forward_recounts_both_agencies_at_once(
        coordinator, agency_a, agency_b, immediate_tasks, django_capture_on_commit_callbacks):
    today = timezone.localdate()
    with django_capture_on_commit_callbacks(execute=True):
        report = disposed_report(coordinator, agency_a)
    assert selectors.agency_figures(agency_a, today, today).received == 1
    with django_capture_on_commit_callbacks(execute=True):
        actions.report_forward(report=report, actor=staff(coordinator), agency=agency_b)
    assert selectors.agency_figures(agency_a, today, today).received == 0
    assert selectors.agency_figures(agency_b, today, today).received == 1
