"""The tables of the performance pages, built once from the selectors' figures and shown as
HTML, exported as CSV and XLSX and printed in the monthly report, so every surface shows the
same numbers with the same words.

A cell keeps the figure (for exports and sorting), its text (for people) and, for staff, the
link to the reports or conversations it counts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.utils import formats
from django.utils.translation import gettext as _

from jembatan.insights import metrics, selectors

# The league table's columns, in the order the coordinator reads them.
LEAGUE_KEYS = (
    "received", "verified_on_time_rate", "followed_up_on_time_rate",
    "first_response_hours_median", "resolution_days_median", "open_overdue", "reopen_rate",
    "rating_mean", "social_reply_rate", "informative_share",
)
# What the public scorecard may show (when the coordinator made it public).
SCORECARD_KEYS = (
    "received", "followed_up_on_time_rate", "first_response_hours_median", "rating_mean",
    "social_reply_rate", "informative_share",
)
# An agency's own page: everything measured, against the regency's median.
AGENCY_KEYS = (
    "received", "verified_on_time_rate", "followed_up_on_time_rate",
    "first_response_hours_median", "first_response_hours_p90", "resolution_days_median",
    "resolution_days_p90", "open_overdue", "reopen_rate", "rating_mean", "social_reply_rate",
    "social_reply_minutes_median", "informative_share", "consultation_participants",
    "consultation_answer_days_median",
)
# The figures a monthly trend shows, one chart each.
TREND_KEYS = ("received", "followed_up_on_time_rate", "first_response_hours_median",
              "rating_mean")
BREAKDOWN_KEYS = ("received", "open_overdue", "followed_up_on_time_rate")


def metric(key: str):
    return metrics.METRICS[key]


def text(key: str, value) -> str:
    """A figure as people read it, in the active language: "87%", "5,2 jam", "—"."""
    if value is None:
        return "—"
    unit = metric(key).unit
    if unit == "count":
        return formats.number_format(int(value), use_l10n=True, force_grouping=True)
    if unit == "rate":
        return _("%(value)s%%") % {"value": formats.number_format(round(value * 100))}
    number = formats.number_format(round(value, 1), decimal_pos=1, use_l10n=True)
    if unit == "hours":
        return _("%(value)s hours") % {"value": number}
    if unit == "days":
        return _("%(value)s working days") % {"value": number}
    if unit == "minutes":
        return _("%(value)s minutes") % {"value": formats.number_format(round(value))}
    if unit == "score":
        return _("%(value)s of 5") % {"value": number}
    return number


def short_text(key: str, value: float) -> str:
    """A figure without its unit, for the labels inside a chart (the title names the unit)."""
    unit = metric(key).unit
    if unit == "rate":
        return f"{round(value * 100)}%"
    if unit == "count":
        return formats.number_format(int(value))
    return formats.number_format(round(value, 1), decimal_pos=1, use_l10n=True)


def export_value(key: str, value):
    """The figure in a spreadsheet: counts whole, rates in percent, the rest to one decimal."""
    if value is None:
        return None
    unit = metric(key).unit
    if unit == "count":
        return int(value)
    if unit == "rate":
        return round(value * 100, 1)
    return round(value, 1)


def unit_name(key: str) -> str:
    return {
        "count": _("number"), "rate": _("percent"), "hours": _("hours"),
        "days": _("working days"), "minutes": _("minutes"), "score": _("1 to 5"),
    }.get(metric(key).unit, "")


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    definition: str = ""
    is_metric: bool = True

    @property
    def export_label(self) -> str:
        if not self.is_metric:
            return self.label
        return _("%(label)s (%(unit)s)") % {"label": self.label, "unit": unit_name(self.key)}


@dataclass(frozen=True)
class Cell:
    value: object
    text: str
    url: str | None = None


@dataclass
class Row:
    label: str
    cells: list[Cell]
    url: str | None = None
    slug: str = ""


@dataclass
class Table:
    key: str  # its name in export URLs and file names
    title: str
    columns: list[Column]
    rows: list[Row] = field(default_factory=list)
    first_column: str = ""
    agency_rows: bool = False  # one row per agency: the names column is kept wide

    def export_rows(self) -> tuple[list[str], list[list]]:
        header = [self.first_column] + [column.export_label for column in self.columns]
        return header, [[row.label] + [cell.value for cell in row.cells] for row in self.rows]


def metric_columns(keys) -> list[Column]:
    return [Column(key, str(metric(key).label), str(metric(key).definition)) for key in keys]


def figure_cells(figures: selectors.Figures, keys, *, links: bool, start: dt.date,
                 end: dt.date, agency=None, compact: bool = False) -> list[Cell]:
    cells = []
    for key in keys:
        value = getattr(figures, key)
        url = (selectors.drilldown_url(key, agency=agency, start=start, end=end)
               if links and value is not None else None)
        shown = (short_text(key, value) if value is not None else "—") if compact else text(
            key, value)
        cells.append(Cell(export_value(key, value), shown, url))
    return cells


def league_table(figures: list[selectors.Figures], *, start: dt.date, end: dt.date,
                 agencies: dict[int, object] | None = None, links: bool,
                 keys=LEAGUE_KEYS, key: str = "liga", title: str = "",
                 agency_url=None, compact: bool = False) -> Table:
    """One row per agency. `agencies` maps ids to Agency rows for the staff links. `compact`
    shows figures without their unit (the PDF names the unit in the column heading)."""
    table = Table(key, title or _("Agencies compared"), metric_columns(keys),
                  first_column=_("Agency"), agency_rows=True)
    for item in figures:
        agency = (agencies or {}).get(item.agency_id)
        table.rows.append(Row(
            item.name,
            figure_cells(item, keys, links=links and agency is not None, start=start, end=end,
                         agency=agency, compact=compact),
            url=agency_url(item) if agency_url else None, slug=item.slug))
    return table


def sort_figures(figures: list[selectors.Figures], *, key: str,
                 descending: bool) -> list[selectors.Figures]:
    """Sorted by one figure; agencies with nothing to measure stay last either way."""
    if key == "name":
        return sorted(figures, key=lambda item: item.name.lower(), reverse=descending)
    measured = [item for item in figures if getattr(item, key) is not None]
    empty = [item for item in figures if getattr(item, key) is None]
    # Python's sort is stable, reversed too: equal figures stay in the order of their names.
    measured.sort(key=lambda item: item.name.lower())
    measured.sort(key=lambda item: getattr(item, key), reverse=descending)
    return measured + sorted(empty, key=lambda item: item.name.lower())


def comparison_table(own: selectors.Figures, median: selectors.Figures, *, start: dt.date,
                     end: dt.date, agency, links: bool, keys=AGENCY_KEYS) -> Table:
    """An agency's figures beside the regency's median, one figure per row."""
    table = Table("instansi", _("Figures against the regency's median"),
                  [Column("own", getattr(agency, "short_name", "") or own.name, is_metric=False),
                   Column("median", _("Median of all agencies"), is_metric=False)],
                  first_column=_("Figure"))
    for key in keys:
        own_value, median_value = getattr(own, key), getattr(median, key)
        url = (selectors.drilldown_url(key, agency=agency, start=start, end=end)
               if links and own_value is not None else None)
        table.rows.append(Row(str(metric(key).label), [
            Cell(export_value(key, own_value), text(key, own_value), url),
            Cell(export_value(key, median_value), text(key, median_value)),
        ], slug=key))
    return table


def trend_table(trend: list[tuple[dt.date, selectors.Figures]], *, keys=TREND_KEYS,
                links: bool = False, agency=None) -> Table:
    """One row per month."""
    table = Table("tren", _("Month by month"), metric_columns(keys), first_column=_("Month"))
    for month, figures in trend:
        end = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(1)
        table.rows.append(Row(formats.date_format(month, "F Y"),
                              figure_cells(figures, keys, links=links, start=month, end=end,
                                           agency=agency)))
    return table


def breakdown_table(rows: list[dict], *, key: str, title: str, first_column: str,
                    row_url=None) -> Table:
    """`row_url(item)`: the report list behind a row (links only on staff pages)."""
    table = Table(key, title, metric_columns(BREAKDOWN_KEYS), first_column=first_column)
    for item in rows:
        table.rows.append(Row(str(item["label"]), [
            Cell(export_value(name, item.get(name)), text(name, item.get(name)))
            for name in BREAKDOWN_KEYS], url=row_url(item) if row_url else None))
    return table
