"""Forms of the shared agenda."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from jembatan.agenda.models import AgendaEvent
from jembatan.agenda.selectors import all_day_bounds, event_days, local_tz
from jembatan.core.forms import AgencyChoiceMixin, ModelChoiceField, date_within_years
from jembatan.core.models import Agency

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TIME = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


class EventForm(AgencyChoiceMixin, forms.Form):
    """Dates and times as people think of them (WIB); the form turns them into moments."""

    agency = forms.ModelChoiceField(label=_("Agency"), queryset=Agency.objects.none())
    title = forms.CharField(label=_("Title"), max_length=200)
    description = forms.CharField(label=_("Description"), required=False,
                                  widget=forms.Textarea(attrs={"rows": 4}))
    all_day = forms.BooleanField(label=_("All day"), required=False)
    start_date = forms.DateField(label=_("Date"), widget=DATE)
    start_time = forms.TimeField(label=_("Starts at (WIB)"), required=False, widget=TIME)
    end_date = forms.DateField(label=_("Until (date)"), required=False, widget=DATE,
                               help_text=_("Leave empty if it ends on the same day."))
    end_time = forms.TimeField(label=_("Ends at (WIB)"), required=False, widget=TIME)
    place = forms.CharField(label=_("Place"), max_length=255, required=False)
    visibility = forms.ChoiceField(label=_("Visibility"), choices=AgendaEvent.Visibility.choices,
                                   initial=AgendaEvent.Visibility.PUBLIC,
                                   help_text=_("Internal events appear only to staff and in "
                                               "staff calendar feeds."))
    needs_coverage = forms.BooleanField(
        label=_("Needs coverage"), required=False,
        help_text=_("Ask the other agencies' PR officers to cover it."))

    def __init__(self, *args, user, event: AgendaEvent | None = None, **kwargs):
        if event is not None and "initial" not in kwargs:
            kwargs["initial"] = event_initial(event)
        super().__init__(*args, **kwargs)
        self.setup_agency(user, editing=event is not None)

    def clean_start_date(self):
        return date_within_years(self.cleaned_data.get("start_date"))

    def clean_end_date(self):
        return date_within_years(self.cleaned_data.get("end_date"))

    def clean(self):
        data = super().clean()
        start_date = data.get("start_date")
        if start_date is None:
            return data
        end_date = data.get("end_date") or start_date
        if end_date < start_date:
            self.add_error("end_date", _("The end cannot be before the start."))
            return data
        if data.get("all_day"):
            data["starts_at"], data["ends_at"] = all_day_bounds(start_date, end_date)
            return data
        start_time, end_time = data.get("start_time"), data.get("end_time")
        if start_time is None:
            self.add_error("start_time", _("Give the starting time, or tick all day."))
            return data
        tz = local_tz()
        starts_at = dt.datetime.combine(start_date, start_time, tzinfo=tz)
        if end_time is None:
            ends_at = starts_at + dt.timedelta(hours=2)
        else:
            ends_at = dt.datetime.combine(end_date, end_time, tzinfo=tz)
        if ends_at < starts_at:
            self.add_error("end_time", _("The end cannot be before the start."))
            return data
        data["starts_at"], data["ends_at"] = starts_at, ends_at
        return data

    def event_values(self) -> dict:
        data = self.cleaned_data
        return {
            "title": data["title"], "description": data["description"],
            "starts_at": data["starts_at"], "ends_at": data["ends_at"],
            "all_day": data["all_day"], "place": data["place"],
            "visibility": data["visibility"], "needs_coverage": data["needs_coverage"],
        }


def event_initial(event: AgendaEvent) -> dict:
    first, last = event_days(event)
    start = timezone.localtime(event.starts_at, local_tz())
    end = timezone.localtime(event.ends_at, local_tz())
    return {
        "title": event.title, "description": event.description, "all_day": event.all_day,
        "start_date": first, "end_date": last if last != first else None,
        "start_time": None if event.all_day else start.time(),
        "end_time": None if event.all_day else end.time(),
        "place": event.place, "visibility": event.visibility,
        "needs_coverage": event.needs_coverage,
    }


class AgendaFilterForm(forms.Form):
    instansi = ModelChoiceField(label=_("Agency"), required=False, to_field_name="slug",
                                queryset=Agency.objects.active(),
                                empty_label=_("All agencies"))
    liputan = forms.BooleanField(label=_("Needs coverage only"), required=False)


class CoverForm(forms.Form):
    agency = forms.ModelChoiceField(label=_("For agency"), required=False,
                                    queryset=Agency.objects.none(),
                                    empty_label=_("Myself only"))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = Agency.objects.filter(
            memberships__user=user).distinct().order_by("name")


class CancelForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), required=False, max_length=500)
