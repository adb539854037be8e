"""Reads of the performance figures (the interface in docs: INSIGHTS_INTERFACE / decision 0031).

A period is a span of Jakarta days, both ends included. Flow figures (received, on-time rates,
times, ratings, social replies, posts, consultations) are the sum of the period's days in the
rollup tables; the open and overdue counts are today's state, read from the open reports through
the deadline index.
"""

from __future__ import annotations

import datetime as dt
import functools
import statistics
from dataclasses import dataclass, field, fields, replace

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone
from django.utils.http import urlencode

from jembatan.core.models import Agency
from jembatan.insights import rollups
from jembatan.insights.facts import HOUR_STEP, Tally, quantile
from jembatan.insights.metrics import DEFAULT_PUBLIC, METRICS
from jembatan.insights.open_state import (
    BACKLOG_BUCKETS,
    OpenNow,
    now_state,
    overdue_by,
    overdue_counted_at,
)
from jembatan.insights.workdays import local_date

BREAKDOWN_KEYS = ("kecamatan", "category", "channel", "kind")


@dataclass(frozen=True)
class Figures:
    agency_id: int | None
    slug: str
    name: str
    received: int = 0
    verified_on_time_rate: float | None = None
    followed_up_on_time_rate: float | None = None
    first_response_hours_median: float | None = None
    first_response_hours_p90: float | None = None
    resolution_days_median: float | None = None
    resolution_days_p90: float | None = None
    rating_mean: float | None = None
    rating_distribution: dict[int, int] = field(default_factory=dict)
    open_overdue: int = 0
    backlog_by_age: dict[str, int] = field(default_factory=dict)
    reopen_rate: float | None = None
    social_reply_rate: float | None = None
    social_reply_minutes_median: float | None = None
    informative_share: float | None = None
    consultation_participants: int = 0
    consultation_answer_days_median: float | None = None


FIGURE_KEYS = tuple(f.name for f in fields(Figures) if f.name not in ("agency_id", "slug",
                                                                       "name"))
# Figures that are not in METRICS but belong to one that is (hidden together).
COMPANIONS = {"rating_distribution": "rating_mean", "backlog_by_age": "open_overdue"}


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def figures_from(tally: Tally, *, agency_id: int | None, slug: str, name: str,
                 open_overdue: int = 0, backlog_by_age: dict[str, int] | None = None) -> Figures:
    def hours(q: float) -> float | None:
        value = quantile(tally.first_response, q)
        return None if value is None else round(value / HOUR_STEP, 2)

    ratings = {score: tally.ratings.get(score, 0) for score in range(1, 6)}
    rated = sum(ratings.values())
    return Figures(
        agency_id=agency_id, slug=slug, name=name,
        received=tally.received,
        verified_on_time_rate=_rate(tally.verified_on_time, tally.received),
        followed_up_on_time_rate=_rate(tally.followed_up_on_time, tally.follow_up_measured),
        first_response_hours_median=hours(0.5),
        first_response_hours_p90=hours(0.9),
        resolution_days_median=quantile(tally.resolution, 0.5),
        resolution_days_p90=quantile(tally.resolution, 0.9),
        rating_mean=(round(sum(s * n for s, n in ratings.items()) / rated, 2) if rated
                     else None),
        rating_distribution=ratings,
        open_overdue=open_overdue,
        backlog_by_age=backlog_by_age or {label: 0 for label, _ in BACKLOG_BUCKETS},
        reopen_rate=_rate(tally.reopened, tally.answered),
        social_reply_rate=_rate(tally.social_answered, tally.social_needed),
        social_reply_minutes_median=quantile(tally.social_minutes, 0.5),
        informative_share=_rate(tally.posts_informative, tally.posts_rated),
        consultation_participants=tally.consultation_participants,
        consultation_answer_days_median=quantile(tally.consultation_answer, 0.5),
    )


# --- The interface ------------------------------------------------------------------------------


def public_metric_keys() -> set[str]:
    from jembatan.insights.models import Publication

    row = Publication.objects.first()
    if row is None:
        return set(DEFAULT_PUBLIC)
    return {key for key in row.metric_keys if key in METRICS}


def hide_private(figures: Figures, public: set[str]) -> Figures:
    """The figures the coordinator did not make public, as None (counts too)."""
    hidden = {}
    for key in FIGURE_KEYS:
        if COMPANIONS.get(key, key) not in public:
            hidden[key] = None
    return replace(figures, **hidden)


def open_now(*, now: dt.datetime) -> OpenNow:
    """Every agency's open and overdue reports now, and the coordinator's queue: for a page
    that shows them in several tables, read once and passed to each selector as `state`."""
    return now_state(agency_ids=None, now=now)


