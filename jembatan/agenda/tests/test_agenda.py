"""The shared agenda: month, week and list views, events and their coverage, notifications,
permissions and the feed address page."""

import datetime as dt

import pytest
from django.urls import reverse

from jembatan.agenda import actions as agenda_actions
from jembatan.agenda import selectors as agenda_selectors
from jembatan.agenda.models import AgendaEvent
from jembatan.agenda.tests.helpers import make_all_day, make_event, wib
from jembatan.catalogue import actions as catalogue_actions
from jembatan.core.models import AuditEntry
from jembatan.core.quiet import notifications_suppressed
from jembatan.notifications.models import Notification

pytestmark = pytest.mark.django_db

MONTH = reverse("agenda:agenda_month")
WEEK = reverse("agenda:agenda_week")
LIST = reverse("agenda:agenda_list")
CREATE = reverse("agenda:agenda_create")


@pytest.fixture(autouse=True)
def _jurisdiction(jurisdiction):
    return jurisdiction


def entries_titles(response, key="weeks"):
    if key == "weeks":
        weeks = response.context["weeks"]
        days = [day for week in weeks for day in week.days]
        bars = {bar.entry.title for week in weeks for lane in week.lanes for bar in lane}
        return bars | {entry.title for day in days for entry in day.entries}
    else:
        days = response.context["days"]
    return {entry.title for day in days for entry in day.entries}


# --- who may see the agenda ---------------------------------------------------------------------


@pytest.mark.parametrize("url", [MONTH, WEEK, LIST, CREATE,
                                 reverse("agenda:agenda_feeds")])
def test_agenda_pages_are_403_for_a_citizen(login, citizen, url):
    assert login(citizen).get(url).status_code == 403


def test_agenda_sends_visitors_to_login(client):
    response = client.get(MONTH)
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


@pytest.mark.parametrize("who", ["coordinator", "officer_a", "officer_b"])
def test_every_staff_member_sees_every_agencys_events(request, login, agency_a, who):
    event = make_event(agency_a, starts_at=wib(2026, 12, 10, 8), ends_at=wib(2026, 12, 10, 11))
    response = login(request.getfixturevalue(who)).get(MONTH, {"bulan": "2026-12"})

    assert response.status_code == 200
    assert event.title in entries_titles(response)


# --- views ------------------------------------------------------------------------------------


def test_month_view_draws_a_multi_day_event_once_per_week_as_a_bar(login, officer_a,
                                                                    agency_a):
    make_all_day(agency_a, dt.date(2026, 12, 30), dt.date(2027, 1, 2),
                 title="Festival Pergantian Tahun")
    catalogue_actions.programme_create(agency=agency_a, actor=None, title="Rehabilitasi Jalan Kertek",
                               start_date=dt.date(2026, 12, 1), end_date=dt.date(2026, 12, 3))
    make_event(agency_a, title="Car Free Day", starts_at=wib(2026, 12, 13, 6),
               ends_at=wib(2026, 12, 13, 9))

    response = login(officer_a).get(MONTH, {"bulan": "2026-12"})
    html = response.content.decode()

    assert response.context["previous"] == "2026-11"
    assert response.context["following"] == "2027-01"
    weeks = response.context["weeks"]
    assert weeks[0].days[0].date == dt.date(2026, 11, 30)  # Monday before 1 December
    # Not repeated in the day cells: one bar, across 30 December to 2 January (Wed to Sat).
    in_cells = {e.title for week in weeks for day in week.days for e in day.entries}
    assert in_cells == {"Car Free Day"}
    bars = [(bar.entry.title, bar.column, bar.span) for week in weeks for lane in week.lanes
            for bar in lane]
    assert ("Festival Pergantian Tahun", 3, 4) in bars
    assert ("Rehabilitasi Jalan Kertek", 2, 3) in bars
    assert html.count("Festival Pergantian Tahun") == 2  # the grid's bar and the phone list
    assert "col-3 span-4 lane-1" in html
    # The phone list: each entry once, on its first day, with its dates.
    by_day = {day.date: [e.title for e in day.entries] for day in response.context["by_day"]}
    assert by_day[dt.date(2026, 12, 30)] == ["Festival Pergantian Tahun"]
    assert by_day[dt.date(2026, 12, 1)] == ["Rehabilitasi Jalan Kertek"]
    assert "30 Des sampai 2 Jan" in html


