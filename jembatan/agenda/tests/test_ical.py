"""iCalendar feeds of the shared agenda: GET /api/v1/agenda.ics and /api/v1/agenda/{agency}.ics,
parsed back with the icalendar library as a calendar client would."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied
from icalendar import Calendar

from jembatan.agenda import actions as agenda_actions
from jembatan.agenda import selectors as agenda_selectors
from jembatan.agenda.models import AgendaEvent, AgendaFeedKey
from jembatan.agenda.tests.helpers import make_all_day, make_event, wib
from jembatan.catalogue import actions as catalogue_actions
from jembatan.core.models import AuditEntry
from jembatan.core.quiet import notifications_suppressed

pytestmark = pytest.mark.django_db

ALL = "/api/v1/agenda.ics"


@pytest.fixture(autouse=True)
def _now(settings, jurisdiction):
    settings.SITE_URL = "https://jembatan.wonosobokab.go.id"


def events_of(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    return calendar, {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}


@pytest.fixture
def soon():
    today = dt.date.today()
    return today + dt.timedelta(days=5)


def test_feed_has_calendar_headers_and_a_timezone(client, agency_a, soon):
    make_event(agency_a, starts_at=wib(soon.year, soon.month, soon.day, 9),
               ends_at=wib(soon.year, soon.month, soon.day, 11))

    calendar, _events = events_of(client.get(ALL))

    assert calendar["VERSION"] == "2.0"
    assert "Jembatan" in str(calendar["PRODID"])
    assert "Agenda Bakohumas" in str(calendar["X-WR-CALNAME"])
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Jakarta"]


def test_every_event_has_uid_dtstamp_and_times(client, agency_a, agency_b, soon):
    event = make_event(agency_a, title="Rapat Koordinasi Bakohumas",
                       starts_at=wib(soon.year, soon.month, soon.day, 9),
                       ends_at=wib(soon.year, soon.month, soon.day, 11, 30))
    make_event(agency_b, title="Pemadaman air terencana",
               starts_at=wib(soon.year, soon.month, soon.day, 13),
               ends_at=wib(soon.year, soon.month, soon.day, 16))
    catalogue_actions.programme_create(agency=agency_b, actor=None, title="Gerakan Hemat Air",
                               start_date=soon, end_date=soon + dt.timedelta(days=6))

    _calendar, events = events_of(client.get(ALL))

    assert set(events) == {"Rapat Koordinasi Bakohumas", "Pemadaman air terencana",
                           "Gerakan Hemat Air"}
    for component in events.values():
        for prop in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "LAST-MODIFIED", "URL"):
            assert prop in component, prop
    rapat = events["Rapat Koordinasi Bakohumas"]
    assert str(rapat["UID"]) == f"agenda-{event.pk}@jembatan.wonosobokab.go.id"
    assert rapat.decoded("DTSTART") == wib(soon.year, soon.month, soon.day, 9)
    assert rapat.decoded("DTEND") == wib(soon.year, soon.month, soon.day, 11, 30)
    assert rapat["DTSTART"].params["TZID"] == "Asia/Jakarta"
    assert str(events["Gerakan Hemat Air"]["UID"]).startswith("programme-")


def test_uid_stays_the_same_when_the_event_changes(client, agency_a, soon):
    event = make_event(agency_a, starts_at=wib(soon.year, soon.month, soon.day, 9),
                       ends_at=wib(soon.year, soon.month, soon.day, 10))
    _c, before = events_of(client.get(ALL))
    agenda_actions.event_update(event=event, actor=None, place="Pendopo Kabupaten Wonosobo")
    _c, after = events_of(client.get(ALL))

    old, new = next(iter(before.values())), next(iter(after.values()))
    assert old["UID"] == new["UID"]
    assert int(new["SEQUENCE"]) == int(old["SEQUENCE"]) + 1
    assert str(new["LOCATION"]) == "Pendopo Kabupaten Wonosobo"


def test_all_day_events_use_dates_with_an_exclusive_end(client, agency_a, soon):
    make_all_day(agency_a, soon, soon + dt.timedelta(days=2), title="Dieng Culture Festival")

    _c, events = events_of(client.get(ALL))

    festival = events["Dieng Culture Festival"]
    assert festival.decoded("DTSTART") == soon
    assert festival.decoded("DTEND") == soon + dt.timedelta(days=3)
    assert not isinstance(festival.decoded("DTSTART"), dt.datetime)
    assert b"DTSTART;VALUE=DATE:" in festival.to_ical()


def test_commas_semicolons_and_newlines_are_escaped_and_round_trip(client, agency_a, soon):
    title = "Vaksinasi, Imunisasi; dan Posyandu"
    description = "Bawa KTP-el, KK; dan buku KIA.\nDatang pukul 08.00 WIB."
    make_event(agency_a, title=title, description=description,
               place="Puskesmas Kertek 1, Jl. Raya Kertek; ruang KIA",
               starts_at=wib(soon.year, soon.month, soon.day, 8),
               ends_at=wib(soon.year, soon.month, soon.day, 12))

    response = client.get(ALL)
    raw = response.content.decode()
    _c, events = events_of(response)

    assert "SUMMARY:Vaksinasi\\, Imunisasi\\; dan Posyandu" in raw
    assert "Bawa KTP-el\\, KK\\; dan buku KIA.\\nDatang" in raw.replace("\r\n ", "")
    event = events[title]
    assert str(event["LOCATION"]) == "Puskesmas Kertek 1, Jl. Raya Kertek; ruang KIA"
    assert str(event["DESCRIPTION"]).startswith(description)


def test_long_lines_are_folded_at_75_octets(client, agency_a, soon):
    description = "Pelayanan administrasi kependudukan keliling " * 12
    make_event(agency_a, title="Adminduk keliling", description=description,
               starts_at=wib(soon.year, soon.month, soon.day, 8),
               ends_at=wib(soon.year, soon.month, soon.day, 12))

    raw = client.get(ALL).content

    lines = raw.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines)
    _c, events = events_of(client.get(ALL))
    assert str(events["Adminduk keliling"]["DESCRIPTION"]).startswith(description.strip())


def test_public_feed_leaves_internal_events_out(client, agency_a, soon):
    make_event(agency_a, title="Jumpa pers Bupati",
               starts_at=wib(soon.year, soon.month, soon.day, 9),
               ends_at=wib(soon.year, soon.month, soon.day, 10))
    make_event(agency_a, title="Rapat internal persiapan", visibility="internal",
               starts_at=wib(soon.year, soon.month, soon.day, 13),
               ends_at=wib(soon.year, soon.month, soon.day, 14))

    _c, events = events_of(client.get(ALL))

    assert set(events) == {"Jumpa pers Bupati"}


def test_personal_token_feed_includes_internal_events(client, agency_a, officer_b, soon):
    make_event(agency_a, title="Rapat internal persiapan", visibility="internal",
               needs_coverage=True, starts_at=wib(soon.year, soon.month, soon.day, 13),
               ends_at=wib(soon.year, soon.month, soon.day, 14))
    token = agenda_actions.feed_token_issue(actor=officer_b)

    response = client.get(ALL, {"token": token})
    _c, events = events_of(response)

    assert set(events) == {"Rapat internal persiapan"}
    assert "Needs coverage" in str(events["Rapat internal persiapan"]["DESCRIPTION"]) or \
        "Perlu" in str(events["Rapat internal persiapan"]["DESCRIPTION"])
    assert response["Cache-Control"].startswith("private")


def test_renewed_token_makes_the_old_address_fail(client, officer_b):
    old = agenda_actions.feed_token_issue(actor=officer_b)
    agenda_actions.feed_key_reset(actor=officer_b)

    response = client.get(ALL, {"token": old})

    assert response.status_code == 401
    assert response.json()["code"] == "invalid_token"
    assert client.get(ALL, {"token": agenda_actions.feed_token_issue(actor=officer_b)}).status_code == 200


def test_forged_token_is_refused(client):
    assert client.get(ALL, {"token": "eyJ1Ijo1LCJ2IjoxfQ:forged"}).status_code == 401


def test_citizen_cannot_get_a_working_token(client, citizen):
    with pytest.raises(PermissionDenied):
        agenda_actions.feed_token_issue(actor=citizen)
    token = agenda_selectors.feed_token(AgendaFeedKey.objects.create(user=citizen))
    assert client.get(ALL, {"token": token}).status_code == 401


def test_api_bearer_token_of_staff_sees_internal_events(client, agency_a, officer_a, soon):
    from jembatan.api.auth import token_issue

    make_event(agency_a, title="Rapat internal", visibility="internal",
               starts_at=wib(soon.year, soon.month, soon.day, 13),
               ends_at=wib(soon.year, soon.month, soon.day, 14))
    bearer = token_issue(officer_a)

    _c, events = events_of(client.get(ALL, headers={"Authorization": f"Bearer {bearer}"}))

    assert set(events) == {"Rapat internal"}


def test_agency_feed_holds_only_that_agency(client, agency_a, agency_b, soon):
    make_event(agency_a, title="Kegiatan DPUPR", starts_at=wib(soon.year, soon.month, soon.day, 9),
               ends_at=wib(soon.year, soon.month, soon.day, 10))
    make_event(agency_b, title="Kegiatan Tirta Aji",
               starts_at=wib(soon.year, soon.month, soon.day, 9),
               ends_at=wib(soon.year, soon.month, soon.day, 10))

    calendar, events = events_of(client.get(f"/api/v1/agenda/{agency_b.slug}.ics"))

    assert set(events) == {"Kegiatan Tirta Aji"}
    assert "Tirta Aji" in str(calendar["X-WR-CALNAME"])


def test_unknown_agency_feed_is_404(client, db):
    response = client.get("/api/v1/agenda/tidak-ada.ics")

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_cancelled_events_stay_with_status_cancelled(client, agency_a, soon):
    event = make_event(agency_a, title="Car Free Day",
                       starts_at=wib(soon.year, soon.month, soon.day, 6),
                       ends_at=wib(soon.year, soon.month, soon.day, 9))
    with notifications_suppressed():
        agenda_actions.event_cancel(event=event, actor=None, reason="Cuaca buruk")

    _c, events = events_of(client.get(ALL))

    assert str(events["Car Free Day"]["STATUS"]) == "CANCELLED"
    assert AgendaEvent.objects.get().sequence == 1


def test_feed_query_count_does_not_grow_with_events(client, agency_a, soon,
                                                    django_assert_max_num_queries):
    for hour in range(6, 18):
        make_event(agency_a, title=f"Kegiatan {hour}",
                   starts_at=wib(soon.year, soon.month, soon.day, hour),
                   ends_at=wib(soon.year, soon.month, soon.day, hour, 30))

    with django_assert_max_num_queries(4):
        response = client.get(ALL)

    assert response.status_code == 200


def test_feed_is_listed_in_the_openapi_schema(client, db):
    paths = client.get("/api/v1/openapi.json").json()["paths"]

    assert "/api/v1/agenda.ics" in paths
    assert "/api/v1/agenda/{agency}.ics" in paths


def test_the_first_feed_token_creates_the_key_once_with_an_audit_entry(officer_b):
    first = agenda_actions.feed_token_issue(actor=officer_b)

    assert agenda_actions.feed_token_issue(actor=officer_b) == first
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.actor) == ("agenda_feed_create", officer_b)
