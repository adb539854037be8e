"""The performance pages: the coordinator's dashboard, each agency's dashboard, the public
scorecard, the exports of their tables and the monthly report made in the background.

Every figure comes from the rollups through `selectors` (never counted per request), is
formatted by `tables` and explained by its definition in `metrics`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from jembatan.core import public_cache
from jembatan.core.access import get_agency_for_public, get_agency_for_user, require_perm
from jembatan.core.files import serve_file
from jembatan.core.links import reverse_once
from jembatan.core.models import Agency
from jembatan.insights import actions, charts, exports, selectors, tables
from jembatan.insights.access import get_monthly_report_for_user
from jembatan.insights.forms import PublicationForm
from jembatan.insights.metrics import METRICS
from jembatan.insights.models import MonthlyReport
from jembatan.insights.periods import (
    Period,
    PeriodForm,
    add_months,
    month_end,
)

HOTSPOT_ROWS = 10
SORT_KEYS = ("name", *tables.LEAGUE_KEYS)


def _today() -> dt.date:
    return timezone.localdate()


def _chosen_period(request: HttpRequest) -> tuple[PeriodForm, Period | None]:
    """The period in the query string, this month when none is given, None when it is wrong."""
    data = request.GET if "periode" in request.GET else {"periode": "bulan-ini"}
    form = PeriodForm(data, today=_today())
    return form, (form.period() if form.is_valid() else None)


def _bad_request(request: HttpRequest, form: PeriodForm, template: str, context: dict):
    return render(request, template, {**context, "period_form": form, "invalid": True},
                  status=400)


def _trend_charts(trend, *, keys, chart_prefix: str, reference=None) -> list[dict]:
    """One column chart per figure of a monthly trend, each with its definition."""
    items = []
    for key in keys:
        metric = METRICS[key]
        points = [(formats.date_format(month, "M"), getattr(figures, key))
                  for month, figures in trend]
        ref = [getattr(figures, key) for _month, figures in reference] if reference else None
        top = 1 if metric.unit == "rate" else (5 if metric.unit == "score" else None)
        desc = _("%(figure)s for each of the last %(count)d months.") % {
            "figure": metric.label, "count": len(points)}
        if ref:
            desc += " " + _("The dashed marks show the median of all agencies.")
        items.append({
            "metric": metric, "unit": tables.unit_name(key),
            "svg": charts.column_chart(
                points, chart_id=f"{chart_prefix}-{key}", title=str(metric.label), desc=desc,
                fmt=lambda value, key=key: tables.short_text(key, value), top=top,
                reference=ref),
        })
    return items


def _breakdown_chart(rows: list[dict], *, chart_id: str, title: str):
    ranked = sorted((row for row in rows if row["received"]), key=lambda row: -row["received"])
    return charts.bar_chart(
        [(str(row["label"]), row["received"]) for row in ranked[:HOTSPOT_ROWS]],
        chart_id=chart_id, title=title,
        desc=_("The %(count)d with the most reports received in the period, most first.")
        % {"count": min(HOTSPOT_ROWS, len(ranked))},
        fmt=lambda value: formats.number_format(int(value)))


def _alert_rows(alerts: list[dict]) -> list[dict]:
    """One row per agency whose backlog or overdue count grew, the largest growth first."""
    rows: dict[int, dict] = {}
    for alert in alerts:  # already ordered by growth
        row = rows.setdefault(alert["agency"].pk, {"agency": alert["agency"], "backlog": None,
                                                   "open_overdue": None})
        row[alert["metric"]] = alert
    return list(rows.values())


def _export_bases(name: str, names, *args) -> dict[str, str]:
    """Each table's download address without its extension (".csv" or ".xlsx" follows)."""
    return {table: reverse(name, args=[*args, table, "csv"])[: -len(".csv")] for table in names}


def _sorting(request: HttpRequest) -> tuple[str, bool] | None:
    key = request.GET.get("urut") or "name"
    direction = request.GET.get("arah") or ("asc" if key == "name" else "desc")
    if key not in SORT_KEYS or direction not in ("asc", "desc"):
        return None
    return key, direction == "desc"


