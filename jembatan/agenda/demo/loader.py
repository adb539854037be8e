"""Demo of the shared agenda: what Wonosobo's agencies do this month and next, some of it
covered by another agency's PR officers. Dates are relative to the day the demo is loaded, so
the agenda is always current. Skipped when the agenda already has events.
"""


from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from jembatan.agenda import actions as agenda_actions
from jembatan.agenda import selectors as agenda_selectors
from jembatan.agenda.demo.data import EVENTS
from jembatan.agenda.models import AgendaEvent
from jembatan.catalogue.demo.loader import agency_writers, demo_day
from jembatan.core.models import Agency
from jembatan.core.quiet import notifications_suppressed


def _next_sundays(count: int) -> list[int]:
    today = timezone.localdate()
    first = (6 - today.weekday()) % 7 or 7
    return [first + 7 * n for n in range(count)]


def _event_times(row) -> dict:
    if "sunday" in row:
        day = demo_day(_next_sundays(row["sunday"] + 1)[row["sunday"]])
    else:
        day = demo_day(row["day"])
    if row.get("days"):
        starts_at, ends_at = agenda_selectors.all_day_bounds(day, day + dt.timedelta(days=row["days"] - 1))
        return {"starts_at": starts_at, "ends_at": ends_at, "all_day": True}
    tz = agenda_selectors.local_tz()
    start_h, start_m = row["time"]
    end_h, end_m = row["until"]
    return {
        "starts_at": dt.datetime.combine(day, dt.time(start_h, start_m), tzinfo=tz),
        "ends_at": dt.datetime.combine(day, dt.time(end_h, end_m), tzinfo=tz),
        "all_day": False,
    }


def _load_events(agencies, people, log) -> None:
    if AgendaEvent.objects.exists():
        log("Agenda: already loaded")
        return
    count = covered = 0
    with notifications_suppressed():
        for row in EVENTS:
            agency = agencies.get(row["agency"])
            if agency is None:
                continue
            event = agenda_actions.event_create(
                agency=agency, actor=people.get(row["agency"]), title=row["title"],
                description=row.get("description", ""), place=row.get("place", ""),
                visibility=row.get("visibility", "public"),
                needs_coverage=row.get("needs_coverage", False), **_event_times(row))
            count += 1
            coverer_slug = row.get("covered_by")
            if coverer_slug and people.get(coverer_slug):
                agenda_actions.event_cover(event=event, actor=people[coverer_slug],
                                   agency=agencies[coverer_slug])
                covered += 1
            if row.get("cancelled"):
                agenda_actions.event_cancel(event=event, actor=people.get(row["agency"]),
                                    reason=row["cancelled"])
    log(f"Agenda: {count} events ({covered} covered)")


@transaction.atomic
def agenda_demo_load(*, log=print, **kwargs) -> None:
    agencies = {agency.slug: agency for agency in Agency.objects.all()}
    _load_events(agencies, agency_writers(agencies), log)
