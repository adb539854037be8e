"""The form renderer: Django's templates, with the common widgets written out in Python.

Staff pages carry selects of every agency, kecamatan and topic, and a filter form of twenty
fields; through the template renderer each option is an `{% include %}` of a template that
includes another (the attributes), and the profiles of the inbox and a report's staff page
showed a quarter of their CPU time there (decision 0044). `FastTemplatesSetting` writes the
same HTML as Django's widget templates — and as this project's own `select_option.html`,
which says the empty choice in words — for the widgets below, and leaves every other template
(a form's layout, a field group, any widget a project template overrides) to the templates.
`jembatan/core/tests/test_form_renderer.py` renders each widget both ways and compares them.
"""

from __future__ import annotations

from django.forms.renderers import TemplatesSetting
from django.template.loader import get_template
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData, mark_safe
from django.utils.timezone import template_localtime
from django.utils.translation import gettext

WIDGETS = "django/forms/widgets/"
# Widgets whose template is only `{% include "django/forms/widgets/input.html" %}`.
INPUT_TEMPLATES = frozenset(WIDGETS + f"{name}.html" for name in (
    "input", "text", "email", "number", "date", "datetime", "time", "search", "hidden",
    "password", "url", "tel", "color", "checkbox",
))
OPTION_TEMPLATES = frozenset({WIDGETS + "checkbox_option.html", WIDGETS + "radio_option.html",
                              WIDGETS + "input_option.html"})
SELECT_OPTION = WIDGETS + "select_option.html"
# Django's label for "nothing chosen"; the project's select_option.html says it in words.
EMPTY_LABEL = "---------"


def _text(value) -> str:
    """`{{ value }}`: localised, then escaped unless already safe."""
    return conditional_escape(localize(template_localtime(value)))


def _formatted(value) -> str:
    """`{{ value|stringformat:'s' }}`: the string, escaped unless the value was safe."""
    text = f"{value}"
    return text if isinstance(value, SafeData) else conditional_escape(text)


def _attrs(attrs: dict) -> str:
    """django/forms/widgets/attrs.html (and django/forms/attrs.html)."""
    parts = []
    for name, value in attrs.items():
        if value is False:
            continue
        parts.append(f" {_text(name)}" if value is True
                     else f' {_text(name)}="{_formatted(value)}"')
    return "".join(parts)


def _input(widget: dict) -> str:
    value = widget["value"]
    value_attr = "" if value is None else f' value="{_formatted(value)}"'
    return (f'<input type="{_text(widget["type"])}" name="{_text(widget["name"])}"'
            f"{value_attr}{_attrs(widget['attrs'])}>")


def _input_option(widget: dict) -> str:
    if not widget.get("wrap_label"):
        return _input(widget)
    id_ = widget["attrs"].get("id")
    for_attr = f' for="{_text(id_)}"' if id_ else ""
    # input.html ends with a line break, which the include keeps.
    return f"<label{for_attr}>{_input(widget)}\n {_text(widget['label'])}</label>"


def _select_option(option: dict) -> str:
    label = option["label"]
    text = gettext("— choose —") if label == EMPTY_LABEL else _text(label)
    # The project's template ends with a line break, which its include keeps.
    return (f'<option value="{_formatted(option["value"])}"{_attrs(option["attrs"])}>{text}'
            "</option>\n")


def _select(widget: dict) -> str | None:
    parts = [f'<select name="{_text(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{_text(group_name)}">')
        for option in options:
            if option["template_name"] != SELECT_OPTION:
                return None
            parts.append("\n  " + _select_option(option))
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


def _textarea(widget: dict) -> str:
    value = _text(widget["value"]) if widget["value"] else ""
    return f'<textarea name="{_text(widget["name"])}"{_attrs(widget["attrs"])}>\n{value}</textarea>'


def _label(context: dict) -> str:
    if not context["use_tag"]:
        return _text(context["label"])
    tag = _text(context["tag"])
    return f"<{tag}{_attrs(context['attrs'] or {})}>{_text(context['label'])}</{tag}>"


class FastTemplatesSetting(TemplatesSetting):
    """TemplatesSetting (the project's templates may override Django's form templates), with
    the widgets above rendered in Python as long as no project template overrides them."""

    def render(self, template_name, context, request=None):
        html = self._render_in_python(template_name, context)
        if html is None:
            return super().render(template_name, context, request)
        return mark_safe(html.strip())  # noqa: S308 — every value in it is escaped above

    def _render_in_python(self, template_name: str, context: dict) -> str | None:
        if template_name not in _python_templates():
            return None
        if template_name == "django/forms/label.html":
            return _label(context)
        widget = context["widget"]
        if template_name in INPUT_TEMPLATES:
            return _input(widget)
        if template_name in OPTION_TEMPLATES:
            return _input_option(widget)
        if template_name == WIDGETS + "select.html":
            return _select(widget)
        if template_name == WIDGETS + "textarea.html":
            return _textarea(widget)
        return None


_PYTHON_TEMPLATES: frozenset[str] | None = None


def _python_templates() -> frozenset[str]:
    """The templates written out above that still are Django's own (plus this project's
    select_option.html, which _select_option follows): a project template overriding one of
    them sends it back to the templates."""
    global _PYTHON_TEMPLATES
    if _PYTHON_TEMPLATES is None:
        names = {*INPUT_TEMPLATES, *OPTION_TEMPLATES, WIDGETS + "select.html",
                 WIDGETS + "textarea.html", "django/forms/label.html",
                 WIDGETS + "input.html", WIDGETS + "input_option.html",
                 WIDGETS + "attrs.html", "django/forms/attrs.html"}
        overridden = {name for name in names if not _is_django_own(name)}
        python = set(names) - overridden
        if overridden & {WIDGETS + "input.html", WIDGETS + "attrs.html"}:
            python = {"django/forms/label.html"} - overridden
        if WIDGETS + "input_option.html" in overridden:
            python -= OPTION_TEMPLATES
        if "django/forms/attrs.html" in overridden:
            python.discard("django/forms/label.html")
        _PYTHON_TEMPLATES = frozenset(python)
    return _PYTHON_TEMPLATES


def _is_django_own(name: str) -> bool:
    if name == SELECT_OPTION:
        return True  # this project's version, followed by _select_option
    origin = get_template(name).origin.name
    return "/django/forms/templates/" in origin.replace("\\", "/")
