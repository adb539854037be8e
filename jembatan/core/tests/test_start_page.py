"""The staff start page: each role's counts, each count equal to the rows of the list it links
to, a fixed number of queries whatever the number of rows, and the staff navigation."""

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from jembatan.core import start_counts
from jembatan.notifications.models import Notification
from jembatan.reports import actions as report_actions
from jembatan.reports.models import Report
from jembatan.reports.tests.factories import (
    ReportFactory,
    disposed_report,
    in_progress_report,
    staff,
)

pytestmark = pytest.mark.django_db

START = reverse("core:start")


def _rows_on(client, url: str) -> int:
    """How many report rows the list at `url` shows (every row links to a report page)."""
    content = client.get(url).content.decode()
    return len(set(re.findall(r'href="/staf/laporan/([A-Z0-9-]+)/"', content)))


def _item(items, key):
    return next(item for item in items if item.key == key)


@pytest.fixture
def agency_reports(coordinator, officer_a, agency_a, agency_b):
    now = timezone.now()
    disposed_report(coordinator, agency_a)
    disposed_report(coordinator, agency_a)
    in_progress_report(coordinator, officer_a, agency_a)
    disposed_report(coordinator, agency_b)  # another agency's: never counted for agency A
    late = in_progress_report(coordinator, officer_a, agency_a)
    Report.objects.filter(pk=late.pk).update(deadline=now - dt.timedelta(hours=3))
    today = disposed_report(coordinator, agency_a)
    Report.objects.filter(pk=today.pk).update(deadline=now + dt.timedelta(minutes=1))
    return now


def test_officer_counts_equal_the_rows_of_the_linked_lists(login, officer_a, agency_reports):
    items = start_counts.agency_work(officer_a)
    client = login(officer_a)

    assert _item(items, "new").count == 3
    assert _item(items, "overdue").count == 1
    assert _item(items, "due_today").count == 1
    assert _item(items, "mine").count == 2
    for key in ("new", "overdue", "due_today", "due_soon", "mine"):
        item = _item(items, key)
        assert _rows_on(client, item.url) == item.count, key


def test_counts_of_an_agency_that_supports_others_equal_the_rows_of_the_lists(
        login, coordinator, officer_a, agency_a, agency_b, agency_reports):
    """Counted as own reports plus supported ones it does not lead (two indexes), the numbers
    are still those of the inbox's "own or supported" lists."""
    now = agency_reports
    supported = disposed_report(coordinator, agency_b, supporting=[agency_a])
    Report.objects.filter(pk=supported.pk).update(deadline=now - dt.timedelta(hours=1))
    disposed_report(coordinator, agency_b, supporting=[agency_a])
    disposed_report(coordinator, agency_b)  # neither led nor supported by agency A
    items = start_counts.agency_work(officer_a)
    client = login(officer_a)

    assert _item(items, "new").count == 5
    assert _item(items, "overdue").count == 2
    for key in ("new", "overdue", "due_today", "due_soon", "mine"):
        item = _item(items, key)
        assert _rows_on(client, item.url) == item.count, key


def test_coordinator_counts_equal_the_rows_of_the_linked_lists(login, coordinator, agency_a,
                                                                officer_a):
    ReportFactory()
    ReportFactory()
    returned = disposed_report(coordinator, agency_a)
    report_actions.report_return(report=returned, actor=staff(officer_a),
                                 reason="Jalan provinsi, bukan kewenangan kami.")
    items = start_counts.coordinator_work(coordinator)
    client = login(coordinator)

    assert _item(items, "verify").count == 2
    assert _item(items, "returned").count == 1
    for key in ("verify", "returned", "overdue", "urgent"):
        item = _item(items, key)
        assert _rows_on(client, item.url) == item.count, key


def test_the_start_page_says_in_words_when_there_is_nothing_to_do(login, officer_a):
    content = login(officer_a).get(START).content.decode()

    assert "Tidak ada disposisi baru" in content or "No new dispositions" in content


def test_the_linked_list_shows_its_filter_as_a_removable_chip(login, officer_a):
    content = login(officer_a).get(reverse("reports:inbox") + "?due=today").content.decode()

    assert 'class="chip"' in content
    assert 'href="/staf/laporan/"' in content


