"""A filter form's fields rendered once and reused (decision 0064).

The inbox's filter form has twenty fields, three of them selects of every agency, kecamatan
and topic: building the options (a query and a model instance per option) and writing them
cost more CPU than the inbox's rows. What the fields show depends only on the language, the
data the form was given, the reference lists behind the selects and whatever the view names
in `parts` (a list narrowed to the person's agencies). So the HTML is kept in the shared cache
under those, with the lists' version (`public_cache.LISTS`, new whenever an agency, a region,
a topic or a label is saved or deleted) in the key.

Only the fields are kept: the `<form>` around them, its hidden values and anything with a CSRF
token stay in the page's template.
"""

from __future__ import annotations

from collections.abc import Iterable

from django import forms
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString

from jembatan.core import public_cache


def _rendered(form: forms.Form, skip: frozenset[str]) -> str:
    # The same as `{% for field in form %}<div class="field">{{ field.label_tag }}{{ field }}
    # </div>{% endfor %}` in a template.
    return "".join(f'<div class="field">{conditional_escape(field.label_tag())}'
                   f"{conditional_escape(field)}</div>"
                   for field in form if field.name not in skip)


def fields_html(form: forms.Form, *, name: str, parts: Iterable[object] = (),
                skip: Iterable[str] = (), template: str = "",
                context: dict | None = None,
                scopes: Iterable[str] = (public_cache.LISTS,)) -> SafeString:
    """The fields of `form` (but those in `skip`), each in a `<div class="field">` with its
    label, from the cache when the same form with the same data was shown since the lists last
    changed. `name` names the form; `parts` holds what else changes its choices (the person's
    agencies). The key holds the data and the initial values of the form, so two filters never
    share one. `template` writes the fields instead, given `form` and `context`: it must hold
    no CSRF token and nothing of the person's beyond what the key holds. `scopes`: the kinds
    of data the choices come from, the reference lists unless the view says otherwise."""
    skip = frozenset(skip)
    if template:
        from django.template.loader import render_to_string

        def build() -> str:
            return render_to_string(template, {**(context or {}), "form": form})
    else:
        def build() -> str:
            return _rendered(form, skip)
    data = ()
    if form.is_bound:
        values = form.data.getlist if hasattr(form.data, "getlist") else (
            lambda field: [form.data[field]])
        data = tuple((field, tuple(values(field))) for field in form.fields
                     if field not in skip and field in form.data)
    initial = sorted((key, repr(value)) for key, value in form.initial.items())
    return public_cache.fragment(
        f"form-fields:{name}", scopes=tuple(scopes),
        parts=(form.is_bound, data, initial, template, *parts), build=build)
