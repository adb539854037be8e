"""The filters a list is showing, as chips a person can read and remove ("Jatuh tempo hari ini ✕").

A start-page count links to a list with query parameters; the chips say in words what those
parameters mean, so nobody has to read a URL, and each chip links to the same list without it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.http import HttpRequest
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Chip:
    label: str
    remove_url: str


def _value_label(field: forms.BoundField, value) -> str:
    if isinstance(field.field, forms.BooleanField):
        return str(field.label)
    if isinstance(field.field, forms.ModelChoiceField):
        shown = str(value)
    elif isinstance(field.field, forms.ChoiceField):
        shown = str(dict(field.field.choices).get(value, value))
    elif hasattr(value, "strftime"):
        shown = value.strftime("%d-%m-%Y")
    else:
        shown = str(value)
    if field.name in getattr(field.form, "chip_without_label", ()):
        return shown
    return _("%(label)s: %(value)s") % {"label": field.label, "value": shown}


def filter_chips(request: HttpRequest, form: forms.Form) -> list[Chip]:
    """One chip per filter the (bound, valid) form applies; invalid input shows no chip."""
    if not form.is_bound or not form.is_valid():
        return []
    chips = []
    for name, value in form.cleaned_data.items():
        if value in (None, "", False) or (hasattr(value, "exists") and not value.exists()):
            continue
        query = request.GET.copy()
        query.pop(name, None)
        query.pop("cursor", None)
        encoded = query.urlencode()
        chips.append(Chip(label=_value_label(form[name], value),
                          remove_url=f"{request.path}?{encoded}" if encoded else request.path))
    return chips
