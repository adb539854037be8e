"""Helpers of the agenda tests: events made through the real actions, so the audit trail and
notifications run as they do for staff."""


import datetime as dt
from zoneinfo import ZoneInfo

from jembatan.agenda import actions as agenda_actions
from jembatan.agenda import selectors as agenda_selectors
from jembatan.core.quiet import notifications_suppressed

WIB = ZoneInfo("Asia/Jakarta")


def wib(year, month, day, hour=9, minute=0):
    return dt.datetime(year, month, day, hour, minute, tzinfo=WIB)


def make_event(agency, actor=None, **values):
    defaults = {
        "title": "Posyandu Balita Desa Kalikajar",
        "starts_at": wib(2026, 12, 10, 8),
        "ends_at": wib(2026, 12, 10, 11),
        "place": "Balai Desa Kalikajar, Kecamatan Kertek",
    }
    defaults.update(values)
    with notifications_suppressed():
        return agenda_actions.event_create(agency=agency, actor=actor, **defaults)


def make_all_day(agency, first, last, actor=None, **values):
    starts_at, ends_at = agenda_selectors.all_day_bounds(first, last)
    return make_event(agency, actor, starts_at=starts_at, ends_at=ends_at, all_day=True, **values)
