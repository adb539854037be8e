from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from jembatan.insights.metrics import METRICS


class PublicationForm(forms.Form):
    metric_keys = forms.MultipleChoiceField(
        label=_("Figures the public sees"), required=False, widget=forms.CheckboxSelectMultiple,
        help_text=_("The public scorecard and the API show these figures for every agency; "
                    "the others stay inside the government."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["metric_keys"].choices = [
            (key, metric.label) for key, metric in METRICS.items()]
