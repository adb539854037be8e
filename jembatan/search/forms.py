from django import forms
from django.utils.translation import gettext_lazy as _

from jembatan.core.forms import ModelChoiceField
from jembatan.core.models import Agency
from jembatan.search import registry
from jembatan.search.selectors import MAX_PAGES
from jembatan.search.text import MAX_QUERY_LENGTH


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search for"), required=False, max_length=MAX_QUERY_LENGTH,
                        widget=forms.TextInput(attrs={"type": "search"}))
    kind = forms.ChoiceField(label=_("Show"), required=False)
    agency = ModelChoiceField(label=_("Agency"), required=False, to_field_name="slug",
                                    queryset=Agency.objects.active().order_by("name"),
                                    empty_label=_("All agencies"))
    page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGES,
                              widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("Everything")), *registry.kind_choices()]