def overdue_by_agency(*, now: dt.datetime | None = None) -> tuple[list[dict], dt.datetime | None]:
    """Open reports past their deadline per lead agency, most first, the reports still with
    the coordinator as their own row (slug ""); and when they were counted. Read from today's
    kept open reports, not from the reports table (decision 0058): as of the last recount, which
    every report action asks for in the background once it has committed."""
    now = now or timezone.now()
    overdue = now_state(agency_ids=None, now=now)[0]
    agencies = {pk: (name, short_name, slug) for pk, name, short_name, slug in
                Agency.objects.filter(pk__in=[pk for pk, n in overdue.items() if n and pk])
                .values_list("pk", "name", "short_name", "slug")}
    found = [(n, agencies.get(pk)) for pk, n in overdue.items()
             if n and (pk is None or pk in agencies)]
    # Most first; equal counts by name, the coordinator's queue after the agencies.
    found.sort(key=lambda item: (-item[0], item[1] is None, item[1][0] if item[1] else ""))
    rows = [{"name": (agency[1] or agency[0]) if agency else "",
             "slug": agency[2] if agency else "", "count": n} for n, agency in found]
    return rows, overdue_counted_at(now)


def scorecard(start: dt.date, end: dt.date, *, public_only: bool = False,
              now: dt.datetime | None = None, state: OpenNow | None = None) -> list[Figures]:
    """One item per active agency, ordered by name."""
    now = now or timezone.now()
    agencies = list(Agency.objects.active().order_by("name", "pk").values_list(
        "pk", "slug", "name"))
    tallies = rollups.tallies_by_agency(start, end)
    overdue, backlog = state or now_state(agency_ids=None, now=now)
    items = [figures_from(tallies.get(pk, Tally()), agency_id=pk, slug=slug, name=name,
                          open_overdue=overdue.get(pk, 0), backlog_by_age=backlog.get(pk))
             for pk, slug, name in agencies]
    if public_only:
        public = public_metric_keys()
        items = [hide_private(item, public) for item in items]
    return items


def agency_figures(agency: Agency, start: dt.date, end: dt.date, *,
                   now: dt.datetime | None = None, state: OpenNow | None = None) -> Figures:
    now = now or timezone.now()
    tally = rollups.tallies_by_agency(start, end, agency_ids=[agency.pk]).get(agency.pk, Tally())
    overdue, backlog = state or now_state(agency_ids=[agency.pk], now=now)
    return figures_from(tally, agency_id=agency.pk, slug=agency.slug, name=agency.name,
                        open_overdue=overdue.get(agency.pk, 0),
                        backlog_by_age=backlog.get(agency.pk))


def _regency_name() -> tuple[str, str]:
    from jembatan.core.models import Jurisdiction

    jurisdiction = Jurisdiction.current()
    return ("", jurisdiction.name if jurisdiction else "")


def regency(start: dt.date, end: dt.date, *, now: dt.datetime | None = None,
            state: OpenNow | None = None) -> Figures:
    """The regency as a whole: every report disposed to any agency, every conversation…"""
    now = now or timezone.now()
    tally = rollups.regency_tally(start, end)
    overdue, backlog = state or now_state(agency_ids=None, now=now)
    total_backlog = {label: sum(b.get(label, 0) for b in backlog.values())
                     for label, _ in BACKLOG_BUCKETS}  # the coordinator's queue is not a backlog
    slug, name = _regency_name()
    return figures_from(tally, agency_id=None, slug=slug, name=name,
                        open_overdue=sum(overdue.values()), backlog_by_age=total_backlog)


def regency_median(figures: list[Figures]) -> Figures:
    """The median of each figure across the given agencies (agencies without a value for a
    figure are left out of that figure's median)."""
    slug, name = _regency_name()
    values: dict = {}
    for key in FIGURE_KEYS:
        if key in ("rating_distribution", "backlog_by_age"):
            buckets = (range(1, 6) if key == "rating_distribution"
                       else [label for label, _ in BACKLOG_BUCKETS])
            values[key] = {k: statistics.median([(getattr(item, key) or {}).get(k, 0)
                                                 for item in figures]) if figures else 0
                           for k in buckets}
            continue
        present = [getattr(item, key) for item in figures if getattr(item, key) is not None]
        median = statistics.median(present) if present else None
        if key in ("received", "open_overdue", "consultation_participants"):
            median = median if median is not None else 0
        values[key] = median
    return Figures(agency_id=None, slug=slug, name=name, **values)


