"""`generate_load` fills a database that is valid as if every action had run: a small run here,
checked against the invariants the actions keep (the timing of a big run is in bench/README.md,
never in a test)."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count, Q, Sum

from jembatan.connectors.models import Conversation, ConversationMessage
from jembatan.core.models import Agency, AuditEntry, Region, User
from jembatan.insights.models import DayFigures
from jembatan.participation.models import Comment, Consultation, Section, Support
from jembatan.reports.models import (
    OPEN_STATUSES,
    PUBLIC_LIST_STATUSES,
    Channel,
    Event,
    Message,
    Privacy,
    Report,
    Status,
)
from jembatan.search.models import SearchDocument


@pytest.fixture
def generated(db):
    out = io.StringIO()
    call_command("generate_load", "--reports", "600", "--conversations", "300",
                 "--consultations", "5", "--years", "1", "--seed", "3", stdout=out)
    return out.getvalue()


def test_every_state_channel_and_privacy_is_present(generated):
    statuses = set(Report.objects.values_list("status", flat=True).distinct())
    assert statuses == set(Status.values)
    assert set(Report.objects.values_list("channel", flat=True).distinct()) == set(Channel.values)
    assert set(Report.objects.values_list("privacy", flat=True).distinct()) == set(Privacy.values)
    assert Report.objects.values("lead_agency").distinct().count() > 20
    assert Report.objects.values("kecamatan").distinct().count() == Region.objects.filter(
        level=Region.Level.KECAMATAN).count()


def test_every_report_has_the_history_its_state_needs(generated):
    reports = Report.objects.annotate(
        submits=Count("events", filter=Q(events__action="submit"), distinct=True),
        disposals=Count("events", filter=Q(events__action="dispose"), distinct=True),
        answers=Count("messages", filter=Q(messages__visibility=Message.Visibility.PUBLIC,
                                           messages__from_reporter=False), distinct=True),
    )
    for report in reports:
        assert report.submits == 1, report
        if report.status in (Status.BARU, Status.DITOLAK, Status.DIGABUNG):
            assert report.lead_agency_id is None, report
            assert report.disposals == 0, report
        else:
            assert report.lead_agency_id, report
            assert report.disposed_at, report
            assert report.disposals == 1, report
        if report.status in (Status.DIDISPOSISIKAN, Status.DIPROSES, Status.BARU):
            # A running clock: a stage and the deadline of the working-day calendar.
            assert report.deadline_stage, report
            assert report.deadline, report
            assert report.deadline_start, report
        if report.status == Status.DITUNDA:
            assert report.deadline is None, report
            assert report.held_status, report
        if report.status in (Status.DITINDAKLANJUTI, Status.SELESAI):
            assert report.responded_at, report
            assert report.answers >= 1, report
            assert report.deadline is None, report
        if report.status == Status.DITINDAKLANJUTI:
            assert report.auto_close_at, report
            assert report.closed_at is None, report
        if report.status in OPEN_STATUSES:
            assert report.closed_at is None, report
        else:
            assert report.closed_at, report
            assert report.closed_at >= report.created_at, report
        if report.status == Status.DIGABUNG:
            assert report.merged_into_id, report
    # Each step on a timeline has its audit entry.
    assert AuditEntry.objects.filter(action__startswith="report_").count() >= Event.objects.exclude(
        action="merged_in").count()


def test_the_deadlines_follow_the_working_day_clocks(generated):
    from jembatan.core.workdays import WorkingCalendar

    calendar = WorkingCalendar.from_database()
    running = Report.objects.exclude(deadline=None)[:200]
    assert running
    for report in running:
        assert report.deadline == calendar.add_working_days(
            report.deadline_start, report.deadline_days).due


def test_privacy_is_kept_in_the_index_and_the_trail(generated):
    documents = SearchDocument.objects.filter(kind="laporan")
    assert not documents.filter(object_id__in=Report.objects.filter(
        privacy=Privacy.RAHASIA).values("pk")).exists()
    # No reporter is named in the timeline or the audit trail.
    assert not Event.objects.filter(actor__isnull=False, action__in=(
        "reopen", "close")).exists()
    assert set(AuditEntry.objects.filter(action__in=("report_reopen", "report_close",
                                                     "report_rate")).values_list(
        "actor_label", flat=True)) <= {"pelapor"}
    # An entry names a member of staff (its actor), the reporter as "pelapor" or the system.
    assert set(AuditEntry.objects.filter(action__startswith="report_", actor=None).values_list(
        "actor_label", flat=True)) <= {"pelapor", "sistem"}


def test_the_search_index_and_the_figures_match_the_tables(generated):
    public = Report.objects.filter(status__in=PUBLIC_LIST_STATUSES).exclude(
        privacy=Privacy.RAHASIA)
    assert SearchDocument.objects.filter(kind="laporan").count() == public.count()
    assert set(SearchDocument.objects.filter(kind="laporan").values_list(
        "object_id", flat=True)) == set(public.values_list("pk", flat=True))
    disposed = Report.objects.exclude(lead_agency=None).exclude(disposed_at=None).count()
    received = DayFigures.objects.exclude(agency=None).aggregate(n=Sum("received"))["n"]
    assert received == disposed


def test_conversations_and_consultations_are_complete(generated):
    assert set(Conversation.objects.values_list("channel", flat=True).distinct()) == {
        "whatsapp", "facebook", "instagram", "email", "web"}
    assert set(Conversation.objects.values_list("status", flat=True).distinct()) == set(
        Conversation.Status.values)
    assert not Conversation.objects.filter(messages__isnull=True).exists()
    waiting = Conversation.objects.exclude(waiting_since=None)
    assert waiting.exists()
    assert not waiting.exclude(status=Conversation.Status.OPEN).exists()
    assert ConversationMessage.objects.count() > Conversation.objects.count()
    assert Consultation.objects.count() == 5
    assert Section.objects.count() >= 5
    for comment in Comment.objects.filter(parent=None)[:50]:
        assert comment.support_count == Support.objects.filter(comment=comment).count()


def test_the_staff_pages_render_for_a_coordinator_and_an_agency(generated, login, api,
                                                               token_for):
    coordinator = User.objects.get(username="koordinator")
    officer = User.objects.get(username="petugas.dpupr")
    report = Report.objects.filter(lead_agency__slug="dpupr").first()
    for user in (coordinator, officer):
        client = login(user)
        for url in ("/staf/laporan/", f"/staf/laporan/{report.tracking_code}/",
                    "/staf/percakapan/"):
            assert client.get(url).status_code == 200, (user, url)
        token = token_for(user)
        for url in ("/api/v1/inbox", "/api/v1/conversations",
                    f"/api/v1/reports/{report.tracking_code}"):
            assert api.get(url, token=token).status_code == 200, (user, url)
    assert Agency.objects.count() >= 45


def test_a_database_with_real_reports_is_refused(db, agency_a):
    from jembatan.reports.tests.factories import ReportFactory

    ReportFactory()
    with pytest.raises(CommandError, match="not generated"):
        call_command("generate_load", "--reports", "1", "--conversations", "0",
                     "--consultations", "0", stdout=io.StringIO())