@pytest.mark.parametrize("who", ["officer_a", "admin_a", "coordinator"])
def test_the_start_page_costs_the_same_queries_with_many_rows(
        request, who, login, coordinator, officer_a, agency_a, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    user = request.getfixturevalue(who)
    client = login(user)
    client.get(START)  # warm the caches every page shares (jurisdiction, sessions)
    disposed_report(coordinator, agency_a)
    ReportFactory()
    with CaptureQueriesContext(connection) as few:
        client.get(START)
    for _ in range(12):
        disposed_report(coordinator, agency_a)
        ReportFactory()
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(START)
    assert response.status_code == 200
    assert len(few.captured_queries) <= 41  # one COUNT per item of the page, a fixed number


def test_staff_pages_show_the_staff_navigation_not_the_public_one(login, officer_a, agency_a):
    content = login(officer_a).get(START).content.decode()

    assert 'id="staff-nav"' in content
    assert 'id="site-nav"' not in content
    # Officers see their own agency's figures; the dashboard of every agency is the
    # coordinator's.
    assert f'href="{reverse("insights:agency_dashboard", args=[agency_a.slug])}"' in content
    assert f'href="{reverse("insights:dashboard")}"' not in content
    assert reverse("core:audit_log") not in content  # coordinators only


def test_the_coordinator_navigation_has_the_settings_section(login, coordinator):
    content = login(coordinator).get(START).content.decode()

    assert reverse("core:audit_log") in content
    assert reverse("triage:routing") in content


def test_the_coordinator_navigation_leads_to_every_agency_s_figures(login, coordinator):
    content = login(coordinator).get(START).content.decode()

    assert f'href="{reverse("insights:dashboard")}"' in content
    assert f'href="{reverse("insights:publication")}"' in content


def test_an_officer_sees_this_month_beside_the_regency_median(
        login, officer_a, agency_a, agency_reports):
    from jembatan.insights import rollups, start_figures

    rollups.rebuild_all()
    response = login(officer_a).get(START)
    summary = start_figures.agency_summary(agency_a)

    assert response.context["insights"]["table"].rows == summary["table"].rows
    received = summary["table"].rows[0]
    assert received.slug == "received"
    assert received.cells[0].value >= 1
    content = response.content.decode()
    assert 'id="start-figures-title"' in content
    assert reverse("insights:agency_dashboard", args=[agency_a.slug]) in content


def test_the_coordinator_sees_the_agencies_slowest_to_follow_up_first(
        login, coordinator, agency_reports):
    from jembatan.insights import rollups

    rollups.rebuild_all()
    response = login(coordinator).get(START)

    table = response.context["insights"]["table"]
    rates = [row.cells[1].value for row in table.rows]
    # An agency with nothing due yet has no rate, and no rate is not a low one.
    assert None not in rates
    assert "" not in rates
    assert rates == sorted(rates)
    assert 'id="start-figures-title"' in response.content.decode()


def test_public_pages_keep_the_public_navigation(login, officer_a):
    content = login(officer_a).get(reverse("portal:home")).content.decode()

    assert 'id="site-nav"' in content
    assert 'id="staff-nav"' not in content


def test_a_disposition_reaches_the_bell_of_the_agency_without_a_second_email(
        officer_a, admin_a, coordinator, agency_a, immediate_tasks, mailoutbox,
        django_capture_on_commit_callbacks):
    report = ReportFactory()
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        report_actions.report_dispose(report=report, actor=staff(coordinator), agency=agency_a)

    bells = Notification.objects.filter(kind="report_disposed")
    assert {n.recipient for n in bells} == {officer_a, admin_a}
    assert all(n.emailed_at is not None for n in bells)
    staff_mail = [m for m in mailoutbox if m.to[0] in {officer_a.email, admin_a.email}]
    assert len(staff_mail) == 2  # one each, from the report's own email


def test_the_bell_never_names_an_anonymous_reporter(officer_a, coordinator, agency_a,
                                                    immediate_tasks,
                                                    django_capture_on_commit_callbacks):
    report = ReportFactory(privacy="anonim", reporter_name="Siti Rahayu Lestari")
    with django_capture_on_commit_callbacks(execute=True):
        report_actions.report_dispose(report=report, actor=staff(coordinator), agency=agency_a)

    bell = Notification.objects.get(kind="report_disposed", recipient=officer_a)
    assert "Siti" not in bell.title + bell.body


def _conversation_rows(client, url: str) -> list[str]:
    content = client.get(url).content.decode()
    return re.findall(r'href="(/staf/percakapan/\d+/)"', content)


def test_conversation_counts_per_channel_equal_their_lists_oldest_first(
        login, officer_a, agency_a, agency_b):
    from jembatan.connectors.tests.staff_factories import comment, whatsapp

    now = timezone.now()
    old = whatsapp(agency_a, number="6281200000001", at=now - dt.timedelta(days=3))
    new = whatsapp(agency_a, number="6281200000002", at=now - dt.timedelta(hours=1))
    comment(agency_a)
    whatsapp(agency_b, number="6281311112222")  # another agency's: not counted
    item = _item(start_counts.agency_work(officer_a), "conversations_waiting")
    client = login(officer_a)

    assert item.count == 3
    assert item.rows[0]["channel"] == "whatsapp"  # the oldest wait first
    assert len(_conversation_rows(client, item.url)) == 3
    whatsapp_row = next(row for row in item.rows if row["channel"] == "whatsapp")
    assert _conversation_rows(client, whatsapp_row["url"]) == [
        old.get_absolute_url(), new.get_absolute_url()]


def test_stale_conversations_count_equals_the_coordinators_list(login, coordinator, agency_a):
    from jembatan.connectors.tests.staff_factories import whatsapp

    now = timezone.now()
    whatsapp(agency_a, number="6281200000001", at=now - dt.timedelta(hours=30))
    whatsapp(agency_a, number="6281200000002", at=now - dt.timedelta(hours=2))
    item = _item(start_counts.coordinator_work(coordinator), "conversations_stale")

    assert item.count == 1
    assert len(_conversation_rows(login(coordinator), item.url)) == 1


def test_requests_waiting_for_our_answer_equal_the_list(login, officer_a, officer_b, agency_a,
                                                        agency_b):
    from jembatan.agency_requests import actions as requests_actions
    from jembatan.agency_requests.models import AgencyRequest

    for title in ("Data gangguan air Jl. Sumbing", "Foto kegiatan perbaikan pipa"):
        requests_actions.request_create(
            requesting_agency=agency_a, asked=[agency_b], kind=AgencyRequest.Kind.DATA,
            title=title, body="Mohon datanya untuk rilis bersama.",
            due_date=timezone.localdate() + dt.timedelta(days=3), actor=officer_a)
    item = _item(start_counts.agency_work(officer_b), "requests")
    content = login(officer_b).get(item.url).content.decode()

    assert item.count == 2
    assert len(set(re.findall(r'href="/staf/bakohumas/permintaan/(\d+)/"', content))) == 2
    assert 'class="chip"' in content
    assert _item(start_counts.agency_work(officer_a), "requests").count == 0


def test_unread_announcements_are_counted_until_opened(coordinator, officer_a, agency_a):
    from jembatan.forum import actions as forum_actions

    channel = forum_actions.regency_channel_ensure(actor=coordinator)
    post = forum_actions.post_create(channel=channel, actor=coordinator, is_announcement=True,
                                     title="Rapat Koordinasi Bakohumas Triwulan IV",
                                     body="Rapat Kamis pukul 09.00 di Ruang Mangunkusumo.")
    item = _item(start_counts.agency_work(officer_a), "announcements")
    assert item.count == 1
    assert item.rows[0]["url"] == reverse("forum:forum_post", args=[post.pk])

    forum_actions.announcement_mark_read(post=post, actor=officer_a)

    assert _item(start_counts.agency_work(officer_a), "announcements").count == 0


def test_the_coordinator_sees_each_pinned_announcement_and_how_many_agencies_have_not_read_it(
        login, coordinator, officer_a, officer_b):
    from jembatan.forum import actions as forum_actions

    channel = forum_actions.regency_channel_ensure(actor=coordinator)
    announcement = forum_actions.post_create(
        channel=channel, actor=coordinator, is_announcement=True,
        title="Batas unggah laporan kinerja triwulan IV",
        body="Mohon unggah paling lambat Jumat, 18 Desember, pukul 15.00.")
    pinned_talk = forum_actions.post_create(channel=channel, actor=coordinator,
                                            body="Terima kasih atas kehadirannya kemarin.")
    for post in (announcement, pinned_talk):
        forum_actions.post_pin(post=post, pinned=True, actor=coordinator)
    forum_actions.announcement_mark_read(post=announcement, actor=officer_a)

    rows = start_counts.unread_pinned_announcements()

    assert [(row["post"], row["unread"], row["total"]) for row in rows] == [(announcement, 1, 2)]
    page = login(coordinator).get(START).content.decode()
    pinned = page[page.index('id="pinned-title"'):]
    pinned = pinned[:pinned.index("</section>")]
    assert "Batas unggah laporan kinerja triwulan IV" in pinned
    assert "1 dari 2 instansi belum membacanya" in pinned
    assert "Terima kasih atas kehadirannya" not in pinned


def test_closed_consultations_our_agency_leads_equal_the_linked_list(login, officer_a, agency_a,
                                                                     agency_b):
    from jembatan.participation.models import Consultation
    from jembatan.participation.tests.conftest import make_consultation

    Status = Consultation.Status
    make_consultation(agency_a, Status.CLOSED, title="Rancangan Perbup Retribusi Parkir")
    make_consultation(agency_a, Status.CLOSED, title="Rancangan Perbup Trotoar")
    make_consultation(agency_a, Status.ANSWERED, title="Rancangan Perbup Drainase")
    co_led = make_consultation(agency_b, Status.CLOSED, title="Rancangan Perbup Air Minum")
    co_led.co_agencies.add(agency_a)  # led by another agency: not ours to answer
    item = _item(start_counts.agency_work(officer_a), "consultations")
    assert item.count == 2
    assert item.tone == "warn"
    content = login(officer_a).get(item.url).content.decode()
    rows = set(re.findall(r'href="/staf/partisipasi/(\d+)/"', content))
    assert len(rows) == item.count
    assert "Rancangan Perbup Air Minum" not in content
