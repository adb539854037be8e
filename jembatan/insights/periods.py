"""The period a dashboard shows, as chosen in its period selector (`?periode=…`), and the
whole months the public scorecard and the monthly report use."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django import forms
from django.utils import formats
from django.utils.translation import gettext_lazy as _

# The longest custom period a dashboard shows: the rollups are per day, so a longer period is
# still cheap, but a league table over several years says little.
MAX_DAYS = 3 * 366

PERIOD_CHOICES = [
    ("bulan-ini", _("This month")),
    ("bulan-lalu", _("Last month")),
    ("3-bulan", _("Last 3 months")),
    ("12-bulan", _("Last 12 months")),
    ("pilih", _("Choose dates")),
]


@dataclass(frozen=True)
class Period:
    key: str
    start: dt.date
    end: dt.date  # inclusive

    @property
    def label(self) -> str:
        start = formats.date_format(self.start, "j F Y")
        end = formats.date_format(self.end, "j F Y")
        return _("%(start)s to %(end)s") % {"start": start, "end": end}

    def query(self) -> str:
        """The query string that selects this period again (for exports and links)."""
        if self.key == "pilih":
            return f"periode=pilih&dari={self.start:%Y-%m-%d}&sampai={self.end:%Y-%m-%d}"
        return f"periode={self.key}"


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """The first day of the month `months` after (or before) `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def month_end(day: dt.date) -> dt.date:
    return add_months(day, 1) - dt.timedelta(days=1)


def first_working_day(day: dt.date, calendar) -> dt.date:
    """The first working day of `day`'s month on the calendar (core.workdays)."""
    first = day.replace(day=1)
    while not calendar.is_working_day(first):
        first += dt.timedelta(days=1)
    return first


def last_months(months: int, *, today: dt.date) -> Period:
    """The last `months` whole months up to and including today's (partial) month."""
    return Period(f"{months}-bulan", add_months(today, -(months - 1)), today)


def named_period(key: str, *, today: dt.date) -> Period:
    if key == "bulan-lalu":
        start = add_months(today, -1)
        return Period(key, start, month_end(start))
    if key == "3-bulan":
        return last_months(3, today=today)
    if key == "12-bulan":
        return last_months(12, today=today)
    return Period("bulan-ini", month_start(today), today)


class PeriodForm(forms.Form):
    periode = forms.ChoiceField(label=_("Period"), choices=PERIOD_CHOICES, required=False)
    dari = forms.DateField(label=_("From"), required=False,
                           widget=forms.DateInput(attrs={"type": "date"}))
    sampai = forms.DateField(label=_("Until"), required=False,
                             widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, today: dt.date, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today

    def clean(self):
        data = super().clean()
        if data.get("periode") != "pilih":
            return data
        start, end = data.get("dari"), data.get("sampai")
        if start is None or end is None:
            raise forms.ValidationError(_("Choose both the first and the last day."))
        if start > end:
            raise forms.ValidationError(_("The first day comes after the last day."))
        if end > self.today:
            raise forms.ValidationError(_("The last day cannot be in the future."))
        if (end - start).days > MAX_DAYS:
            raise forms.ValidationError(_("Choose a period of at most three years."))
        return data

    def period(self) -> Period:
        """The chosen period; call after is_valid()."""
        data = self.cleaned_data
        if data.get("periode") == "pilih":
            return Period("pilih", data["dari"], data["sampai"])
        return named_period(data.get("periode") or "bulan-ini", today=self.today)