def _months_back(until: dt.date, months: int) -> list[dt.date]:
    firsts = []
    year, month = until.year, until.month
    for _step in range(months):
        firsts.append(dt.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return list(reversed(firsts))


def monthly_trend(*, agency_id: int | None, months: int = 12, until: dt.date | None = None,
                  now: dt.datetime | None = None,
                  state: OpenNow | None = None) -> list[tuple[dt.date, Figures]]:
    """The figures of each calendar month (first day, Figures), oldest first, the last month up
    to `until` (today by default). Open and overdue counts are today's state: they appear on
    the current month only (0 on earlier months)."""
    now = now or timezone.now()
    until = until or local_date(now)
    firsts = _months_back(until, months)
    by_month = rollups.tallies_by_month(firsts[0], until, agency_id=agency_id)
    if agency_id is None:
        slug, name = _regency_name()
    else:
        slug, name = Agency.objects.filter(pk=agency_id).values_list("slug", "name").get()
    current = local_date(now)
    trend = []
    for first in firsts:
        overdue, backlog = 0, None
        if first.year == current.year and first.month == current.month:
            if state is None:
                state = now_state(agency_ids=None if agency_id is None else [agency_id],
                                  now=now)
            if agency_id is None:
                overdue = sum(state[0].values())
                backlog = {label: sum(b.get(label, 0) for b in state[1].values())
                           for label, _ in BACKLOG_BUCKETS}
            else:
                overdue, backlog = state[0].get(agency_id, 0), state[1].get(agency_id)
        trend.append((first, figures_from(by_month.get(first, Tally()), agency_id=agency_id,
                                          slug=slug, name=name, open_overdue=overdue,
                                          backlog_by_age=backlog)))
    return trend


def _breakdown_labels(by: str, keys) -> dict:
    from jembatan.core.models import Region
    from jembatan.reports.models import Category, Channel, Kind

    if by == "kecamatan":
        return dict(Region.objects.filter(pk__in=[k for k in keys if k]).values_list("pk",
                                                                                     "name"))
    if by == "category":
        return {str(pk): name for pk, name in Category.objects.filter(
            pk__in=[int(k) for k in keys if k]).values_list("pk", "name")}
    if by == "channel":
        return {value: str(label) for value, label in Channel.choices}
    return {value: str(label) for value, label in Kind.choices}


def breakdown(start: dt.date, end: dt.date, *, by: str, agency_id: int | None = None,
              now: dt.datetime | None = None) -> list[dict]:
    """Reports received, open and overdue today, and followed up on time, per kecamatan,
    category, channel or kind; the largest first. Keys are strings: a kecamatan's code, a
    category's id, a channel or a kind; "" is "not set"."""
    from django.utils.translation import gettext as _

    if by not in BREAKDOWN_KEYS:
        raise ValueError(f"unknown breakdown {by!r}")
    now = now or timezone.now()
    received = rollups.breakdown_counts(start, end, dimension=by, agency_id=agency_id)
    overdue = overdue_by(by, agency_id=agency_id, now=now)
    keys = set(received) | set(overdue)
    labels = _breakdown_labels(by, keys)
    rows = []
    for key in keys:
        counts = received.get(key, {})
        rows.append({
            "key": key,
            "label": labels.get(key) or _("Not set"),
            "received": counts.get("received", 0),
            "open_overdue": overdue.get(key, 0),
            "followed_up_on_time_rate": _rate(counts.get("followed_up_on_time", 0),
                                              counts.get("follow_up_measured", 0)),
        })
    rows.sort(key=lambda row: (-row["received"], -row["open_overdue"], str(row["label"])))
    return rows


# Which staff list shows what a figure counts: the reports disposed in the period (received,
# and the population of the rates and times), the rated ones (rating), the open and overdue ones
# today (open_overdue), the agency's conversations.
_REPORT_METRICS = {"received", "verified_on_time_rate", "followed_up_on_time_rate",
                   "first_response_hours_median", "first_response_hours_p90",
                   "resolution_days_median", "resolution_days_p90", "reopen_rate"}
_CONVERSATION_METRICS = {"social_reply_rate", "social_reply_minutes_median"}


@functools.lru_cache(maxsize=16)
def _path(name: str, script_prefix: str, urlconf) -> str:
    return reverse(name, urlconf=urlconf)


def _list_path(name: str) -> str:
    """reverse(name) for a list without arguments, kept per URL configuration and script
    prefix: a dashboard links a few hundred figures to the same few lists (decision 0044)."""
    return _path(name, get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF)


def report_list_url(*, agency=None, start: dt.date, end: dt.date, **extra: str) -> str:
    """The staff report list of the reports disposed to the agency (any, when None) on the
    Jakarta days start..end: the reports `received` counts; `extra` narrows it (kecamatan by
    code, category by id, rated)."""
    slug = agency.slug if agency is not None else ""
    query = _report_list_query(slug, start, end, tuple(extra.items()))
    return f"{_list_path('reports:inbox')}?{query}"


@functools.lru_cache(maxsize=4096)
def _report_list_query(slug: str, start: dt.date, end: dt.date,
                       extra: tuple[tuple[str, str], ...]) -> str:
    # Kept: a dashboard links most figures of an agency to the same list (a few hundred links
    # per page, each an urlencode).
    # view=all: the inbox opens on open work, and a figure counts finished reports too.
    query = {"view": "all", **({"agency": slug} if slug else {}),
             "disposed_from": start.isoformat(), "disposed_to": end.isoformat(), **dict(extra)}
    return urlencode(query)


def drilldown_url(metric_key: str, *, agency=None, start: dt.date, end: dt.date) -> str | None:
    """A staff list filtered to exactly what the figure counts (for a rate or a time: the
    reports it is measured on)."""
    if metric_key not in METRICS:
        return None
    slug = agency.slug if agency is not None else ""
    if metric_key == "open_overdue":
        query = {"view": "all", "overdue": "on", **({"agency": slug} if slug else {})}
        return f"{_list_path('reports:inbox')}?{urlencode(query)}"
    if metric_key in _REPORT_METRICS:
        return report_list_url(agency=agency, start=start, end=end)
    if metric_key == "rating_mean":
        return report_list_url(agency=agency, start=start, end=end, rated="on")
    if metric_key in _CONVERSATION_METRICS:
        query = {"agency": slug} if slug else {}
        url = _list_path("connectors:inbox")
        return f"{url}?{urlencode(query)}" if query else url
    if metric_key == "informative_share":
        return reverse("content:list")
    if metric_key in ("consultation_participants", "consultation_answer_days_median"):
        return reverse("participation:staff_list")
    return None


def breakdown_url(by: str, key: str, *, agency=None, start: dt.date, end: dt.date) -> str | None:
    """The report list behind one breakdown row (a kecamatan by code, a topic by id, a channel,
    a kind), disposed in the period; None for the "not set" row."""
    if not key or by not in BREAKDOWN_KEYS:
        return None
    return report_list_url(agency=agency, start=start, end=end, **{by: key})


def slowest_open_items(agency: Agency, limit: int = 10):
    """The agency's reports waiting longest since disposition (disposed, in progress, on
    hold), oldest first."""
    from jembatan.reports.models import Report, Status

    return list(Report.objects.filter(
        lead_agency=agency, status__in=(Status.DIDISPOSISIKAN, Status.DIPROSES, Status.DITUNDA),
    ).select_related("lead_agency", "kecamatan", "category").order_by("disposed_at", "pk")
        [:limit])


# One more open report than a week ago is an ordinary week; two or more is a trend to ask about.
ALERT_MIN_GROWTH = 2


def alerts(today: dt.date | None = None, *, now: dt.datetime | None = None,
           state: OpenNow | None = None) -> list[dict]:
    """Agencies whose overdue count or backlog is at least ALERT_MIN_GROWTH higher today than
    a week earlier:
    [{"agency", "metric" ("open_overdue" or "backlog"), "before", "now", "change"}], the
    largest growth first. A week earlier comes from the daily snapshots (rollups)."""
    from jembatan.insights.models import BacklogSnapshot

    now = now or timezone.now()
    today = today or local_date(now)
    week_ago = today - dt.timedelta(days=7)
    before = {row.agency_id: row for row in BacklogSnapshot.objects.filter(day=week_ago)}
    if not before:
        return []
    if today == local_date(now):
        overdue, backlog = state or now_state(agency_ids=list(before), now=now)
        current = {pk: (overdue.get(pk, 0), sum(backlog.get(pk, {}).values())) for pk in before}
    else:
        current = {row.agency_id: (row.open_overdue, row.backlog) for row in
                   BacklogSnapshot.objects.filter(day=today, agency_id__in=list(before))}
    agencies = Agency.objects.in_bulk(list(current))
    found = []
    for pk, (overdue_now, backlog_now) in current.items():
        agency = agencies.get(pk)
        if agency is None or not agency.is_active:
            continue
        then = before[pk]
        for metric, old, new in (("open_overdue", then.open_overdue, overdue_now),
                                 ("backlog", then.backlog, backlog_now)):
            if new - old >= ALERT_MIN_GROWTH:
                found.append({"agency": agency, "metric": metric, "before": old, "now": new,
                              "change": new - old})
    found.sort(key=lambda item: (-item["change"], item["agency"].name, item["metric"]))
    return found
