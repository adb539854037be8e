"""This month's figures for the staff start page: an agency's own beside the regency's median,
and for the coordinator the agencies compared, worst follow-up rate first.

Read from the same selectors and tables as the dashboards, so the start page and the dashboard
never disagree.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django.utils.translation import gettext as _

from jembatan.core.links import reverse_once
from jembatan.core.workdays import JAKARTA
from jembatan.insights import selectors, tables
from jembatan.insights.periods import Period, month_start

# What an officer checks every morning; the dashboard has the rest.
START_KEYS = (
    "received", "followed_up_on_time_rate", "first_response_hours_median", "open_overdue",
    "rating_mean", "social_reply_rate",
)
LEAGUE_ROWS = 8


def this_month(today: dt.date | None = None) -> Period:
    today = today or timezone.now().astimezone(JAKARTA).date()
    return Period("bulan-ini", month_start(today), today)


def agency_summary(agency, *, today: dt.date | None = None) -> dict:
    period = this_month(today)
    own = selectors.agency_figures(agency, period.start, period.end)
    median = selectors.regency_median(selectors.scorecard(period.start, period.end))
    table = tables.comparison_table(own, median, start=period.start, end=period.end,
                                    agency=agency, links=True, keys=START_KEYS)
    table.title = _("%(agency)s this month beside the regency's median") % {
        "agency": agency.short_name or agency.name}
    return {"period": period, "table": table, "agency": agency}


def coordinator_summary(*, today: dt.date | None = None) -> dict:
    """The agencies with the lowest follow-up rate this month first: who needs a call."""
    period = this_month(today)
    figures = selectors.scorecard(period.start, period.end)
    # Only agencies with reports already due this month have a rate; one without is not "low".
    # Equal rates: the one with more overdue open reports first.
    measured = [item for item in figures if item.followed_up_on_time_rate is not None]
    measured.sort(key=lambda item: item.name.lower())
    measured.sort(key=lambda item: (item.followed_up_on_time_rate, -(item.open_overdue or 0)))
    table = tables.league_table(
        measured[:LEAGUE_ROWS], start=period.start, end=period.end, links=False,
        keys=START_KEYS, key="liga-awal",
        title=_("Lowest follow-up on time this month"),
        agency_url=lambda item: reverse_once("insights:agency_dashboard", item.slug))
    return {"period": period, "table": table, "more": max(len(measured) - LEAGUE_ROWS, 0)}