def test_overlapping_bars_take_separate_lanes():
    def entry(title, first, last):
        return agenda_selectors.Entry("programme", type("P", (), {"title": title, "pk": 1}),
                                      first, last)

    entries = [entry("A", dt.date(2026, 12, 1), dt.date(2026, 12, 4)),
               entry("B", dt.date(2026, 12, 3), dt.date(2026, 12, 5)),
               entry("C", dt.date(2026, 12, 5), dt.date(2026, 12, 6))]
    weeks, _by_day = agenda_selectors.month_weeks(2026, 12, lambda first, last: entries)
    lanes = [[bar.entry.title for bar in lane] for lane in weeks[0].lanes]
    assert lanes == [["A", "C"], ["B"]]


def test_an_event_crossing_a_week_is_a_bar_in_each_week_marked_as_continuing():
    entry = agenda_selectors.Entry("programme", type("P", (), {"title": "Pameran", "pk": 1}),
                                   dt.date(2026, 12, 5), dt.date(2026, 12, 9))
    weeks, by_day = agenda_selectors.month_weeks(2026, 12, lambda first, last: [entry])
    bars = [bar for week in weeks for lane in week.lanes for bar in lane]
    assert [(b.column, b.span, b.continues_before, b.continues_after) for b in bars] == [
        (6, 2, False, True), (1, 3, True, False)]
    assert [day.date for day in by_day] == [dt.date(2026, 12, 5)]


def test_week_view_shows_seven_days_from_monday(login, officer_a, agency_a):
    make_event(agency_a, title="Car Free Day", starts_at=wib(2026, 12, 13, 6),
               ends_at=wib(2026, 12, 13, 9))

    response = login(officer_a).get(WEEK, {"minggu": "2026-12-10"})

    assert response.context["monday"] == dt.date(2026, 12, 7)
    assert len(response.context["days"]) == 7
    assert "Car Free Day" in entries_titles(response, "days")
    assert response.context["following"] == "2026-12-14"


def test_list_view_shows_only_days_with_entries(login, officer_a, agency_a):
    make_event(agency_a, title="Musrenbang Kecamatan Kertek", starts_at=wib(2026, 12, 11, 8),
               ends_at=wib(2026, 12, 11, 13))

    response = login(officer_a).get(LIST, {"dari": "2026-12-01"})

    assert [day.date for day in response.context["days"]] == [dt.date(2026, 12, 11)]


def test_filters_by_agency_and_needs_coverage(login, officer_a, agency_a, agency_b):
    make_event(agency_a, title="Perlu liputan", needs_coverage=True)
    make_event(agency_a, title="Tanpa liputan")
    make_event(agency_b, title="Kegiatan Tirta Aji", needs_coverage=True)
    client = login(officer_a)

    by_agency = client.get(MONTH, {"bulan": "2026-12", "instansi": agency_b.slug})
    coverage = client.get(MONTH, {"bulan": "2026-12", "liputan": "1"})

    assert entries_titles(by_agency) == {"Kegiatan Tirta Aji"}
    assert entries_titles(coverage) == {"Perlu liputan", "Kegiatan Tirta Aji"}
    assert "liputan=1" in coverage.context["query"]


@pytest.mark.parametrize(("url", "param"), [(MONTH, {"bulan": "2026-13"}),
                                            (WEEK, {"minggu": "kemarin"}),
                                            (LIST, {"dari": "2026-02-30"}),
                                            (WEEK, {"minggu": "9999-12-31"}),
                                            (WEEK, {"minggu": "0001-01-01"}),
                                            (LIST, {"dari": "9999-12-31"})])
