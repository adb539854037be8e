"""Forms of the webhook pages."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from jembatan.webhooks.event_types import EVENT_TYPES


class SubscriptionForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=120,
                           help_text=_("So you recognise it, e.g. the system that receives it."))
    url = forms.CharField(label=_("Endpoint address"), max_length=500,
                          widget=forms.URLInput(attrs={"inputmode": "url",
                                                       "autocomplete": "off"}),
                          help_text=_("An https:// address on the public internet. Every event "
                                      "is sent there as a signed POST request."))
    agency = forms.ModelChoiceField(label=_("Events of"), queryset=None, required=False)
    events = forms.MultipleChoiceField(label=_("Events"), widget=forms.CheckboxSelectMultiple,
                                       choices=list(EVENT_TYPES.items()))
    is_active = forms.BooleanField(label=_("Active: send events to this address"),
                                   required=False, initial=True)

    def __init__(self, *args, agencies, coordinator: bool, editing: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if editing:
            del self.fields["agency"]
        else:
            del self.fields["is_active"]
            agency = self.fields["agency"]
            agency.queryset = agencies
            agency.label_from_instance = lambda a: a.name
            if coordinator:
                agency.empty_label = _("Every agency")
                agency.help_text = _("Leave at every agency to receive the whole regency's "
                                     "events.")
            else:
                agency.required = True
                agency.empty_label = None
