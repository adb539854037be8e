"""Stored values as people read them: durations, percentages and what an audit entry changed.

Pages never show a field name, a state code or a slug; they call these helpers (through the
`core_words` template filters) so every page says the same thing the same way.
See docs/glossary.md and decision 0034.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import formats
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

EMPTY = "—"

# Labels for changes that are not model fields (`update_with_audit(also=...)`), by name; a
# model's own names (`register_change_labels(..., model=...)`) come before these and its fields.
EXTRA_CHANGE_LABELS: dict[str, Any] = {}
MODEL_CHANGE_LABELS: dict[tuple[str, str], Any] = {}
# How a stored value that is not yet words reads (a figure's key, a setting's code), by model
# and name: `reader(value) -> str`; HIDE_CHANGE for a change the action's label already says
# (a conversation's new message, stored by its id).
CHANGE_VALUE_READERS: dict[tuple[str, str], Callable[[Any], str]] = {}


def HIDE_CHANGE(value: Any) -> str:  # a marker, compared by identity
    return ""


_SLUG = re.compile(r"^[-a-z0-9_]+$")


# Names looked up for stored ids and slugs stay in the cache a few minutes: an audit page names
# the same few agencies on many rows, and a renamed agency may show its old name that long.
NAME_CACHE_SECONDS = 300


def name_of(model: type[models.Model], key: str, value: Any) -> str:
    """The name of the `model` object whose `key` (pk or slug) is `value`; the value itself
    when there is none."""
    from django.core.cache import cache

    cache_key = f"words:name:{_model_key(model)}:{key}:{value}"
    name = cache.get(cache_key)
    if name is None:
        found = model._default_manager.filter(**{key: value}).first()
        name = str(found) if found is not None else str(value)
        cache.set(cache_key, name, NAME_CACHE_SECONDS)
    return name


def names_by_slug(model: type[models.Model]) -> Callable[[Any], str]:
    """A reader for changes stored as slugs (the agencies asked): the object's name, or the
    slug when the object is gone."""

    def read(slug: Any) -> str:
        return name_of(model, "slug", str(slug))

    return read


def names_by_pk(model: type[models.Model]) -> Callable[[Any], str]:
    """A reader for changes stored as ids: the object's name, or the id when it is gone."""

    def read(pk: Any) -> str:
        return name_of(model, "pk", pk)

    return read


def _model_key(model: type[models.Model] | None) -> str:
    return model._meta.label_lower if model is not None else ""


def register_change_labels(labels: dict[str, Any], *,
                           model: type[models.Model] | None = None) -> None:
    if model is None:
        EXTRA_CHANGE_LABELS.update(labels)
    else:
        MODEL_CHANGE_LABELS.update({(_model_key(model), name): label
                                    for name, label in labels.items()})


def register_change_values(readers: dict[str, Callable[[Any], str]], *,
                           model: type[models.Model]) -> None:
    CHANGE_VALUE_READERS.update({(_model_key(model), name): reader
                                 for name, reader in readers.items()})


def _part(unit: str, n: int) -> str:
    if unit == "day":
        return ngettext("%(n)s day", "%(n)s days", n) % {"n": n}
    if unit == "hour":
        return ngettext("%(n)s hour", "%(n)s hours", n) % {"n": n}
    return ngettext("%(n)s minute", "%(n)s minutes", n) % {"n": n}


def duration_words(value: Any) -> str:
    """A length of time in words, two units at most: "3 hari 4 jam", "22 jam 17 menit"."""
    if value is None or value == "":
        return EMPTY
    seconds = int(value.total_seconds() if isinstance(value, dt.timedelta) else float(value))
    seconds = max(0, seconds)
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return _part("day", days) + (f" {_part('hour', hours)}" if hours else "")
    if hours:
        return _part("hour", hours) + (f" {_part('minute', minutes)}" if minutes else "")
    if not minutes:
        return _("less than a minute")
    return _part("minute", minutes)


