"""The shared agenda as iCalendar (RFC 5545) for calendar clients: Google Calendar, Outlook,
Apple Calendar and Thunderbird subscribe to these feeds by address.

Every VEVENT carries a stable UID (so a client updates its copy instead of adding a second one),
DTSTAMP, SEQUENCE and LAST-MODIFIED; all-day entries use DATE values with an exclusive end; timed
events are given in Asia/Jakarta with its VTIMEZONE. Cancelled events stay in the feed with
STATUS:CANCELLED so that subscribed clients remove them.

A feed holds a window of the agenda (half a year back, a year and a bit ahead): clients poll
feeds every few hours, and the whole history would make every poll slower as years pass.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from jembatan.agenda.models import AgendaEvent
from jembatan.agenda.selectors import events_between, local_tz
from jembatan.catalogue.models import Programme
from jembatan.catalogue.selectors import programmes_between
from jembatan.core.models import Agency

PRODID = "-//Jembatan//Agenda Bakohumas//ID"
WINDOW_BEFORE = dt.timedelta(days=183)
WINDOW_AFTER = dt.timedelta(days=400)


def _host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "jembatan.local"


def _absolute(path: str) -> str:
    return settings.SITE_URL + path


def _event_component(event: AgendaEvent, *, stamp: dt.datetime, staff: bool) -> Event:
    component = Event()
    component.add("uid", f"agenda-{event.pk}@{_host()}")
    component.add("dtstamp", stamp)
    tz = local_tz()
    if event.all_day:
        component.add("dtstart", timezone.localtime(event.starts_at, tz).date())
        component.add("dtend", timezone.localtime(event.ends_at, tz).date())
    else:
        component.add("dtstart", timezone.localtime(event.starts_at, tz))
        component.add("dtend", timezone.localtime(event.ends_at, tz))
    component.add("summary", event.title)
    if event.place:
        component.add("location", event.place)
    description = event.description.strip()
    if staff and event.needs_coverage:
        coverer = event.covered_by_agency or event.covered_by_user
        note = (_("Covered by: %(who)s") % {"who": coverer} if coverer
                else _("Needs coverage"))
        description = f"{description}\n\n{note}".strip()
    organiser = event.agency.name
    description = f"{description}\n\n{organiser}".strip()
    component.add("description", description)
    url = event.get_absolute_url() if staff else event.agency.get_absolute_url()
    component.add("url", _absolute(url))
    component.add("last-modified", event.updated_at)
    component.add("created", event.created_at)
    component.add("sequence", event.sequence)
    component.add("status", "CANCELLED" if event.is_cancelled else "CONFIRMED")
    component.add("transp", "TRANSPARENT" if event.all_day else "OPAQUE")
    component.add("class", "PUBLIC" if event.visibility == AgendaEvent.Visibility.PUBLIC
                  else "PRIVATE")
    component.add("categories", [event.agency.short_name])
    return component


def _programme_component(programme: Programme, *, stamp: dt.datetime, staff: bool) -> Event:
    component = Event()
    component.add("uid", f"programme-{programme.pk}@{_host()}")
    component.add("dtstamp", stamp)
    component.add("dtstart", programme.start_date)
    component.add("dtend", programme.end_date + dt.timedelta(days=1))
    component.add("summary", programme.title)
    if programme.place:
        component.add("location", programme.place)
    parts = [programme.description.strip()]
    if programme.target_group:
        parts.append(_("Target group: %(group)s") % {"group": programme.target_group})
    parts.append(programme.agency.name)
    component.add("description", "\n\n".join(part for part in parts if part))
    url = programme.get_absolute_url() if staff else programme.agency.get_absolute_url()
    component.add("url", _absolute(url))
    component.add("last-modified", programme.updated_at)
    component.add("created", programme.created_at)
    component.add("transp", "TRANSPARENT")
    component.add("class", "PUBLIC" if programme.is_public else "PRIVATE")
    component.add("categories", [programme.agency.short_name])
    return component


def agenda_ical(*, agency: Agency | None, staff: bool, name: str,
                now: dt.datetime | None = None) -> bytes:
    """The feed of one agency (or of all when `agency` is None) as iCalendar bytes.

    Without `staff`, only public events and public programmes are included.
    """
    now = now or timezone.now()
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    calendar.add("refresh-interval", dt.timedelta(hours=6), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT6H")

    start, end = now - WINDOW_BEFORE, now + WINDOW_AFTER
    stamp = now.astimezone(dt.UTC).replace(microsecond=0)
    local_start = timezone.localtime(start, local_tz()).date()
    local_end = timezone.localtime(end, local_tz()).date()
    # Feeds are read by clients, not people with a language cookie: the regency's language.
    with translation.override(settings.LANGUAGE_CODE):
        for event in events_between(start=start, end=end, agency=agency, public_only=not staff):
            calendar.add_component(_event_component(event, stamp=stamp, staff=staff))
        for programme in programmes_between(start=local_start, end=local_end, agency=agency,
                                            public_only=not staff):
            calendar.add_component(_programme_component(programme, stamp=stamp, staff=staff))
    calendar.add_missing_timezones()
    return calendar.to_ical()