def _sort_headers(table: tables.Table, period: Period, *, key: str,
                  descending: bool) -> list[dict]:
    """The league table's column headers as links that sort by that column (again: reversed)."""
    headers = []
    for column_key, label in [("name", table.first_column)] + [
            (column.key, column.label) for column in table.columns]:
        current = column_key == key
        if current:
            direction = "asc" if descending else "desc"
        else:
            higher_first = column_key != "name" and METRICS[column_key].higher_is_better
            direction = "desc" if higher_first or column_key == "received" else "asc"
        headers.append({
            "label": label,
            "url": f"?{period.query()}&urut={column_key}&arah={direction}",
            "aria_sort": ("descending" if descending else "ascending") if current else "",
            "arrow": ("▼" if descending else "▲") if current else "",
        })
    return headers


def _dashboard_data(period: Period, *, sort: tuple[str, bool] = ("name", False),
                    now: dt.datetime | None = None, state=None) -> dict:
    now = now or timezone.now()
    # Today's open reports, read once for the league table and the trend's current month.
    state = state or selectors.open_now(now=now)
    figures = selectors.scorecard(period.start, period.end, now=now, state=state)
    agencies = Agency.objects.in_bulk([item.agency_id for item in figures])
    ordered = tables.sort_figures(figures, key=sort[0], descending=sort[1])
    league = tables.league_table(
        ordered, start=period.start, end=period.end, agencies=agencies, links=True,
        agency_url=lambda item: reverse_once("insights:agency_dashboard", item.slug))
    trend = selectors.monthly_trend(agency_id=None, months=12, until=period.end, now=now,
                                    state=state)
    by_kecamatan = selectors.breakdown(period.start, period.end, by="kecamatan")
    by_topic = selectors.breakdown(period.start, period.end, by="category")
    return {
        "figures": figures, "league": league, "trend": trend,
        "trend_table": tables.trend_table(trend, links=True),
        "by_kecamatan": by_kecamatan, "by_topic": by_topic,
        "kecamatan_table": tables.breakdown_table(
            by_kecamatan, key="kecamatan", title=_("Reports by kecamatan"),
            first_column=_("Kecamatan"), row_url=lambda item: selectors.breakdown_url(
                "kecamatan", item["key"], start=period.start, end=period.end)),
        "topic_table": tables.breakdown_table(
            by_topic, key="topik", title=_("Reports by topic"), first_column=_("Topic"),
            row_url=lambda item: selectors.breakdown_url(
                "category", item["key"], start=period.start, end=period.end)),
    }


def _dashboard_figures(period: Period, sort: tuple[str, bool], now: dt.datetime) -> dict:
    """What the figure sections of the coordinator's dashboard show."""
    state = selectors.open_now(now=now)
    data = _dashboard_data(period, sort=sort, now=now, state=state)
    regency = selectors.regency(period.start, period.end, now=now, state=state)
    median = selectors.regency_median(data["figures"])
    return {
        **data,
        "period": period, "sort_key": sort[0], "sort_descending": sort[1],
        "league_headers": _sort_headers(data["league"], period, key=sort[0],
                                        descending=sort[1]),
        "regency_cells": [
            {"metric": METRICS[key], "text": tables.text(key, getattr(regency, key)),
             "median": tables.text(key, getattr(median, key)),
             "url": selectors.drilldown_url(key, start=period.start, end=period.end)}
            for key in tables.LEAGUE_KEYS],
        "trend_charts": _trend_charts(data["trend"], keys=tables.TREND_KEYS,
                                      chart_prefix="trend"),
        "kecamatan_chart": _breakdown_chart(data["by_kecamatan"], chart_id="hotspot-kecamatan",
                                            title=_("Reports by kecamatan")),
        "topic_chart": _breakdown_chart(data["by_topic"], chart_id="hotspot-topic",
                                        title=_("Reports by topic")),
        "alerts": _alert_rows(selectors.alerts(_today(), now=now, state=state)),
        "exports": _export_bases("insights:dashboard_export",
                                 ("liga", "tren", "kecamatan", "topik")),
        "league_query": f"{period.query()}&urut={sort[0]}&arah={'desc' if sort[1] else 'asc'}",
    }


