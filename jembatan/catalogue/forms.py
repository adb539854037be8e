"""Forms of the service catalogue and the work programmes."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from jembatan.catalogue.models import Programme, Service
from jembatan.core.forms import AgencyChoiceMixin, ModelChoiceField
from jembatan.core.models import Agency


class ServiceForm(AgencyChoiceMixin, forms.ModelForm):
    link = forms.URLField(label=_("Link"), required=False, assume_scheme="https")

    class Meta:
        model = Service
        fields = ["agency", "name", "audience", "requirements", "steps", "is_free", "cost",
                  "schedule", "place", "contact", "link", "is_active"]
        widgets = {
            "audience": forms.Textarea(attrs={"rows": 2}),
            "requirements": forms.Textarea(attrs={"rows": 5}),
            "steps": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.setup_agency(user, editing=self.instance.pk is not None)

    def clean(self):
        data = super().clean()
        agency = data.get("agency") if "agency" in self.fields else self.instance.agency
        name = data.get("name")
        if agency is not None and name:
            clash = Service.objects.filter(agency=agency, name__iexact=name)
            if self.instance.pk:
                clash = clash.exclude(pk=self.instance.pk)
            if clash.exists():
                # An error on the field also keeps the database constraint's terse message out.
                self.add_error("name", _("This agency already has a service with this name."))
        return data


class ServiceFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200,
                        widget=forms.TextInput(attrs={"type": "search"}))
    agency = ModelChoiceField(label=_("Agency"), required=False, to_field_name="slug",
                              queryset=Agency.objects.active(),
                              empty_label=_("All agencies"))
    free = forms.BooleanField(label=_("Free of charge only"), required=False)


class ProgrammeForm(AgencyChoiceMixin, forms.ModelForm):
    class Meta:
        model = Programme
        fields = ["agency", "title", "description", "start_date", "end_date", "place",
                  "target_group", "is_public"]
        widgets = {
            "start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "end_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "description": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.setup_agency(user, editing=self.instance.pk is not None)

    def validate_unique(self):
        """The dates are checked in clean() and by the action, in words."""

    def clean(self):
        data = super().clean()
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The last day cannot be before the first day."))
        return data