def test_bad_dates_in_the_address_are_400(login, officer_a, url, param):
    assert login(officer_a).get(url, param).status_code == 400


def test_month_view_query_count_does_not_grow(login, officer_a, agency_a, agency_b,
                                              django_assert_max_num_queries):
    for day in range(1, 28):
        make_event(agency_a if day % 2 else agency_b, title=f"Kegiatan {day}",
                   starts_at=wib(2026, 12, day, 8), ends_at=wib(2026, 12, day, 10),
                   needs_coverage=True)
    client = login(officer_a)
    client.get(MONTH, {"bulan": "2026-12"})

    with django_assert_max_num_queries(15):
        response = client.get(MONTH, {"bulan": "2026-12"})
    assert len(entries_titles(response)) == 27


# --- creating and changing events -------------------------------------------------------------


def test_officer_adds_an_all_day_event_for_their_agency(login, officer_a, agency_a):
    response = login(officer_a).post(CREATE, {
        "agency": agency_a.pk, "title": "Dieng Culture Festival", "all_day": "on",
        "start_date": "2026-12-18", "end_date": "2026-12-20", "place": "Candi Arjuna",
        "visibility": "public", "needs_coverage": "on",
    })

    event = AgendaEvent.objects.get()
    assert response.status_code == 302
    assert event.all_day
    assert agenda_selectors.event_days(event) == (dt.date(2026, 12, 18), dt.date(2026, 12, 20))
    assert event.starts_at == wib(2026, 12, 18, 0)
    assert event.ends_at == wib(2026, 12, 21, 0)
    assert AuditEntry.objects.filter(action="agenda_event_create", actor=officer_a).exists()


def test_officer_cannot_add_an_event_for_another_agency(login, officer_a, agency_b):
    response = login(officer_a).post(CREATE, {
        "agency": agency_b.pk, "title": "Palsu", "start_date": "2026-12-18",
        "start_time": "08:00", "visibility": "public",
    })

    assert response.status_code == 400
    assert not AgendaEvent.objects.exists()


def test_timed_event_needs_a_start_time_and_an_end_after_the_start(login, officer_a, agency_a):
    client = login(officer_a)
    no_time = client.post(CREATE, {"agency": agency_a.pk, "title": "Rapat",
                                   "start_date": "2026-12-18", "visibility": "public"})
    backwards = client.post(CREATE, {"agency": agency_a.pk, "title": "Rapat",
                                     "start_date": "2026-12-18", "start_time": "10:00",
                                     "end_time": "09:00", "visibility": "public"})

    assert no_time.status_code == 400
    assert "start_time" in no_time.context["form"].errors
    assert backwards.status_code == 400
    assert not AgendaEvent.objects.exists()


@pytest.mark.parametrize(("field", "day"), [("start_date", "9999-12-31"),
                                            ("start_date", "0001-01-01"),
                                            ("end_date", "9999-12-31")])
def test_a_date_far_outside_the_agenda_is_400_not_a_server_error(login, officer_a, agency_a,
                                                                 field, day):
    data = {"agency": agency_a.pk, "title": "Rapat", "start_date": "2026-12-18",
            "all_day": "on", "visibility": "public", field: day}
    response = login(officer_a).post(CREATE, data)

    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert not AgendaEvent.objects.exists()


def test_other_agency_cannot_edit_or_cancel(login, officer_b, agency_a):
    event = make_event(agency_a)
    client = login(officer_b)

    edit = client.get(reverse("agenda:agenda_edit", args=[event.pk]))
    cancel = client.post(reverse("agenda:agenda_cancel", args=[event.pk]))

    assert edit.status_code == 403
    assert cancel.status_code == 403
    event.refresh_from_db()
    assert not event.is_cancelled


