"""Where the selectors get a period's Tallies from."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from jembatan.insights import facts
from jembatan.insights.facts import Tally


def tallies_by_agency(first: dt.date, last: dt.date, *, agency_ids=None,
                      now: dt.datetime | None = None) -> dict[int, Tally]:
    return facts.tally_by_key(first=first, last=last, now=now or timezone.now(),
                              key=lambda fact: fact.agency_id, agency_ids=agency_ids)


def regency_tally(first: dt.date, last: dt.date, *, now: dt.datetime | None = None) -> Tally:
    return facts.tally_by_key(first=first, last=last, now=now or timezone.now(),
                              key=lambda fact: ()).get((), Tally())


def tallies_by_month(first: dt.date, last: dt.date, *, agency_id: int | None,
                     now: dt.datetime | None = None) -> dict[dt.date, Tally]:
    return facts.tally_by_key(first=first, last=last, now=now or timezone.now(),
                              key=lambda fact: fact.day.replace(day=1),
                              agency_ids=None if agency_id is None else [agency_id])


def breakdown_counts(first: dt.date, last: dt.date, *, column: str, agency_id: int | None,
                     now: dt.datetime | None = None) -> dict:
    now = now or timezone.now()
    table = facts.workday_table(first, last)
    counts: dict = {}
    for fact in facts.report_facts(first=first, last=last, now=now, table=table,
                                   agency_ids=None if agency_id is None else [agency_id]):
        row = counts.setdefault(getattr(fact, column), {"received": 0, "follow_up_measured": 0,
                                                         "followed_up_on_time": 0})
        row["received"] += 1
        if fact.followed_up_on_time is not None:
            row["follow_up_measured"] += 1
            row["followed_up_on_time"] += fact.followed_up_on_time
    return counts


def rebuild_all() -> int:
    """Nothing is stored yet: the figures are counted directly from the tables."""
    return 0


def rebuild_recent() -> int:
    return 0


def refresh_keys(keys) -> int:
    return 0
