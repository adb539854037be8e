"""The rollup tables give the same figures as counting the rows directly, on random histories,
for any period (whole months, parts of months, single days) and after recounts on write."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

import pytest

from jembatan.connectors.models import Contact, Conversation
from jembatan.content.models import Post, PostStatus
from jembatan.core.models import Agency
from jembatan.insights import facts, rollups, selectors
from jembatan.insights.facts import Tally
from jembatan.participation.models import Comment, Consultation
from jembatan.reports.models import Channel, Event, Kind, Rating, Report, Status
from jembatan.reports.tests.factories import wib

pytestmark = pytest.mark.django_db

NOW = wib(2026, 10, 20, 12)
FIRST_DAY = dt.date(2026, 6, 20)
SPAN_DAYS = 110


def _moment(rng: random.Random, after: dt.datetime, max_hours: int) -> dt.datetime:
    return after + dt.timedelta(minutes=rng.randint(0, max_hours * 60))


def make_history(rng: random.Random, agencies: list[Agency], reports: int = 160) -> None:
    rows = []
    for n in range(reports):
        created = wib(2026, 6, 20, 0) + dt.timedelta(minutes=rng.randint(0, SPAN_DAYS * 1440))
        kind = rng.choice([Kind.PENGADUAN, Kind.ASPIRASI, Kind.INFORMASI, Kind.PERTANYAAN])
        disposed = _moment(rng, created, 24 * 7) if rng.random() < 0.9 else None
        status = Status.BARU
        first_response = responded = None
        if disposed:
            status = rng.choice([Status.DIDISPOSISIKAN, Status.DIPROSES, Status.DITINDAKLANJUTI,
                                 Status.SELESAI, Status.DITUNDA])
            if status != Status.DIDISPOSISIKAN and rng.random() < 0.9:
                first_response = _moment(rng, disposed, 24 * 12)
            if status in (Status.DITINDAKLANJUTI, Status.SELESAI):
                first_response = first_response or _moment(rng, disposed, 24 * 12)
                responded = _moment(rng, first_response, 24 * 10)
        rows.append(Report(
            tracking_code=f"T-{n:05d}", access_key_hash="x", kind=kind,
            title="Laporan uji", body="Isi laporan uji", status=status,
            channel=rng.choice([Channel.WEB, Channel.PHONE, Channel.WHATSAPP]),
            lead_agency=rng.choice(agencies) if disposed else None,
            created_at=created, disposed_at=disposed, first_response_at=first_response,
            responded_at=responded, is_extended=kind == Kind.INFORMASI and rng.random() < 0.3,
        ))
    Report.objects.bulk_create(rows)
    events, ratings = [], []
    for report in Report.objects.filter(responded_at__isnull=False):
        events.append(Event(report=report, action="respond", created_at=report.responded_at))
        if rng.random() < 0.2:
            events.append(Event(report=report, action="reopen",
                                created_at=report.responded_at + dt.timedelta(hours=3)))
        if rng.random() < 0.5:
            ratings.append(Rating(report=report, score=rng.randint(1, 5)))
    Event.objects.bulk_create(events)
    Rating.objects.bulk_create(ratings)
    for n in range(60):
        agency = rng.choice(agencies)
        created = wib(2026, 6, 20, 0) + dt.timedelta(minutes=rng.randint(0, SPAN_DAYS * 1440))
        answered = rng.random() < 0.6
        seconds = rng.randint(30, 3 * 86400) if answered else None
        contact = Contact.objects.create(platform="whatsapp", external_id=f"62812{n:07d}")
        Conversation.objects.create(
            agency=agency, channel=rng.choice((*facts.SOCIAL_CHANNELS, "web")), contact=contact,
            thread_key=f"t{n}", created_at=created,
            waiting_since=None if answered or rng.random() < 0.3 else created,
            first_response_at=created + dt.timedelta(seconds=seconds) if answered else None,
            first_response_seconds=seconds)
    for n in range(40):
        published = rng.random() < 0.8
        Post.objects.create(
            title=f"Pos {n}", body="Isi", lead_agency=rng.choice(agencies),
            status=PostStatus.PUBLISHED if published else PostStatus.DRAFT,
            published_at=(wib(2026, 6, 20) + dt.timedelta(hours=rng.randint(0, SPAN_DAYS * 24))
                          if published else None),
            info_label=rng.choice(["informatif", "seremonial", ""]))
    for n in range(6):
        closes = wib(2026, 6, 25) + dt.timedelta(hours=rng.randint(0, 90 * 24))
        answered = closes + dt.timedelta(hours=rng.randint(1, 30 * 24)) if n % 2 else None
        consultation = Consultation.objects.create(
            title=f"Konsultasi {n}", summary="Ringkasan", lead_agency=rng.choice(agencies),
            status=Consultation.Status.ANSWERED if answered else Consultation.Status.CLOSED,
            opens_at=closes - dt.timedelta(days=10), closes_at=closes, answered_at=answered)
        for m in range(rng.randint(0, 4)):
            Comment.objects.create(consultation=consultation, display_name=f"Warga {m}",
                                   body="Usul", author=None,
                                   participant=_participant(f"{n}-{m % 3}"))


def _participant(key: str):
    from jembatan.participation.models import Participant

    return Participant.objects.get_or_create(
        contact_hash=key.ljust(64, "0"), defaults={"display_name": "Warga"})[0]


def direct(first: dt.date, last: dt.date, agency: Agency | None) -> selectors.Figures:
    key = (lambda fact: ()) if agency is None else (lambda fact: fact.agency_id)
    tallies = facts.tally_by_key(first=first, last=last, now=NOW, key=key,
                                 agency_ids=None if agency is None else [agency.pk])
    tally = tallies.get(() if agency is None else agency.pk, Tally())
    return selectors.figures_from(tally, agency_id=agency.pk if agency else None,
                                  slug=agency.slug if agency else "",
                                  name=agency.name if agency else "")


def flows(figures: selectors.Figures) -> selectors.Figures:
    """Only what the rollups hold (today's open counts come from the reports themselves)."""
    return replace(figures, open_overdue=0, backlog_by_age={}, slug="", name="")


def random_periods(rng: random.Random) -> list[tuple[dt.date, dt.date]]:
    periods = [(dt.date(2026, 7, 1), dt.date(2026, 9, 30)),  # whole months
               (dt.date(2026, 8, 1), dt.date(2026, 8, 31)),
               (dt.date(2026, 8, 17), dt.date(2026, 8, 17)),  # a holiday
               (FIRST_DAY, FIRST_DAY + dt.timedelta(days=SPAN_DAYS + 20))]
    for _n in range(6):
        first = FIRST_DAY + dt.timedelta(days=rng.randint(0, SPAN_DAYS))
        periods.append((first, first + dt.timedelta(days=rng.randint(0, 80))))
    return periods


@pytest.fixture
def agencies(agency_a, agency_b, agency_c):
    return [agency_a, agency_b, agency_c]


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_rollups_equal_direct_counting(seed, agencies):
    rng = random.Random(seed)
    make_history(rng, agencies)
    rollups.rebuild_all(now=NOW)
    for first, last in random_periods(rng):
        card = {item.agency_id: item for item in selectors.scorecard(first, last, now=NOW)}
        for agency in agencies:
            assert flows(card[agency.pk]) == flows(direct(first, last, agency)), (first, last)
        assert flows(selectors.regency(first, last, now=NOW)) == flows(direct(first, last,
                                                                                None))
        kinds = {row["key"]: row["received"] for row in
                 selectors.breakdown(first, last, by="kind", now=NOW)}
        counted = {}
        for fact in facts.report_facts(first=first, last=last, now=NOW,
                                       table=facts.workday_table(first, last)):
            counted[fact.kind] = counted.get(fact.kind, 0) + 1
        assert {k: n for k, n in kinds.items() if n} == counted


@pytest.mark.parametrize("seed", [5, 6])
def test_monthly_trend_equals_direct_counting_per_month(seed, agencies):
    rng = random.Random(seed)
    make_history(rng, agencies)
    rollups.rebuild_all(now=NOW)
    until = dt.date(2026, 10, 12)
    for agency in (None, agencies[0]):
        trend = selectors.monthly_trend(agency_id=agency.pk if agency else None, months=5,
                                        until=until, now=NOW)
        assert [month for month, _figures in trend] == [
            dt.date(2026, m, 1) for m in (6, 7, 8, 9, 10)]
        for month, figures in trend:
            last = min(until, (month + dt.timedelta(days=32)).replace(day=1)
                       - dt.timedelta(days=1))
            assert flows(figures) == flows(direct(month, last, agency)), month


def test_recounting_some_days_after_changes_gives_the_full_recount(agencies):
    rng = random.Random(7)
    make_history(rng, agencies)
    rollups.rebuild_all(now=NOW)
    # Answer some open reports and move others to another agency, then recount only the
    # (agency, day) pairs they were and are counted on, as the actions do.
    keys = []
    for report in Report.objects.filter(status=Status.DIPROSES)[:10]:
        keys.append((report.lead_agency_id, report.disposed_at))
        report.status = Status.DITINDAKLANJUTI
        report.responded_at = report.first_response_at or NOW
        report.first_response_at = report.responded_at
        report.save()
        Event.objects.create(report=report, action="respond", created_at=report.responded_at)
    for report in Report.objects.filter(status=Status.DIDISPOSISIKAN)[:5]:
        keys.append((report.lead_agency_id, report.disposed_at))
        report.lead_agency = agencies[(agencies.index(report.lead_agency) + 1) % 3]
        report.disposed_at = report.disposed_at + dt.timedelta(days=3)
        report.save()
        keys.append((report.lead_agency_id, report.disposed_at))
    rollups.refresh_keys([(a, m.isoformat()) for a, m in keys], now=NOW)
    first, last = FIRST_DAY, FIRST_DAY + dt.timedelta(days=SPAN_DAYS + 10)
    for agency in agencies:
        assert flows(selectors.agency_figures(agency, first, last, now=NOW)) == flows(
            direct(first, last, agency))
    assert flows(selectors.regency(first, last, now=NOW)) == flows(direct(first, last, None))
    for month in (dt.date(2026, 7, 1), dt.date(2026, 8, 1), dt.date(2026, 9, 1)):
        last = (month + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        for agency in agencies:
            assert flows(selectors.agency_figures(agency, month, last, now=NOW)) == flows(
                direct(month, last, agency))


def test_the_hourly_recount_catches_a_clock_that_ran_out_and_an_old_change(
        coordinator, officer_a, agency_a):
    from django.core.management import call_command
    from django.utils import timezone

    from jembatan.insights.models import BacklogSnapshot, RollupState
    from jembatan.reports.tests.factories import answered_report, disposed_report

    now = timezone.now()
    today = timezone.localdate()
    # Disposed 12 days ago and never answered: counted as pending when it was disposed, late
    # once its 5 working days ran out — with no write in between.
    disposed_report(coordinator, agency_a, at=now - dt.timedelta(days=12))
    rollups.rebuild_all(now=now - dt.timedelta(days=12))
    period = (today - dt.timedelta(days=20), today)
    assert selectors.agency_figures(agency_a, *period).followed_up_on_time_rate is None
    call_command("insights_rebuild", "--recent", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert selectors.agency_figures(agency_a, *period).followed_up_on_time_rate == 0.0
    assert RollupState.current().recent_rebuilt_at is not None
    assert BacklogSnapshot.objects.filter(agency=agency_a, day=today).get().open_overdue == 1
    # A report of long ago, rated only now: its old day is recounted too.
    old = answered_report(coordinator, officer_a, agency_a, at=wib(2025, 3, 3, 9))
    Rating.objects.create(report=old, score=2)
    Report.objects.filter(pk=old.pk).update(updated_at=timezone.now())
    rollups.rebuild_recent()
    assert selectors.agency_figures(agency_a, dt.date(2025, 3, 1),
                                    dt.date(2025, 3, 31)).rating_mean == 2.0