def test_unknown_event_is_404(login, officer_a):
    assert login(officer_a).get(reverse("agenda:agenda_detail", args=[999])).status_code \
        == 404


def test_coordinator_edits_any_agencys_event(login, coordinator, agency_a):
    event = make_event(agency_a)
    response = login(coordinator).post(reverse("agenda:agenda_edit", args=[event.pk]), {
        "title": "Posyandu dipindah", "start_date": "2026-12-11", "start_time": "08:00",
        "end_time": "11:00", "place": "Balai Desa Kalikajar", "visibility": "public",
    })

    event.refresh_from_db()
    assert response.status_code == 302
    assert event.title == "Posyandu dipindah"
    assert event.sequence == 1


# --- coverage and notifications -----------------------------------------------------------------


def test_new_event_needing_coverage_tells_all_staff(agency_a, officer_a, officer_b, coordinator,
                                                    citizen, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        agenda_actions.event_create(agency=agency_a, actor=officer_a, title="Musrenbang Kecamatan",
                            starts_at=wib(2026, 12, 11, 8), ends_at=wib(2026, 12, 11, 12),
                            needs_coverage=True)

    notified = set(Notification.objects.filter(kind="agenda_coverage_needed")
                   .values_list("recipient__username", flat=True))
    assert notified == {officer_b.username, coordinator.username}


def test_ill_cover_it_records_the_volunteer_and_tells_the_agency(
        login, agency_a, agency_b, officer_a, officer_b, django_capture_on_commit_callbacks):
    event = make_event(agency_a, actor=officer_a, needs_coverage=True)

    with django_capture_on_commit_callbacks(execute=True):
        response = login(officer_b).post(reverse("agenda:agenda_cover", args=[event.pk]),
                                         {"agency": agency_b.pk})

    event.refresh_from_db()
    assert response.status_code == 302
    assert event.covered_by_user == officer_b
    assert event.covered_by_agency == agency_b
    assert Notification.objects.filter(kind="agenda_coverage_taken", recipient=officer_a).exists()
    assert AuditEntry.objects.filter(action="agenda_event_cover", actor=officer_b).exists()


def test_second_volunteer_gets_409(login, agency_a, officer_b, coordinator):
    event = make_event(agency_a, needs_coverage=True)
    with notifications_suppressed():
        agenda_actions.event_cover(event=event, actor=coordinator)

    response = login(officer_b).post(reverse("agenda:agenda_cover", args=[event.pk]))

    assert response.status_code == 409
    event.refresh_from_db()
    assert event.covered_by_user == coordinator


def test_cannot_cover_for_an_agency_one_does_not_belong_to(login, agency_a, officer_b):
    event = make_event(agency_a, needs_coverage=True)

    login(officer_b).post(reverse("agenda:agenda_cover", args=[event.pk]),
                          {"agency": agency_a.pk})

    event.refresh_from_db()
    assert not event.is_covered


def test_changing_a_covered_event_tells_the_coverer(agency_a, agency_b, officer_a, officer_b,
                                                    django_capture_on_commit_callbacks):
    event = make_event(agency_a, needs_coverage=True)
    with notifications_suppressed():
        agenda_actions.event_cover(event=event, actor=officer_b, agency=agency_b)

    with django_capture_on_commit_callbacks(execute=True):
        agenda_actions.event_update(event=event, actor=officer_a, starts_at=wib(2026, 12, 10, 9),
                            ends_at=wib(2026, 12, 10, 12))
        agenda_actions.event_update(event=event, actor=officer_a, description="Tambahan keterangan")

    changed = Notification.objects.filter(kind="agenda_event_changed", recipient=officer_b)
    assert changed.count() == 1


def test_cancelling_tells_the_coverer(agency_a, agency_b, officer_a, officer_b,
                                      django_capture_on_commit_callbacks):
    event = make_event(agency_a, needs_coverage=True)
    with notifications_suppressed():
        agenda_actions.event_cover(event=event, actor=officer_b)

    with django_capture_on_commit_callbacks(execute=True):
        agenda_actions.event_cancel(event=event, actor=officer_a, reason="Hujan deras")

    note = Notification.objects.get(kind="agenda_event_changed", recipient=officer_b)
    assert "Hujan deras" in note.body


def test_only_the_coverer_or_the_agency_releases_coverage(login, agency_a, officer_a,
                                                          officer_b, coordinator, citizen):
    event = make_event(agency_a, needs_coverage=True)
    with notifications_suppressed():
        agenda_actions.event_cover(event=event, actor=coordinator)
    release = reverse("agenda:agenda_release", args=[event.pk])

    assert login(officer_b).post(release).status_code == 403
    with notifications_suppressed():
        assert login(officer_a).post(release).status_code == 302
    event.refresh_from_db()
    assert not event.is_covered


# --- calendar feed addresses ------------------------------------------------------------------


def test_feed_page_shows_a_personal_address_and_renews_it(login, officer_a):
    client = login(officer_a)
    first = client.get(reverse("agenda:agenda_feeds")).context["private_url"]
    client.post(reverse("agenda:agenda_feeds"))
    second = client.get(reverse("agenda:agenda_feeds")).context["private_url"]

    assert "/api/v1/agenda.ics?token=" in first
    assert first != second
    assert AuditEntry.objects.filter(action="agenda_feed_reset").exists()


def test_every_resource_page_renders_for_staff(login, officer_a, agency_a):
    from jembatan.catalogue.tests.helpers import make_service
    from jembatan.library import actions as library_actions
    from jembatan.library import uploads as library_uploads
    from jembatan.library.tests.helpers import image_upload

    event = make_event(agency_a, needs_coverage=True, description="Bawa buku KIA")
    service = make_service(agency_a)
    programme = catalogue_actions.programme_create(agency=agency_a, actor=None, title="BIAN",
                                           start_date=dt.date(2026, 12, 1),
                                           end_date=dt.date(2026, 12, 5))
    item = library_actions.library_item_create(
        agency=agency_a, actor=None, kind="photo", title="Foto", date=dt.date(2026, 12, 1),
        permission="ask", upload=library_uploads.clean_library_upload(image_upload(), kind="photo"))
    client = login(officer_a)
    urls = [
        reverse("agenda:agenda_detail", args=[event.pk]),
        reverse("agenda:agenda_edit", args=[event.pk]),
        reverse("agenda:agenda_create"),
        reverse("agenda:agenda_feeds"),
        reverse("catalogue:service_detail", args=[service.pk]),
        reverse("catalogue:service_edit", args=[service.pk]),
        reverse("catalogue:service_create"),
        reverse("catalogue:programme_list"),
        reverse("catalogue:programme_detail", args=[programme.pk]),
        reverse("catalogue:programme_edit", args=[programme.pk]),
        reverse("catalogue:programme_create"),
        reverse("library:library_list"),
        reverse("library:library_detail", args=[item.pk]),
        reverse("library:library_edit", args=[item.pk]),
        reverse("library:library_upload"),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert b"style=" not in response.content.split(b"<main")[1], url
    detail = client.get(urls[0]).content.decode()
    assert reverse("agenda:agenda_cover", args=[event.pk]) in detail


def test_list_view_shows_an_event_of_several_days_once_with_its_dates(login, officer_a,
                                                                      agency_a):
    make_all_day(agency_a, dt.date(2026, 12, 2), dt.date(2026, 12, 5),
                 title="Pameran UMKM Alun-alun")

    response = login(officer_a).get(LIST, {"dari": "2026-12-01"})

    assert [day.date for day in response.context["days"]] == [dt.date(2026, 12, 2)]
    assert response.content.decode().count("Pameran UMKM Alun-alun") == 1
