"""Forms of the requests between agencies."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from jembatan.agency_requests.models import AgencyRequest
from jembatan.core.forms import IdMultipleChoiceField, MultipleFileField
from jembatan.core.models import Agency


class RequestForm(forms.Form):
    requesting_agency = forms.ModelChoiceField(label=_("On behalf of"),
                                               queryset=Agency.objects.none())
    asked = IdMultipleChoiceField(
        label=_("Agencies to ask"), queryset=Agency.objects.none(),
        widget=forms.CheckboxSelectMultiple(attrs={"class": "agency-choices"}))
    kind = forms.ChoiceField(label=_("What do you need?"), choices=AgencyRequest.Kind.choices)
    title = forms.CharField(label=_("Title"), max_length=200)
    body = forms.CharField(label=_("Details"), max_length=5000,
                           help_text=_("What exactly, in what form, and for which content."),
                           widget=forms.Textarea(attrs={"rows": 5}))
    due_date = forms.DateField(label=_("Needed by"),
                               widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, own_agencies=None, **kwargs):
        super().__init__(*args, **kwargs)
        own = own_agencies if own_agencies is not None else Agency.objects.none()
        self.fields["requesting_agency"].queryset = own
        if len(own) == 1:
            self.fields["requesting_agency"].initial = own[0].pk
            # One agency: nothing to choose, so the field is not shown.
            self.fields["requesting_agency"].widget = forms.HiddenInput()
        self.fields["asked"].queryset = Agency.objects.active().order_by("short_name")

    def clean_due_date(self):
        due = self.cleaned_data["due_date"]
        if due < timezone.localdate():
            raise forms.ValidationError(_("The due date cannot be in the past."))
        return due

    def clean(self):
        cleaned = super().clean()
        agency, asked = cleaned.get("requesting_agency"), cleaned.get("asked")
        if agency and asked is not None:
            others = [a for a in asked if a.pk != agency.pk]
            if not others:
                self.add_error("asked", _("Choose at least one other agency."))
            cleaned["asked"] = others
        return cleaned


class AnswerForm(forms.Form):
    ACTIONS = [("start", _("We are working on it")), ("done", _("Done: delivered")),
               ("decline", _("Decline")), ("reopen", _("Reopen"))]
    action = forms.ChoiceField(choices=ACTIONS)
    agency = forms.IntegerField(widget=forms.HiddenInput())
    note = forms.CharField(label=_("Note"), max_length=5000, required=False,
                           widget=forms.Textarea(attrs={"rows": 2}),
                           help_text=_("Required when you decline."))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") == "decline" and not (cleaned.get("note") or "").strip():
            self.add_error("note", _("Say why you decline, so the requesting agency can look "
                                     "elsewhere."))
        return cleaned


class CommentForm(forms.Form):
    body = forms.CharField(label=_("Comment"), max_length=5000, required=False,
                           widget=forms.Textarea(attrs={"rows": 3}))
    attachments = MultipleFileField(label=_("Material: photos or PDF documents"))

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("body") or "").strip() and not cleaned.get("attachments"):
            raise forms.ValidationError(_("Write a comment or attach a file."))
        return cleaned


class CancelForm(forms.Form):
    note = forms.CharField(label=_("Why (optional)"), max_length=2000, required=False)