def _kept_figures(template: str, period: Period, *parts, now: dt.datetime,
                  context: Callable[[], dict]) -> str:
    """A dashboard's figure sections: the same for everyone who may see the page, so kept until
    the rollups change (or with the clock: five minutes at most, as the public scorecard)."""
    return public_cache.fragment(
        template, scopes=(public_cache.INSIGHTS, public_cache.SITE),
        parts=(period.start, period.end, period.query(), *parts, _today(),
               int(now.timestamp() // public_cache.DEFAULT_TTL)),
        build=lambda: render_to_string(template, context()))


@login_required
@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    """The coordinator's view of every agency: league table, trends, hotspots, alerts."""
    if not request.user.has_perm("insights.view_dashboard"):
        raise PermissionDenied
    form, period = _chosen_period(request)
    sort = _sorting(request)
    if period is None or sort is None:
        if sort is None:
            messages.error(request, _("The table cannot be sorted that way."))
        return _bad_request(request, form, "insights/dashboard.html", {})
    now = timezone.now()
    figures = _kept_figures("insights/_dashboard_figures.html", period, *sort, now=now,
                            context=lambda: _dashboard_figures(period, sort, now))
    return render(request, "insights/dashboard.html", {
        "figures": figures, "period_form": form, "period": period,
        "sort_key": sort[0], "sort_descending": sort[1],  # kept by the period form
        "metrics": [METRICS[key] for key in tables.LEAGUE_KEYS],
        "reports": MonthlyReport.objects.order_by("-created_at")[:5],
        "report_months": _report_months(),
    })


@login_required
@require_GET
def dashboard_export(request: HttpRequest, table: str, fmt: str) -> HttpResponse:
    if not request.user.has_perm("insights.view_dashboard"):
        raise PermissionDenied
    _form, period = _chosen_period(request)
    sort = _sorting(request) or ("name", False)
    if period is None:
        return HttpResponse(_("The period is not valid."), status=400,
                            content_type="text/plain; charset=utf-8")
    data = _dashboard_data(period, sort=sort)
    chosen = {"liga": data["league"], "tren": data["trend_table"],
              "kecamatan": data["kecamatan_table"], "topik": data["topic_table"]}.get(table)
    if chosen is None:
        raise Http404
    return exports.table_response(chosen, fmt=fmt, filename=f"kinerja-{table}-{period.start}",
                                  subtitle=period.label)


def _agency_for_dashboard(request: HttpRequest, slug: str) -> Agency:
    return get_agency_for_user(request, slug, perm="insights.view_agency_dashboard")


def _agency_data(agency: Agency, period: Period, *, links: bool) -> dict:
    now = timezone.now()
    state = selectors.open_now(now=now)  # read once for the three
    own = selectors.agency_figures(agency, period.start, period.end, now=now, state=state)
    median = selectors.regency_median(selectors.scorecard(period.start, period.end, now=now,
                                                          state=state))
    trend = selectors.monthly_trend(agency_id=agency.pk, months=12, until=period.end, now=now,
                                    state=state)
    return {
        "own": own, "median": median, "trend": trend,
        "comparison": tables.comparison_table(own, median, start=period.start, end=period.end,
                                              agency=agency, links=links),
        "trend_table": tables.trend_table(trend, links=links, agency=agency),
    }


@login_required
@require_GET
def agency_dashboard(request: HttpRequest, slug: str) -> HttpResponse:
    """One agency's figures against the regency's median, its trend, its slowest open items."""
    agency = _agency_for_dashboard(request, slug)
    form, period = _chosen_period(request)
    if period is None:
        return _bad_request(request, form, "insights/agency_dashboard.html", {"agency": agency})

    def figures_context() -> dict:
        data = _agency_data(agency, period, links=True)
        return {
            **data, "agency": agency, "period": period,
            "trend_charts": _trend_charts(data["trend"], keys=tables.TREND_KEYS,
                                          chart_prefix="agency-trend"),
            "exports": _export_bases("insights:agency_export", ("instansi", "tren"),
                                     agency.slug),
        }

    figures = _kept_figures("insights/_agency_dashboard_figures.html", period, agency.pk,
                            now=timezone.now(), context=figures_context)
    return render(request, "insights/agency_dashboard.html", {
        "figures": figures, "agency": agency, "period_form": form, "period": period,
        "slowest": selectors.slowest_open_items(agency, limit=10),
        "can_see_all": request.user.has_perm("insights.view_dashboard"),
        "metrics": [METRICS[key] for key in tables.AGENCY_KEYS],
    })


@login_required
@require_GET
def agency_export(request: HttpRequest, slug: str, table: str, fmt: str) -> HttpResponse:
    agency = _agency_for_dashboard(request, slug)
    _form, period = _chosen_period(request)
    if period is None:
        return HttpResponse(_("The period is not valid."), status=400,
                            content_type="text/plain; charset=utf-8")
    data = _agency_data(agency, period, links=False)
    chosen = {"instansi": data["comparison"], "tren": data["trend_table"]}.get(table)
    if chosen is None:
        raise Http404
    return exports.table_response(chosen, fmt=fmt,
                                  filename=f"kinerja-{agency.slug}-{table}-{period.start}",
                                  subtitle=f"{agency.name} · {period.label}")


@login_required
def publication(request: HttpRequest) -> HttpResponse:
    """The coordinator chooses which figures the public scorecard shows."""
    require_perm(request, "insights.change_publication")
    form = PublicationForm(request.POST or None,
                           initial={"metric_keys": sorted(selectors.public_metric_keys())})
    if request.method == "POST" and form.is_valid():
        actions.publication_update(actor=request.user,
                                   metric_keys=form.cleaned_data["metric_keys"])
        messages.success(request, _("The choice of public figures has been saved."))
        return redirect("insights:publication")
    return render(request, "insights/publication.html",
                  {"form": form, "metrics": list(METRICS.values())},
                  status=400 if form.errors else 200)


# --- The public scorecard ---------------------------------------------------------------------

def public_periods(today: dt.date) -> list[Period]:
    """The last 3 and the last 12 whole months: a scorecard of whole months does not change
    with every report of the running month, and matches the monthly report."""
    last = month_end(add_months(today, -1))
    return [Period("3-bulan", add_months(today, -3), last),
            Period("12-bulan", add_months(today, -12), last)]


def _public_keys() -> list[str]:
    public = selectors.public_metric_keys()
    return [key for key in tables.SCORECARD_KEYS if key in public]


def _scorecard_table(period: Period, keys: list[str], *, months: int) -> tables.Table:
    figures = tables.sort_figures(
        selectors.scorecard(period.start, period.end, public_only=True), key="name",
        descending=False)
    return tables.league_table(
        figures, start=period.start, end=period.end, links=False, keys=keys,
        key=f"{months}-bulan",
        title=_("The last %(count)d months") % {"count": months},
        agency_url=lambda item: reverse("insights:agency_scorecard", args=[item.slug]))


SCORECARD_SCOPES = (public_cache.INSIGHTS, public_cache.SITE)


@require_GET
def scorecard(request: HttpRequest) -> HttpResponse:
    """Every agency's responsiveness as the public sees it: only the figures made public."""
    def context() -> dict:
        keys = _public_keys()
        periods = public_periods(_today())
        sections = [{"period": period, "months": months, "title_id": f"scorecard-{months}",
                     "table": _scorecard_table(period, keys, months=months)}
                    for period, months in zip(periods, (3, 12), strict=True)]
        return {"sections": sections, "metrics": [METRICS[key] for key in keys]}

    # Whole months only: it changes when the figures are recounted or the choice of public
    # figures changes, both of which give the insights data a new version.
    return public_cache.page(request, "insights/scorecard.html",
                             content_template="insights/_scorecard_content.html",
                             name="scorecard", scopes=SCORECARD_SCOPES, context=context,
                             parts=(request.GET.urlencode(), _today()))


@require_GET
def scorecard_export(request: HttpRequest, months: int, fmt: str) -> HttpResponse:
    if months not in (3, 12) or fmt not in exports.FORMATS:
        raise Http404
    period = public_periods(_today())[0 if months == 3 else 1]
    table = _scorecard_table(period, _public_keys(), months=months)
    return exports.table_response(table, fmt=fmt, filename=f"kinerja-{months}-bulan",
                                  subtitle=period.label)


@require_GET
def agency_scorecard(request: HttpRequest, slug: str) -> HttpResponse:
    agency = get_agency_for_public(slug)

    def context() -> dict:
        keys = _public_keys()
        sections = []
        for period, months in zip(public_periods(_today()), (3, 12), strict=True):
            all_figures = selectors.scorecard(period.start, period.end, public_only=True)
            own = next((item for item in all_figures if item.agency_id == agency.pk), None)
            median = selectors.regency_median(all_figures)
            rows = [{"metric": METRICS[key],
                     "own": tables.text(key, getattr(own, key) if own else None),
                     "median": tables.text(key, getattr(median, key))} for key in keys]
            sections.append({"period": period, "months": months, "rows": rows})
        trend = selectors.monthly_trend(agency_id=agency.pk, months=12,
                                        until=public_periods(_today())[0].end)
        trend_keys = [key for key in tables.TREND_KEYS if key in keys]
        return {
            "agency": agency, "sections": sections, "metrics": [METRICS[key] for key in keys],
            "trend_charts": _trend_charts(trend, keys=trend_keys, chart_prefix="public-trend"),
            "trend_table": tables.trend_table(trend, keys=trend_keys),
        }

    return public_cache.page(request, "insights/agency_scorecard.html",
                             content_template="insights/_agency_scorecard_content.html",
                             name="agency-scorecard", scopes=SCORECARD_SCOPES, context=context,
                             parts=(agency.pk, _today()), page_context={"agency": agency})


# --- The monthly report -----------------------------------------------------------------------

def _report_months() -> list[tuple[str, str]]:
    """The months a report can be made for: the last twelve finished months, latest first."""
    today = _today()
    return [(f"{month:%Y-%m}", formats.date_format(month, "F Y"))
            for month in (add_months(today, -offset) for offset in range(1, 13))]


@login_required
@require_http_methods(["POST"])
def report_request(request: HttpRequest) -> HttpResponse:
    """A coordinator asks for the monthly report; it is made in the background."""
    if not request.user.has_perm("insights.make_monthly_report"):
        raise PermissionDenied
    choices = dict(_report_months())
    value = request.POST.get("bulan", "")
    if value not in choices:
        messages.error(request, _("Choose one of the months in the list."))
        return redirect("insights:dashboard")
    month = dt.date(int(value[:4]), int(value[5:7]), 1)
    report = actions.monthly_report_request(month=month, actor=request.user)
    return redirect("insights:report_status", pk=report.pk)


@login_required
@require_GET
def report_status(request: HttpRequest, pk: int) -> HttpResponse:
    """The progress of a report being made; htmx asks again every two seconds until done."""
    report = get_monthly_report_for_user(request, pk)
    template = ("insights/_report_progress.html" if request.htmx
                else "insights/report_status.html")
    return render(request, template, {"report": report})


@login_required
@require_GET
def report_download(request: HttpRequest, pk: int) -> HttpResponse:
    report = get_monthly_report_for_user(request, pk)
    if report.status != MonthlyReport.Status.DONE or not report.file:
        raise Http404
    return serve_file(report.file, filename=report.original_name,
                      content_type="application/pdf", inline=False)