def ago_words(moment: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """How long ago, in words: "3 hari lalu", "baru saja"."""
    if moment is None:
        return EMPTY
    from django.utils import timezone

    seconds = ((now or timezone.now()) - moment).total_seconds()
    if seconds < 60:
        return _("just now")
    return _("%(time)s ago") % {"time": duration_words(_round_for_ago(seconds))}


def _round_for_ago(seconds: float) -> int:
    # "3 hari lalu", not "3 hari 4 jam lalu": one unit is enough looking back.
    if seconds >= 86400:
        return int(seconds // 86400) * 86400
    if seconds >= 3600:
        return int(seconds // 3600) * 3600
    return int(seconds)


def whole_percent(value: Any) -> int | None:
    """A share (a probability, a similarity that may pass 1) as a whole percentage between 0
    and 100; None when there is no number."""
    try:
        share = float(value)
    except (TypeError, ValueError):
        return None
    return round(min(max(share, 0.0), 1.0) * 100)


def percent_words(value: Any) -> str:
    """A share between 0 and 1 as a whole percentage ("85%"), never above 100."""
    number = whole_percent(value)
    return EMPTY if number is None else f"{number}%"


def _readable_value(field: models.Field | None, value: Any) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return EMPTY
    if isinstance(value, bool):
        return capfirst(_("yes") if value else _("no"))
    if isinstance(value, list | tuple):
        return ", ".join(_readable_value(field, item) for item in value) or EMPTY
    if isinstance(value, dict):
        # A stored structure: its values, never its keys, braces or quotes.
        return ", ".join(_readable_value(None, item) for item in value.values()) or EMPTY
    if field is not None and field.choices:
        labels = {str(key): label for key, label in field.flatchoices}
        if str(value) in labels:
            return capfirst(str(labels[str(value)]))
    if field is not None and field.is_relation:
        return _related_name(field, value)
    if isinstance(field, models.FloatField) and isinstance(value, int | float):
        # The project's float fields are all shares: a confidence, an accuracy, a threshold.
        return percent_words(value)
    if isinstance(field, models.DateTimeField) and isinstance(value, str):
        moment = parse_datetime(value)
        if moment is not None:
            from django.utils import timezone

            if timezone.is_aware(moment):
                moment = timezone.localtime(moment)
            return formats.date_format(moment, "j M Y H:i")
    if isinstance(field, models.DateField) and isinstance(value, str):
        day = parse_date(value)
        if day is not None:
            return formats.date_format(day, "j M Y")
    return str(value)


def _related_name(field: models.Field, value: Any) -> str:
    """Most actions store the related object's name; older entries and a few writers store its
    id or slug, which is looked up so that the name shows, not the code."""
    model = field.related_model
    if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
        return name_of(model, "pk", int(value))
    if isinstance(value, str) and _SLUG.match(value) and any(
            f.name == "slug" for f in model._meta.get_fields()):
        return name_of(model, "slug", value)
    return str(value)


def _field(model: type[models.Model] | None, name: str) -> models.Field | None:
    if model is None:
        return None
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    return field if isinstance(field, models.Field) else None


def field_label(model: type[models.Model] | None, name: str) -> str:
    """The field's name as people read it: its verbose name, or a registered label."""
    if (_model_key(model), name) in MODEL_CHANGE_LABELS:
        return capfirst(str(MODEL_CHANGE_LABELS[_model_key(model), name]))
    if name in EXTRA_CHANGE_LABELS:
        return capfirst(str(EXTRA_CHANGE_LABELS[name]))
    field = _field(model, name)
    if field is not None:
        return capfirst(str(field.verbose_name))
    return capfirst(name.replace("_", " "))


def change_rows(model: type[models.Model] | None, changes: dict[str, Any]) -> list[dict]:
    """`{field: [before, after]}` as rows of label, before and after in words."""
    rows = []
    for name, pair in (changes or {}).items():
        before, after = [*pair, None, None][:2] if isinstance(pair, list) else (None, pair)
        field = _field(model, name)
        reader = CHANGE_VALUE_READERS.get((_model_key(model), name))
        if reader is HIDE_CHANGE:
            continue
        rows.append({
            "label": field_label(model, name),
            "before": _read_with(reader, field, before),
            "after": _read_with(reader, field, after),
            "new": before is None or before == "" or before == [],
        })
    return rows


def _read_with(reader: Callable[[Any], str] | None, field: models.Field | None, value: Any) -> str:
    if reader is None or value is None or value == "" or value == []:
        return _readable_value(field, value)
    if isinstance(value, list | tuple):
        return ", ".join(reader(item) for item in value) or EMPTY
    return reader(value)


DJANGO_EMPTY_CHOICE = "---------"


def choice_words(label: Any) -> str:
    """Django's empty choice ("---------") as "— pilih —"; any other label as it is."""
    return _("— choose —") if str(label) == DJANGO_EMPTY_CHOICE else str(label)


# Month abbreviations as Django's "M" format writes them, per language.
_MONTHS_3: dict[str, tuple[str, ...]] = {}


def short_moment(moment: dt.datetime, *, year: bool = True) -> str:
    """An aware moment in the installation's time zone as the `date` filter writes
    "j M Y H:i" (or "j M H:i" without the year): "17 Mar 2026 10:00". The filter parses its
    format and looks each month's name up again on every call; a list of fifty reports writes
    a hundred of these (decision 0068)."""
    from django.utils import timezone, translation
    from django.utils.dates import MONTHS_3

    language = translation.get_language() or ""
    months = _MONTHS_3.get(language)
    if months is None:
        months = _MONTHS_3[language] = ("", *(str(MONTHS_3[n]).title() for n in range(1, 13)))
    local = timezone.localtime(moment)
    when = f"{local.day} {months[local.month]}"
    if year:
        when += f" {local.year}"
    return f"{when} {local.hour:02d}:{local.minute:02d}"
